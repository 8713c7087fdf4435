// SPDX-License-Identifier: GPL-3.0-or-later
// Self-healing mapping: a frozen plan survives files it didn't see.
#include "engine/bundledtemplates.h"
#include "engine/mapper.h"

#include <QJsonArray>
#include <QTest>

using namespace godwit::engine;

namespace {

Template contacts()
{
    const std::optional<Template> t = bundledTemplate(QStringLiteral("contacts"));
    if (!t)
        qFatal("the bundled contacts template is missing");
    return *t;
}

const ColumnMapping &column(const SheetMapping &m, const char *name)
{
    for (const ColumnMapping &c : m.columns)
        if (c.column == QLatin1String(name))
            return c;
    qFatal("no column %s", name);
}

QList<QStringList> rows(const QList<QStringList> &r)
{
    return r;
}

} // namespace

class TestMapper : public QObject {
    Q_OBJECT
private slots:
    void sameHeadersInAnotherOrder();
    void renamedHeaders();
    void contentBeyondAnyName();
    void extraAndMissingColumns();
    void requiredColumnMissingIsDrift();
    void planHeadersFoundAgain();
    void recordedPlanHealsTheNextFile();
    void pinnedChoicesWin();
    void ambiguousHeadersAreReported();
    void fileWithoutHeader();
    void contentContradictingTheName();
    void jsonShape();
};

void TestMapper::sameHeadersInAnotherOrder()
{
    const Template t = contacts();
    MappingInput in{
        {QStringLiteral("email"), QStringLiteral("last_name"), QStringLiteral("first_name")}, true, {}};
    const SheetMapping m = mapColumns(t, in);
    QVERIFY(m.isUsable());
    QCOMPARE(column(m, "email").source, 0);
    QCOMPARE(column(m, "last_name").source, 1);
    QCOMPARE(column(m, "first_name").source, 2);
    QCOMPARE(column(m, "email").confidence, 1.0);
    QCOMPARE(column(m, "email").method, MappingMethod::Name);
    QCOMPARE(column(m, "phone").source, -1);
    QVERIFY(m.unusedSources.isEmpty());
}

void TestMapper::renamedHeaders()
{
    const Template t = contacts();
    MappingInput in{
        {QStringLiteral("Given Name"), QStringLiteral("SURNAME"), QStringLiteral("E-Mail Address"),
         QStringLiteral("Mobile Phone"), QStringLiteral("Organisation"), QStringLiteral("Job Title"),
         QStringLiteral("Date of Birth"), QStringLiteral("Newsletter"), QStringLiteral("Comments")},
        true,
        {}};
    const SheetMapping m = mapColumns(t, in);
    QVERIFY(m.isUsable());
    const QStringList expected{
        QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
        QStringLiteral("phone"),      QStringLiteral("company"),   QStringLiteral("job_title"),
        QStringLiteral("birth_date"), QStringLiteral("opted_in"),  QStringLiteral("notes")};
    for (int i = 0; i < expected.size(); ++i) {
        const ColumnMapping &c = column(m, expected[i].toLatin1().constData());
        QVERIFY2(c.source == i, qPrintable(expected[i] + QStringLiteral(" <- ") + c.header +
                                           QStringLiteral(": ") + c.reason));
        QVERIFY(c.confidence >= 0.85);
        QVERIFY(!c.reason.isEmpty());
    }
}

void TestMapper::contentBeyondAnyName()
{
    const Template t = contacts();
    // "Field 3" says nothing; its values are e-mails. "Kol 4" holds phone numbers in E.164.
    MappingInput in{{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("Field 3"),
                     QStringLiteral("Kol 4")},
                    true,
                    rows({{QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.com"),
                           QStringLiteral("+49 30 1234567")},
                          {QStringLiteral("Bo"), QStringLiteral("Ek"), QStringLiteral("bo@example.org"),
                           QStringLiteral("+33 1 42 68 53 00")},
                          {QStringLiteral("Cy"), QStringLiteral("Wu"), QStringLiteral("CY@EXAMPLE.NET "),
                           QStringLiteral("+1 415 555 2671")}})};
    const SheetMapping m = mapColumns(t, in);
    QVERIFY(m.isUsable());
    QCOMPARE(column(m, "email").source, 2);
    QCOMPARE(column(m, "email").method, MappingMethod::Content);
    QVERIFY(column(m, "email").reason.contains(QStringLiteral("100%")));
    QCOMPARE(column(m, "phone").source, 3);
    QCOMPARE(column(m, "phone").method, MappingMethod::Content);
}

