// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/emails.h"

#include <QRandomGenerator>
#include <QTest>

using namespace godwit::engine;

Q_DECLARE_METATYPE(godwit::engine::NormalStatus)

class TestEmails : public QObject {
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void noAllocationWhenNormal();
    void domains_data();
    void domains();
    void onePassAgreesWithTheGeneralRules();
    void blocksAgreeWithTheGeneralRules();
};

void TestEmails::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: invalid
    auto ok = [](const char *name, const QString &in, const QString &out) {
        QTest::newRow(name) << in << out;
    };
    auto bad = [](const char *name, const QString &in) { QTest::newRow(name) << in << QString(); };

    ok("plain", QStringLiteral("anna@example.com"), QStringLiteral("anna@example.com"));
    ok("trim", QStringLiteral("  anna@example.com \t"), QStringLiteral("anna@example.com"));
    ok("nbsp trim", QStringLiteral("\u00a0anna@example.com\u00a0"), QStringLiteral("anna@example.com"));
    ok("lower domain keep local", QStringLiteral("Anna.Smith@Example.COM"),
       QStringLiteral("Anna.Smith@example.com"));
    ok("plus tag", QStringLiteral("anna+news@example.co.uk"), QStringLiteral("anna+news@example.co.uk"));
    ok("odd but legal local", QStringLiteral("o'brien_{x}=y@example.ie"),
       QStringLiteral("o'brien_{x}=y@example.ie"));
    ok("subdomains and digits", QStringLiteral("a1@mail-2.eu-west.example.org"),
       QStringLiteral("a1@mail-2.eu-west.example.org"));
    ok("mailto", QStringLiteral("mailto:Anna@Example.com"), QStringLiteral("Anna@example.com"));
    ok("idn domain", QStringLiteral("jürgen@Müller.DE"), QStringLiteral("jürgen@müller.de"));
    ok("punycode tld", QStringLiteral("a@example.xn--p1ai"), QStringLiteral("a@example.xn--p1ai"));
    ok("long tld", QStringLiteral("a@example.photography"), QStringLiteral("a@example.photography"));
    bad("space inside", QStringLiteral("anna smith@example.com"));
    bad("space in domain", QStringLiteral("anna@exa mple.com"));
    bad("double dot local", QStringLiteral("anna..smith@example.com"));
    bad("double dot domain", QStringLiteral("anna@example..com"));
    bad("leading dot", QStringLiteral(".anna@example.com"));
    bad("trailing dot local", QStringLiteral("anna.@example.com"));
    bad("no tld", QStringLiteral("anna@localhost"));
    bad("one letter tld", QStringLiteral("anna@example.c"));
    bad("numeric tld", QStringLiteral("anna@10.0.0.1"));
    bad("trailing dot domain", QStringLiteral("anna@example.com."));
    bad("two ats", QStringLiteral("anna@smith@example.com"));
    bad("no at", QStringLiteral("anna.example.com"));
    bad("empty local", QStringLiteral("@example.com"));
    bad("empty domain", QStringLiteral("anna@"));
    bad("hyphen label start", QStringLiteral("anna@-example.com"));
    bad("hyphen label end", QStringLiteral("anna@example-.com"));
    bad("comma typo", QStringLiteral("anna@example,com"));
    bad("angle brackets", QStringLiteral("Anna <anna@example.com>"));
    bad("two addresses", QStringLiteral("a@example.com; b@example.com"));
    bad("quoted local", QStringLiteral("\"anna\"@example.com"));
    bad("local too long", QString(65, u'a') + QStringLiteral("@example.com"));
    bad("label too long", QStringLiteral("a@") + QString(64, u'b') + QStringLiteral(".com"));
    bad("only mailto", QStringLiteral("mailto:"));
}

void TestEmails::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Normalized n = normalizeEmail(input);
    if (expected.isEmpty()) {
        QCOMPARE(n.status, NormalStatus::Invalid);
        return;
    }
    QVERIFY(n.ok());
    QCOMPARE(n.text(input).toString(), expected);
    QVERIFY(isValidEmail(expected));
}

void TestEmails::noAllocationWhenNormal()
{
    const QString mail = QStringLiteral("  Anna@example.com ");
    const Normalized n = normalizeEmail(mail);
    QCOMPARE(n.status, NormalStatus::Unchanged);
    QVERIFY(n.value.isNull());
    QCOMPARE(n.text(mail), u"Anna@example.com");
    QCOMPARE(normalizeEmail(u"").status, NormalStatus::Empty);
    QCOMPARE(normalizeEmail(u"a@Example.com").status, NormalStatus::Rewritten);
}

