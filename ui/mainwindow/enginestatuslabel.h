#pragma once

#include <QLabel>
#include <QTimer>

class InspectionEngine;

// The status bar's summary of the engine: torrents, trackers working of all, unique peers, and
// what is running now (requests in flight, or idle).
class EngineStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineStatusLabel)

public:
    static constexpr int kRefreshDelayMs = 200; // gathers bursts of engine signals

    explicit EngineStatusLabel(InspectionEngine *engine, QWidget *parent = nullptr);

    void refresh();

private:
    InspectionEngine *m_engine;
    QTimer m_refreshTimer;
};
