// The Debian package, end to end.
//
// 1. The desktop entry and the AppStream metainfo in packaging/linux pass desktop-file-validate
//    and `appstreamcli validate --no-net --strict`; the icon loads in Qt SVG without warnings.
// 2. `cpack -G DEB` on this build tree writes godwit_<version>_<arch>.deb into a temporary dir.
// 3. Its control fields carry real Depends from dpkg-shlibdeps plus the run-time-only ones, and its
//    file list is exactly the expected one.
// 4. Unpacked with dpkg -x, the tree passes `appstreamcli validate-tree`, and both executables run
//    from it (`--version`), so the package does not lean on the build tree.
//
// Steps 3 and 4 need the .deb of step 2; when it is missing they fail saying so.

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>

#ifndef GODWIT_PKG_SOURCE_DIR
#error "GODWIT_PKG_SOURCE_DIR must be defined by tests/packaging/CMakeLists.txt"
#endif

namespace {

const QString appId = QStringLiteral("io.github.godwit.Godwit");
const QString version = QStringLiteral(GODWIT_VERSION);

struct Run {
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;

    bool ok() const { return started && finished && exitStatus == QProcess::NormalExit && exitCode == 0; }
};

QString describe(const QString &program, const QStringList &args, const Run &r)
{
    QString text = program + QLatin1Char(' ') + args.join(QLatin1Char(' '));
    if (!r.started)
        return text + QStringLiteral(": could not be started");
    if (!r.finished)
        return text + QStringLiteral(": did not finish in time");
    text += r.exitStatus == QProcess::CrashExit ? QStringLiteral(": crashed")
                                                : QStringLiteral(": exit code %1").arg(r.exitCode);
    if (!r.out.trimmed().isEmpty())
        text += QStringLiteral("\n--- stdout ---\n") + r.out.trimmed();
    if (!r.err.trimmed().isEmpty())
        text += QStringLiteral("\n--- stderr ---\n") + r.err.trimmed();
    return text;
}

Run run(const QString &program, const QStringList &args, int timeoutMs = 60'000,
        const QString &workingDir = QString(),
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    Run r;
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    r.started = p.waitForStarted(10'000);
    if (!r.started)
        return r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5'000);
    }
    r.exitCode = p.exitCode();
    r.exitStatus = p.exitStatus();
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

// Package names of a Depends-like field: "a (>= 1), b | c" -> {"a", "b", "c"}.
QSet<QString> packageNames(const QString &field)
{
    QSet<QString> names;
    const QStringList alternatives = field.split(QRegularExpression(QStringLiteral("[,|]")));
    for (const QString &alternative : alternatives) {
        const QString name = alternative.trimmed().section(QLatin1Char(' '), 0, 0);
        if (!name.isEmpty())
            names.insert(name);
    }
    return names;
}

} // namespace

class TestPackage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void desktopEntryValidates();
    void metainfoValidates();
    void iconLoadsInQtSvg();

    void cpackBuildsDeb();
    void controlFields();
    void fileList();
    void unpackedTreeValidates();
    void installedExecutablesRun_data();
    void installedExecutablesRun();

private:
    QString tool(const QString &name) const { return m_tools.value(name); }
    bool haveDeb() const { return !m_deb.isEmpty(); }
    bool haveRoot() const { return !m_root.isEmpty(); }
    QString debField(const QString &field);

    QString m_sourceDir;
    QString m_buildDir;
    QHash<QString, QString> m_tools;
    QTemporaryDir m_work;
    QString m_deb;
    QString m_root;
};

