#include "faketrackerclientfactory.h"

#include "faketrackerclient.h"

TrackerClient *FakeTrackerClientFactory::createClient(TrackerProtocol protocol,
                                                      const EngineSettings &settings,
                                                      QObject *parent)
{
    Q_UNUSED(settings);
    if (protocol == TrackerProtocol::Unsupported)
        return nullptr;
    return new FakeTrackerClient(m_script, parent);
}
