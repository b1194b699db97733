// hostiletrackerserver: misbehaving HTTP, HTTPS and UDP trackers on 127.0.0.1 for the hardening
// tests. Prints one JSON line once every server listens:
//   {"trackers": {"http/<behaviour>": "http://127.0.0.1:P/<behaviour>/announce", ...,
//                 "udp/<behaviour>": "udp://127.0.0.1:P/announce", "https/...": ...},
//    "ca_certificate": "/tmp/.../ca.pem"}
// and runs until its standard input closes, or for kMaxLifetimeMs at most.
#include "hostilecertificates.h"
#include "hostilehttpreplies.h"
#include "hostilehttptracker.h"
#include "hostileudptracker.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

namespace {

constexpr int kMaxLifetimeMs = 180'000;

quint16 closedLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress(QHostAddress::LocalHost), 0);
    return probe.serverPort(); // released when probe goes away: nothing listens there after
}

QString announceUrl(const char *scheme, quint16 port, const QByteArray &behaviour)
{
    return QStringLiteral("%1://127.0.0.1:%2/%3/announce")
        .arg(QLatin1String(scheme))
        .arg(port)
        .arg(QString::fromLatin1(behaviour));
}

HostileHttpTracker *listen(quint16 closedPort, const HostileCertificates::Identity *identity,
                           QObject *parent)
{
    auto *tracker = new HostileHttpTracker(closedPort, parent);
    if (identity != nullptr)
        tracker->setTls(identity->certificate, identity->key);
    if (!tracker->listen(QHostAddress(QHostAddress::LocalHost), 0))
        return nullptr;
    return tracker;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "hostiletrackerserver: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QString error;
    HostileCertificates certificates;
    if (!certificates.make(&error))
        return fail(error);
    const quint16 closedPort = closedLoopbackPort();
    // Every behaviour on a port of its own, as separate trackers would be: a client limits its
    // connections per host and port, and one tracker's misbehaviour must not queue another's.
    QJsonObject trackers;
    quint16 validPort = 0;
    for (const QByteArray &behaviour : HostileHttpReplies::behaviours()) {
        HostileHttpTracker *plain = listen(closedPort, nullptr, &application);
        if (plain == nullptr)
            return fail(QStringLiteral("cannot listen on 127.0.0.1"));
        validPort = behaviour == "valid" ? plain->serverPort() : validPort;
        plain->setPlainHttpPort(validPort); // "valid" comes first
        trackers.insert(QStringLiteral("http/") + QString::fromLatin1(behaviour),
                        announceUrl("http", plain->serverPort(), behaviour));
    }
    HostileHttpTracker *selfSigned = listen(closedPort, &certificates.selfSigned, &application);
    HostileHttpTracker *wrongHost = listen(closedPort, &certificates.wrongHost, &application);
    HostileHttpTracker *trusted = listen(closedPort, &certificates.signedByTestCa, &application);
    HostileUdpTracker udp;
    if (!selfSigned || !wrongHost || !trusted || !udp.start(&error))
        return fail(QStringLiteral("cannot listen on 127.0.0.1: %1").arg(error));
    trusted->setPlainHttpPort(validPort);
    for (const QByteArray &behaviour : HostileUdpTracker::behaviours()) {
        trackers.insert(QStringLiteral("udp/") + QString::fromLatin1(behaviour),
                        udp.url(behaviour).toString());
    }
    trackers.insert(QStringLiteral("https/self-signed"),
                    announceUrl("https", selfSigned->serverPort(), "valid"));
    trackers.insert(QStringLiteral("https/wrong-host"),
                    announceUrl("https", wrongHost->serverPort(), "valid"));
    trackers.insert(QStringLiteral("https/plain-http-port"),
                    announceUrl("https", validPort, "valid"));
    trackers.insert(QStringLiteral("https/valid"),
                    announceUrl("https", trusted->serverPort(), "valid"));
    trackers.insert(QStringLiteral("https/redirect-to-http"),
                    announceUrl("https", trusted->serverPort(), "redirect-to-http"));
    const QJsonObject ready{{QStringLiteral("trackers"), trackers},
                            {QStringLiteral("ca_certificate"), certificates.caPath()}};
    std::fputs(QJsonDocument(ready).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    // Standard input closing (the test went away) ends the server; so does the lifetime cap.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &application, [&input] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    QTimer::singleShot(kMaxLifetimeMs, &application, &QCoreApplication::quit);
    return application.exec();
}
