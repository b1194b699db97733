#include "engine/requestqueue.h"

#include <algorithm>

void RequestQueue::enqueue(const Entry &entry, Priority priority)
{
    if (priority == Priority::Urgent)
        m_waiting.push_front(entry);
    else
        m_waiting.push_back(entry);
}

void RequestQueue::pump(int limit, const Starter &start)
{
    const int places = std::max(limit, 1);
    while (m_inFlight < places && !m_waiting.empty()) {
        const Entry entry = m_waiting.front();
        m_waiting.pop_front();
        if (start(entry))
            ++m_inFlight;
    }
}

void RequestQueue::release(int count)
{
    m_inFlight = std::max(m_inFlight - count, 0);
}

void RequestQueue::dropAnnounces(const std::function<bool(const Entry &)> &matches)
{
    std::erase_if(m_waiting, [&matches](const Entry &entry) {
        return entry.kind == Entry::Kind::Announce && matches(entry);
    });
}
