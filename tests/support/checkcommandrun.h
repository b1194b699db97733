#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

// Runs the real `tracker-inspector check ... --json` as a user would, and reads its report.
namespace CheckCommandRun {

struct Report
{
    int exitCode = -1; // -1: it crashed or did not end in time
    QJsonObject json;  // the whole report
    QByteArray errors; // what it printed on stderr, for failure messages
};

// What a run printed, as bytes.
struct Output
{
    int exitCode = -1; // -1: it crashed or did not end in time
    QByteArray out;
    QByteArray err;
};

// Runs `check` with exactly these arguments, waiting in the event loop (QSignalSpy), so that fake
// trackers of the calling process go on answering meanwhile.
Output run(const QString &executable, const QStringList &arguments, int waitMs);
// A magnet link for infoHash (20 bytes) with these trackers (&tr=).
QString magnet(const QByteArray &infoHash, const QString &name, const QStringList &trackers);
Report check(const QString &executable, const QStringList &arguments, int waitMs);
QJsonObject trackerNamed(const QJsonObject &report, const QString &url);
// The tracker's endpoint with this "ip:port" address, or an empty object.
QJsonObject endpointAt(const QJsonObject &tracker, const QString &address);
// Every endpoint's address of the tracker, in the report's order.
QStringList endpointAddresses(const QJsonObject &tracker);

} // namespace CheckCommandRun