void TestPackage::initTestCase()
{
    m_sourceDir = QStringLiteral(GODWIT_PKG_SOURCE_DIR);
    m_buildDir = QStringLiteral(GODWIT_PKG_BUILD_DIR);
    QVERIFY2(QFile::exists(m_buildDir + QStringLiteral("/CPackConfig.cmake")),
             qPrintable(QStringLiteral("no CPackConfig.cmake in the build dir %1: packaging/CMakeLists.txt "
                                       "must include(CPack)")
                            .arg(m_buildDir)));
    QVERIFY2(m_work.isValid(), qPrintable(m_work.errorString()));

    m_tools.insert(QStringLiteral("cpack"), QStringLiteral(GODWIT_PKG_CPACK));
    // All of these come from scripts/debian-packages.txt (desktop-file-utils, appstream, dpkg-dev,
    // file, and dpkg/binutils, which are always there).
    const QStringList needed = {QStringLiteral("desktop-file-validate"),
                                QStringLiteral("appstreamcli"),
                                QStringLiteral("dpkg-deb"),
                                QStringLiteral("dpkg"),
                                QStringLiteral("dpkg-shlibdeps"),
                                QStringLiteral("file"),
                                QStringLiteral("readelf")};
    for (const QString &name : needed) {
        const QString path = QStandardPaths::findExecutable(name);
        QVERIFY2(!path.isEmpty(),
                 qPrintable(name + QStringLiteral(" not found in PATH; run scripts/install-deps "
                                                  "(it is listed in scripts/debian-packages.txt)")));
        m_tools.insert(name, path);
    }
    QVERIFY2(QFileInfo(tool(QStringLiteral("cpack"))).isExecutable(),
             qPrintable(QStringLiteral("cpack not found at ") + tool(QStringLiteral("cpack"))));
}

