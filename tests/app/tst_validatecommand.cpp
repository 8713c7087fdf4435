// SPDX-License-Identifier: GPL-3.0-or-later
// `godwit validate`: the mapping, the report and the proposed fixes, headless.
#include "app/validatecommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using godwit::app::ValidateCommand;

namespace {

struct Output {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Output validate(const QStringList &arguments)
{
    Output result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = ValidateCommand::run(QStringList{QStringLiteral("validate")} + arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

const QByteArray kContacts = "Given Name,Surname,E-Mail Address,Phone\r\n"
                             "Ann,Lee,ann@example.com,+49 30 1234567\r\n"
                             "Bo,Ek,bo@@example,+33 1 42 68 53 00\r\n"
                             "Cy,Wu,cy@example.com,+1 415 555 2671\r\n";

} // namespace

class TestValidateCommand : public QObject {
    Q_OBJECT
private slots:
    void init();
    void flaggedRowsExitOne();
    void validFileExitsZero();
    void jsonInTheApiShapes();
    void writesValidInvalidAndPlan();
    void planReplayAfterDrift();
    void templateFromJsonFile();
    void errorsExitTwo_data();
    void errorsExitTwo();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestValidateCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestValidateCommand::flaggedRowsExitOne()
{
    const Output r = validate({write(QStringLiteral("c.csv"), kContacts), QStringLiteral("--template"),
                               QStringLiteral("contacts")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("email")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("\"E-Mail Address\"")));
    QVERIFY(r.out.contains(QStringLiteral("3 validated, 2 valid, 1 flagged")));
    QVERIFY(r.out.contains(QStringLiteral("\"bo@@example\" (row 3)")));
    QVERIFY(r.out.contains(QStringLiteral("fq0")));
}

void TestValidateCommand::validFileExitsZero()
{
    QByteArray valid = kContacts;
    valid.replace("bo@@example", "bo@example.org");
    const Output r = validate(
        {write(QStringLiteral("ok.csv"), valid), QStringLiteral("--template"), QStringLiteral("Contacts")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
}

void TestValidateCommand::jsonInTheApiShapes()
{
    const Output r = validate({write(QStringLiteral("c.csv"), kContacts), QStringLiteral("--template"),
                               QStringLiteral("contacts"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject j = r.json();
    const QJsonObject report = j.value(QStringLiteral("report")).toObject();
    QCOMPARE(report.value(QStringLiteral("invalidCellCount")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("inserted")).toInt(), 3); // flagged rows are stored too (API §1.10)
    QCOMPARE(report.value(QStringLiteral("perSheet"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("rowCount"))
                 .toInt(),
             3);
    const QJsonObject attention = j.value(QStringLiteral("needs_attention")).toObject();
    const QJsonObject question = attention.value(QStringLiteral("questions")).toArray().at(0).toObject();
    QCOMPARE(question.value(QStringLiteral("id")).toString(), QStringLiteral("fq0"));
    QCOMPARE(question.value(QStringLiteral("target")).toObject().value(QStringLiteral("column")).toString(),
             QStringLiteral("email"));
    QVERIFY(attention.value(QStringLiteral("proposed_patch")).toObject().contains(QStringLiteral("actions")));
    const QJsonArray mapping =
        j.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("columns")).toArray();
    QCOMPARE(mapping.at(0).toObject().value(QStringLiteral("header")).toString(),
             QStringLiteral("Given Name"));
    QCOMPARE(j.value(QStringLiteral("plan")).toObject().value(QStringLiteral("version")).toInt(), 1);
}

void TestValidateCommand::writesValidInvalidAndPlan()
{
    const QString valid = m_dir->filePath(QStringLiteral("valid.csv"));
    const QString invalid = m_dir->filePath(QStringLiteral("invalid.csv"));
    const QString plan = m_dir->filePath(QStringLiteral("plan.json"));
    const Output r =
        validate({write(QStringLiteral("c.csv"), kContacts), QStringLiteral("--template"),
                  QStringLiteral("contacts"), QStringLiteral("--write-valid"), valid,
                  QStringLiteral("--write-invalid"), invalid, QStringLiteral("--write-plan"), plan});
    QCOMPARE(r.exitCode, 1);
    QFile v(valid);
    QVERIFY(v.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = v.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // header, 2 rows, trailing empty
    QVERIFY(lines.at(1).contains("+49301234567"));
    QFile i(invalid);
    QVERIFY(i.open(QIODevice::ReadOnly));
    QVERIFY(i.readAll().contains("bo@@example"));
    QFile p(plan);
    QVERIFY(p.open(QIODevice::ReadOnly));
    const QJsonObject planJson = QJsonDocument::fromJson(p.readAll()).object();
    QCOMPARE(planJson.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(QJsonDocument(planJson).toJson().contains("E-Mail Address"));
}

void TestValidateCommand::planReplayAfterDrift()
{
    const QString plan = m_dir->filePath(QStringLiteral("plan.json"));
    // First file: odd headers found by content; recorded in the plan.
    const QByteArray first =
        "Vorname,Nachname,Kontakt\r\nAnn,Lee,ann@example.com\r\nBo,Ek,bo@example.com\r\n";
    QCOMPARE(validate({write(QStringLiteral("a.csv"), first), QStringLiteral("--template"),
                       QStringLiteral("contacts"), QStringLiteral("--write-plan"), plan})
                 .exitCode,
             0);
    // Next file: reordered, re-spelled, empty e-mails in the sample — the plan still finds them.
    const QByteArray second = "KONTAKT,Nachname,Vorname\r\n,Lee,Ann\r\ncy@example.com,Wu,Cy\r\n";
    const Output r =
        validate({write(QStringLiteral("b.csv"), second), QStringLiteral("--template"),
                  QStringLiteral("contacts"), QStringLiteral("--plan"), plan, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1); // the empty required e-mail
    const QJsonArray mapping =
        r.json().value(QStringLiteral("mapping")).toObject().value(QStringLiteral("columns")).toArray();
    QCOMPARE(mapping.at(2).toObject().value(QStringLiteral("header")).toString(), QStringLiteral("KONTAKT"));
    QCOMPARE(mapping.at(2).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("plan"));
}

void TestValidateCommand::templateFromJsonFile()
{
    const QString tmpl = write(QStringLiteral("t.json"),
                               R"({"id": "t1", "name": "Codes", "columns": [
                                   {"name": "code", "required": true, "unique": true, "desiredRule": "strict",
                                    "strictRule": "^[A-Z]{3}$"}]})");
    const Output r = validate({write(QStringLiteral("c.csv"), "code\r\nABC\r\nabcd\r\nABC\r\n"),
                               QStringLiteral("--template"), tmpl, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(
        r.json().value(QStringLiteral("report")).toObject().value(QStringLiteral("invalidCellCount")).toInt(),
        2);
}

void TestValidateCommand::errorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("no template") << QStringList{QStringLiteral("FILE")} << QStringLiteral("--template");
    QTest::newRow("unknown template")
        << QStringList{QStringLiteral("FILE"), QStringLiteral("--template"), QStringLiteral("invoices")}
        << QStringLiteral("contacts");
    QTest::newRow("drift") << QStringList{QStringLiteral("DRIFT"), QStringLiteral("--template"),
                                          QStringLiteral("contacts")}
                           << QStringLiteral("\"email\"");
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/x.csv"),
                                                 QStringLiteral("--template"), QStringLiteral("contacts")}
                                  << QStringLiteral("Cannot open");
    QTest::newRow("bad plan") << QStringList{QStringLiteral("FILE"), QStringLiteral("--template"),
                                             QStringLiteral("contacts"), QStringLiteral("--plan"),
                                             QStringLiteral("BADPLAN")}
                              << QStringLiteral("date_order");
    QTest::newRow("bad threads") << QStringList{QStringLiteral("FILE"), QStringLiteral("--template"),
                                                QStringLiteral("contacts"), QStringLiteral("--threads"),
                                                QStringLiteral("many")}
                                 << QStringLiteral("--threads");
}

void TestValidateCommand::errorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    for (QString &a : arguments) {
        if (a == u"FILE")
            a = write(QStringLiteral("c.csv"), kContacts);
        else if (a == u"DRIFT")
            a = write(QStringLiteral("d.csv"), "first_name,last_name\r\nA,B\r\n");
        else if (a == u"BADPLAN")
            a = write(
                QStringLiteral("p.json"),
                R"({"sheets": [{"sheet_id": "x", "columns": [{"column": "birth_date", "date_order": "x"}]}]})");
    }
    const Output r = validate(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
