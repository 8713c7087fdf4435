// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/dates.h"

#include <QTest>

using namespace godwit::engine;

Q_DECLARE_METATYPE(godwit::engine::DateOrder)
Q_DECLARE_METATYPE(godwit::engine::NormalStatus)
Q_DECLARE_METATYPE(godwit::engine::ExcelEpoch)
Q_DECLARE_METATYPE(godwit::engine::DateOrderDetector::Verdict)

class TestDates : public QObject {
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void excelSerial_data();
    void excelSerial();
    void unchangedDoesNotAllocate();
    void detector_data();
    void detector();
    void detectorMerge();
    void orderNames();
};

void TestDates::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<NormalStatus>("status");
    QTest::addColumn<QString>("expected");

    const auto U = DateOrder::Unknown;
    const auto D = DateOrder::DayFirst;
    const auto M = DateOrder::MonthFirst;
    const auto ok = NormalStatus::Unchanged;
    const auto bad = NormalStatus::Invalid;
    const auto amb = NormalStatus::Ambiguous;
    auto row = [](const char *name, const QString &in, DateOrder order, NormalStatus status,
                  const QString &out) { QTest::newRow(name) << in << order << status << out; };

    row("iso", QStringLiteral("2024-03-15"), U, ok, QStringLiteral("2024-03-15"));
    row("iso padded", QStringLiteral("  2024-03-15\t"), U, ok, QStringLiteral("2024-03-15"));
    row("iso single digits", QStringLiteral("2024-3-5"), U, ok, QStringLiteral("2024-03-05"));
    row("iso slashes", QStringLiteral("2024/03/15"), U, ok, QStringLiteral("2024-03-15"));
    row("iso dots", QStringLiteral("2024.03.15"), U, ok, QStringLiteral("2024-03-15"));
    row("iso mixed separators", QStringLiteral("2024-03/15"), U, bad, QString());
    row("iso datetime", QStringLiteral("2024-03-15T10:30:00"), U, ok, QStringLiteral("2024-03-15T10:30:00"));
    row("iso datetime Z", QStringLiteral("2024-03-15T10:30:00Z"), U, ok,
        QStringLiteral("2024-03-15T10:30:00Z"));
    row("iso datetime offset", QStringLiteral("2024-03-15T10:30:00+0100"), U, ok,
        QStringLiteral("2024-03-15T10:30:00+01:00"));
    row("iso datetime neg offset", QStringLiteral("2024-03-15 10:30:00.250 -05:30"), U, ok,
        QStringLiteral("2024-03-15T10:30:00.250-05:30"));
    row("iso datetime no seconds", QStringLiteral("2024-03-15 10:30"), U, ok,
        QStringLiteral("2024-03-15T10:30:00"));
    row("iso microseconds", QStringLiteral("2024-03-15T10:30:00.123456"), U, ok,
        QStringLiteral("2024-03-15T10:30:00.123"));
    row("german", QStringLiteral("15.03.2024"), U, ok, QStringLiteral("2024-03-15"));
    row("german short year", QStringLiteral("15.03.24"), U, ok, QStringLiteral("2024-03-15"));
    row("pivot 68", QStringLiteral("15.03.68"), U, ok, QStringLiteral("2068-03-15"));
    row("pivot 69", QStringLiteral("15.03.69"), U, ok, QStringLiteral("1969-03-15"));
    row("german with time", QStringLiteral("15.03.2024 14:05"), U, ok, QStringLiteral("2024-03-15T14:05:00"));
    row("day first by value", QStringLiteral("15/03/2024"), U, ok, QStringLiteral("2024-03-15"));
    row("month first by value", QStringLiteral("03/15/2024"), U, ok, QStringLiteral("2024-03-15"));
    row("us with pm", QStringLiteral("3/15/2024 2:30 PM"), U, ok, QStringLiteral("2024-03-15T14:30:00"));
    row("us 12 am", QStringLiteral("3/15/2024 12:05:09 am"), U, ok, QStringLiteral("2024-03-15T00:05:09"));
    row("us 12 pm", QStringLiteral("3/15/2024 12:00 p.m."), U, ok, QStringLiteral("2024-03-15T12:00:00"));
    row("pm hour 13", QStringLiteral("3/15/2024 13:00 PM"), U, bad, QString());
    row("ambiguous unknown", QStringLiteral("03/04/2024"), U, amb, QString());
    row("ambiguous dots unknown", QStringLiteral("03.04.2024"), U, amb, QString());
    row("ambiguous day first", QStringLiteral("03/04/2024"), D, ok, QStringLiteral("2024-04-03"));
    row("ambiguous month first", QStringLiteral("03/04/2024"), M, ok, QStringLiteral("2024-03-04"));
    row("same day and month", QStringLiteral("04/04/2024"), U, ok, QStringLiteral("2024-04-04"));
    row("day first column, us value", QStringLiteral("03/15/2024"), D, bad, QString());
    row("month first column, eu value", QStringLiteral("15/03/2024"), M, bad, QString());
    row("both over 12", QStringLiteral("13/13/2024"), U, bad, QString());
    row("31 february", QStringLiteral("31.02.2024"), U, bad, QString());
    row("29 february leap", QStringLiteral("29.02.2024"), U, ok, QStringLiteral("2024-02-29"));
    row("29 february non-leap", QStringLiteral("29.02.2023"), U, bad, QString());
    row("29 february 1900", QStringLiteral("1900-02-29"), U, bad, QString());
    row("29 february 2000", QStringLiteral("2000-02-29"), U, ok, QStringLiteral("2000-02-29"));
    row("month name", QStringLiteral("15-Mar-2024"), U, ok, QStringLiteral("2024-03-15"));
    row("month name single day", QStringLiteral("5-mar-24"), U, ok, QStringLiteral("2024-03-05"));
    row("month name spaces", QStringLiteral("15 March 2024"), U, ok, QStringLiteral("2024-03-15"));
    row("month name dots", QStringLiteral("15.Mar.2024"), U, ok, QStringLiteral("2024-03-15"));
    row("german month", QStringLiteral("15. März 2024"), U, ok, QStringLiteral("2024-03-15"));
    row("german month dec", QStringLiteral("1. Dez. 2023"), U, ok, QStringLiteral("2023-12-01"));
    row("french month", QStringLiteral("1 août 2023"), U, ok, QStringLiteral("2023-08-01"));
    row("french month short", QStringLiteral("3 févr. 2023"), U, ok, QStringLiteral("2023-02-03"));
    row("us month first name", QStringLiteral("March 15, 2024"), U, ok, QStringLiteral("2024-03-15"));
    row("us month ordinal", QStringLiteral("Aug 1st, 2023"), U, ok, QStringLiteral("2023-08-01"));
    row("weekday rfc 2822", QStringLiteral("Fri, 15 Mar 2024 10:00:00 +0000"), U, ok,
        QStringLiteral("2024-03-15T10:00:00Z"));
    row("weekday long", QStringLiteral("Friday, March 15, 2024"), U, ok, QStringLiteral("2024-03-15"));
    row("year month name", QStringLiteral("2024-Mar-15"), U, ok, QStringLiteral("2024-03-15"));
    row("unknown month", QStringLiteral("15-Foo-2024"), U, bad, QString());
    row("compact", QStringLiteral("20240315"), U, ok, QStringLiteral("2024-03-15"));
    row("compact invalid", QStringLiteral("20241315"), U, bad, QString());
    row("serial", QStringLiteral("45000"), U, ok, QStringLiteral("2023-03-15"));
    row("serial with time", QStringLiteral("45000.5"), U, ok, QStringLiteral("2023-03-15T12:00:00"));
    row("serial with quarter", QStringLiteral("45000.75"), U, ok, QStringLiteral("2023-03-15T18:00:00"));
    row("serial trailing dot", QStringLiteral("45000."), U, bad, QString());
    row("hour 24", QStringLiteral("2024-03-15 24:00"), U, bad, QString());
    row("minute 60", QStringLiteral("2024-03-15 10:60"), U, bad, QString());
    row("trailing garbage", QStringLiteral("2024-03-15 foo"), U, bad, QString());
    row("text", QStringLiteral("tomorrow"), U, bad, QString());
    row("empty", QString(), U, NormalStatus::Empty, QString());
    row("spaces only", QStringLiteral(" \u00a0 "), U, NormalStatus::Empty, QString());
    row("nbsp padding", QStringLiteral("\u00a015.03.2024\u00a0"), U, ok, QStringLiteral("2024-03-15"));
    row("30 february iso", QStringLiteral("2024-02-30"), U, bad, QString());
    row("year zero", QStringLiteral("0000-01-01"), U, bad, QString());
    row("31 april day first by value", QStringLiteral("31/04/2024"), U, bad, QString());
    row("single digits same day and month", QStringLiteral("1.1.2024"), U, ok, QStringLiteral("2024-01-01"));
    row("half second", QStringLiteral("2024-03-15T10:30:00.5Z"), U, ok,
        QStringLiteral("2024-03-15T10:30:00.500Z"));
    row("nbsp before time", QStringLiteral("15/03/2024\u00a010:30"), U, ok,
        QStringLiteral("2024-03-15T10:30:00"));
    row("utc word", QStringLiteral("2024-03-15 10:30 UTC"), U, ok, QStringLiteral("2024-03-15T10:30:00Z"));
    row("offset too big", QStringLiteral("2024-03-15T10:30:00+15:00"), U, bad, QString());
    row("three digit year", QStringLiteral("15.03.202"), U, bad, QString());
    row("five digit year", QStringLiteral("15.03.20245"), U, bad, QString());
}

