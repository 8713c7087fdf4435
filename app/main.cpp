// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accountservice.h"
#include "app/i18n.h"
#include "app/inspectcommand.h"
#include "app/services.h"
#include "app/session.h"
#include "app/unixsignals.h"
#include "app/validatecommand.h"
#include "ui/mainwindow.h"
#include "ui/preview/previewpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

bool hasFlag(int argc, char **argv, const char *longName, const char *shortName)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], longName) == 0 || (shortName && std::strcmp(argv[i], shortName) == 0))
            return true;
    }
    return false;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Godwit"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("godwit.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("godwit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GODWIT_VERSION));
}

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Godwit — a desktop console for customer-data migrations over the Migration API.\n"
                "With no connection profile configured it starts the embedded local server."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("screenshot"),
         QCoreApplication::translate(
             "main", "Render the main window offscreen to <file> (PNG) once connected, then exit."),
         QStringLiteral("file")});
    parser.addPositionalArgument(
        QStringLiteral("inspect"),
        QCoreApplication::translate("main", "godwit inspect FILE [options]: what Godwit makes of a CSV file, "
                                            "without a display (see godwit inspect --help)."),
        QStringLiteral("[inspect FILE]"));
    parser.addPositionalArgument(
        QStringLiteral("validate"),
        QCoreApplication::translate("main",
                                    "godwit validate FILE --template SLUG [options]: the mapping, report "
                                    "and proposed fixes for a CSV file (see godwit validate --help)."),
        QStringLiteral("[validate FILE]"));
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A CSV file to open in the offline preview."),
        QStringLiteral("[FILE]"));
    parser.addOption({QStringLiteral("local-data-dir"),
                      QCoreApplication::translate("main", "Keep the embedded local server's data in <dir>."),
                      QStringLiteral("dir")});
}

// Waits until the connection has settled (connected with the account loaded, or failed),
// at most `timeoutMs`, then grabs the window.
int takeScreenshot(godwit::ui::MainWindow &window, godwit::app::Services &services, const QString &file,
                   int timeoutMs)
{
    using State = godwit::app::Session::State;
    QElapsedTimer clock;
    clock.start();
    auto settled = [&] {
        const State state = services.session()->state();
        if (state == State::StartingServer || state == State::Connecting || state == State::Idle)
            return false;
        if (state == State::Connected)
            return services.account()->isLoaded() || !services.account()->errorString().isEmpty();
        return true;
    };
    while (!settled() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    QCoreApplication::processEvents();
    const QPixmap pixmap = window.grab();
    QTextStream err(stderr);
    if (!pixmap.save(file, "PNG")) {
        err << QCoreApplication::translate("main", "Could not write the screenshot to %1").arg(file)
            << Qt::endl;
        return 1;
    }
    err << QCoreApplication::translate("main", "Main window (%1) rendered to %2")
               .arg(window.connectionText(), QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()))
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // Headless commands: no display, no server.
    const bool inspect = argc >= 2 && std::strcmp(argv[1], "inspect") == 0;
    const bool validate = argc >= 2 && std::strcmp(argv[1], "validate") == 0;
    if (inspect || validate) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QSettings settings;
        godwit::app::installTranslations(app, godwit::app::AppSettings(settings).language());
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeFirst(); // the command's name stands in for the program name
        QTextStream out(stdout);
        QTextStream err(stderr);
        return inspect ? godwit::app::InspectCommand::run(arguments, out, err)
                       : godwit::app::ValidateCommand::run(arguments, out, err);
    }

    // --version and --help must work without a display: answer them before QApplication.
    if (hasFlag(argc, argv, "--version", "-v") || hasFlag(argc, argv, "--help", "-h")) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Godwit"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.godwit.Godwit.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.godwit.Godwit"));

    QSettings settings;
    godwit::app::AppSettings appSettings(settings);
    godwit::app::installTranslations(app, appSettings.language());

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    godwit::app::Services services(settings);
    if (parser.isSet(QStringLiteral("local-data-dir")))
        services.session()->setLocalServerOverrides({}, parser.value(QStringLiteral("local-data-dir")));

    godwit::ui::MainWindow window(services);
    window.previewPage()->setServices(&services); // account templates, catalog and uploads for Validate
    services.start();
    // `godwit FILE.csv`: the file opens in the offline preview.
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        window.openInPreview(files.constFirst());

    if (parser.isSet(QStringLiteral("screenshot"))) {
        window.show();
        const int rc = takeScreenshot(window, services, parser.value(QStringLiteral("screenshot")), 20000);
        services.session()->shutdown();
        return rc;
    }
    // A logout, Ctrl+C or `kill` ends the console the normal way: windows saved, server stopped.
    godwit::app::UnixSignalWatcher unixSignals;
    QObject::connect(&unixSignals, &godwit::app::UnixSignalWatcher::terminationRequested, &window,
                     &QWidget::close);
    QObject::connect(&unixSignals, &godwit::app::UnixSignalWatcher::terminationRequested, &app,
                     &QApplication::quit, Qt::QueuedConnection);
    window.show();
    const int rc = QApplication::exec();
    services.session()->shutdown();
    return rc;
}
