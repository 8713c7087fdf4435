// SPDX-License-Identifier: GPL-3.0-or-later
// Test files for the offline preview: a deterministic CSV table in any supported encoding and
// dialect, with the awkward parts (quoted delimiters, doubled quotes, line breaks inside quotes,
// blank lines, accents), and what each record of it must read as.
#pragma once

#include "engine/csvreader.h"
#include "engine/encoding.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace godwit::test {

struct TableSpec {
    int rows = 1000;
    char delimiter = ',';
    char quote = '"';
    engine::TextEncoding encoding = engine::TextEncoding::Utf8;
    bool bom = false;
    bool crlf = true;
    quint32 seed = 7;
    QStringList preamble; // lines above the header
};

// The table as text (UTF-16 in memory); every line ends with the chosen line break.
inline QString tableText(const TableSpec &spec)
{
    QRandomGenerator rng(spec.seed);
    const QString eol = spec.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    const QString d(QLatin1Char(spec.delimiter));
    const QString q = spec.quote ? QString(QLatin1Char(spec.quote)) : QString();
    const auto quoted = [&](const QString &field) -> QString {
        if (q.isEmpty())
            return field;
        QString doubled = field;
        doubled.replace(q, q + q);
        return q + doubled + q;
    };
    const QStringList names{QStringLiteral("Zoë"),     QStringLiteral("Müller"), QStringLiteral("Nuñez"),
                            QStringLiteral("Øberg"),   QStringLiteral("Dubois"), QStringLiteral("Ana"),
                            QStringLiteral("Lefèvre"), QStringLiteral("Smith")};
    QString out;
    for (const QString &line : spec.preamble)
        out += line + eol;
    out += QStringLiteral("id") + d + QStringLiteral("name") + d + QStringLiteral("amount") + d +
           QStringLiteral("note") + eol;
    for (int i = 0; i < spec.rows; ++i) {
        out += QString::number(i + 1) + d;
        out += names[int(rng.bounded(quint32(names.size())))] + d;
        out += QString::number(rng.bounded(100000) / 100.0, 'f', 2) + d;
        const quint32 kind = rng.bounded(10u);
        if (q.isEmpty())
            out += kind < 5 ? QStringLiteral("plain note %1").arg(i) : QString();
        else if (kind == 0)
            out += quoted(QStringLiteral("two\nlines %1").arg(i));
        else if (kind == 1)
            out += quoted(QStringLiteral("has %1 delimiter and %2 quote").arg(d, q));
        else if (kind == 2)
            out += quoted(QStringLiteral("crlf\r\ninside"));
        else if (kind < 6)
            out += QStringLiteral("plain note %1").arg(i);
        out += eol;
        if (i % 97 == 50)
            out += eol; // a blank line: skipped, but it counts as a line
    }
    return out;
}

inline QByteArray encodeText(const QString &text, engine::TextEncoding encoding, bool bom)
{
    using engine::TextEncoding;
    QByteArray out;
    switch (encoding) {
    case TextEncoding::Utf8:
        if (bom)
            out += "\xEF\xBB\xBF";
        out += text.toUtf8();
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const bool le = encoding == TextEncoding::Utf16LE;
        if (bom)
            out += le ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
        for (const QChar c : text) {
            const char lo = char(c.unicode() & 0xFF);
            const char hi = char(c.unicode() >> 8);
            out += le ? lo : hi;
            out += le ? hi : lo;
        }
        break;
    }
    case TextEncoding::Latin1:
    case TextEncoding::Windows1252:
    case TextEncoding::Iso8859_15:
        for (const QChar c : text) {
            if (c.unicode() == 0x20AC) // €
                out += encoding == TextEncoding::Windows1252 ? '\x80' : '\xA4';
            else
                out += char(c.unicode() < 0x100 ? c.unicode() : '?');
        }
        break;
    }
    return out;
}

inline QByteArray tableBytes(const TableSpec &spec)
{
    return encodeText(tableText(spec), spec.encoding, spec.bom);
}

// Every record of `bytes` as the engine reads it, decoded.
struct ExpectedRecord {
    QStringList fields;
    qint64 line = 0;
};

inline QList<ExpectedRecord> expectedRecords(const QByteArray &bytes, engine::TextEncoding encoding,
                                             const engine::CsvDialect &dialect)
{
    const QByteArray utf8 = engine::decodeToUtf8(bytes, encoding);
    QList<ExpectedRecord> records;
    engine::CsvReader reader(dialect);
    reader.setRecordCallback([&records](const engine::CsvRecord &record) {
        ExpectedRecord r;
        r.line = record.line;
        for (const QByteArrayView field : record.fields)
            r.fields.append(QString::fromUtf8(field));
        records.append(r);
        return true;
    });
    reader.feed(utf8);
    reader.finish();
    return records;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace godwit::test
