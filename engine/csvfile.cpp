// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/csvfile.h"

#include <QFile>

namespace godwit::engine {

namespace {

CsvError errorOf(CsvStatus status)
{
    switch (status) {
    case CsvStatus::Ok:
        return CsvError::None;
    case CsvStatus::Cancelled:
        return CsvError::Cancelled;
    case CsvStatus::UnterminatedQuote:
        return CsvError::UnterminatedQuote;
    case CsvStatus::RecordTooLarge:
        return CsvError::RecordTooLarge;
    }
    return CsvError::None;
}

} // namespace

QString csvErrorName(CsvError error)
{
    switch (error) {
    case CsvError::None:
        return QStringLiteral("none");
    case CsvError::CannotOpen:
        return QStringLiteral("cannot-open");
    case CsvError::ReadError:
        return QStringLiteral("read-error");
    case CsvError::Empty:
        return QStringLiteral("empty");
    case CsvError::NotText:
        return QStringLiteral("not-text");
    case CsvError::HeaderOnly:
        return QStringLiteral("header-only");
    case CsvError::UnterminatedQuote:
        return QStringLiteral("unterminated-quote");
    case CsvError::RecordTooLarge:
        return QStringLiteral("record-too-large");
    case CsvError::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

CsvInspection inspectCsv(QByteArrayView head, qint64 fileSize, const CsvOpenOptions &options)
{
    CsvInspection result;
    result.fileSize = fileSize;
    result.file = checkFileHead(head, fileSize);
    if (result.file.kind == FileKind::Empty) {
        result.error = CsvError::Empty;
        return result;
    }
    if (!result.file.isText()) {
        result.error = CsvError::NotText;
        result.detail = fileKindName(result.file.kind);
        return result;
    }

    const QByteArrayView sample = head.first(std::min(head.size(), options.sampleBytes));
    result.wholeFileSampled = sample.size() >= fileSize;
    if (options.encoding) {
        result.encoding.encoding = *options.encoding;
        result.encoding.source = EncodingSource::Override;
        result.encoding.confidence = 1.0;
    } else {
        result.encoding = detectEncoding(sample, result.wholeFileSampled);
    }

    QByteArray text;
    Utf8Decoder decoder(result.encoding.encoding);
    const auto sink = [&text](QByteArrayView utf8) { text.append(utf8); };
    decoder.decode(sample, sink);
    if (result.wholeFileSampled)
        decoder.finish(sink); // otherwise a sequence cut by the sample's end is no error

    result.dialect = sniffDialect(text, result.wholeFileSampled, options.dialect);
    if (result.wholeFileSampled && result.dialect.tableRecords == 0) {
        result.error = CsvError::Empty;
        result.detail = QStringLiteral("only blank lines");
    } else if (result.wholeFileSampled && result.dialect.hasHeader && result.dialect.tableRecords == 1) {
        result.error = CsvError::HeaderOnly;
    }
    return result;
}

CsvInspection inspectCsvFile(const QString &path, const CsvOpenOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvInspection result;
        result.error = CsvError::CannotOpen;
        result.detail = file.errorString();
        return result;
    }
    const QByteArray head = file.read(options.sampleBytes);
    if (head.size() < std::min<qint64>(file.size(), options.sampleBytes)) {
        CsvInspection result;
        result.error = CsvError::ReadError;
        result.detail = file.errorString();
        result.fileSize = file.size();
        return result;
    }
    return inspectCsv(head, file.size(), options);
}

CsvTextReader::CsvTextReader(TextEncoding encoding, const CsvDialect &dialect)
    : m_decoder(encoding)
    , m_reader(dialect)
{
    m_reader.setRecordCallback([this](const CsvRecord &record) {
        place(&record);
        return m_onRecord ? m_onRecord(record) : true;
    });
}

// Gives the decoder's new issues the record they fall in: every undecodable byte becomes a U+FFFD
// inside some record, at an output offset before that record's end.
void CsvTextReader::place(const CsvRecord *record)
{
    const QList<DecodeIssue> &all = m_decoder.issues();
    while (m_placed < all.size()) {
        DecodeIssue issue = all[m_placed];
        if (record && issue.outputOffset >= record->offset + record->length)
            break;
        if (record) {
            issue.record = record->index;
            issue.line = record->line;
        }
        ++m_placed;
        m_issues.append(issue);
        if (m_onDecodeIssue)
            m_onDecodeIssue(issue);
    }
}

CsvStatus CsvTextReader::feed(QByteArrayView raw)
{
    if (m_reader.status() != CsvStatus::Ok)
        return m_reader.status();
    m_decoder.decode(raw, [this](QByteArrayView utf8) { m_reader.feed(utf8); });
    return m_reader.status();
}

CsvStatus CsvTextReader::finish()
{
    if (m_reader.status() == CsvStatus::Ok)
        m_decoder.finish([this](QByteArrayView utf8) { m_reader.feed(utf8); });
    const CsvStatus status = m_reader.finish();
    place(nullptr);
    return status;
}

CsvError readCsvFile(const QString &path, CsvTextReader &reader,
                     const std::function<bool(qint64 done, qint64 total)> &progress, QString *detail)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (detail)
            *detail = file.errorString();
        return CsvError::CannotOpen;
    }
    const qint64 total = file.size();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0) {
            if (detail)
                *detail = file.errorString();
            return CsvError::ReadError;
        }
        if (got == 0)
            break;
        done += got;
        const CsvStatus status = reader.feed(QByteArrayView(buffer.constData(), got));
        if (status != CsvStatus::Ok)
            return errorOf(status);
        if (progress && !progress(done, total))
            return CsvError::Cancelled;
    }
    return errorOf(reader.finish());
}

std::optional<CsvIssue> findUnterminatedQuote(const QString &path, const CsvInspection &inspection)
{
    CsvTextReader reader(inspection.encoding.encoding, inspection.dialect.dialect);
    std::optional<CsvIssue> unterminated;
    reader.reader().setIssueCallback([&](const CsvIssue &issue) {
        if (issue.kind == CsvIssueKind::UnterminatedQuote && !unterminated)
            unterminated = issue;
    });
    reader.setRecordCallback([](const CsvRecord &) { return true; });
    readCsvFile(path, reader);
    return unterminated;
}

QString unterminatedQuoteMessage(const std::optional<CsvIssue> &issue)
{
    if (!issue)
        return QStringLiteral("A quoted field is never closed: the rest of the file would be read as that "
                              "one field");
    return QStringLiteral("A quoted field that starts in row %1 (line %2) is never closed: the rest of the "
                          "file would be read as that one field")
        .arg(issue->record + 1)
        .arg(issue->line);
}

} // namespace godwit::engine
