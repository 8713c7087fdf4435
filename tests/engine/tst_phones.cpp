// SPDX-License-Identifier: GPL-3.0-or-later
// libphonenumber first: its abseil and protobuf headers must not meet Qt's keyword macros.
#include <phonenumbers/phonenumberutil.h>

#include "engine/phones.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <set>
#include <thread>

using namespace godwit::engine;

Q_DECLARE_METATYPE(godwit::engine::NormalStatus)

class TestPhones : public QObject {
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void regions();
    void unchangedAndEmpty();
    void sharedBetweenThreads();
    void fastPathAgreesWithLibphonenumber();
    void separatorsAndOddCharactersAgree();
};

void TestPhones::normalize_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: invalid
    auto row = [](const char *name, const char *region, const QString &in, const QString &out) {
        QTest::newRow(name) << QString::fromLatin1(region) << in << out;
    };
    row("de national", "DE", QStringLiteral("030 1234567"), QStringLiteral("+49301234567"));
    row("de with slash", "DE", QStringLiteral("030/123 456-7"), QStringLiteral("+49301234567"));
    row("de idd prefix", "DE", QStringLiteral("0049 30 1234567"), QStringLiteral("+49301234567"));
    row("de mobile", "DE", QStringLiteral("0151 23456789"), QStringLiteral("+4915123456789"));
    row("de (0) in international", "DE", QStringLiteral("+49 (0)30 1234567"), QStringLiteral("+49301234567"));
    row("us national", "US", QStringLiteral("(650) 253-0000"), QStringLiteral("+16502530000"));
    row("us dots", "US", QStringLiteral("650.253.0000"), QStringLiteral("+16502530000"));
    row("us leading 1", "US", QStringLiteral("1-650-253-0000"), QStringLiteral("+16502530000"));
    row("us extension", "US", QStringLiteral("650-253-0000 ext. 123"),
        QStringLiteral("+16502530000;ext=123"));
    row("lower-case region", "us", QStringLiteral("(650) 253-0000"), QStringLiteral("+16502530000"));
    row("gb", "GB", QStringLiteral("020 7946 0958"), QStringLiteral("+442079460958"));
    row("fr", "FR", QStringLiteral("01 42 68 53 00"), QStringLiteral("+33142685300"));
    row("international in other region", "DE", QStringLiteral("+1 650 253 0000"),
        QStringLiteral("+16502530000"));
    row("no region with plus", "ZZ", QStringLiteral("+33 1 42 68 53 00"), QStringLiteral("+33142685300"));
    row("no region without plus", "ZZ", QStringLiteral("01 42 68 53 00"), QString());
    row("nbsp padded", "FR", QStringLiteral("\u00a001\u00a042\u00a068\u00a053\u00a000 "),
        QStringLiteral("+33142685300"));
    row("too short", "DE", QStringLiteral("12"), QString());
    row("too short with digits", "DE", QStringLiteral("123"), QString());
    row("too long", "US", QStringLiteral("650 253 0000 0000 0000"), QString());
    row("letters", "DE", QStringLiteral("call me"), QString());
    row("email", "DE", QStringLiteral("anna@example.com"), QString());
    row("unassigned us area code", "US", QStringLiteral("(111) 253-0000"), QString());
    row("bogus country code", "ZZ", QStringLiteral("+999 1234567"), QString());
}

void TestPhones::normalize()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const PhoneNormalizer phones(region);
    const Normalized n = phones.normalize(input);
    QCOMPARE(phones.status(input), n.status);
    if (expected.isEmpty()) {
        QCOMPARE(n.status, NormalStatus::Invalid);
        return;
    }
    QVERIFY2(n.ok(), qPrintable(input));
    QCOMPARE(n.text(input).toString(), expected);
}

void TestPhones::regions()
{
    QVERIFY(PhoneNormalizer::isSupportedRegion(u"DE"));
    QVERIFY(PhoneNormalizer::isSupportedRegion(u"us"));
    QVERIFY(!PhoneNormalizer::isSupportedRegion(u"XX"));
    QVERIFY(!PhoneNormalizer::isSupportedRegion(u"ZZ"));
    QCOMPARE(PhoneNormalizer(u" de ").defaultRegion(), QStringLiteral("DE"));
    QVERIFY(PhoneNormalizer(u"de").hasDefaultRegion());
    QCOMPARE(PhoneNormalizer(u"Germany").defaultRegion(), QStringLiteral("ZZ"));
    QVERIFY(!PhoneNormalizer().hasDefaultRegion());
}

