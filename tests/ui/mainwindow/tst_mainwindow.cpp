#include "dialogs/addtrackersdialog.h"
#include "dialogs/magnetdialog.h"
#include "dialogs/settingsdialog.h"
#include "engine/enginesettingsstore.h"
#include "errortext.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/messagearea.h"
#include "mainwindow/messagebanner.h"
#include "metainfo/torrentfilereader.h"
#include "torrents/torrentdetailspane.h"
#include "torrents/torrentlistmodel.h"
#include "trackerat.h"
#include "uitestdata.h"
#include "uitestengine.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUrl>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensCommandLineArguments();
    void opensFileAndRemembersIt();
    void firstStartTakesMostOfTheScreen();
    void opensFileFromDialog();
    void opensMagnetFromDialog();
    void opensDrops_data();
    void opensDrops();
    void refusesDropsWithNothingToOpen();
    void pastesWithShortcut_data();
    void pastesWithShortcut();
    void showsLoadErrorsInWindow_data();
    void showsLoadErrorsInWindow();
    void keepsOneRowPerTorrent();
    void offersTheTrackersOfADuplicate();
    void closesTorrents();
    void showsTorrentTextAsPlainText();
    void showsWarningsProminently();
    void copiesTrackerUrls();
    void addsTrackersFromDialog();
    void appliesSettingsFromDialog();
    void remembersColumnLayout();
    void leavesSettingsAloneWhenAskedTo();
    void savesCopyWithCurrentTrackers();
    void exportsReport_data();
    void exportsReport();

private:
    QTemporaryDir m_directory;
    QString m_firstTorrent;
    QString m_secondTorrent;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_directory.isValid());
    UiTestData::isolateSettings(m_directory);
    m_firstTorrent =
        UiTestData::writeTorrent(m_directory, QStringLiteral("first.torrent"), "First");
    m_secondTorrent =
        UiTestData::writeTorrent(m_directory, QStringLiteral("second.torrent"), "Second");
    QVERIFY(!m_firstTorrent.isEmpty() && !m_secondTorrent.isEmpty());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::opensCommandLineArguments()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    window.openSources({m_firstTorrent, UiTestData::magnetLink(), m_secondTorrent});
    QCOMPARE(window.pendingLoadCount(), 3);
    QTRY_COMPARE(window.pendingLoadCount(), 0);
    QCOMPARE(window.messageArea()->messages(), QStringList());
    QCOMPARE(window.torrentListModel()->torrentCount(), 3);
    // Rows follow the arguments, whichever load finished first (the magnet needs no file).
    QCOMPARE(window.torrentListModel()->metainfo(0).name, QStringLiteral("First"));
    QCOMPARE(window.torrentListModel()->metainfo(1).name, QStringLiteral("Magnet test"));
    QCOMPARE(window.torrentListModel()->metainfo(2).name, QStringLiteral("Second"));
    // The first argument is the one shown.
    const int selected = window.selectedTorrentRow();
    QVERIFY(selected >= 0);
    QCOMPARE(window.torrentListModel()->metainfo(selected).name, QStringLiteral("First"));
    QCOMPARE(window.detailsPane()->title(), QStringLiteral("First"));
    QVERIFY(window.detailsPane()->isVisible());
}

void TestMainWindow::opensFileAndRemembersIt()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    window.openFile(m_secondTorrent);
    QVERIFY(opened.wait());
    QCOMPARE(window.torrentListModel()->metainfo(0).name, QStringLiteral("Second"));
    QCOMPARE(window.recentFiles(), QStringList{m_secondTorrent});
    MainWindow nextSession(&engine.engine);
    QCOMPARE(nextSession.recentFiles(), QStringList{m_secondTorrent});
}

