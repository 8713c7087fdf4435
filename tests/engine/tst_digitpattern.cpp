// SPDX-License-Identifier: GPL-3.0-or-later
// libphonenumber first: its abseil and protobuf headers must not meet Qt's keyword macros.
#include <phonenumbers/phonemetadata.pb.h>

#include "engine/digitpattern.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <QElapsedTimer>
#include <QTest>

#include <memory>
#include <random>
#include <string>

// libphonenumber's compiled-in metadata (metadata.h is not installed).
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

using godwit::engine::DigitPattern;
using Anchoring = DigitPattern::Anchoring;

namespace {

// The reference: PCRE2, anchored at the start, and at the end too for a full match (as
// engine/phones.cpp used it before the automaton).
class Pcre {
public:
    Pcre(std::string_view pattern, Anchoring anchoring)
    {
        const std::string full =
            anchoring == Anchoring::Full ? "(?:" + std::string(pattern) + ")\\z" : std::string(pattern);
        int error = 0;
        PCRE2_SIZE offset = 0;
        m_code.reset(pcre2_compile(reinterpret_cast<PCRE2_SPTR>(full.data()), full.size(), PCRE2_ANCHORED,
                                   &error, &offset, nullptr));
        if (m_code)
            pcre2_jit_compile(m_code.get(), PCRE2_JIT_COMPLETE);
    }
    bool isValid() const { return m_code != nullptr; }
    bool matches(std::string_view subject) const
    {
        return pcre2_match(m_code.get(), reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), 0, 0,
                           m_data.get(), nullptr) >= 0;
    }

private:
    std::unique_ptr<pcre2_code, decltype(&pcre2_code_free)> m_code{nullptr, &pcre2_code_free};
    std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> m_data{
        pcre2_match_data_create(1, nullptr), &pcre2_match_data_free};
};

} // namespace

class TestDigitPattern : public QObject {
    Q_OBJECT
private slots:
    void constructs_data();
    void constructs();
    void prefixAnchoring();
    void severalPatterns();
    void refused_data();
    void refused();
    void stateLimit();
    void minimalAutomaton();
    void agreesWithPcre2OnMetadata();
};

void TestDigitPattern::constructs_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("matches");
    auto row = [](const char *pattern, const char *subject, bool matches) {
        QTest::addRow("%s ~ \"%s\"", pattern, subject)
            << QString::fromLatin1(pattern) << QString::fromLatin1(subject) << matches;
    };
    row("7", "7", true);
    row("7", "", false);
    row("7", "77", false); // anchored at the end
    row("7", "17", false); // … and at the start
    row("\\d", "0", true);
    row("\\d", "9", true);
    row("\\d", "a", false); // not a digit
    row("[2-9]", "1", false);
    row("[2-9]", "2", true);
    row("[2-9]", "9", true);
    row("[0-24-8]", "3", false);
    row("[0-24-8]", "4", true);
    row("[0-24-8]", "9", false);
    row("[0-24-8]", "0", true);
    row("[^0]", "0", false);
    row("[^0]", "5", true);
    row("[\\d]", "5", true);
    row("[13]", "2", false);
    row("12|34", "12", true);
    row("12|34", "34", true);
    row("12|34", "14", false);
    row("1(?:2|34)5", "125", true);
    row("1(?:2|34)5", "1345", true);
    row("1(?:2|34)5", "135", false);
    row("1(2|34)5", "1345", true); // a capturing group is a group
    row("1(?:|2)3", "13", true);   // an empty alternative
    row("1(?:|2)3", "123", true);
    row("(?:1(?:2[3-5]|6)|7)8", "1248", true);
    row("(?:1(?:2[3-5]|6)|7)8", "1268", false);
    row("(?:1(?:2[3-5]|6)|7)8", "78", true);
    row("12?3", "13", true);
    row("12?3", "123", true);
    row("12?3", "1223", false);
    row("12*3", "13", true);
    row("12*3", "12223", true);
    row("12+3", "13", false);
    row("12+3", "1223", true);
    row("\\d{3}", "12", false);
    row("\\d{3}", "123", true);
    row("\\d{3}", "1234", false);
    row("\\d{2,}", "1", false);
    row("\\d{2,}", "12", true);
    row("\\d{2,}", "12345678901234567", true);
    row("\\d{2,4}", "1", false);
    row("\\d{2,4}", "12", true);
    row("\\d{2,4}", "1234", true);
    row("\\d{2,4}", "12345", false);
    row("\\d{0}", "", true);
    row("\\d{0,1}", "", true);
    row("(?:12){2}", "1212", true);
    row("(?:12){2}", "121", false);
    row("(?:1|23){1,2}4", "2314", true);
    row("(?:1|23){1,2}4", "23234", true);
    row("(?:1|23){1,2}4", "112314", false);
    row("(?:2[1-9]|3[0-2])\\d{6}", "21123456", true);
    row("(?:2[1-9]|3[0-2])\\d{6}", "20123456", false);
    row("(?:2[1-9]|3[0-2])\\d{6}", "33123456", false);
    row("(?:2[1-9]|3[0-2])\\d{6}", "3212345", false);
    row("", "", true);
    row("", "1", false);
}

