// MainWindow: Check Tracker List…, a list shown beside the torrents, and Copy/Save Working
// Trackers by address family, against scripted fake trackers.
#include "dialogs/trackerlistdialog.h"
#include "mainwindow/mainwindow.h"
#include "testscreenshot.h"
#include "torrents/torrentdetailspane.h"
#include "torrents/torrentlistmodel.h"
#include "trackers/trackeractions.h"
#include "trackers/workingtrackeractions.h"
#include "uitestdata.h"
#include "uitestengine.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

namespace {
// Answers from both families, from IPv4 only, from IPv6 only, over HTTP by host name (family
// unknown), and the first again under another spelling of its URL.
const QString kDual = QStringLiteral("udp://dual.example:7001/announce");
const QString kFour = QStringLiteral("udp://four.example:7002/announce");
const QString kSix = QStringLiteral("udp://six.example:7003/announce");
const QString kWeb = QStringLiteral("http://web.example/announce");
const QString kDualAlias = QStringLiteral("udp://dual.example:7001");
const QString kHash = QStringLiteral("00112233445566778899aabbccddeeff00112233");
const QHostAddress kIPv4(QStringLiteral("127.0.0.1"));
const QHostAddress kIPv6(QStringLiteral("::1"));

QStringList sortedLines(const QString &text)
{
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}
} // namespace

class TestMainWindowCheckList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checksAPastedListBesideTheTorrents();
    void copiesAndSavesWorkingTrackersByFamily();
    void opensATextFileAsAList();

private:
    static void scriptTrackers(UiTestEngine &engine);
    static int checkList(MainWindow &window, const QString &text);

    QTemporaryDir m_directory;
};

void TestMainWindowCheckList::initTestCase()
{
    QVERIFY(m_directory.isValid());
    UiTestData::isolateSettings(m_directory);
}

void TestMainWindowCheckList::scriptTrackers(UiTestEngine &engine)
{
    using Script = FakeTrackerScript;
    engine.script->setAnnounceResults(kDual,
                                      {Script::working(kIPv4, 1800), Script::working(kIPv6, 1800)});
    engine.script->setAnnounceResults(
        kFour, {Script::working(kIPv4, 1800), Script::failed(ExchangeOutcome::ConnectionRefused,
                                                             QStringLiteral("refused"), kIPv6)});
    engine.script->setAnnounceResults(kSix, {Script::working(kIPv6, 1800)});
    engine.script->setAnnounceResults(kWeb, {Script::working(QHostAddress(), 1800)});
}

