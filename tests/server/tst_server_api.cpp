// SPDX-License-Identifier: GPL-3.0-or-later
// The real godwit-server over HTTP: authentication, error precedence, discovery bodies against seed.json.
#include "support/http.h"
#include "support/serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using godwit::test::httpRequest;
using godwit::test::HttpResult;
using godwit::test::ServerProcess;

namespace {

const QString kMissing = QStringLiteral("Missing API key: send it in the x-api-key header");
const QString kInvalid = QStringLiteral("Invalid API key");

// {"<key>": value}, usable inside QCOMPARE (no braces with commas).
QJsonObject one(const char *key, const QJsonValue &value)
{
    QJsonObject object;
    object.insert(QLatin1String(key), value);
    return object;
}

QString errorOf(const HttpResult &result)
{
    return result.json().value(QLatin1String("error")).toString();
}

QJsonArray sortedByName(QJsonArray array)
{
    QList<QJsonValue> values(array.begin(), array.end());
    std::sort(values.begin(), values.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(QLatin1String("name")).toString().toLower() <
               b.toObject().value(QLatin1String("name")).toString().toLower();
    });
    QJsonArray sorted;
    for (const QJsonValue &value : values)
        sorted.append(value);
    return sorted;
}

} // namespace

class TestServerApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void missingKeyIs401();
    void wrongKeyIs401();
    void bearerAloneIs401();
    void keyHeaderNameIsCaseInsensitive();
    void aliasHeaderIsAcceptedAndNeverEmitted();
    void authComesBeforeRouting();
    void routingComesBeforeTheBodyCap();
    void pathsOutsideTheApiNeedNoKey();
    void sourcesMatchTheSeed();
    void templatesMatchTheSeed();
    void headServesGetRoutes();

private:
    HttpResult get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers) const
    {
        return httpRequest("GET", url(path), headers);
    }
    HttpResult authed(const QByteArray &method, const QString &path, const QByteArray &body = {}) const
    {
        return httpRequest(method, url(path), {{"x-api-key", m_server.apiKey().toUtf8()}}, body);
    }
    QUrl url(const QString &path) const { return QUrl(m_server.baseUrl().toString() + path); }
    QJsonObject seed() const;

    ServerProcess m_server;
};

void TestServerApi::initTestCase()
{
    QVERIFY2(m_server.start(), m_server.standardError().constData());
}

void TestServerApi::cleanupTestCase()
{
    const bool stopped = m_server.stop();
    QVERIFY2(!m_server.standardError().contains(m_server.apiKey().toUtf8()), "the key appeared in the log");
    QVERIFY2(stopped, m_server.standardError().constData());
}

