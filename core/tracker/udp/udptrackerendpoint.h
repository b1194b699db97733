#pragma once

#include "tracker/announceresult.h"
#include "tracker/scraperesult.h"
#include "tracker/trackerrequest.h"
#include "tracker/trackerresult.h"
#include "tracker/udp/udptrackerpacket.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPair>

class ClockTimer;
class MonotonicClock;
class UdpTrackerSocket;
class UdpTrackerSocketPool;

// How patient the UDP client is, and how much it keeps. The defaults suit an inspector: three
// tries of 2.5 s each per exchange, one endpoint's whole conversation within 15 s.
struct UdpTrackerSettings
{
    static constexpr int kBep15BaseTimeoutMs = 15'000; // BEP 15: 15 · 2^n seconds
    static constexpr int kBep15MaxTries = 9;           // n = 0 … 8

    int tryTimeoutMs = 2'500;            // per try, unless useBep15Schedule
    int maxTries = 3;                    // per exchange (connect, announce, each scrape batch)
    bool useBep15Schedule = false;       // 15 · 2^n s per try; endpointTimeoutMs then unused
    int endpointTimeoutMs = 15'000;      // one endpoint's whole conversation; 0 = no cap
    int connectionIdLifetimeMs = 60'000; // BEP 15: a client may use a connection id for 1 min
    int maxPeersKept = 200;
    // Larger packets are ignored as malformed; any UDP datagram up to the default is valid.
    qint64 maxPacketSize = UdpTrackerPacket::kMaxDatagramSize;
    int maxHashesPerScrapePacket = 74; // BEP 15: about 74 fit in one packet
    int maxIgnoredReasonsKept = 8;     // ExchangeRecord::ignoredReplyReasons cap
    int socketLingerMs = 10'000;       // an unused socket to a tracker is kept this long for reuse

    int timeoutOfTry(int tryIndex) const; // the time allowed for try tryIndex (0-based)
    int effectiveMaxTries() const;
};

// Connection ids by tracker endpoint (address, port), shared by the endpoints of one client.
struct UdpConnectionId
{
    quint64 connectionId = 0;
    qint64 expiresAtMs = 0; // on the client's clock
};
using UdpConnectionIdCache = QHash<QPair<QHostAddress, quint16>, UdpConnectionId>;

// One conversation with one address of a UDP tracker: connect (or a cached connection id), then
// the announce or the scrape batches, with retransmission, reply checks and a full record.
// Emits finished() once, on the event loop; the result is then in result().
class UdpTrackerEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpTrackerEndpoint)

public:
    // cache, sockets and clock are not owned and must outlive the endpoint.
    explicit UdpTrackerEndpoint(const UdpTrackerSettings &settings, UdpConnectionIdCache *cache,
                                UdpTrackerSocketPool *sockets, MonotonicClock *clock,
                                QObject *parent = nullptr);
    ~UdpTrackerEndpoint() override;

    // False for broadcast, multicast and unspecified addresses: nothing is ever sent to those.
    static bool isSingleHostAddress(const QHostAddress &address);

    // The announce or the scrape of request, to address.
    void start(const TrackerRequest &request, const QHostAddress &address);
    // Stops at once without emitting finished(); the result says Cancelled.
    void cancel();

    bool isFinished() const { return m_finished; }
    // The announce's or the scrape's result, as the request was.
    TrackerResult result() const;

Q_SIGNALS:
    void finished();

private:
    enum class Phase { Connecting, Announcing, Scraping };

    void begin(const TrackerRequest &request, const QHostAddress &address);
    QString openTransport(); // empty on success, else why nothing can be sent
    void newTransactionId();
    void beginConnect();
    void beginRequest();
    void sendTry();
    void handleTryTimedOut();
    bool tryReconnect();
    void handleDatagram(const QByteArray &packet, const QHostAddress &sender, quint16 senderPort,
                        bool fromStrayListener);
    void handleConnectReply(const UdpTrackerReply &reply);
    void handleAnnounceReply(const UdpTrackerReply &reply);
    void handleScrapeReply(const UdpTrackerReply &reply);
    void handleTrackerError(const UdpTrackerReply &reply);
    void ignorePacket(const QString &reason);
    void giveUp();
    void finish(ExchangeOutcome outcome, const QString &errorMessage,
                const QString &failureReason = QString());
    void releaseSockets();
    QString timeoutSentence() const;
    QString endpointText() const;
    bool isFromOurTracker(const QByteArray &packet, const QHostAddress &sender, quint16 senderPort,
                          bool fromStrayListener);
    UdpReplyExpectation replyExpectation() const;
    QString phaseName() const; // "connect", "announce" or "scrape"
    qint64 elapsedMs() const;  // since start, on the clock
    bool budgetSpent() const;
    bool connectionIdExpired() const;

    UdpTrackerSettings m_settings;
    UdpConnectionIdCache *m_cache;
    bool m_isScrape = false;
    bool m_finished = false;
    AnnounceRequest m_announceRequest;
    ScrapeRequest m_scrapeRequest;
    QHostAddress m_address;
    quint16 m_port = 0;
    UdpTrackerSocketPool *m_sockets;
    UdpTrackerSocket *m_transport = nullptr; // from m_sockets while the conversation lasts
    MonotonicClock *m_clock;
    ClockTimer *m_retryTimer;
    qint64 m_startedMs = 0;
    qint64 m_budgetEndMs = -1; // the whole conversation's end on the clock; -1 for none
    Phase m_phase = Phase::Connecting;
    quint32 m_transactionId = 0;            // never 0 once started
    QList<quint32> m_earlierTransactionIds; // late replies to these are dropped quietly
    QByteArray m_packet;                    // the request being (re)sent
    int m_tryIndex = 0;
    quint64 m_connectionId = 0;
    qint64 m_connectionIdExpiresAtMs = 0;
    bool m_connectionIdReused = false;
    bool m_reconnected = false;
    // Malformed replies to the current exchange that carried its transaction id: the tracker did
    // answer, just not properly, so running out of tries is then not a timeout.
    int m_malformedFromTracker = 0;
    QString m_lastTrackerProblem;
    ExchangeRecord m_record; // the announce, or the scrape batch under way
    AnnounceResult m_announceResult;
    ScrapeResult m_scrapeResult;
    qsizetype m_batchStart = 0;
    qsizetype m_batchSize = 0;
};
