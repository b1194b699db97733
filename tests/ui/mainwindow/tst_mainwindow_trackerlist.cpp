// MainWindow: editing a torrent's tracker list in place, and saving a copy with the result.
#include "dialogs/addtrackersdialog.h"
#include "errortext.h"
#include "mainwindow/mainwindow.h"
#include "metainfo/torrentfilereader.h"
#include "peers/peerpanel.h"
#include "testscreenshot.h"
#include "testtorrents.h"
#include "torrents/torrentdetailspane.h"
#include "torrents/torrentlistmodel.h"
#include "trackers/trackerpanel.h"
#include "uitestdata.h"
#include "uitestengine.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

namespace {
const QString kFirst = QStringLiteral("http://127.0.0.1:6969/announce");
const QString kSecond = QStringLiteral("udp://127.0.0.1:7001/announce");
const QString kThird = QStringLiteral("udp://127.0.0.1:7002/announce");
const QString kNew = QStringLiteral("http://127.0.0.1:7003/announce?passkey=abc123");

} // namespace

class TestMainWindowTrackerList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editsTheListInPlace();
    void deleteRemovesTheTrackerNotTheTorrent();
    void refusesBadLinesUntilFixed_data();
    void refusesBadLinesUntilFixed();

private:
    AddTrackersDialog *openEditDialog(MainWindow &window);

    QTemporaryDir m_directory;
    QString m_torrent;
};

void TestMainWindowTrackerList::initTestCase()
{
    QVERIFY(m_directory.isValid());
    UiTestData::isolateSettings(m_directory);
    m_torrent = m_directory.filePath(QStringLiteral("edited.torrent"));
    QFile file(m_torrent);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TestTorrents::torrentFile(TestTorrents::tierPerTracker({kFirst, kSecond, kThird}),
                                         {.name = "Edited"}));
}

AddTrackersDialog *TestMainWindowTrackerList::openEditDialog(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("editTrackersAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    // The one just opened: an earlier one may still await its deferred deletion.
    const QList<AddTrackersDialog *> dialogs =
        window.findChildren<AddTrackersDialog *>(QStringLiteral("editTrackersDialog"));
    for (AddTrackersDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestMainWindowTrackerList::editsTheListInPlace()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    window.show();
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    window.openFile(m_torrent);
    QVERIFY(opened.wait());
    const quint64 id = window.torrentListModel()->torrentId(window.selectedTorrentRow());
    QTRY_VERIFY(engine.engine.isIdle());
    QCOMPARE(engine.script->announceCount(kSecond, AnnounceEvent::Started), 1);

    AddTrackersDialog *dialog = openEditDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), AddTrackersDialog::Mode::Edit);
    QCOMPARE(dialog->text(), kFirst + u"\n\n" + kSecond + u"\n\n" + kThird + u'\n');
    // Remove the second, move the third up into the first tier, add one as a new tier.
    dialog->setText(kThird + u'\n' + kFirst + u"\n\n" + kNew + u'\n');
    const auto *summary = dialog->findChild<QLabel *>(QStringLiteral("trackersSummary"));
    QCOMPARE(summary->text(), QStringLiteral("3 trackers in 2 tiers; 1 added, 1 removed, 1 moved "
                                             "to another tier."));
    TestScreenshot::keep(dialog, QStringLiteral("edit-tracker-list.png"));
    QSignalSpy removed(&engine.engine, &InspectionEngine::trackerRemoved);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(removed.count(), 1);

    // The second tracker hears `stopped` (on a later turn); the third kept its history; the new
    // one is asked.
    QTRY_COMPARE(engine.script->announceCount(kSecond, AnnounceEvent::Stopped), 1);
    const std::optional<TorrentSnapshot> torrent = engine.engine.torrent(id);
    QCOMPARE(torrent->trackers.size(), 3);
    const TrackerState &third = torrent->trackers[1];
    QCOMPARE(third.url.text(), kThird);
    QCOMPARE(third.tier, 0);
    QCOMPARE(third.statistics.announceCount(), 1);
    QTRY_COMPARE(engine.script->announceCount(kNew, AnnounceEvent::Started), 1);
    QCOMPARE(engine.script->announceCount(kThird, AnnounceEvent::Started), 1);
    QAbstractItemModel *table = window.detailsPane()->trackerView()->model();
    QTRY_COMPARE(table->rowCount(), 3);
    // The tree follows the tiers: the third tracker moved up into the first tier.
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows << table->index(row, 0).data().toString();
    QCOMPARE(rows, (QStringList{kFirst, kThird, kNew}));

    // Reopened, the dialog shows the list as it is now; a saved copy holds it too.
    dialog = openEditDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->text(), kFirst + u'\n' + kThird + u"\n\n" + kNew + u'\n');
    dialog->reject();
    const QString copy = m_directory.filePath(QStringLiteral("edited-copy.torrent"));
    QVERIFY(window.saveCopyTo(copy));
    const Expected<Metainfo> saved = TorrentFileReader::read(copy);
    QVERIFY2(saved, qPrintable(errorText(saved)));
    QList<QStringList> savedTiers;
    for (const QList<TrackerUrl> &tier : saved->trackerTiers) {
        savedTiers.append(QStringList());
        for (const TrackerUrl &url : tier)
            savedTiers.last().append(url.text());
    }
    QCOMPARE(savedTiers, (QList<QStringList>{{kFirst, kThird}, {kNew}}));
    QCOMPARE(saved->infoHashV1, TorrentFileReader::read(m_torrent)->infoHashV1);
}

