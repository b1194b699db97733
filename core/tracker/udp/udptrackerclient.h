#pragma once

#include "tracker/hostlookups.h"
#include "tracker/pendingtrackerrequests.h"
#include "tracker/trackerclient.h"
#include "tracker/udp/udptrackerendpoint.h"
#include "tracker/udp/udptrackersocketpool.h"

#include <QHash>
#include <QHostAddress>
#include <QList>

class HostResolver;
class MonotonicClock;

// The UDP tracker protocol (BEP 15, BEP 41 URLData) on QUdpSocket. The host is resolved through
// the injected HostResolver and every resolved address is its own endpoint (BEP 7: IPv4 and IPv6
// reported apart), each with its own sockets, connection id and result: announceFinished /
// scrapeFinished once per endpoint, then requestCompleted once. Connection ids are shared by all
// requests to the same endpoint for their lifetime (60 s).
class UdpTrackerClient final : public TrackerClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpTrackerClient)

public:
    // resolver is not owned and must outlive the client. Requests are timed on a SteadyClock of
    // the client's own.
    explicit UdpTrackerClient(HostResolver *resolver, QObject *parent = nullptr);
    // Requests are timed on clock (not owned; it must outlive the client), or on a SteadyClock of
    // the client's own when it is nullptr.
    UdpTrackerClient(HostResolver *resolver, MonotonicClock *clock, QObject *parent = nullptr);
    ~UdpTrackerClient() override;

    const UdpTrackerSettings &settings() const { return m_settings; }
    // Applies to requests started afterwards.
    void setSettings(const UdpTrackerSettings &settings) { m_settings = settings; }

    quint64 announce(const AnnounceRequest &request) override;
    quint64 scrape(const ScrapeRequest &request) override;
    // Stops the request at once; its unfinished endpoints are then reported as Cancelled (on the
    // event loop, never inside this call), followed by requestCompleted.
    void cancel(quint64 requestId) override;
    // BEP 15 has no headers, no "paused", no dictionary replies and an IPv4 address field only;
    // extra parameters travel in BEP 41 URL data.
    QStringList unsentOverrides(const AnnounceOverrides &overrides) const override;

    void clearConnectionIdCache() { m_connectionIds.clear(); }
    // Sockets open to trackers, in use or kept for reuse (UdpTrackerSettings::socketLingerMs).
    int openSocketCount() const { return m_sockets->openSocketCount(); }

private:
    // What a request has on the wire: its host look-up, then one endpoint per address.
    struct Conversation
    {
        quint64 lookupId = 0; // non-zero while the host name is being resolved
        QList<UdpTrackerEndpoint *> endpoints;
    };

    quint64 startRequest(const TrackerRequest &request);
    static QString urlProblem(const QUrl &url);
    void handleHostResolved(quint64 requestId, const QList<QHostAddress> &addresses,
                            const QString &failure);
    void startEndpoints(quint64 requestId, const QList<QHostAddress> &addresses);
    void handleEndpointFinished(quint64 requestId, UdpTrackerEndpoint *endpoint);

    MonotonicClock *m_clock;
    UdpTrackerSettings m_settings;
    PendingTrackerRequests m_pending;
    HostLookups m_lookups;
    QHash<quint64, Conversation> m_conversations;
    UdpConnectionIdCache m_connectionIds;
    UdpTrackerSocketPool *m_sockets; // a child: endpoints are deleted first (see the destructor)
};