void TestDigitPattern::constructs()
{
    QFETCH(QString, pattern);
    QFETCH(QString, subject);
    QFETCH(bool, matches);
    const std::string p = pattern.toStdString();
    const std::string s = subject.toStdString();
    QVERIFY(DigitPattern::isSupported(p));
    const std::optional<DigitPattern> dfa = DigitPattern::compile({p});
    QVERIFY(dfa);
    QCOMPARE(dfa->match(s) != 0, matches);
    const Pcre reference(p, Anchoring::Full);
    QVERIFY(reference.isValid());
    QCOMPARE(reference.matches(s), matches); // the expectation is PCRE2's reading
}

void TestDigitPattern::prefixAnchoring()
{
    const std::optional<DigitPattern> p = DigitPattern::compile({"2[1-3]|45"}, Anchoring::Prefix);
    QVERIFY(p);
    QVERIFY(p->match("21"));
    QVERIFY(p->match("219999"));
    QVERIFY(p->match("45"));
    QVERIFY(p->match("4500"));
    QVERIFY(!p->match("2"));
    QVERIFY(!p->match("24"));
    QVERIFY(!p->match("121")); // anchored at the start
    QVERIFY(!p->match(""));
    const std::optional<DigitPattern> empty = DigitPattern::compile({"0?"}, Anchoring::Prefix);
    QVERIFY(empty);
    QVERIFY(empty->match("")); // the empty prefix matches
    QVERIFY(empty->match("5"));
    QVERIFY(!empty->match("5x")); // not a digit: no match at all
}

void TestDigitPattern::severalPatterns()
{
    const std::optional<DigitPattern> p = DigitPattern::compile({"\\d{4,5}", "1\\d{3}", "[12]\\d{4}", "9"});
    QVERIFY(p);
    QCOMPARE(p->match("1234"), 0b0011u);
    QCOMPARE(p->match("12345"), 0b0101u);
    QCOMPARE(p->match("2345"), 0b0001u);
    QCOMPARE(p->match("9"), 0b1000u);
    QCOMPARE(p->match("99"), 0u);
    QCOMPARE(p->match(""), 0u);
    const std::optional<DigitPattern> prefix = DigitPattern::compile({"1", "12", "3"}, Anchoring::Prefix);
    QVERIFY(prefix);
    QCOMPARE(prefix->match("1"), 0b001u);
    QCOMPARE(prefix->match("125"), 0b011u);
    QCOMPARE(prefix->match("35"), 0b100u);
    QVERIFY(DigitPattern::compile(std::vector<std::string_view>(32, "1")));
    QVERIFY(!DigitPattern::compile(std::vector<std::string_view>(33, "1"))); // one bit a pattern
    const std::optional<DigitPattern> none = DigitPattern::compile({});
    QVERIFY(none);
    QCOMPARE(none->match(""), 0u);
    QCOMPARE(none->match("123"), 0u);
}

