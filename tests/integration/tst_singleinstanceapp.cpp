// Two starts of the real tracker-inspector, as a file manager makes them: the second hands its
// torrents to the first window and exits 0 at once. The first runs with
// TRACKER_INSPECTOR_QUIT_AFTER_RECEIVING, so it prints what it received and quits.
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {
constexpr int kStartTimeoutMs = 15'000;  // the first window to start listening
constexpr int kForwardTimeoutMs = 5'000; // the second start to hand over and exit
const QString kMagnet =
    QStringLiteral("magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=Single");

// The socket file a crashed instance leaves behind: bound, never listened on, not removed.
bool makeStaleSocketFile(const QString &path)
{
    const int descriptor = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    if (descriptor < 0 || encoded.size() >= qsizetype(sizeof(address.sun_path)))
        return false;
    std::copy(encoded.cbegin(), encoded.cend(), address.sun_path);
    const bool bound =
        ::bind(descriptor, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    ::close(descriptor);
    return bound;
}

// True once a window listens on path (a probe connection, dropped at once).
bool acceptsConnections(const QString &path)
{
    QLocalSocket probe;
    probe.connectToServer(path);
    const bool connected =
        probe.state() == QLocalSocket::ConnectedState || probe.waitForConnected(0);
    probe.abort();
    return connected;
}
} // namespace

class TestSingleInstanceApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondStartHandsOverItsTorrents_data();
    void secondStartHandsOverItsTorrents();
    void twoStartsAtOnceAfterACrashOpenOneWindow();

private:
    QProcessEnvironment environment(const QTemporaryDir &directory) const;
};

QProcessEnvironment TestSingleInstanceApp::environment(const QTemporaryDir &directory) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    // Settings, recent files and caches of these windows stay in the temporary directory.
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        environment.insert(QString::fromLatin1(variable),
                           directory.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("TRACKER_INSPECTOR_INSTANCE_NAME"),
                       directory.filePath(QStringLiteral("instance")));
    environment.insert(QStringLiteral("TRACKER_INSPECTOR_QUIT_AFTER_RECEIVING"),
                       QStringLiteral("1"));
    return environment;
}

void TestSingleInstanceApp::secondStartHandsOverItsTorrents_data()
{
    QTest::addColumn<bool>("staleSocketFile");
    QTest::newRow("first start listens") << false;
    QTest::newRow("first start takes over a crashed one's socket") << true;
}

void TestSingleInstanceApp::secondStartHandsOverItsTorrents()
{
    QFETCH(bool, staleSocketFile);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString socketPath = directory.filePath(QStringLiteral("instance"));
    if (staleSocketFile)
        QVERIFY(makeStaleSocketFile(socketPath));
    QVERIFY(QDir(directory.path()).mkpath(QStringLiteral("work")));

    QProcess first;
    first.setProcessEnvironment(environment(directory));
    QSignalSpy firstFinished(&first, &QProcess::finished);
    first.start(QStringLiteral(TI_EXECUTABLE), {});
    // The file alone proves nothing (a stale one exists from the start): wait for a listener.
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(socketPath), kStartTimeoutMs);

    QProcess second;
    second.setProcessEnvironment(environment(directory));
    second.setWorkingDirectory(directory.filePath(QStringLiteral("work")));
    QSignalSpy secondFinished(&second, &QProcess::finished);
    QElapsedTimer elapsed;
    elapsed.start();
    second.start(QStringLiteral(TI_EXECUTABLE), {QStringLiteral("relative.torrent"), kMagnet});
    QVERIFY2(secondFinished.wait(kForwardTimeoutMs), "the second start did not exit");
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
    qInfo("second start handed over and exited in %lld ms", elapsed.elapsed());

    // It may have quit already, while the second start was being waited for.
    if (firstFinished.isEmpty() && !firstFinished.wait(kForwardTimeoutMs)) {
        first.kill();
        QFAIL(qPrintable(u"the first window did not receive them: " +
                         QString::fromUtf8(first.readAllStandardError())));
    }
    QCOMPARE(first.exitCode(), 0);
    const QStringList received =
        QString::fromUtf8(first.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    // Relative paths are resolved in the second start's working directory, not the first's.
    const QString expectedFile = QDir(directory.filePath(QStringLiteral("work")))
                                     .absoluteFilePath(QStringLiteral("relative.torrent"));
    QCOMPARE(received, (QStringList{expectedFile, kMagnet}));
}

void TestSingleInstanceApp::twoStartsAtOnceAfterACrashOpenOneWindow()
{
    // Both find the crashed instance's socket file at the same moment: one window takes it over,
    // the other start hands its torrent to that window and exits.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QVERIFY(makeStaleSocketFile(directory.filePath(QStringLiteral("instance"))));
    const QStringList sources{
        QStringLiteral("magnet:?xt=urn:btih:%1&dn=First").arg(QString(40, u'1')),
        QStringLiteral("magnet:?xt=urn:btih:%1&dn=Second").arg(QString(40, u'2'))};
    QProcess starts[2];
    for (int index = 0; index < 2; ++index) {
        starts[index].setProcessEnvironment(environment(directory));
        starts[index].start(QStringLiteral(TI_EXECUTABLE), {sources[index]});
    }
    for (QProcess &start : starts) {
        if (!start.waitForFinished(kStartTimeoutMs)) {
            starts[0].kill();
            starts[1].kill();
            QFAIL("a start did not end: two windows, or none received the other's torrent");
        }
        QCOMPARE(start.exitStatus(), QProcess::NormalExit);
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    }
    // The window prints what it received; the start that handed over received nothing.
    const QByteArray firstReceived = starts[0].readAllStandardOutput().trimmed();
    const QByteArray secondReceived = starts[1].readAllStandardOutput().trimmed();
    const QByteArray both = firstReceived + " | " + secondReceived;
    QVERIFY2(firstReceived.isEmpty() != secondReceived.isEmpty(), both.constData());
    QCOMPARE(QString::fromUtf8(firstReceived.isEmpty() ? secondReceived : firstReceived),
             firstReceived.isEmpty() ? sources[0] : sources[1]);
}

QTEST_GUILESS_MAIN(TestSingleInstanceApp)
#include "tst_singleinstanceapp.moc"
