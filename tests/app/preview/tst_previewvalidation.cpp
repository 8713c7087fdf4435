// SPDX-License-Identifier: GPL-3.0-or-later
// validateForPreview / exportValidated / pinnedMapping / TemplateCache: the preview's offline
// validation against a bundled template — flagged cells by record and file column, the flagged
// records, a pinned mapping, the questions, the three exports and the cache of account templates.
#include "app/preview/backgroundtask.h"
#include "app/preview/previewvalidation.h"
#include "app/preview/templatecache.h"
#include "engine/bundledtemplates.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <memory>

using namespace godwit;

namespace {

// A preamble line, a header with the e-mail column first, two bad e-mails (records 3 and 6).
const QByteArray kContacts = "Exported from CRM on 2026-11-01\r\n"
                             "email,first_name,last_name,birth_date\r\n"
                             "ana@example.com,Ana,Müller,1980-01-31\r\n"
                             "ben-at-example.org,Ben,Smith,1975-12-01\r\n"
                             "chloe@example.fr,Chloé,Dubois,2001-07-14\r\n"
                             "dmitri@example.com,Dmitri,Rossi,1990-02-28\r\n"
                             "elodie@@example,Élodie,García,\r\n"
                             "fiona@example.ie,Fiona,Walsh,1988-03-03\r\n";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPreviewValidation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void flagsCellsByRecordAndFileColumn();
    void pinnedMappingIsReplayed();
    void unmappingARequiredColumnIsDrift();
    void exportsValidFlaggedAndNormalised();
    void cancelledExportLeavesNothing();
    void templateCacheRoundTrip();

private:
    app::PreviewValidationRequest request(const QByteArray &bytes);
    QTemporaryDir m_dir;
    engine::Template m_contacts;
    int m_files = 0;
};

void TestPreviewValidation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto contacts = engine::bundledTemplate(QStringLiteral("contacts"));
    QVERIFY(contacts);
    m_contacts = *contacts;
}

app::PreviewValidationRequest TestPreviewValidation::request(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("in%1.csv").arg(++m_files));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    app::PreviewValidationRequest request;
    request.path = path;
    request.tmpl = m_contacts;
    return request;
}

void TestPreviewValidation::flagsCellsByRecordAndFileColumn()
{
    app::TaskControl control;
    const app::PreviewValidationResult result = app::validateForPreview(request(kContacts), control);
    QVERIFY2(result.ok(), qPrintable(app::validationFailureText(result.validation)));
    const engine::ValidationReport &report = result.validation.report;
    QCOMPARE(report.rowCount(), 6);
    QCOMPARE(report.invalidCellCount(), 2);
    QCOMPARE(report.validRowCount(), 4);

    const int email = int(m_contacts.columns.indexOf(*m_contacts.column(QStringLiteral("email"))));
    QCOMPARE(result.sources.value(email), 0); // the file's first column feeds "email"
    QCOMPARE(result.invalidCells(email), 2);

    // Records are 0-based with the preamble and the header: the bad e-mails are records 3 and 6.
    QVERIFY(result.flaggedRecords);
    QCOMPARE(*result.flaggedRecords, (std::vector<qint64>{3, 6}));
    const QList<app::PreviewCellFlag> flags = result.flagsAt(3, 0);
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().templateColumn, email);
    QCOMPARE(flags.first().rule, engine::CellRule::Email);
    QVERIFY(result.flagsAt(3, 1).isEmpty()); // the first name of that row is fine
    QVERIFY(result.flagsAt(2, 0).isEmpty());
    QCOMPARE(result.flagsAt(6, 0).size(), 1);

    // The server's question about the e-mails, with both rows counted.
    QCOMPARE(result.fixes.questions.size(), 1);
    const engine::FixQuestion &q = result.fixes.questions.first();
    QCOMPARE(q.column, QStringLiteral("email"));
    QCOMPARE(q.error, QStringLiteral("email"));
    QCOMPARE(q.affectedCount, 2);
    QVERIFY(q.sampleValues.contains(QStringLiteral("ben-at-example.org")));
    QVERIFY(!q.options.isEmpty());
}

void TestPreviewValidation::pinnedMappingIsReplayed()
{
    // The names swapped by a person: both pins are replayed, and the mapping says they were chosen.
    app::PreviewValidationRequest req = request(kContacts);
    app::TaskControl control;
    const app::PreviewValidationResult first = app::validateForPreview(req, control);
    QVERIFY(first.ok());
    const int firstName = 0;
    const int lastName = 1;
    QCOMPARE(m_contacts.columns[firstName].name, QStringLiteral("first_name"));
    QCOMPARE(first.sources.value(firstName), 1);
    QCOMPARE(first.sources.value(lastName), 2);
    req.plan = app::pinnedMapping(std::nullopt, m_contacts, QStringLiteral("first_name"), 2,
                                  first.validation.headers);
    req.plan =
        app::pinnedMapping(req.plan, m_contacts, QStringLiteral("last_name"), 1, first.validation.headers);
    QVERIFY(req.plan->column(QStringLiteral("first_name"))->pinned);
    QCOMPARE(req.plan->column(QStringLiteral("first_name"))->source, QStringLiteral("last_name"));
    QCOMPARE(req.plan->column(QStringLiteral("last_name"))->source, QStringLiteral("first_name"));
    const app::PreviewValidationResult second = app::validateForPreview(req, control);
    QVERIFY2(second.ok(), qPrintable(app::validationFailureText(second.validation)));
    QCOMPARE(second.sources.value(firstName), 2);
    QCOMPARE(second.sources.value(lastName), 1);
    QCOMPARE(second.validation.mapping.columns[firstName].method, engine::MappingMethod::Pinned);
    QCOMPARE(second.validation.mapping.columns[lastName].method, engine::MappingMethod::Pinned);
}