void TestDigitPattern::refused_data()
{
    QTest::addColumn<QString>("pattern");
    for (const char *p : {"a",    "1a",   "\\D",   "\\s",   "\\w",   "\\1",     ".",      "^1",      "1$",
                          "1??",  "1*?",  "1+?",   "1{2}?", "1?+",   "1*+",     "1**",    "1{2}{3}", "?",
                          "*1",   "+",    "{2}",   "1{",    "1{2",   "1{,3}",   "1{3,2}", "1{a}",    "1{101}",
                          "(1",   "1)",   "(?=1)", "(?!1)", "(?i)1", "(?<n>1)", "(?>1)",  "[]",      "[^]",
                          "[1-]", "[-1]", "[5-2]", "[a-z]", "[]1]",  "[1",      "1 2",    "+1",      "1|2)"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

void TestDigitPattern::refused()
{
    QFETCH(QString, pattern);
    const std::string p = pattern.toStdString();
    QVERIFY(!DigitPattern::isSupported(p));
    QVERIFY(!DigitPattern::compile({p}));
    QVERIFY(!DigitPattern::compile({"1", p})); // one refused pattern refuses the automaton
}

void TestDigitPattern::stateLimit()
{
    // [01]*1[01]{14}: an automaton must remember the last 15 digits, more than 2^15 states.
    const char *exponential = "[01]*1[01]{14}";
    QVERIFY(DigitPattern::isSupported(exponential));
    QVERIFY(!DigitPattern::compile({exponential})); // over the default limit
    const std::optional<DigitPattern> big = DigitPattern::compile({exponential}, Anchoring::Full, 65535);
    QVERIFY(big);
    QVERIFY(big->stateCount() > 32768);
    QVERIFY(big->match("01100000000000000"));  // the 15th digit from the end is a 1
    QVERIFY(!big->match("01000000000000000")); // the 16th
    // \d{10}: the dead state, the start and ten more.
    QVERIFY(DigitPattern::compile({"\\d{10}"}, Anchoring::Full, 12));
    QVERIFY(!DigitPattern::compile({"\\d{10}"}, Anchoring::Full, 11));
}

void TestDigitPattern::minimalAutomaton()
{
    // The dead state, the start, and one state a digit read.
    QCOMPARE(DigitPattern::compile({"\\d{3}"})->stateCount(), 5);
    // After "2[1-9]" and after "3[0-2]" the same \d{2} is left: one chain, not two.
    QCOMPARE(DigitPattern::compile({"2[1-9]\\d{2}|3[0-2]\\d{2}"})->stateCount(), 7);
    QCOMPARE(DigitPattern::compile({"\\d{3}"})->memoryBytes(), size_t(5 * (10 * 2 + 4)));
    // Nothing can match: the start is a second dead state.
    const std::optional<DigitPattern> never = DigitPattern::compile({"[^\\d]"});
    QVERIFY(never);
    QCOMPARE(never->stateCount(), 2);
    QCOMPARE(never->match("1"), 0u);
}

// Every number pattern of libphonenumber's metadata, per region as engine/phones.cpp compiles them
// (all descriptions in one automaton; leading digits and the national prefix as prefix matches),
// against PCRE2 on random digit strings of 1 to 17 digits, most of them starting like the
// region's example numbers so that they match now and then.
void TestDigitPattern::agreesWithPcre2OnMetadata()
{
    using namespace i18n::phonenumbers;
    PhoneMetadataCollection collection;
    QVERIFY(collection.ParseFromArray(metadata_get(), metadata_size()));
    std::mt19937 random(20261122);
    int patterns = 0;
    int compiled = 0;
    int prefixPatterns = 0;
    int prefixCompiled = 0;
    int largest = 0;
    QString largestRegion;
    size_t bytes = 0;
    qint64 compileNs = 0;
    qint64 compared = 0;
    qint64 matched = 0;
    QStringList refused;
    for (const PhoneMetadata &m : collection.metadata()) {
        std::vector<std::string_view> descs;
        std::vector<std::string> examples;
        for (const PhoneNumberDesc *d :
             {&m.general_desc(), &m.fixed_line(), &m.mobile(), &m.premium_rate(), &m.toll_free(),
              &m.shared_cost(), &m.voip(), &m.personal_number(), &m.pager(), &m.uan(), &m.voicemail()}) {
            if (d->national_number_pattern().empty())
                continue;
            ++patterns;
            if (!DigitPattern::isSupported(d->national_number_pattern())) {
                refused << QString::fromStdString(m.id() + ": " + d->national_number_pattern());
                continue;
            }
            ++compiled;
            descs.push_back(d->national_number_pattern());
            if (!d->example_number().empty())
                examples.push_back(d->example_number());
        }
        QElapsedTimer timer;
        timer.start();
        const std::optional<DigitPattern> dfa = DigitPattern::compile(descs);
        compileNs += timer.nsecsElapsed();
        QVERIFY2(dfa, m.id().c_str());
        if (dfa->stateCount() > largest) {
            largest = dfa->stateCount();
            largestRegion = QString::fromStdString(m.id());
        }
        bytes += dfa->memoryBytes();
        std::vector<Pcre> references;
        for (const std::string_view p : descs) {
            references.emplace_back(p, Anchoring::Full);
            QVERIFY(references.back().isValid());
        }
        // Leading digits and the national prefix, each its own automaton (prefix matches).
        std::vector<std::pair<DigitPattern, Pcre>> prefixes;
        for (const std::string *p : {&m.leading_digits(), &m.national_prefix_for_parsing()}) {
            if (p->empty())
                continue;
            ++prefixPatterns;
            std::optional<DigitPattern> d = DigitPattern::compile({*p}, Anchoring::Prefix);
            if (!d) {
                QVERIFY2(p->find('$') != std::string::npos, p->c_str()); // only end anchors are refused
                continue;
            }
            ++prefixCompiled;
            prefixes.emplace_back(std::move(*d), Pcre(*p, Anchoring::Prefix));
        }

        std::string subject;
        for (int i = 0; i < 1200; ++i) {
            subject.clear();
            const int kind = examples.empty() ? 0 : i % 4;
            const std::string &example = examples.empty() ? subject : examples[random() % examples.size()];
            if (kind == 1) { // an example number
                subject = example;
            } else if (kind == 2) { // its start
                subject = example.substr(0, random() % (example.size() + 1));
            } else if (kind == 3 && !example.empty()) { // one digit changed
                subject = example;
                subject[random() % subject.size()] = char('0' + random() % 10);
            }
            if (kind == 0 || kind == 2) { // random digits up to a random length
                const size_t length = 1 + random() % 17;
                while (subject.size() < length)
                    subject.push_back(char('0' + random() % 10));
            }
            const uint32_t mask = dfa->match(subject);
            QCOMPARE(dfa->matchDigits(subject), mask); // the subjects are digits only
            for (size_t j = 0; j < references.size(); ++j) {
                const bool expected = references[j].matches(subject);
                if (((mask >> j) & 1u) != uint32_t(expected))
                    QFAIL(
                        qPrintable(QStringLiteral("%1 pattern %2 on \"%3\": automaton %4, PCRE2 %5")
                                       .arg(QString::fromStdString(m.id()),
                                            QString::fromLatin1(descs[j].data(), qsizetype(descs[j].size())),
                                            QString::fromStdString(subject))
                                       .arg((mask >> j) & 1u)
                                       .arg(expected)));
                matched += expected;
                ++compared;
            }
            for (const auto &[automaton, reference] : prefixes) {
                QCOMPARE(automaton.match(subject) != 0, reference.matches(subject));
                QCOMPARE(automaton.matchDigits(subject), automaton.match(subject));
                ++compared;
            }
        }
    }
    qInfo(
        "%d of %d national number patterns in the subset, %d of %d leading-digit and national-prefix "
        "patterns; one automaton per region: the largest %d states (%s), %zu bytes in all, compiled in %.1f "
        "ms; %lld comparisons with PCRE2, %lld matches",
        compiled, patterns, prefixCompiled, prefixPatterns, largest, qPrintable(largestRegion), bytes,
        double(compileNs) / 1e6, compared, matched);
    // Every pattern of the metadata Debian ships is in the subset (a newer libphonenumber with new
    // syntax would still work, through PCRE2, but slower: this says so).
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u'\n')));
    QVERIFY(matched > compared / 50); // the strings are not all trivially rejected
}

QTEST_APPLESS_MAIN(TestDigitPattern)
#include "tst_digitpattern.moc"