void TestPackage::desktopEntryValidates()
{
    const QString file =
        m_sourceDir + QStringLiteral("/packaging/linux/") + appId + QStringLiteral(".desktop");
    QVERIFY2(QFile::exists(file), qPrintable(file + QStringLiteral(" is missing")));
    const QStringList args = {file};
    const Run r = run(tool(QStringLiteral("desktop-file-validate")), args);
    QVERIFY2(r.ok(), qPrintable(describe(QStringLiteral("desktop-file-validate"), args, r)));
    // Exit 0 still allows warnings; only hints (such as two main categories) are accepted.
    const QStringList lines = QString(r.out + r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        QVERIFY2(line.contains(QLatin1String(": hint: ")),
                 qPrintable(QStringLiteral("desktop-file-validate reported: ") + line));
}

void TestPackage::metainfoValidates()
{
    const QString file =
        m_sourceDir + QStringLiteral("/packaging/linux/") + appId + QStringLiteral(".metainfo.xml");
    QVERIFY2(QFile::exists(file), qPrintable(file + QStringLiteral(" is missing")));
    // --strict: any issue above "pedantic" (errors, warnings, infos) fails the validation.
    const QStringList args = {QStringLiteral("validate"), QStringLiteral("--no-net"),
                              QStringLiteral("--strict"), QStringLiteral("--explain"), file};
    const Run r = run(tool(QStringLiteral("appstreamcli")), args);
    QVERIFY2(r.ok(), qPrintable(describe(QStringLiteral("appstreamcli"), args, r)));
}

void TestPackage::iconLoadsInQtSvg()
{
    // The console uses the same file as its window icon, through Qt SVG (SVG Tiny 1.2): it must load
    // without a single warning and draw an opaque tile with transparent rounded corners.
    const QString file = m_sourceDir + QStringLiteral("/resources/icons/") + appId + QStringLiteral(".svg");
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QSvgRenderer renderer(file);
    QVERIFY2(renderer.isValid(), qPrintable(file + QStringLiteral(" does not load in QSvgRenderer")));
    QCOMPARE(renderer.viewBoxF().width(), renderer.viewBoxF().height());

    for (const int size : {16, 32, 256}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QVERIFY2(qAlpha(image.pixel(0, 0)) == 0 && qAlpha(image.pixel(size - 1, size - 1)) == 0,
                 qPrintable(QStringLiteral("corners not transparent at %1 px").arg(size)));
        QVERIFY2(qAlpha(image.pixel(size / 2, size / 2)) == 255,
                 qPrintable(QStringLiteral("centre not opaque at %1 px").arg(size)));
        QSet<QRgb> colours;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                colours.insert(image.pixel(x, y));
        QVERIFY2(
            colours.size() >= 5,
            qPrintable(
                QStringLiteral("only %1 colours at %2 px: nothing drawn?").arg(colours.size()).arg(size)));
    }
}

void TestPackage::cpackBuildsDeb()
{
    const QString outDir = m_work.filePath(QStringLiteral("cpack"));
    QVERIFY(QDir().mkpath(outDir));
    // -B keeps the .deb and CPack's staging tree (_CPack_Packages) out of the build dir.
    const QStringList args = {QStringLiteral("-G"),       QStringLiteral("DEB"),
                              QStringLiteral("-B"),       outDir,
                              QStringLiteral("--config"), m_buildDir + QStringLiteral("/CPackConfig.cmake")};
    // cpack first builds the "preinstall" target, which depends on "all": if anything in the tree
    // does not build, neither does the package. Show that build's errors and last lines then.
    const Run r = run(tool(QStringLiteral("cpack")), args, 500'000, m_buildDir);
    if (!r.ok()) {
        QString why = describe(QStringLiteral("cpack"), args, r);
        QFile log(outDir + QStringLiteral("/_CPack_Packages/Linux/DEB/PreinstallOutput.log"));
        if (log.open(QIODevice::ReadOnly)) {
            const QStringList lines = QString::fromLocal8Bit(log.readAll()).split(QLatin1Char('\n'));
            QStringList shown;
            for (const QString &line : lines)
                if (line.contains(QLatin1String("error")) && shown.size() < 10)
                    shown << line;
            shown << QStringLiteral("...") << lines.mid(qMax(0, lines.size() - 15));
            why += QStringLiteral("\n--- errors and last lines of %1 ---\n").arg(log.fileName()) +
                   shown.join(QLatin1Char('\n'));
        }
        QFAIL(qPrintable(why));
    }

    const Run arch = run(tool(QStringLiteral("dpkg")), {QStringLiteral("--print-architecture")});
    QVERIFY2(arch.ok(),
             qPrintable(describe(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}, arch)));
    // CPACK_DEBIAN_FILE_NAME DEB-DEFAULT: <name>_<version>_<arch>.deb
    const QString expected = QStringLiteral("godwit_%1_%2.deb").arg(version, arch.out.trimmed());
    const QStringList debs = QDir(outDir).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QVERIFY2(debs == QStringList{expected},
             qPrintable(QStringLiteral("expected exactly %1 in %2, found: %3\n%4")
                            .arg(expected, outDir, debs.join(QStringLiteral(", ")), r.out)));
    m_deb = QDir(outDir).filePath(expected);

    // Unpack once for the tests below (dpkg -x, as dpkg would install it, without the database).
    const QString root = m_work.filePath(QStringLiteral("root"));
    const QStringList xargs = {QStringLiteral("-x"), m_deb, root};
    const Run x = run(tool(QStringLiteral("dpkg")), xargs);
    QVERIFY2(x.ok(), qPrintable(describe(QStringLiteral("dpkg"), xargs, x)));
    m_root = root;
}

QString TestPackage::debField(const QString &field)
{
    const QStringList args = {QStringLiteral("-f"), m_deb, field};
    const Run r = run(tool(QStringLiteral("dpkg-deb")), args);
    if (!r.ok()) {
        qWarning().noquote() << describe(QStringLiteral("dpkg-deb"), args, r);
        return QString();
    }
    return r.out.trimmed();
}

void TestPackage::controlFields()
{
    QVERIFY2(haveDeb(), "no .deb: cpackBuildsDeb failed");

    QCOMPARE(debField(QStringLiteral("Package")), QStringLiteral("godwit"));
    QCOMPARE(debField(QStringLiteral("Version")), version);
    QCOMPARE(debField(QStringLiteral("Section")), QStringLiteral("utils"));
    QCOMPARE(debField(QStringLiteral("Homepage")),
             QStringLiteral("https://github.com/godwit-console/godwit"));
    QVERIFY2(
        debField(QStringLiteral("Maintainer")).contains(QRegularExpression(QStringLiteral("^.+ <.+@.+>$"))),
        "Maintainer is not of the form \"Name <email>\"");
    // Summary plus an extended description of lines no wider than Debian's 80 columns.
    const QStringList description = debField(QStringLiteral("Description")).split(QLatin1Char('\n'));
    QVERIFY2(description.size() >= 2, "Description has no extended part");
    for (const QString &line : description)
        QVERIFY2(line.size() <= 80, qPrintable(QStringLiteral("Description line over 80 columns: ") + line));

    const QString depends = debField(QStringLiteral("Depends"));
    const QSet<QString> names = packageNames(depends);
    // From dpkg-shlibdeps: without dpkg-dev (or with SHLIBDEPS off) these are silently missing.
    for (const QString &linked : {QStringLiteral("libc6"), QStringLiteral("libqt6core6")})
        QVERIFY2(
            names.contains(linked),
            qPrintable(
                QStringLiteral("Depends lacks %1 (dpkg-shlibdeps did not run?): %2").arg(linked, depends)));
    QVERIFY2(depends.contains(QRegularExpression(QStringLiteral("libqt6core6 \\(>= [0-9.~]+\\)"))),
             qPrintable(QStringLiteral("libqt6core6 has no version from the symbols file: ") + depends));
    // Only loaded at run time (plugins, data): shlibdeps cannot see them.
    for (const QString &runtime : {QStringLiteral("libqt6sql6-sqlite"), QStringLiteral("qt6-qpa-plugins"),
                                   QStringLiteral("libqt6svg6"), QStringLiteral("qt6-translations-l10n")})
        QVERIFY2(names.contains(runtime),
                 qPrintable(QStringLiteral("Depends lacks %1: %2").arg(runtime, depends)));

    QCOMPARE(debField(QStringLiteral("Recommends")), QStringLiteral("gnome-keyring | kwalletmanager"));
}

void TestPackage::fileList()
{
    QVERIFY2(haveDeb(), "no .deb: cpackBuildsDeb failed");
    const QStringList args = {QStringLiteral("-c"), m_deb};
    const Run r = run(tool(QStringLiteral("dpkg-deb")), args);
    QVERIFY2(r.ok(), qPrintable(describe(QStringLiteral("dpkg-deb"), args, r)));

    const QStringList executables = {QStringLiteral("./usr/bin/godwit"),
                                     QStringLiteral("./usr/bin/godwit-server")};
    QStringList data = {
        QStringLiteral("./usr/share/applications/") + appId + QStringLiteral(".desktop"),
        QStringLiteral("./usr/share/metainfo/") + appId + QStringLiteral(".metainfo.xml"),
        QStringLiteral("./usr/share/icons/hicolor/scalable/apps/") + appId + QStringLiteral(".svg"),
        QStringLiteral("./usr/share/doc/godwit/LICENSE"),
    };
    if (QFile::exists(m_sourceDir + QStringLiteral("/README.md")))
        data << QStringLiteral("./usr/share/doc/godwit/README.md");

    // Every directory above an expected file may appear as an entry of its own; nothing else may.
    QSet<QString> directories;
    for (const QString &path : executables + data) {
        QString dir = path;
        while (dir.lastIndexOf(QLatin1Char('/')) > 0) {
            dir.truncate(dir.lastIndexOf(QLatin1Char('/')));
            directories.insert(dir + QLatin1Char('/'));
        }
    }
    directories.insert(QStringLiteral("./"));

    // "-rwxr-xr-x root/root  12345 2026-11-22 06:00 ./usr/bin/godwit"
    QHash<QString, QString> modes;
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(f.size() == 6,
                 qPrintable(QStringLiteral("unexpected entry (a symlink or a space?): ") + line));
        QVERIFY2(f.at(1) == QLatin1String("root/root"),
                 qPrintable(QStringLiteral("not owned by root: ") + line));
        const QString &path = f.at(5);
        QVERIFY2(directories.contains(path) || executables.contains(path) || data.contains(path),
                 qPrintable(QStringLiteral("unexpected entry in the package: ") + line));
        modes.insert(path, f.at(0));
    }
    for (const QString &path : executables)
        QVERIFY2(modes.value(path) == QLatin1String("-rwxr-xr-x"),
                 qPrintable(path + QStringLiteral(" missing or not 0755: ") + modes.value(path)));
    for (const QString &path : std::as_const(data))
        QVERIFY2(modes.value(path) == QLatin1String("-rw-r--r--"),
                 qPrintable(path + QStringLiteral(" missing or not 0644: ") + modes.value(path)));
}

