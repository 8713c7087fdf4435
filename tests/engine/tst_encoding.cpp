// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/encoding.h"

#include "tests/engine/corpus.h"

#include <QStringDecoder>
#include <QTest>

using namespace godwit::engine;
using godwit::test::corpusFile;

Q_DECLARE_METATYPE(godwit::engine::TextEncoding)
Q_DECLARE_METATYPE(godwit::engine::EncodingSource)

namespace {

const QByteArray kFffd = QByteArrayLiteral("\xEF\xBF\xBD");

struct Decoded {
    QByteArray text;
    QList<DecodeIssue> issues;
    bool operator==(const Decoded &) const = default;
};

// Decodes with the input cut at the given points (each piece a separate buffer).
Decoded decodeCut(const QByteArray &data, TextEncoding encoding, const QList<qsizetype> &cuts)
{
    Decoded out;
    Utf8Decoder decoder(encoding);
    const auto sink = [&out](QByteArrayView utf8) { out.text.append(utf8); };
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        decoder.decode(data.mid(from, cut - from), sink);
        from = cut;
    }
    decoder.decode(data.mid(from), sink);
    decoder.finish(sink);
    out.issues = decoder.issues();
    return out;
}

QByteArray hex(const QByteArray &bytes)
{
    return bytes.toHex(' ');
}

} // namespace

class TestEncoding : public QObject {
    Q_OBJECT
private slots:
    void names();
    void detectsCorpus_data();
    void detectsCorpus();
    void detectorMistakesAreOverruled();
    void decodesCorpus_data();
    void decodesCorpus();
    void agreesWithQStringDecoder_data();
    void agreesWithQStringDecoder();
    void singleByteTables();
    void windows1252UndefinedBytesAreReported();
    void invalidUtf8_data();
    void invalidUtf8();
    void invalidUtf16();
    void everySplitPointGivesTheSameText_data();
    void everySplitPointGivesTheSameText();
    void bomNeverReachesTheText();
    void validUtf8IsNotCopied();
};

void TestEncoding::names()
{
    for (const TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                                 TextEncoding::Latin1, TextEncoding::Windows1252, TextEncoding::Iso8859_15})
        QCOMPARE(encodingFromName(encodingName(e)), e);
    QCOMPARE(encodingFromName(u"cp1252"), TextEncoding::Windows1252);
    QCOMPARE(encodingFromName(u" Latin-9 "), TextEncoding::Iso8859_15);
    QCOMPARE(encodingFromName(u"latin1"), TextEncoding::Latin1);
    QCOMPARE(encodingFromName(u"utf_8"), TextEncoding::Utf8);
    QCOMPARE(encodingFromName(u"koi8-r"), std::nullopt);
    QVERIFY(isAsciiCompatible(TextEncoding::Windows1252));
    QVERIFY(!isAsciiCompatible(TextEncoding::Utf16BE));
}

void TestEncoding::detectsCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<EncodingSource>("source");
    QTest::addColumn<int>("bom");
    QTest::newRow("utf8 bom") << QStringLiteral("utf8-bom-header.csv") << TextEncoding::Utf8
                              << EncodingSource::Bom << 3;
    QTest::newRow("utf8") << QStringLiteral("utf8-plain.csv") << TextEncoding::Utf8
                          << EncodingSource::ValidUtf8 << 0;
    QTest::newRow("ascii") << QStringLiteral("ragged.csv") << TextEncoding::Utf8 << EncodingSource::ValidUtf8
                           << 0;
    QTest::newRow("utf16le bom") << QStringLiteral("utf16le-bom.csv") << TextEncoding::Utf16LE
                                 << EncodingSource::Bom << 2;
    QTest::newRow("utf16be bom") << QStringLiteral("utf16be-bom.csv") << TextEncoding::Utf16BE
                                 << EncodingSource::Bom << 2;
    QTest::newRow("utf16le sniffed") << QStringLiteral("utf16le-nobom.csv") << TextEncoding::Utf16LE
                                     << EncodingSource::NulPattern << 0;
    QTest::newRow("utf16be sniffed") << QStringLiteral("utf16be-nobom.csv") << TextEncoding::Utf16BE
                                     << EncodingSource::NulPattern << 0;
    QTest::newRow("windows-1252") << QStringLiteral("windows-1252.csv") << TextEncoding::Windows1252
                                  << EncodingSource::Detector << 0;
    // uchardet says ISO-8859-1: € as 0xA4 and Œ Š Ž œ Ÿ next to letters settle ISO-8859-15.
    QTest::newRow("iso-8859-15") << QStringLiteral("iso-8859-15.csv") << TextEncoding::Iso8859_15
                                 << EncodingSource::Fallback << 0;
    QTest::newRow("latin1") << QStringLiteral("latin1.csv") << TextEncoding::Latin1
                            << EncodingSource::Detector << 0;
}

