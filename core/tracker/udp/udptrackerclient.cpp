#include "tracker/udp/udptrackerclient.h"

#include "tracker/hostresolver.h"
#include "tracker/steadyclock.h"

#include <QMetaObject>
#include <algorithm>

namespace {

QHostAddress withoutIpv4Mapping(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4) : address;
}

QString describeRequest(const QUrl &trackerUrl, bool isScrape)
{
    return trackerUrl.toDisplayString() +
           (isScrape ? QStringLiteral(" scrape") : QStringLiteral(" announce"));
}

TrackerResult resultOf(const UdpTrackerEndpoint &endpoint)
{
    if (endpoint.isScrape())
        return endpoint.scrapeResult();
    return endpoint.announceResult();
}

} // namespace

UdpTrackerClient::UdpTrackerClient(HostResolver *resolver, QObject *parent)
    : UdpTrackerClient(resolver, nullptr, parent)
{}

UdpTrackerClient::UdpTrackerClient(HostResolver *resolver, MonotonicClock *clock, QObject *parent)
    : TrackerClient(parent)
    , m_resolver(resolver)
    , m_clock(clock ? clock : new SteadyClock(this))
    , m_sockets(new UdpTrackerSocketPool(m_clock, this))
{
    connect(m_resolver, &HostResolver::hostResolved, this, &UdpTrackerClient::handleHostResolved);
}

UdpTrackerClient::~UdpTrackerClient()
{
    for (auto it = m_requestIdsByLookup.cbegin(); it != m_requestIdsByLookup.cend(); ++it)
        m_resolver->cancel(it.key());
    // The clock may be gone already (the engine's, deleted first): close the sockets now, so that
    // the endpoints deleted next give nothing back to linger. Endpoints give their sockets back
    // to the pool: delete them while it still exists.
    m_sockets->closeAll();
    qDeleteAll(findChildren<UdpTrackerEndpoint *>(Qt::FindDirectChildrenOnly));
}

quint64 UdpTrackerClient::announce(const AnnounceRequest &request)
{
    Request entry;
    entry.announce = request;
    return startRequest(std::move(entry));
}

quint64 UdpTrackerClient::scrape(const ScrapeRequest &request)
{
    Request entry;
    entry.isScrape = true;
    entry.scrape = request;
    return startRequest(std::move(entry));
}

QString UdpTrackerClient::requestProblem(const Request &request) const
{
    const QUrl &url = request.trackerUrl();
    if (url.scheme().compare(u"udp", Qt::CaseInsensitive) != 0)
        return tr("%1 is not a udp:// URL").arg(url.toDisplayString());
    if (url.host().isEmpty() || url.port() <= 0)
        return tr("a UDP tracker URL needs a host and a port");
    const auto wrongSize = [](const QByteArray &bytes) {
        return bytes.size() != UdpTrackerPacket::kInfoHashSize;
    };
    if (request.isScrape) {
        const QList<QByteArray> &hashes = request.scrape.infoHashes;
        if (hashes.isEmpty())
            return tr("a scrape needs at least one info hash");
        if (std::any_of(hashes.cbegin(), hashes.cend(), wrongSize))
            return tr("every info hash must be 20 bytes");
    } else if (wrongSize(request.announce.infoHash) || wrongSize(request.announce.peerId)) {
        return tr("the info hash and the peer id must be 20 bytes each");
    }
    return QString();
}

quint64 UdpTrackerClient::startRequest(Request request)
{
    const quint64 requestId = nextRequestId();
    const QString problem = requestProblem(request);
    const QHostAddress preset =
        request.isScrape ? request.scrape.endpointAddress : request.announce.endpointAddress;
    const bool resolve = problem.isEmpty() && preset.isNull();
    if (resolve) {
        request.lookupId = m_resolver->resolve(request.trackerUrl().host());
        m_requestIdsByLookup.insert(request.lookupId, requestId);
    }
    m_requests.insert(requestId, std::move(request));
    if (resolve)
        return requestId;
    // Results always come on the event loop, never inside announce() / scrape().
    QMetaObject::invokeMethod(
        this,
        [this, requestId, problem, preset] {
            if (!m_requests.contains(requestId))
                return; // cancelled meanwhile
            if (!problem.isEmpty())
                finishWithoutEndpoint(requestId, ExchangeOutcome::Unsupported, problem);
            else
                startEndpoints(requestId, {preset});
        },
        Qt::QueuedConnection);
    return requestId;
}