// Nothing saved yet: the window takes most of the screen, not a fixed size; then what the user
// made of it is kept.
void TestMainWindow::firstStartTakesMostOfTheScreen()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    QVERIFY(window.screen());
    const QSize available = window.screen()->availableGeometry().size();
    const QSize expected = (QSizeF(available) * MainWindow::kFirstStartScreenShare)
                               .toSize()
                               .expandedTo(window.minimumSizeHint());
    QCOMPARE(window.size(), expected);
}

void TestMainWindow::opensFileFromDialog()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    window.showOpenFileDialog();
    auto *dialog = window.findChild<QFileDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectFile(m_firstTorrent);
    static_cast<QDialog *>(dialog)->accept(); // as the Open button does
    QVERIFY(opened.wait());
    QCOMPARE(window.torrentListModel()->metainfo(0).name, QStringLiteral("First"));
    QCOMPARE(window.recentFiles(), QStringList{m_firstTorrent});
}

void TestMainWindow::opensMagnetFromDialog()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    window.showMagnetDialog();
    auto *dialog = window.findChild<MagnetDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->setText(UiTestData::magnetLink());
    dialog->accept();
    QVERIFY(opened.wait());
    const Metainfo &metainfo = window.torrentListModel()->metainfo(0);
    QCOMPARE(metainfo.version, MetainfoVersion::MagnetOnly);
    QCOMPARE(metainfo.name, QStringLiteral("Magnet test"));
    QVERIFY(window.recentFiles().isEmpty()); // magnets are not files
}

void TestMainWindow::opensDrops_data()
{
    QTest::addColumn<bool>("asUrl");
    QTest::addColumn<bool>("magnet");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("torrent file") << true << false << QStringLiteral("First");
    QTest::newRow("magnet text") << false << true << QStringLiteral("Magnet test");
    QTest::newRow("magnet url") << true << true << QStringLiteral("Magnet test");
}

void TestMainWindow::opensDrops()
{
    QFETCH(bool, asUrl);
    QFETCH(bool, magnet);
    QFETCH(QString, expectedName);
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    QMimeData data;
    if (asUrl)
        data.setUrls(
            {magnet ? QUrl(UiTestData::magnetLink()) : QUrl::fromLocalFile(m_firstTorrent)});
    else
        data.setText(UiTestData::magnetLink());
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(opened.wait());
    QCOMPARE(window.torrentListModel()->metainfo(0).name, expectedName);
}

void TestMainWindow::refusesDropsWithNothingToOpen()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    QMimeData data;
    data.setText(QStringLiteral("just words"));
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(!enter.isAccepted());
}

void TestMainWindow::pastesWithShortcut_data()
{
    QTest::addColumn<bool>("magnet");
    QTest::newRow("magnet") << true;
    QTest::newRow("copied file") << false;
}

void TestMainWindow::pastesWithShortcut()
{
    QFETCH(bool, magnet);
    auto *data = new QMimeData;
    if (magnet)
        data->setText(UiTestData::magnetLink());
    else
        data->setUrls({QUrl::fromLocalFile(m_secondTorrent)});
    QGuiApplication::clipboard()->setMimeData(data);
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    window.activateWindow(); // no window manager activates it under Xvfb
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    QTest::keySequence(&window, QKeySequence::Paste);
    QVERIFY(opened.wait());
    QCOMPARE(window.torrentListModel()->metainfo(0).name,
             magnet ? QStringLiteral("Magnet test") : QStringLiteral("Second"));
}

void TestMainWindow::showsLoadErrorsInWindow_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("named");
    const QString missing = QStringLiteral("/nonexistent/missing.torrent");
    QTest::newRow("missing file") << missing << missing;
    QTest::newRow("bad magnet") << QStringLiteral("magnet:?xt=urn:btih:nothex")
                                << QStringLiteral("magnet:?xt=urn:btih:nothex");
}

