// SPDX-License-Identifier: GPL-3.0-or-later
// Micro-benchmark of the CSV engine's passes over one file, one JSON object on stdout:
//   inspect  - file check, encoding and dialect sniffing of the head
//   read     - readCsvFile: 1 MiB reads -> decoder -> CsvReader, every field touched
//   mapped   - the same reader fed a memory-mapped file in one call (no read copies)
//   index    - RowIndex::build over the mapping on --threads cores
// plus the peak RSS of the process. --skip-read leaves out the read pass, --index-only the read
// and mapped passes (so the process's peak RSS is that of the row index alone). Run it on an idle
// machine; see bench/README.md.
//
//   godwit-bench-csv bench/data/contacts-5m.csv [--threads 2] [--stride 1024] [--skip-read|--index-only]

#include "engine/csvfile.h"
#include "engine/rowindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <sys/resource.h>

#include <cstdio>

using namespace godwit::engine;

namespace {

double megabytesPerSecond(qint64 bytes, qint64 nanoseconds)
{
    return nanoseconds > 0 ? double(bytes) / double(1 << 20) / (double(nanoseconds) / 1e9) : 0;
}

long peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // Linux: KiB
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int threads = 0;
    qint64 stride = 1024;
    bool skipRead = false;
    bool indexOnly = false;
    QString path;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == u"--threads" && !args.isEmpty())
            threads = args.takeFirst().toInt();
        else if (arg == u"--stride" && !args.isEmpty())
            stride = args.takeFirst().toLongLong();
        else if (arg == u"--skip-read")
            skipRead = true;
        else if (arg == u"--index-only")
            skipRead = indexOnly = true;
        else
            path = arg;
    }
    if (path.isEmpty()) {
        std::fprintf(stderr,
                     "usage: godwit-bench-csv FILE [--threads N] [--stride N] [--skip-read|--index-only]\n");
        return 2;
    }

    QJsonObject report;
    report[QStringLiteral("file")] = path;
    QElapsedTimer timer;

    timer.start();
    const CsvInspection inspection = inspectCsvFile(path);
    report[QStringLiteral("inspect_ms")] = double(timer.nsecsElapsed()) / 1e6;
    if (inspection.error != CsvError::None) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(csvErrorName(inspection.error)));
        return 1;
    }
    report[QStringLiteral("bytes")] = double(inspection.fileSize);
    report[QStringLiteral("encoding")] = encodingName(inspection.encoding.encoding);
    report[QStringLiteral("delimiter")] = QString(QLatin1Char(inspection.dialect.dialect.delimiter));
    report[QStringLiteral("dialect_confidence")] = inspection.dialect.confidence;
    const CsvDialect dialect = inspection.dialect.dialect;

    if (!skipRead) {
        CsvTextReader reader(inspection.encoding.encoding, dialect);
        qint64 records = 0;
        qint64 fields = 0;
        qint64 fieldBytes = 0;
        reader.setRecordCallback([&](const CsvRecord &record) {
            ++records;
            fields += qint64(record.fields.size());
            for (const QByteArrayView field : record.fields)
                fieldBytes += field.size();
            return true;
        });
        timer.start();
        const CsvError error = readCsvFile(path, reader);
        const qint64 elapsed = timer.nsecsElapsed();
        if (error != CsvError::None) {
            std::fprintf(stderr, "read: %s\n", qPrintable(csvErrorName(error)));
            return 1;
        }
        report[QStringLiteral("records")] = double(records);
        report[QStringLiteral("fields")] = double(fields);
        report[QStringLiteral("field_bytes")] = double(fieldBytes);
        report[QStringLiteral("read_s")] = double(elapsed) / 1e9;
        report[QStringLiteral("read_MBps")] = megabytesPerSecond(inspection.fileSize, elapsed);
    }

    const MappedFile mapped(path);
    if (!mapped.isOpen()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(mapped.errorString()));
        return 1;
    }
    QByteArrayView data = mapped.data().sliced(inspection.encoding.bomLength);
    if (isAsciiCompatible(inspection.encoding.encoding)) {
        if (!indexOnly) {
            CsvReader reader(dialect);
            qint64 records = 0;
            reader.setRecordCallback([&records](const CsvRecord &) { return ++records, true; });
            timer.start();
            reader.feed(data);
            reader.finish();
            const qint64 elapsed = timer.nsecsElapsed();
            report[QStringLiteral("mapped_records")] = double(records);
            report[QStringLiteral("mapped_s")] = double(elapsed) / 1e9;
            report[QStringLiteral("mapped_MBps")] = megabytesPerSecond(data.size(), elapsed);
        }

        RowIndexOptions options;
        options.threads = threads;
        options.stride = stride;
        RowIndex index;
        timer.start();
        RowIndex::build(data, dialect, options, &index);
        const qint64 indexElapsed = timer.nsecsElapsed();
        report[QStringLiteral("index_records")] = double(index.recordCount());
        report[QStringLiteral("index_entries")] = double(index.entries().size());
        report[QStringLiteral("index_s")] = double(indexElapsed) / 1e9;
        report[QStringLiteral("index_MBps")] = megabytesPerSecond(data.size(), indexElapsed);
    }
    report[QStringLiteral("peak_rss_MB")] = double(peakRssMegabytes());
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
