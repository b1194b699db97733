#include "engine/reportinbox.h"

#include <QElapsedTimer>

ReportInbox::ReportInbox(Handler handler, QObject *parent)
    : ReportInbox(std::move(handler), kSliceMs, parent)
{}

ReportInbox::ReportInbox(Handler handler, int sliceMs, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_sliceMs(sliceMs)
{
    connect(&m_sliceTimer, &QTimer::timeout, this, &ReportInbox::handleSlice);
}

void ReportInbox::receive(ClientReport report)
{
    m_reports.push_back(std::move(report));
    if (!m_sliceTimer.isActive())
        m_sliceTimer.start(0);
}

void ReportInbox::handleSlice()
{
    QElapsedTimer slice;
    slice.start();
    while (!m_reports.empty() && slice.elapsed() < m_sliceMs) {
        const ClientReport report = std::move(m_reports.front());
        m_reports.pop_front();
        m_handler(report);
    }
    if (m_reports.empty()) {
        m_sliceTimer.stop();
        Q_EMIT drained();
    }
}
