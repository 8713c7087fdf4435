// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace godwit::app {

// `godwit inspect FILE [--json] [--rows N] [--encoding E] [--delimiter C] [--header-row K]`:
// what the engine makes of a CSV file — encoding and dialect with their confidences, the row
// count, the columns and the first rows — without a display and without a server.
// Exit code: 0 when the file could be read, 2 on error (the message on `err`).
class InspectCommand {
    Q_DECLARE_TR_FUNCTIONS(godwit::app::InspectCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace godwit::app
