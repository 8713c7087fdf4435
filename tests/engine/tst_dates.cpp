// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/dates.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

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
    void excelSerialMatchesQDate();
    void fastShapesMatchGeneral();
    void randomTextMatchesGeneral();
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
    QCOMPARE(dateStatus(input, options), n.status);
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
        << QStringList{QStringLiteral("01/02/2024"), QStringLiteral("03/04/2024"),
                       QStringLiteral("25/12/2024"), QStringLiteral("")}
        << V::DayFirst << D << D;
    QTest::newRow("one month-first value decides")
        << QStringList{QStringLiteral("01/02/2024"), QStringLiteral("12/31/2024"), QStringLiteral("bogus")}
        << V::MonthFirst << M << M;
    QTest::newRow("all <= 12 slashes")
        << QStringList{QStringLiteral("01/02/2024"), QStringLiteral("03/04/2024"),
                       QStringLiteral("11/12/2024")}
        << V::Ambiguous << U << M;
    QTest::newRow("all <= 12 dots") << QStringList{QStringLiteral("01.02.2024"), QStringLiteral("03.04.2024")}
                                    << V::Ambiguous << U << D;
    QTest::newRow("conflicting") << QStringList{QStringLiteral("13/01/2024"), QStringLiteral("01/13/2024"),
                                                QStringLiteral("02/14/2024")}
                                 << V::Conflicting << U << M;
    QTest::newRow("iso only") << QStringList{QStringLiteral("2024-01-02"), QStringLiteral("15-Mar-2024"),
                                             QStringLiteral("45000")}
                              << V::NotNeeded << U << D;
    QTest::newRow("same day and month only")
        << QStringList{QStringLiteral("01/01/2024"), QStringLiteral("12/12/2024")} << V::NotNeeded << U << D;
    QTest::newRow("invalid values are no evidence")
        << QStringList{QStringLiteral("13/13/2024"), QStringLiteral("02/30/2024"),
                       QStringLiteral("03/04/2024")}
        << V::Ambiguous << U << M;
    QTest::newRow("with times") << QStringList{QStringLiteral("03/04/2024 10:00"),
                                               QStringLiteral("3/14/2024 2:30 PM")}
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

namespace {

// excelSerialToDate as it was written with QDate, the reference for the integer arithmetic.
bool referenceExcelSerialToDate(double serial, ExcelEpoch epoch, DateTimeValue *out)
{
    if (!(serial >= 0.0) || serial >= 2958466.0)
        return false;
    const double whole = std::floor(serial);
    auto days = static_cast<qint64>(whole);
    qint64 msec = std::llround((serial - whole) * 86400000.0);
    if (msec >= 86400000) {
        msec -= 86400000;
        ++days;
    }
    QDate date;
    if (epoch == ExcelEpoch::Excel1900) {
        if (days < 1 || days == 60)
            return false;
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    } else {
        date = QDate(1904, 1, 1).addDays(days);
    }
    if (!date.isValid() || date.year() > 9999)
        return false;
    DateTimeValue v;
    v.year = date.year();
    v.month = date.month();
    v.day = date.day();
    if (whole != serial) {
        v.hasTime = true;
        v.hour = int(msec / 3600000);
        v.minute = int(msec / 60000 % 60);
        v.second = int(msec / 1000 % 60);
        v.msec = int(msec % 1000);
    }
    *out = v;
    return true;
}

bool sameParse(const DateParse &a, const DateParse &b)
{
    return a.status == b.status && a.value == b.value && a.first == b.first && a.second == b.second &&
           a.separator == b.separator && a.fromSerial == b.fromSerial;
}

// normalizeDate as it was: parseDateGeneral + the general ISO formatter + Normalized::from.
Normalized referenceNormalize(QStringView raw, const DateOptions &options)
{
    const QStringView t = raw.trimmed();
    const DateParse p = parseDateGeneral(t, options);
    if (!p.ok())
        return {p.status, {}};
    return Normalized::from(t, toIsoString(p.value));
}

const DateOptions kOptions[] = {
    {DateOrder::Unknown, true, ExcelEpoch::Excel1900},    {DateOrder::DayFirst, true, ExcelEpoch::Excel1900},
    {DateOrder::MonthFirst, true, ExcelEpoch::Excel1900}, {DateOrder::Unknown, false, ExcelEpoch::Excel1900},
    {DateOrder::DayFirst, true, ExcelEpoch::Excel1904},
};

bool sameDetector(const DateOrderDetector &a, const DateOrderDetector &b)
{
    return a.dayFirstEvidence() == b.dayFirstEvidence() && a.monthFirstEvidence() == b.monthFirstEvidence() &&
           a.candidates() == b.candidates() && a.suggestion() == b.suggestion() && a.verdict() == b.verdict();
}

// How many of compareWithGeneral's answers dateStatusOfBytes gave.
int toldOnBytes = 0;

// Compares parseDate and normalizeDate with the general path for `text` under every option set;
// counts the failures (and prints the first few).
int compareWithGeneral(const QString &text)
{
    static int printed = 0;
    int failures = 0;
    for (const DateOptions &options : kOptions) {
        const DateParse fast = parseDate(text, options);
        const DateParse general = parseDateGeneral(text, options);
        const Normalized n = normalizeDate(text, options);
        const Normalized ref = referenceNormalize(text, options);
        // dateStatus and normalizeDateInto keep the parse they made; the order detector given it
        // counts as it does when it parses the value itself with the order undecided.
        DateParse kept;
        DateParse keptNormal;
        QString normal;
        const NormalStatus status = dateStatus(text, options, &kept);
        const NormalStatus statusNormal = normalizeDateInto(text, options, normal, &keptNormal);
        DateOrderDetector parsing;
        parsing.add(text);
        DateOrderDetector given;
        given.add(text, kept, options.order);
        // From the UTF-8 bytes, when they tell it: the same status and parse.
        DateParse fromBytes;
        const std::optional<NormalStatus> bytesStatus = dateStatusOfBytes(text.toUtf8(), options, &fromBytes);
        const bool bytesAgree =
            !bytesStatus ||
            (*bytesStatus == n.status && (n.status == NormalStatus::Empty || sameParse(fromBytes, fast)));
        toldOnBytes += bytesStatus.has_value();
        // dateStatus: the same answer without the normal form.
        if (!sameParse(fast, general) || n.status != ref.status || n.value != ref.value ||
            status != n.status || statusNormal != n.status || !sameParse(kept, fast) ||
            !sameParse(keptNormal, fast) || !sameDetector(parsing, given) || !bytesAgree) {
            ++failures;
            if (printed++ < 10)
                qWarning() << "differs:" << text << int(options.order) << options.excelSerials
                           << int(options.epoch) << int(fast.status) << int(general.status) << n.value
                           << ref.value;
        }
    }
    return failures;
}

QString padded(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QChar(u'0'));
}

} // namespace

