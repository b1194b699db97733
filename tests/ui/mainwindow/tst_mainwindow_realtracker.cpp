// The real window against a real opentracker on loopback, over HTTP and UDP: the tracker table
// shows both working with the swarm's counts, and the peers tab lists a peer another client
// announced.
#include "dialogs/trackerlistdialog.h"
#include "engine/inspectionengine.h"
#include "engine/networktrackerclientfactory.h"
#include "errortext.h"
#include "fakehostresolver.h"
#include "mainwindow/mainwindow.h"
#include "metainfo/torrentfilereader.h"
#include "peers/peerpanel.h"
#include "peers/peertablemodel.h"
#include "realtrackers.h"
#include "testtime.h"
#include "testtorrents.h"
#include "torrents/torrentdetailspane.h"
#include "torrents/torrentlistmodel.h"
#include "trackerat.h"
#include "trackers/trackeractions.h"
#include "trackers/trackertablemodel.h"
#include "trackers/workingtrackeractions.h"
#include "uitestdata.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

namespace {
constexpr int kRequestTimeoutMs = 5000;
constexpr quint16 kOtherPeerPort = 7301; // the seeder the test announces
constexpr quint16 kWindowPeerPort = 7302;
// The file the torrent describes: 1 MiB in four pieces.
const TestTorrents::FileOptions kFile{
    .name = "real.bin", .length = 1 << 20, .pieceLength = 1 << 18, .pieceHashByte = 'r'};

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}
} // namespace

class TestMainWindowRealTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsWorkingTrackersAndTheirPeers();
    void checksATrackerListWithItsInfoHash();

private:
    std::unique_ptr<InspectionEngine> makeEngine(quint16 port, EngineSettings::ContactMode mode,
                                                 qint64 left);

    QTemporaryDir m_directory;
    OpenTrackerServer m_tracker;
    QNetworkAccessManager m_network;
    FakeHostResolver m_resolver; // every URL here is an IP literal
    QString m_torrent;
};

std::unique_ptr<InspectionEngine>
TestMainWindowRealTracker::makeEngine(quint16 port, EngineSettings::ContactMode mode, qint64 left)
{
    auto engine = std::make_unique<InspectionEngine>(
        std::make_unique<NetworkTrackerClientFactory>(&m_network, &m_resolver));
    EngineSettings settings;
    settings.contactMode = mode;
    settings.identity.port = port;
    settings.identity.left = left;
    settings.requestTimeoutMs = kRequestTimeoutMs;
    engine->setSettings(settings);
    return engine;
}

void TestMainWindowRealTracker::initTestCase()
{
    QVERIFY(m_directory.isValid());
    UiTestData::isolateSettings(m_directory);
    QString error;
    // A tracker that cannot start is a failure, never a skip: CI must not pass without it.
    QVERIFY2(m_tracker.start({TestTorrents::infoHash(kFile)}, &error), qPrintable(error));
    m_torrent = m_directory.filePath(QStringLiteral("real.torrent"));
    QFile file(m_torrent);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QStringList trackers =
        TestTorrents::urlTexts({m_tracker.httpAnnounceUrl(), m_tracker.udpAnnounceUrl()});
    file.write(TestTorrents::torrentFile(TestTorrents::tierPerTracker(trackers), kFile));
}