void TestEncoding::detectsCorpus()
{
    QFETCH(QString, file);
    QFETCH(TextEncoding, encoding);
    QFETCH(EncodingSource, source);
    QFETCH(int, bom);
    const EncodingGuess guess = detectEncoding(corpusFile(file), true);
    QCOMPARE(guess.encoding, encoding);
    QCOMPARE(guess.source, source);
    QCOMPARE(guess.bomLength, bom);
    QVERIFY(guess.confidence > 0.4 && guess.confidence <= 1.0);
}

void TestEncoding::detectorMistakesAreOverruled()
{
    // uchardet calls this German Windows-1252 text WINDOWS-1250: its 0x80-0x9F bytes settle it.
    const QByteArray german("Name;Preis;Notiz\nM\xfcller;12,50 \x80;\x93Gr\xfc\xdf"
                            "e\x94 aus K\xf6ln\nJos\xe9;3 \x80;caf\xe9 cr\xe8me br\xfbl\xe9"
                            "e\n");
    const EncodingGuess guess = detectEncoding(german, true);
    QCOMPARE(guess.detectorCharset, QStringLiteral("WINDOWS-1250"));
    QCOMPARE(guess.encoding, TextEncoding::Windows1252);
    QCOMPARE(guess.source, EncodingSource::Fallback);
    QCOMPARE(QString::fromUtf8(decodeToUtf8(german, guess.encoding)).section(u'\n', 1, 1),
             QStringLiteral("Müller;12,50 €;“Grüße” aus Köln"));
    // A Latin-1 "½" after a digit stays Latin-1.
    QCOMPARE(detectEncoding(QByteArray("qty,item\n1\xbd,caf\xe9\n"), true).encoding, TextEncoding::Latin1);
}

void TestEncoding::decodesCorpus_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"utf8-bom-header.csv", "latin1.csv", "windows-1252.csv", "iso-8859-15.csv",
                             "utf16le-bom.csv", "utf16be-bom.csv", "utf16le-nobom.csv", "utf16be-nobom.csv"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestEncoding::decodesCorpus()
{
    // Detection then decoding, as the importer does it, must give exactly the expected text.
    QFETCH(QString, file);
    const QByteArray data = corpusFile(file);
    const QByteArray expected = corpusFile(file + QStringLiteral(".expected.utf8"));
    const EncodingGuess guess = detectEncoding(data, true);
    QList<DecodeIssue> issues;
    const QByteArray text = decodeToUtf8(data, guess.encoding, &issues);
    QCOMPARE(text, expected);
    QVERIFY(issues.isEmpty());
}

void TestEncoding::agreesWithQStringDecoder_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<int>("qtEncoding");
    QTest::newRow("utf16le") << QStringLiteral("utf16le-bom.csv") << TextEncoding::Utf16LE
                             << int(QStringConverter::Utf16LE);
    QTest::newRow("utf16be") << QStringLiteral("utf16be-nobom.csv") << TextEncoding::Utf16BE
                             << int(QStringConverter::Utf16BE);
    QTest::newRow("latin1") << QStringLiteral("latin1.csv") << TextEncoding::Latin1
                            << int(QStringConverter::Latin1);
    QTest::newRow("latin1 high bytes")
        << QStringLiteral("windows-1252.csv") << TextEncoding::Latin1 << int(QStringConverter::Latin1);
    QTest::newRow("utf8") << QStringLiteral("utf8-bom-header.csv") << TextEncoding::Utf8
                          << int(QStringConverter::Utf8);
    // By name: only where Qt itself was built with ICU (Debian's is); skipped elsewhere.
    QTest::newRow("windows-1252 by name")
        << QStringLiteral("windows-1252.csv") << TextEncoding::Windows1252 << -1;
    QTest::newRow("iso-8859-15 by name")
        << QStringLiteral("iso-8859-15.csv") << TextEncoding::Iso8859_15 << -1;
}

