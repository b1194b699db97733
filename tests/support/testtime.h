#pragma once

// How long tests wait, scaled for slow builds: TI_TEST_TIME_FACTOR is 1 in the normal test build
// and larger under the sanitizers (tests/CMakeLists.txt), where our code runs several times slower.
// Use it for waits that bound how long something may take, never for waits that check that
// something does NOT happen within a time (those would only get slower).
#ifndef TI_TEST_TIME_FACTOR
#define TI_TEST_TIME_FACTOR 1
#endif

constexpr int kTestTimeFactor = TI_TEST_TIME_FACTOR;

constexpr int scaledWaitMs(int milliseconds)
{
    return milliseconds * kTestTimeFactor;
}

// The common waits, each far above what it bounds takes here, so that tests end much sooner.
//
// One request of a client to a fake tracker in this process (tests/support), on loopback.
constexpr int kFakeTrackerReplyWaitMs = scaledWaitMs(5'000);
// Several requests with fakes in this process, or one that ends on a client's own timeout: an
// engine round, the cases of the client contract.
constexpr int kFakeTrackerRoundWaitMs = scaledWaitMs(10'000);
// One request to a real tracker on loopback (opentracker, bittorrent-tracker, nginx): another
// process, which the machine may be slow to schedule.
constexpr int kRealTrackerReplyWaitMs = scaledWaitMs(10'000);
// An engine's (or the main window's) round against real trackers: several requests each.
constexpr int kRealTrackerRoundWaitMs = scaledWaitMs(20'000);
