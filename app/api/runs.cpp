// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/runs.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace godwit::app {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QDateTime dateOf(const QJsonObject &o, const char *key)
{
    const QString text = str(o, key);
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    return at;
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

RunReport reportFromJson(const QJsonObject &report, const QJsonArray &questions)
{
    RunReport r;
    r.present = !report.isEmpty();
    r.raw = report;
    r.rows = num(report, "inserted");
    r.invalidRows = num(report, "invalidCellCount");
    const QJsonArray sheets = report.value(QLatin1String("perSheet")).toArray();
    for (const QJsonValue &v : sheets) {
        const QJsonObject s = v.toObject();
        RunSheetReport sheet;
        sheet.templateName = str(s, "templateName");
        sheet.sheetId = str(s, "sheetId");
        sheet.rowCount = num(s, "rowCount");
        for (const char *key : {"invalidRowCount", "invalidCellCount", "invalid_row_count"}) {
            if (s.contains(QLatin1String(key))) {
                sheet.flaggedRows = num(s, key);
                break;
            }
        }
        r.perSheet.append(sheet);
    }
    // Flagged rows per column: our server's report.columns; else the questions' targets.
    const QJsonArray columns = report.value(QLatin1String("columns")).toArray();
    for (const QJsonValue &v : columns) {
        const QJsonObject c = v.toObject();
        r.columns.append({str(c, "sheetId"), str(c, "column"), num(c, "invalid")});
    }
    if (r.columns.isEmpty()) {
        QHash<QString, qsizetype> index;
        for (const QJsonValue &v : questions) {
            const QJsonObject target = v.toObject().value(QLatin1String("target")).toObject();
            const QString column = str(target, "column");
            if (column.isEmpty())
                continue;
            const QString sheetId = str(target, "sheet_id");
            const QString key = sheetId + QLatin1Char('\n') + column;
            const qint64 affected = num(target, "affected_count");
            if (auto it = index.constFind(key); it != index.constEnd()) {
                r.columns[*it].invalid = qMax(r.columns[*it].invalid, affected);
            } else {
                index.insert(key, r.columns.size());
                r.columns.append({sheetId, column, affected});
            }
        }
    }
    // Flagged rows per sheet where the server does not say.
    for (RunSheetReport &sheet : r.perSheet) {
        if (sheet.flaggedRows >= 0)
            continue;
        if (r.perSheet.size() == 1) {
            sheet.flaggedRows = r.invalidRows;
            continue;
        }
        qint64 most = 0;
        for (const RunColumnFlags &c : std::as_const(r.columns)) {
            if (c.sheetId == sheet.sheetId)
                most = qMax(most, c.invalid);
        }
        sheet.flaggedRows = most;
        sheet.flaggedIsLowerBound = true;
    }
    return r;
}

} // namespace

bool RunStatus::isTerminalStatus(const QString &status)
{
    static const QStringList terminal{QStringLiteral("completed"), QStringLiteral("failed"),
                                      QStringLiteral("canceled"),  QStringLiteral("cancelled"),
                                      QStringLiteral("succeeded"), QStringLiteral("awaiting_approval")};
    return terminal.contains(status);
}

bool RunStatus::needsAttentionStatus(const QString &status)
{
    return status == QLatin1String("needs_attention") || status == QLatin1String("blocked");
}

qint64 RunStatus::rowsDone() const
{
    if (report.present)
        return report.rows;
    // "contacts.csv (Contacts): Validating: 1,250,000 rows read (42%)"
    static const QRegularExpression rowsRead(QStringLiteral("([0-9][0-9,.\\x{00a0}\\x{202f}' ]*) rows"));
    const QRegularExpressionMatch match = rowsRead.match(progressMessage);
    if (!match.hasMatch())
        return -1;
    QString digits = match.captured(1);
    digits.removeIf([](QChar c) { return !c.isDigit(); });
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? value : -1;
}

