#pragma once

#include "testtime.h"
#include "tracker/trackerclient.h"

class TestClock;

// Runs one request through any TrackerClient and waits for its requestCompleted. The request must
// reach one endpoint (a fake, or an IP literal): it ends with exactly one result and one
// requestCompleted, both with the request's id, else the test fails and an empty result comes
// back.
namespace ClientRun {

AnnounceResult announceOnce(TrackerClient &client, const AnnounceRequest &request,
                            int waitMs = kFakeTrackerReplyWaitMs);
ScrapeResult scrapeOnce(TrackerClient &client, const ScrapeRequest &request,
                        int waitMs = kFakeTrackerReplyWaitMs);
// The same for a client on a frozen TestClock: while the request is under way, the clock moves
// by stepMs every few milliseconds of real time, so that the client's own timers fire without
// the test waiting for them in real time.
AnnounceResult announceOnClock(TrackerClient &client, const AnnounceRequest &request,
                               TestClock &clock, qint64 stepMs,
                               int waitMs = kFakeTrackerReplyWaitMs);

} // namespace ClientRun
