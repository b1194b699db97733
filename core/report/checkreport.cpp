#include "report/checkreport.h"

#include "engine/familyverdicts.h"
#include "report/workingtrackerranking.h"

#include <QJsonArray>
#include <QStringList>

namespace {
QJsonValue countOrNull(qint64 value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue hexOrNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QJsonValue(QJsonValue::Null)
                           : QJsonValue(QString::fromLatin1(bytes.toHex()));
}

QString countText(qint64 value)
{
    return value >= 0 ? QString::number(value) : QStringLiteral("–");
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// ANSI colours for statuses: green works, yellow warns, red fails, dim for the rest.
QString colourFor(TrackerStatus status)
{
    switch (status) {
    case TrackerStatus::Working:
        return QStringLiteral("\x1b[32m");
    case TrackerStatus::Warning:
        return QStringLiteral("\x1b[33m");
    case TrackerStatus::NotContacted:
    case TrackerStatus::Disabled:
    case TrackerStatus::Unsupported:
    case TrackerStatus::Updating:
        return QStringLiteral("\x1b[2m");
    default:
        return QStringLiteral("\x1b[31m");
    }
}

qint64 trackerLatency(const TrackerState &tracker)
{
    return WorkingTrackerRanking::latencyOf(tracker);
}

QJsonValue verdictOrNull(FamilyVerdicts::Verdict verdict)
{
    return textOrNull(FamilyVerdicts::verdictName(verdict));
}
} // namespace

CheckReport::CheckReport(const TorrentSnapshot &torrent, const PeerRegistry &peers,
                         qint64 elapsedMs)
    : m_torrent(torrent)
    , m_peers(peers)
    , m_elapsedMs(elapsedMs)
    , m_aliases(torrent.trackers)
{}

bool CheckReport::isShown(int trackerIndex) const
{
    return !m_workingOnly || trackerStatusIsWorking(m_torrent.trackers[trackerIndex].status);
}

int CheckReport::workingCount() const
{
    int working = 0;
    for (const TrackerState &tracker : m_torrent.trackers)
        working += trackerStatusIsWorking(tracker.status) ? 1 : 0;
    return working;
}

QJsonObject CheckReport::toJson() const
{
    const Metainfo &metainfo = m_torrent.metainfo;
    QJsonObject torrent{{QStringLiteral("name"), textOrNull(metainfo.name)},
                        {QStringLiteral("info_hash_v1"), hexOrNull(metainfo.infoHashV1)},
                        {QStringLiteral("info_hash_v2"), hexOrNull(metainfo.infoHashV2)},
                        {QStringLiteral("private"), metainfo.isPrivate},
                        {QStringLiteral("tracker_list"), metainfo.isTrackerList}};
    QJsonArray trackers;
    for (int i = 0; i < m_torrent.trackers.size(); ++i) {
        if (isShown(i))
            trackers.append(trackerJson(i));
    }
    const QJsonObject summary{{QStringLiteral("trackers"), trackerCount()},
                              {QStringLiteral("working"), workingCount()},
                              {QStringLiteral("unique_peers"), m_peers.count()},
                              {QStringLiteral("peers_dropped"), m_peers.droppedCount()},
                              {QStringLiteral("elapsed_ms"), m_elapsedMs}};
    return QJsonObject{{QStringLiteral("torrent"), torrent},
                       {QStringLiteral("trackers"), trackers},
                       {QStringLiteral("peers"), peersJson()},
                       {QStringLiteral("summary"), summary}};
}

QJsonObject CheckReport::trackerJson(int trackerIndex) const
{
    const TrackerState &tracker = m_torrent.trackers[trackerIndex];
    const TrackerEndpointState *best = tracker.bestEndpoint();
    QJsonArray endpoints;
    for (const TrackerEndpointState &endpoint : tracker.endpoints)
        endpoints.append(endpointJson(endpoint, tracker.url));
    QJsonArray findings;
    for (const Finding &finding : tracker.findings) {
        findings.append(
            QJsonObject{{QStringLiteral("code"), finding.code},
                        {QStringLiteral("severity"), findingSeverityName(finding.severity)},
                        {QStringLiteral("message"), finding.message}});
    }
    const TrackerScrapeState &scrape = tracker.scrape;
    const QJsonObject scrapeJson{{QStringLiteral("status"), trackerStatusName(scrape.status)},
                                 {QStringLiteral("message"), textOrNull(scrape.message)},
                                 {QStringLiteral("seeders"), countOrNull(scrape.seeders)},
                                 {QStringLiteral("leechers"), countOrNull(scrape.leechers)},
                                 {QStringLiteral("downloaded"), countOrNull(scrape.completed)}};
    const FamilyVerdicts families = FamilyVerdicts::of(tracker);
    return QJsonObject{
        {QStringLiteral("url"), tracker.url.text()},
        {QStringLiteral("tier"), tracker.tier},
        {QStringLiteral("ipv4"), verdictOrNull(families.ipv4)},
        {QStringLiteral("ipv6"), verdictOrNull(families.ipv6)},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(m_aliases.aliasesOf(trackerIndex))},
        {QStringLiteral("protocol"), tracker.url.protocolName()},
        {QStringLiteral("status"), trackerStatusName(tracker.status)},
        {QStringLiteral("message"), textOrNull(tracker.message)},
        {QStringLiteral("seeders"), countOrNull(tracker.seeders())},
        {QStringLiteral("leechers"), countOrNull(tracker.leechers())},
        {QStringLiteral("downloaded"), countOrNull(tracker.downloaded())},
        {QStringLiteral("interval"), countOrNull(best ? best->interval : -1)},
        {QStringLiteral("min_interval"), countOrNull(best ? best->minInterval : -1)},
        {QStringLiteral("latency_ms"), countOrNull(trackerLatency(tracker))},
        {QStringLiteral("peer_count"), m_peers.peerCountFrom(tracker.id)},
        {QStringLiteral("unique_peers"), m_peers.uniquePeerCountFrom(tracker.id)},
        {QStringLiteral("added_by_user"), tracker.addedByUser},
        {QStringLiteral("scrape"), scrapeJson},
        {QStringLiteral("endpoints"), endpoints},
        {QStringLiteral("findings"), findings}};
}

