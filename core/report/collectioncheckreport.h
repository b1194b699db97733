#pragma once

#include "report/checkreport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <deque>

// The report of one `check` round over several torrents (or tracker lists): each torrent's
// CheckReport, and a summary across them. The JSON is {"torrents": [each torrent's object, as
// one torrent's check prints it], "summary": {...}, "tracker_urls": [{"url", "torrents",
// "working"}, ...]}; the CSV each torrent's rows after an info_hash column; the table each
// torrent's table, then the summary.
class CollectionCheckReport
{
    Q_DECLARE_TR_FUNCTIONS(CollectionCheckReport)
    Q_DISABLE_COPY_MOVE(CollectionCheckReport)

public:
    // peers: each torrent's peers, in the same order; they must outlive the report.
    CollectionCheckReport(const QList<TorrentSnapshot> &torrents,
                          const QList<const PeerRegistry *> &peers, qint64 elapsedMs);

    void setWorkingOnly(bool workingOnly);

    QJsonObject toJson() const;
    QString toCsv() const;
    QString toTable(bool colour) const;

    int trackerCount() const;
    int workingCount() const;
    const QList<TorrentSnapshot> &torrents() const { return m_torrents; }

private:
    QList<TorrentSnapshot> m_torrents;
    std::deque<CheckReport> m_reports; // over m_torrents, which never changes
    qint64 m_elapsedMs;
};
