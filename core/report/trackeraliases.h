#pragma once

#include "engine/trackerstate.h"

#include <QList>
#include <QStringList>

// The trackers of a torrent (or list) that are one tracker under several URLs, grouped: URLs that
// differ only in http vs https (ws vs wss) on the scheme's default port, in a trailing slash or
// in an "/announce" at the end of the path, in the case of the host, or UDP trackers that
// answered (or failed) from the same address and port. Addresses join only UDP trackers: HTTP and
// WebSocket trackers often share the addresses of a content delivery network while being
// different trackers. Each group has a primary, the tracker reported for it: its first working
// member in list order, else its first member.
class TrackerAliases
{
public:
    explicit TrackerAliases(const QList<TrackerState> &trackers);

    // Each group's indexes into the trackers, the primary first, groups in the order of their
    // first member.
    const QList<QList<int>> &groups() const { return m_groups; }
    int groupOf(int trackerIndex) const { return m_groupOfTracker.value(trackerIndex, -1); }
    bool isPrimary(int trackerIndex) const;
    // The URL texts of the other members of the tracker's group, in list order.
    QStringList aliasesOf(int trackerIndex) const;
    // What the URL says once the differences that do not make another tracker are taken out.
    static QString urlKey(const TrackerUrl &url);

private:
    int root(int trackerIndex);
    void join(int first, int second);
    void makeGroups();

    QList<TrackerState> m_trackers; // implicitly shared with the snapshot
    QList<int> m_parent;            // union-find over tracker indexes
    QList<QList<int>> m_groups;
    QList<int> m_groupOfTracker;
};