void TestDates::normalize()
{
    QFETCH(QString, input);
    QFETCH(DateOrder, order);
    QFETCH(NormalStatus, status);
    QFETCH(QString, expected);

    DateOptions options;
    options.order = order;
    const Normalized n = normalizeDate(input, options);
    if (status == NormalStatus::Unchanged) {
        QVERIFY2(n.ok(), qPrintable(QString::number(int(n.status))));
        QCOMPARE(n.text(input).toString(), expected);
        QCOMPARE(n.status, expected == input.trimmed() ? NormalStatus::Unchanged : NormalStatus::Rewritten);
    } else {
        QCOMPARE(n.status, status);
    }
}

void TestDates::excelSerial_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<ExcelEpoch>("epoch");
    QTest::addColumn<QString>("expected"); // empty: invalid

    const auto e1900 = ExcelEpoch::Excel1900;
    const auto e1904 = ExcelEpoch::Excel1904;
    QTest::newRow("1900: 0 is 1900-01-00") << 0.0 << e1900 << QString();
    QTest::newRow("1900: 1") << 1.0 << e1900 << QStringLiteral("1900-01-01");
    QTest::newRow("1900: 59") << 59.0 << e1900 << QStringLiteral("1900-02-28");
    QTest::newRow("1900: 60 never existed") << 60.0 << e1900 << QString();
    QTest::newRow("1900: 61") << 61.0 << e1900 << QStringLiteral("1900-03-01");
    QTest::newRow("1900: 45000") << 45000.0 << e1900 << QStringLiteral("2023-03-15");
    QTest::newRow("1900: 36526 y2k") << 36526.0 << e1900 << QStringLiteral("2000-01-01");
    QTest::newRow("1900: last") << 2958465.0 << e1900 << QStringLiteral("9999-12-31");
    QTest::newRow("1900: past last") << 2958466.0 << e1900 << QString();
    QTest::newRow("1900: negative") << -1.0 << e1900 << QString();
    QTest::newRow("1900: almost midnight") << 45000.999999999 << e1900 << QStringLiteral("2023-03-16");
    QTest::newRow("1900: noon") << 45000.5 << e1900 << QStringLiteral("2023-03-15T12:00:00");
    QTest::newRow("1904: 0") << 0.0 << e1904 << QStringLiteral("1904-01-01");
    QTest::newRow("1904: 1") << 1.0 << e1904 << QStringLiteral("1904-01-02");
    QTest::newRow("1904: 45000") << 45000.0 << e1904 << QStringLiteral("2027-03-16");
}

