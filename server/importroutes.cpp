// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/importroutes.h"

#include "engine/csvwriter.h"
#include "engine/plan.h"
#include "server/apirequest.h"
#include "server/database.h"
#include "server/idempotency.h"
#include "server/importruns.h"
#include "server/json.h"
#include "server/router.h"
#include "server/sheetdownload.h"
#include "server/templates.h"
#include "server/uploadstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <httplib.h>

#include <unistd.h>

namespace godwit::server {

using namespace godwit::engine;

namespace {

// Thrown inside a transaction to answer with a status (the transaction rolls back).
struct Refusal {
    Refusal(int code, QString text, QJsonObject fields = {})
        : status(code)
        , message(std::move(text))
        , extra(std::move(fields))
    {}
    int status;
    QString message;
    QJsonObject extra; // more fields of the error body (the active run_id of a 409)
};

void sendRefusal(httplib::Response &response, const Refusal &refusal)
{
    if (refusal.extra.isEmpty()) {
        sendError(response, refusal.status, refusal.message);
        return;
    }
    QJsonObject body = refusal.extra;
    body.insert(QLatin1String("error"), refusal.message);
    sendJson(response, refusal.status, body);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

QJsonArray arrayOf(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).array();
}

// The company of the account named by the path, or an empty string.
QString companyOf(const QSqlDatabase &db, const RequestContext &request)
{
    const QString id = request.param(QStringLiteral("id")).toLower();
    if (!isUuid(id))
        return {};
    QSqlQuery row = exec(db, QStringLiteral("SELECT id FROM companies WHERE id = ? AND account_id = ?"),
                         {id, request.accountId()});
    return row.next() ? row.value(0).toString() : QString();
}

// The import run a route names ({id}, {run_id}), of a company of the caller's account; sends the 404
// that says which is missing when there is none. The run id comes back lower-cased.
std::optional<QJsonObject> requestedRun(const QSqlDatabase &db, const RequestContext &request,
                                        httplib::Response &response, QString *companyId, QString *runId)
{
    *companyId = companyOf(db, request);
    if (companyId->isEmpty()) {
        sendError(response, 404, QStringLiteral("Company not found"));
        return std::nullopt;
    }
    *runId = request.param(QStringLiteral("run_id")).toLower();
    std::optional<QJsonObject> run = ImportRoutes::runBody(db, *companyId, *runId);
    if (!run)
        sendError(response, 404, QStringLiteral("Import run not found"));
    return run;
}

QString pollUrl(const QString &companyId, const QString &runId)
{
    return QStringLiteral("/api/v1/companies/%1/imports/%2").arg(companyId, runId);
}

// A JSON value of an inline row as CSV text.
std::optional<QString> cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return std::nullopt;
}

struct ImportRequest {
    struct File {
        QString name;
        QString uploadRef;
    };
    QList<File> files;
    std::optional<QJsonArray> rows;
    QString idempotencyKey;
};

std::optional<Refusal> parseImportRequest(const QJsonObject &body, ImportRequest *out)
{
    const QJsonValue files = body.value(QLatin1String("files"));
    const QJsonValue rows = body.value(QLatin1String("rows"));
    const bool hasFiles = !files.isUndefined() && !files.isNull();
    const bool hasRows = !rows.isUndefined() && !rows.isNull();
    if (!hasFiles && !hasRows)
        return Refusal{
            400, QStringLiteral("files or rows is required: files = [{name, upload_ref}], rows = [{column: "
                                "value}]")};
    if (hasFiles && hasRows)
        return Refusal{400, QStringLiteral("Send either files or rows, not both")};
    if (hasFiles) {
        if (!files.isArray() || files.toArray().isEmpty())
            return Refusal{400, QStringLiteral("files must be a non-empty array of {name, upload_ref}")};
        const QJsonArray list = files.toArray();
        if (list.size() > ImportRoutes::kMaxFiles)
            return Refusal{400,
                           QStringLiteral("files: at most %1 files per import").arg(ImportRoutes::kMaxFiles)};
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject entry = list.at(i).toObject();
            const QJsonValue name = entry.value(QLatin1String("name"));
            const QJsonValue ref = entry.value(QLatin1String("upload_ref"));
            if (!list.at(i).isObject() || !name.isString() || name.toString().trimmed().isEmpty() ||
                name.toString().size() > 1024)
                return Refusal{400, QStringLiteral("files[%1].name is required: a non-empty string").arg(i)};
            if (!ref.isString() || ref.toString().isEmpty())
                return Refusal{
                    400, QStringLiteral("files[%1].upload_ref is required: the upload_ref of POST …/uploads")
                             .arg(i)};
            out->files.append({name.toString(), ref.toString()});
        }
    } else {
        if (!rows.isArray() || rows.toArray().isEmpty())
            return Refusal{400,
                           QStringLiteral("rows must be a non-empty array of objects (column name: value)")};
        const QJsonArray list = rows.toArray();
        if (list.size() > ImportRoutes::kMaxInlineRows)
            return Refusal{400, QStringLiteral("rows: at most %1 rows inline; upload larger data as a file")
                                    .arg(ImportRoutes::kMaxInlineRows)};
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isObject())
                return Refusal{400, QStringLiteral("rows[%1] must be an object (column name: value)").arg(i)};
            const QJsonObject row = list.at(i).toObject();
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (it.key().trimmed().isEmpty())
                    return Refusal{400, QStringLiteral("rows[%1]: column names must not be empty").arg(i)};
                if (!cellText(it.value()))
                    return Refusal{
                        400, QStringLiteral("rows[%1].%2: values must be strings, numbers, booleans or null")
                                 .arg(i)
                                 .arg(it.key())};
            }
        }
        out->rows = list;
    }
    const QJsonValue key = body.value(QLatin1String("idempotency_key"));
    if (!key.isUndefined() && !key.isNull()) {
        if (!key.isString() || !isValidIdempotencyKey(key.toString()))
            return Refusal{400, QStringLiteral("idempotency_key must be a string of 1 to 255 characters")};
        out->idempotencyKey = key.toString();
    }
    return std::nullopt;
}

