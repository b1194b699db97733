#include "report/collectioncheckreport.h"

#include "report/trackercoverage.h"

#include <QJsonArray>

CollectionCheckReport::CollectionCheckReport(const QList<TorrentSnapshot> &torrents,
                                             const QList<const PeerRegistry *> &peers,
                                             qint64 elapsedMs)
    : m_torrents(torrents)
    , m_elapsedMs(elapsedMs)
{
    for (qsizetype i = 0; i < m_torrents.size(); ++i)
        m_reports.emplace_back(std::as_const(m_torrents)[i], *peers[i], elapsedMs);
}

void CollectionCheckReport::setWorkingOnly(bool workingOnly)
{
    for (CheckReport &report : m_reports)
        report.setWorkingOnly(workingOnly);
}

int CollectionCheckReport::trackerCount() const
{
    int count = 0;
    for (const CheckReport &report : m_reports)
        count += report.trackerCount();
    return count;
}

int CollectionCheckReport::workingCount() const
{
    int count = 0;
    for (const CheckReport &report : m_reports)
        count += report.workingCount();
    return count;
}

QJsonObject CollectionCheckReport::toJson() const
{
    QJsonArray torrents;
    for (const CheckReport &report : m_reports)
        torrents.append(report.toJson());
    QJsonArray urls;
    int workingUrls = 0;
    const QList<TrackerCoverage::Entry> coverage = TrackerCoverage::of(m_torrents);
    for (const TrackerCoverage::Entry &entry : coverage) {
        urls.append(QJsonObject{{QStringLiteral("url"), entry.url},
                                {QStringLiteral("torrents"), entry.listedCount},
                                {QStringLiteral("working"), entry.workingCount}});
        workingUrls += entry.workingCount > 0 ? 1 : 0;
    }
    const QJsonObject summary{{QStringLiteral("torrents"), int(m_reports.size())},
                              {QStringLiteral("trackers"), trackerCount()},
                              {QStringLiteral("working"), workingCount()},
                              {QStringLiteral("tracker_urls"), int(coverage.size())},
                              {QStringLiteral("working_tracker_urls"), workingUrls},
                              {QStringLiteral("elapsed_ms"), m_elapsedMs}};
    return QJsonObject{{QStringLiteral("torrents"), torrents},
                       {QStringLiteral("tracker_urls"), urls},
                       {QStringLiteral("summary"), summary}};
}

QString CollectionCheckReport::toCsv() const
{
    QString csv = QStringLiteral("info_hash,") + CheckReport::csvHeader();
    for (const CheckReport &report : m_reports) {
        const Metainfo &metainfo = report.torrent().metainfo;
        const QString hash = QString::fromLatin1(
            (metainfo.hasV1() ? metainfo.infoHashV1 : metainfo.infoHashV2).toHex());
        csv += report.csvRows(hash + u',');
    }
    return csv;
}

QString CollectionCheckReport::toTable(bool colour) const
{
    QString table;
    for (const CheckReport &report : m_reports)
        table += report.toTable(colour) + u'\n';
    const QList<TrackerCoverage::Entry> coverage = TrackerCoverage::of(m_torrents);
    const auto workingUrls =
        std::count_if(coverage.cbegin(), coverage.cend(),
                      [](const auto &entry) { return entry.workingCount > 0; });
    table += tr("%1 torrents: %2 of %3 trackers working; %4 of %5 tracker URLs work on at least "
                "one torrent; %6 ms.")
                 .arg(m_reports.size())
                 .arg(workingCount())
                 .arg(trackerCount())
                 .arg(workingUrls)
                 .arg(coverage.size())
                 .arg(m_elapsedMs) +
             u'\n';
    return table;
}