// Delete acts on what has the focus: a tracker in the tracker table (said in the status bar, and
// undone with Ctrl+Z), the torrent in the torrent list.
void TestMainWindowTrackerList::deleteRemovesTheTrackerNotTheTorrent()
{
    UiTestEngine engine;
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    window.openFile(m_torrent);
    QVERIFY(opened.wait());
    const quint64 id = window.torrentListModel()->torrentId(window.selectedTorrentRow());
    QTreeView *trackers = window.detailsPane()->trackerView();
    QTRY_COMPARE(trackers->model()->rowCount(), 3);
    QTRY_VERIFY(engine.engine.isIdle()); // every tracker joined: a removal says `stopped`
    const auto urls = [&engine, id] {
        QStringList listed;
        const std::optional<TorrentSnapshot> torrent = engine.engine.torrent(id);
        for (const TrackerState &tracker : torrent->trackers)
            listed << tracker.url.text();
        return listed;
    };
    const auto *summary =
        window.detailsPane()->findChild<QLabel *>(QStringLiteral("torrentSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("3 trackers in 3 tiers")));
    trackers->setFocus();
    trackers->setCurrentIndex(trackers->model()->index(1, 0));
    QTest::keySequence(trackers, QKeySequence::Delete);
    QCOMPARE(window.torrentListModel()->torrentCount(), 1);
    QCOMPARE(urls(), (QStringList{kFirst, kThird}));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Removed " + kSecond),
             qPrintable(window.statusBar()->currentMessage()));
    QTRY_COMPARE(engine.script->announceCount(kSecond, AnnounceEvent::Stopped), 1);
    // The header counts follow the list.
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("2 trackers in 2 tiers")),
                 qPrintable(summary->text()));

    QTest::keySequence(trackers, QKeySequence::Undo);
    QCOMPARE(urls(), (QStringList{kFirst, kThird, kSecond}));
    // Back in its own tier (index 1), as the torrent's own tracker, and in tier order in the tree.
    const std::optional<TorrentSnapshot> restored = engine.engine.torrent(id);
    QCOMPARE(restored->trackerTiers().size(), 3);
    QCOMPARE(restored->trackerTiers()[1].constFirst().text(), kSecond);
    QVERIFY(!restored->trackers.last().addedByUser);
    QTRY_COMPARE(trackers->model()->rowCount(), 3);
    QStringList rows;
    for (int row = 0; row < trackers->model()->rowCount(); ++row)
        rows << trackers->model()->index(row, 0).data().toString();
    QCOMPARE(rows, (QStringList{kFirst, kSecond, kThird}));

    // An undo after a later edit would throw that edit away: it is refused.
    trackers->setCurrentIndex(trackers->model()->index(2, 0));
    QTest::keySequence(trackers, QKeySequence::Delete);
    QCOMPARE(urls(), (QStringList{kFirst, kSecond}));
    engine.engine.addTracker(id, TrackerUrl::parse(kNew), 3);
    QTest::keySequence(trackers, QKeySequence::Undo);
    QCOMPARE(urls(), (QStringList{kFirst, kSecond, kNew}));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("nothing to undo")));
    QTRY_VERIFY(summary->text().contains(QStringLiteral("3 trackers in 3 tiers")));

    // Ctrl+F goes to the filter of the tab in view.
    QTest::keySequence(&window, QKeySequence::Find);
    QCOMPARE(QApplication::focusWidget(), window.detailsPane()->trackerPanel()->filterEdit());
    window.detailsPane()->tabs()->setCurrentIndex(TorrentDetailsPane::PeersTab);
    QTest::keySequence(&window, QKeySequence::Find);
    QCOMPARE(QApplication::focusWidget(), window.detailsPane()->peerPanel()->filterEdit());

    window.torrentView()->setFocus();
    QTest::keySequence(window.torrentView(), QKeySequence::Delete);
    QCOMPARE(window.torrentListModel()->torrentCount(), 0);
    QVERIFY(!engine.engine.torrent(id));
}

void TestMainWindowTrackerList::refusesBadLinesUntilFixed_data()
{
    QTest::addColumn<QString>("badLine");
    QTest::addColumn<QString>("reason"); // part of the message
    QTest::newRow("no scheme") << QStringLiteral("tracker.example:6969/announce")
                               << QStringLiteral("Line 3:");
    QTest::newRow("unsupported scheme")
        << QStringLiteral("gopher://127.0.0.1/announce") << QStringLiteral("Line 3:");
}

void TestMainWindowTrackerList::refusesBadLinesUntilFixed()
{
    QFETCH(QString, badLine);
    QFETCH(QString, reason);
    UiTestEngine engine;
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    window.show();
    QSignalSpy opened(&window, &MainWindow::torrentOpened);
    window.openFile(m_torrent);
    QVERIFY(opened.wait());
    const quint64 id = window.torrentListModel()->torrentId(window.selectedTorrentRow());
    AddTrackersDialog *dialog = openEditDialog(window);
    QVERIFY(dialog);
    dialog->setText(kFirst + u"\n\n" + badLine + u'\n');
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    const auto *problems = dialog->findChild<QListWidget *>(QStringLiteral("trackerProblems"));
    QCOMPARE(problems->count(), 1);
    QVERIFY(problems->item(0)->text().startsWith(reason));
    QVERIFY(problems->item(0)->text().contains(badLine));
    TestScreenshot::keep(dialog, QStringLiteral("edit-tracker-list-error.png"));
    ok->click(); // refused: nothing changes
    QVERIFY(dialog->isVisible());
    QCOMPARE(engine.engine.torrent(id)->trackers.size(), 3);
    dialog->setText(kFirst + u'\n');
    QVERIFY(ok->isEnabled());
    ok->click();
    QCOMPARE(engine.engine.torrent(id)->trackers.size(), 1);
}

QTEST_MAIN(TestMainWindowTrackerList)
#include "tst_mainwindow_trackerlist.moc"
