// SPDX-License-Identifier: GPL-3.0-or-later
// The full pass over a file: inspect, heal the mapping, decide settings, validate, fix, write.
#include "engine/bundledtemplates.h"
#include "engine/filevalidation.h"
#include "engine/fixes.h"
#include "engine/passinglane.h"

#include <QBuffer>

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <memory>

using namespace godwit::engine;

namespace {

Template contacts()
{
    return *bundledTemplate(QStringLiteral("contacts"));
}

// A contacts file of `rows` rows with known faults: every 10th e-mail broken, every 7th row
// repeats the e-mail of row 3 (a `unique` failure far from its first occurrence, across threads).
QByteArray contactsCsv(int rows, const char *header = "First Name,Last Name,E-mail,Phone,Birthday,Opt-in\r\n")
{
    QByteArray csv(header);
    for (int i = 0; i < rows; ++i) {
        QByteArray email = "user" + QByteArray::number(i) + "@example.com";
        if (i % 10 == 9)
            email = "user" + QByteArray::number(i) + "@@example";
        else if (i % 7 == 6 && i > 7)
            email = "user2@example.com";
        csv += "Zoë,\"O'Neil, Jr.\"," + email + ",+49 30 " + QByteArray::number(1000000 + i) + ",1990-02-" +
               QByteArray::number(10 + i % 18) + "," + (i % 2 ? "yes" : "no") + "\r\n";
    }
    return csv;
}

class Files {
public:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

QJsonObject reportJson(const FileValidation &v)
{
    return v.report.toJson();
}

} // namespace

class TestFileValidation : public QObject {
    Q_OBJECT
private slots:
    void smallFileEndToEnd();
    void parallelEqualsSequential();
    void secondHalfRepeatsFirst();
    void passingLaneEqualsFullPath_data();
    void passingLaneEqualsFullPath();
    void unterminatedQuoteIsRefused();
    void otherEncodingsStream();
    void preambleAndRowNumbers();
    void requiredColumnMissingIsDrift();
    void typedFileErrors_data();
    void typedFileErrors();
    void planFixesAreApplied();
    void patchAppliedShowsOnRevalidation();
    void dateOrderFromAllValues();
    void outputsInTemplateOrder();
    void raggedAndUndecodableAreNamed();
    void progressAndCancel();
    void flaggedCellsForAPreview();
    void parallelOutputsEqualSequential();
};

void TestFileValidation::smallFileEndToEnd()
{
    Files files;
    const QString path = files.write(QStringLiteral("c.csv"), contactsCsv(20));
    const FileValidation v = validateCsvFile(path, contacts());
    QVERIFY2(v.ok(), qPrintable(v.errorMessage));
    QCOMPARE(v.headers.size(), 6);
    QCOMPARE(v.headerRow, 1);
    QCOMPARE(v.report.rowCount(), 20);
    // Rows 9 and 19 (0-based) have broken e-mails; row 13 repeats user2's e-mail.
    QCOMPARE(v.report.invalidCellCount(), 3);
    const int email = 2;
    QCOMPARE(v.report.count(email, CellRule::Email), 2);
    QCOMPARE(v.report.count(email, CellRule::Unique), 1);
    // Spreadsheet rows: header is row 1, data index 9 is row 11.
    QCOMPARE(v.report.samples(email, CellRule::Email).first().row, 11);
    QCOMPARE(v.report.samples(email, CellRule::Email).first().value, QStringLiteral("user9@@example"));
    QCOMPARE(v.report.samples(email, CellRule::Unique).first().row, 15);
    const QJsonObject json = v.toJson();
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 20);
    QCOMPARE(
        json.value(QStringLiteral("report")).toObject().value(QStringLiteral("invalidCellCount")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("file")).toObject().value(QStringLiteral("encoding")).toString(),
             QStringLiteral("UTF-8"));
}

void TestFileValidation::parallelEqualsSequential()
{
    Files files;
    const QString path = files.write(QStringLiteral("c.csv"), contactsCsv(60000));
    FileValidationOptions one;
    one.threads = 1;
    FileValidationOptions two;
    two.threads = 2;
    const FileValidation a = validateCsvFile(path, contacts(), nullptr, one);
    const FileValidation b = validateCsvFile(path, contacts(), nullptr, two);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a.report.rowCount(), 60000);
    QVERIFY(a.report.count(2, CellRule::Unique) > 7000);
    QCOMPARE(reportJson(b), reportJson(a));
    QCOMPARE(b.report.invalidCellCount(), a.report.invalidCellCount());
}

