#include "engine/trackerclientpool.h"

#include "engine/reportinbox.h"
#include "engine/trackerclientfactory.h"
#include "tracker/trackerclient.h"

TrackerClientPool::TrackerClientPool(std::unique_ptr<TrackerClientFactory> factory,
                                     MonotonicClock *clock, const EngineSettings &settings,
                                     ReportInbox &inbox, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_settings(settings)
    , m_inbox(inbox)
{
    if (m_factory)
        m_factory->useClock(clock);
}

TrackerClientPool::~TrackerClientPool() = default;

TrackerClient *TrackerClientPool::clientFor(TrackerProtocol protocol)
{
    const auto found = m_clients.constFind(protocol);
    if (found != m_clients.constEnd())
        return *found;
    TrackerClient *client =
        m_factory ? m_factory->createClient(protocol, m_settings, this) : nullptr;
    m_clients.insert(protocol, client);
    if (!client)
        return nullptr;
    connect(client, &TrackerClient::announceFinished, this,
            [this, client](quint64 requestId, const AnnounceResult &result) {
                m_inbox.receive({client, requestId, result});
            });
    connect(client, &TrackerClient::scrapeFinished, this,
            [this, client](quint64 requestId, const ScrapeResult &result) {
                m_inbox.receive({client, requestId, result});
            });
    connect(client, &TrackerClient::requestCompleted, this, [this, client](quint64 requestId) {
        m_inbox.receive({client, requestId, std::nullopt});
    });
    return client;
}

void TrackerClientPool::applySettings()
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (it.value())
            m_factory->configureClient(it.value(), it.key(), m_settings);
    }
}
