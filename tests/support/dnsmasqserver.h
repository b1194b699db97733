#pragma once

#include "serverprocess.h"

#include <QHostAddress>
#include <QList>
#include <QString>

// dnsmasq (Debian's dnsmasq-base) as the name server of a PrivateNetworkNamespace: it answers on
// PrivateNetworkNamespace::kNameServer, port 53, with the records a test gives it for one zone.
// A name of the zone it was not given is NXDOMAIN; it asks no other server, ever.
class DnsmasqServer
{
public:
    struct HostRecord
    {
        QString name;                  // within the zone, e.g. "both.example.org"
        QList<QHostAddress> addresses; // A and AAAA records; none: the name exists, without any
    };

    static constexpr quint16 kPort = 53;

    bool start(const QString &zone, const QList<HostRecord> &records, QString *error);
    void stop() { m_process.stop(); }
    qint64 pid() const { return m_process.pid(); }

private:
    ServerProcess m_process;
};
