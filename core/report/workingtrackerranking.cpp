#include "report/workingtrackerranking.h"

#include "report/trackeraliases.h"

#include <QHash>
#include <algorithm>

namespace {
int peersOf(const TrackerState &tracker)
{
    int peers = tracker.peerCount;
    for (const TrackerEndpointState &endpoint : tracker.endpoints)
        peers = std::max(peers, endpoint.peerCount);
    return peers;
}

FamilyVerdicts::Verdict better(FamilyVerdicts::Verdict first, FamilyVerdicts::Verdict second)
{
    using Verdict = FamilyVerdicts::Verdict;
    if (first == Verdict::Works || second == Verdict::Works)
        return Verdict::Works;
    return first == Verdict::Fails || second == Verdict::Fails ? Verdict::Fails : Verdict::Unknown;
}

// Known latencies first, lowest first; then most peers; then by URL for a stable order.
bool ranksBefore(const WorkingTrackerRanking::Entry &first,
                 const WorkingTrackerRanking::Entry &second)
{
    if ((first.latencyMs < 0) != (second.latencyMs < 0))
        return first.latencyMs >= 0;
    if (first.latencyMs != second.latencyMs)
        return first.latencyMs < second.latencyMs;
    if (first.peerCount != second.peerCount)
        return first.peerCount > second.peerCount;
    return first.url.text() < second.url.text();
}
} // namespace

qint64 WorkingTrackerRanking::latencyOf(const TrackerState &tracker)
{
    if (const TrackerEndpointState *best = tracker.bestEndpoint())
        return best->latencyMs;
    for (const TrackerEndpointState &endpoint : tracker.endpoints) {
        if (endpoint.latencyMs >= 0)
            return endpoint.latencyMs;
    }
    return -1;
}

void WorkingTrackerRanking::addTorrent(const TorrentSnapshot &torrent, QList<Entry> &entries,
                                       QHash<QString, qsizetype> &entryByUrl)
{
    const TrackerAliases aliases(torrent.trackers);
    for (const QList<int> &group : aliases.groups()) {
        const TrackerState &primary = torrent.trackers[group.first()];
        if (!trackerStatusIsWorking(primary.status))
            continue;
        FamilyVerdicts families;
        for (const int member : group) {
            const FamilyVerdicts verdicts = FamilyVerdicts::of(torrent.trackers[member]);
            families.ipv4 = better(families.ipv4, verdicts.ipv4);
            families.ipv6 = better(families.ipv6, verdicts.ipv6);
        }
        const qint64 latency = latencyOf(primary);
        qsizetype index = entryByUrl.value(primary.url.text(), -1);
        if (index < 0) {
            index = entries.size();
            entryByUrl.insert(primary.url.text(), index);
            Entry entry;
            entry.url = primary.url;
            entry.aliases = aliases.aliasesOf(group.first());
            entry.latencyMs = latency;
            entries.append(entry);
        }
        Entry &entry = entries[index];
        if (latency >= 0 && (entry.latencyMs < 0 || latency < entry.latencyMs))
            entry.latencyMs = latency;
        entry.peerCount = std::max(entry.peerCount, peersOf(primary));
        entry.families.ipv4 = better(entry.families.ipv4, families.ipv4);
        entry.families.ipv6 = better(entry.families.ipv6, families.ipv6);
        ++entry.workingTorrentCount;
    }
}

bool WorkingTrackerRanking::isChosen(const Entry &entry, FamilyChoice choice)
{
    switch (choice) {
    case FamilyChoice::IPv4Only:
        return entry.families.worksOver(FamilyVerdicts::Family::IPv4);
    case FamilyChoice::IPv6Only:
        return entry.families.worksOver(FamilyVerdicts::Family::IPv6);
    case FamilyChoice::Both:
        break;
    }
    return true;
}

QList<WorkingTrackerRanking::Entry>
WorkingTrackerRanking::rank(const QList<TorrentSnapshot> &torrents, FamilyChoice choice)
{
    QList<Entry> entries;
    QHash<QString, qsizetype> entryByUrl;
    for (const TorrentSnapshot &torrent : torrents)
        addTorrent(torrent, entries, entryByUrl);
    entries.removeIf([choice](const Entry &entry) { return !isChosen(entry, choice); });
    std::stable_sort(entries.begin(), entries.end(), ranksBefore);
    return entries;
}

QString WorkingTrackerRanking::listText(const QList<Entry> &entries)
{
    QString text;
    for (const Entry &entry : entries)
        text += entry.url.text().trimmed() + u'\n';
    return text;
}

std::optional<WorkingTrackerRanking::FamilyChoice>
WorkingTrackerRanking::parseFamilyChoice(const QString &text)
{
    if (text == u"both")
        return FamilyChoice::Both;
    if (text == u"ipv4")
        return FamilyChoice::IPv4Only;
    if (text == u"ipv6")
        return FamilyChoice::IPv6Only;
    return std::nullopt;
}
