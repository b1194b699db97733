#pragma once

#include "engine/familyverdicts.h"
#include "engine/torrentsnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

// The working trackers of one or more torrents (or tracker lists), best first: lowest latency,
// then most peers, then by URL. A tracker under several URLs (TrackerAliases) is ranked once,
// by its primary URL; a URL on several torrents once, with its best figures and the number of
// torrents it works on. Used by `check --format list` and by Copy/Save Working Trackers.
class WorkingTrackerRanking
{
    Q_DECLARE_TR_FUNCTIONS(WorkingTrackerRanking)

public:
    // Which trackers a list keeps: those working over IPv4, over IPv6, or working at all. A
    // tracker whose family is unknown (an HTTP(S) host name, see FamilyVerdicts) is only in Both.
    enum class FamilyChoice { Both, IPv4Only, IPv6Only };

    struct Entry
    {
        TrackerUrl url;
        QStringList aliases;
        qint64 latencyMs = -1; // -1: unknown (ranked after every known latency)
        int peerCount = 0;
        FamilyVerdicts families;
        int workingTorrentCount = 0;
    };

    static QList<Entry> rank(const QList<TorrentSnapshot> &torrents, FamilyChoice choice);
    // One URL a line, best first, a newline at the end (empty for none).
    static QString listText(const QList<Entry> &entries);
    // "ipv4", "ipv6" or "both".
    static std::optional<FamilyChoice> parseFamilyChoice(const QString &text);

    // The latency of a tracker: its best endpoint's, else the first endpoint's that has one.
    static qint64 latencyOf(const TrackerState &tracker);

private:
    static void addTorrent(const TorrentSnapshot &torrent, QList<Entry> &entries,
                           QHash<QString, qsizetype> &entryByUrl);
    static bool isChosen(const Entry &entry, FamilyChoice choice);
};