// A file whose second half repeats the first half's e-mails (a list exported twice): the second
// range's duplicates are found only when the ranges merge, by the thousand, some in rows already
// invalid, with multi-line rows among them. Two threads must give what one gives: the report, the
// flagged cells and every output byte for byte.
void TestFileValidation::secondHalfRepeatsFirst()
{
    Files files;
    QByteArray csv = "first_name,last_name,email,phone,notes\r\n";
    const int half = 12000;
    for (int copy = 0; copy < 2; ++copy) {
        for (int i = 0; i < half; ++i) {
            const QByteArray n = QByteArray::number(i);
            const QByteArray email =
                i % 11 == 3 ? QByteArray("bad" + n + "@@x") : QByteArray("person" + n + "@example.org");
            const QByteArray phone = copy == 1 && i % 5 == 0
                                         ? QByteArray("12")
                                         : QByteArray("+49 30 " + QByteArray::number(2000000 + i));
            const QByteArray notes =
                i % 13 == 0 ? QByteArray("\"line one\nline two, " + n + "\"") : QByteArray("note " + n);
            csv += "Zoë,Smith," + email + "," + phone + "," + notes + "\r\n";
        }
    }
    const QString path = files.write(QStringLiteral("twice.csv"), csv);
    struct Result {
        FileValidation validation;
        QByteArray valid, invalid, all;
    };
    auto run = [&](int threads, qint64 uniqueBudget = qint64(128) << 20) {
        Result r;
        QBuffer valid(&r.valid), invalid(&r.invalid), all(&r.all);
        valid.open(QIODevice::WriteOnly);
        invalid.open(QIODevice::WriteOnly);
        all.open(QIODevice::WriteOnly);
        FileValidationOptions options;
        options.threads = threads;
        options.uniqueMemoryBudget = uniqueBudget;
        options.collectFlaggedCells = 1000000;
        options.writeValid = &valid;
        options.writeInvalid = &invalid;
        options.writeAll = &all;
        r.validation = validateCsvFile(path, contacts(), nullptr, options);
        return r;
    };
    const Result one = run(1);
    const Result two = run(2);
    QVERIFY2(one.validation.ok() && two.validation.ok(), qPrintable(two.validation.errorMessage));
    QCOMPARE(one.validation.report.rowCount(), 2 * half);
    // Every valid e-mail of the second half repeats one of the first.
    const int email = 2;
    QCOMPARE(one.validation.report.count(email, CellRule::Unique), half - (half / 11 + 1));
    QCOMPARE(reportJson(two.validation), reportJson(one.validation));
    QVERIFY(one.validation.flagged.size() > size_t(half));
    QVERIFY(two.validation.flagged == one.validation.flagged);
    QCOMPARE(two.valid, one.valid);
    QCOMPARE(two.invalid, one.invalid);
    QCOMPARE(two.all, one.all);
    QVERIFY(one.invalid.contains("line one\nline two"));
    // Three ranges: the middle one's values are taken in for the last one's to be checked against.
    const Result three = run(3);
    QVERIFY2(three.validation.ok(), qPrintable(three.validation.errorMessage));
    QCOMPARE(reportJson(three.validation), reportJson(one.validation));
    QVERIFY(three.validation.flagged == one.validation.flagged);
    QCOMPARE(three.all, one.all);
    // The same with `unique` checked through temporary files after the pass (what a file too large
    // for the tables gets), on one thread and on two.
    for (const int threads : {1, 2}) {
        const Result spilled = run(threads, 1);
        QVERIFY2(spilled.validation.ok(), qPrintable(spilled.validation.errorMessage));
        QCOMPARE(reportJson(spilled.validation), reportJson(one.validation));
        QVERIFY(spilled.validation.flagged == one.validation.flagged);
        QCOMPARE(spilled.valid, one.valid);
        QCOMPARE(spilled.invalid, one.invalid);
        QCOMPARE(spilled.all, one.all);
    }
}

