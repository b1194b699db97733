#include "tracker/udp/udptrackerclient.h"

#include "tracker/udp/udptrackerpacket.h"

#include "tracker/steadyclock.h"

namespace {

QHostAddress withoutIpv4Mapping(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4) : address;
}

} // namespace

UdpTrackerClient::UdpTrackerClient(HostResolver *resolver, QObject *parent)
    : UdpTrackerClient(resolver, nullptr, parent)
{}

UdpTrackerClient::UdpTrackerClient(HostResolver *resolver, MonotonicClock *clock, QObject *parent)
    : TrackerClient(parent)
    , m_clock(clock ? clock : new SteadyClock(this))
    , m_pending(this, m_clock)
    , m_lookups(resolver)
    , m_sockets(new UdpTrackerSocketPool(m_clock, this))
{}

UdpTrackerClient::~UdpTrackerClient()
{
    // The clock may be gone already (the engine's, deleted first): close the sockets now, so that
    // the endpoints deleted next give nothing back to linger. Endpoints give their sockets back
    // to the pool: delete them while it still exists.
    m_sockets->closeAll();
    qDeleteAll(findChildren<UdpTrackerEndpoint *>(Qt::FindDirectChildrenOnly));
}

quint64 UdpTrackerClient::announce(const AnnounceRequest &request)
{
    return startRequest(TrackerRequest(request));
}

quint64 UdpTrackerClient::scrape(const ScrapeRequest &request)
{
    return startRequest(TrackerRequest(request));
}

QStringList UdpTrackerClient::unsentOverrides(const AnnounceOverrides &overrides) const
{
    QStringList unsent;
    if (overrides.userAgent)
        unsent << tr("User-Agent: UDP trackers get no headers.");
    if (overrides.compact == false)
        unsent << tr("compact=0: UDP replies are always compact, without peer ids.");
    if (overrides.event == AnnounceEvent::Paused)
        unsent << tr("event=paused: BEP 15 has no code for it; sent as none.");
    if (overrides.ip && UdpTrackerPacket::ipv4Field(*overrides.ip) == 0)
        unsent << tr("ip=%1: BEP 15 has room for an IPv4 address only; the tracker uses the "
                     "packet's source address.")
                      .arg(*overrides.ip);
    if (!overrides.extraParameters.isEmpty())
        unsent << tr("Extra parameters go only in BEP 41 URL data, which many UDP trackers "
                     "ignore.");
    return unsent;
}

QString UdpTrackerClient::urlProblem(const QUrl &url)
{
    if (url.scheme().compare(u"udp", Qt::CaseInsensitive) != 0)
        return tr("%1 is not a udp:// URL").arg(url.toDisplayString());
    if (url.host().isEmpty() || url.port() <= 0)
        return tr("a UDP tracker URL needs a host and a port");
    return QString();
}

quint64 UdpTrackerClient::startRequest(const TrackerRequest &request)
{
    const quint64 requestId = m_pending.add(request);
    if (m_pending.endIfUnusable(requestId, urlProblem(request.trackerUrl())))
        return requestId;
    Conversation &conversation = m_conversations[requestId];
    const QHostAddress preset = request.endpointAddress();
    if (!preset.isNull()) {
        m_pending.later(requestId,
                        [this, requestId, preset] { startEndpoints(requestId, {preset}); });
        return requestId;
    }
    conversation.lookupId = m_lookups.resolve(
        request.trackerUrl().host(),
        [this, requestId](const QList<QHostAddress> &addresses, const QString &failure) {
            handleHostResolved(requestId, addresses, failure);
        });
    return requestId;
}

void UdpTrackerClient::handleHostResolved(quint64 requestId, const QList<QHostAddress> &addresses,
                                          const QString &failure)
{
    m_conversations[requestId].lookupId = 0;
    if (addresses.isEmpty()) {
        m_conversations.remove(requestId);
        m_pending.finishUnreached(requestId, ExchangeOutcome::DnsFailure, failure);
        return;
    }
    startEndpoints(requestId, addresses);
}

void UdpTrackerClient::startEndpoints(quint64 requestId, const QList<QHostAddress> &addresses)
{
    QList<QHostAddress> unique;
    for (const QHostAddress &address : addresses) {
        const QHostAddress plain = withoutIpv4Mapping(address);
        if (!unique.contains(plain))
            unique.append(plain);
    }
    const TrackerRequest request = m_pending.request(requestId);
    m_pending.expectResults(requestId, int(unique.size()));
    QList<UdpTrackerEndpoint *> &endpoints = m_conversations[requestId].endpoints;
    for (qsizetype index = 0; index < unique.size(); ++index) {
        auto *endpoint =
            new UdpTrackerEndpoint(m_settings, &m_connectionIds, m_sockets, m_clock, this);
        connect(endpoint, &UdpTrackerEndpoint::finished, this,
                [this, requestId, endpoint] { handleEndpointFinished(requestId, endpoint); });
        endpoints.append(endpoint);
    }
    // Started only once all are listed, so that a cancel from a result slot finds every one.
    const QList<UdpTrackerEndpoint *> listed = endpoints;
    for (qsizetype index = 0; index < listed.size(); ++index) {
        if (!m_pending.contains(requestId))
            return; // cancelled by a slot of an earlier endpoint's result
        listed[index]->start(request, unique[index]);
    }
}

void UdpTrackerClient::handleEndpointFinished(quint64 requestId, UdpTrackerEndpoint *endpoint)
{
    const auto it = m_conversations.find(requestId);
    if (it == m_conversations.end())
        return;
    it->endpoints.removeOne(endpoint);
    if (it->endpoints.isEmpty())
        m_conversations.erase(it);
    endpoint->deleteLater();
    m_pending.report(requestId, endpoint->result());
}

void UdpTrackerClient::cancel(quint64 requestId)
{
    if (!m_pending.contains(requestId))
        return;
    const Conversation conversation = m_conversations.take(requestId);
    m_lookups.cancel(conversation.lookupId);
    QList<TrackerResult> results;
    for (UdpTrackerEndpoint *endpoint : conversation.endpoints) {
        endpoint->cancel(); // its result now says Cancelled
        results.append(endpoint->result());
        endpoint->deleteLater();
    }
    m_pending.cancel(requestId, results);
}
