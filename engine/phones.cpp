// SPDX-License-Identifier: GPL-3.0-or-later
// libphonenumber first: its abseil and protobuf headers must not meet Qt's keyword macros.
#include <phonenumbers/phonenumberutil.h>

#include "engine/phones.h"

#include <set>
#include <string>

namespace godwit::engine {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QByteArray regionCode(QStringView region)
{
    const QString upper = region.trimmed().toString().toUpper();
    if (upper.size() != 2 || upper == u"ZZ" || !PhoneNormalizer::isSupportedRegion(upper))
        return QByteArrayLiteral("ZZ");
    return upper.toLatin1();
}

bool plausibleCharacters(QStringView t)
{
    // Cheap filter before libphonenumber (which also reads vanity letters such as 1-800-FLOWERS):
    // at least a few digits, and nothing like an e-mail or a date with slashes only.
    int digits = 0;
    for (const QChar c : t) {
        if (c.isDigit())
            ++digits;
        else if (c == u'@')
            return false;
    }
    return digits >= 3;
}

} // namespace

PhoneNormalizer::PhoneNormalizer(QStringView defaultRegion)
    : m_region(regionCode(defaultRegion))
{}

bool PhoneNormalizer::isSupportedRegion(QStringView region)
{
    static const std::set<std::string> regions = [] {
        std::set<std::string> out;
        PhoneNumberUtil::GetInstance()->GetSupportedRegions(&out);
        return out;
    }();
    return regions.count(region.toString().toUpper().toStdString()) > 0;
}

Normalized PhoneNormalizer::normalize(QStringView raw) const
{
    const QStringView t = raw.trimmed();
    if (t.isEmpty())
        return Normalized::empty();
    if (t.size() > 64 || !plausibleCharacters(t))
        return Normalized::invalid();
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string input = t.toString().toStdString();
    if (util->Parse(input, std::string(m_region.constData(), size_t(m_region.size())), &number) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return Normalized::invalid();
    if (!util->IsValidNumber(number))
        return Normalized::invalid();
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    if (number.has_extension() && !number.extension().empty())
        e164 += ";ext=" + number.extension();
    const QString out = QString::fromStdString(e164);
    if (out == t)
        return Normalized::unchanged();
    return {NormalStatus::Rewritten, out};
}

} // namespace godwit::engine
