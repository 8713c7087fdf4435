// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sheetdownload.h"

#include "engine/csvwriter.h"
#include "server/apirequest.h"
#include "server/database.h"
#include "server/importruns.h"
#include "server/json.h"
#include "server/router.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <httplib.h>

#include <array>

namespace godwit::server {

namespace {

constexpr qint64 kReadBytes = 64 * 1024;
constexpr int kOpenAttempts = 3;

class FileSource : public ByteSource {
public:
    explicit FileSource(std::unique_ptr<QFile> file)
        : m_file(std::move(file))
    {}
    qint64 read(char *buffer, qint64 max) override { return m_file->read(buffer, max); }

private:
    std::unique_ptr<QFile> m_file;
};

class BufferSource : public ByteSource {
public:
    explicit BufferSource(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}
    qint64 read(char *buffer, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_bytes.size() - m_position);
        memcpy(buffer, m_bytes.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }

private:
    QByteArray m_bytes;
    qint64 m_position = 0;
};

void appendLe(QByteArray &out, quint64 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

// A ZIP of stored (uncompressed) entries, streamed: each entry's CRC and size go into a data descriptor
// after its bytes, the central directory at the end. ZIP32: at most 4 GiB - 1 in all (checked first).
class ZipSource : public ByteSource {
public:
    struct Entry {
        QByteArray name;
        std::unique_ptr<ByteSource> source;
    };
    explicit ZipSource(std::vector<Entry> entries)
        : m_entries(std::move(entries))
    {
        const QDateTime now = QDateTime::currentDateTime();
        m_dosTime =
            quint16((now.time().hour() << 11) | (now.time().minute() << 5) | (now.time().second() / 2));
        m_dosDate = quint16(((now.date().year() - 1980) << 9) | (now.date().month() << 5) | now.date().day());
        m_records.resize(m_entries.size());
    }

    qint64 read(char *buffer, qint64 max) override
    {
        while (m_pendingPos >= m_pending.size()) {
            m_pending.clear();
            m_pendingPos = 0;
            if (!advance(buffer, max, &m_direct))
                return m_failed ? -1 : 0;
            if (m_direct > 0) {
                const qint64 n = m_direct;
                m_direct = 0;
                return n;
            }
        }
        const qint64 n = std::min<qint64>(max, m_pending.size() - m_pendingPos);
        memcpy(buffer, m_pending.constData() + m_pendingPos, size_t(n));
        m_pendingPos += n;
        m_offset += quint64(n);
        return n;
    }

private:
    struct Record {
        quint32 crc = 0;
        quint64 size = 0;
        quint64 offset = 0;
    };
    enum class State { Header, Data, Directory, End };

    // Produces the next piece: into m_pending, or straight into `buffer` (entry data, `direct` bytes).
    bool advance(char *buffer, qint64 max, qint64 *direct)
    {
        for (;;) {
            switch (m_state) {
            case State::Header: {
                if (m_index >= m_entries.size()) {
                    m_state = State::Directory;
                    continue;
                }
                m_records[m_index].offset = m_offset;
                const QByteArray &name = m_entries[m_index].name;
                appendLe(m_pending, 0x04034b50, 4);
                appendLe(m_pending, 20, 2);     // version needed
                appendLe(m_pending, 0x0808, 2); // data descriptor follows; UTF-8 name
                appendLe(m_pending, 0, 2);      // stored
                appendLe(m_pending, m_dosTime, 2);
                appendLe(m_pending, m_dosDate, 2);
                appendLe(m_pending, 0, 4); // crc, sizes: in the descriptor
                appendLe(m_pending, 0, 4);
                appendLe(m_pending, 0, 4);
                appendLe(m_pending, quint64(name.size()), 2);
                appendLe(m_pending, 0, 2);
                m_pending.append(name);
                m_state = State::Data;
                return true;
            }
            case State::Data: {
                const qint64 n = m_entries[m_index].source->read(buffer, max);
                if (n < 0) {
                    m_failed = true;
                    return false;
                }
                if (n > 0) {
                    Record &r = m_records[m_index];
                    r.crc = crc32Update(r.crc, buffer, n);
                    r.size += quint64(n);
                    m_offset += quint64(n);
                    *direct = n;
                    return true;
                }
                const Record &r = m_records[m_index];
                appendLe(m_pending, 0x08074b50, 4);
                appendLe(m_pending, r.crc, 4);
                appendLe(m_pending, r.size, 4);
                appendLe(m_pending, r.size, 4);
                m_entries[m_index].source.reset();
                ++m_index;
                m_state = State::Header;
                return true;
            }
            case State::Directory: {
                const quint64 start = m_offset;
                for (size_t i = 0; i < m_entries.size(); ++i) {
                    const Record &r = m_records[i];
                    const QByteArray &name = m_entries[i].name;
                    appendLe(m_pending, 0x02014b50, 4);
                    appendLe(m_pending, 20, 2); // made by
                    appendLe(m_pending, 20, 2); // needed
                    appendLe(m_pending, 0x0808, 2);
                    appendLe(m_pending, 0, 2);
                    appendLe(m_pending, m_dosTime, 2);
                    appendLe(m_pending, m_dosDate, 2);
                    appendLe(m_pending, r.crc, 4);
                    appendLe(m_pending, r.size, 4);
                    appendLe(m_pending, r.size, 4);
                    appendLe(m_pending, quint64(name.size()), 2);
                    appendLe(m_pending, 0, 2); // extra
                    appendLe(m_pending, 0, 2); // comment
                    appendLe(m_pending, 0, 2); // disk
                    appendLe(m_pending, 0, 2); // internal attributes
                    appendLe(m_pending, 0, 4); // external attributes
                    appendLe(m_pending, r.offset, 4);
                    m_pending.append(name);
                }
                const quint64 size = quint64(m_pending.size());
                appendLe(m_pending, 0x06054b50, 4);
                appendLe(m_pending, 0, 2);
                appendLe(m_pending, 0, 2);
                appendLe(m_pending, m_entries.size(), 2);
                appendLe(m_pending, m_entries.size(), 2);
                appendLe(m_pending, size, 4);
                appendLe(m_pending, start, 4);
                appendLe(m_pending, 0, 2);
                m_state = State::End;
                return true;
            }
            case State::End:
                return false;
            }
        }
    }

    std::vector<Entry> m_entries;
    std::vector<Record> m_records;
    size_t m_index = 0;
    State m_state = State::Header;
    QByteArray m_pending;
    qsizetype m_pendingPos = 0;
    qint64 m_direct = 0;
    quint64 m_offset = 0;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    bool m_failed = false;
};

struct SheetInfo {
    QString id;
    QString slug;
    QStringList columns;
    QString location; // empty: nothing imported yet
    qint64 rowCount = 0;
    qint64 invalidCount = 0;
};

QList<SheetInfo> sheetInfos(const QSqlDatabase &db, const QString &companyId, const QString &sheetId)
{
    QString sql =
        QStringLiteral("SELECT s.id, t.slug, t.columns_json, r.location, r.row_count, r.invalid_count"
                       " FROM company_sheets s JOIN templates t ON t.id = s.template_id"
                       " LEFT JOIN sheet_rows r ON r.sheet_id = s.id WHERE s.company_id = ?");
    QVariantList values{companyId};
    if (!sheetId.isEmpty()) {
        sql += QStringLiteral(" AND s.id = ?");
        values.append(sheetId);
    }
    sql += QStringLiteral(" ORDER BY s.position");
    QSqlQuery rows = exec(db, sql, values);
    QList<SheetInfo> sheets;
    while (rows.next()) {
        SheetInfo info;
        info.id = rows.value(0).toString();
        info.slug = rows.value(1).toString();
        for (const QJsonValue &column : QJsonDocument::fromJson(rows.value(2).toByteArray()).array())
            info.columns.append(column.toObject().value(QLatin1String("name")).toString());
        info.location = rows.value(3).toString();
        info.rowCount = rows.value(4).toLongLong();
        info.invalidCount = rows.value(5).toLongLong();
        sheets.append(info);
    }
    return sheets;
}

qint64 recordCount(const SheetInfo &sheet, const QString &filter)
{
    if (filter == QLatin1String("all"))
        return sheet.rowCount;
    if (filter == QLatin1String("invalid"))
        return sheet.invalidCount;
    return sheet.rowCount - sheet.invalidCount;
}

QByteArray headerOnly(const QStringList &columns)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        engine::CsvWriter writer(&buffer);
        writer.writeHeader(columns);
    }
    return bytes;
}

std::unique_ptr<QFile> openFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file;
}