void TestMapper::extraAndMissingColumns()
{
    const Template t = contacts();
    MappingInput in{{QStringLiteral("Internal ID"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                     QStringLiteral("email"), QStringLiteral("Region Code")},
                    true,
                    {}};
    const SheetMapping m = mapColumns(t, in);
    QVERIFY(m.isUsable());
    QCOMPARE(m.unusedSources, (QList<int>{0, 4}));
    QCOMPARE(column(m, "notes").source, -1);
    QCOMPARE(column(m, "notes").reason, QStringLiteral("no column of the file fits"));
}

void TestMapper::requiredColumnMissingIsDrift()
{
    const Template t = contacts();
    const QStringList headers{QStringLiteral("first_name"), QStringLiteral("last_name"),
                              QStringLiteral("Notes")};
    const SheetMapping m =
        mapColumns(t, {headers, true, {{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}}});
    QVERIFY(!m.isUsable());
    QCOMPARE(m.missingRequired, QStringList{QStringLiteral("email")});
    const QString error = m.driftError(headers);
    QVERIFY(error.startsWith(QStringLiteral("Unrecoverable column drift")));
    QVERIFY(error.contains(QStringLiteral("\"email\"")));
    QVERIFY(error.contains(QStringLiteral("\"Notes\"")));
}

void TestMapper::planHeadersFoundAgain()
{
    const Template t = contacts();
    SheetPlan plan{t.id, t.id, t.name, {}};
    plan.columnFor(QStringLiteral("phone")).source = QStringLiteral("Kontakt-Nr. (intern)");
    plan.columnFor(QStringLiteral("email")).source = QStringLiteral("Adresse électronique");
    MappingInput in{{QStringLiteral("first_name"), QStringLiteral("last_name"),
                     QStringLiteral("KONTAKT NR INTERN"), QStringLiteral("Adresse électronique")},
                    true,
                    {}};
    const SheetMapping m = mapColumns(t, in, &plan);
    QCOMPARE(column(m, "email").source, 3);
    QCOMPARE(column(m, "email").method, MappingMethod::Plan);
    QCOMPARE(column(m, "email").confidence, 1.0);
    QCOMPARE(column(m, "phone").source, 2);
    QCOMPARE(column(m, "phone").method, MappingMethod::Plan);
    QVERIFY(column(m, "phone").reason.contains(QStringLiteral("renamed")));
}

void TestMapper::recordedPlanHealsTheNextFile()
{
    const Template t = contacts();
    const QStringList first{QStringLiteral("Vorname"), QStringLiteral("Nachname"), QStringLiteral("Mail"),
                            QStringLiteral("Tel. privat")};
    const SheetMapping m1 = mapColumns(t, {first, true, {}});
    SheetPlan plan{t.id, t.id, t.name, {}};
    m1.recordInto(plan);
    QCOMPARE(plan.column(QStringLiteral("email"))->source, QStringLiteral("Mail"));
    // Next month: reordered, one header re-spelled, one extra column.
    const QStringList second{QStringLiteral("MAIL"), QStringLiteral("Extra"), QStringLiteral("Nachname"),
                             QStringLiteral("Vorname")};
    const SheetMapping m2 = mapColumns(t, {second, true, {}}, &plan);
    QVERIFY(m2.isUsable());
    QCOMPARE(column(m2, "email").source, 0);
    QCOMPARE(column(m2, "first_name").source, 3);
    QCOMPARE(column(m2, "first_name").method, MappingMethod::Plan);
    QCOMPARE(column(m2, "last_name").source, 2);
    QCOMPARE(m2.unusedSources, QList<int>{1});
}

void TestMapper::pinnedChoicesWin()
{
    const Template t = contacts();
    SheetPlan plan{t.id, t.id, t.name, {}};
    PlanColumn &email = plan.columnFor(QStringLiteral("email"));
    email.source = QStringLiteral("Work Mail");
    email.pinned = true;
    PlanColumn &phone = plan.columnFor(QStringLiteral("phone"));
    phone.pinned = true; // pinned to nothing: a decision said "leave it out"
    MappingInput in{{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                     QStringLiteral("Work Mail"), QStringLiteral("phone")},
                    true,
                    {}};
    const SheetMapping m = mapColumns(t, in, &plan);
    QCOMPARE(column(m, "email").source, 3);
    QCOMPARE(column(m, "email").method, MappingMethod::Pinned);
    QCOMPARE(column(m, "phone").source, -1);
    QCOMPARE(column(m, "phone").method, MappingMethod::Pinned);
    QCOMPARE(m.unusedSources, (QList<int>{2, 4}));
}

void TestMapper::ambiguousHeadersAreReported()
{
    const Template t = contacts();
    MappingInput in{{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("Email"),
                     QStringLiteral("E-mail")},
                    true,
                    {}};
    const SheetMapping m = mapColumns(t, in);
    QVERIFY(m.isUsable());
    QCOMPARE(m.ambiguities.size(), 1);
    QCOMPARE(m.ambiguities.first().column, QStringLiteral("email"));
    QCOMPARE(m.ambiguities.first().headers, (QStringList{QStringLiteral("Email"), QStringLiteral("E-mail")}));
}

void TestMapper::fileWithoutHeader()
{
    const Template t = contacts();
    const QStringList headers{QStringLiteral("Column 1"), QStringLiteral("Column 2"),
                              QStringLiteral("Column 3")};
    const QList<QStringList> sample{
        {QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.com")},
        {QStringLiteral("Bo"), QStringLiteral("Ek"), QStringLiteral("bo@example.com")}};
    // Without a plan: content finds the e-mails, nothing can tell first from last name.
    const SheetMapping guessed = mapColumns(t, {headers, false, sample});
    QCOMPARE(column(guessed, "email").source, 2);
    QVERIFY(!guessed.isUsable());
    QCOMPARE(guessed.missingRequired,
             (QStringList{QStringLiteral("first_name"), QStringLiteral("last_name")}));
    // With a plan that recorded positions: replayed by position.
    SheetPlan plan{t.id, t.id, t.name, {}};
    plan.columnFor(QStringLiteral("first_name")).sourceIndex = 0;
    plan.columnFor(QStringLiteral("last_name")).sourceIndex = 1;
    const SheetMapping replayed = mapColumns(t, {headers, false, sample}, &plan);
    QVERIFY(replayed.isUsable());
    QCOMPARE(column(replayed, "first_name").method, MappingMethod::Position);
    QCOMPARE(column(replayed, "last_name").source, 1);
}

void TestMapper::contentContradictingTheName()
{
    const Template t = contacts();
    // "Phone" holds e-mails and "Contact" holds phones: the content moves them where they belong.
    MappingInput in{{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("Phone"),
                     QStringLiteral("Reach me")},
                    true,
                    {}};
    for (int i = 0; i < 20; ++i)
        in.sample.append({QStringLiteral("A"), QStringLiteral("B"),
                          QStringLiteral("user%1@example.com").arg(i),
                          QStringLiteral("+44 20 7946 %1").arg(1000 + i)});
    const SheetMapping m = mapColumns(t, in);
    QCOMPARE(column(m, "email").source, 2);
    QCOMPARE(column(m, "email").method, MappingMethod::Content);
    QCOMPARE(column(m, "phone").source, 3);
}

void TestMapper::jsonShape()
{
    const Template t = contacts();
    const QStringList headers{QStringLiteral("first_name"), QStringLiteral("last_name"),
                              QStringLiteral("email"), QStringLiteral("x")};
    const QJsonObject j = mapColumns(t, {headers, true, {}}).toJson(headers);
    const QJsonArray columns = j.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), t.columns.size());
    const QJsonObject email = columns.at(2).toObject();
    QCOMPARE(email.value(QStringLiteral("column")).toString(), QStringLiteral("email"));
    QCOMPARE(email.value(QStringLiteral("source")).toInt(), 2);
    QCOMPARE(email.value(QStringLiteral("header")).toString(), QStringLiteral("email"));
    QCOMPARE(email.value(QStringLiteral("method")).toString(), QStringLiteral("name"));
    QVERIFY(columns.at(3).toObject().value(QStringLiteral("source")).isNull());
    QCOMPARE(j.value(QStringLiteral("unused_sources")).toArray(), QJsonArray{QStringLiteral("x")});
}

QTEST_APPLESS_MAIN(TestMapper)
#include "tst_mapper.moc"
