// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace godwit::engine {

// Decoding one CSV field's UTF-8 bytes to UTF-16 in the validation pass, where a row's cells go
// into one reused buffer. The result is exactly what QStringDecoder(Utf8, Stateless) makes of the
// field on its own (a byte-order mark at the field's start dropped, invalid bytes as U+FFFD).

// Units `decodeUtf8Field` may write past the end of its result (it stores 16 units at a time).
inline constexpr qsizetype kDecodeSlack = 16;

// Writes the field at `out`, which has room for in.size() + kDecodeSlack units, and returns the
// number of units of the result. `valid` becomes false when the bytes are not valid UTF-8; it is
// left alone otherwise.
qsizetype decodeUtf8Field(QByteArrayView in, char16_t *out, bool &valid);

// The same into `out`, reusing its storage when it is not shared.
bool decodeUtf8Field(QByteArrayView in, QString &out);

} // namespace godwit::engine
