// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace godwit::app {

// Small files can go into an import as inline `rows` (API §3.2.3) instead of an upload.
struct InlineRowsLimits {
    qint64 maxFileBytes = 512 * 1024; // larger files are uploaded
    int maxRows = 5000;               // docs/api.md §6 item 20: inline rows per import
    qint64 maxJsonBytes = 900 * 1024; // the import body stays under the server's 1 MiB JSON cap
};

struct InlineRows {
    QStringList header;
    QJsonArray rows; // one object per data row, keys = the header's names
    QString error;   // empty when the rows can be sent
    qint64 jsonBytes = 0;
    bool ok() const { return error.isEmpty(); }
};

// Whether a file of this size is worth reading for inline rows at all.
bool mayGoInline(qint64 fileSize, const InlineRowsLimits &limits = {});

// Reads a CSV file with the engine (encoding, dialect, header below a preamble) into row
// objects. Blocking: call it off the UI thread (QtConcurrent). Empty cells are "" (the server
// treats them as empty); a header name seen twice gets " (2)" appended.
InlineRows readInlineRows(const QString &path, const InlineRowsLimits &limits = {});

} // namespace godwit::app
