// SPDX-License-Identifier: GPL-3.0-or-later
// Header names as people drift them: case, spacing, punctuation, accents, synonyms, similar words.
#include "engine/headermatch.h"

#include <QTest>

using namespace godwit::engine;

class TestHeaderMatch : public QObject {
    Q_OBJECT
private slots:
    void keys_data();
    void keys();
    void matches_data();
    void matches();
    void nonMatches_data();
    void nonMatches();
    void planHeaderWins();
    void orderOfStrength();
    void similarity_data();
    void similarity();
};

void TestHeaderMatch::keys_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("snake") << QStringLiteral("first_name")
                           << QStringList{QStringLiteral("first"), QStringLiteral("name")};
    QTest::newRow("camel") << QStringLiteral("firstName")
                           << QStringList{QStringLiteral("first"), QStringLiteral("name")};
    QTest::newRow("spaces and case") << QStringLiteral("  First   NAME ")
                                     << QStringList{QStringLiteral("first"), QStringLiteral("name")};
    QTest::newRow("hyphen") << QStringLiteral("E-Mail")
                            << QStringList{QStringLiteral("e"), QStringLiteral("mail")};
    QTest::newRow("accents") << QStringLiteral("Prénom") << QStringList{QStringLiteral("prenom")};
    QTest::newRow("eszett") << QStringLiteral("Straße") << QStringList{QStringLiteral("strasse")};
    QTest::newRow("digits") << QStringLiteral("address2")
                            << QStringList{QStringLiteral("address"), QStringLiteral("2")};
    QTest::newRow("punctuation only") << QStringLiteral("#?!") << QStringList{};
}

void TestHeaderMatch::keys()
{
    QFETCH(QString, header);
    QFETCH(QStringList, tokens);
    const HeaderKey key = headerKey(header);
    QCOMPARE(key.tokens, tokens);
    QCOMPARE(key.joined, tokens.join(QString()));
}

void TestHeaderMatch::matches_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("minScore");
    QTest::newRow("exact") << QStringLiteral("email") << QStringLiteral("email") << int(NameMatchKind::Exact)
                           << 1.0;
    QTest::newRow("case") << QStringLiteral("EMAIL") << QStringLiteral("email")
                          << int(NameMatchKind::Normalized) << 0.95;
    QTest::newRow("spacing") << QStringLiteral("First Name") << QStringLiteral("first_name")
                             << int(NameMatchKind::Normalized) << 0.95;
    QTest::newRow("camel") << QStringLiteral("birthDate") << QStringLiteral("birth_date")
                           << int(NameMatchKind::Normalized) << 0.95;
    QTest::newRow("punctuation") << QStringLiteral("E-mail") << QStringLiteral("email")
                                 << int(NameMatchKind::Normalized) << 0.95;
    QTest::newRow("synonym en") << QStringLiteral("Surname") << QStringLiteral("last_name")
                                << int(NameMatchKind::Synonym) << 0.9;
    QTest::newRow("synonym fr, accents")
        << QStringLiteral("Prénom") << QStringLiteral("first_name") << int(NameMatchKind::Synonym) << 0.9;
    QTest::newRow("synonym de") << QStringLiteral("Telefonnummer") << QStringLiteral("phone")
                                << int(NameMatchKind::Synonym) << 0.9;
    QTest::newRow("synonym spelled differently")
        << QStringLiteral("E-Mail Address") << QStringLiteral("email") << int(NameMatchKind::Synonym) << 0.9;
    QTest::newRow("more words") << QStringLiteral("Contact Email") << QStringLiteral("contact_email")
                                << int(NameMatchKind::Normalized) << 0.95;
    QTest::newRow("contains the words") << QStringLiteral("Opted In Flag") << QStringLiteral("opted_in")
                                        << int(NameMatchKind::Similar) << 0.65;
    QTest::newRow("typo") << QStringLiteral("Frist Name") << QStringLiteral("first_name")
                          << int(NameMatchKind::Similar) << 0.45;
}

