// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Is this a text file at all? A first look at the head of a file, before any encoding or dialect
// sniffing, so that an .xlsx renamed to .csv or a PDF gets a clear typed error instead of garbage.

#include <QByteArrayView>
#include <QString>

namespace godwit::engine {

enum class FileKind {
    Text,
    Empty,  // no bytes, or nothing but a byte-order mark
    Zip,    // PK\x03\x04: .xlsx, .ods, .docx and plain zip archives
    Ole2,   // D0 CF 11 E0: legacy .xls/.doc
    Pdf,    // %PDF-
    Gzip,   // 1F 8B
    Image,  // PNG, JPEG, GIF
    Sqlite, // "SQLite format 3"
    Binary, // NUL bytes in what is not UTF-16, or mostly control characters
};

QString fileKindName(FileKind kind); // "text", "empty", "zip", ...

struct FileCheck {
    FileKind kind = FileKind::Text;
    qint64 offset = -1; // Binary: offset of the first NUL or control byte that decided it
    bool isText() const { return kind == FileKind::Text; }
};

// head: the first bytes of the file (4 KiB or more); fileSize: its total size.
FileCheck checkFileHead(QByteArrayView head, qint64 fileSize);

} // namespace godwit::engine
