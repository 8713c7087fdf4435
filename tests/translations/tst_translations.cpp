// SPDX-License-Identifier: GPL-3.0-or-later
// Every tr() string of the console is in godwit_de.ts and godwit_fr.ts, finished, with the
// same placeholders; and the catalogues compiled into the console load and translate.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void catalogueIsCompleteAndFinished_data();
    void catalogueIsCompleteAndFinished();
    void embeddedCataloguesTranslate_data();
    void embeddedCataloguesTranslate();

private:
    struct Message {
        QString context;
        QString source;
        QStringList translations; // one, or one per numerus form
        QString type;             // "", "unfinished", "vanished", "obsolete"
    };
    static QList<Message> readTs(const QString &path, QString *error);
    static QSet<QString> placeholders(const QString &text);
};

QList<TestTranslations::Message> TestTranslations::readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message{context, {}, {}, {}};
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                // Either plain text or <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations.append(xml.readElementText());
                }
                if (current.translations.isEmpty())
                    current.translations.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> TestTranslations::placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> result;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        result.insert(it.next().captured(0));
    return result;
}

void TestTranslations::catalogueIsCompleteAndFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("de") << QStringLiteral("de") << false;
    QTest::newRow("fr") << QStringLiteral("fr") << false;
    // English needs only the plural forms of "%n item(s)" strings.
    QTest::newRow("en") << QStringLiteral("en") << true;
}

void TestTranslations::catalogueIsCompleteAndFinished()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    const QString original = QStringLiteral(GODWIT_TS_DIR "/godwit_%1.ts").arg(language);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("godwit_%1.ts").arg(language));
    QVERIFY(QFile::copy(original, copy));
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    // lupdate over today's sources, into the copy: a new tr() string shows up unfinished.
    QStringList arguments{QStringLiteral("-no-obsolete"),
                          QStringLiteral("-locations"),
                          QStringLiteral("none"),
                          QStringLiteral("-I"),
                          QStringLiteral(GODWIT_SOURCE_ROOT),
                          QStringLiteral("@" GODWIT_TR_SOURCE_LIST),
                          QStringLiteral("-ts"),
                          copy};
    if (pluralOnly)
        arguments.prepend(QStringLiteral("-pluralonly"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(GODWIT_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > (pluralOnly ? 0 : 50));
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        if (m.type == QLatin1String("unfinished")) {
            problems.append(QStringLiteral("unfinished or missing: ") + where);
            continue;
        }
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            problems.append(QStringLiteral("no longer in the sources: ") + where);
            continue;
        }
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &translation : m.translations) {
            if (translation.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems.append(QStringLiteral("empty translation: ") + where);
            else if (placeholders(translation) != expected && !(m.source.contains(QLatin1String("%n"))))
                problems.append(QStringLiteral("placeholders differ: ") + where + QStringLiteral(" → ") +
                                translation);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 (run: cmake --build build --target update_translations, then "
                                       "translate)\n")
                            .arg(language) +
                        problems.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedCataloguesTranslate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("connected");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Konto") << QStringLiteral("verbunden");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Compte") << QStringLiteral("connecté");
    QTest::newRow("en") << QStringLiteral("en") << QString() << QString();
}

void TestTranslations::embeddedCataloguesTranslate()
{
    QFETCH(QString, language);
    QFETCH(QString, account);
    QFETCH(QString, connected);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/godwit_%1.qm").arg(language)),
             "the .qm catalogue is not embedded under :/i18n");
    QCOMPARE(translator.translate("godwit::ui::MainWindow", "Account"), account);
    QCOMPARE(translator.translate("godwit::app::Session", "connected"), connected);
    // Plural forms, in every language.
    const QString one = translator.translate("godwit::ui::AccountPage", "%n template(s)", nullptr, 1);
    const QString many = translator.translate("godwit::ui::AccountPage", "%n template(s)", nullptr, 3);
    QVERIFY2(!one.contains(QLatin1String("(s)")) && !many.contains(QLatin1String("(s)")),
             qPrintable(one + many));
    QVERIFY(one != many);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