// "ip:port"; when the client could not say which address answered (HTTP goes through the
// network access manager), the URL's host and port — a name, not an address.
QString CheckReport::endpointAddress(const TrackerEndpointState &endpoint, const TrackerUrl &url)
{
    if (!endpoint.address.isNull())
        return endpoint.addressText();
    const QString host = url.url().host();
    if (host.isEmpty())
        return QString();
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(url.port());
}

QJsonObject CheckReport::endpointJson(const TrackerEndpointState &endpoint, const TrackerUrl &url)
{
    QJsonArray peers;
    for (const TrackerPeer &peer : endpoint.lastPeers)
        peers.append(peer.toString());
    return QJsonObject{{QStringLiteral("address"), textOrNull(endpointAddress(endpoint, url))},
                       {QStringLiteral("hash"), endpoint.hashVersion == InfoHashVersion::V1
                                                    ? QStringLiteral("v1")
                                                    : QStringLiteral("v2")},
                       {QStringLiteral("status"), trackerStatusName(endpoint.status)},
                       {QStringLiteral("message"), textOrNull(endpoint.message)},
                       {QStringLiteral("latency_ms"), countOrNull(endpoint.latencyMs)},
                       {QStringLiteral("interval"), countOrNull(endpoint.interval)},
                       {QStringLiteral("min_interval"), countOrNull(endpoint.minInterval)},
                       {QStringLiteral("seeders"), countOrNull(endpoint.seeders)},
                       {QStringLiteral("leechers"), countOrNull(endpoint.leechers)},
                       {QStringLiteral("downloaded"), countOrNull(endpoint.downloaded)},
                       {QStringLiteral("peers"), peers}};
}

QJsonArray CheckReport::peersJson() const
{
    QJsonArray peers;
    for (const PeerRecord &record : m_peers.records()) {
        QJsonArray sources;
        for (const TrackerId source : record.sources) {
            if (const TrackerState *tracker = m_torrent.trackerWithId(source))
                sources.append(tracker->url.text());
        }
        QJsonObject peer{{QStringLiteral("address"), record.peer.toString()},
                         {QStringLiteral("sources"), sources}};
        if (!record.peer.peerId.isEmpty())
            peer.insert(QStringLiteral("peer_id"), QString::fromLatin1(record.peer.peerId.toHex()));
        if (record.peer.hasHostName()) // "address" is then "name:port"
            peer.insert(QStringLiteral("host_name"), record.peer.hostName);
        peers.append(peer);
    }
    return peers;
}

QString CheckReport::toCsv() const
{
    return csvHeader() + csvRows(QString());
}

