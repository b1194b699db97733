#pragma once

#include "diagnostics/finding.h"
#include "tracker/announceresult.h"
#include "tracker/scraperesult.h"

#include <QCoreApplication>
#include <QHostAddress>

// Looks over tracker replies for the things an inspector should point out: odd intervals,
// ignored parameters, useless peers, known server quirks. Pure functions: the same reply gives
// the same findings.
class ReplyLinter
{
    Q_DECLARE_TR_FUNCTIONS(ReplyLinter)

public:
    // newTrackon's sane range for `interval` (s).
    static constexpr int kSaneIntervalMinimumSeconds = 300;
    static constexpr int kSaneIntervalMaximumSeconds = 10800;
    // WebTorrent's trackers ask browsers back every 2 minutes by design (bittorrent-tracker's
    // default interval is 120 s): their usual range starts lower.
    static constexpr int kSaneWebSocketIntervalMinimumSeconds = 60;
    // libtorrent (so qBittorrent and Deluge) reads UDP tracker replies into a buffer of an
    // Ethernet MTU: a larger reply is cut there and lost.
    static constexpr qsizetype kEthernetMtuBytes = 1'500;
    // An HTTP peer list is "far" larger than numwant asked for when it holds more than
    // kFarOverNumwantFactor times numwant and over kFarOverNumwantMargin peers more.
    static constexpr int kFarOverNumwantFactor = 2;
    static constexpr int kFarOverNumwantMargin = 50;

    // What we asked for, to compare the reply with.
    struct AnnounceContext
    {
        bool isHttp = true;       // compact=1 was asked (HTTP only); "min interval" exists (BEP 3)
        bool isWebSocket = false; // WebTorrent: shorter intervals are the norm
        int numwant = -1;         // -1: the tracker's default
        quint16 ourPort = 0;      // our own address is external ip (or the reply's peer id) + this
        QByteArray ourPeerId;
        // The tracker's address when the reply does not name it (an IP literal in the URL).
        QHostAddress trackerAddress;
    };

    static QList<Finding> lintAnnounce(const AnnounceResult &result,
                                       const AnnounceContext &context);
    static QList<Finding> lintScrape(const ScrapeResult &result, bool isHttp);
    // Two URLs of one torrent that reach the same address and port.
    static Finding duplicateTracker(const QString &otherUrl, const QString &endpoint);
    static bool isNonRoutable(const QHostAddress &address);
    // The peer is us: our peer id, or our port at our external address (or at loopback when the
    // tracker itself is on loopback).
    static bool isOwnPeer(const TrackerPeer &peer, const AnnounceResult &result,
                          const AnnounceContext &context);

private:
    static void lintInterval(const AnnounceResult &result, const AnnounceContext &context,
                             QList<Finding> &findings);
    static void lintPeers(const AnnounceResult &result, const AnnounceContext &context,
                          QList<Finding> &findings);
    static void lintReplySize(const AnnounceResult &result, const AnnounceContext &context,
                              QList<Finding> &findings);
    static void lintPeerEntries(const AnnounceResult &result, QList<Finding> &findings);
};
