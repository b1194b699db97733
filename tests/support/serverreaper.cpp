#include "serverreaper.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {
int g_writeEnd = -1; // the test process's end of the pipe; closing it (by exiting) wakes the reaper
pid_t g_reaperPid = 0;

// The reaper is a fork of a process with threads: until it exits it may only make
// async-signal-safe calls (no allocation, no locks, no Qt).
void keepOnlyDescriptor(int kept)
{
    const int nullDevice = ::open("/dev/null", O_RDWR);
    for (int standard = 0; standard <= 2; ++standard)
        ::dup2(nullDevice, standard);
    // Every other descriptor (sockets, the test's pipes) is closed, so that nothing waits on it.
    if (kept > 3)
        ::syscall(SYS_close_range, 3U, unsigned(kept - 1), 0U);
    ::syscall(SYS_close_range, unsigned(kept + 1), ~0U, 0U);
}

[[noreturn]] void runReaper(int readEnd)
{
    keepOnlyDescriptor(readEnd);
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    for (const int signalNumber : {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT})
        ::sigaction(signalNumber, &ignore, nullptr);
    pid_t groups[ServerReaper::kMaximumGroups] = {};
    qint32 message = 0;
    for (;;) {
        const ssize_t got = ::read(readEnd, &message, sizeof message);
        if (got < 0 && errno == EINTR)
            continue;
        if (got != ssize_t(sizeof message))
            break; // the end of the pipe: the test process is gone
        const pid_t wanted = message > 0 ? 0 : pid_t(-message);
        const pid_t stored = message > 0 ? pid_t(message) : 0;
        for (pid_t &group : groups) {
            if (group == wanted) {
                group = stored;
                break;
            }
        }
    }
    for (const pid_t group : groups) {
        if (group > 0)
            ::kill(-group, SIGKILL);
    }
    ::_exit(0);
}
} // namespace

bool ServerReaper::ensureStarted()
{
    if (g_writeEnd >= 0)
        return true;
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0)
        return false;
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(ends[1]);
        runReaper(ends[0]);
    }
    ::close(ends[0]);
    if (pid < 0) {
        ::close(ends[1]);
        return false;
    }
    g_writeEnd = ends[1];
    g_reaperPid = pid;
    return true;
}

void ServerReaper::send(qint32 message)
{
    if (!ensureStarted())
        return;
    ssize_t written = -1;
    do {
        written = ::write(g_writeEnd, &message, sizeof message);
    } while (written < 0 && errno == EINTR);
}

void ServerReaper::watch(qint64 processGroup)
{
    if (processGroup > 0)
        send(qint32(processGroup));
}

void ServerReaper::forget(qint64 processGroup)
{
    if (processGroup > 0 && g_writeEnd >= 0)
        send(-qint32(processGroup));
}

qint64 ServerReaper::reaperPid()
{
    return g_reaperPid;
}