void UdpTrackerClient::handleHostResolved(quint64 lookupId, const QList<QHostAddress> &addresses,
                                          const QString &errorMessage)
{
    const quint64 requestId = m_requestIdsByLookup.take(lookupId);
    const auto it = m_requests.find(requestId);
    if (requestId == 0 || it == m_requests.end())
        return;
    it->lookupId = 0;
    if (addresses.isEmpty()) {
        const QString reason = errorMessage.isEmpty() ? tr("no addresses") : errorMessage;
        finishWithoutEndpoint(requestId, ExchangeOutcome::DnsFailure,
                              tr("%1 did not resolve: %2").arg(it->trackerUrl().host(), reason));
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
    Request &request = m_requests[requestId];
    request.endpointsLeft = int(unique.size());
    for (qsizetype index = 0; index < unique.size(); ++index) {
        auto *endpoint =
            new UdpTrackerEndpoint(m_settings, &m_connectionIds, m_sockets, m_clock, this);
        connect(endpoint, &UdpTrackerEndpoint::finished, this,
                [this, requestId, endpoint] { handleEndpointFinished(requestId, endpoint); });
        request.endpoints.append(endpoint);
    }
    // Started only once all are listed, so that a cancel from a result slot finds every one.
    const QList<UdpTrackerEndpoint *> endpoints = request.endpoints;
    for (qsizetype index = 0; index < endpoints.size(); ++index) {
        if (!m_requests.contains(requestId))
            return; // cancelled by a slot of an earlier endpoint's result
        if (request.isScrape)
            endpoints[index]->startScrape(request.scrape, unique[index]);
        else
            endpoints[index]->startAnnounce(request.announce, unique[index]);
    }
}

void UdpTrackerClient::handleEndpointFinished(quint64 requestId, UdpTrackerEndpoint *endpoint)
{
    const auto it = m_requests.find(requestId);
    if (it == m_requests.end())
        return;
    it->endpoints.removeOne(endpoint);
    const bool last = --it->endpointsLeft <= 0;
    if (last)
        m_requests.erase(it);
    endpoint->deleteLater();
    reportResult(requestId, resultOf(*endpoint));
    if (last)
        Q_EMIT requestCompleted(requestId);
}

void UdpTrackerClient::finishWithoutEndpoint(quint64 requestId, ExchangeOutcome outcome,
                                             const QString &message)
{
    reportResult(requestId, resultWithoutEndpoint(m_requests.take(requestId), outcome, message));
    Q_EMIT requestCompleted(requestId);
}

TrackerResult UdpTrackerClient::resultWithoutEndpoint(const Request &request,
                                                      ExchangeOutcome outcome,
                                                      const QString &message)
{
    ExchangeRecord record;
    record.requestDescription = describeRequest(request.trackerUrl(), request.isScrape);
    record.started = QDateTime::currentDateTimeUtc();
    record.tries = 0;
    record.finishedMs = 0;
    if (request.isScrape) {
        ScrapeResult result;
        result.outcome = outcome;
        result.errorMessage = message;
        for (const QByteArray &infoHash : request.scrape.infoHashes)
            result.entries.append(ScrapeEntry{infoHash});
        result.exchanges.append(record);
        return result;
    }
    AnnounceResult result;
    result.outcome = outcome;
    result.errorMessage = message;
    result.exchange = record;
    return result;
}

void UdpTrackerClient::cancel(quint64 requestId)
{
    const auto it = m_requests.find(requestId);
    if (it == m_requests.end())
        return;
    if (it->lookupId != 0) {
        m_resolver->cancel(it->lookupId);
        m_requestIdsByLookup.remove(it->lookupId);
        it->lookupId = 0;
    }
    const Request request = *it;
    m_requests.erase(it);
    QList<TrackerResult> results;
    for (UdpTrackerEndpoint *endpoint : request.endpoints) {
        endpoint->cancel(); // its result now says Cancelled
        results.append(resultOf(*endpoint));
        endpoint->deleteLater();
    }
    if (results.isEmpty()) {
        results.append(
            resultWithoutEndpoint(request, ExchangeOutcome::Cancelled,
                                  tr("cancelled before any tracker address was contacted")));
    }
    finishLater(requestId, results);
}
