// InspectionEngine, part four: the inbox. Protocol clients report on the event loop, and many
// reports can arrive in one turn (a thousand UDP replies read at once, or a fake client that
// answers everything together). Handling one costs up to a tenth of a millisecond (peers,
// findings, statistics), so they wait here and are handled in slices of at most
// kInboxSliceMs, letting the window repaint and timers fire in between.
#include "engine/inspectionengine.h"

#include <QElapsedTimer>

namespace {
constexpr int kInboxSliceMs = 8; // the longest the engine keeps the event loop per turn
} // namespace

void InspectionEngine::receiveReport(ClientReport report)
{
    m_inbox.push_back(std::move(report));
    if (!m_inboxTimer.isActive())
        m_inboxTimer.start(0);
}

void InspectionEngine::handleInbox()
{
    QElapsedTimer slice;
    slice.start();
    while (!m_inbox.empty() && slice.elapsed() < kInboxSliceMs) {
        const ClientReport report = std::move(m_inbox.front());
        m_inbox.pop_front();
        handleReport(report);
    }
    if (m_inbox.empty()) {
        m_inboxTimer.stop();
        requestWake(); // idleness is decided again now that nothing waits here
    }
}

void InspectionEngine::handleReport(const ClientReport &report)
{
    if (!report.result)
        handleRequestCompleted(report.client, report.requestId);
    else if (const auto *announce = std::get_if<AnnounceResult>(&*report.result))
        handleAnnounceFinished(report.client, report.requestId, *announce);
    else
        handleScrapeFinished(report.client, report.requestId,
                             std::get<ScrapeResult>(*report.result));
}
