#include "mainwindow/enginestatuslabel.h"

#include "engine/inspectionengine.h"
#include "torrents/metainfotext.h"

EngineStatusLabel::EngineStatusLabel(InspectionEngine *engine, QWidget *parent)
    : QLabel(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("engineStatus"));
    setTextFormat(Qt::PlainText);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &EngineStatusLabel::refresh);
    const auto schedule = [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    };
    connect(engine, &InspectionEngine::torrentAdded, this, schedule);
    connect(engine, &InspectionEngine::torrentRemoved, this, schedule);
    connect(engine, &InspectionEngine::trackerChanged, this, schedule);
    connect(engine, &InspectionEngine::trackerRemoved, this, schedule);
    connect(engine, &InspectionEngine::peersChanged, this, schedule);
    connect(engine, &InspectionEngine::becameIdle, this, &EngineStatusLabel::refresh);
    refresh();
}

void EngineStatusLabel::refresh()
{
    int trackers = 0;
    int working = 0;
    qint64 peers = 0;
    const QList<quint64> ids = m_engine->torrentIds();
    for (const quint64 id : ids) {
        const std::optional<TorrentSnapshot> torrent = m_engine->torrent(id);
        if (!torrent)
            continue;
        trackers += int(torrent->trackers.size());
        for (const TrackerState &tracker : torrent->trackers)
            working += trackerStatusIsWorking(tracker.status) ? 1 : 0;
        peers += torrent->peerCount;
    }
    const int inFlight = m_engine->requestsInFlight();
    const QString activity =
        inFlight > 0
            ? MetainfoText::plural(inFlight, tr("1 request in flight"), tr("%1 requests in flight"))
            : (m_engine->isIdle() ? tr("idle until the next announce") : tr("requests queued"));
    setText(tr("%1  ·  %2 of %3 trackers working  ·  %4  ·  %5")
                .arg(MetainfoText::plural(ids.size(), tr("1 torrent"), tr("%1 torrents")),
                     MetainfoText::count(working), MetainfoText::count(trackers),
                     MetainfoText::plural(peers, tr("1 unique peer"), tr("%1 unique peers")),
                     activity));
}
