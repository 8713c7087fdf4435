// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/normalized.h"

#include <QByteArrayView>
#include <QStringView>

namespace godwit::engine {

// A practical check, not RFC 5322: local@domain with one '@'; the local part (≤ 64) of
// letters, digits and !#$%&'*+/=?^_`{|}~.- (non-ASCII allowed), no leading, trailing or double
// dot; the domain (≤ 253) of at least two dot-separated labels (≤ 63, letters, digits, '-',
// not at either end; non-ASCII allowed), the last one at least two characters and not all
// digits. No spaces, no quoted local parts, no IP literals.
bool isValidEmail(QStringView text);

// Trims, drops a "mailto:" prefix, lower-cases the domain and keeps the local part as is.
// Unchanged (no allocation) when the trimmed input is already normal.
Normalized normalizeEmail(QStringView raw);
// normalizeEmail for a cell's UTF-8 bytes, told without decoding them when that is simple: a
// plain ASCII address, trimmed of ASCII blanks, with no "mailto:" prefix and no upper-case letter
// in its domain. Unchanged (`address`: the trimmed bytes, already normal), Empty or Invalid as
// normalizeEmail says of the decoded text; Decode for anything else (a byte above 127, a
// "mailto:" prefix, a rewritten address), which normalizeEmail then decides.
enum class EmailBytes : quint8 { Unchanged, Empty, Invalid, Decode };
EmailBytes checkEmailBytes(QByteArrayView cell, QByteArrayView *address);
// The same decided character by character with isValidEmail alone: normalizeEmail checks ASCII
// addresses in one pass and comes here for the rest. Tests compare both.
Normalized normalizeEmailGeneral(QStringView raw);

// Used by emails and urls: a host name as above (at least two labels unless `allowSingleLabel`).
bool isValidDomain(QStringView domain, bool allowSingleLabel = false);

} // namespace godwit::engine
