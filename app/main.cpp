#include "commandline.h"
#include "guiarguments.h"
#include "mainwindow.h"
#include "screenshottaker.h"

#include <QApplication>
#include <QTextStream>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TrackerInspector"));
    QCoreApplication::setApplicationName(QStringLiteral("tracker-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRACKER_INSPECTOR_VERSION));
}

int runWindow(QApplication &app)
{
    const GuiArguments arguments = GuiArguments::parse(QCoreApplication::arguments().mid(1));
    if (!arguments.isValid()) {
        QTextStream(stderr) << QStringLiteral("tracker-inspector: ") << arguments.errorMessage
                            << u'\n' << CommandLine::helpText();
        return 2;
    }
    const bool takesScreenshot = !arguments.screenshotPath.isEmpty();
    MainWindow window(takesScreenshot ? MainWindow::LayoutMemory::Ignored
                                      : MainWindow::LayoutMemory::Remembered);
    window.show();
    window.openSources(arguments.sources);
    if (!takesScreenshot)
        return app.exec();
    ScreenshotTaker screenshot(&window, arguments.screenshotPath);
    QObject::connect(&screenshot, &ScreenshotTaker::screenshotFinished, &app,
                     [](bool saved, const QString &errorMessage) {
                         if (!saved)
                             QTextStream(stderr)
                                 << QStringLiteral("tracker-inspector: ") << errorMessage << u'\n';
                         QCoreApplication::exit(saved ? 0 : 1);
                     });
    screenshot.start();
    return app.exec();
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
    return runWindow(app);
}
