#include "diagnostics/replylinter.h"

#include <algorithm>

namespace {
Finding makeFinding(const char *code, Finding::Severity severity, const QString &message)
{
    return Finding{QString::fromLatin1(code), severity, message};
}
} // namespace

QList<Finding> ReplyLinter::lintAnnounce(const AnnounceResult &result,
                                         const AnnounceContext &context)
{
    QList<Finding> findings;
    if (result.exchange.malformedRepliesIgnored > 0) {
        findings.append(makeFinding("malformed_replies_ignored", Finding::Severity::Warning,
                                    tr("%n malformed or foreign reply packet(s) were ignored.",
                                       nullptr, result.exchange.malformedRepliesIgnored)));
    }
    if (!result.succeeded())
        return findings;
    lintInterval(result, context, findings);
    lintReplySize(result, context, findings);
    lintPeers(result, context, findings);
    lintPeerEntries(result, findings);
    if (result.seeders > 0 && result.downloaded == result.seeders) {
        findings.append(makeFinding(
            "downloaded_equals_complete", Finding::Severity::Info,
            tr("\"downloaded\" equals \"complete\" (%1): the tracker probably reports seeders, "
               "not completed downloads.")
                .arg(result.seeders)));
    }
    return findings;
}

// The norms are the protocol's: UDP (BEP 15) has no "min interval" field, and WebTorrent's
// trackers want browsers back within minutes.
void ReplyLinter::lintInterval(const AnnounceResult &result, const AnnounceContext &context,
                               QList<Finding> &findings)
{
    const int minimum =
        context.isWebSocket ? kSaneWebSocketIntervalMinimumSeconds : kSaneIntervalMinimumSeconds;
    if (result.interval >= 0 &&
        (result.interval < minimum || result.interval > kSaneIntervalMaximumSeconds)) {
        findings.append(makeFinding("interval_out_of_range", Finding::Severity::Warning,
                                    tr("The interval of %1 s is outside the usual %2–%3 s.")
                                        .arg(result.interval)
                                        .arg(minimum)
                                        .arg(kSaneIntervalMaximumSeconds)));
    }
    if (result.interval < 0) {
        findings.append(makeFinding("interval_missing", Finding::Severity::Warning,
                                    tr("The reply has no interval; clients fall back to 30 min.")));
    }
    if (result.minInterval < 0 && context.isHttp) {
        findings.append(makeFinding("min_interval_missing", Finding::Severity::Info,
                                    tr("The reply has no min interval.")));
    }
}

void ReplyLinter::lintPeers(const AnnounceResult &result, const AnnounceContext &context,
                            QList<Finding> &findings)
{
    if (context.isHttp && !result.compactPeers && !result.peers.isEmpty()) {
        findings.append(makeFinding("compact_ignored", Finding::Severity::Info,
                                    tr("The tracker ignored compact=1 and sent a peer list of "
                                       "dictionaries.")));
    }
    int portZero = 0;
    int nonRoutable = 0;
    bool ourself = false;
    const QHostAddress tracker =
        result.exchange.peerAddress.isNull() ? context.trackerAddress : result.exchange.peerAddress;
    const bool trackerIsLocal = isNonRoutable(tracker);
    for (const TrackerPeer &peer : result.peers) {
        portZero += peer.port == 0 ? 1 : 0;
        nonRoutable += !trackerIsLocal && isNonRoutable(peer.address) ? 1 : 0;
        ourself = ourself || isOwnPeer(peer, result, context);
    }
    if (ourself) {
        findings.append(makeFinding("own_address_returned", Finding::Severity::Info,
                                    tr("The tracker returned our own address as a peer.")));
    }
    if (portZero > 0 || result.peersDropped > 0) {
        findings.append(makeFinding("peer_port_zero", Finding::Severity::Warning,
                                    tr("%n peer(s) had port 0 or an unusable entry.", nullptr,
                                       portZero + result.peersDropped)));
    }
    if (nonRoutable > 0) {
        findings.append(makeFinding("non_routable_peers", Finding::Severity::Warning,
                                    tr("%n peer(s) have private, loopback or link-local addresses.",
                                       nullptr, nonRoutable)));
    }
}