void TestPhones::unchangedAndEmpty()
{
    const PhoneNormalizer phones(u"DE");
    QCOMPARE(phones.normalize(u" +49301234567 ").status, NormalStatus::Unchanged);
    QCOMPARE(phones.normalize(u"").status, NormalStatus::Empty);
    QCOMPARE(phones.normalize(u"030 1234567").status, NormalStatus::Rewritten);
}

void TestPhones::sharedBetweenThreads()
{
    const PhoneNormalizer phones(u"DE");
    std::atomic<int> wrong{0};
    auto work = [&](int seed) {
        for (int i = 0; i < 2000; ++i) {
            const int n = 1000000 + (seed * 7919 + i) % 8999999;
            const QString local = QStringLiteral("030 ") + QString::number(n);
            const Normalized r = phones.normalize(local);
            if (!r.ok() || r.text(local) != QString(QStringLiteral("+4930") + QString::number(n)))
                ++wrong;
        }
    };
    std::thread a(work, 1);
    std::thread b(work, 2);
    a.join();
    b.join();
    QCOMPARE(wrong.load(), 0);
}

// normalize() decides "+<code> <digits>" itself; it must say exactly what libphonenumber says.
// The oracle: every region's (and non-geographic entity's) example number of every type, in
// several notations, and mutated (a digit more, a digit less, each last and first digit changed).
void TestPhones::fastPathAgreesWithLibphonenumber()
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    QList<std::pair<int, QString>> examples; // calling code, national significant number
    const QList<PhoneNumberUtil::PhoneNumberType> types{
        PhoneNumberUtil::FIXED_LINE,      PhoneNumberUtil::MOBILE,      PhoneNumberUtil::TOLL_FREE,
        PhoneNumberUtil::PREMIUM_RATE,    PhoneNumberUtil::SHARED_COST, PhoneNumberUtil::VOIP,
        PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER,       PhoneNumberUtil::UAN,
        PhoneNumberUtil::VOICEMAIL};
    auto add = [&](const PhoneNumber &n) {
        std::string nsn;
        util->GetNationalSignificantNumber(n, &nsn);
        examples.append({int(n.country_code()), QString::fromStdString(nsn)});
    };
    for (const std::string &region : regions) {
        for (PhoneNumberUtil::PhoneNumberType type : types) {
            PhoneNumber n;
            if (util->GetExampleNumberForType(region, type, &n))
                add(n);
        }
    }
    std::set<int> global;
    util->GetSupportedGlobalNetworkCallingCodes(&global);
    for (int code : global) {
        PhoneNumber n;
        if (util->GetExampleNumberForNonGeoEntity(code, &n))
            add(n);
    }
    QVERIFY2(examples.size() > 1000, qPrintable(QString::number(examples.size())));

    const PhoneNormalizer none;
    const PhoneNormalizer de(u"DE");
    int compared = 0;
    int fastValid = 0;
    int byteAnswers = 0;
    auto check = [&](const QString &input) {
        for (const PhoneNormalizer *p : {&none, &de}) {
            const Normalized fast = p->normalize(input);
            const Normalized reference = p->normalizeWithLibphonenumber(input);
            if (fast.status != reference.status || fast.value != reference.value)
                QFAIL(qPrintable(QStringLiteral("%1 (region %2): fast %3 \"%4\", libphonenumber %5 \"%6\"")
                                     .arg(input, p->defaultRegion())
                                     .arg(int(fast.status))
                                     .arg(fast.value)
                                     .arg(int(reference.status))
                                     .arg(reference.value)));
            if (p->status(input) != fast.status) // the same answer without the E.164 form
                QFAIL(qPrintable(QStringLiteral("%1 (region %2): status %3, normalize %4")
                                     .arg(input, p->defaultRegion())
                                     .arg(int(p->status(input)))
                                     .arg(int(fast.status))));
            // ... and from the UTF-8 bytes, when they tell it.
            const std::optional<NormalStatus> bytes = p->statusOfBytes(input.toUtf8());
            if (bytes && *bytes != fast.status)
                QFAIL(qPrintable(QStringLiteral("%1 (region %2): status of the bytes %3, normalize %4")
                                     .arg(input, p->defaultRegion())
                                     .arg(int(*bytes))
                                     .arg(int(fast.status))));
            byteAnswers += bytes.has_value();
            ++compared;
            fastValid += fast.status != NormalStatus::Invalid;
        }
    };
    for (const auto &[code, nsn] : std::as_const(examples)) {
        const QString cc = QString::number(code);
        QStringList variants{nsn, nsn.chopped(1), nsn + QLatin1Char('5')};
        for (int d = 0; d < 10; ++d) {
            variants.append(nsn.chopped(1) + QString::number(d));
            variants.append(QString::number(d) + nsn.mid(1));
        }
        for (const QString &v : std::as_const(variants)) {
            check(QLatin1Char('+') + cc + v);
            check(QLatin1Char('+') + cc + QLatin1Char(' ') + v.left(3) + QLatin1Char(' ') + v.mid(3));
            check(QStringLiteral("+") + cc + QStringLiteral(" (") + v.left(2) + QStringLiteral(") ") +
                  v.mid(2, 3) + QLatin1Char('-') + v.mid(5));
        }
        check(QStringLiteral("+") + cc + QStringLiteral(" (0) ") + nsn); // a national prefix kept in
        check(QStringLiteral("+") + cc + QStringLiteral("00") + nsn);
        check(QStringLiteral("00") + cc + nsn);
        check(QLatin1Char('(') + nsn.left(3) + QStringLiteral(") ") + nsn.mid(3));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d inputs compared, %d valid, %d told on their bytes", compared, fastValid, byteAnswers);
    QVERIFY2(byteAnswers > compared / 2, qPrintable(QString::number(byteAnswers)));
}

