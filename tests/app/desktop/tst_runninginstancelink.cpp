#include "desktop/instancemessage.h"
#include "desktop/runninginstancelink.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {
using Role = RunningInstanceLink::Role;

// Leaves a socket file nobody listens on, as a crashed instance does.
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
    ::close(descriptor); // no listen(), no unlink(): connecting is refused
    return bound && QFileInfo::exists(path);
}

QByteArray lengthPrefix(quint32 length)
{
    QByteArray prefix(InstanceMessage::kLengthPrefixBytes, Qt::Uninitialized);
    qToBigEndian(length, prefix.data());
    return prefix;
}

// Starts link and waits until it knows its role.
Role startAndWait(RunningInstanceLink &link, const QStringList &sources,
                  const QString &token = QString())
{
    QSignalSpy decided(&link, &RunningInstanceLink::roleDecided);
    link.start(sources, token);
    if (link.role() == Role::Undecided)
        decided.wait(RunningInstanceLink::kAcknowledgementTimeoutMs * 2);
    return link.role();
}
} // namespace

class TestRunningInstanceLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstStartListens();
    void laterStartsForward_data();
    void laterStartsForward();
    void takesOverStaleSocketFile();
    void twoStartsAfterACrashMakeOneInstance();
    void leavesALockedTakeOverAlone();
    void holdsSourcesUntilDelivering();
    void stopsListening();
    void refusesGarbageAndKeepsServing_data();
    void refusesGarbageAndKeepsServing();
    void givesUpOnSilentInstance();
    void reportsUnusableNames();
    void defaultNameIsPerUser();

private:
    std::unique_ptr<QTemporaryDir> m_directory;
    QString m_name;
};

void TestRunningInstanceLink::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_name = m_directory->filePath(QStringLiteral("instance"));
}

void TestRunningInstanceLink::firstStartListens()
{
    RunningInstanceLink link(m_name);
    QSignalSpy decided(&link, &RunningInstanceLink::roleDecided);
    link.start({QStringLiteral("/a.torrent")});
    QCOMPARE(link.role(), Role::RunningInstance);
    QCOMPARE(decided.size(), 1);
    QVERIFY(QFileInfo::exists(m_name));
    QVERIFY(link.errorMessage().isEmpty());
}

void TestRunningInstanceLink::laterStartsForward_data()
{
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<int>("messages");
    QStringList many;
    for (int index = 0; index < InstanceMessage::kMaximumSources + 5; ++index)
        many.append(QStringLiteral("/torrents/%1.torrent").arg(index));
    QTest::newRow("no sources: show the window") << QStringList() << 1;
    QTest::newRow("file and magnet")
        << QStringList{QStringLiteral("/home/user/Downloads/ubuntu.torrent"),
                       QStringLiteral(
                           "magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567")}
        << 1;
    QTest::newRow("more than one message holds") << many << 2;
}

void TestRunningInstanceLink::laterStartsForward()
{
    QFETCH(QStringList, sources);
    QFETCH(int, messages);
    RunningInstanceLink running(m_name);
    QCOMPARE(startAndWait(running, {}), Role::RunningInstance);
    running.startDelivering();
    QSignalSpy received(&running, &RunningInstanceLink::sourcesReceived);

    RunningInstanceLink later(m_name);
    QElapsedTimer elapsed;
    elapsed.start();
    QCOMPARE(startAndWait(later, sources, QStringLiteral("token-42")), Role::Forwarded);
    QVERIFY(elapsed.elapsed() < RunningInstanceLink::kAcknowledgementTimeoutMs);
    QTRY_COMPARE(received.size(), messages);
    QStringList all;
    for (const QList<QVariant> &arguments : std::as_const(received)) {
        all += arguments.at(0).toStringList();
        QCOMPARE(arguments.at(1).toString(), QStringLiteral("token-42"));
    }
    QCOMPARE(all, sources);
    QCOMPARE(running.role(), Role::RunningInstance); // and it keeps listening
    RunningInstanceLink third(m_name);
    QCOMPARE(startAndWait(third, {QStringLiteral("/c.torrent")}), Role::Forwarded);
    QTRY_COMPARE(received.size(), messages + 1);
    QCOMPARE(received.last().at(0).toStringList(), QStringList{QStringLiteral("/c.torrent")});
}