QJsonObject TestServerApi::seed() const
{
    QFile file(qEnvironmentVariable("GODWIT_SOURCE_DIR") + QStringLiteral("/resources/seed/seed.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestServerApi::missingKeyIs401()
{
    const HttpResult result = get(QStringLiteral("/sources"), {});
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json(), one("error", kMissing));
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(get(QStringLiteral("/sources"), {{"x-api-key", ""}}).status, 401);
}

void TestServerApi::wrongKeyIs401()
{
    const HttpResult result =
        get(QStringLiteral("/sources"), {{"x-api-key", "gwk_certainly-not-a-valid-key"}});
    QCOMPARE(result.status, 401);
    QCOMPARE(errorOf(result), kInvalid);
    // A near miss is as wrong as anything else.
    const QByteArray almost = m_server.apiKey().toUtf8().chopped(1) + 'x';
    QCOMPARE(errorOf(get(QStringLiteral("/sources"), {{"x-api-key", almost}})), kInvalid);
}

void TestServerApi::bearerAloneIs401()
{
    const HttpResult result =
        get(QStringLiteral("/sources"), {{"Authorization", "Bearer " + m_server.apiKey().toUtf8()}});
    QCOMPARE(result.status, 401);
    QCOMPARE(errorOf(result), kMissing);
    const HttpResult cookie =
        get(QStringLiteral("/sources"), {{"Cookie", "session=" + m_server.apiKey().toUtf8()}});
    QCOMPARE(cookie.status, 401);
}

void TestServerApi::keyHeaderNameIsCaseInsensitive()
{
    QCOMPARE(get(QStringLiteral("/sources"), {{"X-API-Key", m_server.apiKey().toUtf8()}}).status, 200);
}

void TestServerApi::aliasHeaderIsAcceptedAndNeverEmitted()
{
    const HttpResult result =
        get(QStringLiteral("/templates"), {{"anx-api-key", m_server.apiKey().toUtf8()}});
    QCOMPARE(result.status, 200);
    for (const auto &[name, value] : result.headers) {
        QVERIFY2(!name.toLower().contains("api-key"), name.constData());
        QVERIFY(!value.contains(m_server.apiKey().toUtf8()));
    }
    QCOMPARE(errorOf(get(QStringLiteral("/sources"), {{"anx-api-key", "wrong-but-long-enough"}})), kInvalid);
}

void TestServerApi::authComesBeforeRouting()
{
    // Without a key every /api/v1 path is 401, whether it exists or not, whatever the method.
    QCOMPARE(errorOf(get(QStringLiteral("/nothing/here"), {})), kMissing);
    QCOMPARE(httpRequest("POST", url(QStringLiteral("/sources")), {}, "{}").status, 401);
    QCOMPARE(httpRequest("DELETE", url(QStringLiteral("/templates")), {}).status, 401);

    const HttpResult missing = authed("GET", QStringLiteral("/nothing/here"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json(), one("error", QStringLiteral("Not found")));
    const HttpResult wrongMethod = authed("POST", QStringLiteral("/sources"), "{}");
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.json(), one("error", QStringLiteral("Method not allowed")));
    QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET, HEAD"));
    QCOMPARE(authed("GET", QStringLiteral("/sources/")).status, 404); // no trailing-slash aliases
}

void TestServerApi::routingComesBeforeTheBodyCap()
{
    // Over the 1 MiB JSON cap, but the route does not take the method: 405, not 413; no key: 401.
    const QByteArray big(1024 * 1024 + 1, ' ');
    const HttpResult wrongMethod = authed("PUT", QStringLiteral("/templates"), big);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(httpRequest("PUT", url(QStringLiteral("/templates")), {}, big).status, 401);
}

void TestServerApi::pathsOutsideTheApiNeedNoKey()
{
    const HttpResult result =
        httpRequest("GET", QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.port())));
    QCOMPARE(result.status, 404);
    QCOMPARE(errorOf(result), QStringLiteral("Not found"));
}

void TestServerApi::sourcesMatchTheSeed()
{
    const HttpResult result = authed("GET", QStringLiteral("/sources"));
    QCOMPARE(result.status, 200);
    const QJsonArray expected = sortedByName(seed().value(QLatin1String("sources")).toArray());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(result.json(), one("sources", expected));
    for (const QJsonValue &source : result.json().value(QLatin1String("sources")).toArray())
        QCOMPARE(source.toObject().keys(),
                 (QStringList{QStringLiteral("id"), QStringLiteral("logo_url"), QStringLiteral("name")}));
}

void TestServerApi::templatesMatchTheSeed()
{
    const HttpResult result = authed("GET", QStringLiteral("/templates"));
    QCOMPARE(result.status, 200);
    const QJsonArray expected = sortedByName(seed().value(QLatin1String("templates")).toArray());
    QVERIFY(!expected.isEmpty());
    const QJsonArray actual = result.json().value(QLatin1String("templates")).toArray();
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(actual.at(i).toObject(),
                 expected.at(i).toObject()); // id, name, slug, description, active, columns
}

void TestServerApi::headServesGetRoutes()
{
    const HttpResult result = authed("HEAD", QStringLiteral("/sources"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.isEmpty());
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