// The pass takes rows that pass through a PassingLane: with and without it, on one thread and two,
// with `unique` in tables or spilled, writing the outputs or not, the validation and the outputs
// are the same. The file has what the lane
// hands back: failures of every column, accents, white space, ragged rows, repeated e-mails, and
// dates whose order is decided from the whole column. A UTF-8 file goes the parallel way over the
// file's mapping; one byte that is not UTF-8 makes it Windows-1252, streamed through the decoder.
void TestFileValidation::passingLaneEqualsFullPath_data()
{
    QTest::addColumn<bool>("utf8");
    QTest::newRow("UTF-8, parallel") << true;
    QTest::newRow("Windows-1252, streamed") << false;
}

void TestFileValidation::passingLaneEqualsFullPath()
{
    QFETCH(bool, utf8);
    Files files;
    QByteArray csv = "first_name,last_name,email,phone,birth_date,opted_in,notes\r\n";
    for (int i = 0; i < 30000; ++i) {
        const QByteArray n = QByteArray::number(i);
        const char *first[] = {"Ann", "Zoë", " Łukasz ", "", "Ann\xc2\xa0", utf8 ? "Bo" : "bad\xff", "Bo"};
        QByteArray email = "p" + n + "@example.org";
        if (i % 97 == 5)
            email = "p" + n + "@@x";
        else if (i % 89 == 7)
            email = "P" + QByteArray::number(i / 3) + "@Example.org";
        else if (i % 13 == 0)
            email = "p" + QByteArray::number(i / 2) + "@example.org";
        const char *dates[] = {"1990-02-10", "10.02.1990", "29955", "", "21/04/2004", "31.02.1990"};
        const char *phones[] = {"+49 30 66968761", "", "+4930 66968761", "12"};
        QByteArray last = i % 211 == 0 ? QByteArray(101, 'x') : QByteArray("Smith");
        csv += QByteArray(first[i % 7]) + "," + last + "," + email + "," +
               phones[i % 4 == 3 ? (i / 4) % 4 : 0] + "," + dates[i % 6 == 5 ? (i / 6) % 6 : i % 5] + "," +
               (i % 3 ? "yes" : "") + "," +
               (i % 17 == 0 ? QByteArray("\"two\nlines, " + n + "\"") : QByteArray("n" + n));
        if (i % 501 == 0)
            csv += ",extra";
        csv += "\r\n";
    }
    const QString path = files.write(QStringLiteral("lane.csv"), csv);
    struct Result {
        FileValidation validation;
        QByteArray valid, invalid, all;
    };
    auto run = [&](bool lane, int threads, qint64 uniqueBudget, bool writing) {
        Result r;
        QBuffer valid(&r.valid), invalid(&r.invalid), all(&r.all);
        valid.open(QIODevice::WriteOnly);
        invalid.open(QIODevice::WriteOnly);
        all.open(QIODevice::WriteOnly);
        PassingLane::setEnabled(lane);
        FileValidationOptions options;
        options.threads = threads;
        options.uniqueMemoryBudget = uniqueBudget;
        options.collectFlaggedCells = 1000000;
        if (writing) {
            options.writeValid = &valid;
            options.writeInvalid = &invalid;
            options.writeAll = &all;
        }
        r.validation = validateCsvFile(path, contacts(), nullptr, options);
        PassingLane::setEnabled(true);
        return r;
    };
    const qint64 tables = qint64(128) << 20;
    const Result reference = run(false, 1, tables, true);
    QVERIFY2(reference.validation.ok(), qPrintable(reference.validation.errorMessage));
    QCOMPARE(reference.validation.report.rowCount(), 30000);
    QVERIFY(reference.validation.report.invalidCellCount() > 3000);
    QVERIFY(reference.validation.report.validRowCount() > 15000);
    QVERIFY(reference.valid.contains("two\nlines"));
    QCOMPARE(reference.validation.inspection.encoding.encoding == TextEncoding::Utf8, utf8);
    const QByteArray expected = QJsonDocument(reference.validation.toJson()).toJson();
    for (const bool writing : {false, true}) {
        for (const int threads : {1, 2}) {
            for (const qint64 budget : {tables, qint64(1)}) {
                for (const bool lane : {true, false}) {
                    const Result r = run(lane, threads, budget, writing);
                    const FileValidation &v = r.validation;
                    QVERIFY2(v.ok(), qPrintable(v.errorMessage));
                    QCOMPARE(QJsonDocument(v.toJson()).toJson(), expected);
                    QVERIFY(v.flagged == reference.validation.flagged);
                    for (int c = 0; c < int(v.report.columnCount()); ++c) {
                        const ColumnTally &a = v.report.tally(c);
                        const ColumnTally &b = reference.validation.report.tally(c);
                        QCOMPARE(a.cells(), b.cells());
                        QCOMPARE(a.empty(), b.empty());
                        QCOMPARE(a.rewritten(), b.rewritten());
                    }
                    if (writing) {
                        QCOMPARE(r.valid, reference.valid);
                        QCOMPARE(r.invalid, reference.invalid);
                        QCOMPARE(r.all, reference.all);
                    }
                }
            }
        }
    }
}

