#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

class QUdpSocket;

// UDP trackers (BEP 15) on loopback that misbehave, one port per behaviour: wrong transaction
// ids, wrong actions, short and oversized packets, replies from another port, silence after the
// connect, floods of junk, error messages full of markup and escapes.
class HostileUdpTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileUdpTracker)

public:
    static constexpr quint64 kConnectionId = 0x1122334455667788ULL;
    static constexpr int kFloodPackets = 100; // under the kernel's default receive buffer
    static constexpr int kOversizedPeerCount = 5000;
    static constexpr int kHugeErrorSize = 8000; // just under the client's packet cap

    explicit HostileUdpTracker(QObject *parent = nullptr);

    static QList<QByteArray> behaviours();
    // Binds one socket per behaviour on 127.0.0.1; false with *error when one fails.
    bool start(QString *error);
    QUrl url(const QByteArray &behaviour) const;

private:
    void readDatagrams(QUdpSocket *socket);
    void answer(QUdpSocket *socket, const QByteArray &behaviour, const QByteArray &request,
                const QHostAddress &sender, quint16 senderPort);
    QList<QByteArray> repliesFor(const QByteArray &behaviour, const QByteArray &request) const;

    QHash<QByteArray, QUdpSocket *> m_sockets;
    QUdpSocket *m_otherPort = nullptr; // "other-port" answers from here
};
