// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inlinerows.h"

#include "engine/csvfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace godwit::app {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(godwit::app::InlineRows)
};
} // namespace

bool mayGoInline(qint64 fileSize, const InlineRowsLimits &limits)
{
    return fileSize > 0 && fileSize <= limits.maxFileBytes;
}

InlineRows readInlineRows(const QString &path, const InlineRowsLimits &limits)
{
    InlineRows out;
    const qint64 size = QFileInfo(path).size();
    if (!mayGoInline(size, limits)) {
        out.error = size <= 0 ? Text::tr("The file is empty")
                              : Text::tr("Too large to send inline (over %1 KiB): it is uploaded instead")
                                    .arg(limits.maxFileBytes / 1024);
        return out;
    }
    const engine::CsvInspection inspection = engine::inspectCsvFile(path);
    if (inspection.error != engine::CsvError::None) {
        out.error = Text::tr("Not a readable CSV file (%1)").arg(engine::csvErrorName(inspection.error));
        return out;
    }
    const engine::SniffedDialect &dialect = inspection.dialect;
    engine::CsvTextReader reader(inspection.encoding.encoding, dialect.dialect);
    reader.reader().setExpectedFieldCount(dialect.fieldCount);
    bool tooMany = false;
    reader.setRecordCallback([&](const engine::CsvRecord &record) {
        if (record.index < dialect.headerRecord)
            return true; // preamble above the table
        if (record.index == dialect.headerRecord && dialect.hasHeader) {
            for (const QByteArrayView field : record.fields) {
                QString name = QString::fromUtf8(field).trimmed();
                if (name.isEmpty())
                    name = QStringLiteral("column_%1").arg(out.header.size() + 1);
                const QString base = name;
                for (int n = 2; out.header.contains(name); ++n)
                    name = QStringLiteral("%1 (%2)").arg(base).arg(n);
                out.header.append(name);
            }
            return true;
        }
        if (out.rows.size() >= limits.maxRows) {
            tooMany = true;
            return false;
        }
        QJsonObject row;
        for (qsizetype i = 0; i < qsizetype(record.fields.size()); ++i) {
            while (out.header.size() <= i)
                out.header.append(QStringLiteral("column_%1").arg(out.header.size() + 1));
            row.insert(out.header.at(i), QString::fromUtf8(record.fields[size_t(i)]));
        }
        out.rows.append(row);
        return true;
    });
    QString detail;
    const engine::CsvError error = engine::readCsvFile(path, reader, {}, &detail);
    if (tooMany) {
        out.error = Text::tr("More than %1 rows: it is uploaded instead").arg(limits.maxRows);
        out.rows = {};
        return out;
    }
    if (error != engine::CsvError::None) {
        out.error = Text::tr("Not a readable CSV file (%1)").arg(engine::csvErrorName(error));
        out.rows = {};
        return out;
    }
    if (out.rows.isEmpty()) {
        out.error = Text::tr("No data rows");
        return out;
    }
    out.jsonBytes = QJsonDocument(out.rows).toJson(QJsonDocument::Compact).size();
    if (out.jsonBytes > limits.maxJsonBytes) {
        out.error = Text::tr("Too large to send inline: it is uploaded instead");
        out.rows = {};
    }
    return out;
}

} // namespace godwit::app
