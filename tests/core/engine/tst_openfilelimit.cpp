// The process raises its own soft limit of open files up to the hard one (at most
// OpenFileLimit::kWantedOpenFiles), never lowers it.
#include "engine/openfilelimit.h"

#include <QTest>
#include <sys/resource.h>

class TestOpenFileLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void raisesTheSoftLimitToTheHardOne()
    {
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
        const rlim_t hard = limit.rlim_max;
        if (hard != RLIM_INFINITY && hard <= 256)
            QSKIP("the hard limit here leaves nothing to raise");
        limit.rlim_cur = 256;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &limit), 0);
        QCOMPARE(OpenFileLimit::current(), qint64(256));
        const qint64 expected =
            hard == RLIM_INFINITY ? OpenFileLimit::kWantedOpenFiles
                                  : std::min<qint64>(qint64(hard), OpenFileLimit::kWantedOpenFiles);
        QCOMPARE(OpenFileLimit::raise(), expected);
        QCOMPARE(OpenFileLimit::current(), expected);
    }

    void neverLowersTheLimit()
    {
        const qint64 before = OpenFileLimit::raise();
        QCOMPARE(OpenFileLimit::raise(), before);
        QVERIFY(OpenFileLimit::current() >= before);
    }
};

QTEST_GUILESS_MAIN(TestOpenFileLimit)
#include "tst_openfilelimit.moc"
