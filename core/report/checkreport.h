#pragma once

#include "engine/peerregistry.h"
#include "engine/torrentsnapshot.h"
#include "report/trackeraliases.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The report of one `check` round over a torrent's (or a tracker list's) trackers: the JSON object
// (keys as documented in the README and never renamed; new ones only added), CSV, and a table for
// people. Each tracker says whether it works over IPv4 and IPv6 (FamilyVerdicts) and under which
// other URLs it is listed too (TrackerAliases); the table shows such a tracker once.
class CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)

public:
    CheckReport(const TorrentSnapshot &torrent, const PeerRegistry &peers, qint64 elapsedMs);

    // Only the working trackers in every format (check --working-only); the summary still
    // counts them all.
    void setWorkingOnly(bool workingOnly) { m_workingOnly = workingOnly; }

    QJsonObject toJson() const;
    // One line per tracker, with a header line; RFC 4180 quoting.
    QString toCsv() const;
    // The CSV's header line, and its rows each after prefix (a collection's "info_hash,"): a
    // tracker's message may hold line breaks inside its quotes, so rows are never split apart.
    static QString csvHeader();
    QString csvRows(const QString &prefix) const;
    // A table with a summary line; colour marks the status when colour is true (terminals).
    QString toTable(bool colour) const;

    int trackerCount() const { return int(m_torrent.trackers.size()); }
    int workingCount() const;
    const TorrentSnapshot &torrent() const { return m_torrent; }

private:
    QJsonObject trackerJson(int trackerIndex) const;
    static QJsonObject endpointJson(const TrackerEndpointState &endpoint, const TrackerUrl &url);
    static QString endpointAddress(const TrackerEndpointState &endpoint, const TrackerUrl &url);
    QJsonArray peersJson() const;
    QString tableRow(int trackerIndex, bool colour) const;
    QString tableHeader() const;
    bool isShown(int trackerIndex) const;

    const TorrentSnapshot &m_torrent;
    const PeerRegistry &m_peers;
    qint64 m_elapsedMs;
    TrackerAliases m_aliases;
    bool m_workingOnly = false;
};