void TestHeaderMatch::matches()
{
    QFETCH(QString, header);
    QFETCH(QString, column);
    QFETCH(int, kind);
    QFETCH(double, minScore);
    const NameMatch m = matchHeaderName(header, column);
    QCOMPARE(int(m.kind), kind);
    QVERIFY2(m.score >= minScore, qPrintable(QString::number(m.score)));
    QVERIFY(m.score <= 1.0);
    QVERIFY(!m.reason.isEmpty());
}

void TestHeaderMatch::nonMatches_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("column");
    QTest::newRow("unrelated") << QStringLiteral("Notes") << QStringLiteral("email");
    QTest::newRow("one shared word of three")
        << QStringLiteral("First Contact Date") << QStringLiteral("first_name");
    QTest::newRow("empty") << QString() << QStringLiteral("email");
    QTest::newRow("punctuation") << QStringLiteral("--") << QStringLiteral("email");
}

void TestHeaderMatch::nonMatches()
{
    QFETCH(QString, header);
    QFETCH(QString, column);
    QVERIFY2(matchHeaderName(header, column).score < 0.65,
             qPrintable(QString::number(matchHeaderName(header, column).score)));
}

void TestHeaderMatch::planHeaderWins()
{
    // A header nobody would guess, but the plan recorded it: found again, even renamed.
    QCOMPARE(matchHeaderName(u"Kontakt-Nr. (intern)", u"phone").score < 0.65, true);
    const NameMatch same = matchHeaderName(u"Kontakt-Nr. (intern)", u"phone", u"Kontakt-Nr. (intern)");
    QCOMPARE(same.score, 1.0);
    QVERIFY(same.viaPrevious);
    const NameMatch renamed = matchHeaderName(u"KONTAKT NR INTERN", u"phone", u"Kontakt-Nr. (intern)");
    QVERIFY(renamed.score > 0.95);
    QVERIFY(renamed.viaPrevious);
    QVERIFY(renamed.reason.contains(QStringLiteral("plan")));
}

void TestHeaderMatch::orderOfStrength()
{
    const double exact = matchHeaderName(u"email", u"email").score;
    const double normalized = matchHeaderName(u"E-MAIL", u"email").score;
    const double synonym = matchHeaderName(u"Courriel", u"email").score;
    const double similar = matchHeaderName(u"Primary Mail Box", u"email").score;
    QVERIFY(exact > normalized);
    QVERIFY(normalized > synonym);
    QVERIFY(synonym > similar);
}

void TestHeaderMatch::similarity_data()
{
    // The larger of the words' Jaccard index and the letters' Dice coefficient over the distinct
    // trigrams of " joined ".
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("expected");
    QTest::newRow("same") << "email"
                          << "E-Mail" << 1.0; // "email" against "e mail": letters
    QTest::newRow("words in another order") << "first name"
                                            << "Name, First" << 1.0;
    // Words: 2 of 3. Letters: " birthdate " (9 trigrams) and " dateofbirth " (11) share "dat", "ate",
    // "bir", "irt" and "rth", 2 * 5 / (9 + 11) = 0.5.
    QTest::newRow("words beat letters") << "birth date"
                                        << "date of birth" << 2.0 / 3.0;
    // " emailaddress " has 12 distinct trigrams, " email " 5; " em", "ema", "mai", "ail" are shared.
    QTest::newRow("letters") << "E-mail address"
                             << "email" << 2.0 * 4 / (12 + 5);
    // " aaaa " has 3 distinct trigrams (" aa", "aaa", "aa "), " aa " 2, both of them shared.
    QTest::newRow("repeated trigrams count once") << "aaaa"
                                                  << "aa" << 2.0 * 2 / (3 + 2);
    QTest::newRow("nothing shared") << "zip"
                                    << "phone" << 0.0;
    QTest::newRow("empty") << ""
                           << "phone" << 0.0;
}

void TestHeaderMatch::similarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, expected);
    QCOMPARE(headerSimilarity(headerKey(a), headerKey(b)), expected);
    QCOMPARE(headerSimilarity(headerKey(b), headerKey(a)), expected);
}

QTEST_APPLESS_MAIN(TestHeaderMatch)
#include "tst_headermatch.moc"
