// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the import tests: a company, an uploaded file, an import polled to where it stops.

#include "apiclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

namespace godwit::test {

// A contacts file whose every row is valid (5 rows).
inline const QByteArray kCleanContacts = "First Name,Last Name,E-mail,Phone,Birth Date,Opted In\r\n"
                                         "Ana,Müller,ana@example.com,+49 30 1234567,1980-01-31,yes\r\n"
                                         "Ben,Smith,ben@example.org,+44 20 7946 0958,1975-12-01,no\r\n"
                                         "Chloé,Dubois,chloe@example.fr,+33 1 42 68 53 00,2001-07-14,yes\r\n"
                                         "Dmitri,Rossi,dmitri@example.com,,1990-02-28,no\r\n"
                                         "Élodie,García,elodie@example.es,,,yes\r\n";

// Six rows, two of them with a bad e-mail (rows 3 and 6 of the file).
inline const QByteArray kBadEmails = "first_name,last_name,email\r\n"
                                     "Ana,Müller,ana@example.com\r\n"
                                     "Ben,Smith,ben-at-example.org\r\n"
                                     "Chloé,Dubois,chloe@example.fr\r\n"
                                     "Dmitri,Rossi,dmitri@example.com\r\n"
                                     "Élodie,García,elodie@@example\r\n"
                                     "Fiona,Walsh,fiona@example.ie\r\n";

class ImportClient {
public:
    explicit ImportClient(const ServerProcess &server)
        : m_server(server)
        , m_api(server)
    {}
    const ApiClient &api() const { return m_api; }

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {}) const
    {
        auto headers = m_api.key();
        if (!body.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return httpRequest(method, m_api.url(path), headers, body, 60000);
    }
    HttpResult post(const QString &path, const QJsonObject &body) const
    {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult get(const QString &path) const { return request("GET", path); }

    // A company of the Salesforce source with the given templates (all when empty); its id.
    QString createCompany(const QStringList &templateIds = {kContactsTemplate})
    {
        QJsonObject body{{QLatin1String("name"), QStringLiteral("Company %1").arg(++m_counter)},
                         {QLatin1String("source"), kSalesforce}};
        if (!templateIds.isEmpty())
            body.insert(QLatin1String("template_ids"), QJsonArray::fromStringList(templateIds));
        const HttpResult created = post(QStringLiteral("/companies"), body);
        if (created.status != 201)
            return {};
        return created.json()
            .value(QLatin1String("company"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    }
    QString sheetId(const QString &companyId, int index = 0) const
    {
        return get(QStringLiteral("/companies/") + companyId)
            .json()
            .value(QLatin1String("sheets"))
            .toArray()
            .at(index)
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    }

    // Mints an upload, PUTs `bytes`; the upload_ref (empty on failure). `put` false: minted only.
    QString upload(const QString &companyId, const QString &name, const QByteArray &bytes,
                   const QByteArray &type = "text/csv", bool put = true) const
    {
        const HttpResult minted = post(QStringLiteral("/companies/%1/uploads").arg(companyId),
                                       QJsonObject{{QLatin1String("name"), name},
                                                   {QLatin1String("content_type"), QString::fromLatin1(type)},
                                                   {QLatin1String("size"), double(bytes.size())}});
        if (minted.status != 201)
            return {};
        if (put) {
            const QUrl url(minted.json().value(QLatin1String("upload_url")).toString());
            const HttpResult stored = httpRequest("PUT", url, {{"Content-Type", type}}, bytes, 120000);
            if (stored.status != 200)
                return {};
        }
        return minted.json().value(QLatin1String("upload_ref")).toString();
    }

    static QJsonObject filesBody(const QString &name, const QString &ref, const QString &key = {})
    {
        QJsonObject body{
            {QLatin1String("files"),
             QJsonArray{QJsonObject{{QLatin1String("name"), name}, {QLatin1String("upload_ref"), ref}}}}};
        if (!key.isEmpty())
            body.insert(QLatin1String("idempotency_key"), key);
        return body;
    }

    HttpResult startImport(const QString &companyId, const QJsonObject &body) const
    {
        return post(QStringLiteral("/companies/%1/imports").arg(companyId), body);
    }
    // Upload + import; the run id (empty on failure).
    QString importFile(const QString &companyId, const QString &name, const QByteArray &bytes,
                       const QByteArray &type = "text/csv") const
    {
        const QString ref = upload(companyId, name, bytes, type);
        if (ref.isEmpty())
            return {};
        const HttpResult started = startImport(companyId, filesBody(name, ref));
        return started.status == 201 ? started.json().value(QLatin1String("run_id")).toString() : QString();
    }

    QString runPath(const QString &companyId, const QString &runId) const
    {
        return QStringLiteral("/companies/%1/imports/%2").arg(companyId, runId);
    }
    QJsonObject poll(const QString &companyId, const QString &runId) const
    {
        return get(runPath(companyId, runId)).json();
    }
    // Polls until the run is neither queued nor running (or `timeoutMs` passed): its last poll body.
    QJsonObject waitForRun(const QString &companyId, const QString &runId, int timeoutMs = 60000) const
    {
        QElapsedTimer timer;
        timer.start();
        QJsonObject body;
        do {
            body = poll(companyId, runId);
            const QString status = body.value(QLatin1String("status")).toString();
            if (status != QLatin1String("queued") && status != QLatin1String("running"))
                return body;
            QTest::qWait(20);
        } while (timer.elapsed() < timeoutMs);
        return body;
    }
    HttpResult decide(const QString &companyId, const QString &runId, const QJsonObject &body) const
    {
        return post(runPath(companyId, runId) + QStringLiteral("/decisions"), body);
    }
    HttpResult cancel(const QString &companyId, const QString &runId) const
    {
        return request("PATCH", runPath(companyId, runId), R"({"status":"cancel_requested"})");
    }
    HttpResult download(const QString &companyId, const QString &query) const
    {
        return get(QStringLiteral("/companies/%1/export.csv%2").arg(companyId, query));
    }

private:
    const ServerProcess &m_server;
    ApiClient m_api;
    int m_counter = 0;
};

inline QJsonObject reportOf(const QJsonObject &poll)
{
    return poll.value(QLatin1String("report")).toObject();
}

inline qint64 numberOf(const QJsonObject &object, const char *key)
{
    return qint64(object.value(QLatin1String(key)).toDouble(-1));
}

// Data lines of a CSV download (records; these files have no line breaks inside fields).
inline QList<QByteArray> csvLines(const QByteArray &body)
{
    QList<QByteArray> lines = body.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

// `rows` clean contact rows (first_name,last_name,email), generated.
inline QByteArray generatedContacts(int rows)
{
    QByteArray out = "first_name,last_name,email\r\n";
    out.reserve(rows * 40);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "First" + n + ",Last" + n + ",user" + n + "@example.com\r\n";
    }
    return out;
}

} // namespace godwit::test