void TestMainWindow::showsLoadErrorsInWindow()
{
    QFETCH(QString, source);
    QFETCH(QString, named);
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.openSource(source);
    QVERIFY(failed.wait());
    QCOMPARE(window.torrentListModel()->torrentCount(), 0);
    const QStringList messages = window.messageArea()->messages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.constFirst().contains(named), qPrintable(messages.constFirst()));
    QVERIFY(messages.constFirst().contains(failed.constFirst().at(1).toString()));
    QVERIFY(window.messageArea()->isVisible());
    QVERIFY(window.statusBar()->currentMessage().contains(named));
    // Errors pile up to a bound, and each can be dismissed.
    for (int extra = 0; extra < MessageArea::kMaximumMessages + 2; ++extra)
        window.messageArea()->showError(QStringLiteral("error %1").arg(extra));
    QCOMPARE(window.messageArea()->messageCount(), MessageArea::kMaximumMessages);
    window.messageArea()->findChild<MessageBanner *>()->closeClicked();
    QCOMPARE(window.messageArea()->messageCount(), MessageArea::kMaximumMessages - 1);
}

void TestMainWindow::keepsOneRowPerTorrent()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.openSources({m_firstTorrent, m_secondTorrent, m_firstTorrent});
    QTRY_COMPARE(window.pendingLoadCount(), 0);
    QCOMPARE(window.torrentListModel()->torrentCount(), 2);
}

// The same torrent again, as a magnet with a tracker the open one lacks: not merged silently, not
// dropped silently, but offered; taking the offer adds the tracker.
void TestMainWindow::offersTheTrackersOfADuplicate()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.openSource(UiTestData::magnetLink());
    QTRY_COMPARE(window.torrentListModel()->torrentCount(), 1);
    window.openSource(UiTestData::magnetLink());
    QTRY_COMPARE(window.pendingLoadCount(), 0);
    QVERIFY(window.messageArea()->messages().isEmpty());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("already open")),
             qPrintable(window.statusBar()->currentMessage()));

    const QString extra = QStringLiteral("http://127.0.0.1:1/announce");
    window.openSource(UiTestData::magnetLink() + QStringLiteral("&tr=") +
                      QString::fromLatin1(QUrl::toPercentEncoding(extra)));
    QTRY_COMPARE(window.pendingLoadCount(), 0);
    QCOMPARE(window.torrentListModel()->torrentCount(), 1);
    const QStringList messages = window.messageArea()->messages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.constFirst().contains(extra), qPrintable(messages.constFirst()));
    const quint64 torrentId = window.torrentListModel()->torrentId(0);
    QCOMPARE(engine.engine.torrent(torrentId)->trackers.size(), 1);

    Q_EMIT window.messageArea()->findChild<MessageBanner *>()->actionTriggered();
    const std::optional<TorrentSnapshot> torrent = engine.engine.torrent(torrentId);
    QCOMPARE(torrent->trackers.size(), 2);
    QCOMPARE(torrent->trackers.constLast().url.text(), extra);
    QCOMPARE(torrent->trackers.constLast().tier, 1);
    QTRY_VERIFY(window.messageArea()->messages().isEmpty());
}

void TestMainWindow::closesTorrents()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    window.openSources({m_firstTorrent, m_secondTorrent});
    QTRY_COMPARE(window.pendingLoadCount(), 0);
    // Opening hands each torrent to the engine, which announces `started` at once.
    const QString url = QStringLiteral("http://127.0.0.1:6969/announce");
    QCOMPARE(engine.engine.torrentIds().size(), 2);
    QTRY_COMPARE(engine.script->announceCount(url, AnnounceEvent::Started), 2);
    QTRY_VERIFY(engine.engine.isIdle());
    window.closeSelectedTorrents();
    QCOMPARE(engine.engine.torrentIds().size(), 1);
    QTRY_COMPARE(engine.script->announceCount(url, AnnounceEvent::Stopped), 1);
    QCOMPARE(window.torrentListModel()->torrentCount(), 1);
    QCOMPARE(window.selectedTorrentRow(), 0); // the other one is shown
    QCOMPARE(window.detailsPane()->title(), QStringLiteral("Second"));
    window.closeSelectedTorrents();
    QCOMPARE(window.torrentListModel()->torrentCount(), 0);
    QVERIFY(!window.detailsPane()->isVisible()); // back to the welcome page
}

