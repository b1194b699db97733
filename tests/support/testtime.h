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
