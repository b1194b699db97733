#include "faketrackerclientfactory.h"

#include "faketrackerclient.h"

TrackerClient *FakeTrackerClientFactory::makeClient(TrackerProtocol protocol, QObject *parent)
{
    if (protocol == TrackerProtocol::Unsupported)
        return nullptr;
    return new FakeTrackerClient(m_script, parent);
}

void FakeTrackerClientFactory::configureClient(TrackerClient *client, TrackerProtocol protocol,
                                               const EngineSettings &settings)
{
    Q_UNUSED(client);
    Q_UNUSED(protocol);
    ++m_configureCount;
    m_lastSettings = settings;
}
