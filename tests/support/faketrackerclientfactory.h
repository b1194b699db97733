#pragma once

#include "engine/trackerclientfactory.h"
#include "faketrackerscript.h"

#include <memory>

// Makes a FakeTrackerClient for every protocol, all sharing one script.
class FakeTrackerClientFactory final : public TrackerClientFactory
{
public:
    explicit FakeTrackerClientFactory(std::shared_ptr<FakeTrackerScript> script)
        : m_script(std::move(script))
    {}

    TrackerClient *createClient(TrackerProtocol protocol, const EngineSettings &settings,
                                QObject *parent) override;

private:
    std::shared_ptr<FakeTrackerScript> m_script;
};