void TestRunningInstanceLink::takesOverStaleSocketFile()
{
    QVERIFY(makeStaleSocketFile(m_name));
    RunningInstanceLink link(m_name);
    QCOMPARE(startAndWait(link, {QStringLiteral("/a.torrent")}), Role::RunningInstance);
    link.startDelivering();
    QSignalSpy received(&link, &RunningInstanceLink::sourcesReceived);
    RunningInstanceLink later(m_name);
    QCOMPARE(startAndWait(later, {QStringLiteral("/b.torrent")}), Role::Forwarded);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().at(0).toStringList(), QStringList{QStringLiteral("/b.torrent")});
}

void TestRunningInstanceLink::twoStartsAfterACrashMakeOneInstance()
{
    // Both starts find the crashed instance's socket file and are refused before either takes it
    // over: the second must not remove the first one's fresh socket, but hand its sources to it.
    QVERIFY(makeStaleSocketFile(m_name));
    RunningInstanceLink first(m_name);
    RunningInstanceLink second(m_name);
    QSignalSpy firstDecided(&first, &RunningInstanceLink::roleDecided);
    QSignalSpy secondDecided(&second, &RunningInstanceLink::roleDecided);
    first.start({QStringLiteral("/first.torrent")});
    second.start({QStringLiteral("/second.torrent")});
    QCOMPARE(first.role(), Role::Undecided);
    QCOMPARE(second.role(), Role::Undecided);
    QTRY_COMPARE(firstDecided.size() + secondDecided.size(), 2);

    const QList<Role> roles{first.role(), second.role()};
    QCOMPARE(roles.count(Role::RunningInstance), 1);
    QCOMPARE(roles.count(Role::Forwarded), 1);
    RunningInstanceLink &running = first.role() == Role::RunningInstance ? first : second;
    const QString forwarded =
        &running == &first ? QStringLiteral("/second.torrent") : QStringLiteral("/first.torrent");
    QSignalSpy received(&running, &RunningInstanceLink::sourcesReceived);
    running.startDelivering();
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().at(0).toStringList(), QStringList{forwarded});
    QVERIFY(!QFileInfo::exists(running.lockFilePath())); // released once listening
}

void TestRunningInstanceLink::leavesALockedTakeOverAlone()
{
    // Another start holds the lock (it is taking over): this one must not remove the socket file
    // under it, and gives up after a bounded wait.
    QVERIFY(makeStaleSocketFile(m_name));
    RunningInstanceLink link(m_name);
    QLockFile otherStart(link.lockFilePath());
    QVERIFY(otherStart.tryLock(0));
    QSignalSpy decided(&link, &RunningInstanceLink::roleDecided);
    QElapsedTimer elapsed;
    elapsed.start();
    link.start({QStringLiteral("/a.torrent")});
    QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, RunningInstanceLink::kTakeOverLockTimeoutMs * 3);
    QCOMPARE(link.role(), Role::Standalone);
    QVERIFY2(link.errorMessage().contains(link.lockFilePath()), qPrintable(link.errorMessage()));
    QVERIFY(elapsed.elapsed() >= RunningInstanceLink::kTakeOverLockTimeoutMs);
    QVERIFY(QFileInfo::exists(m_name));
}

void TestRunningInstanceLink::holdsSourcesUntilDelivering()
{
    RunningInstanceLink running(m_name);
    QCOMPARE(startAndWait(running, {}), Role::RunningInstance);
    QSignalSpy received(&running, &RunningInstanceLink::sourcesReceived);
    // The window is not there yet: the senders are answered, their sources kept, in order.
    RunningInstanceLink first(m_name);
    QCOMPARE(startAndWait(first, {QStringLiteral("/1.torrent")}), Role::Forwarded);
    RunningInstanceLink second(m_name);
    QCOMPARE(startAndWait(second, {QStringLiteral("/2.torrent")}), Role::Forwarded);
    QCOMPARE(received.size(), 0);
    running.startDelivering();
    QCOMPARE(received.size(), 0); // from the event loop, not from inside startDelivering()
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.at(0).at(0).toStringList(), QStringList{QStringLiteral("/1.torrent")});
    QCOMPARE(received.at(1).at(0).toStringList(), QStringList{QStringLiteral("/2.torrent")});
}

