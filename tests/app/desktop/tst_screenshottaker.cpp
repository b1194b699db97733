#include "desktop/screenshottaker.h"
#include "mainwindow/mainwindow.h"
#include "torrents/torrentdetailspane.h"
#include "torrents/torrentlistmodel.h"
#include "uitestdata.h"
#include "uitestengine.h"

#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

namespace {
const int kProcessTimeout = 30000; // ms
} // namespace

class TestScreenshotTaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void waitsForLoadsThenSaves();
    void reportsUnwritablePaths();
    void rendersEveryTab();
    void commandLineWritesPng_data();
    void commandLineWritesPng();

private:
    QTemporaryDir m_directory;
    QString m_torrent;
};

void TestScreenshotTaker::initTestCase()
{
    QVERIFY(m_directory.isValid());
    UiTestData::isolateSettings(m_directory);
    m_torrent = UiTestData::writeTorrent(m_directory, QStringLiteral("shot.torrent"), "Shot");
}

void TestScreenshotTaker::waitsForLoadsThenSaves()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    window.show();
    window.openSources({m_torrent});
    const QString path = m_directory.filePath(QStringLiteral("inprocess.png"));
    ScreenshotTaker taker(&window, path);
    QSignalSpy finished(&taker, &ScreenshotTaker::screenshotFinished);
    taker.start();
    QVERIFY(finished.wait());
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(window.torrentListModel()->torrentCount(), 1); // taken after the load
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
}

void TestScreenshotTaker::reportsUnwritablePaths()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    ScreenshotTaker taker(&window, QStringLiteral("/nonexistent/folder/shot.png"));
    QSignalSpy finished(&taker, &ScreenshotTaker::screenshotFinished);
    taker.start();
    QVERIFY(finished.wait());
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY(finished.constFirst().at(1).toString().contains(QStringLiteral("/nonexistent/folder")));
}

void TestScreenshotTaker::rendersEveryTab()
{
    // Also leaves the pictures in the build tree, for people to look at.
    UiTestEngine engine;
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    window.show();
    window.addTorrent(UiTestData::hybridMetainfo());
    window.addTorrent(UiTestData::magnetMetainfo());
    window.selectTorrent(0);
    QTabWidget *tabs = window.detailsPane()->tabs();
    QList<QImage> pictures;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        const QImage picture = window.grab().toImage();
        QVERIFY(!picture.isNull());
        QVERIFY(picture.save(QStringLiteral(TI_TEST_BINARY_DIR "/tab-%1.png").arg(tab)));
        for (const QImage &earlier : std::as_const(pictures))
            QVERIFY2(picture != earlier, "two tabs look the same");
        pictures << picture;
    }
    window.selectTorrent(1);
    tabs->setCurrentIndex(TorrentDetailsPane::FilesTab);
    QVERIFY(window.grab().save(QStringLiteral(TI_TEST_BINARY_DIR "/magnet-files.png")));
}

void TestScreenshotTaker::commandLineWritesPng_data()
{
    QTest::addColumn<bool>("withTorrent");
    QTest::newRow("welcome page") << false;
    QTest::newRow("a torrent and a bad file") << true;
}

void TestScreenshotTaker::commandLineWritesPng()
{
    QFETCH(bool, withTorrent);
    const QString path = m_directory.filePath(QStringLiteral("cli-%1.png").arg(withTorrent));
    QStringList arguments{QStringLiteral("--screenshot"), path};
    if (withTorrent)
        arguments << m_torrent << m_directory.filePath(QStringLiteral("missing.torrent"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_directory.path());
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TI_TRACKER_INSPECTOR), arguments);
    QVERIFY(finished.wait(kProcessTimeout));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), MainWindow::kDefaultSize);
}

QTEST_MAIN(TestScreenshotTaker)
#include "tst_screenshottaker.moc"
