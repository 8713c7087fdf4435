// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace httplib {
struct Response;
}

namespace godwit::server {

class ImportRunner;
class RequestContext;

// Bytes produced a piece at a time, so a download streams with flat memory.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Up to `max` bytes into `buffer`: the count, 0 at the end, -1 on an error.
    virtual qint64 read(char *buffer, qint64 max) = 0;
};

// The records of a CSV file written by engine::CsvWriter (RFC 4180, CRLF), one at a time, with their
// line break; memory bounded by the largest record.
class CsvRecordReader {
public:
    explicit CsvRecordReader(std::unique_ptr<QFile> file);
    // The next record, or false at the end (or on a read error: error()).
    bool next(QByteArray *record);
    bool error() const { return m_error; }

private:
    std::unique_ptr<QFile> m_file;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    bool m_eof = false;
    bool m_error = false;
};

// The flagged rows of a sheet: the records of all.csv that are not in valid.csv. valid.csv is a
// subsequence of all.csv (same writer, same order), so one merge pass finds them: a record of all.csv
// equal to the next record of valid.csv is that valid row, any other is flagged. (Where a flagged
// row's text equals a valid row's, the valid one always comes first — a repeated `unique` value — so
// the first match is the right one.)
class InvalidRowsSource : public ByteSource {
public:
    InvalidRowsSource(std::unique_ptr<QFile> all, std::unique_ptr<QFile> valid);
    qint64 read(char *buffer, qint64 max) override;

private:
    CsvRecordReader m_all;
    CsvRecordReader m_valid;
    QByteArray m_nextValid;
    bool m_validLeft = true;
    bool m_started = false;
    QByteArray m_pending;
    qsizetype m_pendingPos = 0;
    bool m_done = false;
};

// GET /companies/{id}/export.csv (API §3.2.7, §6 items 29–31) for a company of the account.
void serveCompanyExport(const QSqlDatabase &db, const ImportRunner &runner, const RequestContext &request,
                        httplib::Response &response, const QString &companyId);

// CRC-32 (ISO 3309, as ZIP uses it), incrementally: crc = crc32Update(crc, data, size), starting at 0.
quint32 crc32Update(quint32 crc, const char *data, qint64 size);

} // namespace godwit::server
