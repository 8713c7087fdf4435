// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/fielddecode.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

#include <cstdlib>
#include <vector>

using namespace godwit::engine;

namespace {

// What the pass did before: Qt's decoder, fresh for each field.
QString reference(QByteArrayView bytes, bool *valid)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    *valid = !decoder.hasError();
    return text;
}

// Pieces random fields are made of: ASCII, every length of valid sequence, and the invalid ones a
// decoder must catch (overlong, surrogates, truncated, stray continuation bytes, a mark).
const std::vector<QByteArray> &pieces()
{
    static const std::vector<QByteArray> all = {
        "a",
        "Z",
        "0",
        " ",
        ",",
        "\"",
        "\n",
        "@",
        ".",
        "~",
        "\x7f",
        "\x01",
        "\xc3\xa9",         // é
        "\xc5\x81",         // Ł
        "\xc2\x80",         // first two-byte
        "\xdf\xbf",         // last two-byte
        "\xe0\xa0\x80",     // first three-byte
        "\xe2\x82\xac",     // €
        "\xef\xbb\xbf",     // byte-order mark
        "\xef\xbf\xbd",     // U+FFFD
        "\xef\xbf\xbf",     // U+FFFF
        "\xed\x9f\xbf",     // last before the surrogates
        "\xed\xa0\x80",     // a surrogate: invalid
        "\xee\x80\x80",     // private use
        "\xe0\x80\xaf",     // overlong: invalid
        "\xc0\xaf",         // overlong: invalid
        "\xc1\xbf",         // overlong: invalid
        "\xf0\x9f\x98\x80", // 😀 (four bytes, a surrogate pair)
        "\xf4\x8f\xbf\xbf", // the last code point
        "\xf4\x90\x80\x80", // past it: invalid
        "\xf5",
        "\xff",
        "\x80",
        "\xbf",         // never valid
        "\xc3",         // truncated two-byte
        "\xe2\x82",     // truncated three-byte
        "\xf0\x9f\x98", // truncated four-byte
    };
    return all;
}

QByteArray randomField(QRandomGenerator &random)
{
    QByteArray field;
    const int count = int(random.bounded(24));
    const bool asciiHeavy = random.bounded(2) == 0;
    for (int i = 0; i < count; ++i) {
        const auto &all = pieces();
        const size_t k =
            asciiHeavy && random.bounded(4) != 0 ? random.bounded(12) : random.bounded(int(all.size()));
        field += all[k];
    }
    return field;
}

} // namespace

class TestFieldDecode : public QObject {
    Q_OBJECT

private slots:
    void knownFields_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QByteArray() << QString() << true;
        QTest::newRow("ascii") << QByteArray("john.doe@example.com") << QStringLiteral("john.doe@example.com")
                               << true;
        QTest::newRow("long ascii") << QByteArray(100, 'x') << QString(100, u'x') << true;
        QTest::newRow("accents") << QByteArray("Fran\xc3\xa7ois \xc5\x81ukasz")
                                 << QStringLiteral("François Łukasz") << true;
        QTest::newRow("euro") << QByteArray("12 \xe2\x82\xac") << QStringLiteral("12 €") << true;
        QTest::newRow("emoji") << QByteArray("hi \xf0\x9f\x98\x80") << QStringLiteral("hi 😀") << true;
        QTest::newRow("mark at start dropped")
            << QByteArray("\xef\xbb\xbfname") << QStringLiteral("name") << true;
        QTest::newRow("mark inside kept") << QByteArray("a\xef\xbb\xbf") << QStringLiteral("a\uFEFF") << true;
        QTest::newRow("invalid byte") << QByteArray("a\xff") << QStringLiteral("a\uFFFD") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QString() << false;
    }

    void knownFields()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QString out;
        QCOMPARE(decodeUtf8Field(bytes, out), valid);
        if (valid)
            QCOMPARE(out, text);
        else if (!text.isEmpty())
            QCOMPARE(out, text);
        bool referenceValid = true;
        QCOMPARE(out, reference(bytes, &referenceValid));
        QCOMPARE(valid, referenceValid);
    }

    // 200,000 random fields, each decoded at every distance from the end of a page (the short
    // rest of a field is loaded 16 bytes at once only when those bytes stay on its page), and all
    // of a row's fields into one buffer one after another, as the pass does.
    void matchesQtsDecoder()
    {
        QRandomGenerator random(20261122);
        constexpr qsizetype kPage = 4096;
        char *pages = static_cast<char *>(std::aligned_alloc(size_t(kPage), size_t(2 * kPage)));
        QVERIFY(pages);
        std::vector<char16_t> buffer(4096);
        int checked = 0;
        for (int round = 0; round < 20000; ++round) {
            char16_t *out = buffer.data();
            std::vector<std::pair<QString, qsizetype>> row; // expected text, offset in the buffer
            for (int f = 0; f < 10; ++f) {
                const QByteArray field = randomField(random);
                // Ends exactly at the page's end, or a random distance before it.
                const qsizetype gap = random.bounded(2) == 0 ? 0 : qsizetype(random.bounded(40));
                char *at = pages + kPage - gap - field.size();
                memcpy(at, field.constData(), size_t(field.size()));
                bool valid = true;
                const qsizetype units = decodeUtf8Field(QByteArrayView(at, field.size()), out, valid);
                bool referenceValid = true;
                const QString expected = reference(field, &referenceValid);
                if (valid != referenceValid || QStringView(out, units) != expected) {
                    std::free(pages);
                    QFAIL(qPrintable(
                        QStringLiteral("field %1 decoded as \"%2\" (valid %3), Qt: \"%4\" (valid %5)")
                            .arg(QString::fromLatin1(field.toHex(' ')), QStringView(out, units).toString(),
                                 QString::number(valid), expected, QString::number(referenceValid))));
                }
                row.emplace_back(expected, out - buffer.data());
                out += units;
                ++checked;
            }
            // The slack written past one field never spoils the fields before it.
            for (const auto &[expected, offset] : row)
                QCOMPARE(QStringView(buffer.data() + offset, expected.size()), QStringView(expected));
        }
        std::free(pages);
        QCOMPARE(checked, 200000);
    }
};

QTEST_GUILESS_MAIN(TestFieldDecode)
#include "tst_fielddecode.moc"
