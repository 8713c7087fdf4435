// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/normalized.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace godwit::engine {

// Phone numbers to E.164 with libphonenumber: "030 1234567" with default region DE ->
// "+49301234567"; "+1 (650) 253-0000" whatever the region; "0049 30 1234567" through the
// region's international prefix. An extension is kept RFC 3966 style: "+16502530000;ext=12".
// Numbers libphonenumber does not consider valid (too short, unassigned ranges) are Invalid.
// Const and thread-safe (libphonenumber's PhoneNumberUtil is); share one per column.
class PhoneNormalizer {
public:
    // `defaultRegion`: ISO 3166-1 alpha-2 ("DE", "us"); used for numbers without a country code.
    // An unknown region ("ZZ", "") accepts only numbers with a country code.
    explicit PhoneNormalizer(QStringView defaultRegion = u"ZZ");

    Normalized normalize(QStringView raw) const;
    // The same, a rewritten value into `out` (which keeps its storage when it is not shared).
    NormalStatus normalizeInto(QStringView raw, QString &out) const;
    // What normalizeInto returns, without making the E.164 form (a pass that only counts).
    NormalStatus status(QStringView raw) const;
    // status() of a cell's UTF-8 bytes when they tell it without decoding: a number of ASCII
    // digits and separators after an optional '+', trimmed of ASCII blanks, that normalize()
    // decides itself. Nothing for anything else (other characters, a number libphonenumber must
    // parse): status() of the decoded text decides then.
    std::optional<NormalStatus> statusOfBytes(QByteArrayView cell) const;
    // The same answer through libphonenumber's Parse + IsValidNumber alone (about 40 µs a number
    // with Debian's ICU regular expressions); normalize() decides the common notations itself and
    // falls back to this. Kept public as the reference the tests compare against.
    Normalized normalizeWithLibphonenumber(QStringView raw) const;
    QString defaultRegion() const { return QString::fromLatin1(m_region); }
    bool hasDefaultRegion() const { return m_hasRegion; }

    static bool isSupportedRegion(QStringView region);

private:
    // normalizeInto() with `out`, status() without.
    NormalStatus decide(QStringView raw, QString *out) const;

    QByteArray m_region; // upper-case, "ZZ" when none
    bool m_hasRegion;    // m_region is not "ZZ" (asked for every number)
};

} // namespace godwit::engine
