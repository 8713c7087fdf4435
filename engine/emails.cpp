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
    const qsizetype n = domain.size();
    if (n == 0 || n > 253)
        return false;
    const char16_t *d = domain.utf16();
    int labels = 0;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && d[i] != u'.') {
            if (!isDomainChar(d[i]))
                return false;
            continue;
        }
        const qsizetype length = i - labelStart;
        if (length == 0 || length > 63 || d[labelStart] == u'-' || d[i - 1] == u'-')
            return false;
        ++labels;
        if (i == n) {
            // the top-level label: two characters at least, not all digits
            bool allDigits = true;
            for (qsizetype j = labelStart; j < n && allDigits; ++j)
                allDigits = d[j] >= u'0' && d[j] <= u'9';
            if (allDigits || (length < 2 && !allowSingleLabel))
                return false;
        }
        labelStart = i + 1;
    }
    return labels >= 2 || allowSingleLabel;
}

bool isValidEmail(QStringView text)
{
    const qsizetype n = text.size();
    if (n > 254)
        return false;
    const char16_t *p = text.utf16();
    qsizetype at = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == u'@') {
            if (at >= 0)
                return false;
            at = i;
        }
    }
    if (at <= 0)
        return false;
    return isValidLocal(text.first(at)) && isValidDomain(text.sliced(at + 1));
}

Normalized normalizeEmail(QStringView raw)
{
    QStringView t = trimmedView(raw);
    const QStringView whole = t;
    if (!t.isEmpty() && (t.front() == u'm' || t.front() == u'M') &&
        t.startsWith(u"mailto:", Qt::CaseInsensitive))
        t = trimmedView(t.sliced(7));
    if (t.isEmpty())
        return whole.isEmpty() ? Normalized::empty() : Normalized::invalid();
    if (!isValidEmail(t))
        return Normalized::invalid();
    const qsizetype at = t.lastIndexOf(QChar(u'@'));
    const QStringView domain = t.sliced(at + 1);
    bool upper = false;
    bool ascii = true;
    for (const QChar c : domain) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            ascii = false;
            upper = upper || c.isUpper();
        } else if (u >= u'A' && u <= u'Z') {
            upper = true;
        }
    }
    if (!upper)
        return Normalized::from(whole, t);
    if (!ascii)
        return {NormalStatus::Rewritten, t.first(at + 1).toString() + domain.toString().toLower()};
    QString out(t.size(), Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    const char16_t *in = t.utf16();
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t c = in[i];
        o[i] = (i > at && c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    }
    return {NormalStatus::Rewritten, out};
}

} // namespace godwit::engine
