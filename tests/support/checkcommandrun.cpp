#include "checkcommandrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QUrl>

namespace CheckCommandRun {

QString magnet(const QByteArray &infoHash, const QString &name, const QStringList &trackers)
{
    QString uri = QStringLiteral("magnet:?xt=urn:btih:%1&dn=%2")
                      .arg(QString::fromLatin1(infoHash.toHex()),
                           QString::fromLatin1(QUrl::toPercentEncoding(name)));
    for (const QString &tracker : trackers)
        uri += QStringLiteral("&tr=") + QString::fromLatin1(QUrl::toPercentEncoding(tracker));
    return uri;
}

Output run(const QString &executable, const QStringList &arguments, int waitMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(executable, QStringList{QStringLiteral("check")} + arguments);
    Output output;
    if (!finished.wait(waitMs)) {
        process.kill();
        process.waitForFinished();
        return output;
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.out = process.readAllStandardOutput();
    output.err = process.readAllStandardError();
    return output;
}

Report check(const QString &executable, const QStringList &arguments, int waitMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(executable, QStringList{QStringLiteral("check")} + arguments +
                                  QStringList{QStringLiteral("--json")});
    Report report;
    if (!process.waitForFinished(waitMs)) {
        process.kill();
        process.waitForFinished();
        report.errors = "did not end within " + QByteArray::number(waitMs) + " ms";
        return report;
    }
    report.errors = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit)
        report.exitCode = process.exitCode();
    report.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return report;
}

QJsonObject trackerNamed(const QJsonObject &report, const QString &url)
{
    for (const QJsonValue &tracker : report.value(QStringLiteral("trackers")).toArray()) {
        if (tracker.toObject().value(QStringLiteral("url")).toString() == url)
            return tracker.toObject();
    }
    return QJsonObject();
}

QJsonObject endpointAt(const QJsonObject &tracker, const QString &address)
{
    for (const QJsonValue &endpoint : tracker.value(QStringLiteral("endpoints")).toArray()) {
        if (endpoint.toObject().value(QStringLiteral("address")).toString() == address)
            return endpoint.toObject();
    }
    return QJsonObject();
}

QStringList endpointAddresses(const QJsonObject &tracker)
{
    QStringList addresses;
    for (const QJsonValue &endpoint : tracker.value(QStringLiteral("endpoints")).toArray())
        addresses.append(endpoint.toObject().value(QStringLiteral("address")).toString());
    return addresses;
}

} // namespace CheckCommandRun
