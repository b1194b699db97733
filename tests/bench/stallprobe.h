#pragma once

#include <QElapsedTimer>
#include <QTimer>

// Measures the longest gap between ticks of a fast timer while it runs: how long the event loop
// was blocked at the most.
class StallProbe
{
public:
    static constexpr int kProbeIntervalMs = 1;

    StallProbe();
    void start();
    // The longest gap since start(), the time since the last tick included.
    qint64 stop();

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestMs = 0;
};