// Inline rows as a CSV file (header: every key, in order of first appearance), fsynced.
bool writeInlineRows(const QString &path, const QJsonArray &rows)
{
    QStringList header;
    for (const QJsonValue &row : rows) {
        const QJsonObject object = row.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!header.contains(it.key()))
                header.append(it.key());
        }
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    {
        CsvWriter writer(&file);
        writer.writeHeader(header);
        QList<QString> cells(header.size());
        for (const QJsonValue &row : rows) {
            const QJsonObject object = row.toObject();
            for (qsizetype c = 0; c < header.size(); ++c)
                cells[c] = cellText(object.value(header[c])).value_or(QString());
            writer.writeRow(cells);
        }
        if (!writer.flush() || writer.hasError())
            return false;
    }
    return file.flush() && ::fsync(file.handle()) == 0;
}

struct Decision {
    QString kind; // accept, answer, reject
    std::optional<ProposedPatch> patch;
    QList<QPair<QString, QString>> answers;
};

std::optional<Refusal> parseDecision(const QJsonObject &body, Decision *out)
{
    const QJsonValue decision = body.value(QLatin1String("decision"));
    if (decision.isUndefined() || decision.isNull())
        return Refusal{400, QStringLiteral("decision is required: accept, answer or reject")};
    out->kind = decision.toString();
    if (!decision.isString() ||
        !(out->kind == QLatin1String("accept") || out->kind == QLatin1String("answer") ||
          out->kind == QLatin1String("reject")))
        return Refusal{400, QStringLiteral("decision must be one of accept, answer, reject")};

    const QJsonValue patch = body.value(QLatin1String("patch"));
    if (!patch.isUndefined() && !patch.isNull()) {
        if (out->kind != QLatin1String("accept"))
            return Refusal{400, QStringLiteral("patch is only for decision \"accept\"")};
        if (!patch.isObject() || !patch.toObject().value(QLatin1String("actions")).isArray())
            return Refusal{400, QStringLiteral("patch must be an object {summary?, actions: [...]}")};
        const QJsonArray actions = patch.toObject().value(QLatin1String("actions")).toArray();
        for (qsizetype i = 0; i < actions.size(); ++i) {
            QString why;
            if (!actions.at(i).isObject() || !FixAction::fromJson(actions.at(i).toObject(), &why))
                return Refusal{400, QStringLiteral("patch.actions[%1]: %2")
                                        .arg(i)
                                        .arg(why.isEmpty() ? QStringLiteral("must be an object") : why)};
        }
        out->patch = ProposedPatch::fromJson(patch.toObject());
    }

    const QJsonValue answers = body.value(QLatin1String("answers"));
    if (out->kind == QLatin1String("answer")) {
        if (!answers.isArray() || answers.toArray().isEmpty())
            return Refusal{400, QStringLiteral("answers is required for decision \"answer\": [{id, value}]")};
        const QJsonArray list = answers.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject answer = list.at(i).toObject();
            const QJsonValue id = answer.value(QLatin1String("id"));
            const QJsonValue value = answer.value(QLatin1String("value"));
            if (!list.at(i).isObject() || !id.isString() || id.toString().isEmpty())
                return Refusal{400, QStringLiteral("answers[%1].id is required: a question id").arg(i)};
            if (!value.isString())
                return Refusal{
                    400,
                    QStringLiteral("answers[%1].value is required: an option label, id or free text").arg(i)};
            out->answers.append({id.toString(), value.toString()});
        }
    } else if (!answers.isUndefined() && !answers.isNull()) {
        return Refusal{400, QStringLiteral("answers is only for decision \"answer\"")};
    }
    return std::nullopt;
}

} // namespace

