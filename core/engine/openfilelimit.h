#pragma once

#include <QtGlobal>

// How many files (sockets included) this process may have open. Every UDP tracker holds two
// sockets while it is contacted and every HTTP tracker one connection, so a torrent with a
// thousand trackers needs more than the 1,024 many desktops allow by default. The hard limit
// the system sets is usually far higher; the soft one is ours to raise up to it.
class OpenFileLimit
{
public:
    // Never lowers the limit; capped at kWantedOpenFiles. Returns the soft limit in force
    // afterwards, or -1 when the system would not say.
    static qint64 raise();
    static qint64 current();

    static constexpr qint64 kWantedOpenFiles = 65'536;
};
