// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/booleans.h"

#include <iterator>

namespace godwit::engine {

namespace {

constexpr QStringView kTrue[] = {u"true", u"yes", u"y", u"1",   u"t",    u"on",   u"x",  u"✓", u"✔",
                                 u"☑",    u"ja",  u"j", u"oui", u"vrai", u"wahr", u"si", u"sí"};
constexpr QStringView kFalse[] = {u"false", u"no", u"n",    u"0",   u"f",    u"off",   u"✗",
                                  u"✘",     u"☐",  u"nein", u"non", u"faux", u"falsch"};

char16_t foldAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}

bool anyOf(QStringView t, const QStringView *words, qsizetype count)
{
    const char16_t first = foldAscii(t.front().unicode());
    for (qsizetype i = 0; i < count; ++i) {
        // the first character filters cheaply (the words start with lower-case or non-letters)
        if (t.size() == words[i].size() && (words[i].front() == first || first >= 0x80) &&
            t.compare(words[i], Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

BooleanValue parseBoolean(QStringView text)
{
    const QStringView t = trimmedView(text);
    if (t.isEmpty())
        return BooleanValue::Empty;
    if (t.size() > 6)
        return BooleanValue::Invalid;
    if (anyOf(t, kTrue, std::size(kTrue)))
        return BooleanValue::True;
    if (anyOf(t, kFalse, std::size(kFalse)))
        return BooleanValue::False;
    return BooleanValue::Invalid;
}

Normalized normalizeBoolean(QStringView raw)
{
    const QStringView t = trimmedView(raw);
    switch (parseBoolean(t)) {
    case BooleanValue::Empty:
        return Normalized::empty();
    case BooleanValue::Invalid:
        return Normalized::invalid();
    case BooleanValue::True:
        return Normalized::from(t, u"true");
    case BooleanValue::False:
        return Normalized::from(t, u"false");
    }
    return Normalized::invalid();
}

} // namespace godwit::engine