// Replies larger than what clients ask for or can read: over numwant, far over it, or (UDP)
// more than an Ethernet MTU in one datagram.
void ReplyLinter::lintReplySize(const AnnounceResult &result, const AnnounceContext &context,
                                QList<Finding> &findings)
{
    if (context.numwant >= 0 && result.peers.size() > context.numwant) {
        findings.append(makeFinding("numwant_ignored", Finding::Severity::Warning,
                                    tr("The tracker returned %n peers although numwant was %1.",
                                       nullptr, int(result.peers.size()))
                                        .arg(context.numwant)));
    }
    const qint64 sent = result.peers.size() + qint64(result.peersDropped);
    if (context.isHttp && !context.isWebSocket && context.numwant >= 0 &&
        sent > qint64(kFarOverNumwantFactor) * context.numwant &&
        sent > qint64(context.numwant) + kFarOverNumwantMargin) {
        findings.append(makeFinding(
            "peer_list_far_over_numwant", Finding::Severity::Warning,
            tr("The tracker sent %n peer entries where numwant asked for %1: far more than a "
               "client asks for, bytes both sides spend on peers the client will not use.",
               nullptr, int(sent))
                .arg(context.numwant)));
    }
    const qsizetype replySize = result.exchange.rawReply.size();
    if (!context.isHttp && !context.isWebSocket && replySize > kEthernetMtuBytes) {
        findings.append(makeFinding(
            "udp_reply_over_mtu", Finding::Severity::Warning,
            tr("The UDP reply is %1 bytes, more than an Ethernet MTU of %2 bytes: "
               "libtorrent-based clients (qBittorrent, Deluge) read at most %2 bytes of a UDP "
               "datagram and lose this reply.")
                .arg(replySize)
                .arg(kEthernetMtuBytes)));
    }
}

// Peers given otherwise than as addresses, and compact lists that end in part of an entry.
void ReplyLinter::lintPeerEntries(const AnnounceResult &result, QList<Finding> &findings)
{
    const qsizetype named =
        std::count_if(result.peers.cbegin(), result.peers.cend(),
                      [](const TrackerPeer &peer) { return peer.hasHostName(); });
    if (named > 0) {
        findings.append(makeFinding(
            "peers_as_host_names", Finding::Severity::Info,
            tr("The tracker sent %n peer(s) as host names (BEP 3 allows a DNS name as \"ip\"): "
               "they are listed as name:port, not resolved here; a client has to look each one "
               "up.",
               nullptr, int(named))));
    }
    if (!result.strayPeerBytes.isEmpty()) {
        QStringList texts;
        for (const StrayPeerBytes &stray : result.strayPeerBytes)
            texts.append(CompactPeerList::describe(stray));
        findings.append(
            makeFinding("peer_list_stray_bytes", Finding::Severity::Warning, texts.join(u' ')));
    }
}

QList<Finding> ReplyLinter::lintScrape(const ScrapeResult &result, bool isHttp)
{
    QList<Finding> findings;
    if (isHttp && result.outcome == ExchangeOutcome::Unsupported) {
        findings.append(
            makeFinding("scrape_unsupported", Finding::Severity::Info,
                        tr("The tracker offers no scrape (BEP 48): %1").arg(result.errorMessage)));
    }
    for (const ScrapeEntry &entry : result.entries) {
        if (entry.present && entry.seeders > 0 && entry.completed == entry.seeders) {
            findings.append(makeFinding(
                "downloaded_equals_complete", Finding::Severity::Info,
                tr("Scrape \"downloaded\" equals \"complete\" (%1): the tracker probably reports "
                   "seeders, not completed downloads.")
                    .arg(entry.seeders)));
            break;
        }
    }
    return findings;
}

Finding ReplyLinter::duplicateTracker(const QString &otherUrl, const QString &endpoint)
{
    return makeFinding(
        "duplicate_tracker", Finding::Severity::Info,
        tr("This tracker is also listed as %1 (same address %2).").arg(otherUrl, endpoint));
}

bool ReplyLinter::isNonRoutable(const QHostAddress &address)
{
    if (address.isNull())
        return false;
    static const QList<QPair<QHostAddress, int>> privateIpv4 = {
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
    };
    if (!address.isGlobal() || address.isUniqueLocalUnicast() || address.isSiteLocal() ||
        address.isLinkLocal() || address.isLoopback())
        return true;
    for (const auto &subnet : privateIpv4) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

bool ReplyLinter::isOwnPeer(const TrackerPeer &peer, const AnnounceResult &result,
                            const AnnounceContext &context)
{
    if (!context.ourPeerId.isEmpty() && peer.peerId == context.ourPeerId)
        return true;
    if (peer.port != context.ourPort)
        return false;
    if (!result.externalIp.isNull() && peer.address.isEqual(result.externalIp))
        return true;
    const QHostAddress tracker =
        result.exchange.peerAddress.isNull() ? context.trackerAddress : result.exchange.peerAddress;
    return tracker.isLoopback() && peer.address.isLoopback();
}