// A quoted field that never closes would swallow every row after it into one field: the file is
// refused with the row and line the field starts on, the same on every path (the parallel one over
// a UTF-8 mapping, one thread, and the decoder's stream for other encodings).
void TestFileValidation::unterminatedQuoteIsRefused()
{
    Files files;
    const QByteArray csv = "first_name,last_name,email,notes\r\n"
                           "Anna,Smith,anna@example.com,\"says \"\"hi\"\", often\"\r\n"
                           "Dora,Lind,dora@example.com,\"a, b\"\r\n"
                           "Bob,Jones,bob@example.com,\"never closed\r\n"
                           "Carl,Berg,carl@example.com,ok\r\n";
    const QString utf8 = files.write(QStringLiteral("open.csv"), csv);
    QStringEncoder latin1(QStringEncoder::Latin1);
    const QString latin = files.write(
        QStringLiteral("open-latin1.csv"),
        latin1.encode(QString::fromUtf8(csv).replace(QStringLiteral("Lind"), QStringLiteral("Lindé"))));
    const QString expected = QStringLiteral("A quoted field that starts in row 4 (line 4) is never closed");
    for (const QString &path : {utf8, latin}) {
        for (const int threads : {1, 2}) {
            FileValidationOptions options;
            options.threads = threads;
            const FileValidation v = validateCsvFile(path, contacts(), nullptr, options);
            QVERIFY(!v.ok());
            QCOMPARE(v.error, CsvError::UnterminatedQuote);
            QVERIFY2(v.errorMessage.startsWith(expected), qPrintable(v.errorMessage));
        }
    }
    QVERIFY(validateCsvFile(latin, contacts()).inspection.encoding.encoding != TextEncoding::Utf8);
    // Closed, the same file passes with all four rows.
    QByteArray closed = csv;
    closed.replace("\"never closed", "\"closed\"");
    const FileValidation ok = validateCsvFile(files.write(QStringLiteral("closed.csv"), closed), contacts());
    QVERIFY2(ok.ok(), qPrintable(ok.errorMessage));
    QCOMPARE(ok.report.rowCount(), 4);
}

void TestFileValidation::otherEncodingsStream()
{
    Files files;
    const QByteArray utf8 = contactsCsv(3000);
    const QString utf8Path = files.write(QStringLiteral("u8.csv"), utf8);
    QStringEncoder latin1(QStringEncoder::Latin1);
    const QString latinPath = files.write(QStringLiteral("l1.csv"), latin1.encode(QString::fromUtf8(utf8)));
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QString utf16Path = files.write(QStringLiteral("u16.csv"), utf16.encode(QString::fromUtf8(utf8)));
    const FileValidation a = validateCsvFile(utf8Path, contacts());
    for (const QString &path : {latinPath, utf16Path}) {
        const FileValidation b = validateCsvFile(path, contacts());
        QVERIFY2(b.ok(), qPrintable(b.errorMessage));
        QVERIFY(b.inspection.encoding.encoding != TextEncoding::Utf8);
        QCOMPARE(reportJson(b), reportJson(a));
    }
}

void TestFileValidation::preambleAndRowNumbers()
{
    Files files;
    QByteArray csv = "Export of 2026-11-01\r\nGenerated by CRM\r\n";
    csv += contactsCsv(12);
    const FileValidation v = validateCsvFile(files.write(QStringLiteral("p.csv"), csv), contacts());
    QVERIFY2(v.ok(), qPrintable(v.errorMessage));
    QCOMPARE(v.headerRow, 3);
    QCOMPARE(v.report.rowCount(), 12);
    QCOMPARE(v.report.samples(2, CellRule::Email).first().row, 13); // data index 9 -> row 3 + 1 + 9
}

