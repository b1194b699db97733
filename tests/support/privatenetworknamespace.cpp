#include "privatenetworknamespace.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
const char kResolvConf[] = "/etc/resolv.conf";

bool g_entered = false;
QString g_refusal = QStringLiteral("the private network namespace was not entered");
QString g_failure;

QString systemError(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what),
                                        QString::fromLocal8Bit(std::strerror(errno)));
}

// `ip link set lo up`, without needing iproute2.
bool bringLoopbackUp()
{
    const int descriptor = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (descriptor < 0)
        return false;
    ifreq request = {};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    bool up = ::ioctl(descriptor, SIOCGIFFLAGS, &request) == 0;
    request.ifr_flags = short(request.ifr_flags | IFF_UP | IFF_RUNNING);
    up = up && ::ioctl(descriptor, SIOCSIFFLAGS, &request) == 0;
    ::close(descriptor);
    return up;
}

// A resolv.conf naming only our name server, bound over the system's in this mount namespace.
// The file is unlinked at once: the bind mount keeps it.
bool replaceResolvConf()
{
    char path[] = "/tmp/tracker-inspector-resolv.XXXXXX";
    const int descriptor = ::mkstemp(path);
    if (descriptor < 0)
        return false;
    const QByteArray text = "nameserver " + QByteArray(PrivateNetworkNamespace::kNameServer) +
                            "\noptions timeout:2 attempts:2\n";
    const bool written = ::write(descriptor, text.constData(), size_t(text.size())) == text.size();
    ::fchmod(descriptor, 0644);
    ::close(descriptor);
    const bool bound = written && ::mount(path, kResolvConf, nullptr, MS_BIND, nullptr) == 0;
    const int savedError = errno;
    ::unlink(path);
    errno = savedError;
    return bound;
}
} // namespace

bool PrivateNetworkNamespace::enter()
{
    if (::unshare(CLONE_NEWNET | CLONE_NEWNS) != 0) {
        g_refusal = systemError("unshare(CLONE_NEWNET | CLONE_NEWNS) was refused (a network and "
                                "mount namespace of the test's own needs root)");
        return false;
    }
    // What is mounted from here on stays in this namespace. In a chroot whose root is no mount
    // point this is refused (as `unshare -m` is there): nothing may be mounted then.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        if (errno != EINVAL) {
            g_failure = systemError("making the mounts of the namespace private failed");
            return false;
        }
        g_refusal = systemError("the root directory is not a mount point (a chroot?), so the "
                                "namespace's mounts cannot be made private");
        return false;
    }
    if (!bringLoopbackUp())
        g_failure = systemError("bringing the loopback interface up failed");
    else if (!replaceResolvConf())
        g_failure = systemError("binding a resolv.conf over /etc/resolv.conf failed");
    g_entered = g_failure.isEmpty();
    return g_entered;
}

bool PrivateNetworkNamespace::entered()
{
    return g_entered;
}

QString PrivateNetworkNamespace::refusal()
{
    return g_refusal;
}

QString PrivateNetworkNamespace::failure()
{
    return g_failure;
}