void TestMainWindow::showsTorrentTextAsPlainText()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    const Metainfo metainfo = UiTestData::hybridMetainfo();
    window.addTorrent(metainfo);
    window.selectTorrent(0);
    auto *title = window.detailsPane()->findChild<QLabel *>(QStringLiteral("torrentTitle"));
    QVERIFY(title);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QCOMPARE(title->text(), metainfo.name);
    QVERIFY(window.windowTitle().startsWith(metainfo.name));
}

void TestMainWindow::showsWarningsProminently()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    Metainfo clean = UiTestData::hybridMetainfo();
    clean.warnings.clear();
    clean.infoHashV1 = QByteArray(20, 'c');
    window.addTorrent(UiTestData::hybridMetainfo());
    window.addTorrent(clean);
    window.selectTorrent(0);
    TorrentDetailsPane *pane = window.detailsPane();
    QVERIFY(pane->warningBanner()->isVisible());
    QVERIFY(pane->warningBanner()->text().contains(UiTestData::hybridMetainfo().warnings.first()));
    QCOMPARE(pane->warningModel()->rowCount(), 2);
    QCOMPARE(pane->tabs()->tabText(TorrentDetailsPane::WarningsTab),
             QStringLiteral("Warnings (2)"));
    pane->warningBanner()->actionTriggered();
    QCOMPARE(pane->tabs()->currentIndex(), int(TorrentDetailsPane::WarningsTab));
    window.selectTorrent(1);
    QVERIFY(!pane->warningBanner()->isVisible());
    QCOMPARE(pane->warningModel()->rowCount(), 0);
}

void TestMainWindow::copiesTrackerUrls()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    window.selectTorrent(window.addTorrent(UiTestData::hybridMetainfo()));
    QTreeView *view = window.detailsPane()->trackerView();
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 4);
    view->selectionModel()->clearSelection();
    for (const int row : {3, 1})
        view->selectionModel()->select(model->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->setFocus();
    window.activateWindow(); // no window manager activates it under Xvfb
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text().split(u'\n'),
             (QStringList{QStringLiteral("udp://127.0.0.1:6969"),
                          QStringLiteral("gopher://127.0.0.1/announce")}));
}

void TestMainWindow::addsTrackersFromDialog()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    window.selectTorrent(window.addTorrent(UiTestData::magnetMetainfo()));
    window.showAddTrackersDialog();
    auto *dialog = window.findChild<AddTrackersDialog *>();
    QVERIFY(dialog);
    dialog->setText(QStringLiteral("udp://127.0.0.1:7001\n\nudp://127.0.0.1:7002\n"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    const quint64 id = window.torrentListModel()->torrentId(0);
    QCOMPARE(engine.engine.torrent(id)->trackers.size(), 3);
    QCOMPARE(trackerAt(engine.engine, id, 1)->tier, 1);
    QCOMPARE(trackerAt(engine.engine, id, 2)->tier, 2);
    QTRY_COMPARE(window.detailsPane()->trackerView()->model()->rowCount(), 3);
    QTRY_COMPARE(engine.script->announceCount(QStringLiteral("udp://127.0.0.1:7002")), 1);
}

void TestMainWindow::appliesSettingsFromDialog()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    window.showSettingsDialog();
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    EngineSettings wanted = engine.engine.settings();
    wanted.requestTimeoutMs = 7000;
    dialog->setSettings(wanted);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(engine.engine.settings().requestTimeoutMs, 7000);
    QCOMPARE(EngineSettingsStore::load(QSettings()).requestTimeoutMs, 7000);
}