void TestFileValidation::requiredColumnMissingIsDrift()
{
    Files files;
    const QString path =
        files.write(QStringLiteral("d.csv"), "First Name,Last Name,Notes\r\nA,B,c\r\nD,E,f\r\n");
    const FileValidation v = validateCsvFile(path, contacts());
    QVERIFY(v.driftError);
    QVERIFY(!v.ok());
    QVERIFY(v.errorMessage.contains(QStringLiteral("\"email\"")));
    QCOMPARE(v.report.rowCount(), 0);
    QCOMPARE(v.toJson().value(QStringLiteral("error_kind")).toString(), QStringLiteral("column-drift"));
}

void TestFileValidation::typedFileErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QByteArray() << int(CsvError::Empty) << QStringLiteral("empty");
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << int(CsvError::NotText)
                          << QStringLiteral("xlsx");
    QTest::newRow("header only") << QByteArray("email,first_name\r\n") << int(CsvError::HeaderOnly)
                                 << QStringLiteral("header");
}

void TestFileValidation::typedFileErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, error);
    QFETCH(QString, says);
    Files files;
    const FileValidation v = validateCsvFile(files.write(QStringLiteral("x.csv"), bytes), contacts());
    QCOMPARE(int(v.error), error);
    QVERIFY2(v.errorMessage.contains(says), qPrintable(v.errorMessage));
    QCOMPARE(validateCsvFile(files.path(QStringLiteral("missing.csv")), contacts()).error,
             CsvError::CannotOpen);
}

void TestFileValidation::planFixesAreApplied()
{
    Files files;
    const QString path = files.write(QStringLiteral("c.csv"), contactsCsv(100));
    const Template t = contacts();
    Plan plan;
    PlanColumn &email = plan.sheetFor(t.id, t).columnFor(QStringLiteral("email"));
    email.dropInvalidRows = true;
    const FileValidation v = validateCsvFile(path, t, plan.sheet(t.id));
    QVERIFY(v.ok());
    // 10 broken e-mails, 13 repeats of user2 (rows 13, 20, ... with i % 10 != 9) are dropped.
    QCOMPARE(v.droppedRows + v.report.rowCount(), 100);
    QVERIFY(v.droppedRows >= 20);
    QCOMPARE(v.report.invalidCellCount(), 0);
    QCOMPARE(v.toJson().value(QStringLiteral("dropped_rows")).toInt(), v.droppedRows);

    Plan clear;
    clear.sheetFor(t.id, t).columnFor(QStringLiteral("birth_date")).onInvalid = QString();
    const QString bad =
        files.write(QStringLiteral("b.csv"), "first_name,last_name,email,birth_date\r\n"
                                             "A,B,a@x.org,not a date\r\nC,D,c@x.org,1999-01-02\r\n");
    const FileValidation cleared = validateCsvFile(bad, t, clear.sheet(t.id));
    QCOMPARE(cleared.fixedCells, 1);
    QCOMPARE(cleared.report.invalidCellCount(), 0);
}

void TestFileValidation::patchAppliedShowsOnRevalidation()
{
    Files files;
    const QString path = files.write(QStringLiteral("c.csv"), contactsCsv(200));
    const Template t = contacts();
    const FileValidation first = validateCsvFile(path, t);
    QVERIFY(first.report.invalidCellCount() > 0);
    const ProposedFixes fixes = proposeFixes({FixSheet{&t, &first.report, first.options}});
    QVERIFY(!fixes.isEmpty());
    Plan v1;
    first.mapping.recordInto(v1.sheetFor(t.id, t));
    QString error;
    const std::optional<Plan> v2 = v1.applied(fixes.patch.actions, {t}, QStringLiteral("accepted"), &error);
    QVERIFY2(v2, qPrintable(error));
    QCOMPARE(v2->version, 2);
    const FileValidation second = validateCsvFile(path, t, v2->sheet(t.id));
    QVERIFY(second.ok());
    QCOMPARE(second.report.invalidCellCount(), 0);
    QCOMPARE(second.report.rowCount() + second.droppedRows, 200);
}

