#pragma once

#include "engine/inspectionengine.h"
#include "faketrackerclientfactory.h"
#include "faketrackerscript.h"
#include "testclock.h"

#include <memory>

// An InspectionEngine whose trackers are scripted (FakeTrackerScript) and whose clock stands
// still at startMs until a test advances it; changes are signalled without delay.
inline std::unique_ptr<InspectionEngine>
makeScriptedEngine(const std::shared_ptr<FakeTrackerScript> &script, EngineSettings settings,
                   qint64 startMs)
{
    auto clock = std::make_unique<TestClock>();
    clock->freeze(startMs);
    auto engine = std::make_unique<InspectionEngine>(
        std::make_unique<FakeTrackerClientFactory>(script), std::move(clock));
    settings.changeSignalDelayMs = 0;
    engine->setSettings(settings);
    return engine;
}
