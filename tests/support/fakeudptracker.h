#pragma once

#include "tracker/trackerpeer.h"
#include "tracker/udp/udptrackerpacket.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUdpSocket>
#include <QUrl>

// A BEP 15 tracker on a loopback UDP port, scripted per test. By default it answers like a
// well-behaved tracker; steps queued with addStep() replace the answer to the next request of an
// action with a fault (silence, an error, a short or oversized packet, a wrong transaction id or
// action, a reply from another port), optionally followed by the proper reply.
class FakeUdpTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeUdpTracker)

public:
    enum class Fault {
        Silence,            // no answer at all
        ErrorReply,         // action 3 with `text`
        ShortReply,         // the proper reply cut to `size` bytes
        OversizedReply,     // the proper reply padded to `size` bytes
        WrongTransactionId, // the proper reply with the transaction id changed
        WrongAction,        // the proper reply with another action
        WrongSourcePort,    // the proper reply, sent from another socket
        Duplicate,          // the proper reply (with thenReplyProperly: sent twice)
    };
    struct Step
    {
        Fault fault = Fault::Silence;
        bool thenReplyProperly = false;
        QByteArray text; // ErrorReply
        int size = 0;    // ShortReply / OversizedReply
    };
    struct ReceivedPacket
    {
        QByteArray data;
        QHostAddress sender;
        quint16 senderPort = 0;
        UdpTrackerAction action = UdpTrackerAction::Connect;
    };

    explicit FakeUdpTracker(QObject *parent = nullptr);

    // address: 127.0.0.1 or ::1; port 0 picks a free one.
    bool listen(const QHostAddress &address, quint16 port = 0);
    QHostAddress address() const { return m_socket.localAddress(); }
    quint16 port() const { return m_socket.localPort(); }
    QUrl announceUrl(const QString &pathAndQuery = QStringLiteral("/announce")) const;

    void addStep(UdpTrackerAction action, const Step &step) { m_steps[int(action)].append(step); }
    void setAnnounceReply(quint32 interval, quint32 leechers, quint32 seeders,
                          const QList<TrackerPeer> &peers);
    // Scrape counts per info hash; unknown hashes get zeros. At most maxEntries are answered.
    void setScrapeCounts(const QByteArray &infoHash, const UdpScrapeCounts &counts);
    void setMaxScrapeEntries(int maxEntries) { m_maxScrapeEntries = maxEntries; }
    // Connection ids issued so far become unknown: requests using them get an error (or silence).
    void forgetConnectionIds() { m_connectionIds.clear(); }
    void setSilentOnUnknownConnectionId(bool silent) { m_silentOnUnknownId = silent; }

    const QList<ReceivedPacket> &received() const { return m_received; }
    int receivedCount(UdpTrackerAction action) const;

Q_SIGNALS:
    void packetReceived();

private:
    void readPackets();
    void handlePacket(const ReceivedPacket &packet);
    static QByteArray withFault(const QByteArray &proper, const Step &step, UdpTrackerAction action,
                                quint32 transactionId);
    QByteArray properReply(const ReceivedPacket &packet, quint32 transactionId);
    QByteArray announceReply(quint32 transactionId) const;
    QByteArray scrapeReply(const QByteArray &request, quint32 transactionId) const;
    void send(const QByteArray &reply, const ReceivedPacket &to, bool fromOtherPort);

    QUdpSocket m_socket;
    QUdpSocket m_otherSocket; // for replies from a wrong source port
    QHash<int, QList<Step>> m_steps;
    QSet<quint64> m_connectionIds;
    bool m_silentOnUnknownId = false;
    quint32 m_interval = 1800;
    quint32 m_leechers = 0;
    quint32 m_seeders = 0;
    QList<TrackerPeer> m_peers;
    QHash<QByteArray, UdpScrapeCounts> m_scrapeCounts;
    int m_maxScrapeEntries = 1000;
    QList<ReceivedPacket> m_received;
};
