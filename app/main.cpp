#include "commandline.h"
#include "enginesettingsstore.h"
#include "guiarguments.h"
#include "inspectionengine.h"
#include "mainwindow.h"
#include "networktrackerclientfactory.h"
#include "screenshottaker.h"
#include "systemhostresolver.h"
#include "trackerproxyfactory.h"

#include <QApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace {
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

int runWindow(QApplication &app, InspectionEngine &engine)
{
    const GuiArguments arguments = GuiArguments::parse(QCoreApplication::arguments().mid(1));
    if (!arguments.isValid()) {
        QTextStream(stderr) << QStringLiteral("tracker-inspector: ") << arguments.errorMessage
                            << u'\n' << CommandLine::helpText();
        return 2;
    }
    const bool takesScreenshot = !arguments.screenshotPath.isEmpty();
    MainWindow window(&engine, takesScreenshot ? MainWindow::LayoutMemory::Ignored
                                               : MainWindow::LayoutMemory::Remembered);
    window.show();
    window.openSources(arguments.sources);
    if (!takesScreenshot) {
        const int status = app.exec();
        shutDownEngine(engine);
        return status;
    }
    ScreenshotTaker screenshot(&window, arguments.screenshotPath);
    QObject::connect(&screenshot, &ScreenshotTaker::screenshotFinished, &app,
                     [](bool saved, const QString &errorMessage) {
                         if (!saved)
                             QTextStream(stderr)
                                 << QStringLiteral("tracker-inspector: ") << errorMessage << u'\n';
                         QCoreApplication::exit(saved ? 0 : 1);
                     });
    screenshot.start();
    const int status = app.exec();
    shutDownEngine(engine);
    return status;
}
} // namespace

int main(int argc, char *argv[])
{
    if (CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return CommandLine::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Tracker Inspector"));
    QNetworkAccessManager network;
    SystemHostResolver resolver;
    InspectionEngine engine(std::make_unique<NetworkTrackerClientFactory>(&network, &resolver));
    if (!QCoreApplication::arguments().contains(QStringLiteral("--screenshot")))
        engine.setSettings(EngineSettingsStore::load(QSettings()));
    TrackerProxyFactory::install(engine.settings());
    return runWindow(app, engine);
}
