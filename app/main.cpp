#include "cli/commandline.h"
#include "desktop/englishplurals.h"
#include "desktop/guiarguments.h"
#include "desktop/runninginstancelink.h"
#include "desktop/screenshottaker.h"
#include "desktop/translationloader.h"
#include "engine/enginesettingsstore.h"
#include "engine/inspectionengine.h"
#include "engine/networktrackerclientfactory.h"
#include "engine/openfilelimit.h"
#include "engine/trackerproxyfactory.h"
#include "mainwindow/mainwindow.h"
#include "torrents/torrentsources.h"
#include "tracker/systemhostresolver.h"

#include <QApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace {
// For tests of the single instance (tests/integration/tst_singleinstanceapp.cpp): the running
// instance prints the sources another start hands it, one a line on stdout, and quits instead of
// opening them.
constexpr const char *kQuitAfterReceivingVariable = "TRACKER_INSPECTOR_QUIT_AFTER_RECEIVING";
// The token a launcher gives a start so that its window may take the focus (Wayland).
constexpr const char *kActivationTokenVariable = "XDG_ACTIVATION_TOKEN";

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TrackerInspector"));
    QCoreApplication::setApplicationName(QStringLiteral("tracker-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRACKER_INSPECTOR_VERSION));
}

// Sends `stopped` for every open torrent and waits for the answers, at most the engine's
// stopWaitMs (plus a margin for the last replies to be read).
void shutDownEngine(InspectionEngine &engine)
{
    constexpr int kShutdownMarginMs = 500;
    QEventLoop loop;
    QObject::connect(&engine, &InspectionEngine::shutdownFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(engine.settings().stopWaitMs + kShutdownMarginMs, &loop, &QEventLoop::quit);
    engine.shutdown();
    loop.exec();
}

void printError(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("tracker-inspector: ") << message << u'\n';
}

// Hands the sources (made absolute here: the running instance has another working directory)
// to a running window, or becomes the running instance. Waits at most the link's timeout.
RunningInstanceLink::Role joinRunningInstance(RunningInstanceLink &link, const QStringList &sources)
{
    QStringList absoluteSources;
    for (const QString &source : sources)
        absoluteSources.append(TorrentSources::fromArgument(source));
    QEventLoop loop;
    QObject::connect(&link, &RunningInstanceLink::roleDecided, &loop, &QEventLoop::quit);
    link.start(absoluteSources, qEnvironmentVariable(kActivationTokenVariable));
    if (link.role() == RunningInstanceLink::Role::Undecided)
        loop.exec();
    if (link.role() == RunningInstanceLink::Role::Standalone)
        printError(link.errorMessage());
    return link.role();
}

void openReceivedSources(MainWindow &window, const QStringList &sources, const QString &token)
{
    if (qEnvironmentVariableIsSet(kQuitAfterReceivingVariable)) {
        QTextStream out(stdout);
        for (const QString &source : sources)
            out << source << u'\n';
        out.flush();
        QCoreApplication::exit(0);
        return;
    }
    if (!token.isEmpty())
        qputenv(kActivationTokenVariable, token.toUtf8());
    window.openSources(sources);
    window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window.show();
    window.raise();
    window.activateWindow();
}

int runWindow(QApplication &app, InspectionEngine &engine, const GuiArguments &arguments,
              RunningInstanceLink &link)
{
    const bool takesScreenshot = !arguments.screenshotPath.isEmpty();
    MainWindow window(&engine, takesScreenshot ? MainWindow::LayoutMemory::Ignored
                                               : MainWindow::LayoutMemory::Remembered);
    QObject::connect(&link, &RunningInstanceLink::sourcesReceived, &window,
                     [&window](const QStringList &sources, const QString &token) {
                         openReceivedSources(window, sources, token);
                     });
    window.show();
    window.openSources(arguments.sources);
    link.startDelivering(); // what later starts sent meanwhile opens after our own sources
    if (!takesScreenshot) {
        const int status = app.exec();
        link.stopListening();
        shutDownEngine(engine);
        return status;
    }
    ScreenshotTaker screenshot(&window, arguments.screenshotPath);
    QObject::connect(&screenshot, &ScreenshotTaker::screenshotFinished, &app,
                     [](bool saved, const QString &errorMessage) {
                         if (!saved)
                             printError(errorMessage);
                         QCoreApplication::exit(saved ? 0 : 1);
                     });
    screenshot.start();
    const int status = app.exec();
    shutDownEngine(engine);
    return status;
}

// info, check, --help, --version. JSON and CSV stay untranslated: scripts read them.
int runCommand(int argc, char *argv[])
{
    // `check` may hold a thousand sockets: Qt's own event dispatcher wakes once per turn of the
    // loop, where the GLib one writes to its wake-up pipe for every posted event (measured: a
    // fifth of the CPU time of a 500-tracker round). Nothing headless needs GLib.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    describeApplication();
    const QStringList arguments = QCoreApplication::arguments();
    EnglishPlurals plurals; // first: any translation installed after it answers before it
    QCoreApplication::installTranslator(&plurals);
    TranslationLoader translations;
    if (!CommandLine::printsMachineReadableOutput(arguments))
        translations.install(QLocale::system());
    return CommandLine::run(arguments);
}
} // namespace

int main(int argc, char *argv[])
{
    OpenFileLimit::raise(); // a thousand trackers need more sockets than many desktops allow
    if (CommandLine::isHeadless(argc, argv))
        return runCommand(argc, argv);
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Tracker Inspector"));
    // Lets Wayland and the desktop match the window to the installed .desktop file and icon.
    QGuiApplication::setDesktopFileName(
        QStringLiteral("io.github.trackerinspector.TrackerInspector"));
    EnglishPlurals plurals; // first: any translation installed after it answers before it
    QCoreApplication::installTranslator(&plurals);
    TranslationLoader translations;
    translations.install(QLocale::system());
    const GuiArguments arguments = GuiArguments::parse(QCoreApplication::arguments().mid(1));
    if (!arguments.isValid()) {
        QTextStream(stderr) << QStringLiteral("tracker-inspector: ") << arguments.errorMessage
                            << u'\n' << CommandLine::helpText();
        return 2;
    }
    // A screenshot run is a window of its own: it neither joins nor claims the running one.
    const bool takesScreenshot = !arguments.screenshotPath.isEmpty();
    RunningInstanceLink link(RunningInstanceLink::defaultServerName());
    if (!takesScreenshot && !arguments.newInstance &&
        joinRunningInstance(link, arguments.sources) == RunningInstanceLink::Role::Forwarded)
        return 0;
    QNetworkAccessManager network;
    SystemHostResolver resolver;
    InspectionEngine engine(std::make_unique<NetworkTrackerClientFactory>(&network, &resolver));
    if (!takesScreenshot)
        engine.setSettings(EngineSettingsStore::load(QSettings()));
    TrackerProxyFactory::install(engine.settings());
    return runWindow(app, engine, arguments, link);
}
