#pragma once

#include "engine/enginesettings.h"
#include "engine/trackerid.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <utility>

// Gathers what changed (a tracker's state, a torrent's peers) so that each change is signalled
// once per window of EngineSettings::changeSignalDelayMs, however often it happened in it.
class ChangeGatherer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeGatherer)

public:
    // settings must outlive the gatherer (its delay is read at each change).
    explicit ChangeGatherer(const EngineSettings &settings, QObject *parent = nullptr);

    void markTracker(quint64 torrentId, TrackerId trackerId);
    void markPeers(quint64 torrentId);
    void forgetTracker(TrackerId trackerId);
    void forgetTorrent(quint64 torrentId);

    // What was gathered since the last take; trackers ordered by torrent, then id.
    QSet<quint64> takePeers() { return std::exchange(m_peers, {}); }
    QList<std::pair<quint64, TrackerId>> takeTrackers();

Q_SIGNALS:
    // The window is over: time to signal what was gathered.
    void windowEnded();

private:
    void startWindow();

    const EngineSettings &m_settings;
    QTimer m_windowTimer;
    QHash<TrackerId, quint64> m_trackers; // changed tracker -> its torrent
    QSet<quint64> m_peers;
};