namespace {

// What an answer to a blocked run or a free-form correction settles: this file header feeds that
// template column of that sheet (a pinned plan column, replayed as is).
struct Pin {
    QString sheetId;
    QString column;
    QString header;
    int index = -1; // the header's position in its file
};

struct RunFile {
    QString name;
    QStringList headers;
};

struct CompanySheet {
    QString id;
    Template tmpl;
};

// A free-form correction: one `map "<file column>" to <field>` per line (or `;`); <field> may be
// <slug>.<field>. The column is looked for in the run's files, the field in the company's sheets.
std::optional<Refusal> correctionPins(const QString &text, const QList<RunFile> &files,
                                      const QList<CompanySheet> &sheets, QList<Pin> *pins)
{
    static const QRegularExpression mapping(
        QStringLiteral(R"re(^map\s+(?:"([^"]+)"|(\S+))\s+(?:to|onto|->)\s+"?([^"\s]+?)"?\.?$)re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separators(QStringLiteral("[\n;]"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString line = part.trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch m = mapping.match(line);
        if (!m.hasMatch())
            return Refusal{
                400, QStringLiteral("I don't understand \"%1\": a correction is map \"<file column>\" to"
                                    " <field> (or <sheet>.<field>), one per line")
                         .arg(line)};
        const QString header = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        QString field = m.captured(3);
        QString slug;
        if (const qsizetype dot = field.indexOf(QLatin1Char('.')); dot > 0) {
            slug = field.left(dot);
            field = field.mid(dot + 1);
        }
        QList<Pin> found;
        QList<bool> named; // the file's name mentions the sheet
        bool headerSeen = false;
        for (const RunFile &file : files) {
            qsizetype at = -1;
            for (qsizetype h = 0; h < file.headers.size() && at < 0; ++h)
                if (file.headers[h].compare(header, Qt::CaseInsensitive) == 0)
                    at = h;
            if (at < 0)
                continue;
            headerSeen = true;
            for (const CompanySheet &sheet : sheets) {
                if (!slug.isEmpty() && sheet.tmpl.slug.compare(slug, Qt::CaseInsensitive) != 0)
                    continue;
                for (const TemplateColumn &c : sheet.tmpl.columns) {
                    if (c.name.compare(field, Qt::CaseInsensitive) != 0)
                        continue;
                    found.append(Pin{sheet.id, c.name, file.headers[at], int(at)});
                    named.append(nameMentions(nameWords(file.name), sheet.tmpl.slug));
                }
            }
        }
        if (!headerSeen)
            return Refusal{
                400, QStringLiteral("\"%1\": no file of this import has a column \"%2\"").arg(line, header)};
        if (found.size() > 1 && named.count(true) == 1)
            found = {found[named.indexOf(true)]};
        if (found.isEmpty())
            return Refusal{400, QStringLiteral("\"%1\": no sheet of this company has the field \"%2\"")
                                    .arg(line, m.captured(3))};
        if (found.size() > 1)
            return Refusal{400,
                           QStringLiteral("\"%1\": several sheets have the field \"%2\": name the sheet, e.g."
                                          " <slug>.%2")
                               .arg(line, field)};
        pins->append(found.first());
    }
    if (pins->isEmpty())
        return Refusal{400, QStringLiteral("The correction is empty")};
    return std::nullopt;
}

// A blocked run's answers as pins: each value is an option's id or label, or (allowCustom) a column of
// the file, matched case-insensitively. Every question needs an answer.
std::optional<Refusal> answerPins(const QJsonArray &answers, const QJsonArray &questions, QList<Pin> *pins)
{
    QSet<QString> answered;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString id = answers[i].toObject().value(QLatin1String("id")).toString();
        const QString value = answers[i].toObject().value(QLatin1String("value")).toString().trimmed();
        QJsonObject q;
        for (const QJsonValue &candidate : questions)
            if (candidate.toObject().value(QLatin1String("id")).toString() == id)
                q = candidate.toObject();
        if (q.isEmpty())
            return Refusal{400, QStringLiteral("answers[%1].id: unknown question id \"%2\"").arg(i).arg(id)};
        QString header;
        for (const QJsonValue &option : q.value(QLatin1String("options")).toArray()) {
            const QJsonObject o = option.toObject();
            if (o.value(QLatin1String("id")).toString() == value ||
                o.value(QLatin1String("label")).toString().compare(value, Qt::CaseInsensitive) == 0)
                header = o.value(QLatin1String("label")).toString();
        }
        const QStringList headers = q.value(QLatin1String("headers")).toVariant().toStringList();
        if (header.isEmpty()) {
            for (const QString &h : headers)
                if (h.compare(value, Qt::CaseInsensitive) == 0)
                    header = h;
        }
        if (header.isEmpty())
            return Refusal{
                400, QStringLiteral("answers[%1].value: \"%2\" is neither an option of %3 nor a column of"
                                    " the file")
                         .arg(i)
                         .arg(value, id)};
        pins->append(Pin{q.value(QLatin1String("sheet_id")).toString(),
                         q.value(QLatin1String("column")).toString(), header, int(headers.indexOf(header))});
        answered.insert(id);
    }
    for (const QJsonValue &q : questions) {
        const QString id = q.toObject().value(QLatin1String("id")).toString();
        if (!answered.contains(id))
            return Refusal{
                400,
                QStringLiteral("answers: the question %1 has no answer (one entry per question)").arg(id)};
    }
    return std::nullopt;
}

} // namespace

ImportRoutes::ImportRoutes(Database &database, UploadStore &uploads, ImportRunner &runner)
    : m_database(database)
    , m_uploads(uploads)
    , m_runner(runner)
{}

