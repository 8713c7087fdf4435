// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/emails.h"

namespace godwit::engine {

namespace {

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isLocalChar(char16_t c)
{
    if (isAsciiAlnum(c))
        return true;
    if (c >= 0x80)
        return QChar(c).isLetterOrNumber() || QChar::isSurrogate(c);
    switch (c) {
    case u'!':
    case u'#':
    case u'$':
    case u'%':
    case u'&':
    case u'\'':
    case u'*':
    case u'+':
    case u'/':
    case u'=':
    case u'?':
    case u'^':
    case u'_':
    case u'`':
    case u'{':
    case u'|':
    case u'}':
    case u'~':
    case u'-':
    case u'.':
        return true;
    default:
        return false;
    }
}

bool isDomainChar(char16_t c)
{
    if (isAsciiAlnum(c) || c == u'-')
        return true;
    return c >= 0x80 && (QChar(c).isLetterOrNumber() || QChar(c).isMark() || QChar::isSurrogate(c));
}

bool hasUpper(QStringView s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u >= u'A' && u <= u'Z') || (u >= 0x80 && c.isUpper()))
            return true;
    }
    return false;
}

bool isValidLocal(QStringView local)
{
    if (local.isEmpty() || local.size() > 64 || local.front() == u'.' || local.back() == u'.')
        return false;
    char16_t previous = 0;
    for (const QChar c : local) {
        const char16_t u = c.unicode();
        if (!isLocalChar(u) || (u == u'.' && previous == u'.'))
            return false;
        previous = u;
    }
    return true;
}

} // namespace

bool isValidDomain(QStringView domain, bool allowSingleLabel)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    int labels = 0;
    qsizetype start = 0;
    while (start <= domain.size()) {
        qsizetype end = domain.indexOf(u'.', start);
        if (end < 0)
            end = domain.size();
        const QStringView label = domain.sliced(start, end - start);
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
            return false;
        for (const QChar c : label) {
            if (!isDomainChar(c.unicode()))
                return false;
        }
        ++labels;
        if (end == domain.size()) {
            // the top-level label: two characters at least, not all digits
            bool allDigits = true;
            for (const QChar c : label)
                allDigits = allDigits && c.unicode() >= u'0' && c.unicode() <= u'9';
            if (allDigits || (label.size() < 2 && !allowSingleLabel))
                return false;
            break;
        }
        start = end + 1;
    }
    return labels >= 2 || allowSingleLabel;
}

bool isValidEmail(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || text.indexOf(u'@', at + 1) >= 0 || text.size() > 254)
        return false;
    return isValidLocal(text.first(at)) && isValidDomain(text.sliced(at + 1));
}

Normalized normalizeEmail(QStringView raw)
{
    QStringView t = raw.trimmed();
    const QStringView whole = t;
    if (t.startsWith(u"mailto:", Qt::CaseInsensitive))
        t = t.sliced(7).trimmed();
    if (t.isEmpty())
        return whole.isEmpty() ? Normalized::empty() : Normalized::invalid();
    if (!isValidEmail(t))
        return Normalized::invalid();
    const qsizetype at = t.indexOf(u'@');
    const QStringView domain = t.sliced(at + 1);
    if (!hasUpper(domain))
        return Normalized::from(whole, t);
    return {NormalStatus::Rewritten, t.first(at + 1).toString() + domain.toString().toLower()};
}

} // namespace godwit::engine
