#include "dnsmasqserver.h"

#include "privatenetworknamespace.h"

#include <QStandardPaths>

#include <unistd.h>

namespace {
QStringList recordArguments(const DnsmasqServer::HostRecord &record)
{
    if (record.addresses.isEmpty()) // NOERROR without addresses (NODATA): the name holds a TXT
        return {QStringLiteral("--txt-record=%1,no addresses here").arg(record.name)};
    QStringList fields{record.name};
    for (const QHostAddress &address : record.addresses)
        fields.append(address.toString());
    return {QStringLiteral("--host-record=") + fields.join(u',')};
}
} // namespace

bool DnsmasqServer::start(const QString &zone, const QList<HostRecord> &records, QString *error)
{
    const QString program = QStandardPaths::findExecutable(
        QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (program.isEmpty()) {
        *error = QStringLiteral("dnsmasq is not installed (./dev.sh test installs dnsmasq-base)");
        return false;
    }
    const QString nameServer = QString::fromLatin1(PrivateNetworkNamespace::kNameServer);
    // No configuration file, no /etc/hosts, no upstream server, no PID file, no DHCP; it stays
    // in the foreground as the user it was started as, and logs the queries for failure messages.
    QStringList arguments{QStringLiteral("--keep-in-foreground"),
                          QStringLiteral("--conf-file=/dev/null"),
                          QStringLiteral("--no-resolv"),
                          QStringLiteral("--no-hosts"),
                          QStringLiteral("--no-poll"),
                          QStringLiteral("--pid-file="),
                          QStringLiteral("--listen-address=") + nameServer,
                          QStringLiteral("--bind-interfaces"),
                          QStringLiteral("--port=%1").arg(kPort),
                          QStringLiteral("--local=/%1/").arg(zone),
                          QStringLiteral("--log-facility=-"),
                          QStringLiteral("--log-queries")};
    if (::geteuid() == 0) // else it would change to an unprivileged user of its own
        arguments.append(QStringLiteral("--user=root"));
    for (const HostRecord &record : records)
        arguments += recordArguments(record);
    return m_process.start(program, arguments, QStringLiteral("/"), error) &&
           m_process.waitForTcpPort(QHostAddress(nameServer), kPort, error);
}