void TestPreviewValidation::unmappingARequiredColumnIsDrift()
{
    app::PreviewValidationRequest req = request(kContacts);
    app::TaskControl control;
    const app::PreviewValidationResult first = app::validateForPreview(req, control);
    req.plan =
        app::pinnedMapping(std::nullopt, m_contacts, QStringLiteral("email"), -1, first.validation.headers);
    const app::PreviewValidationResult result = app::validateForPreview(req, control);
    QVERIFY(!result.ok());
    QVERIFY(result.validation.driftError);
    QVERIFY2(app::validationFailureText(result.validation).contains(QStringLiteral("email")),
             qPrintable(app::validationFailureText(result.validation)));
    QVERIFY(result.fixes.isEmpty());
}

void TestPreviewValidation::exportsValidFlaggedAndNormalised()
{
    const app::PreviewValidationRequest req = request(kContacts);
    app::TaskControl control;
    const QString valid = m_dir.filePath(QStringLiteral("valid.csv"));
    const QString flagged = m_dir.filePath(QStringLiteral("flagged.csv"));
    const QString all = m_dir.filePath(QStringLiteral("all.csv"));

    app::PreviewExportResult r = app::exportValidated(req, app::ValidatedExport::Valid, valid, control);
    QCOMPARE(r.status, app::PreviewExportResult::Status::Done);
    QCOMPARE(r.rowsWritten, 4);
    QByteArray bytes = readAll(valid);
    QCOMPARE(r.bytesWritten, bytes.size());
    QList<QByteArray> lines = bytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // header + 4 rows
    QVERIFY2(lines[0].startsWith("first_name,last_name,email,phone"), lines[0].constData()); // template order
    QVERIFY(bytes.contains("ana@example.com"));
    QVERIFY(!bytes.contains("ben-at-example.org"));
    QVERIFY(!bytes.contains("Exported from CRM"));

    r = app::exportValidated(req, app::ValidatedExport::Flagged, flagged, control);
    QCOMPARE(r.status, app::PreviewExportResult::Status::Done);
    QCOMPARE(r.rowsWritten, 2);
    bytes = readAll(flagged);
    lines = bytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[1].contains("ben-at-example.org")); // as the file had it
    QVERIFY(lines[2].contains("elodie@@example"));
    QVERIFY(!bytes.contains("ana@example.com"));

    r = app::exportValidated(req, app::ValidatedExport::Normalised, all, control);
    QCOMPARE(r.status, app::PreviewExportResult::Status::Done);
    QCOMPARE(r.rowsWritten, 6);
    lines = readAll(all).trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines[1].startsWith("Ana,Müller,ana@example.com"));
}

void TestPreviewValidation::cancelledExportLeavesNothing()
{
    const app::PreviewValidationRequest req = request(kContacts);
    const QString out = m_dir.filePath(QStringLiteral("cancelled.csv"));
    auto result = std::make_shared<app::PreviewExportResult>();
    app::BackgroundTask exporter(QStringLiteral("export"), [req, out, result](app::TaskControl &c) {
        // Cancel from inside: the first progress report after it ends the pass.
        while (!c.isCancelled())
            QThread::msleep(1);
        *result = app::exportValidated(req, app::ValidatedExport::Normalised, out, c);
    });
    exporter.start(app::BackgroundTask::Priority::Normal);
    exporter.cancel();
    exporter.wait();
    QCOMPARE(result->status, app::PreviewExportResult::Status::Cancelled);
    QVERIFY(!QFile::exists(out));
}

void TestPreviewValidation::templateCacheRoundTrip()
{
    const app::TemplateCache cache(m_dir.filePath(QStringLiteral("cache")));
    QVERIFY(!cache.load(QStringLiteral("remote-1")));
    app::CachedTemplates stored{QStringLiteral("remote-1"), QStringLiteral("Acme production"),
                                QDateTime(QDate(2026, 11, 22), QTime(10, 30), QTimeZone::utc()),
                                engine::bundledTemplates()};
    QString error;
    QVERIFY2(cache.store(stored, &error), qPrintable(error));
    const auto loaded = cache.load(QStringLiteral("remote-1"));
    QVERIFY(loaded);
    QCOMPARE(loaded->profileName, stored.profileName);
    QCOMPARE(loaded->savedAt, stored.savedAt);
    QCOMPARE(loaded->templates.size(), stored.templates.size());
    QCOMPARE(loaded->templates, stored.templates);
    QVERIFY(!cache.load(QStringLiteral("remote-2"))); // per profile
}

QTEST_GUILESS_MAIN(TestPreviewValidation)
#include "tst_previewvalidation.moc"
