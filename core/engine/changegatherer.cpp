#include "engine/changegatherer.h"

#include <algorithm>

ChangeGatherer::ChangeGatherer(const EngineSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_windowTimer.setSingleShot(true);
    connect(&m_windowTimer, &QTimer::timeout, this, &ChangeGatherer::windowEnded);
}

void ChangeGatherer::markTracker(quint64 torrentId, TrackerId trackerId)
{
    m_trackers.insert(trackerId, torrentId);
    startWindow();
}

void ChangeGatherer::markPeers(quint64 torrentId)
{
    m_peers.insert(torrentId);
    startWindow();
}

void ChangeGatherer::forgetTracker(TrackerId trackerId)
{
    m_trackers.remove(trackerId);
}

void ChangeGatherer::forgetTorrent(quint64 torrentId)
{
    m_peers.remove(torrentId);
}

QList<std::pair<quint64, TrackerId>> ChangeGatherer::takeTrackers()
{
    QList<std::pair<quint64, TrackerId>> changed;
    changed.reserve(m_trackers.size());
    for (auto it = m_trackers.cbegin(); it != m_trackers.cend(); ++it)
        changed.append({it.value(), it.key()});
    m_trackers.clear();
    if (m_peers.isEmpty())
        m_windowTimer.stop(); // everything gathered is taken: the window is over
    std::sort(changed.begin(), changed.end());
    return changed;
}

void ChangeGatherer::startWindow()
{
    if (!m_windowTimer.isActive())
        m_windowTimer.start(m_settings.changeSignalDelayMs);
}