// The sheet's bytes for `filter`, from files opened now (a later import replacing them cannot pull them
// away mid-download). `size` is set when known in advance. nullptr when the files are gone (replaced
// between reading the row and opening them): the caller reads the row again.
std::unique_ptr<ByteSource> openSheet(const ImportRunner &runner, const SheetInfo &sheet,
                                      const QString &filter, qint64 *size)
{
    *size = -1;
    if (sheet.location.isEmpty()) {
        QByteArray header = headerOnly(sheet.columns);
        *size = header.size();
        return std::make_unique<BufferSource>(std::move(header));
    }
    const QString dir = runner.absolutePath(sheet.location);
    if (filter == QLatin1String("invalid")) {
        std::unique_ptr<QFile> all = openFile(dir + QStringLiteral("/all.csv"));
        std::unique_ptr<QFile> valid = openFile(dir + QStringLiteral("/valid.csv"));
        if (!all || !valid)
            return nullptr;
        return std::make_unique<InvalidRowsSource>(std::move(all), std::move(valid));
    }
    std::unique_ptr<QFile> file = openFile(
        dir + (filter == QLatin1String("all") ? QStringLiteral("/all.csv") : QStringLiteral("/valid.csv")));
    if (!file)
        return nullptr;
    *size = file->size();
    return std::make_unique<FileSource>(std::move(file));
}