void TestDates::excelSerialMatchesQDate()
{
    // Every whole serial of both systems and a little past the end.
    for (const ExcelEpoch epoch : {ExcelEpoch::Excel1900, ExcelEpoch::Excel1904}) {
        int failures = 0;
        for (qint64 serial = -2; serial <= 2958470; ++serial) {
            DateTimeValue a;
            DateTimeValue b;
            const bool okA = excelSerialToDate(double(serial), epoch, &a);
            const bool okB = referenceExcelSerialToDate(double(serial), epoch, &b);
            if (okA != okB || !(a == b)) {
                if (failures++ < 5)
                    qWarning() << "serial" << serial << int(epoch) << okA << okB << a.year << a.month
                               << a.day;
            }
        }
        QCOMPARE(failures, 0);
    }
    // Fractions, including the ones that round up to the next day.
    QRandomGenerator rng(20261122);
    int failures = 0;
    for (int i = 0; i < 200000; ++i) {
        const double serial =
            (i % 3 == 0) ? std::floor(rng.bounded(2958467.0)) + 0.9999999999 : rng.bounded(2958470.0) - 1.0;
        for (const ExcelEpoch epoch : {ExcelEpoch::Excel1900, ExcelEpoch::Excel1904}) {
            DateTimeValue a;
            DateTimeValue b;
            if (excelSerialToDate(serial, epoch, &a) != referenceExcelSerialToDate(serial, epoch, &b) ||
                !(a == b))
                ++failures;
        }
    }
    QCOMPARE(failures, 0);
}