void TestEncoding::agreesWithQStringDecoder()
{
    // Qt's own decoders are the independent reference for the encodings Qt knows.
    QFETCH(QString, file);
    QFETCH(TextEncoding, encoding);
    QFETCH(int, qtEncoding);
    const QByteArray data = corpusFile(file);
    QStringDecoder reference =
        qtEncoding >= 0
            ? QStringDecoder(QStringConverter::Encoding(qtEncoding), QStringConverter::Flag::Stateless)
            : QStringDecoder(qPrintable(encodingName(encoding)), QStringConverter::Flag::Stateless);
    if (!reference.isValid())
        QSKIP("this Qt has no ICU-backed decoder for the encoding");
    QString expected = reference(data);
    if (expected.startsWith(QChar(0xFEFF)))
        expected.remove(0, 1);
    QCOMPARE(QString::fromUtf8(decodeToUtf8(data, encoding)), expected);
}

void TestEncoding::singleByteTables()
{
    const QByteArray bytes("\x80\x93\x94\x96\x85\x9F\xA4\xBD\xE9");
    QCOMPARE(QString::fromUtf8(decodeToUtf8(bytes, TextEncoding::Windows1252)), QStringLiteral("€“”–…Ÿ¤½é"));
    QCOMPARE(
        QString::fromUtf8(decodeToUtf8(QByteArray("\xA4\xBD\xBE\xA6\xB8\xE9"), TextEncoding::Iso8859_15)),
        QStringLiteral("€œŸŠžé"));
    QCOMPARE(QString::fromUtf8(decodeToUtf8(QByteArray("\xA4\xBD\xBE\xE9"), TextEncoding::Latin1)),
             QStringLiteral("¤½¾é"));
}

void TestEncoding::windows1252UndefinedBytesAreReported()
{
    QList<DecodeIssue> issues;
    const QByteArray text = decodeToUtf8(QByteArray("ab\x81"
                                                    "c\x8D\x8F"
                                                    "d"),
                                         TextEncoding::Windows1252, &issues);
    QCOMPARE(text, "ab" + kFffd + "c" + kFffd + kFffd + "d");
    const QList<DecodeIssue> expected{{2, 2, QByteArray("\x81"), -1, -1},
                                      {4, 6, QByteArray("\x8D\x8F"), -1, -1}};
    QCOMPARE(issues, expected);
}

void TestEncoding::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QList<qint64>>("offsets"); // input offset, output offset, byte count per issue
    QTest::newRow("valid") << QByteArray("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80")
                           << QByteArray("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80") << QList<qint64>{};
    QTest::newRow("latin1 byte") << QByteArray("caf\xE9!") << QByteArray("caf" + kFffd + "!")
                                 << QList<qint64>{3, 3, 1};
    QTest::newRow("stray continuations")
        << QByteArray("a\x80\x80z") << QByteArray("a" + kFffd + kFffd + "z") << QList<qint64>{1, 1, 2};
    QTest::newRow("overlong") << QByteArray("\xC0\xAFx") << QByteArray(kFffd + "x") << QList<qint64>{0, 0, 2};
    QTest::newRow("surrogate") << QByteArray("x\xED\xA0\x80") << QByteArray("x" + kFffd)
                               << QList<qint64>{1, 1, 3};
    QTest::newRow("above 10FFFF") << QByteArray("\xF4\x90\x80\x80") << kFffd << QList<qint64>{0, 0, 4};
    QTest::newRow("cut by ascii") << QByteArray("\xE2\x82x") << QByteArray(kFffd + "x")
                                  << QList<qint64>{0, 0, 2};
    QTest::newRow("truncated at end")
        << QByteArray("ok\xF0\x9F\x98") << QByteArray("ok" + kFffd) << QList<qint64>{2, 2, 3};
    QTest::newRow("bad lead") << QByteArray("\xFFok") << QByteArray(kFffd + "ok") << QList<qint64>{0, 0, 1};
}

void TestEncoding::invalidUtf8()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    QFETCH(QList<qint64>, offsets);
    QList<DecodeIssue> issues;
    QCOMPARE(hex(decodeToUtf8(input, TextEncoding::Utf8, &issues)), hex(output));
    QList<qint64> actual;
    for (const DecodeIssue &issue : issues)
        actual << issue.inputOffset << issue.outputOffset << issue.bytes.size();
    QCOMPARE(actual, offsets);
}

