#include "peers/peerfilterproxy.h"
#include "peers/peertablemodel.h"
#include "testtorrents.h"
#include "trackerat.h"
#include "uitestengine.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString kFirst = QStringLiteral("http://127.0.0.1:6969/announce");
const QString kSecond = QStringLiteral("udp://127.0.0.1:6970");
} // namespace

class TestPeerTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void passesModelTester();
    void showsPeersWithTheirTrackers();
    void filtersByTracker_data();
    void filtersByTracker();
    void copiesAsText();
    void showsPeersGivenByHostName();

private:
    quint64 openTorrent(PeerTableModel &model);
    std::unique_ptr<UiTestEngine> m_engine;
};

void TestPeerTableModel::init()
{
    m_engine = std::make_unique<UiTestEngine>();
    TrackerPeer named = FakeTrackerScript::peer(QStringLiteral("10.0.0.1"), 6881);
    named.peerId = QByteArrayLiteral("-qB4520-abcdefghijkl");
    const TrackerPeer shared = FakeTrackerScript::peer(QStringLiteral("10.0.0.2"), 51413);
    const TrackerPeer v6 = FakeTrackerScript::peer(QStringLiteral("2001:db8::7"), 6882);
    m_engine->script->setAnnounceResults(
        kFirst, {FakeTrackerScript::working(QHostAddress::LocalHost, 1800, -1, {named, shared})});
    m_engine->script->setAnnounceResults(
        kSecond, {FakeTrackerScript::working(QHostAddress::LocalHost, 1800, -1, {shared, v6})});
}

quint64 TestPeerTableModel::openTorrent(PeerTableModel &model)
{
    const quint64 id = m_engine->engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({kFirst, kSecond}), {.name = QStringLiteral("peers")}));
    model.setTorrent(id);
    return id;
}