// Opens Check Tracker List…, types the list and the info hash, presses Check; the list's row.
int TestMainWindowCheckList::checkList(MainWindow &window, const QString &text)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("checkTrackerListAction"));
    if (!action)
        return -1;
    action->trigger();
    auto *dialog = window.findChild<TrackerListDialog *>(QStringLiteral("trackerListDialog"));
    if (!dialog)
        return -1;
    dialog->setText(text);
    dialog->setInfoHashText(kHash);
    TestScreenshot::keep(dialog, QStringLiteral("check-tracker-list-dialog.png"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    return window.selectedTorrentRow();
}

void TestMainWindowCheckList::checksAPastedListBesideTheTorrents()
{
    UiTestEngine engine;
    scriptTrackers(engine);
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    window.show();
    const int row = checkList(window, QStringList{kDual, kFour, QString(), kSix}.join(u'\n'));
    QVERIFY(row >= 0);
    TorrentListModel *model = window.torrentListModel();
    QCOMPARE(model->torrentCount(), 1);
    QVERIFY(model->metainfo(row).isTrackerList);
    QCOMPARE(model->index(row, TorrentListModel::NameColumn).data().toString(),
             QStringLiteral("Tracker list (3 trackers)"));
    QCOMPARE(model->index(row, TorrentListModel::SizeColumn).data().toString(),
             QStringLiteral("tracker list"));
    QCOMPARE(model->index(row, TorrentListModel::InfoHashColumn).data().toString(), kHash);
    // Every tracker is announced with the list's own hash.
    QTRY_COMPARE(model->index(row, TorrentListModel::TrackersColumn).data().toString(),
                 QStringLiteral("3 / 3"));
    for (const FakeTrackerScript::AnnounceCall &call : std::as_const(engine.script->announces))
        QCOMPARE(call.request.infoHash.toHex(), kHash.toLatin1());
    QVERIFY(window.detailsPane()
                ->findChild<QLabel *>(QStringLiteral("torrentSummary"))
                ->text()
                .startsWith(QStringLiteral("tracker list")));
    QVERIFY(!window.detailsPane()->tabs()->isTabEnabled(TorrentDetailsPane::FilesTab));
    TestScreenshot::keep(&window, QStringLiteral("tracker-list.png"));
}

void TestMainWindowCheckList::copiesAndSavesWorkingTrackersByFamily()
{
    UiTestEngine engine;
    scriptTrackers(engine);
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    window.show();
    QVERIFY(checkList(window, QStringList{kDual, kFour, kSix, kWeb, kDualAlias}.join(u'\n')) >= 0);
    const int row = window.selectedTorrentRow();
    QTRY_COMPARE(
        window.torrentListModel()->index(row, TorrentListModel::TrackersColumn).data().toString(),
        QStringLiteral("5 / 5"));
    WorkingTrackerActions *working = window.trackerActions()->workingTrackerActions();
    // In the Trackers menu and the tracker table's context menu.
    QVERIFY(window.detailsPane()->trackerView()->actions().contains(working->copyMenuAction()));
    const QList<QAction *> choices = working->copyMenuAction()->menu()->actions();
    QCOMPARE(choices.size(), 3);
    const auto copied = [&](const QString &objectName) {
        for (QAction *action : choices) {
            if (action->objectName() == objectName)
                action->trigger();
        }
        return sortedLines(QGuiApplication::clipboard()->text());
    };
    // The alias is the dual tracker again: listed once.
    QCOMPARE(copied(QStringLiteral("copyWorkingTrackersBoth")),
             (QStringList{kWeb, kDual, kFour, kSix})); // sorted
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Copied 4 working trackers, best first."));
    QCOMPARE(copied(QStringLiteral("copyWorkingTrackersIPv4")), (QStringList{kDual, kFour}));
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Copied 2 working IPv4 trackers, best first."));
    QCOMPARE(copied(QStringLiteral("copyWorkingTrackersIPv6")), (QStringList{kDual, kSix}));

    const QString path = m_directory.filePath(QStringLiteral("ipv6.txt"));
    QVERIFY(working->saveWorkingTrackersTo(path, WorkingTrackerActions::FamilyChoice::IPv6Only));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(sortedLines(QString::fromUtf8(saved.readAll())), (QStringList{kDual, kSix}));
    QVERIFY(window.statusBar()->currentMessage().startsWith(
        QStringLiteral("Saved 2 working IPv6 trackers to")));

    // The tooltip of a tracker's URL says which families work and under which URLs it is listed.
    QAbstractItemModel *trackers = window.detailsPane()->trackerView()->model();
    QStringList tips;
    for (int tracker = 0; tracker < trackers->rowCount(); ++tracker)
        tips << trackers->index(tracker, 0).data(Qt::ToolTipRole).toString();
    QTextDocument document; // the tooltip is rich text, with non-breaking spaces
    document.setHtml(tips.join(QStringLiteral("<br>")));
    const QString all = document.toPlainText().replace(QChar::Nbsp, u' ');
    QVERIFY2(all.contains(QStringLiteral("Works over IPv4 and IPv6.")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Works over IPv4; fails over IPv6.")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Also listed as %1").arg(kDualAlias)), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("which family answered is not known")), qPrintable(all));
}

void TestMainWindowCheckList::opensATextFileAsAList()
{
    const QString path = m_directory.filePath(QStringLiteral("best.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("# best\n%1\n%2\n").arg(kDual, kSix).toUtf8());
    file.close();
    UiTestEngine engine;
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    window.openSources({path});
    QCOMPARE(window.torrentListModel()->torrentCount(), 1);
    const Metainfo &list = window.torrentListModel()->metainfo(0);
    QVERIFY(list.isTrackerList);
    QCOMPARE(list.name, QStringLiteral("best.txt"));
    QCOMPARE(list.trackerCount(), 2);
    QCOMPARE(list.infoHashV1.size(), 20);
}

QTEST_MAIN(TestMainWindowCheckList)
#include "tst_mainwindow_checklist.moc"
