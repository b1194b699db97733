#pragma once

// The real trackers integration tests run against, each started on a free loopback port and
// stopped by PID when the object is destroyed:
//   OpenTrackerServer        opentracker, HTTP + UDP, 127.0.0.1, whitelist
//   WebTorrentTrackerServer  npm bittorrent-tracker, HTTP + UDP + WebSocket, 127.0.0.1 or ::1
//   NginxTlsProxy            nginx with a test CA's certificate in front of an HTTP tracker
// Each runs in a process group of its own that ServerReaper kills if the test dies first.
#include "nginxtlsproxy.h"
#include "opentrackerserver.h"
#include "webtorrenttrackerserver.h"
