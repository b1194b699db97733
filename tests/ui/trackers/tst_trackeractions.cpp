#include "testclock.h"
#include "testtorrents.h"
#include "trackerat.h"
#include "trackers/trackeractions.h"
#include "trackers/trackerpanel.h"
#include "trackers/trackertablemodel.h"
#include "uitestengine.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

namespace {
const QString kWorking = QStringLiteral("http://127.0.0.1:6969/announce");
const QString kRefused = QStringLiteral("udp://127.0.0.1:1");
const QString kTimingOut = QStringLiteral("udp://127.0.0.1:2");
const QString kAdded = QStringLiteral("udp://127.0.0.1:7000");
const QString kTls = QStringLiteral("https://127.0.0.1:8443/announce");
} // namespace

class TestTrackerActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void reannouncesSelected();
    void saysWhenTheSafetyFloorHoldsBack();
    void sendsEvents_data();
    void sendsEvents();
    void removesTrackersNotWorking();
    void removesSelected();
    void warnsBeforeEnablingExtraTrackerOnPrivateTorrent_data();
    void warnsBeforeEnablingExtraTrackerOnPrivateTorrent();
    void copiesUrls();
    void allowsCertificateErrorsPerTracker_data();
    void allowsCertificateErrorsPerTracker();
    void copiesUrlsWithPasskeysMasked_data();
    void copiesUrlsWithPasskeysMasked();

private:
    void open(bool isPrivate = false);
    void select(const QList<int> &trackerIndexes);

    std::unique_ptr<UiTestEngine> m_engine;
    std::unique_ptr<TrackerPanel> m_panel;
    std::unique_ptr<TrackerActions> m_actions;
    quint64 m_torrentId = 0;
    QStringList m_questions;
    bool m_answer = true;
};

void TestTrackerActions::init()
{
    m_engine = std::make_unique<UiTestEngine>();
    m_engine->script->setAnnounceResults(
        kRefused,
        {FakeTrackerScript::failed(ExchangeOutcome::ConnectionRefused, QStringLiteral("refused"))});
    m_engine->script->setAnnounceResults(
        kTimingOut,
        {FakeTrackerScript::failed(ExchangeOutcome::Timeout, QStringLiteral("no answer"))});
    m_panel = std::make_unique<TrackerPanel>(&m_engine->engine);
    m_actions = std::make_unique<TrackerActions>(&m_engine->engine, m_panel.get());
    m_questions.clear();
    m_answer = true;
    m_actions->setConfirmation([this](const QString &, const QString &question) {
        m_questions << question;
        return m_answer;
    });
}

void TestTrackerActions::open(bool isPrivate)
{
    m_torrentId = m_engine->engine.addTorrent(
        TestTorrents::metainfo(TestTorrents::tierPerTracker({kWorking, kRefused, kTimingOut}),
                               {.name = QStringLiteral("actions"), .isPrivate = isPrivate}),
        {{TrackerUrl::parse(kAdded)}});
    m_panel->setTorrent(m_torrentId);
    QTRY_VERIFY(m_engine->engine.isIdle());
}

