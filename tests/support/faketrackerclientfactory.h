#pragma once

#include "engine/trackerclientfactory.h"
#include "faketrackerscript.h"

#include <memory>

// Makes a FakeTrackerClient for every protocol, all sharing one script. It counts the settings
// the engine hands to its clients, and keeps the last ones.
class FakeTrackerClientFactory final : public TrackerClientFactory
{
public:
    explicit FakeTrackerClientFactory(std::shared_ptr<FakeTrackerScript> script)
        : m_script(std::move(script))
    {}

    void configureClient(TrackerClient *client, TrackerProtocol protocol,
                         const EngineSettings &settings) override;

    int configureCount() const { return m_configureCount; }
    const EngineSettings &lastSettings() const { return m_lastSettings; }

protected:
    TrackerClient *makeClient(TrackerProtocol protocol, QObject *parent) override;

private:
    std::shared_ptr<FakeTrackerScript> m_script;
    int m_configureCount = 0;
    EngineSettings m_lastSettings;
};
