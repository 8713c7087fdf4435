// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspectcommand.h"

#include "app/csvcommandline.h"
#include "engine/csvfile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace godwit::app {

namespace {

using namespace godwit::engine;

struct Scan {
    qint64 rowCount = 0;
    QList<QStringList> rows;
    qint64 raggedRows = 0;
    qint64 firstRaggedLine = 0;
    qint64 undecodable = 0;
    qint64 firstUndecodableLine = 0;
    CsvError error = CsvError::None;
    QString detail;
};

QString printable(char c)
{
    switch (c) {
    case '\t':
        return QStringLiteral("\\t");
    case '\0':
        return QString();
    default:
        return QString(QLatin1Char(c));
    }
}

QString encodingSourceName(EncodingSource source)
{
    switch (source) {
    case EncodingSource::Bom:
        return QStringLiteral("bom");
    case EncodingSource::NulPattern:
        return QStringLiteral("nul-pattern");
    case EncodingSource::ValidUtf8:
        return QStringLiteral("valid-utf8");
    default:
        return QStringLiteral("detector");
    }
}

Scan scanFile(const QString &path, const CsvInspection &inspection, int keepRows)
{
    Scan scan;
    const SniffedDialect &sniffed = inspection.dialect;
    CsvTextReader text(inspection.encoding.encoding, sniffed.dialect);
    text.reader().setExpectedFieldCount(sniffed.fieldCount);
    text.setRecordCallback([&](const CsvRecord &record) {
        if (record.index < sniffed.headerRecord ||
            (sniffed.hasHeader && record.index == sniffed.headerRecord))
            return true; // preamble, or the header itself
        ++scan.rowCount;
        if (scan.rows.size() < keepRows) {
            QStringList row;
            row.reserve(qsizetype(record.fields.size()));
            for (const QByteArrayView field : record.fields)
                row.append(QString::fromUtf8(field));
            scan.rows.append(row);
        }
        return true;
    });
    text.reader().setIssueCallback([&](const CsvIssue &issue) {
        if (issue.kind != CsvIssueKind::RaggedRow || issue.record < sniffed.headerRecord)
            return;
        if (scan.raggedRows++ == 0)
            scan.firstRaggedLine = issue.line;
    });
    text.setDecodeIssueCallback([&](const DecodeIssue &issue) {
        if (scan.undecodable++ == 0)
            scan.firstUndecodableLine = issue.line;
    });
    scan.error = readCsvFile(path, text, {}, &scan.detail);
    return scan;
}

} // namespace

int InspectCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows what Godwit makes of a CSV file: encoding and dialect with their "
           "confidences, row count, columns and the first rows."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (rows as arrays of strings)."));
    const QCommandLineOption rows(QStringLiteral("rows"), tr("Show the first <n> rows (default 10)."),
                                  QStringLiteral("n"), QStringLiteral("10"));
    const CsvCommandLine csvOptions(parser);
    parser.addOptions({json, rows});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to inspect."));

    int exitCode = 2;
    const std::optional<QString> file =
        parseFileArgument(parser, arguments, out, err, tr("Name exactly one file to inspect."), &exitCode);
    if (!file)
        return exitCode;
    const QString path = *file;

    bool rowsOk = false;
    const int keepRows = parser.value(rows).toInt(&rowsOk);
    if (!rowsOk || keepRows < 0) {
        err << tr("--rows needs a whole number of 0 or more, not \"%1\".").arg(parser.value(rows))
            << Qt::endl;
        return 2;
    }
    const std::optional<CsvOpenOptions> options = csvOptions.openOptions(parser, err);
    if (!options)
        return 2;

    const CsvInspection inspection = inspectCsvFile(path, *options);
    auto fail = [&](CsvError error, const QString &detail) {
        err << csvErrorMessage(path, error, inspection.file, detail) << Qt::endl;
        return 2;
    };
    if (inspection.error != CsvError::None)
        return fail(inspection.error, inspection.detail);

    const Scan scan = scanFile(path, inspection, keepRows);
    if (scan.error != CsvError::None && scan.error != CsvError::UnterminatedQuote)
        return fail(scan.error, scan.detail);

    const SniffedDialect &d = inspection.dialect;
    QStringList columns;
    for (const QByteArray &field : d.header)
        columns.append(QString::fromUtf8(field));
    if (!d.hasHeader) {
        for (int i = 1; i <= d.fieldCount; ++i)
            columns.append(tr("column %1").arg(i));
    }

    if (parser.isSet(json)) {
        QJsonArray rowArray;
        for (const QStringList &row : scan.rows)
            rowArray.append(QJsonArray::fromStringList(row));
        const QJsonObject document{
            {QStringLiteral("file"), path},
            {QStringLiteral("size"), inspection.fileSize},
            {QStringLiteral("encoding"),
             QJsonObject{{QStringLiteral("name"), encodingName(inspection.encoding.encoding)},
                         {QStringLiteral("confidence"), inspection.encoding.confidence},
                         {QStringLiteral("source"), encodingSourceName(inspection.encoding.source)},
                         {QStringLiteral("bom"), inspection.encoding.bomLength > 0}}},
            {QStringLiteral("dialect"),
             QJsonObject{{QStringLiteral("delimiter"), printable(d.dialect.delimiter)},
                         {QStringLiteral("quote"), printable(d.dialect.quote)},
                         {QStringLiteral("has_header"), d.hasHeader},
                         {QStringLiteral("header_row"), d.headerRecord + 1},
                         {QStringLiteral("header_line"), d.headerLine},
                         {QStringLiteral("confidence"), d.confidence},
                         {QStringLiteral("delimiter_confidence"), d.delimiterConfidence},
                         {QStringLiteral("header_confidence"), d.headerConfidence}}},
            {QStringLiteral("row_count"), scan.rowCount},
            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
            {QStringLiteral("rows"), rowArray},
            {QStringLiteral("issues"),
             QJsonObject{
                 {QStringLiteral("ragged_rows"), scan.raggedRows},
                 {QStringLiteral("first_ragged_line"),
                  scan.raggedRows ? QJsonValue(scan.firstRaggedLine) : QJsonValue(QJsonValue::Null)},
                 {QStringLiteral("undecodable"), scan.undecodable},
                 {QStringLiteral("first_undecodable_line"),
                  scan.undecodable ? QJsonValue(scan.firstUndecodableLine) : QJsonValue(QJsonValue::Null)},
                 {QStringLiteral("unterminated_quote"), scan.error == CsvError::UnterminatedQuote}}}};
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return 0;
    }

    const QLocale locale;
    out << tr("File:      %1 (%2)").arg(path, locale.formattedDataSize(inspection.fileSize)) << '\n';
    out << tr("Encoding:  %1%2 (confidence %3)")
               .arg(encodingName(inspection.encoding.encoding),
                    inspection.encoding.bomLength > 0 ? tr(", with BOM") : QString(),
                    locale.toString(inspection.encoding.confidence, 'f', 2))
        << '\n';
    auto quoted = [](char c) -> QString { return QLatin1Char('\'') + printable(c) + QLatin1Char('\''); };
    const QString delimiterText = d.dialect.delimiter == '\t' ? tr("tab") : quoted(d.dialect.delimiter);
    out << tr("Dialect:   delimiter %1, quote %2 (confidence %3)")
               .arg(delimiterText, d.dialect.quote ? quoted(d.dialect.quote) : tr("none"),
                    locale.toString(d.delimiterConfidence, 'f', 2))
        << '\n';
    out << (d.hasHeader
                ? tr("Header:    line %1 (confidence %2)")
                      .arg(d.headerLine)
                      .arg(locale.toString(d.headerConfidence, 'f', 2))
                : tr("Header:    none (confidence %1)").arg(locale.toString(d.headerConfidence, 'f', 2)))
        << '\n';
    out << tr("Rows:      %1 data rows, %2 columns").arg(locale.toString(scan.rowCount)).arg(columns.size())
        << '\n';
    out << tr("Columns:   %1").arg(columns.join(QStringLiteral(", "))) << '\n';
    if (scan.raggedRows)
        out << tr("Issues:    %1 rows with another number of fields (first on line %2)")
                   .arg(locale.toString(scan.raggedRows))
                   .arg(scan.firstRaggedLine)
            << '\n';
    if (scan.undecodable)
        out << tr("Issues:    %1 undecodable byte sequences (first on line %2)")
                   .arg(locale.toString(scan.undecodable))
                   .arg(scan.firstUndecodableLine)
            << '\n';
    if (scan.error == CsvError::UnterminatedQuote)
        out << tr("Issues:    the last quoted field never closes") << '\n';
    if (!scan.rows.isEmpty()) {
        out << '\n' << tr("First %1 rows:").arg(scan.rows.size()) << '\n';
        for (const QStringList &row : scan.rows)
            out << QStringLiteral("  ")
                << row.join(QStringLiteral(" | ")).replace(QLatin1Char('\n'), QStringLiteral("⏎")) << '\n';
    }
    return 0;
}

} // namespace godwit::app