void TestMainWindow::remembersColumnLayout()
{
    const int kWidth = 333;
    {
        UiTestEngine engine;
        MainWindow window(&engine.engine);
        window.show();
        window.detailsPane()->trackerView()->header()->resizeSection(0, kWidth);
        window.torrentView()->header()->setSectionHidden(TorrentListModel::SizeColumn, true);
        window.resize(1000, 700);
        window.close();
    }
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    QCOMPARE(window.detailsPane()->trackerView()->header()->sectionSize(0), kWidth);
    QVERIFY(window.torrentView()->header()->isSectionHidden(TorrentListModel::SizeColumn));
    QCOMPARE(window.size(), QSize(1000, 700));
}

void TestMainWindow::leavesSettingsAloneWhenAskedTo()
{
    {
        UiTestEngine engine;
        MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
        window.show();
        QSignalSpy opened(&window, &MainWindow::torrentOpened);
        window.openFile(m_firstTorrent);
        QVERIFY(opened.wait());
        window.close();
    }
    QCOMPARE(QSettings().allKeys(), QStringList());
    UiTestEngine engine;
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    QCOMPARE(window.size(), MainWindow::kDefaultSize);
}

void TestMainWindow::savesCopyWithCurrentTrackers()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    window.openFile(m_firstTorrent);
    QVERIFY(opened.wait());
    const quint64 id = window.torrentListModel()->torrentId(window.selectedTorrentRow());
    const TrackerUrl added = TrackerUrl::parse(QStringLiteral("udp://127.0.0.1:6999/announce"));
    engine.engine.addTracker(id, added, 5);

    const QString copy = m_directory.filePath(QStringLiteral("copy.torrent"));
    QVERIFY(window.saveCopyTo(copy));
    const Expected<Metainfo> original = TorrentFileReader::read(m_firstTorrent);
    const Expected<Metainfo> saved = TorrentFileReader::read(copy);
    QVERIFY2(saved, qPrintable(errorText(saved)));
    // The info dictionary is untouched: same hash. The added tracker is in the copy.
    QCOMPARE(saved->infoHashV1, original->infoHashV1);
    QCOMPARE(saved->trackerCount(), original->trackerCount() + 1);
    QCOMPARE(saved->trackerTiers.last().first().text(), added.text());

    // A folder that does not exist: said in the window, nothing written.
    const QString nowhere = m_directory.filePath(QStringLiteral("missing/copy.torrent"));
    QVERIFY(!window.saveCopyTo(nowhere));
    QVERIFY(!QFile::exists(nowhere));
    QVERIFY(window.messageArea()->messages().constLast().startsWith(
        QStringLiteral("Could not save the copy")));
}

void TestMainWindow::exportsReport_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("isJson");
    QTest::newRow("json") << QStringLiteral("report.json") << true;
    QTest::newRow("csv") << QStringLiteral("report.csv") << false;
}

void TestMainWindow::exportsReport()
{
    QFETCH(QString, fileName);
    QFETCH(bool, isJson);
    UiTestEngine engine;
    MainWindow window(&engine.engine);
    window.show();
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    window.openFile(m_firstTorrent);
    QVERIFY(opened.wait());
    const QString path = m_directory.filePath(fileName);
    ExportReportDialog::Choice choice;
    choice.maskSecrets = true;
    QVERIFY(window.exportReportTo(path, choice));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    if (isJson) {
        const QJsonObject report = QJsonDocument::fromJson(data).object();
        QCOMPARE(report.value(QStringLiteral("torrent")).toObject().value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("First")));
        QVERIFY(report.value(QStringLiteral("export"))
                    .toObject()
                    .value(QStringLiteral("secrets_masked"))
                    .toBool());
    } else {
        // A header row, then one row per tracker of the torrent.
        const QList<QByteArray> lines = data.trimmed().split('\n');
        QVERIFY2(lines.constFirst().startsWith("url,tier,protocol,status,"), data.constData());
        QCOMPARE(lines.size(),
                 1 + engine.engine
                         .torrent(window.torrentListModel()->torrentId(window.selectedTorrentRow()))
                         ->trackers.size());
    }
    QVERIFY(window.statusBar()->currentMessage().contains(path));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