void TestDates::fastShapesMatchGeneral()
{
    int failures = 0;
    int checked = 0;
    const char16_t separators[] = {u'-', u'.', u'/'};
    // Every day (and impossible ones: day 0 to 32, month 0 to 13) of years 1800 to 2200.
    for (int year = 1800; year <= 2200; ++year) {
        for (int month = 0; month <= 13; ++month) {
            for (int day = 0; day <= 32; ++day) {
                const bool plausible = month >= 1 && month <= 12 && day >= 1 && day <= 31;
                if (!plausible && (year % 7) != 0)
                    continue; // the impossible ones on every seventh year only
                const QString y = padded(year, 4);
                const QString m = padded(month, 2);
                const QString d = padded(day, 2);
                for (const char16_t sc : separators) {
                    const QChar sep(sc);
                    QStringList forms = {y + sep + m + sep + d, d + sep + m + sep + y, m + sep + d + sep + y,
                                         d + sep + m + sep + y.right(2)};
                    if (sc == u'.')
                        forms << y + m + d << QString::number(day) + sep + QString::number(month) + sep + y;
                    for (const QString &form : forms) {
                        failures += compareWithGeneral(form);
                        ++checked;
                    }
                }
            }
        }
    }
    // Serials: the 1900 leap-year bug, both epochs' ends, leading zeros, 7, 8 and 9 digits.
    QStringList serials = {
        QStringLiteral("0"),        QStringLiteral("00"),        QStringLiteral("1"),
        QStringLiteral("58"),       QStringLiteral("59"),        QStringLiteral("60"),
        QStringLiteral("061"),      QStringLiteral("61"),        QStringLiteral("62"),
        QStringLiteral("1461"),     QStringLiteral("1462"),      QStringLiteral("2957003"),
        QStringLiteral("2957004"),  QStringLiteral("2958465"),   QStringLiteral("2958466"),
        QStringLiteral("9999999"),  QStringLiteral("0000060"),   QStringLiteral("00000000"),
        QStringLiteral("99999999"), QStringLiteral("123456789"), QStringLiteral("1234567890"),
        QStringLiteral("00000001"), QStringLiteral("+45000"),    QStringLiteral("-45000"),
        QStringLiteral(" 45000 "),  QStringLiteral("45000."),    QStringLiteral("45000.5"),
        QStringLiteral(".5"),       QStringLiteral("45 000"),    QStringLiteral("\u00a045000")};
    for (int s = 0; s <= 100000; ++s)
        serials << QString::number(s);
    QRandomGenerator rng(17);
    for (int i = 0; i < 50000; ++i)
        serials << QString::number(rng.bounded(3000000));
    for (const QString &s : serials) {
        failures += compareWithGeneral(s);
        ++checked;
    }
    QVERIFY(checked > 500000);
    QCOMPARE(failures, 0);
    QVERIFY2(toldOnBytes > checked * 4, qPrintable(QString::number(toldOnBytes))); // of 5 option sets each
}

void TestDates::randomTextMatchesGeneral()
{
    // Short strings over the characters the fast shapes look at, and some they must refuse.
    const char16_t alphabet[] = {u'0', u'1', u'2', u'3', u'9',   u'0',   u'1',  u'2', u'5', u'8',
                                 u'.', u'/', u'-', u'.', u'/',   u'-',   u' ',  u'+', u'T', u':',
                                 u',', u'M', u'a', u'r', 0x00A0, 0x0663, u'\t', u'Z', u'e', u'x'};
    QRandomGenerator rng(4242);
    int failures = 0;
    // Blanks around plain shapes: ASCII ones (told on the bytes) and others (decoded).
    for (const QString &s : {QStringLiteral(" 2024-03-15\t"), QStringLiteral("\r\n15.03.2024 "),
                             QStringLiteral("\u00a02024-03-15"), QStringLiteral("15/03/24\u2003"),
                             QStringLiteral(" \t "), QStringLiteral(" 45000 ")})
        failures += compareWithGeneral(s);
    for (int i = 0; i < 300000; ++i) {
        QString s;
        const int length = int(rng.bounded(13));
        for (int j = 0; j < length; ++j)
            s += QChar(alphabet[rng.bounded(int(std::size(alphabet)))]);
        failures += compareWithGeneral(s);
    }
    // Mutations of the common shapes: one character replaced, inserted or dropped.
    const QString seeds[] = {QStringLiteral("1945-10-03"), QStringLiteral("08.04.1941"),
                             QStringLiteral("21/04/2004"), QStringLiteral("29955"),
                             QStringLiteral("19451003"),   QStringLiteral("8.4.41"),
                             QStringLiteral("12-31-99")};
    for (const QString &seed : seeds) {
        for (int i = 0; i < 20000; ++i) {
            QString s = seed;
            const int position = int(rng.bounded(int(s.size()) + 1));
            const QChar c(alphabet[rng.bounded(int(std::size(alphabet)))]);
            switch (rng.bounded(3)) {
            case 0:
                if (position < s.size())
                    s[position] = c;
                break;
            case 1:
                s.insert(position, c);
                break;
            default:
                if (position < s.size())
                    s.remove(position, 1);
                break;
            }
            failures += compareWithGeneral(s);
        }
    }
    QCOMPARE(failures, 0);
}

QTEST_APPLESS_MAIN(TestDates)
#include "tst_dates.moc"