void TestPackage::unpackedTreeValidates()
{
    QVERIFY2(haveRoot(), "no unpacked package: cpackBuildsDeb failed");
    // Checks the installed metainfo together with the desktop entry and icon it points to.
    const QStringList args = {QStringLiteral("validate-tree"), QStringLiteral("--no-net"),
                              QStringLiteral("--strict"), QStringLiteral("--explain"), m_root};
    const Run r = run(tool(QStringLiteral("appstreamcli")), args);
    QVERIFY2(r.ok(), qPrintable(describe(QStringLiteral("appstreamcli"), args, r)));

    const QString desktop =
        m_root + QStringLiteral("/usr/share/applications/") + appId + QStringLiteral(".desktop");
    const Run d = run(tool(QStringLiteral("desktop-file-validate")), {desktop});
    QVERIFY2(d.ok(), qPrintable(describe(QStringLiteral("desktop-file-validate"), {desktop}, d)));
}

void TestPackage::installedExecutablesRun_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("godwit") << QStringLiteral("godwit");
    QTest::newRow("godwit-server") << QStringLiteral("godwit-server");
}

void TestPackage::installedExecutablesRun()
{
    QFETCH(QString, name);
    QVERIFY2(haveRoot(), "no unpacked package: cpackBuildsDeb failed");
    const QString exe = m_root + QStringLiteral("/usr/bin/") + name;

    // CPACK_STRIP_FILES: no debug info shipped in the package.
    const Run f = run(tool(QStringLiteral("file")), {QStringLiteral("-b"), exe});
    QVERIFY2(f.ok(), qPrintable(describe(QStringLiteral("file"), {exe}, f)));
    QVERIFY2(f.out.contains(QLatin1String("ELF")) && f.out.contains(QLatin1String(", stripped")),
             qPrintable(name + QStringLiteral(" is not a stripped ELF executable: ") + f.out));

    // The build tree must not be reachable from the installed executable.
    const Run e = run(tool(QStringLiteral("readelf")), {QStringLiteral("-d"), exe});
    QVERIFY2(e.ok(), qPrintable(describe(QStringLiteral("readelf"), {QStringLiteral("-d"), exe}, e)));
    QVERIFY2(!e.out.contains(m_buildDir),
             qPrintable(name + QStringLiteral(" has an RPATH into the build tree:\n") + e.out));

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    const QStringList args = {QStringLiteral("--version")};
    const Run r = run(exe, args, 30'000, home.path(), env);
    QVERIFY2(r.ok(), qPrintable(describe(exe, args, r)));
    const QString firstLine = r.out.trimmed().section(QLatin1Char('\n'), 0, 0);
    const QString expected = name + QLatin1Char(' ') + version;
    QVERIFY2(
        firstLine.startsWith(expected),
        qPrintable(
            QStringLiteral("%1 --version printed \"%2\", expected \"%3\"").arg(name, firstLine, expected)));
}

QTEST_MAIN(TestPackage)
#include "tst_package.moc"
