// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace godwit::app {

// `godwit validate FILE --template SLUG|TEMPLATE.json [--plan PLAN.json] [--json]
//  [--write-valid OUT] [--write-invalid OUT] [--write-plan OUT] [--threads N]` plus the CSV
// overrides of `inspect`: the self-healed mapping, the validation report and the proposed fixes,
// with the same engine the server imports with; in the API's JSON shapes with --json. Bundled
// templates are addressed by slug. No display, no server.
// Exit code: 0 when every row is valid, 1 when rows are flagged, 2 on error (message on `err`).
class ValidateCommand {
    Q_DECLARE_TR_FUNCTIONS(godwit::app::ValidateCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace godwit::app