int RunStatus::progressPercent() const
{
    static const QRegularExpression percent(QStringLiteral("\\((\\d{1,3})\\s?%\\)"));
    const QRegularExpressionMatch match = percent.match(progressMessage);
    return match.hasMatch() ? qBound(0, match.captured(1).toInt(), 100) : -1;
}

RunStatus RunStatus::fromJson(const QJsonObject &body)
{
    RunStatus run;
    run.raw = body;
    run.id = str(body, "run_id");
    if (run.id.isEmpty())
        run.id = str(body, "id");
    run.kind = str(body, "kind");
    run.status = str(body, "status");
    run.progressMessage = str(body, "progress_message");
    if (run.progressMessage.isEmpty())
        run.progressMessage = str(body, "message");
    if (body.contains(QLatin1String("plan_version")))
        run.planVersion = body.value(QLatin1String("plan_version")).toInt();
    else if (body.contains(QLatin1String("recipe_version")))
        run.planVersion = body.value(QLatin1String("recipe_version")).toInt();
    const QJsonObject attention = body.value(QLatin1String("needs_attention")).toObject();
    run.questions = attention.contains(QLatin1String("questions"))
                        ? attention.value(QLatin1String("questions")).toArray()
                        : body.value(QLatin1String("questions")).toArray();
    run.proposedPatch = attention.value(QLatin1String("proposed_patch")).toObject();
    run.blockedReason = str(body, "blocked_reason");
    run.error = str(body, "error");
    run.report = reportFromJson(body.value(QLatin1String("report")).toObject(), run.questions);
    run.createdAt = dateOf(body, "created_at");
    run.updatedAt = dateOf(body, "updated_at");
    if (!run.updatedAt.isValid())
        run.updatedAt = dateOf(body, "finished_at");
    return run;
}

GetRunRequest::GetRunRequest(const QString &pollUrl, QObject *parent)
    : ApiRequest("GET", pollUrl, parent)
{}

QString GetRunRequest::parseBody(const QJsonObject &body)
{
    m_run = RunStatus::fromJson(body);
    if (!m_run.isValid())
        return tr("The server's answer has no run status");
    return {};
}

QString GetImportRequest::pathFor(const QString &companyId, const QString &runId)
{
    return QStringLiteral("/companies/") + encoded(companyId) + QStringLiteral("/imports/") + encoded(runId);
}

GetImportRequest::GetImportRequest(const QString &companyId, const QString &runId, QObject *parent)
    : GetRunRequest(pathFor(companyId, runId), parent)
{}

ListImportsRequest::ListImportsRequest(const QString &companyId, bool activeOnly, QObject *parent)
    : ApiRequest("GET", QStringLiteral("/companies/") + encoded(companyId) + QStringLiteral("/imports"),
                 parent)
{
    if (activeOnly)
        setQuery(QUrlQuery{{QStringLiteral("status"), QStringLiteral("active")}});
}

QString ListImportsRequest::parseBody(const QJsonObject &body)
{
    if (!body.value(QLatin1String("runs")).isArray())
        return tr("The server's answer has no runs list");
    m_runs.clear();
    const QJsonArray runs = body.value(QLatin1String("runs")).toArray();
    for (const QJsonValue &v : runs) {
        RunStatus run = RunStatus::fromJson(v.toObject());
        if (run.id.isEmpty())
            return tr("runs[%1] has no run_id").arg(m_runs.size());
        m_runs.append(run);
    }
    return {};
}

QJsonObject CancelRunRequest::body()
{
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("cancel_requested")}};
}

CancelRunRequest::CancelRunRequest(const QString &pollUrl, QObject *parent)
    : ApiRequest("PATCH", pollUrl, parent)
{
    setJsonBody(body());
}

QString CancelRunRequest::parseBody(const QJsonObject &body)
{
    m_run = RunStatus::fromJson(body);
    if (!m_run.isValid())
        return tr("The server's answer has no run status");
    return {};
}

CancelImportRequest::CancelImportRequest(const QString &companyId, const QString &runId, QObject *parent)
    : CancelRunRequest(GetImportRequest::pathFor(companyId, runId), parent)
{}

} // namespace godwit::app
