#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTest>

// A network and mount namespace of the test process's own, as `unshare -n -m` makes it: only the
// loopback interface, brought up (127.0.0.1 and ::1), and /etc/resolv.conf replaced, inside the
// namespace only, by one that names kNameServer, where the test's DnsmasqServer answers. Nothing
// sent in it can leave the machine: tests that resolve names through the system's resolver or
// run third-party BitTorrent clients run in one, and every process they start is in it too.
//
// enter() must run before the process has threads (unshare refuses CLONE_NEWNS then), so such a
// test's main() is TI_PRIVATE_NETWORK_TEST_MAIN. Making namespaces needs root (CAP_SYS_ADMIN):
// elsewhere the test skips, saying why.
class PrivateNetworkNamespace
{
public:
    static constexpr const char *kNameServer = "127.0.0.53";

    // Enters the namespaces; false when they could not be made (see refusal()) or set up (see
    // failure()).
    static bool enter();
    static bool entered();
    static QString refusal(); // unshare was refused: skip, with this reason
    static QString failure(); // made but not set up: a failure of the test, with this reason
};

// In initTestCase(): skips the whole test where namespaces are refused, fails where one was made
// but could not be set up.
#define TI_REQUIRE_PRIVATE_NETWORK()                                                               \
    do {                                                                                           \
        if (!PrivateNetworkNamespace::failure().isEmpty())                                         \
            QFAIL(qPrintable(PrivateNetworkNamespace::failure()));                                 \
        if (!PrivateNetworkNamespace::entered())                                                   \
            QSKIP(qPrintable(PrivateNetworkNamespace::refusal()));                                 \
    } while (false)

// QTEST_GUILESS_MAIN, entering the namespace first.
#define TI_PRIVATE_NETWORK_TEST_MAIN(TestObject)                                                   \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        PrivateNetworkNamespace::enter();                                                          \
        QCoreApplication application(argc, argv);                                                  \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