QString CheckReport::csvHeader()
{
    return QStringLiteral("url,tier,protocol,status,seeders,leechers,downloaded,interval,"
                          "min_interval,latency_ms,peer_count,message,ipv4,ipv6,aliases\r\n");
}

QString CheckReport::csvRows(const QString &prefix) const
{
    QString csv;
    for (int i = 0; i < m_torrent.trackers.size(); ++i) {
        if (!isShown(i))
            continue;
        const TrackerState &tracker = m_torrent.trackers[i];
        const FamilyVerdicts families = FamilyVerdicts::of(tracker);
        const TrackerEndpointState *best = tracker.bestEndpoint();
        const auto number = [](qint64 value) {
            return value >= 0 ? QString::number(value) : QString();
        };
        const QStringList fields = {csvField(tracker.url.text()),
                                    QString::number(tracker.tier),
                                    tracker.url.protocolName(),
                                    trackerStatusName(tracker.status),
                                    number(tracker.seeders()),
                                    number(tracker.leechers()),
                                    number(tracker.downloaded()),
                                    number(best ? best->interval : -1),
                                    number(best ? best->minInterval : -1),
                                    number(trackerLatency(tracker)),
                                    QString::number(m_peers.peerCountFrom(tracker.id)),
                                    csvField(tracker.message),
                                    FamilyVerdicts::verdictName(families.ipv4),
                                    FamilyVerdicts::verdictName(families.ipv6),
                                    csvField(m_aliases.aliasesOf(i).join(u' '))};
        csv += prefix + fields.join(u',') + QStringLiteral("\r\n");
    }
    return csv;
}

QString CheckReport::tableRow(int trackerIndex, bool colour) const
{
    const TrackerState &tracker = m_torrent.trackers[trackerIndex];
    const qint64 latency = trackerLatency(tracker);
    const QString status = trackerStatusName(tracker.status).leftJustified(16);
    QString row =
        (colour ? colourFor(tracker.status) + status + QStringLiteral("\x1b[0m") : status) +
        QString::number(tracker.tier + 1).rightJustified(4) + u' ' + // for people: from 1
        countText(tracker.seeders()).rightJustified(8) +
        countText(tracker.leechers()).rightJustified(9) +
        (latency >= 0 ? QString::number(latency) + QStringLiteral(" ms") : QStringLiteral("–"))
            .rightJustified(9) +
        FamilyVerdicts::of(tracker).workingFamiliesText().rightJustified(8) + u"  " +
        tracker.url.text();
    const QString indent(48, u' ');
    if (!tracker.message.isEmpty())
        row += u'\n' + indent + tracker.message.simplified();
    const QStringList aliases = m_aliases.aliasesOf(trackerIndex);
    if (!aliases.isEmpty())
        row += u'\n' + indent + tr("also listed as %1").arg(aliases.join(QStringLiteral(", ")));
    return row;
}

QString CheckReport::tableHeader() const
{
    const Metainfo &metainfo = m_torrent.metainfo;
    const QString name = metainfo.name.isEmpty() ? tr("(no name)") : metainfo.name;
    QString header =
        metainfo.isTrackerList ? tr("Tracker list: %1\n").arg(name) : tr("Torrent: %1\n").arg(name);
    if (metainfo.hasV1())
        header += tr("Info hash v1: %1\n").arg(QString::fromLatin1(metainfo.infoHashV1.toHex()));
    if (metainfo.hasV2())
        header += tr("Info hash v2: %1\n").arg(QString::fromLatin1(metainfo.infoHashV2.toHex()));
    return header + u'\n' + tr("Status").leftJustified(16) + tr("Tier").rightJustified(4) + u' ' +
           tr("Seeders").rightJustified(8) + tr("Leechers").rightJustified(9) +
           tr("Latency").rightJustified(9) + tr("Family").rightJustified(8) + u"  " +
           tr("Tracker") + u'\n';
}

QString CheckReport::toTable(bool colour) const
{
    QString table = tableHeader();
    // A tracker under several URLs is one row, its primary's, with the others named below it.
    for (int i = 0; i < m_torrent.trackers.size(); ++i) {
        if (isShown(i) && m_aliases.isPrimary(i))
            table += tableRow(i, colour) + u'\n';
    }
    table += u'\n' +
             tr("%1 of %2 trackers working, %3 unique peers, %4 ms.")
                 .arg(workingCount())
                 .arg(trackerCount())
                 .arg(m_peers.count())
                 .arg(m_elapsedMs) +
             u'\n';
    return table;
}
