#pragma once

#include "engine/inspectionengine.h"
#include "faketrackerclientfactory.h"
#include "faketrackerscript.h"
#include "testclock.h"

#include <memory>

// An inspection engine whose trackers are scripted fakes: the UI changes live without network.
struct UiTestEngine
{
    static constexpr int kRequestTimeoutMs = 1500;
    std::shared_ptr<FakeTrackerScript> script = std::make_shared<FakeTrackerScript>();
    InspectionEngine engine{std::make_unique<FakeTrackerClientFactory>(script),
                            std::make_unique<TestClock>()};

    UiTestEngine()
    {
        EngineSettings settings = engine.settings();
        settings.changeSignalDelayMs = 0;
        settings.requestTimeoutMs = kRequestTimeoutMs; // silent fakes time out soon
        engine.setSettings(settings);
    }

    // Moves the engine's clock past the safety floor, so that forced announces go out.
    void passSafetyFloor()
    {
        constexpr qint64 kStepMs = 60'000;
        TestClock *clock = testClockOf(engine);
        if (!clock->isFrozen())
            clock->freeze(clock->nowMs());
        clock->advance(kStepMs);
    }
};
