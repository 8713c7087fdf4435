// SPDX-License-Identifier: GPL-3.0-or-later
// The offline preview's validation report equals the real godwit-server's for the same file,
// template and plan: a godwit-server on 127.0.0.1 port 0, a company with the contacts sheet, the
// file uploaded and imported, the run polled to its end — then the preview validates the same
// bytes against the bundled contacts template (the server's seed) and must say the same: rows,
// valid rows, invalidCellCount, perSheet, every column's counts, rules and samples, the mapping,
// and the questions with their targets.
#include "app/preview/backgroundtask.h"
#include "app/preview/previewvalidation.h"
#include "engine/bundledtemplates.h"
#include "server/importclient.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace godwit;
using namespace godwit::test;

namespace {

// Headers drifted from the template's names (order, spelling, case), one bad e-mail.
const QByteArray kDrifted = "E-Mail Address,Surname,Given Name,Mobile,Date Of Birth\r\n"
                            "ana@example.com,Müller,Ana,+49 30 1234567,1980-01-31\r\n"
                            "ben@example.org,Smith,Ben,+44 20 7946 0958,1975-12-01\r\n"
                            "chloe.example.fr,Dubois,Chloé,,2001-07-14\r\n"
                            "dmitri@example.com,Rossi,Dmitri,,1990-02-28\r\n";

// Day-first dates (25/12 decides the order), one that does not exist, one empty.
const QByteArray kDayFirst = "first_name;last_name;email;birth_date\r\n"
                             "Ana;Müller;ana@example.com;31/01/1980\r\n"
                             "Ben;Smith;ben@example.org;01/12/1975\r\n"
                             "Gus;Berg;gus@example.com;25/12/1969\r\n"
                             "Dmitri;Rossi;dmitri@example.com;30/02/1990\r\n"
                             "Élodie;García;elodie@example.es;\r\n"
                             "Fiona;Walsh;fiona@example.ie;03/03/1988\r\n";

QJsonObject withoutKey(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

QByteArray compact(const QJsonValue &value)
{
    return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestPreviewParity : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameReportAsTheServer_data();
    void sameReportAsTheServer();

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ImportClient> m_client;
    QTemporaryDir m_dir;
};

void TestPreviewParity::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), m_server->standardError().constData());
    m_client = std::make_unique<ImportClient>(*m_server);
}

void TestPreviewParity::cleanupTestCase()
{
    m_client.reset();
    if (m_server)
        QVERIFY(m_server->stop());
}

void TestPreviewParity::sameReportAsTheServer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("invalidRows");
    QTest::newRow("clean") << kCleanContacts << QStringLiteral("completed") << 0;
    QTest::newRow("bad e-mails") << kBadEmails << QStringLiteral("needs_attention") << 2;
    QTest::newRow("drifted headers") << kDrifted << QStringLiteral("needs_attention") << 1;
    QTest::newRow("day-first dates") << kDayFirst << QStringLiteral("needs_attention") << 1;
}

void TestPreviewParity::sameReportAsTheServer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, status);
    QFETCH(int, invalidRows);

    // The server: a company with the contacts sheet, the file uploaded and imported, polled to its end.
    const QString company = m_client->createCompany({kContactsTemplate});
    QVERIFY(!company.isEmpty());
    const QString sheet = m_client->sheetId(company);
    QVERIFY(!sheet.isEmpty());
    const QString run = m_client->importFile(company, QStringLiteral("contacts.csv"), bytes);
    QVERIFY2(!run.isEmpty(), m_server->standardError().constData());
    const QJsonObject poll = m_client->waitForRun(company, run);
    QCOMPARE(poll.value(QLatin1String("status")).toString(), status);
    const QJsonObject serverReport = reportOf(poll);
    QCOMPARE(numberOf(serverReport, "invalidCellCount"), invalidRows);

    // The preview: the same bytes, the bundled contacts template (the server's seed), no plan
    // (a first import has none), the company's sheet id.
    const QString path = m_dir.filePath(QStringLiteral("%1.csv").arg(run));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const auto contacts = engine::bundledTemplate(kContactsTemplate);
    QVERIFY(contacts);
    app::PreviewValidationRequest request;
    request.path = path;
    request.tmpl = *contacts;
    request.sheetId = sheet;
    app::TaskControl control;
    const app::PreviewValidationResult preview = app::validateForPreview(request, control);
    QVERIFY2(preview.ok(), qPrintable(app::validationFailureText(preview.validation)));
    const engine::ValidationReport &report = preview.validation.report;

    // Rows, valid rows, invalidCellCount, perSheet.
    const QJsonObject previewReport = engine::ValidationReport::toJson({report});
    const QJsonArray perSheet = serverReport.value(QLatin1String("perSheet")).toArray();
    QCOMPARE(perSheet.size(), 1);
    QCOMPARE(numberOf(perSheet.at(0).toObject(), "rowCount"), report.rowCount());
    QCOMPARE(numberOf(serverReport, "inserted"), report.rowCount());
    QCOMPARE(numberOf(serverReport, "invalidCellCount"), report.invalidCellCount());
    QCOMPARE(report.validRowCount(), report.rowCount() - invalidRows);
    QCOMPARE(compact(serverReport.value(QLatin1String("perSheet"))),
             compact(previewReport.value(QLatin1String("perSheet"))));
    // Every column's counts, rules, samples with their rows.
    QCOMPARE(compact(serverReport.value(QLatin1String("columns"))),
             compact(previewReport.value(QLatin1String("columns"))));
    // The whole report, but for the server's list of files.
    QCOMPARE(compact(withoutKey(serverReport, QStringLiteral("files"))), compact(previewReport));

    // The mapping the server healed is the preview's.
    const QJsonObject file = serverReport.value(QLatin1String("files")).toArray().at(0).toObject();
    QCOMPARE(compact(file.value(QLatin1String("mapping"))),
             compact(preview.validation.mapping.toJson(preview.validation.headers)));

    // The questions: the same ones, on the same targets (sheet, column, rule, count, samples).
    const QJsonArray serverQuestions =
        poll.value(QLatin1String("needs_attention")).toObject().value(QLatin1String("questions")).toArray();
    QCOMPARE(serverQuestions.size(), preview.fixes.questions.size());
    for (qsizetype i = 0; i < serverQuestions.size(); ++i) {
        const QJsonObject server = serverQuestions.at(i).toObject();
        const QJsonObject local = preview.fixes.questions[i].toJson();
        QCOMPARE(compact(server.value(QLatin1String("target"))),
                 compact(local.value(QLatin1String("target"))));
        QCOMPARE(server.value(QLatin1String("prompt")).toString(),
                 local.value(QLatin1String("prompt")).toString());
        QCOMPARE(compact(server.value(QLatin1String("options"))),
                 compact(local.value(QLatin1String("options"))));
    }
}

QTEST_GUILESS_MAIN(TestPreviewParity)
#include "tst_previewparity.moc"
