#include "commandline.h"

#include <QApplication>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TrackerInspector"));
    QCoreApplication::setApplicationName(QStringLiteral("tracker-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRACKER_INSPECTOR_VERSION));
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
    // The window is added by the GUI work; until then the GUI mode says so.
    return 0;
}