void streamChunked(httplib::Response &response, const char *contentType, std::shared_ptr<ByteSource> source)
{
    response.set_chunked_content_provider(contentType, [source](size_t, httplib::DataSink &sink) {
        std::array<char, kReadBytes> buffer{};
        const qint64 n = source->read(buffer.data(), qint64(buffer.size()));
        if (n < 0)
            return false;
        if (n == 0) {
            sink.done();
            return true;
        }
        return sink.write(buffer.data(), size_t(n));
    });
}

} // namespace

quint32 crc32Update(quint32 crc, const char *data, qint64 size)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (qint64 i = 0; i < size; ++i)
        crc = table[(crc ^ quint8(data[i])) & 0xff] ^ (crc >> 8);
    return ~crc;
}

CsvRecordReader::CsvRecordReader(std::unique_ptr<QFile> file)
    : m_file(std::move(file))
{}

bool CsvRecordReader::next(QByteArray *record)
{
    bool quoted = false;
    qsizetype scan = m_position;
    for (;;) {
        const char *data = m_buffer.constData();
        for (; scan < m_buffer.size(); ++scan) {
            const char c = data[scan];
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                *record = m_buffer.mid(m_position, scan + 1 - m_position);
                m_position = scan + 1;
                return true;
            }
        }
        if (m_eof) {
            if (m_position >= m_buffer.size())
                return false;
            *record = m_buffer.mid(m_position); // a last record without a line break
            m_position = m_buffer.size();
            return true;
        }
        // Keep the unfinished record, read more behind it.
        m_buffer.remove(0, m_position);
        scan -= m_position;
        m_position = 0;
        const qsizetype used = m_buffer.size();
        m_buffer.resize(used + kReadBytes);
        const qint64 n = m_file->read(m_buffer.data() + used, kReadBytes);
        if (n < 0) {
            m_error = true;
            m_buffer.resize(used);
            return false;
        }
        m_buffer.resize(used + n);
        if (n == 0)
            m_eof = true;
    }
}

InvalidRowsSource::InvalidRowsSource(std::unique_ptr<QFile> all, std::unique_ptr<QFile> valid)
    : m_all(std::move(all))
    , m_valid(std::move(valid))
{}

qint64 InvalidRowsSource::read(char *buffer, qint64 max)
{
    while (m_pendingPos >= m_pending.size()) {
        if (m_done)
            return 0;
        m_pending.clear();
        m_pendingPos = 0;
        if (!m_started) {
            // Both files start with the same header: keep it once.
            m_started = true;
            QByteArray validHeader;
            if (!m_all.next(&m_pending) || !m_valid.next(&validHeader))
                return -1;
            m_validLeft = m_valid.next(&m_nextValid);
            continue;
        }
        // Gather up to about one read's worth of flagged records.
        QByteArray record;
        while (m_pending.size() < max) {
            if (!m_all.next(&record)) {
                m_done = true;
                if (m_all.error() || m_valid.error())
                    return -1;
                break;
            }
            if (m_validLeft && record == m_nextValid) {
                m_validLeft = m_valid.next(&m_nextValid);
                continue;
            }
            m_pending.append(record);
        }
    }
    const qint64 n = std::min<qint64>(max, m_pending.size() - m_pendingPos);
    memcpy(buffer, m_pending.constData() + m_pendingPos, size_t(n));
    m_pendingPos += n;
    return n;
}