void TestFileValidation::dateOrderFromAllValues()
{
    Files files;
    QByteArray csv = "first_name,last_name,email,birth_date\r\n";
    // Ambiguous dates first; the one in the last row decides: day first.
    for (int i = 1; i <= 12; ++i)
        csv += "A,B,a" + QByteArray::number(i) + "@x.org,0" + QByteArray::number(i % 9 + 1) + "/03/1990\r\n";
    csv += "A,B,z@x.org,25/03/1990\r\n";
    const FileValidation decided = validateCsvFile(files.write(QStringLiteral("d.csv"), csv), contacts());
    QVERIFY(decided.ok());
    QCOMPARE(decided.options[6].dateOrder, DateOrder::DayFirst);
    QCOMPARE(decided.report.invalidCellCount(), 0);

    // The deciding value far below the rows the pass starts from: the pass runs again with the
    // order all the values decided, and every ambiguous date is read day first.
    QByteArray late = "first_name,last_name,email,birth_date\r\n";
    for (int i = 1; i <= 5000; ++i)
        late += "A,B,a" + QByteArray::number(i) + "@x.org,0" + QByteArray::number(i % 9 + 1) + "/03/1990\r\n";
    late += "A,B,z@x.org,25/03/1990\r\n";
    const QString latePath = files.write(QStringLiteral("late.csv"), late);
    QByteArray inBuffer;
    for (const int threads : {1, 2}) {
        QBuffer valid;
        QVERIFY(valid.open(QIODevice::WriteOnly));
        FileValidationOptions options;
        options.threads = threads;
        options.writeValid = &valid;
        const FileValidation result = validateCsvFile(latePath, contacts(), nullptr, options);
        QVERIFY(result.ok());
        QCOMPARE(result.options[6].dateOrder, DateOrder::DayFirst);
        QCOMPARE(result.report.invalidCellCount(), 0);
        QCOMPARE(result.report.rowCount(), 5001);
        QVERIFY2(valid.data().contains(",1990-03-02"), valid.data().left(300).constData());
        QVERIFY(!valid.data().contains(",1990-02-03"));
        inBuffer = valid.data();
    }
    // Into a file the first worker writes its rows directly: the pass that runs again goes back to
    // where the output began (after what the caller wrote before) and leaves nothing of the first.
    for (const int threads : {1, 2}) {
        QFile valid(files.path(QStringLiteral("late-valid-%1.csv").arg(threads)));
        QVERIFY(valid.open(QIODevice::WriteOnly));
        valid.write("# written by the caller first\n");
        FileValidationOptions options;
        options.threads = threads;
        options.writeValid = &valid;
        QVERIFY(validateCsvFile(latePath, contacts(), nullptr, options).ok());
        valid.close();
        QVERIFY(valid.open(QIODevice::ReadOnly));
        QCOMPARE(valid.readAll(), "# written by the caller first\n" + inBuffer);
    }

    QByteArray ambiguous =
        "first_name,last_name,email,birth_date\r\nA,B,a@x.org,03/04/1990\r\nA,B,b@x.org,05/06/1991\r\n";
    const FileValidation open = validateCsvFile(files.write(QStringLiteral("a.csv"), ambiguous), contacts());
    QCOMPARE(open.options[6].dateOrder, DateOrder::Unknown);
    QCOMPARE(open.report.ambiguousCount(6, CellRule::Date), 2);
    const Template t = contacts();
    const ProposedFixes fixes = proposeFixes({FixSheet{&t, &open.report, open.options}});
    QCOMPARE(fixes.questions.size(), 1);
    QCOMPARE(fixes.questions.first().column, QStringLiteral("birth_date"));
}

void TestFileValidation::outputsInTemplateOrder()
{
    Files files;
    const QString path = files.write(QStringLiteral("c.csv"), contactsCsv(30));
    QBuffer valid;
    QBuffer invalid;
    valid.open(QIODevice::WriteOnly);
    invalid.open(QIODevice::WriteOnly);
    FileValidationOptions options;
    options.writeValid = &valid;
    options.writeInvalid = &invalid;
    const FileValidation v = validateCsvFile(path, contacts(), nullptr, options);
    QVERIFY(v.ok());
    const QList<QByteArray> validLines = valid.data().split('\n');
    const QList<QByteArray> invalidLines = invalid.data().split('\n');
    QCOMPARE(validLines.first().trimmed(),
             QByteArray("first_name,last_name,email,phone,company,job_title,birth_date,opted_in,notes"));
    QCOMPARE(validLines.size() - 2, v.report.validRowCount()); // header + trailing empty
    QCOMPARE(invalidLines.size() - 2, v.report.invalidCellCount());
    // Normal forms in the valid rows: E.164 phones, booleans as true/false.
    QVERIFY2(validLines.at(1).contains("+49301000000"), validLines.at(1).constData());
    QVERIFY(validLines.at(1).contains("\"O'Neil, Jr.\""));
    // Flagged cells keep what the file had.
    QVERIFY(invalid.data().contains("user9@@example"));
}

