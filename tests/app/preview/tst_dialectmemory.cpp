// SPDX-License-Identifier: GPL-3.0-or-later
// DialectMemory: a choice per file, recalled for this version or an earlier one, forgotten when
// empty, and only the most recent files kept.
#include "app/preview/dialectmemory.h"

#include "tests/app/preview/previewtestdata.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using app::DialectMemory;
using app::FileIdentity;

class TestDialectMemory : public QObject {
    Q_OBJECT
private slots:
    void remembersAChoicePerFile();
    void knowsAnEarlierVersion();
    void emptyChoiceForgets();
    void keepsTheMostRecentFiles();

private:
    QTemporaryDir m_dir;
};

void TestDialectMemory::remembersAChoicePerFile()
{
    QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
    const QString path = m_dir.filePath(QStringLiteral("customers.csv"));
    QVERIFY(test::writeFile(path, "a;b\n1;2\n"));
    DialectMemory memory(settings);
    const FileIdentity file = FileIdentity::of(path);
    QVERIFY(file.exists());
    QVERIFY(!memory.recall(file));

    engine::CsvOpenOptions choice;
    choice.encoding = engine::TextEncoding::Windows1252;
    choice.dialect.delimiter = ';';
    choice.dialect.quote = '\0';
    choice.dialect.hasHeader = true;
    choice.dialect.headerRecord = 2;
    const QDateTime when = QDateTime(QDate(2025, 3, 12), QTime(9, 30), Qt::UTC);
    memory.remember(file, choice, when);

    // Another DialectMemory over the same settings file: what a next start sees.
    QSettings again(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
    const auto recalled = DialectMemory(again).recall(FileIdentity::of(path));
    QVERIFY(recalled);
    QVERIFY(recalled->sameVersion);
    QCOMPARE(recalled->savedAt, when);
    QCOMPARE(recalled->choice.encoding, choice.encoding);
    QCOMPARE(recalled->choice.dialect.delimiter, choice.dialect.delimiter);
    QCOMPARE(recalled->choice.dialect.quote, choice.dialect.quote);
    QCOMPARE(recalled->choice.dialect.hasHeader, choice.dialect.hasHeader);
    QCOMPARE(recalled->choice.dialect.headerRecord, choice.dialect.headerRecord);

    // Another file has nothing.
    const QString other = m_dir.filePath(QStringLiteral("other.csv"));
    QVERIFY(test::writeFile(other, "x\n"));
    QVERIFY(!memory.recall(FileIdentity::of(other)));
}

void TestDialectMemory::knowsAnEarlierVersion()
{
    QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(test::writeFile(path, "a|b\n1|2\n"));
    DialectMemory memory(settings);
    engine::CsvOpenOptions choice;
    choice.dialect.delimiter = '|';
    memory.remember(FileIdentity::of(path), choice);
    QVERIFY(test::writeFile(path, "a|b\n1|2\n3|4\n")); // a new export of the same file
    const auto recalled = memory.recall(FileIdentity::of(path));
    QVERIFY(recalled);
    QVERIFY(!recalled->sameVersion);
    QCOMPARE(recalled->choice.dialect.delimiter, std::optional<char>('|'));
}

void TestDialectMemory::emptyChoiceForgets()
{
    QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    const QString path = m_dir.filePath(QStringLiteral("c.csv"));
    QVERIFY(test::writeFile(path, "a\n"));
    DialectMemory memory(settings);
    engine::CsvOpenOptions choice;
    choice.dialect.hasHeader = false;
    memory.remember(FileIdentity::of(path), choice);
    QVERIFY(memory.recall(FileIdentity::of(path)));
    memory.remember(FileIdentity::of(path), {});
    QVERIFY(!memory.recall(FileIdentity::of(path)));
    QVERIFY(DialectMemory::isEmpty({}));
    QVERIFY(!DialectMemory::isEmpty(choice));
}

void TestDialectMemory::keepsTheMostRecentFiles()
{
    QSettings settings(m_dir.filePath(QStringLiteral("d.ini")), QSettings::IniFormat);
    DialectMemory memory(settings);
    engine::CsvOpenOptions choice;
    choice.dialect.delimiter = ';';
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < DialectMemory::kMaxFiles + 5; ++i) {
        FileIdentity file;
        file.path = QStringLiteral("/nowhere/f%1.csv").arg(i);
        memory.remember(file, choice, start.addSecs(i));
    }
    settings.beginGroup(QStringLiteral("preview/dialects"));
    QCOMPARE(settings.childGroups().size(), DialectMemory::kMaxFiles);
    settings.endGroup();
    FileIdentity oldest;
    oldest.path = QStringLiteral("/nowhere/f0.csv");
    QVERIFY(!memory.recall(oldest));
    FileIdentity newest;
    newest.path = QStringLiteral("/nowhere/f%1.csv").arg(DialectMemory::kMaxFiles + 4);
    QVERIFY(memory.recall(newest));
}

QTEST_GUILESS_MAIN(TestDialectMemory)
#include "tst_dialectmemory.moc"