void TestPeerTableModel::passesModelTester()
{
    PeerTableModel model(&m_engine->engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PeerFilterProxy proxy(&model);
    proxy.sort(PeerTableModel::AddressColumn);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const quint64 id = openTorrent(model);
    QTRY_COMPARE(model.rowCount(), 3);
    m_engine->passSafetyFloor();
    m_engine->engine.reannounce(id);
    QTRY_VERIFY(trackerAt(m_engine->engine, id, 1)->statistics.announceCount() >= 2);
    m_engine->engine.removeTracker(id, trackerIdAt(m_engine->engine, id, 1));
    QTRY_COMPARE(model.rowCount(), 2); // rebuilt once on the event loop, however many go
    m_engine->engine.removeTorrent(id);
    QCOMPARE(model.rowCount(), 0);
}

void TestPeerTableModel::showsPeersWithTheirTrackers()
{
    PeerTableModel model(&m_engine->engine);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy updates(&m_engine->engine, &InspectionEngine::peersChanged);
    openTorrent(model);
    QTRY_COMPARE(model.rowCount(), 3);
    // One batch per engine update, not one per peer (how many updates the round takes depends on
    // the machine's speed; that each brings at most one batch does not).
    QVERIFY2(inserted.size() <= updates.size(),
             qPrintable(QStringLiteral("%1 > %2").arg(inserted.size()).arg(updates.size())));
    QStringList addresses;
    for (int row = 0; row < model.rowCount(); ++row)
        addresses << model.index(row, PeerTableModel::AddressColumn).data().toString();
    const int named = int(addresses.indexOf(QStringLiteral("10.0.0.1")));
    const int shared = int(addresses.indexOf(QStringLiteral("10.0.0.2")));
    const int v6 = int(addresses.indexOf(QStringLiteral("2001:db8::7")));
    QVERIFY(named >= 0 && shared >= 0 && v6 >= 0);
    QCOMPARE(model.index(named, PeerTableModel::ClientColumn).data().toString().isEmpty(), false);
    QVERIFY(model.index(named, PeerTableModel::ClientColumn).data().toString() !=
            QStringLiteral("–"));
    QCOMPARE(model.index(v6, PeerTableModel::ClientColumn).data().toString(), QStringLiteral("–"));
    // The peer id as the tracker gave it (dictionary model), "–" without one.
    QCOMPARE(model.index(named, PeerTableModel::PeerIdColumn).data().toString(),
             QStringLiteral("-qB4520-abcdefghijkl"));
    QCOMPARE(model.index(v6, PeerTableModel::PeerIdColumn).data().toString(), QStringLiteral("–"));
    QCOMPARE(model.index(v6, PeerTableModel::FamilyColumn).data().toString(),
             QStringLiteral("IPv6"));
    QCOMPARE(model.index(shared, PeerTableModel::PortColumn).data().toInt(), 51413);
    QTRY_COMPARE(model.index(shared, PeerTableModel::SourceCountColumn).data().toInt(), 2);
    QCOMPARE(model.index(shared, PeerTableModel::SourcesColumn).data().toString(),
             kFirst + QStringLiteral(", ") + kSecond);
    QCOMPARE(model.index(named, PeerTableModel::SourcesColumn).data().toString(), kFirst);
}

void TestPeerTableModel::filtersByTracker_data()
{
    QTest::addColumn<int>("trackerIndex");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("all") << -1 << QString() << 3;
    QTest::newRow("first") << 0 << QString() << 2;
    QTest::newRow("second") << 1 << QString() << 2;
    QTest::newRow("text") << -1 << QStringLiteral("2001:") << 1;
    QTest::newRow("tracker and text") << 0 << QStringLiteral("2001:") << 0;
    // As the report writes peers: address and port.
    QTest::newRow("address:port") << -1 << QStringLiteral("10.0.0.2:51413") << 1;
    QTest::newRow("[v6]:port") << -1 << QStringLiteral("[2001:db8::7]:6882") << 1;
    QTest::newRow("wrong port") << -1 << QStringLiteral("10.0.0.2:6881") << 0;
}

void TestPeerTableModel::filtersByTracker()
{
    QFETCH(int, trackerIndex);
    QFETCH(QString, text);
    QFETCH(int, rows);
    PeerTableModel model(&m_engine->engine);
    PeerFilterProxy proxy(&model);
    const quint64 id = openTorrent(model);
    QTRY_COMPARE(model.rowCount(), 3);
    QTRY_COMPARE(m_engine->engine.peers(id)->peerCountFrom(trackerIdAt(m_engine->engine, id, 1)),
                 2);
    proxy.setTrackerId(trackerIdAt(m_engine->engine, id, trackerIndex)); // -1: every tracker
    proxy.setText(text);
    QCOMPARE(proxy.rowCount(), rows);
}

void TestPeerTableModel::copiesAsText()
{
    PeerTableModel model(&m_engine->engine);
    openTorrent(model);
    QTRY_COMPARE(model.rowCount(), 3);
    const QStringList lines = model.rowsAsText({0, 2}).trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Address\tPort\t")));
    QCOMPARE(lines.at(1).split(u'\t').at(0),
             model.index(0, PeerTableModel::AddressColumn).data().toString());
}

// BEP 3 peers given by name: shown as the name, counted, sorted after the addresses, found by
// the filter as name:port, without any lookup.
void TestPeerTableModel::showsPeersGivenByHostName()
{
    TrackerPeer named;
    named.hostName = QStringLiteral("seed.example.org");
    named.port = 6881;
    const TrackerPeer address = FakeTrackerScript::peer(QStringLiteral("10.0.0.2"), 51413);
    m_engine->script->setAnnounceResults(
        kFirst, {FakeTrackerScript::working(QHostAddress::LocalHost, 1800, -1, {named, address})});
    m_engine->script->setAnnounceResults(
        kSecond, {FakeTrackerScript::working(QHostAddress::LocalHost, 1800, -1, {named})});
    PeerTableModel model(&m_engine->engine);
    PeerFilterProxy proxy(&model);
    const quint64 id = openTorrent(model);
    QTRY_COMPARE(m_engine->engine.peers(id)->peerCountFrom(trackerIdAt(m_engine->engine, id, 1)),
                 1);
    QTRY_COMPARE(model.rowCount(), 2); // one row for the name, whoever sent it
    QTRY_COMPARE(trackerAt(m_engine->engine, id, 0)->peerCount, 2);
    proxy.sort(PeerTableModel::AddressColumn);
    QCOMPARE(proxy.index(0, PeerTableModel::AddressColumn).data().toString(),
             QStringLiteral("10.0.0.2"));
    QCOMPARE(proxy.index(1, PeerTableModel::AddressColumn).data().toString(),
             QStringLiteral("seed.example.org"));
    QCOMPARE(proxy.index(1, PeerTableModel::PortColumn).data().toInt(), 6881);
    QCOMPARE(proxy.index(1, PeerTableModel::FamilyColumn).data().toString(),
             QStringLiteral("Host name"));
    QCOMPARE(proxy.index(1, PeerTableModel::SourceCountColumn).data().toInt(), 2);
    proxy.setText(QStringLiteral("seed.example.org:6881"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(model.endpointText(proxy.mapToSource(proxy.index(0, 0)).row()),
             QStringLiteral("seed.example.org:6881"));
}

QTEST_MAIN(TestPeerTableModel)
#include "tst_peertablemodel.moc"