void TestFileValidation::raggedAndUndecodableAreNamed()
{
    Files files;
    QByteArray csv = "first_name,last_name,email\r\nA,B,a@x.org\r\nC,D\r\nE,F,e@x.org,extra\r\n";
    // Valid UTF-8 for longer than the sniffed head, then a byte that is not.
    for (int i = 0; csv.size() < 400 * 1024; ++i)
        csv += "Zoë,Ünal,z" + QByteArray::number(i) + "@x.org\r\n";
    const qint64 badRow = csv.count('\n') + 1;
    csv += "G,H,g\xff@x.org\r\n";
    csv += "I,J\xc3,i@x.org\r\n"; // a sequence cut short at the end of a field
    csv += "K,L\r\n";
    // On two threads the rows at the end are the second share's, which is read before its first
    // row's number is known: they are numbered afterwards (one line a row here).
    for (const int threads : {1, 2}) {
        FileValidationOptions options;
        options.threads = threads;
        const FileValidation v =
            validateCsvFile(files.write(QStringLiteral("r.csv"), csv), contacts(), nullptr, options);
        QVERIFY2(v.ok(), qPrintable(v.errorMessage));
        QCOMPARE(v.raggedRows, 3);
        QCOMPARE(v.raggedSamples, (QList<qint64>{3, 4, badRow + 2}));
        QCOMPARE(v.undecodableBytes, 2);
        QCOMPARE(v.decodeSamples.first().record + 1, badRow);
        QCOMPARE(v.decodeSamples.first().line, badRow);
        QCOMPARE(v.decodeSamples.last().record + 1, badRow + 1);
        QCOMPARE(v.decodeSamples.last().line, badRow + 1);
        QCOMPARE(v.inspection.encoding.encoding, TextEncoding::Utf8);
    }
}

void TestFileValidation::progressAndCancel()
{
    Files files;
    const QString path = files.write(QStringLiteral("c.csv"), contactsCsv(200000));
    QList<ValidationPhase> phases;
    FileValidationOptions options;
    options.progress = [&](const ValidationProgress &p) {
        if (phases.isEmpty() || phases.last() != p.phase)
            phases.append(p.phase);
        return true;
    };
    // On three threads the rows are indexed first; on two the pass starts at once (the second
    // thread finds its share while the first reads).
    options.threads = 3;
    QVERIFY(validateCsvFile(path, contacts(), nullptr, options).ok());
    QVERIFY(phases.contains(ValidationPhase::Indexing));
    QVERIFY(phases.contains(ValidationPhase::Validating));
    phases.clear();
    options.threads = 2;
    QVERIFY(validateCsvFile(path, contacts(), nullptr, options).ok());
    QCOMPARE(phases, (QList<ValidationPhase>{ValidationPhase::Inspecting, ValidationPhase::Validating}));

    int calls = 0;
    options.progress = [&](const ValidationProgress &p) {
        return !(p.phase == ValidationPhase::Validating && ++calls > 1);
    };
    const FileValidation cancelled = validateCsvFile(path, contacts(), nullptr, options);
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.ok());
    QCOMPARE(ValidationProgress({ValidationPhase::Validating, 50, 100, 1234}).message(),
             QStringLiteral("Validating: 1,234 rows read (50%)"));
}

void TestFileValidation::flaggedCellsForAPreview()
{
    Files files;
    const QString path = files.write(QStringLiteral("c.csv"), contactsCsv(60000));
    FileValidationOptions options;
    options.collectFlaggedCells = 1'000'000;
    options.threads = 2;
    const FileValidation v = validateCsvFile(path, contacts(), nullptr, options);
    QVERIFY(v.ok());
    QVERIFY(!v.flaggedTruncated);
    QCOMPARE(qint64(v.flagged.size()), v.report.invalidCells());
    QVERIFY(std::is_sorted(v.flagged.begin(), v.flagged.end(),
                           [](const FlaggedCell &a, const FlaggedCell &b) { return a.row < b.row; }));
    QCOMPARE(v.flagged.front(), (FlaggedCell{11, 2, CellRule::Email}));
    // The same cells on one thread (late `unique` failures included).
    options.threads = 1;
    QCOMPARE(validateCsvFile(path, contacts(), nullptr, options).flagged, v.flagged);
    options.collectFlaggedCells = 10;
    const FileValidation capped = validateCsvFile(path, contacts(), nullptr, options);
    QCOMPARE(capped.flagged.size(), size_t(10));
    QVERIFY(capped.flaggedTruncated);
}

