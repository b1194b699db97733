#pragma once

#include "engine/peerregistry.h"
#include "engine/torrentsnapshot.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The report of one `check` round over a torrent's trackers: the JSON object (keys as documented
// in the `check` help and never renamed), CSV, and a table for people.
class CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)

public:
    CheckReport(const TorrentSnapshot &torrent, const PeerRegistry &peers, qint64 elapsedMs);

    QJsonObject toJson() const;
    // One line per tracker, with a header line; RFC 4180 quoting.
    QString toCsv() const;
    // A table with a summary line; colour marks the status when colour is true (terminals).
    QString toTable(bool colour) const;

    int trackerCount() const { return int(m_torrent.trackers.size()); }
    int workingCount() const;

private:
    QJsonObject trackerJson(int trackerIndex) const;
    static QJsonObject endpointJson(const TrackerEndpointState &endpoint, const TrackerUrl &url);
    static QString endpointAddress(const TrackerEndpointState &endpoint, const TrackerUrl &url);
    QJsonArray peersJson() const;
    QString tableRow(const TrackerState &tracker, bool colour) const;

    const TorrentSnapshot &m_torrent;
    const PeerRegistry &m_peers;
    qint64 m_elapsedMs;
};