std::optional<QJsonObject> ImportRoutes::runBody(const QSqlDatabase &db, const QString &companyId,
                                                 const QString &runId)
{
    if (!isUuid(runId))
        return std::nullopt;
    QSqlQuery row =
        exec(db,
             QStringLiteral("SELECT id, status, created_at, progress_message, plan_version, report_json,"
                            " attention_json, error, questions_json FROM import_runs"
                            " WHERE id = ? AND company_id = ?"),
             {runId.toLower(), companyId});
    if (!row.next())
        return std::nullopt;
    const QString status = row.value(1).toString();
    QJsonObject body{{QLatin1String("run_id"), row.value(0).toString()},
                     {QLatin1String("kind"), QStringLiteral("import")},
                     {QLatin1String("status"), status},
                     {QLatin1String("created_at"), row.value(2).toString()}};
    if (!row.isNull(4))
        body.insert(QLatin1String("plan_version"), row.value(4).toInt());
    if (status == QLatin1String("queued") || status == QLatin1String("running")) {
        body.insert(QLatin1String("progress_message"), row.value(3).toString());
    } else if (status == QLatin1String("needs_attention")) {
        body.insert(QLatin1String("report"), objectOf(row.value(5)));
        body.insert(QLatin1String("needs_attention"), objectOf(row.value(6)));
    } else if (status == QLatin1String("completed")) {
        body.insert(QLatin1String("report"), objectOf(row.value(5)));
    } else if (status == QLatin1String("failed")) {
        body.insert(QLatin1String("error"), row.value(7).toString());
    } else if (status == QLatin1String("blocked")) {
        // The API's BlockedQuestion (camelCase): what each answer pins stays on the server.
        QJsonArray questions;
        for (const QJsonValue &value : arrayOf(row.value(8))) {
            const QJsonObject q = value.toObject();
            questions.append(
                QJsonObject{{QLatin1String("id"), q.value(QLatin1String("id"))},
                            {QLatin1String("question"), q.value(QLatin1String("question"))},
                            {QLatin1String("options"), q.value(QLatin1String("options"))},
                            {QLatin1String("allowCustom"), q.value(QLatin1String("allowCustom"))}});
        }
        body.insert(QLatin1String("questions"), questions);
    }
    return body;
}

