// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the headless CSV commands (`godwit inspect`, `godwit validate`) share: the options that
// override encoding and dialect, and the message for a file that cannot be read.

#include "engine/csvfile.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace godwit::app {

class CsvCommandLine {
    Q_DECLARE_TR_FUNCTIONS(godwit::app::CsvCommandLine)
public:
    // Adds --encoding, --delimiter and --header-row to `parser`.
    explicit CsvCommandLine(QCommandLineParser &parser);
    // The overrides given, or nullopt after writing what is wrong to `err`.
    std::optional<engine::CsvOpenOptions> openOptions(const QCommandLineParser &parser,
                                                      QTextStream &err) const;

private:
    QCommandLineOption m_encoding;
    QCommandLineOption m_delimiter;
    QCommandLineOption m_headerRow;
};

// Parses `arguments` and answers --help. Returns the one FILE argument, or nullopt with
// `exitCode` set: 0 after the help, 2 after an error written to `err` (`oneFile` when there is
// not exactly one file).
std::optional<QString> parseFileArgument(QCommandLineParser &parser, const QStringList &arguments,
                                         QTextStream &out, QTextStream &err, const QString &oneFile,
                                         int *exitCode);

// "tab", "comma", "semicolon", "pipe" or one punctuation character.
std::optional<char> delimiterFromOption(const QString &value);

// One sentence for a user: why `path` cannot be read as CSV (`file` says what it is instead).
QString csvErrorMessage(const QString &path, engine::CsvError error, const engine::FileCheck &file,
                        const QString &detail);

} // namespace godwit::app
