// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/csvcommandline.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace godwit::app {

using namespace godwit::engine;

CsvCommandLine::CsvCommandLine(QCommandLineParser &parser)
    : m_encoding(QStringLiteral("encoding"),
                 tr("Read the file as <encoding> (UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, "
                    "windows-1252, ISO-8859-15) instead of detecting it."),
                 QStringLiteral("encoding"))
    , m_delimiter(QStringLiteral("delimiter"),
                  tr("Use <c> as the delimiter (a character, or tab, comma, semicolon, pipe)."),
                  QStringLiteral("c"))
    , m_headerRow(QStringLiteral("header-row"),
                  tr("The header is record <k> (1 = the first; 0 = no header)."), QStringLiteral("k"))
{
    parser.addOptions({m_encoding, m_delimiter, m_headerRow});
}

std::optional<CsvOpenOptions> CsvCommandLine::openOptions(const QCommandLineParser &parser,
                                                          QTextStream &err) const
{
    CsvOpenOptions options;
    if (parser.isSet(m_encoding)) {
        options.encoding = encodingFromName(parser.value(m_encoding));
        if (!options.encoding) {
            err << tr("Unknown encoding \"%1\". Known: UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1, windows-1252, "
                      "ISO-8859-15.")
                       .arg(parser.value(m_encoding))
                << Qt::endl;
            return std::nullopt;
        }
    }
    if (parser.isSet(m_delimiter)) {
        options.dialect.delimiter = delimiterFromOption(parser.value(m_delimiter));
        if (!options.dialect.delimiter) {
            err << tr("\"%1\" cannot be a delimiter: give one punctuation character, or tab, comma, "
                      "semicolon, "
                      "pipe.")
                       .arg(parser.value(m_delimiter))
                << Qt::endl;
            return std::nullopt;
        }
    }
    if (parser.isSet(m_headerRow)) {
        bool ok = false;
        const qint64 k = parser.value(m_headerRow).toLongLong(&ok);
        if (!ok || k < 0) {
            err << tr("--header-row needs a record number of 0 or more, not \"%1\".")
                       .arg(parser.value(m_headerRow))
                << Qt::endl;
            return std::nullopt;
        }
        options.dialect.hasHeader = k > 0;
        options.dialect.headerRecord = k > 0 ? k - 1 : 0;
    }
    return options;
}

std::optional<QString> parseFileArgument(QCommandLineParser &parser, const QStringList &arguments,
                                         QTextStream &out, QTextStream &err, const QString &oneFile,
                                         int *exitCode)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        *exitCode = 0;
        return std::nullopt;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << oneFile << Qt::endl;
        *exitCode = 2;
        return std::nullopt;
    }
    return files.first();
}

std::optional<char> delimiterFromOption(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("tab") || v == QLatin1String("\\t") || v == QLatin1String("\t"))
        return '\t';
    if (v == QLatin1String("comma"))
        return ',';
    if (v == QLatin1String("semicolon"))
        return ';';
    if (v == QLatin1String("pipe"))
        return '|';
    if (v.size() == 1 && v.at(0).unicode() < 128 && v.at(0) != QLatin1Char('"') &&
        !v.at(0).isLetterOrNumber())
        return char(v.at(0).unicode());
    return std::nullopt;
}

QString csvErrorMessage(const QString &path, CsvError error, const FileCheck &file, const QString &detail)
{
    const QString name = QFileInfo(path).fileName();
    QString message;
    switch (error) {
    case CsvError::CannotOpen:
        message = CsvCommandLine::tr("Cannot open %1: %2").arg(path, detail);
        break;
    case CsvError::ReadError:
        message = CsvCommandLine::tr("Reading %1 failed: %2").arg(path, detail);
        break;
    case CsvError::Empty:
        message = CsvCommandLine::tr("%1 is empty: there is nothing to read.").arg(name);
        break;
    case CsvError::NotText:
        switch (file.kind) {
        case FileKind::Zip:
            message = CsvCommandLine::tr(
                          "%1 is not a CSV file but a zip archive — an Excel (.xlsx) or OpenDocument "
                          "spreadsheet? Export it as CSV.")
                          .arg(name);
            break;
        case FileKind::Ole2:
            message =
                CsvCommandLine::tr(
                    "%1 is not a CSV file but a legacy Excel or Word file (.xls, .doc). Export it as CSV.")
                    .arg(name);
            break;
        case FileKind::Pdf:
            message = CsvCommandLine::tr("%1 is not a CSV file but a PDF document.").arg(name);
            break;
        case FileKind::Gzip:
            message = CsvCommandLine::tr("%1 is gzip-compressed: decompress it first.").arg(name);
            break;
        default:
            message = CsvCommandLine::tr("%1 is not a text file: binary data at byte %2.")
                          .arg(name)
                          .arg(file.offset);
            break;
        }
        break;
    case CsvError::HeaderOnly:
        message = CsvCommandLine::tr("%1 has a header but no data rows.").arg(name);
        break;
    case CsvError::UnterminatedQuote:
        message = CsvCommandLine::tr("%1 ends inside a quoted field that never closes. %2").arg(name, detail);
        break;
    case CsvError::RecordTooLarge:
        message =
            CsvCommandLine::tr("%1 has a record too large to be real: probably a quote that never closes. %2")
                .arg(name, detail);
        break;
    case CsvError::Cancelled:
    case CsvError::None:
        message = CsvCommandLine::tr("Reading %1 was cancelled.").arg(name);
        break;
    }
    return message.trimmed();
}

} // namespace godwit::app