void TestEncoding::invalidUtf16()
{
    // Lone low surrogate, high surrogate followed by a letter, odd final byte (LE).
    const QByteArray input = QByteArray::fromHex("6100"
                                                 "00dc"
                                                 "62003dd8"
                                                 "6300"
                                                 "3dd800de"
                                                 "64");
    QList<DecodeIssue> issues;
    const QByteArray text = decodeToUtf8(input, TextEncoding::Utf16LE, &issues);
    QCOMPARE(hex(text), hex("a" + kFffd + "b" + kFffd + "c\xF0\x9F\x98\x80" + kFffd));
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues[0].inputOffset, 2);
    QCOMPARE(issues[0].bytes, QByteArray::fromHex("00dc"));
    QCOMPARE(issues[1].inputOffset, 6);
    QCOMPARE(issues[1].outputOffset, 5);
    QCOMPARE(issues[2].inputOffset, 14);
    QCOMPARE(issues[2].bytes, QByteArray::fromHex("64"));
}

void TestEncoding::everySplitPointGivesTheSameText_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<TextEncoding>("encoding");
    const QByteArray utf8Mess =
        QByteArray("\xEF\xBB\xBF"
                   "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 caf\xE9 \xE2\x82x\xED\xA0\x80 \xF0\x9F");
    QTest::newRow("utf8 with bom and errors") << utf8Mess << TextEncoding::Utf8;
    QTest::newRow("utf8 bom prefix only") << QByteArray("\xEF\xBBz") << TextEncoding::Utf8;
    QTest::newRow("utf16le") << corpusFile(QStringLiteral("utf16le-bom.csv")) +
                                    QByteArray::fromHex("00dc3dd861")
                             << TextEncoding::Utf16LE;
    QTest::newRow("utf16be") << corpusFile(QStringLiteral("utf16be-nobom.csv")) << TextEncoding::Utf16BE;
    QTest::newRow("windows-1252") << corpusFile(QStringLiteral("windows-1252.csv")) + "\x81"
                                  << TextEncoding::Windows1252;
    QTest::newRow("iso-8859-15") << corpusFile(QStringLiteral("iso-8859-15.csv")) << TextEncoding::Iso8859_15;
}

void TestEncoding::everySplitPointGivesTheSameText()
{
    QFETCH(QByteArray, data);
    QFETCH(TextEncoding, encoding);
    const Decoded whole = decodeCut(data, encoding, {});
    for (qsizetype i = 0; i <= data.size(); ++i) {
        for (qsizetype j = i; j <= std::min(data.size(), i + 5); ++j) {
            const Decoded split = decodeCut(data, encoding, {i, j});
            QVERIFY2(split == whole, qPrintable(QStringLiteral("cut at %1,%2: %3")
                                                    .arg(i)
                                                    .arg(j)
                                                    .arg(QString::fromLatin1(hex(split.text)))));
        }
    }
}

void TestEncoding::bomNeverReachesTheText()
{
    for (const TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
        QStringEncoder encoder(e == TextEncoding::Utf8      ? QStringConverter::Utf8
                               : e == TextEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE,
                               QStringConverter::Flag::WriteBom);
        const QByteArray data = encoder(QStringLiteral("name,email\n"));
        const QByteArray text = decodeToUtf8(data, e);
        QCOMPARE(text, QByteArray("name,email\n"));
        // Cut right after the first byte, the BOM is still recognised.
        QCOMPARE(decodeCut(data, e, {1}).text, QByteArray("name,email\n"));
    }
    // Only at the very start: a later U+FEFF is text.
    QCOMPARE(decodeToUtf8(QByteArray("a\xEF\xBB\xBF"), TextEncoding::Utf8), QByteArray("a\xEF\xBB\xBF"));
}

void TestEncoding::validUtf8IsNotCopied()
{
    const QByteArray data(100000, 'x');
    Utf8Decoder decoder(TextEncoding::Utf8);
    int views = 0;
    bool intoInput = true;
    decoder.decode(data, [&](QByteArrayView utf8) {
        ++views;
        intoInput =
            intoInput && utf8.data() >= data.constData() && utf8.data() < data.constData() + data.size();
    });
    QCOMPARE(views, 1);
    QVERIFY(intoInput);
}

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
