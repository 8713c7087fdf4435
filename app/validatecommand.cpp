// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/validatecommand.h"

#include "app/csvcommandline.h"
#include "engine/bundledtemplates.h"
#include "engine/filevalidation.h"
#include "engine/fixes.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

#include <unistd.h>

#include <memory>

namespace godwit::app {

namespace {

using namespace godwit::engine;

std::optional<QJsonObject> readJsonObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ValidateCommand::tr("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!document.isObject()) {
        *error = parse.error != QJsonParseError::NoError
                     ? ValidateCommand::tr("%1 is not valid JSON: %2 at byte %3")
                           .arg(path, parse.errorString())
                           .arg(parse.offset)
                     : ValidateCommand::tr("%1 does not hold a JSON object").arg(path);
        return std::nullopt;
    }
    return document.object();
}

// A bundled template by slug, name or id, or a JSON file: one template object, or a
// `GET /templates` body with exactly one template.
std::optional<Template> loadTemplate(const QString &spec, QString *error)
{
    if (std::optional<Template> bundled = bundledTemplate(spec))
        return bundled;
    if (!QFileInfo::exists(spec)) {
        QStringList slugs;
        for (const Template &t : bundledTemplates())
            slugs.append(t.slug);
        *error =
            ValidateCommand::tr("No template \"%1\": name a bundled template (%2) or a template JSON file.")
                .arg(spec, slugs.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const std::optional<QJsonObject> object = readJsonObject(spec, error);
    if (!object)
        return std::nullopt;
    QStringList warnings;
    if (object->contains(QStringLiteral("templates"))) {
        const QList<Template> templates = templatesFromJson(*object, &warnings);
        if (templates.size() != 1) {
            *error = ValidateCommand::tr("%1 holds %2 templates; give a file with exactly one.")
                         .arg(spec)
                         .arg(templates.size());
            return std::nullopt;
        }
        return templates.first();
    }
    std::optional<Template> tmpl = templateFromJson(*object, &warnings);
    if (!tmpl)
        *error =
            ValidateCommand::tr("%1 is not a template: %2").arg(spec, warnings.join(QStringLiteral("; ")));
    return tmpl;
}

QString percent(double fraction)
{
    return QLocale().toString(qRound(fraction * 100)) + QLatin1Char('%');
}

void printText(QTextStream &out, const QString &path, const Template &tmpl, const FileValidation &result,
               const ProposedFixes &fixes)
{
    const QLocale locale;
    const SniffedDialect &d = result.inspection.dialect;
    out << ValidateCommand::tr("File:      %1 (%2), %3, delimiter %4, header on row %5")
               .arg(path, locale.formattedDataSize(result.inspection.fileSize),
                    encodingName(result.inspection.encoding.encoding),
                    d.dialect.delimiter == '\t'
                        ? ValidateCommand::tr("tab")
                        : QLatin1Char('\'') + QLatin1Char(d.dialect.delimiter) + QLatin1Char('\''),
                    result.headerRow > 0 ? locale.toString(result.headerRow) : ValidateCommand::tr("none"))
        << '\n';
    out << ValidateCommand::tr("Template:  %1 (%2)").arg(tmpl.name, tmpl.slug) << "\n\n";

    out << ValidateCommand::tr("Mapping (template column ← file column, confidence, why):") << '\n';
    int width = 0;
    for (const ColumnMapping &m : result.mapping.columns)
        width = std::max(width, int(m.column.size()));
    for (const ColumnMapping &m : result.mapping.columns) {
        out << QStringLiteral("  ") << m.column.leftJustified(width) << QStringLiteral("  ← ");
        if (m.source >= 0)
            out << QLatin1Char('"') << m.header << QStringLiteral("\"  ") << percent(m.confidence)
                << QStringLiteral("  ") << m.reason;
        else
            out << ValidateCommand::tr("(nothing)") << QStringLiteral("  ") << m.reason;
        out << '\n';
    }
    if (!result.mapping.unusedSources.isEmpty()) {
        QStringList unused;
        for (int s : result.mapping.unusedSources)
            unused.append(QLatin1Char('"') + result.headers.value(s) + QLatin1Char('"'));
        out << ValidateCommand::tr("  Not used: %1").arg(unused.join(QStringLiteral(", "))) << '\n';
    }
    for (const MappingAmbiguity &a : result.mapping.ambiguities)
        out << ValidateCommand::tr("  Ambiguous: %1 could come from %2")
                   .arg(a.column, a.headers.join(ValidateCommand::tr(" or ")))
            << '\n';

    const ValidationReport &r = result.report;
    out << '\n'
        << ValidateCommand::tr(
               "Rows:      %1 validated, %2 valid, %3 flagged (with at least one invalid cell)")
               .arg(locale.toString(r.rowCount()), locale.toString(r.validRowCount()),
                    locale.toString(r.invalidCellCount()))
        << '\n';
    if (result.droppedRows > 0 || result.fixedCells > 0)
        out << ValidateCommand::tr("Plan:      %1 rows dropped, %2 cells replaced by the plan's fixes")
                   .arg(locale.toString(result.droppedRows), locale.toString(result.fixedCells))
            << '\n';
    if (result.raggedRows > 0)
        out << ValidateCommand::tr(
                   "Issues:    %1 rows with another number of fields than the header (first: row %2)")
                   .arg(locale.toString(result.raggedRows), locale.toString(result.raggedSamples.value(0)))
            << '\n';
    if (result.undecodableBytes > 0)
        out << ValidateCommand::tr("Issues:    %1 undecodable byte sequences (first: row %2, byte %3)")
                   .arg(locale.toString(result.undecodableBytes),
                        locale.toString(result.decodeSamples.value(0).record + 1),
                        locale.toString(result.decodeSamples.value(0).inputOffset))
            << '\n';
    for (int c = 0; c < r.columnCount(); ++c) {
        const ColumnTally &tally = r.tally(c);
        for (CellRule rule : tally.failedRules()) {
            QStringList samples;
            for (const CellSample &s : r.samples(c, rule))
                samples.append(ValidateCommand::tr("\"%1\" (row %2)").arg(s.value, locale.toString(s.row)));
            out << QStringLiteral("  ") << r.columnNames().value(c) << QStringLiteral(": ")
                << ValidateCommand::tr("%1 × %2").arg(locale.toString(tally.rule(rule).count),
                                                      cellRuleName(rule));
            if (!samples.isEmpty())
                out << QStringLiteral(" — ") << samples.join(QStringLiteral(", "));
            out << '\n';
        }
    }
    if (!fixes.isEmpty()) {
        out << '\n' << ValidateCommand::tr("Proposed fixes (%1):").arg(fixes.patch.summary) << '\n';
        for (const FixQuestion &q : fixes.questions) {
            out << QStringLiteral("  ") << q.id << QStringLiteral("  ") << q.prompt << '\n';
            out << QStringLiteral("       ") << q.context << '\n';
            QStringList options;
            for (const FixOption &o : q.options)
                options.append(o.label);
            if (!options.isEmpty())
                out << QStringLiteral("       ")
                    << ValidateCommand::tr("Options: %1").arg(options.join(QStringLiteral(" | "))) << '\n';
        }
    }
}

} // namespace

int ValidateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Validates a CSV file against a template with the engine the server imports with: the "
           "self-healed column mapping, the report and the proposed fixes. Exit code 0: every row is "
           "valid; 1: rows are flagged; 2: error."));
    parser.addHelpOption();
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        tr("The template: a bundled one by slug (companies, contacts, deals) or a JSON file."),
        QStringLiteral("slug|file"));
    const QCommandLineOption planOption(
        QStringLiteral("plan"), tr("Replay this plan (JSON) and heal around it."), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON in the API's shapes."));
    const QCommandLineOption writeValid(QStringLiteral("write-valid"),
                                        tr("Write the valid rows to <file> (CSV)."), QStringLiteral("file"));
    const QCommandLineOption writeInvalid(QStringLiteral("write-invalid"),
                                          tr("Write the flagged rows to <file> (CSV), to send back."),
                                          QStringLiteral("file"));
    const QCommandLineOption writePlan(
        QStringLiteral("write-plan"),
        tr("Write the plan with this file's mapping recorded to <file> (JSON)."), QStringLiteral("file"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     tr("Use <n> threads (default: one per core)."), QStringLiteral("n"),
                                     QStringLiteral("0"));
    parser.addOptions({templateOption, planOption, json, writeValid, writeInvalid, writePlan, threads});
    const CsvCommandLine csvOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to validate."));

    int exitCode = 2;
    const std::optional<QString> file =
        parseFileArgument(parser, arguments, out, err, tr("Name exactly one file to validate."), &exitCode);
    if (!file)
        return exitCode;
    const QString path = *file;
    if (!parser.isSet(templateOption)) {
        err << tr("Say which template to validate against: --template SLUG or --template FILE.json.")
            << Qt::endl;
        return 2;
    }
    QString error;
    const std::optional<Template> tmpl = loadTemplate(parser.value(templateOption), &error);
    if (!tmpl) {
        err << error << Qt::endl;
        return 2;
    }
    Plan plan;
    if (parser.isSet(planOption)) {
        const std::optional<QJsonObject> object = readJsonObject(parser.value(planOption), &error);
        std::optional<Plan> loaded = object ? Plan::fromJson(*object, &error) : std::nullopt;
        if (!loaded) {
            err << tr("The plan %1 cannot be used: %2").arg(parser.value(planOption), error) << Qt::endl;
            return 2;
        }
        plan = *loaded;
    }
    const SheetPlan *sheet = nullptr;
    for (const SheetPlan &s : plan.sheets)
        if (s.templateId == tmpl->id || s.sheetId == tmpl->id)
            sheet = &s;
    bool threadsOk = false;
    const int threadCount = parser.value(threads).toInt(&threadsOk);
    if (!threadsOk || threadCount < 0) {
        err << tr("--threads needs a whole number of 0 or more, not \"%1\".").arg(parser.value(threads))
            << Qt::endl;
        return 2;
    }
    const std::optional<CsvOpenOptions> open = csvOptions.openOptions(parser, err);
    if (!open)
        return 2;

    FileValidationOptions options;
    options.open = *open;
    options.threads = threadCount;
    options.sheetId = sheet ? sheet->sheetId : tmpl->id;
    std::vector<std::unique_ptr<QSaveFile>> outputs;
    auto output = [&](const QCommandLineOption &option) -> QSaveFile * {
        if (!parser.isSet(option))
            return nullptr;
        outputs.push_back(std::make_unique<QSaveFile>(parser.value(option)));
        if (!outputs.back()->open(QIODevice::WriteOnly)) {
            error = tr("Cannot write %1: %2").arg(parser.value(option), outputs.back()->errorString());
            return nullptr;
        }
        return outputs.back().get();
    };
    options.writeValid = output(writeValid);
    options.writeInvalid = output(writeInvalid);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return 2;
    }
    const bool interactive = isatty(STDERR_FILENO) == 1;
    if (interactive) {
        options.progress = [&err](const ValidationProgress &progress) {
            err << QLatin1Char('\r') << progress.message().leftJustified(72) << Qt::flush;
            return true;
        };
    }

    const FileValidation result = validateCsvFile(path, *tmpl, sheet, options);
    if (interactive)
        err << QLatin1Char('\r') << QString(72, QLatin1Char(' ')) << QLatin1Char('\r') << Qt::flush;
    if (result.error != CsvError::None) {
        err << (result.inspection.error != CsvError::None
                    ? csvErrorMessage(path, result.error, result.inspection.file, result.inspection.detail)
                    : result.errorMessage)
            << Qt::endl;
        return 2;
    }
    if (result.driftError) {
        if (parser.isSet(json))
            out << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
        err << result.errorMessage << Qt::endl;
        return 2;
    }
    for (const auto &file : outputs) {
        if (!file->commit()) {
            err << tr("Cannot write %1: %2").arg(file->fileName(), file->errorString()) << Qt::endl;
            return 2;
        }
    }

    const ProposedFixes fixes = proposeFixes({FixSheet{&*tmpl, &result.report, result.options}});
    Plan recorded = plan;
    result.mapping.recordInto(recorded.sheetFor(options.sheetId, *tmpl));
    if (parser.isSet(writePlan)) {
        QSaveFile file(parser.value(writePlan));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(recorded.toJson()).toJson(QJsonDocument::Indented)) < 0 ||
            !file.commit()) {
            err << tr("Cannot write %1: %2").arg(parser.value(writePlan), file.errorString()) << Qt::endl;
            return 2;
        }
    }

    if (parser.isSet(json)) {
        QJsonObject document = result.toJson();
        document.insert(QStringLiteral("template"), tmpl->slug.isEmpty() ? tmpl->id : tmpl->slug);
        document.insert(QStringLiteral("plan"), recorded.toJson());
        if (!fixes.isEmpty())
            document.insert(QStringLiteral("needs_attention"), fixes.toJson());
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        printText(out, path, *tmpl, result, fixes);
    }
    return result.report.invalidCellCount() > 0 ? 1 : 0;
}

} // namespace godwit::app