void TestPhones::separatorsAndOddCharactersAgree()
{
    // The fast path finds digits and separators 8 characters a step: numbers of every length up to
    // past the 64-character limit, separators anywhere, and now and then a character that is
    // neither (a letter, a slash, a non-ASCII digit or space, a character whose low byte is a
    // digit), compared with libphonenumber.
    const PhoneNormalizer none;
    const PhoneNormalizer de(u"DE");
    const QString codes[] = {QStringLiteral("49"),  QStringLiteral("1"),  QStringLiteral("33"),
                             QStringLiteral("44"),  QStringLiteral("39"), QStringLiteral("7"),
                             QStringLiteral("353"), QStringLiteral("800")};
    const QString separators = QStringLiteral(" -.()");
    const QString odd = QStringLiteral("x/+\u0663\u00a0\uff11\u0131\u0231#");
    QRandomGenerator rng(31);
    int compared = 0;
    int valid = 0;
    int byteAnswers = 0;
    for (int i = 0; i < 6000; ++i) {
        QString s = (i % 5 ? QStringLiteral("+") : QString()) + codes[rng.bounded(int(std::size(codes)))];
        const int digits = int(i % 7 == 0 ? rng.bounded(0, 60) : rng.bounded(4, 13));
        for (int d = 0; d < digits; ++d) {
            if (rng.bounded(4) == 0)
                s += separators.at(qsizetype(rng.bounded(int(separators.size()))));
            s += QChar(u'0' + char16_t(rng.bounded(10)));
        }
        if (i % 3 == 0) {
            const int position = int(rng.bounded(int(s.size()) + 1));
            s.insert(position, odd.at(qsizetype(rng.bounded(int(odd.size())))));
        }
        if (i % 11 == 0) // blanks around it: ASCII ones, or a no-break space
            s = (i % 2 ? QStringLiteral(" \t") : QStringLiteral("\u00a0")) + s + QStringLiteral("  ");
        for (const PhoneNormalizer *p : {&none, &de}) {
            const Normalized fast = p->normalize(s);
            const Normalized reference = p->normalizeWithLibphonenumber(s);
            QVERIFY2(fast.status == reference.status && fast.value == reference.value, qPrintable(s));
            QCOMPARE(p->status(s), fast.status);
            if (const std::optional<NormalStatus> bytes = p->statusOfBytes(s.toUtf8())) {
                QCOMPARE(*bytes, fast.status);
                ++byteAnswers;
            }
            ++compared;
            valid += fast.ok();
        }
    }
    QVERIFY2(valid > compared / 10, qPrintable(QString::number(valid)));
    QVERIFY2(byteAnswers > compared / 2, qPrintable(QString::number(byteAnswers)));
    // Blanks only, and nothing: empty either way.
    QCOMPARE(de.statusOfBytes(" \t\r\n"), std::optional<NormalStatus>(NormalStatus::Empty));
    QCOMPARE(de.statusOfBytes(QByteArrayView()), std::optional<NormalStatus>(NormalStatus::Empty));
}

QTEST_APPLESS_MAIN(TestPhones)
#include "tst_phones.moc"