void TestTrackerActions::select(const QList<int> &trackerIndexes)
{
    QTreeView *view = m_panel->view();
    view->selectionModel()->clearSelection();
    for (const int index : trackerIndexes)
        view->selectionModel()->select(view->model()->index(index, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestTrackerActions::reannouncesSelected()
{
    open();
    const int before = m_engine->script->announceCount(kWorking);
    const int otherBefore = m_engine->script->announceCount(kAdded);
    select({0});
    QVERIFY(m_actions->reannounceSelected()->isEnabled());
    m_engine->passSafetyFloor();
    m_actions->reannounceSelected()->trigger();
    QTRY_COMPARE(m_engine->script->announceCount(kWorking), before + 1);
    QCOMPARE(m_engine->script->announceCount(kAdded), otherBefore);
}

// F5 within the safety floor does not wait silently: the status bar says when it goes.
void TestTrackerActions::saysWhenTheSafetyFloorHoldsBack()
{
    open();
    QTRY_VERIFY(m_engine->engine.isIdle());
    select({0});
    QSignalSpy reported(m_actions.get(), &TrackerActions::reported);
    m_actions->reannounceSelected()->trigger();
    QCOMPARE(reported.count(), 1);
    const QString message = reported.constFirst().constFirst().toString();
    QVERIFY2(message.startsWith(QStringLiteral("Next announce allowed in ")), qPrintable(message));
    const int seconds = message.section(u' ', 4, 4).toInt();
    QVERIFY2(seconds > 0 && seconds <= m_engine->engine.settings().safetyFloorSeconds,
             qPrintable(message));
    m_engine->passSafetyFloor();
    reported.clear();
    m_actions->reannounceSelected()->trigger();
    QCOMPARE(reported.count(), 0); // goes at once: nothing to say
}

void TestTrackerActions::sendsEvents_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("event");
    QTest::newRow("completed") << 0 << int(AnnounceEvent::Completed);
    QTest::newRow("paused") << 1 << int(AnnounceEvent::Paused);
    QTest::newRow("stopped") << 2 << int(AnnounceEvent::Stopped);
}

void TestTrackerActions::sendsEvents()
{
    QFETCH(int, action);
    QFETCH(int, event);
    open();
    select({0});
    m_engine->passSafetyFloor();
    const QList<QAction *> actions{m_actions->sendCompleted(), m_actions->sendPaused(),
                                   m_actions->sendStopped()};
    actions.at(action)->trigger();
    QTRY_COMPARE(m_engine->script->announceCount(kWorking, AnnounceEvent(event)), 1);
}

void TestTrackerActions::removesTrackersNotWorking()
{
    open();
    QTRY_COMPARE(trackerAt(m_engine->engine, m_torrentId, 2)->status, TrackerStatus::Timeout);
    m_actions->removeNotWorking()->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.constFirst().contains(u'2'));
    QStringList left;
    const std::optional<TorrentSnapshot> torrent = m_engine->engine.torrent(m_torrentId);
    for (const TrackerState &tracker : torrent->trackers)
        left << tracker.url.text();
    QCOMPARE(left, (QStringList{kWorking, kAdded}));
    QCOMPARE(m_panel->model()->rowCount(), 2);
}

void TestTrackerActions::removesSelected()
{
    open();
    select({0, 2});
    m_actions->removeSelected()->trigger();
    QCOMPARE(m_engine->engine.torrent(m_torrentId)->trackers.size(), 2);
    QCOMPARE(trackerAt(m_engine->engine, m_torrentId, 0)->url.text(), kRefused);
    QCOMPARE(m_panel->model()->rowCount(), 2);
    // The working tracker had us in its swarm: it is told we left (through the engine's queue,
    // on a later turn). The other never had.
    QTRY_COMPARE(m_engine->script->announceCount(kWorking, AnnounceEvent::Stopped), 1);
    QCOMPARE(m_engine->script->announceCount(kTimingOut, AnnounceEvent::Stopped), 0);
}

void TestTrackerActions::warnsBeforeEnablingExtraTrackerOnPrivateTorrent_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("declined") << false;
    QTest::newRow("accepted") << true;
}

void TestTrackerActions::warnsBeforeEnablingExtraTrackerOnPrivateTorrent()
{
    QFETCH(bool, answer);
    m_answer = answer;
    open(true);
    // The engine's guard keeps the tracker the user added quiet on a private torrent.
    QVERIFY(trackerAt(m_engine->engine, m_torrentId, 3)->disabled);
    QCOMPARE(m_engine->script->announceCount(kAdded), 0);
    select({3});
    m_actions->toggleEnabled()->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.constFirst().contains(kAdded));
    QCOMPARE(trackerAt(m_engine->engine, m_torrentId, 3)->disabled, !answer);
    if (answer)
        QTRY_COMPARE(m_engine->script->announceCount(kAdded), 1);
}

void TestTrackerActions::allowsCertificateErrorsPerTracker_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("declined") << false;
    QTest::newRow("accepted") << true;
}

