// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A CSV file as people send it, end to end: is it text, which encoding, which dialect, and the
// typed error when it cannot be imported (empty, binary, a spreadsheet, only a header). Then
// streaming: raw bytes in any supported encoding -> UTF-8 -> records, with undecodable bytes
// reported at their record, line and byte offset.

#include "engine/csvreader.h"
#include "engine/encoding.h"
#include "engine/filecheck.h"
#include "engine/sniffer.h"

#include <QString>

#include <functional>
#include <optional>

namespace godwit::engine {

enum class CsvError {
    None,
    CannotOpen,        // the OS refused (detail has its message)
    ReadError,         // reading failed midway
    Empty,             // no bytes, only a BOM, or only blank lines
    NotText,           // FileCheck::kind says what it is instead (zip/xlsx, PDF, binary, ...)
    HeaderOnly,        // a header and not a single data record
    UnterminatedQuote, // the last quoted field never closes
    RecordTooLarge,    // a record over the reader's size cap (runaway quote)
    Cancelled,
};
QString csvErrorName(CsvError error); // "empty", "not-text", "header-only", ...

struct CsvOpenOptions {
    std::optional<TextEncoding> encoding; // overrides detection
    DialectOverrides dialect;             // overrides sniffing, item by item
    qsizetype sampleBytes = 256 * 1024;   // how much of the head is looked at
};

struct CsvInspection {
    CsvError error = CsvError::None;
    QString detail; // e.g. the OS error, or what kind of binary file it is
    FileCheck file;
    EncodingGuess encoding;
    SniffedDialect dialect; // its headerOffset is in the decoded UTF-8 text, not in the raw file
    qint64 fileSize = 0;
    bool wholeFileSampled = false;
};

// head: the first bytes of the file (at least options.sampleBytes when the file is that large).
CsvInspection inspectCsv(QByteArrayView head, qint64 fileSize, const CsvOpenOptions &options = {});
CsvInspection inspectCsvFile(const QString &path, const CsvOpenOptions &options = {});

// Raw bytes -> Utf8Decoder -> CsvReader. Record offsets are in the decoded UTF-8 stream;
// decode issues carry both the raw input offset and the record and line they fall in.
class CsvTextReader {
public:
    using DecodeIssueCallback = std::function<void(const DecodeIssue &)>;

    CsvTextReader(TextEncoding encoding, const CsvDialect &dialect);

    // The underlying reader: set the issue and progress callbacks and limits on it directly.
    CsvReader &reader() { return m_reader; }
    void setRecordCallback(CsvReader::RecordCallback callback) { m_onRecord = std::move(callback); }
    void setDecodeIssueCallback(DecodeIssueCallback callback) { m_onDecodeIssue = std::move(callback); }

    CsvStatus feed(QByteArrayView raw);
    CsvStatus finish();

    qint64 decodeIssueCount() const { return m_decoder.issueCount(); }
    const QList<DecodeIssue> &decodeIssues() const { return m_issues; } // the first ones, placed

private:
    void place(const CsvRecord *record);

    Utf8Decoder m_decoder;
    CsvReader m_reader;
    CsvReader::RecordCallback m_onRecord;
    DecodeIssueCallback m_onDecodeIssue;
    qsizetype m_placed = 0; // decoder issues already given a record
    QList<DecodeIssue> m_issues;
};

// Streams a whole file through a configured CsvTextReader in 1 MiB reads: memory stays flat
// whatever the file's size. progress gets raw bytes read and the file size; false cancels.
CsvError readCsvFile(const QString &path, CsvTextReader &reader,
                     const std::function<bool(qint64 done, qint64 total)> &progress = {},
                     QString *detail = nullptr);

// Where the quoted field that never closes starts (the reader's UnterminatedQuote issue: its record,
// line and byte in the decoded text), reading the whole file again; nullopt when every quote closes.
std::optional<CsvIssue> findUnterminatedQuote(const QString &path, const CsvInspection &inspection);

// "A quoted field that starts in row 4 (line 4) is never closed: …", or the same without a place.
QString unterminatedQuoteMessage(const std::optional<CsvIssue> &issue);

} // namespace godwit::engine
