#include "engine/trackerclientfactory.h"

TrackerClient *TrackerClientFactory::createClient(TrackerProtocol protocol,
                                                  const EngineSettings &settings, QObject *parent)
{
    TrackerClient *client = makeClient(protocol, parent);
    if (client)
        configureClient(client, protocol, settings);
    return client;
}
