#pragma once

#include <QtGlobal>

// Makes sure no server a test started outlives the test process, however that process ends (a
// crash, SIGKILL, a CTest timeout). The first server watched forks the reaper: a small process
// that reads a pipe from the test process and keeps the process groups it is told about. Each
// server runs in a process group of its own (ServerProcess puts it there). When the test process
// is gone, the pipe reaches its end and the reaper kills every group it still holds with SIGKILL,
// then exits. Servers stopped the normal way are forgotten first, so that no reused id is killed.
class ServerReaper
{
public:
    static constexpr int kMaximumGroups = 256; // servers alive at once in one test process

    // processGroup: the id of a group a server leads (its PID after setpgid(0, 0)).
    static void watch(qint64 processGroup);
    static void forget(qint64 processGroup);
    static qint64 reaperPid(); // 0 before the first watch(), or when the reaper could not start

private:
    static bool ensureStarted();
    static void send(qint32 message);
};
