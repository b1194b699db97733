// A stand-in for a test that is killed mid-run: starts opentracker through the test fixture,
// prints "opentracker PID" and "reaper PID", then waits until it is killed. tst_serverreaper runs
// it.
#include "opentrackerserver.h"
#include "serverreaper.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    OpenTrackerServer tracker;
    QString error;
    if (!tracker.start({QByteArray(20, 'h')}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("opentracker %lld\nreaper %lld\n", tracker.pid(), ServerReaper::reaperPid());
    std::fflush(stdout);
    return application.exec();
}