void TestDates::excelSerial()
{
    QFETCH(double, serial);
    QFETCH(ExcelEpoch, epoch);
    QFETCH(QString, expected);
    DateTimeValue v;
    const bool ok = excelSerialToDate(serial, epoch, &v);
    QCOMPARE(ok, !expected.isEmpty());
    if (ok) {
        DateTimeValue shown = v;
        if (expected.size() == 10) // rounding to a whole day: no time part shown
            QCOMPARE(shown.hour * 3600000 + shown.minute * 60000 + shown.second * 1000 + shown.msec, 0);
        if (expected.size() == 10)
            shown.hasTime = false;
        QCOMPARE(toIsoString(shown), expected);
    }
    // The same through the text path, for whole serials.
    if (serial == std::floor(serial) && serial >= 0) {
        DateOptions options;
        options.epoch = epoch;
        const QString text = QString::number(qint64(serial));
        const Normalized n = normalizeDate(text, options);
        QCOMPARE(n.ok(), !expected.isEmpty());
        if (n.ok())
            QCOMPARE(n.value, expected);
    }
}

void TestDates::unchangedDoesNotAllocate()
{
    const QString iso = QStringLiteral("2024-03-15T10:30:00Z");
    const Normalized n = normalizeDate(iso);
    QCOMPARE(n.status, NormalStatus::Unchanged);
    QVERIFY(n.value.isNull());
    QCOMPARE(n.text(iso).data(), iso.constData()); // a view into the input

    DateOptions noSerials;
    noSerials.excelSerials = false;
    QCOMPARE(normalizeDate(u"45000", noSerials).status, NormalStatus::Invalid);
    QCOMPARE(normalizeDate(u"20240315", noSerials).value, QStringLiteral("2024-03-15"));
}