void TestEmails::domains_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("single");
    QTest::addColumn<bool>("valid");
    QTest::newRow("two labels") << QStringLiteral("example.com") << false << true;
    QTest::newRow("single label") << QStringLiteral("intranet") << false << false;
    QTest::newRow("single label allowed") << QStringLiteral("intranet") << true << true;
    QTest::newRow("empty label") << QStringLiteral("a..b") << false << false;
    QTest::newRow("63 chars") << QString(63, u'a') + QStringLiteral(".de") << false << true;
    QTest::newRow("underscore") << QStringLiteral("my_host.example.com") << false << false;
}

void TestEmails::domains()
{
    QFETCH(QString, domain);
    QFETCH(bool, single);
    QFETCH(bool, valid);
    QCOMPARE(isValidDomain(domain, single), valid);
}

namespace {

// checkEmailBytes on the UTF-8 of `s` against normalizeEmail: the same answer whenever the bytes
// give one. Returns whether they did.
bool bytesAgree(const QString &s, const Normalized &normal)
{
    const QByteArray utf8 = s.toUtf8();
    QByteArrayView address;
    switch (checkEmailBytes(utf8, &address)) {
    case EmailBytes::Unchanged:
        if (normal.status != NormalStatus::Unchanged || address != s.trimmed().toUtf8())
            qFatal("bytes say unchanged: %s", qPrintable(s));
        return true;
    case EmailBytes::Empty:
        if (normal.status != NormalStatus::Empty)
            qFatal("bytes say empty: %s", qPrintable(s));
        return true;
    case EmailBytes::Invalid:
        if (normal.status != NormalStatus::Invalid)
            qFatal("bytes say invalid: %s", qPrintable(s));
        return true;
    case EmailBytes::Decode:
        break;
    }
    return false;
}

} // namespace

void TestEmails::onePassAgreesWithTheGeneralRules()
{
    // normalizeEmail decides ASCII addresses in one pass; normalizeEmailGeneral by isValidEmail
    // alone. Random strings over the characters that matter (and a few that are not ASCII) must get
    // the same answer from both.
    const QString anything = QStringLiteral("aZ9.-@_+'  .-@xnY0\u00e9\u00c4\u0394");
    const QString localPart = QStringLiteral("aZ9._+-'x\u00e9");
    const QString domainPart = QStringLiteral("aZ9-.xY.\u00c4");
    QRandomGenerator rng(7);
    auto pick = [&rng](const QString &from, int length) -> QString {
        QString s;
        for (int k = 0; k < length; ++k)
            s += from.at(qsizetype(rng.bounded(int(from.size()))));
        return s;
    };
    int valid = 0;
    int told = 0; // answers from the bytes
    for (int i = 0; i < 300000; ++i) {
        // Any string, or one shaped like an address (most of those valid, some not).
        const QString s = i % 2 ? pick(anything, int(rng.bounded(1, 24)))
                                : pick(localPart, int(rng.bounded(1, 10))) + QLatin1Char('@') +
                                      pick(domainPart, int(rng.bounded(1, 12))) +
                                      (i % 4 ? QStringLiteral(".Com") : QStringLiteral(".de"));
        const Normalized fast = normalizeEmail(s);
        const Normalized general = normalizeEmailGeneral(s);
        QVERIFY2(fast.status == general.status && fast.value == general.value, qPrintable(s));
        valid += fast.ok() ? 1 : 0;
        told += bytesAgree(s, fast);
    }
    QVERIFY2(valid > 10000, qPrintable(QString::number(valid))); // both outcomes were exercised
    QVERIFY2(told > 100000, qPrintable(QString::number(told)));
    // Blanks, and a "mailto:" in any case, around an address the bytes would tell.
    for (const QString &s : {QStringLiteral(" \t a@example.com \r\n"), QStringLiteral("MailTo:a@example.com"),
                             QStringLiteral("mailto: a@example.com"), QStringLiteral("\u00a0a@example.com"),
                             QStringLiteral("a@example.com\u2003"), QStringLiteral("   "), QString()})
        bytesAgree(s, normalizeEmail(s));
    // Lengths at the limits: a 64-character local part, a 65-character one; 254 and 255 in all.
    const QString local64 = QString(64, u'a') + QStringLiteral("@example.com");
    const QString local65 = QString(65, u'a') + QStringLiteral("@example.com");
    QVERIFY(normalizeEmail(local64).ok());
    QVERIFY(!normalizeEmail(local65).ok());
    QVERIFY(!normalizeEmailGeneral(local65).ok());
    const QString label63(63, u'b');
    const QString long254 = QStringLiteral("a@") + label63 + u'.' + label63 + u'.' + label63 + u'.' +
                            QString(254 - 2 - 3 * 64 - 3, u'c') + QStringLiteral(".de");
    const QString long255 = QString(long254).insert(0, u'a');
    QCOMPARE(long254.size(), 254);
    QVERIFY(normalizeEmail(long254).ok());
    QVERIFY(normalizeEmailGeneral(long254).ok());
    QVERIFY(!normalizeEmail(long255).ok());
    QVERIFY(!normalizeEmailGeneral(long255).ok());
}