// The output pass runs on all cores and takes `unique` from the validation pass: the files it
// writes must be byte for byte those of one thread in row order, fixes and dropped rows included.
void TestFileValidation::parallelOutputsEqualSequential()
{
    Files files;
    QByteArray csv = contactsCsv(80000);
    csv.replace("+49 30 1000777", "+49 30 12"); // a few phones too short: dropped by the plan
    csv.replace("1990-02-15", "1990-02-31");    // impossible dates: cleared by the plan
    // Repeats in the second half (the second thread's range) written differently from their first
    // row: a flagged cell keeps what the file had, also when the repeat is found only at the merge.
    qsizetype changed = 0;
    for (qsizetype at = csv.size() * 45 / 100; (at = csv.indexOf("user2@example.com", at)) >= 0; ++changed)
        csv.replace(at, 17, "user2@EXAMPLE.com");
    QVERIFY(changed > 100);
    const QString path = files.write(QStringLiteral("c.csv"), csv);
    const Template t = contacts();
    Plan plan;
    plan.sheetFor(t.id, t).columnFor(QStringLiteral("phone")).dropInvalidRows = true;
    plan.sheetFor(t.id, t).columnFor(QStringLiteral("birth_date")).onInvalid = QString();
    auto run = [&](int threads) {
        auto buffers = std::make_shared<std::array<QBuffer, 3>>();
        FileValidationOptions options;
        options.threads = threads;
        for (QBuffer &b : *buffers)
            b.open(QIODevice::WriteOnly);
        options.writeValid = &(*buffers)[0];
        options.writeInvalid = &(*buffers)[1];
        options.writeAll = &(*buffers)[2];
        const FileValidation v = validateCsvFile(path, t, plan.sheet(t.id), options);
        if (!v.ok())
            qFatal("%s", qPrintable(v.errorMessage));
        return std::pair{v.droppedRows, buffers};
    };
    const auto [droppedOne, one] = run(1);
    const auto [droppedTwo, two] = run(2);
    QVERIFY(droppedOne > 0);
    QCOMPARE(droppedTwo, droppedOne);
    for (int i = 0; i < 3; ++i) {
        QVERIFY((*one)[i].data().size() > 1000);
        QCOMPARE((*two)[i].data().size(), (*one)[i].data().size());
        QVERIFY((*two)[i].data() == (*one)[i].data());
    }
    // Into files (the first worker writes straight into them, the others are copied after): the
    // same bytes, with one thread and with three.
    for (const int threads : {1, 3}) {
        std::array<std::unique_ptr<QFile>, 3> outputs;
        FileValidationOptions options;
        options.threads = threads;
        for (int i = 0; i < 3; ++i) {
            outputs[i] =
                std::make_unique<QFile>(files.path(QStringLiteral("out-%1-%2.csv").arg(threads).arg(i)));
            QVERIFY(outputs[i]->open(QIODevice::WriteOnly));
        }
        options.writeValid = outputs[0].get();
        options.writeInvalid = outputs[1].get();
        options.writeAll = outputs[2].get();
        QVERIFY(validateCsvFile(path, t, plan.sheet(t.id), options).ok());
        for (int i = 0; i < 3; ++i) {
            outputs[i]->close();
            QVERIFY(outputs[i]->open(QIODevice::ReadOnly));
            QVERIFY2(outputs[i]->readAll() == (*one)[i].data(), qPrintable(QString::number(i)));
        }
    }
    // Repeated e-mails (a `unique` failure) are flagged rows, never valid ones.
    QCOMPARE((*two)[0].data().count("user2@example.com"), 1); // its first row
    QVERIFY((*two)[1].data().count("user2@example.com") > 1000);
    QCOMPARE((*two)[1].data().count("user2@EXAMPLE.com"), changed);
}

QTEST_APPLESS_MAIN(TestFileValidation)
#include "tst_filevalidation.moc"
