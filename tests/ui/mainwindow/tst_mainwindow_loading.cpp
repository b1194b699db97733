// MainWindow while a large torrent is read and hashed: progress in the status bar, an event loop
// that keeps running, and cancelling (by the button, by closing the window, or because the engine
// began to shut down).
#include "mainwindow/loadprogresswidget.h"
#include "mainwindow/mainwindow.h"
#include "metainfo/torrentloader.h"
#include "torrents/torrentlistmodel.h"
#include "uitestdata.h"
#include "uitestengine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace {
// A v1 torrent of 2,000,000 pieces: a 40 MB info dictionary to hash.
constexpr qint64 kPieceCount = 2'000'000;
// The longest the event loop may stall while a torrent loads (generous: shared CI machines).
constexpr qint64 kMaxStallMs = 500;
constexpr int kTickIntervalMs = 10;

QByteArray largeTorrent()
{
    using UiTestData::bencodedString;
    return "d8:announce" + bencodedString("udp://127.0.0.1:6969/announce") + "4:infod6:lengthi" +
           QByteArray::number(kPieceCount * 16384) + "e4:name" + bencodedString("Large") +
           "12:piece lengthi16384e6:pieces" + bencodedString(QByteArray(kPieceCount * 20, 'p')) +
           "ee";
}

enum class Cancel { ByButton, ByClosing, ByShutdown };

struct Snapshot
{
    bool visible = false;
    QString text;
    int percent = -1;
};
} // namespace

class TestMainWindowLoading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsProgressWithoutFreezing();
    void cancels_data();
    void cancels();
    void loadEndingDuringShutdownIsDropped();

private:
    QTemporaryDir m_directory;
    QString m_largeTorrent;
};

void TestMainWindowLoading::initTestCase()
{
    QVERIFY(m_directory.isValid());
    UiTestData::isolateSettings(m_directory);
    m_largeTorrent = m_directory.filePath(QStringLiteral("large <b>name.torrent"));
    QFile file(m_largeTorrent);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(largeTorrent()) > kPieceCount * 20);
}

void TestMainWindowLoading::showsProgressWithoutFreezing()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    window.show();
    window.torrentLoader()->setProgressInterval(0); // every hashing step
    LoadProgressWidget *progress = window.loadProgressWidget();
    QVERIFY(!progress->isVisible());
    // What the window shows at each report (connected after the window: seen after it).
    QList<Snapshot> snapshots;
    connect(window.torrentLoader(), &TorrentLoader::loadProgressed, this, [&] {
        snapshots.append({progress->isVisible(), progress->text(), progress->percent()});
        if (snapshots.size() == 20 && !qEnvironmentVariableIsEmpty("TI_TEST_SCREENSHOTS"))
            window.grab().save(qEnvironmentVariable("TI_TEST_SCREENSHOTS") +
                               QStringLiteral("/loading-progress.png"));
    });
    // A timer on the window's thread measures how long the event loop ever stalls.
    QTimer ticker;
    QElapsedTimer sinceTick;
    qint64 longestStallMs = 0;
    int ticks = 0;
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestStallMs = std::max(longestStallMs, sinceTick.restart());
        ++ticks;
    });
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    sinceTick.start();
    ticker.start(kTickIntervalMs);
    window.openFile(m_largeTorrent);
    QVERIFY(opened.wait(60'000));
    ticker.stop();

    QVERIFY2(snapshots.size() >= 20, qPrintable(QString::number(snapshots.size())));
    int previous = -1;
    for (const Snapshot &snapshot : std::as_const(snapshots)) {
        QVERIFY(snapshot.visible);
        QVERIFY2(snapshot.text.startsWith(QStringLiteral("Loading large <b>name.torrent… ")),
                 qPrintable(snapshot.text));
        QVERIFY(snapshot.text.endsWith(QString::number(snapshot.percent) + QStringLiteral(" %")));
        QVERIFY(snapshot.percent >= previous);
        previous = snapshot.percent;
    }
    QVERIFY(snapshots.first().percent < 50);
    QCOMPARE(previous, 100);
    QVERIFY(!progress->isVisible()); // gone once loaded
    QCOMPARE(window.torrentListModel()->metainfo(0).pieceCount, kPieceCount);
    QVERIFY2(ticks >= 2, qPrintable(QString::number(ticks)));
    QVERIFY2(longestStallMs < kMaxStallMs, qPrintable(QString::number(longestStallMs)));
}

void TestMainWindowLoading::cancels_data()
{
    QTest::addColumn<Cancel>("how");
    QTest::newRow("cancel button") << Cancel::ByButton;
    QTest::newRow("window closed") << Cancel::ByClosing;
    QTest::newRow("engine shutting down") << Cancel::ByShutdown;
}

void TestMainWindowLoading::cancels()
{
    QFETCH(Cancel, how);
    UiTestEngine engine;
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    window.show();
    window.torrentLoader()->setProgressInterval(0);
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    QSignalSpy loadsOver(&window, &MainWindow::pendingLoadsFinished);
    // Cancelled at the first report, while the progress shows (before the load can end).
    bool shownWhenCancelled = false;
    bool cancelled = false;
    connect(window.torrentLoader(), &TorrentLoader::loadProgressed, this, [&] {
        if (cancelled)
            return;
        cancelled = true;
        shownWhenCancelled = window.loadProgressWidget()->isVisible();
        if (how == Cancel::ByClosing)
            window.close();
        else if (how == Cancel::ByShutdown)
            engine.engine.shutdown();
        else
            window.loadProgressWidget()
                ->findChild<QToolButton *>(QStringLiteral("loadCancelButton"))
                ->click();
    });
    window.openFile(m_largeTorrent);
    QVERIFY(loadsOver.wait(30'000));
    QVERIFY(cancelled);
    QVERIFY(shownWhenCancelled);
    QCOMPARE(window.pendingLoadCount(), 0);
    QCOMPARE(loadsOver.count(), 1);
    QVERIFY(!window.loadProgressWidget()->isVisible());
    // The hashing stops within a step, and its torrent never opens.
    QVERIFY(!opened.wait(1000));
    QCOMPARE(window.torrentListModel()->torrentCount(), 0);
    QVERIFY(engine.engine.torrentIds().isEmpty());
}

// A magnet is delivered on the next turn of the event loop: here after shutdown began. It is not
// added, so the engine's shutdown does not wait for a torrent that came too late; a source
// handed over during shutdown is not even loaded.
void TestMainWindowLoading::loadEndingDuringShutdownIsDropped()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    const QString magnet = QStringLiteral("magnet:?xt=urn:btih:") + QString(40, u'a') +
                           QStringLiteral("&tr=udp://127.0.0.1:6969/announce");
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    QSignalSpy finished(&engine.engine, &InspectionEngine::shutdownFinished);
    window.openSources({magnet});
    QCOMPARE(window.pendingLoadCount(), 1);
    engine.engine.shutdown();
    QCOMPARE(window.pendingLoadCount(), 0);
    window.openSources({magnet});
    QCOMPARE(window.pendingLoadCount(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(opened.count(), 0);
    QCOMPARE(window.torrentListModel()->torrentCount(), 0);
    QVERIFY(engine.engine.torrentIds().isEmpty());
}

QTEST_MAIN(TestMainWindowLoading)
#include "tst_mainwindow_loading.moc"