void TestEmails::blocksAgreeWithTheGeneralRules()
{
    // Addresses of 16 to 64 characters of [A-Za-z0-9.@-] are decided on bit masks 16 characters at
    // a time (the last block overlapping). Random strings around those lengths, mostly of those
    // characters, and address-shaped ones with dots, dashes and '@' at every position that matters,
    // must get the general path's answer.
    const QString simple = QStringLiteral("aaaaaaaazZ0999..--@@");
    const QString rare = QStringLiteral("_+' \u00e9\u0394\u0100\u8000\u00ff\u007f");
    const QString label = QStringLiteral("abcxyzAZ0189-");
    QRandomGenerator rng(11);
    auto pick = [&rng](const QString &from, int length) -> QString {
        QString s;
        for (int k = 0; k < length; ++k)
            s += from.at(qsizetype(rng.bounded(int(from.size()))));
        return s;
    };
    int valid = 0;
    int invalid = 0;
    int told = 0; // answers from the bytes
    for (int i = 0; i < 400000; ++i) {
        QString s;
        switch (i % 4) {
        case 0: // anything of the simple characters, 12 to 68 long
            s = pick(simple, int(rng.bounded(12, 69)));
            break;
        case 1: { // address-shaped: local part, '@', labels
            s = pick(label + u'.', int(rng.bounded(1, 30))) + u'@';
            const int labels = int(rng.bounded(1, 5));
            for (int l = 0; l < labels; ++l)
                s += (l ? QStringLiteral(".") : QString()) + pick(label, int(rng.bounded(0, 12)));
            break;
        }
        case 2: { // a valid-looking address with one character replaced or inserted
            s = pick(label, int(rng.bounded(1, 30))) + u'@' + pick(label, int(rng.bounded(1, 15))) + u'.' +
                pick(QStringLiteral("comdeORG19"), int(rng.bounded(1, 5)));
            const int position = int(rng.bounded(int(s.size()) + 1));
            const QChar c = (rng.bounded(4) == 0 ? rare : simple).at(qsizetype(rng.bounded(10)));
            if (rng.bounded(2) && position < s.size())
                s[position] = c;
            else
                s.insert(position, c);
            break;
        }
        default: // the generator's shape at lengths 16 to 64, sometimes with a mailto: prefix
            s = pick(QStringLiteral("abcdefghij"), int(rng.bounded(1, 40))) + u'.' +
                pick(QStringLiteral("klmnop"), int(rng.bounded(1, 10))) +
                QString::number(rng.bounded(100000)) + u'@' +
                (rng.bounded(2) ? QStringLiteral("example.com") : QStringLiteral("Mail.Example.DE"));
            if (rng.bounded(8) == 0)
                s.prepend(QStringLiteral("mailto:"));
            break;
        }
        const Normalized fast = normalizeEmail(s);
        const Normalized general = normalizeEmailGeneral(s);
        QVERIFY2(fast.status == general.status && fast.value == general.value, qPrintable(s));
        (fast.ok() ? valid : invalid) += 1;
        told += bytesAgree(s, fast);
    }
    QVERIFY2(told > 200000, qPrintable(QString::number(told)));
    QVERIFY2(valid > 50000 && invalid > 50000, qPrintable(QString::number(valid)));
    // Every length from 14 to 66 with the '@' and a dot at every place.
    for (int n = 14; n <= 66; ++n) {
        for (int at = 0; at < n; ++at) {
            for (int dot = 0; dot < n; ++dot) {
                QString s(n, u'a');
                s[at] = u'@';
                if (dot != at)
                    s[dot] = u'.';
                if ((n + at) % 3 == 0)
                    s[n - 1] = u'1';
                const Normalized fast = normalizeEmail(s);
                const Normalized general = normalizeEmailGeneral(s);
                QVERIFY2(fast.status == general.status && fast.value == general.value, qPrintable(s));
                bytesAgree(s, fast);
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestEmails)
#include "tst_emails.moc"