void TestTrackerActions::allowsCertificateErrorsPerTracker()
{
    QFETCH(bool, answer);
    m_answer = answer;
    m_torrentId = m_engine->engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({kWorking, kTls}), {.name = QStringLiteral("certificates")}));
    m_panel->setTorrent(m_torrentId);
    QTRY_VERIFY(m_engine->engine.isIdle());
    QAction *action = m_actions->allowCertificateErrors();
    select({0});
    QVERIFY(!action->isEnabled()); // plain HTTP has no certificate
    select({1});
    QVERIFY(action->isEnabled());
    QVERIFY(!action->isChecked());
    m_engine->script->announces.clear();
    action->trigger();
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(trackerAt(m_engine->engine, m_torrentId, 1)->ignoresCertificateErrors, answer);
    QCOMPARE(action->isChecked(), answer);
    QVERIFY(!trackerAt(m_engine->engine, m_torrentId, 0)->ignoresCertificateErrors);
    if (!answer)
        return;
    // Asked again (once past the safety floor); the request carries the choice.
    TestClock *clock = testClockOf(m_engine->engine);
    clock->freeze(clock->nowMs());
    clock->advance(60'000);
    QTRY_VERIFY(!m_engine->script->announces.isEmpty());
    QVERIFY(m_engine->script->announces.constLast().request.ignoreCertificateErrors);
    QCOMPARE(m_engine->script->announces.constLast().request.trackerUrl.toString(), kTls);
    action->trigger(); // unchecking asks nothing
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(!trackerAt(m_engine->engine, m_torrentId, 1)->ignoresCertificateErrors);
    QVERIFY(!action->isChecked());
}

void TestTrackerActions::copiesUrls()
{
    open();
    select({2, 0});
    QGuiApplication::clipboard()->clear();
    m_actions->copyUrls()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), kWorking + u'\n' + kTimingOut);
}

void TestTrackerActions::copiesUrlsWithPasskeysMasked_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("secret"); // empty: nothing to hide
    QTest::addColumn<QString>("masked");
    QTest::newRow("passkey parameter")
        << QStringLiteral("http://127.0.0.1:6969/announce?passkey=0f1e2d3c4b5a69788796a5b4c3d2e1f0")
        << QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0")
        << QStringLiteral("http://127.0.0.1:6969/announce?passkey=REDACTED");
    QTest::newRow("key in the path")
        << QStringLiteral("http://127.0.0.1:6969/a8f3k29dk3l1m5n7q9r2/announce")
        << QStringLiteral("a8f3k29dk3l1m5n7q9r2")
        << QStringLiteral("http://127.0.0.1:6969/REDACTED/announce");
    QTest::newRow("nothing secret") << QStringLiteral("udp://127.0.0.1:6970/announce") << QString()
                                    << QStringLiteral("udp://127.0.0.1:6970/announce");
}

void TestTrackerActions::copiesUrlsWithPasskeysMasked()
{
    QFETCH(QString, url);
    QFETCH(QString, secret);
    QFETCH(QString, masked);
    open();
    m_engine->engine.addTracker(m_torrentId, TrackerUrl::parse(url), 2);
    const int count = int(m_engine->engine.torrent(m_torrentId)->trackers.size());
    QAbstractItemModel *rows = m_panel->view()->model();
    QTRY_COMPARE(rows->rowCount(), count);
    int index = -1; // rows are in tier order: find the added one by its URL
    for (int row = 0; row < count; ++row)
        index = rows->index(row, 0).data().toString() == url ? row : index;
    QVERIFY(index > 0);
    select({0, index});
    // Both copies are in the tracker table's context menu.
    const QList<QAction *> menu = m_panel->view()->actions();
    QVERIFY(menu.contains(m_actions->copyUrls()));
    QVERIFY(menu.contains(m_actions->copyMaskedUrls()));
    QVERIFY(m_actions->copyMaskedUrls()->isEnabled());

    QGuiApplication::clipboard()->clear();
    m_actions->copyMaskedUrls()->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, kWorking + u'\n' + masked);
    if (!secret.isEmpty())
        QVERIFY(!copied.contains(secret));

    // "Copy URLs" stays exact: the passkey is what the user asked for.
    m_actions->copyUrls()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), kWorking + u'\n' + url);
}

QTEST_MAIN(TestTrackerActions)
#include "tst_trackeractions.moc"
