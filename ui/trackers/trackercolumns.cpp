#include "trackers/trackercolumns.h"

#include "trackers/trackertablemodel.h"

QString TrackerColumns::title(int column)
{
    switch (column) {
    case TrackerTableModel::UrlColumn:
        return tr("Tracker / endpoint");
    case TrackerTableModel::TierColumn:
        return tr("Tier");
    case TrackerTableModel::ProtocolColumn:
        return tr("Protocol");
    case TrackerTableModel::StatusColumn:
        return tr("Status");
    case TrackerTableModel::MessageColumn:
        return tr("Message");
    case TrackerTableModel::SeedersColumn:
        return tr("Seeders");
    case TrackerTableModel::LeechersColumn:
        return tr("Leechers");
    case TrackerTableModel::DownloadedColumn:
        return tr("Downloaded");
    case TrackerTableModel::ScrapeColumn:
        return tr("Scrape S/L/D");
    case TrackerTableModel::PeersColumn:
        return tr("Peers");
    case TrackerTableModel::UniquePeersColumn:
        return tr("Unique peers");
    case TrackerTableModel::LatencyColumn:
        return tr("Latency");
    case TrackerTableModel::LastAnnounceColumn:
        return tr("Last announce");
    case TrackerTableModel::NextAnnounceColumn:
        return tr("Next announce");
    case TrackerTableModel::IntervalColumn:
        return tr("Interval");
    case TrackerTableModel::MinIntervalColumn:
        return tr("Min announce");
    case TrackerTableModel::SuccessRateColumn:
        return tr("Success");
    case TrackerTableModel::FailuresColumn:
        return tr("Fails");
    default:
        return {};
    }
}

QString TrackerColumns::toolTip(int column)
{
    switch (column) {
    case TrackerTableModel::UrlColumn:
        return tr("The tracker's URL; under it, each address it was reached at, with the info "
                  "hash (v1 or v2) asked about.");
    case TrackerTableModel::TierColumn:
        return tr("The tier of the announce list (BEP 12), counted from 1. A client tries the "
                  "trackers of a tier in turn and moves on to the next tier when all fail.");
    case TrackerTableModel::ProtocolColumn:
        return tr("HTTP, HTTPS, UDP (BEP 15) or WebSocket (WebTorrent).");
    case TrackerTableModel::StatusColumn:
        return tr("What the last exchange said of the tracker: working, a warning, or why it "
                  "failed.");
    case TrackerTableModel::MessageColumn:
        return tr("The tracker's own words (failure reason, warning message) or ours when it "
                  "could not be reached.");
    case TrackerTableModel::SeedersColumn:
    case TrackerTableModel::LeechersColumn:
        return tr("Complete and incomplete peers, as the last announce reply counted them.");
    case TrackerTableModel::DownloadedColumn:
        return tr("How many times the torrent was downloaded completely, as the last announce "
                  "reply said (few trackers say it there; the scrape usually does).");
    case TrackerTableModel::ScrapeColumn:
        return tr("The last scrape's seeders / leechers / downloaded: the tracker's counts for "
                  "the whole swarm, asked without joining it.");
    case TrackerTableModel::PeersColumn:
        return tr("Peers this tracker has returned, without our own address.");
    case TrackerTableModel::UniquePeersColumn:
        return tr("Of those, the peers no other tracker returned: what the torrent would lose "
                  "without this tracker.");
    case TrackerTableModel::LatencyColumn:
        return tr("How long the last answered request took, from sending to the full reply.");
    case TrackerTableModel::LastAnnounceColumn:
        return tr("When the last announce ended (local time).");
    case TrackerTableModel::NextAnnounceColumn:
        return tr("When the next announce goes out: after the interval the tracker asked for, "
                  "or a retry after a failure.");
    case TrackerTableModel::IntervalColumn:
        return tr("The interval the tracker asked for between announces.");
    case TrackerTableModel::MinIntervalColumn:
        return tr("The min interval (HTTP only): the tracker asks not to be announced to more "
                  "often than this, even on request.");
    case TrackerTableModel::SuccessRateColumn:
        return tr("The share of this session's announces that the tracker answered.");
    case TrackerTableModel::FailuresColumn:
        return tr("Announces that failed in this session.");
    default:
        return {};
    }
}
