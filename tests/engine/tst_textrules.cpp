// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/textrules.h"

#include <QRandomGenerator>
#include <QTest>

using namespace godwit::engine;

Q_DECLARE_METATYPE(godwit::engine::NormalStatus)

class TestTextRules : public QObject {
    Q_OBJECT
private slots:
    void urls_data();
    void urls();
    void uuids_data();
    void uuids();
    void characterCount_data();
    void characterCount();
    void characterCountMatchesPairCounting();
    void enums_data();
    void enums();
    void enumSharesCanonicalValue();
    void enumDanglingAlias();
};

void TestTextRules::urls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: invalid
    auto row = [](const char *name, const QString &in, const QString &out) {
        QTest::newRow(name) << in << out;
    };
    row("https", QStringLiteral("https://example.com"), QStringLiteral("https://example.com"));
    row("path query fragment", QStringLiteral("https://example.com/a/B?q=1&r=%20#Top"),
        QStringLiteral("https://example.com/a/B?q=1&r=%20#Top"));
    row("upper scheme and host", QStringLiteral("HTTPS://WWW.Example.COM/Path"),
        QStringLiteral("https://www.example.com/Path"));
    row("port", QStringLiteral("http://localhost:8080/x"), QStringLiteral("http://localhost:8080/x"));
    row("ipv4", QStringLiteral("http://192.168.1.10/"), QStringLiteral("http://192.168.1.10/"));
    row("ipv6", QStringLiteral("http://[2001:db8::1]:443/"), QStringLiteral("http://[2001:db8::1]:443/"));
    row("ftp", QStringLiteral("ftp://files.example.org/pub"), QStringLiteral("ftp://files.example.org/pub"));
    row("www without scheme", QStringLiteral(" www.example.com/about "),
        QStringLiteral("https://www.example.com/about"));
    row("bare domain", QStringLiteral("example.com"), QString());
    row("javascript", QStringLiteral("javascript:alert(1)"), QString());
    row("other scheme", QStringLiteral("gopher://example.com"), QString());
    row("space in path", QStringLiteral("https://example.com/a b"), QString());
    row("no host", QStringLiteral("https:///path"), QString());
    row("bad port", QStringLiteral("https://example.com:99999/"), QString());
    row("port letters", QStringLiteral("https://example.com:80a/"), QString());
    row("credentials", QStringLiteral("https://user:pw@example.com/"), QString());
    row("ipv4 out of range", QStringLiteral("http://300.1.1.1/"), QString());
    row("underscore host", QStringLiteral("https://my_host.example.com"), QString());
}

void TestTextRules::urls()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Normalized n = normalizeUrl(input);
    if (expected.isEmpty()) {
        QCOMPARE(n.status, NormalStatus::Invalid);
        return;
    }
    QVERIFY(n.ok());
    QCOMPARE(n.text(input).toString(), expected);
    QCOMPARE(n.status == NormalStatus::Unchanged, expected == input.trimmed());
}

void TestTextRules::uuids_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString canonical = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    QTest::newRow("canonical") << canonical << canonical;
    QTest::newRow("upper") << QStringLiteral("3F2504E0-4F89-11D3-9A0C-0305E82C3301") << canonical;
    QTest::newRow("braces") << QStringLiteral("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}") << canonical;
    QTest::newRow("urn") << QStringLiteral("urn:uuid:3f2504e0-4f89-11d3-9a0c-0305e82c3301") << canonical;
    QTest::newRow("no dashes") << QStringLiteral("3f2504e04f8911d39a0c0305e82c3301") << canonical;
    QTest::newRow("padded") << QStringLiteral(" 3f2504e0-4f89-11d3-9a0c-0305e82c3301 ") << canonical;
    QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000")
                         << QStringLiteral("00000000-0000-0000-0000-000000000000");
    QTest::newRow("not hex") << QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c330g") << QString();
    QTest::newRow("dash misplaced") << QStringLiteral("3f2504e04-f89-11d3-9a0c-0305e82c3301") << QString();
    QTest::newRow("short") << QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c330") << QString();
    QTest::newRow("one brace") << QStringLiteral("{3f2504e0-4f89-11d3-9a0c-0305e82c3301") << QString();
}

void TestTextRules::uuids()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Normalized n = normalizeUuid(input);
    if (expected.isEmpty()) {
        QCOMPARE(n.status, NormalStatus::Invalid);
        return;
    }
    QVERIFY(n.ok());
    QCOMPARE(n.text(input).toString(), expected);
    QCOMPARE(n.status == NormalStatus::Unchanged, expected == input.trimmed());
}

void TestTextRules::characterCount_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qsizetype>("count");
    QTest::newRow("ascii") << QStringLiteral("hello") << qsizetype(5);
    QTest::newRow("accents") << QStringLiteral("Zoë Müller") << qsizetype(10);
    QTest::newRow("emoji") << QStringLiteral("a😀b") << qsizetype(3);
    QTest::newRow("two emoji") << QStringLiteral("😀😀") << qsizetype(2);
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << qsizetype(1);
    QTest::newRow("empty") << QString() << qsizetype(0);
}