void ImportRoutes::addRoutes(Router &router)
{
    router.post(QStringLiteral("/api/v1/companies/{id}/imports"), [this](RequestContext &request,
                                                                         httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString companyId = companyOf(db, request);
        if (companyId.isEmpty()) {
            sendError(response, 404, QStringLiteral("Company not found"));
            return;
        }
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        ImportRequest parsed;
        if (const std::optional<Refusal> refusal = parseImportRequest(*body, &parsed)) {
            sendRefusal(response, *refusal);
            return;
        }

        const QString runId = newUuid();
        // Inline rows go to disk before the run is committed: a committed run always has its input.
        if (parsed.rows &&
            !writeInlineRows(m_runner.absolutePath(ImportRunner::inlineRowsPath(runId)), *parsed.rows)) {
            QDir(m_runner.absolutePath(ImportRunner::runDirectory(runId))).removeRecursively();
            sendError(response, 500, QStringLiteral("Could not store the inline rows"));
            return;
        }
        int status = 201;
        QString resultRunId = runId;
        QString resultStatus = QStringLiteral("queued");
        try {
            inTransaction(db, [&] {
                // Replays first: the same key and payload give the existing run back, even while it runs
                // (API §3.2.4: the way to recover a lost run_id).
                if (!parsed.idempotencyKey.isEmpty()) {
                    const IdempotencyClaim claim = claimIdempotencyKey(
                        db, companyId, QStringLiteral("import"), parsed.idempotencyKey, *body, runId);
                    if (claim.kind == IdempotencyClaim::Kind::Conflict)
                        throw Refusal{
                            409,
                            QStringLiteral("idempotency_key \"%1\" was already used with another payload")
                                .arg(parsed.idempotencyKey),
                            QJsonObject{{QLatin1String("run_id"), claim.runId}}};
                    if (claim.kind == IdempotencyClaim::Kind::Replay) {
                        QSqlQuery existing = exec(
                            db, QStringLiteral("SELECT status FROM import_runs WHERE id = ?"), {claim.runId});
                        status = 200;
                        resultRunId = claim.runId;
                        resultStatus =
                            existing.next() ? existing.value(0).toString() : QStringLiteral("queued");
                        return;
                    }
                }
                // The files: completed uploads of this company.
                QList<QPair<QString, QString>> inputs; // name, upload id (null for inline rows)
                for (qsizetype i = 0; i < parsed.files.size(); ++i) {
                    QSqlQuery upload =
                        exec(db,
                             QStringLiteral("SELECT id, status FROM uploads WHERE company_id = ?"
                                            " AND storage_path = ?"),
                             {companyId, parsed.files[i].uploadRef});
                    if (!upload.next())
                        throw Refusal{400, QStringLiteral(
                                               "files[%1].upload_ref: no upload of this company has that ref")
                                               .arg(i)};
                    if (upload.value(1).toString() != QLatin1String("complete"))
                        throw Refusal{
                            400,
                            QStringLiteral("files[%1].upload_ref: the upload has not arrived (PUT the file's "
                                           "bytes to its upload_url first)")
                                .arg(i)};
                    inputs.append({parsed.files[i].name, upload.value(0).toString()});
                }
                if (parsed.rows)
                    inputs.append({QStringLiteral("rows"), QString()});

                QSqlQuery active =
                    exec(db,
                         QStringLiteral("SELECT id FROM import_runs WHERE company_id = ? AND status IN"
                                        " (%1) ORDER BY created_at DESC LIMIT 1")
                             .arg(activeImportStatusesSql()),
                         {companyId});
                if (active.next())
                    throw Refusal{
                        409,
                        QStringLiteral("Another import is in progress for this company: wait until it is "
                                       "completed, failed or canceled"),
                        QJsonObject{{QLatin1String("run_id"), active.value(0).toString()}}};

                const QString now = utcTimestamp();
                exec(db,
                     QStringLiteral("INSERT INTO import_runs (id, company_id, status, progress_message, pass,"
                                    " interruptions, settled_json, created_at, updated_at)"
                                    " VALUES (?, ?, 'queued', ?, 1, 0, '[]', ?, ?)"),
                     {runId, companyId, QStringLiteral("Queued"), now, now});
                for (qsizetype i = 0; i < inputs.size(); ++i)
                    exec(db,
                         QStringLiteral("INSERT INTO import_run_inputs (run_id, position, name, upload_id) "
                                        "VALUES (?, ?, ?, ?)"),
                         {runId, int(i), inputs[i].first,
                          inputs[i].second.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                     : QVariant(inputs[i].second)});
            });
        } catch (const Refusal &refusal) {
            QDir(m_runner.absolutePath(ImportRunner::runDirectory(runId))).removeRecursively();
            sendRefusal(response, refusal);
            return;
        } catch (...) {
            QDir(m_runner.absolutePath(ImportRunner::runDirectory(runId))).removeRecursively();
            throw;
        }
        if (status == 201)
            m_runner.enqueue(runId, 1);
        else
            QDir(m_runner.absolutePath(ImportRunner::runDirectory(runId))).removeRecursively();
        sendJson(response, status,
                 QJsonObject{{QLatin1String("run_id"), resultRunId},
                             {QLatin1String("status"), resultStatus},
                             {QLatin1String("poll_url"), pollUrl(companyId, resultRunId)}});
    });

    router.get(QStringLiteral("/api/v1/companies/{id}/imports"), [this](RequestContext &request,
                                                                        httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        const QString companyId = companyOf(db, request);
        if (companyId.isEmpty()) {
            sendError(response, 404, QStringLiteral("Company not found"));
            return;
        }
        QString filter;
        if (request.raw().has_param("status")) {
            filter = QString::fromStdString(request.raw().get_param_value("status"));
            if (filter != QLatin1String("active") && !isImportStatus(filter)) {
                sendError(response, 400,
                          QStringLiteral("status must be active, queued, running, needs_attention, blocked, "
                                         "completed, failed or canceled"));
                return;
            }
        }
        QString sql = QStringLiteral(
            "SELECT id, status, created_at, plan_version FROM import_runs WHERE company_id = ?");
        QVariantList values{companyId};
        if (filter == QLatin1String("active")) {
            sql += QStringLiteral(" AND status IN (%1)").arg(activeImportStatusesSql());
        } else if (!filter.isEmpty()) {
            sql += QStringLiteral(" AND status = ?");
            values.append(filter);
        }
        sql += QStringLiteral(" ORDER BY created_at DESC, rowid DESC");
        QSqlQuery rows = exec(db, sql, values);
        QJsonArray runs;
        while (rows.next()) {
            QJsonObject run{{QLatin1String("run_id"), rows.value(0).toString()},
                            {QLatin1String("kind"), QStringLiteral("import")},
                            {QLatin1String("status"), rows.value(1).toString()},
                            {QLatin1String("created_at"), rows.value(2).toString()}};
            if (!rows.isNull(3))
                run.insert(QLatin1String("plan_version"), rows.value(3).toInt());
            runs.append(run);
        }
        sendJson(response, 200, QJsonObject{{QLatin1String("runs"), runs}});
    });

    router.get(QStringLiteral("/api/v1/companies/{id}/imports/{run_id}"),
               [this](RequestContext &request, httplib::Response &response) {
                   const QSqlDatabase db = m_database.connection();
                   const QString companyId = companyOf(db, request);
                   if (companyId.isEmpty()) {
                       sendError(response, 404, QStringLiteral("Company not found"));
                       return;
                   }
                   const std::optional<QJsonObject> body =
                       runBody(db, companyId, request.param(QStringLiteral("run_id")));
                   if (!body) {
                       sendError(response, 404, QStringLiteral("Import run not found"));
                       return;
                   }
                   sendJson(response, 200, *body);
               });

    router.patch(QStringLiteral("/api/v1/companies/{id}/imports/{run_id}"), [this](
                                                                                RequestContext &request,
                                                                                httplib::Response &response) {
        const QSqlDatabase db = m_database.connection();
        QString companyId;
        QString runId;
        if (!requestedRun(db, request, response, &companyId, &runId))
            return;
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        if (body->value(QLatin1String("status")) != QJsonValue(QStringLiteral("cancel_requested")) ||
            body->size() != 1) {
            sendError(response, 400,
                      QStringLiteral("status must be \"cancel_requested\" (the only change a run accepts)"));
            return;
        }
        QString previous;
        try {
            inTransaction(db, [&] {
                QSqlQuery run =
                    exec(db, QStringLiteral("SELECT status FROM import_runs WHERE id = ?"), {runId});
                previous = run.next() ? run.value(0).toString() : QString();
                if (!isActiveImportStatus(previous))
                    throw Refusal{
                        409, QStringLiteral("The run is already %1: only a queued, running or paused run can "
                                            "be canceled")
                                 .arg(previous)};
                const QString now = utcTimestamp();
                exec(db,
                     QStringLiteral("UPDATE import_runs SET status = 'canceled', progress_message = NULL,"
                                    " updated_at = ?, finished_at = ? WHERE id = ?"),
                     {now, now, runId});
            });
        } catch (const Refusal &refusal) {
            sendRefusal(response, refusal);
            return;
        }
        // A pass in flight stops at its next progress report; the worker removes its files.
        m_runner.cancel(runId);
        if (previous != QLatin1String("running"))
            m_runner.removeUnneededPasses(runId);
        sendJson(response, 200, *runBody(db, companyId, runId));
    });

    router.post(QStringLiteral("/api/v1/companies/{id}/imports/{run_id}/decisions"), [this](RequestContext
                                                                                                &request,
                                                                                            httplib::Response
                                                                                                &response) {
        const QSqlDatabase db = m_database.connection();
        QString companyId;
        QString runId;
        if (!requestedRun(db, request, response, &companyId, &runId))
            return;
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        Decision decision;
        if (const std::optional<Refusal> refusal = parseDecision(*body, &decision)) {
            sendRefusal(response, *refusal);
            return;
        }
        QString account;
        {
            QSqlQuery row =
                exec(db, QStringLiteral("SELECT account_id FROM companies WHERE id = ?"), {companyId});
            account = row.next() ? row.value(0).toString() : QString();
        }
        int newPass = 0;
        QString newStatus;
        QStringList replaced;
        try {
            inTransaction(db, [&] {
                QSqlQuery run =
                    exec(db,
                         QStringLiteral("SELECT status, pass, attention_json, fixes_json, settled_json,"
                                        " outputs_json FROM import_runs WHERE id = ?"),
                         {runId});
                if (!run.next())
                    throw Refusal{404, QStringLiteral("Import run not found")};
                const QString status = run.value(0).toString();
                if (status != QLatin1String("needs_attention"))
                    throw Refusal{
                        409, QStringLiteral("The run is %1, not needs_attention: there is nothing to decide")
                                 .arg(status)};
                const QJsonObject attention = objectOf(run.value(2));
                const ProposedFixes fixes = fixesFromStorage(
                    arrayOf(run.value(3)), attention.value(QLatin1String("proposed_patch")).toObject());
                const QString now = utcTimestamp();

                if (decision.kind == QLatin1String("reject")) {
                    // The paused pass's rows become the sheets' rows, flagged ones included (API §3.2.5).
                    replaced = ImportRunner::commitOutputs(db, runId, outputsFromJson(arrayOf(run.value(5))));
                    exec(db,
                         QStringLiteral("UPDATE import_runs SET status = 'completed', attention_json = NULL,"
                                        " fixes_json = NULL, updated_at = ?, finished_at = ? WHERE id = ?"),
                         {now, now, runId});
                    newStatus = QStringLiteral("completed");
                    return;
                }

                ProposedPatch patch;
                QString why;
                if (decision.kind == QLatin1String("answer")) {
                    for (qsizetype i = 0; i < decision.answers.size(); ++i) {
                        const QString &id = decision.answers[i].first;
                        if (std::none_of(fixes.questions.begin(), fixes.questions.end(),
                                         [&id](const FixQuestion &q) { return q.id == id; }))
                            throw Refusal{
                                400,
                                QStringLiteral("answers[%1].id: unknown question id \"%2\"").arg(i).arg(id)};
                    }
                    const std::optional<ProposedPatch> answered =
                        fixes.patchForAnswers(decision.answers, &why);
                    if (!answered)
                        throw Refusal{400, QStringLiteral("answers: %1").arg(why)};
                    patch = *answered;
                } else {
                    patch = decision.patch ? *decision.patch : fixes.patch;
                }

                // The company's sheets and templates, to apply the patch to the current plan.
                QList<Template> templates;
                QHash<QString, Template> bySheet;
                QSqlQuery sheets = exec(
                    db, QStringLiteral("SELECT id, template_id FROM company_sheets WHERE company_id = ?"),
                    {companyId});
                while (sheets.next()) {
                    if (std::optional<Template> tmpl =
                            loadTemplate(db, account, sheets.value(1).toString())) {
                        bySheet.insert(sheets.value(0).toString(), *tmpl);
                        templates.append(*tmpl);
                    }
                }
                std::optional<Plan> current;
                if (const std::optional<QJsonObject> stored = latestCompanyPlan(db, companyId))
                    current = Plan::fromJson(*stored);
                if (!current)
                    throw Refusal{409, QStringLiteral("The company has no plan yet to change")};
                for (qsizetype i = 0; i < patch.actions.size(); ++i) {
                    const QString &sheetId = patch.actions[i].sheetId;
                    if (!bySheet.contains(sheetId))
                        throw Refusal{
                            400,
                            QStringLiteral("patch.actions[%1].sheet_id: %2 is not a sheet of this company")
                                .arg(i)
                                .arg(sheetId)};
                    current->sheetFor(sheetId, bySheet.value(sheetId));
                }
                const QString note =
                    decision.kind == QLatin1String("answer")
                        ? QStringLiteral("Answered the questions of run %1").arg(runId)
                        : (decision.patch ? QStringLiteral("Accepted an edited fix in run %1").arg(runId)
                                          : QStringLiteral("Accepted the proposed fix of run %1").arg(runId));
                const std::optional<Plan> next = current->applied(patch.actions, templates, note, &why);
                if (!next)
                    throw Refusal{400, QStringLiteral("patch: %1").arg(why)};
                exec(
                    db,
                    QStringLiteral(
                        "INSERT INTO company_plans (company_id, version, plan_json, note, run_id, created_at)"
                        " VALUES (?, ?, ?, ?, ?, ?)"),
                    {companyId, next->version, json(next->toJson()), note, runId, now});

                // The groups asked about are settled: the re-run does not pause on them again.
                QJsonArray settled = arrayOf(run.value(4));
                for (const FixQuestion &q : fixes.questions)
                    settled.append(QJsonObject{{QLatin1String("sheet_id"), q.sheetId},
                                               {QLatin1String("column"), q.column},
                                               {QLatin1String("error"), q.error}});
                newPass = run.value(1).toInt() + 1;
                exec(
                    db,
                    QStringLiteral("UPDATE import_runs SET status = 'running', pass = ?, plan_version = ?,"
                                   " progress_message = ?, report_json = NULL, attention_json = NULL,"
                                   " fixes_json = NULL, outputs_json = NULL, settled_json = ?, updated_at = ?"
                                   " WHERE id = ?"),
                    {newPass, next->version,
                     QStringLiteral("Running again with plan version %1").arg(next->version), json(settled),
                     now, runId});
                newStatus = QStringLiteral("running");
            });
        } catch (const Refusal &refusal) {
            sendRefusal(response, refusal);
            return;
        }
        if (newPass > 0)
            m_runner.enqueue(runId, newPass);
        m_runner.removeLocations(replaced);
        m_runner.removeUnneededPasses(runId);
        sendJson(response, 200,
                 QJsonObject{{QLatin1String("run_id"), runId}, {QLatin1String("status"), newStatus}});
    });

    // Answers to a blocked import (API §3.2.6), and free-form corrections of a run that has not ended: both
    // pin file columns to template columns in plan version n+1, and the run runs again with it.
    router.post(QStringLiteral("/api/v1/companies/{id}/imports/{run_id}/messages"), [this](RequestContext
                                                                                               &request,
                                                                                           httplib::Response
                                                                                               &response) {
        const QSqlDatabase db = m_database.connection();
        QString companyId;
        QString runId;
        const std::optional<QJsonObject> run = requestedRun(db, request, response, &companyId, &runId);
        if (!run)
            return;
        const std::optional<QJsonObject> body = jsonBody(request, response);
        if (!body)
            return;
        const QJsonValue answers = body->value(QLatin1String("answers"));
        const QJsonValue message = body->value(QLatin1String("message"));
        const bool hasAnswers = !answers.isUndefined() && !answers.isNull();
        const bool hasMessage = !message.isUndefined() && !message.isNull();
        if (!hasAnswers && !hasMessage) {
            sendError(response, 400,
                      QStringLiteral("answers is required: [{id, value}] for the questions, or a string (a "
                                     "free-form correction; message is accepted too)"));
            return;
        }
        if (hasAnswers && hasMessage) {
            sendError(response, 400, QStringLiteral("Send either answers or message, not both"));
            return;
        }
        bool freeForm = false;
        if (hasMessage) {
            if (!message.isString() || message.toString().trimmed().isEmpty()) {
                sendError(response, 400, QStringLiteral("message must be a non-empty string"));
                return;
            }
            freeForm = true;
        } else if (answers.isString()) {
            if (answers.toString().trimmed().isEmpty()) {
                sendError(response, 400, QStringLiteral("answers must not be an empty string"));
                return;
            }
            freeForm = true;
        } else {
            if (!answers.isArray() || answers.toArray().isEmpty()) {
                sendError(response, 400,
                          QStringLiteral("answers must be a non-empty array of {id, value} or a string"));
                return;
            }
            const QJsonArray list = answers.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject answer = list.at(i).toObject();
                if (!list.at(i).isObject() || !answer.value(QLatin1String("id")).isString() ||
                    answer.value(QLatin1String("id")).toString().isEmpty()) {
                    sendError(response, 400,
                              QStringLiteral("answers[%1].id is required: a question id").arg(i));
                    return;
                }
                if (!answer.value(QLatin1String("value")).isString()) {
                    sendError(
                        response, 400,
                        QStringLiteral("answers[%1].value is required: an option label or free text").arg(i));
                    return;
                }
            }
        }
        const QString status = run->value(QLatin1String("status")).toString();
        if (!isActiveImportStatus(status)) {
            sendError(
                response, 409,
                freeForm
                    ? QStringLiteral("The run is %1: a free-form correction steers only a run that "
                                     "has not ended")
                          .arg(status)
                    : QStringLiteral("The run is %1, not blocked: there is nothing to answer").arg(status));
            return;
        }
        if (!freeForm && status != QLatin1String("blocked")) {
            sendError(response, 409,
                      QStringLiteral("The run is %1, not blocked: there is nothing to answer").arg(status));
            return;
        }

        // The company's sheets, and for a correction the run's files' headers.
        QList<CompanySheet> sheets;
        {
            QList<QPair<QString, QString>> rows; // sheet id, template id
            QString account;
            {
                QSqlQuery sheetRows =
                    exec(db,
                         QStringLiteral("SELECT s.id, s.template_id, c.account_id FROM company_sheets s"
                                        " JOIN companies c ON c.id = s.company_id WHERE s.company_id = ?"),
                         {companyId});
                while (sheetRows.next()) {
                    rows.append({sheetRows.value(0).toString(), sheetRows.value(1).toString()});
                    account = sheetRows.value(2).toString();
                }
            }
            for (const auto &[sheetId, templateId] : std::as_const(rows))
                if (std::optional<Template> tmpl = loadTemplate(db, account, templateId))
                    sheets.append(CompanySheet{sheetId, *tmpl});
        }
        QList<Pin> pins;
        if (freeForm) {
            QList<RunFile> files;
            QList<QPair<QString, QVariant>> inputs; // name, upload id (NULL: inline rows)
            {
                QSqlQuery inputRows = exec(db,
                                           QStringLiteral("SELECT name, upload_id FROM import_run_inputs"
                                                          " WHERE run_id = ? ORDER BY position"),
                                           {runId});
                while (inputRows.next())
                    inputs.append({inputRows.value(0).toString(), inputRows.value(1)});
            }
            for (const auto &[name, upload] : std::as_const(inputs))
                files.append(RunFile{name, readHead(upload.isNull() ? m_runner.absolutePath(
                                                                          ImportRunner::inlineRowsPath(runId))
                                                                    : m_uploads.filePath(upload.toString()))
                                               .input.headers});
            const QString text = hasMessage ? message.toString() : answers.toString();
            if (const std::optional<Refusal> refusal = correctionPins(text, files, sheets, &pins)) {
                sendRefusal(response, *refusal);
                return;
            }
        }

        int newPass = 0;
        int version = 0;
        QString previous;
        try {
            inTransaction(db, [&] {
                QSqlQuery current = exec(
                    db, QStringLiteral("SELECT status, pass, questions_json FROM import_runs WHERE id = ?"),
                    {runId});
                if (!current.next())
                    throw Refusal{404, QStringLiteral("Import run not found")};
                previous = current.value(0).toString();
                if (freeForm ? !isActiveImportStatus(previous) : previous != QLatin1String("blocked"))
                    throw Refusal{409,
                                  QStringLiteral("The run is %1, not blocked: there is nothing to answer")
                                      .arg(previous)};
                if (!freeForm) {
                    if (const std::optional<Refusal> refusal =
                            answerPins(answers.toArray(), arrayOf(current.value(2)), &pins))
                        throw *refusal;
                }

                // Plan version n+1 (1 when the company has none yet): the pins, replayed as they are.
                std::optional<Plan> latest;
                if (const std::optional<QJsonObject> stored = latestCompanyPlan(db, companyId))
                    latest = Plan::fromJson(*stored);
                Plan next = latest ? *latest : Plan{};
                next.version = latest ? latest->version + 1 : 1;
                next.note = freeForm
                                ? QStringLiteral("A correction sent to run %1").arg(runId)
                                : QStringLiteral("Answered the questions of the blocked run %1").arg(runId);
                for (const Pin &pin : std::as_const(pins)) {
                    const auto sheet =
                        std::find_if(sheets.cbegin(), sheets.cend(),
                                     [&pin](const CompanySheet &s) { return s.id == pin.sheetId; });
                    if (sheet == sheets.cend())
                        continue; // the sheet was removed meanwhile
                    SheetPlan &sheetPlan = next.sheetFor(pin.sheetId, sheet->tmpl);
                    for (PlanColumn &other : sheetPlan.columns) // a header feeds one column
                        if (other.pinned && other.source == pin.header && other.column != pin.column) {
                            other.source.clear();
                            other.sourceIndex = -1;
                        }
                    PlanColumn &column = sheetPlan.columnFor(pin.column);
                    column.source = pin.header;
                    column.sourceIndex = pin.index;
                    column.pinned = true;
                }
                const QString now = utcTimestamp();
                exec(db,
                     QStringLiteral("INSERT INTO company_plans (company_id, version, plan_json, note, run_id,"
                                    " created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {companyId, next.version, json(next.toJson()), next.note, runId, now});
                version = next.version;
                newPass = current.value(1).toInt() + 1;
                exec(db,
                     QStringLiteral("UPDATE import_runs SET status = 'running', pass = ?, plan_version = ?,"
                                    " progress_message = ?, report_json = NULL, attention_json = NULL,"
                                    " fixes_json = NULL, outputs_json = NULL, questions_json = NULL,"
                                    " updated_at = ? WHERE id = ?"),
                     {newPass, version, QStringLiteral("Running again with plan version %1").arg(version),
                      now, runId});
            });
        } catch (const Refusal &refusal) {
            sendRefusal(response, refusal);
            return;
        }
        // A pass in flight stops at its next progress report; the new one starts from the beginning.
        m_runner.cancel(runId);
        m_runner.enqueue(runId, newPass);
        m_runner.removeUnneededPasses(runId);
        sendJson(response, 200,
                 QJsonObject{{QLatin1String("run_id"), runId},
                             {QLatin1String("status"), QStringLiteral("running")},
                             {QLatin1String("plan_version"), version}});
    });

    router.get(QStringLiteral("/api/v1/companies/{id}/export.csv"),
               [this](RequestContext &request, httplib::Response &response) {
                   const QSqlDatabase db = m_database.connection();
                   const QString companyId = companyOf(db, request);
                   if (companyId.isEmpty()) {
                       sendError(response, 404, QStringLiteral("Company not found"));
                       return;
                   }
                   serveCompanyExport(db, m_runner, request, response, companyId);
               });
}

} // namespace godwit::server