void TestMainWindowRealTracker::showsWorkingTrackersAndTheirPeers()
{
    // Another client joins the swarm as a seeder over HTTP, and stays.
    const Expected<Metainfo> parsed = TorrentFileReader::read(m_torrent);
    QVERIFY2(parsed, qPrintable(errorText(parsed)));
    auto other = makeEngine(kOtherPeerPort, EngineSettings::ContactMode::SingleRound, 0);
    QSignalSpy otherIdle(other.get(), &InspectionEngine::becameIdle);
    const quint64 otherId = other->addTorrent(*parsed);
    QVERIFY(otherIdle.wait(kRealTrackerRoundWaitMs));
    QCOMPARE(trackerAt(*other, otherId, 0)->status, TrackerStatus::Working);

    // The window opens the file as a user would; its engine is a leecher (left = the size).
    auto engine = makeEngine(kWindowPeerPort, EngineSettings::ContactMode::Continuous, -1);
    MainWindow window(engine.get(), MainWindow::LayoutMemory::Ignored);
    window.show();
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    window.openFile(m_torrent);
    QVERIFY(opened.wait(kRealTrackerRoundWaitMs));
    const QAbstractItemModel *trackers = window.detailsPane()->trackerView()->model();
    QCOMPARE(trackers->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QTRY_COMPARE_WITH_TIMEOUT(cell(trackers, row, TrackerTableModel::StatusColumn),
                                  QStringLiteral("Working"), kRealTrackerRoundWaitMs);
        // One seeder (the other client) and one leecher (the window's own announce).
        QTRY_COMPARE_WITH_TIMEOUT(cell(trackers, row, TrackerTableModel::SeedersColumn),
                                  QStringLiteral("1"), kRealTrackerRoundWaitMs);
        QCOMPARE(cell(trackers, row, TrackerTableModel::LeechersColumn), QStringLiteral("1"));
    }
    QSet<QString> protocols{cell(trackers, 0, TrackerTableModel::ProtocolColumn),
                            cell(trackers, 1, TrackerTableModel::ProtocolColumn)};
    QCOMPARE(protocols, (QSet<QString>{QStringLiteral("HTTP"), QStringLiteral("UDP")}));

    // The peers tab lists the other client (and not the window's own announce).
    const QAbstractItemModel *peers = window.detailsPane()->peerPanel()->view()->model();
    QTRY_COMPARE_WITH_TIMEOUT(peers->rowCount(), 1, kRealTrackerRoundWaitMs);
    QCOMPARE(cell(peers, 0, PeerTableModel::AddressColumn), QStringLiteral("127.0.0.1"));
    QCOMPARE(cell(peers, 0, PeerTableModel::PortColumn), QString::number(kOtherPeerPort));
    // Both trackers returned it.
    QCOMPARE(cell(peers, 0, PeerTableModel::SourceCountColumn), QStringLiteral("2"));

    // Leave no peer behind in the tracker for later tests.
    QSignalSpy otherDone(other.get(), &InspectionEngine::shutdownFinished);
    other->shutdown();
    QVERIFY(otherDone.count() > 0 || otherDone.wait(kRealTrackerRoundWaitMs));
}

// A list of the tracker's two URLs and a dead one, checked with the whitelisted hash: both
// answer, and the working list (IPv4: the URLs name 127.0.0.1) holds them, not the dead one.
void TestMainWindowRealTracker::checksATrackerListWithItsInfoHash()
{
    auto engine = makeEngine(kWindowPeerPort, EngineSettings::ContactMode::Continuous, -1);
    MainWindow window(engine.get(), MainWindow::LayoutMemory::Ignored);
    window.show();
    window.showTrackerListDialog();
    auto *dialog = window.findChild<TrackerListDialog *>(QStringLiteral("trackerListDialog"));
    QVERIFY(dialog);
    const QString http = m_tracker.httpAnnounceUrl().toString();
    const QString udp = m_tracker.udpAnnounceUrl().toString();
    dialog->setText(QStringList{http, udp, QStringLiteral("udp://127.0.0.1:1")}.join(u'\n'));
    dialog->setInfoHashText(QString::fromLatin1(TestTorrents::infoHash(kFile).toHex()));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(window.torrentListModel()->torrentCount(), 1);
    QVERIFY(window.torrentListModel()->metainfo(0).isTrackerList);
    const QAbstractItemModel *trackers = window.detailsPane()->trackerView()->model();
    QCOMPARE(trackers->rowCount(), 3);
    for (int row = 0; row < 2; ++row)
        QTRY_COMPARE_WITH_TIMEOUT(cell(trackers, row, TrackerTableModel::StatusColumn),
                                  QStringLiteral("Working"), kRealTrackerRoundWaitMs);
    WorkingTrackerActions *working = window.trackerActions()->workingTrackerActions();
    working->copyWorkingTrackers(WorkingTrackerActions::FamilyChoice::IPv4Only);
    QStringList copied = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    copied.sort();
    QCOMPARE(copied, (QStringList{http, udp}));
}

QTEST_MAIN(TestMainWindowRealTracker)
#include "tst_mainwindow_realtracker.moc"