void TestRunningInstanceLink::stopsListening()
{
    RunningInstanceLink closing(m_name);
    QCOMPARE(startAndWait(closing, {}), Role::RunningInstance);
    closing.startDelivering();
    closing.stopListening();
    QVERIFY(!QFileInfo::exists(m_name));
    RunningInstanceLink next(m_name); // started while the first one shuts down
    QCOMPARE(startAndWait(next, {QStringLiteral("/a.torrent")}), Role::RunningInstance);
}

void TestRunningInstanceLink::refusesGarbageAndKeepsServing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("huge length") << QByteArray("\xff\xff\xff\xff", 4) + QByteArray(64, 'x');
    QTest::newRow("just over the limit")
        << lengthPrefix(quint32(InstanceMessage::kMaximumMessageBytes + 1));
    const QByteArray notJson("{not json at all");
    QTest::newRow("framed non-JSON") << lengthPrefix(quint32(notJson.size())) + notJson;
    const QByteArray wrongType(R"({"type":"opened","count":1})");
    QTest::newRow("framed wrong type") << lengthPrefix(quint32(wrongType.size())) + wrongType;
    const QByteArray badSources(R"({"type":"open","sources":[{"a":1}]})");
    QTest::newRow("framed bad sources") << lengthPrefix(quint32(badSources.size())) + badSources;
}

void TestRunningInstanceLink::refusesGarbageAndKeepsServing()
{
    QFETCH(QByteArray, bytes);
    RunningInstanceLink running(m_name);
    QCOMPARE(startAndWait(running, {}), Role::RunningInstance);
    running.startDelivering();
    QSignalSpy received(&running, &RunningInstanceLink::sourcesReceived);

    QLocalSocket raw;
    raw.connectToServer(m_name);
    QTRY_COMPARE(raw.state(), QLocalSocket::ConnectedState);
    raw.write(bytes);
    // The running instance hangs up on it at once, without answering or opening anything.
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QLocalSocket::UnconnectedState,
                              RunningInstanceLink::kConnectionTimeoutMs / 2);
    QCOMPARE(raw.bytesAvailable(), 0);

    RunningInstanceLink later(m_name);
    QCOMPARE(startAndWait(later, {QStringLiteral("/after.torrent")}), Role::Forwarded);
    QTRY_COMPARE(received.size(), 1); // only the well-formed request
    QCOMPARE(received.first().at(0).toStringList(), QStringList{QStringLiteral("/after.torrent")});
}

void TestRunningInstanceLink::givesUpOnSilentInstance()
{
    QLocalServer silent; // accepts and never answers, like a hung instance
    QVERIFY(silent.listen(m_name));
    RunningInstanceLink later(m_name);
    QElapsedTimer elapsed;
    elapsed.start();
    QCOMPARE(startAndWait(later, {QStringLiteral("/a.torrent")}), Role::Standalone);
    QVERIFY(elapsed.elapsed() >= RunningInstanceLink::kAcknowledgementTimeoutMs - 100);
    QVERIFY(!later.errorMessage().isEmpty());
    QVERIFY(QFileInfo::exists(m_name)); // a live instance's socket is never removed
}

void TestRunningInstanceLink::reportsUnusableNames()
{
    RunningInstanceLink link(m_directory->filePath(QStringLiteral("missing/directory/instance")));
    QCOMPARE(startAndWait(link, {}), Role::Standalone);
    QVERIFY(!link.errorMessage().isEmpty());
}

void TestRunningInstanceLink::defaultNameIsPerUser()
{
    qunsetenv(RunningInstanceLink::kServerNameVariable);
    const QString name = RunningInstanceLink::defaultServerName();
    QVERIFY(QFileInfo(name).isAbsolute());
    QVERIFY(QFileInfo(QFileInfo(name).path()).isWritable());
    QCOMPARE(QFile::permissions(QFileInfo(name).path()) &
                 (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup),
             QFile::Permissions());
    qputenv(RunningInstanceLink::kServerNameVariable, m_name.toUtf8());
    QCOMPARE(RunningInstanceLink::defaultServerName(), m_name);
    qunsetenv(RunningInstanceLink::kServerNameVariable);
}

QTEST_GUILESS_MAIN(TestRunningInstanceLink)
#include "tst_runninginstancelink.moc"
