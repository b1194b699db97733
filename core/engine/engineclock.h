#pragma once

#include "tracker/monotonicclock.h"

// The engine plans on the clock its protocol clients time their requests by: one object, handed
// to the clients through the TrackerClientFactory.
using EngineClock = MonotonicClock;