void TestTextRules::characterCount()
{
    QFETCH(QString, input);
    QFETCH(qsizetype, count);
    QCOMPARE(godwit::engine::characterCount(input), count);
}

void TestTextRules::enums_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qsizetype>("index");
    QTest::newRow("exact") << QStringLiteral("In Progress") << qsizetype(1);
    QTest::newRow("case") << QStringLiteral("in progress") << qsizetype(1);
    QTest::newRow("shouting") << QStringLiteral("LEAD") << qsizetype(0);
    QTest::newRow("trim") << QStringLiteral("  Won ") << qsizetype(2);
    QTest::newRow("inner spaces") << QStringLiteral("in   progress") << qsizetype(1);
    QTest::newRow("accented case") << QStringLiteral("ÉTÉ") << qsizetype(3);
    QTest::newRow("alias") << QStringLiteral("wip") << qsizetype(1);
    QTest::newRow("alias case") << QStringLiteral("Closed Won") << qsizetype(2);
    QTest::newRow("unknown") << QStringLiteral("Lost") << qsizetype(-1);
    QTest::newRow("prefix only") << QStringLiteral("In") << qsizetype(-1);
    QTest::newRow("empty") << QString() << qsizetype(-1);
}

void TestTextRules::enums()
{
    QFETCH(QString, input);
    QFETCH(qsizetype, index);
    const EnumMatcher matcher(
        {QStringLiteral("Lead"), QStringLiteral("In Progress"), QStringLiteral("Won"), QStringLiteral("Été")},
        {{QStringLiteral("WIP"), QStringLiteral("In Progress")},
         {QStringLiteral("closed won"), QStringLiteral("won")}});
    QCOMPARE(matcher.indexOf(input), index);
    const Normalized n = matcher.normalize(input);
    if (index < 0) {
        QCOMPARE(n.status, input.isEmpty() ? NormalStatus::Empty : NormalStatus::Invalid);
    } else {
        QVERIFY(n.ok());
        QCOMPARE(n.text(input), matcher.values()[index]);
    }
    QVERIFY(matcher.danglingAliases().isEmpty());
}

void TestTextRules::enumSharesCanonicalValue()
{
    const EnumMatcher matcher({QStringLiteral("Lead")});
    const Normalized same = matcher.normalize(u" Lead ");
    QCOMPARE(same.status, NormalStatus::Unchanged);
    const Normalized other = matcher.normalize(u"lead");
    QCOMPARE(other.status, NormalStatus::Rewritten);
    QCOMPARE(other.value.constData(), matcher.values().first().constData()); // shared, not copied
}

void TestTextRules::enumDanglingAlias()
{
    const EnumMatcher matcher({QStringLiteral("A")}, {{QStringLiteral("x"), QStringLiteral("B")}});
    QCOMPARE(matcher.danglingAliases(), QStringList{QStringLiteral("x")});
    QCOMPARE(matcher.indexOf(u"x"), -1);
}

void TestTextRules::characterCountMatchesPairCounting()
{
    // characterCount skips surrogate-free blocks of 8 units: compare with counting pairs one unit
    // at a time, for every length up to 40 and surrogates (paired, lone, reversed) anywhere.
    auto reference = [](QStringView text) {
        qsizetype count = text.size();
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
                --count;
                ++i;
            }
        }
        return count;
    };
    const char16_t units[] = {u'a',   u'Z',   u'0',   u' ',   0x00e9, 0x20ac, 0xd7ff, 0xe000, 0xffff,
                              0xd83d, 0xde00, 0xdbff, 0xdc00, 0xd800, 0xdfff, u'a',   u'b',   u'c'};
    // One pair, or one lone half, at every position of every length.
    for (int length = 1; length <= 40; ++length) {
        for (int at = 0; at < length; ++at) {
            for (const char16_t unit : {char16_t(0xd83d), char16_t(0xde00)}) {
                QString s(length, u'a');
                s[at] = QChar(unit);
                if (unit == 0xd83d && at + 1 < length)
                    s[at + 1] = QChar(0xde00);
                QCOMPARE(godwit::engine::characterCount(s), reference(s));
            }
        }
    }
    QRandomGenerator rng(99);
    for (int length = 0; length <= 40; ++length) {
        for (int k = 0; k < 3000; ++k) {
            QString s(length, u'x');
            const int surrogates = int(rng.bounded(4));
            for (int j = 0; j < length; ++j)
                s[j] = QChar(units[rng.bounded(surrogates == 0 ? 8 : int(std::size(units)))]);
            QCOMPARE(godwit::engine::characterCount(s), reference(s));
            // The same text from an odd offset (unaligned loads).
            const QString shifted = u'q' + s;
            QCOMPARE(godwit::engine::characterCount(QStringView(shifted).sliced(1)), reference(s));
        }
    }
}

QTEST_APPLESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
