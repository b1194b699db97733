#pragma once

#include <QString>

// The event an announce carries (BEP 3, BEP 21 for paused). None is a regular re-announce.
enum class AnnounceEvent { None, Started, Completed, Stopped, Paused };

// "started", "completed", "stopped", "paused", or an empty string for None: the HTTP wire value.
QString announceEventName(AnnounceEvent event);
