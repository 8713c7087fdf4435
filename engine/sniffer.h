// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Dialect sniffing: delimiter, quote, header presence and the header row below a preamble.
//
// Every candidate dialect (delimiter , ; TAB |, quote " or ') parses the sample with the real
// CsvReader; candidates are scored by how consistently the records agree on one field count -
// never by counting characters in the first line. Rows above the table (an Excel export's title,
// "Generated: ..." lines, rows of empty cells) are recognised as preamble. Everything the caller
// knows better is passed as an override and is then taken as given.

#include "engine/csvreader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace godwit::engine {

struct DialectOverrides {
    std::optional<char> delimiter;
    std::optional<char> quote; // '\0' for no quoting
    std::optional<bool> hasHeader;
    std::optional<qint64> headerRecord; // 0-based record where the table starts
};

struct SniffedDialect {
    CsvDialect dialect;
    bool hasHeader = true;
    qint64 headerRecord = 0; // the record where the table starts (its header, if hasHeader);
                             // records above it are preamble
    qint64 headerLine = 1;   // its physical line (1-based) and byte offset in the sample
    qint64 headerOffset = 0;
    int fieldCount = 0;             // fields per record (after dropping a trailing delimiter)
    qint64 tableRecords = 0;        // complete records in the sample from headerRecord on
    QList<QByteArray> header;       // the header's fields (empty without header)
    double delimiterConfidence = 0; // 0-1: how well delimiter and quote explain the sample (1 if set)
    double headerConfidence = 0;    // 0-1: how sure hasHeader is
    double confidence = 0;          // 0-1: overall
};

// sample: UTF-8 (or another ASCII-compatible encoding) from the start of the file, BOM removed;
// wholeFile: the sample is the entire file (otherwise its last, possibly cut, record is ignored).
SniffedDialect sniffDialect(QByteArrayView sample, bool wholeFile, const DialectOverrides &overrides = {});

} // namespace godwit::engine
