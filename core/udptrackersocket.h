#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

class QUdpSocket;

// The transport of one UDP tracker endpoint: a connected socket, so that the kernel's ICMP
// "port unreachable" comes back as "refused", plus a listener on the same local port that sees
// packets from any other source (see the .cpp for why).
class UdpTrackerSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpTrackerSocket)

public:
    // Packets longer than maxPacketSize are still reported, cut to maxPacketSize + 1 bytes, so
    // that the receiver can tell them apart.
    explicit UdpTrackerSocket(qint64 maxPacketSize, QObject *parent = nullptr);

    // Empty on success, else a sentence saying why this machine cannot reach address.
    QString open(const QHostAddress &address, quint16 port);
    // Empty on success, else a sentence; *refused tells an ICMP refusal from other failures.
    QString send(const QByteArray &packet, bool *refused);
    // Stops all reporting at once; safe inside a handler of this object's own signals.
    void close();

Q_SIGNALS:
    void datagramReceived(const QByteArray &packet, const QHostAddress &sender, quint16 senderPort,
                          bool fromOtherSource);
    void receiveFailed(bool refused, const QString &errorMessage);

private:
    void readDatagrams(QUdpSocket *socket);
    QString endpointText() const;

    qint64 m_maxPacketSize;
    QHostAddress m_address;
    quint16 m_port = 0;
    QUdpSocket *m_socket = nullptr;        // connected to the tracker
    QUdpSocket *m_strayListener = nullptr; // same local port, unconnected
    bool m_closed = false;
};