void serveCompanyExport(const QSqlDatabase &db, const ImportRunner &runner, const RequestContext &request,
                        httplib::Response &response, const QString &companyId)
{
    const auto &raw = request.raw();
    const QString filter = raw.has_param("filter") ? QString::fromStdString(raw.get_param_value("filter"))
                                                   : QStringLiteral("valid");
    if (filter != QLatin1String("valid") && filter != QLatin1String("all") &&
        filter != QLatin1String("invalid")) {
        sendError(response, 400, QStringLiteral("filter must be valid, all or invalid"));
        return;
    }
    QString sheetId;
    if (raw.has_param("sheet_id")) {
        sheetId = QString::fromStdString(raw.get_param_value("sheet_id")).toLower();
        if (!isUuid(sheetId) || sheetInfos(db, companyId, sheetId).isEmpty()) {
            sendError(response, 404, QStringLiteral("Sheet not found"));
            return;
        }
    }

    for (int attempt = 0; attempt < kOpenAttempts; ++attempt) {
        const QList<SheetInfo> sheets = sheetInfos(db, companyId, sheetId);
        qint64 total = 0;
        for (const SheetInfo &sheet : sheets)
            total += recordCount(sheet, filter);

        if (!sheetId.isEmpty()) {
            qint64 size = -1;
            std::unique_ptr<ByteSource> source = openSheet(runner, sheets.first(), filter, &size);
            if (!source)
                continue;
            response.status = 200;
            response.set_header("Content-Disposition", QStringLiteral("attachment; filename=\"%1-%2.csv\"")
                                                           .arg(safeFileName(sheets.first().slug), filter)
                                                           .toStdString());
            response.set_header("X-Total-Records", std::to_string(total));
            constexpr char kCsv[] = "text/csv; charset=utf-8";
            if (size < 0) {
                streamChunked(response, kCsv, std::move(source));
                return;
            }
            std::shared_ptr<ByteSource> shared = std::move(source);
            response.set_content_provider(
                size_t(size), kCsv, [shared](size_t, size_t length, httplib::DataSink &sink) {
                    std::array<char, kReadBytes> buffer{};
                    const qint64 n =
                        shared->read(buffer.data(), std::min<qint64>(qint64(length), kReadBytes));
                    return n > 0 && sink.write(buffer.data(), size_t(n));
                });
            return;
        }

        // The whole workbook: one <slug>.csv per sheet in a ZIP (API §6 item 29).
        std::vector<ZipSource::Entry> entries;
        quint64 bytes = 0;
        bool complete = true;
        for (const SheetInfo &sheet : sheets) {
            qint64 size = -1;
            std::unique_ptr<ByteSource> source = openSheet(runner, sheet, filter, &size);
            if (!source) {
                complete = false;
                break;
            }
            if (!sheet.location.isEmpty())
                bytes += quint64(
                    QFileInfo(runner.absolutePath(sheet.location) + QStringLiteral("/all.csv")).size());
            entries.push_back(ZipSource::Entry{safeFileName(sheet.slug + QStringLiteral(".csv")).toUtf8(),
                                               std::move(source)});
        }
        if (!complete)
            continue;
        if (bytes + 64 * 1024 * quint64(entries.size() + 1) >= 0xffffffffull) {
            sendError(
                response, 400,
                QStringLiteral("sheet_id required: the workbook is too large for one ZIP (4 GiB); download "
                               "each sheet with sheet_id"));
            return;
        }
        response.status = 200;
        response.set_header(
            "Content-Disposition",
            QStringLiteral("attachment; filename=\"workbook-%1.zip\"").arg(filter).toStdString());
        response.set_header("X-Total-Records", std::to_string(total));
        streamChunked(response, "application/zip", std::make_shared<ZipSource>(std::move(entries)));
        return;
    }
    sendError(response, 500, QStringLiteral("The sheet's rows changed while opening them; try again"));
}

} // namespace godwit::server
