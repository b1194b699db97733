// Nothing a test starts outlives it: a test process (opentrackerholder) that started opentracker is
// killed with SIGKILL, and its opentracker must be gone soon after, killed by the reaper.
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

namespace {
constexpr int kHolderStartMs = 20'000; // opentracker starts and accepts the whitelisted hash
constexpr int kReapedWithinMs = 5'000;

// The state letter of /proc/PID/stat ('R', 'S', 'Z'...), or 0 when there is no such process.
char processState(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const qsizetype nameEnd = line.lastIndexOf(')'); // the name may hold spaces
    return nameEnd >= 0 && nameEnd + 2 < line.size() ? line.at(nameEnd + 2) : 0;
}

// Gone, or a zombie that only waits for whoever inherited it to read its status.
bool isGone(qint64 pid)
{
    const char state = processState(pid);
    return state == 0 || state == 'Z' || state == 'X';
}

QString commandName(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll().trimmed()) : QString();
}

// "opentracker 123" -> 123
qint64 valueAfter(const QByteArray &output, const QByteArray &key)
{
    const QByteArray prefix = key + ' ';
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).toLongLong();
    }
    return 0;
}
} // namespace

class TestServerReaper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedTestLeavesNoServer();
};

void TestServerReaper::killedTestLeavesNoServer()
{
    QProcess holder;
    holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    holder.start(QStringLiteral(TI_OPENTRACKER_HOLDER), {});
    QVERIFY2(holder.waitForStarted(), qPrintable(holder.errorString()));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += holder.readAllStandardOutput()).contains("reaper "),
                             kHolderStartMs);
    const qint64 tracker = valueAfter(output, "opentracker");
    const qint64 reaper = valueAfter(output, "reaper");
    QVERIFY2(tracker > 0 && reaper > 0, output.constData());
    QCOMPARE(commandName(tracker), QStringLiteral("opentracker"));
    QVERIFY(!isGone(reaper));

    QSignalSpy finished(&holder, &QProcess::finished);
    ::kill(pid_t(holder.processId()), SIGKILL); // no destructor, no atexit: only the reaper is left
    QVERIFY(finished.wait(kReapedWithinMs));
    QCOMPARE(holder.exitStatus(), QProcess::CrashExit);
    QTRY_VERIFY_WITH_TIMEOUT(isGone(tracker), kReapedWithinMs);
    QTRY_VERIFY_WITH_TIMEOUT(isGone(reaper), kReapedWithinMs); // and the reaper ends too
}

QTEST_GUILESS_MAIN(TestServerReaper)
#include "tst_serverreaper.moc"
