#include "stallprobe.h"

StallProbe::StallProbe()
{
    m_timer.setInterval(kProbeIntervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                     [this] { m_longestMs = qMax(m_longestMs, m_clock.restart()); });
}

void StallProbe::start()
{
    m_longestMs = 0;
    m_clock.start();
    m_timer.start();
}

qint64 StallProbe::stop()
{
    m_timer.stop();
    return qMax(m_longestMs, m_clock.elapsed());
}
