#pragma once

#include "tracker/monotonicclock.h"

#include <QElapsedTimer>

// The application's clock: the system's monotonic clock, anchored to the wall time at start.
class SteadyClock final : public MonotonicClock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SteadyClock)

public:
    explicit SteadyClock(QObject *parent = nullptr);

    qint64 nowMs() const override;
    bool movesByItself() const override { return true; }

private:
    QElapsedTimer m_elapsed;
    qint64 m_originMs = 0; // the wall time when m_elapsed started
};