void TestDates::detector_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<DateOrderDetector::Verdict>("verdict");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<DateOrder>("suggestion");

    using V = DateOrderDetector::Verdict;
    const auto U = DateOrder::Unknown;
    const auto D = DateOrder::DayFirst;
    const auto M = DateOrder::MonthFirst;
    QTest::newRow("one day > 12 decides")
        << QStringList{u"01/02/2024"_qs, u"03/04/2024"_qs, u"25/12/2024"_qs, u""_qs} << V::DayFirst << D << D;
    QTest::newRow("one month-first value decides")
        << QStringList{u"01/02/2024"_qs, u"12/31/2024"_qs, u"bogus"_qs} << V::MonthFirst << M << M;
    QTest::newRow("all <= 12 slashes")
        << QStringList{u"01/02/2024"_qs, u"03/04/2024"_qs, u"11/12/2024"_qs} << V::Ambiguous << U << M;
    QTest::newRow("all <= 12 dots") << QStringList{u"01.02.2024"_qs, u"03.04.2024"_qs} << V::Ambiguous << U
                                    << D;
    QTest::newRow("conflicting") << QStringList{u"13/01/2024"_qs, u"01/13/2024"_qs, u"02/14/2024"_qs}
                                 << V::Conflicting << U << M;
    QTest::newRow("iso only") << QStringList{u"2024-01-02"_qs, u"15-Mar-2024"_qs, u"45000"_qs} << V::NotNeeded
                              << U << D;
    QTest::newRow("same day and month only")
        << QStringList{u"01/01/2024"_qs, u"12/12/2024"_qs} << V::NotNeeded << U << D;
    QTest::newRow("invalid values are no evidence")
        << QStringList{u"13/13/2024"_qs, u"02/30/2024"_qs, u"03/04/2024"_qs} << V::Ambiguous << U << M;
    QTest::newRow("with times") << QStringList{u"03/04/2024 10:00"_qs, u"3/14/2024 2:30 PM"_qs}
                                << V::MonthFirst << M << M;
}

void TestDates::detector()
{
    QFETCH(QStringList, values);
    QFETCH(DateOrderDetector::Verdict, verdict);
    QFETCH(DateOrder, order);
    QFETCH(DateOrder, suggestion);
    DateOrderDetector detector;
    for (const QString &value : values)
        detector.add(value);
    QCOMPARE(detector.verdict(), verdict);
    QCOMPARE(detector.order(), order);
    QCOMPARE(detector.suggestion(), suggestion);
}

void TestDates::detectorMerge()
{
    DateOrderDetector a;
    DateOrderDetector b;
    a.add(u"13/01/2024");
    b.add(u"01/13/2024");
    QCOMPARE(a.verdict(), DateOrderDetector::Verdict::DayFirst);
    QCOMPARE(b.verdict(), DateOrderDetector::Verdict::MonthFirst);
    a.merge(b);
    QCOMPARE(a.verdict(), DateOrderDetector::Verdict::Conflicting);
    QCOMPARE(a.candidates(), 2);
    QCOMPARE(a.dayFirstEvidence(), 1);
    QCOMPARE(a.monthFirstEvidence(), 1);
}

void TestDates::orderNames()
{
    for (DateOrder order : {DateOrder::Unknown, DateOrder::DayFirst, DateOrder::MonthFirst})
        QCOMPARE(dateOrderFromName(dateOrderName(order)), order);
    QCOMPARE(dateOrderFromName(u"DAY-FIRST"), DateOrder::DayFirst);
    QCOMPARE(dateOrderFromName(u"nonsense"), DateOrder::Unknown);
}

QTEST_APPLESS_MAIN(TestDates)
#include "tst_dates.moc"
