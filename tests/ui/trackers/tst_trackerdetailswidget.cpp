#include "testtorrents.h"
#include "tracker/udp/udptrackerpacket.h"
#include "trackerat.h"
#include "trackers/exchangelogmodel.h"
#include "trackers/historyplot.h"
#include "trackers/trackerdetailswidget.h"
#include "uitestengine.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

namespace {
const QString kUdpTracker = QStringLiteral("udp://127.0.0.1:6969/announce");

// A UDP answer as the client keeps it: the packets sent and received, and two peers.
AnnounceResult udpAnswer()
{
    AnnounceResult result =
        FakeTrackerScript::working(QHostAddress(QHostAddress::LocalHost), 1800, -1,
                                   {FakeTrackerScript::peer(QStringLiteral("10.0.0.1"), 6881),
                                    FakeTrackerScript::peer(QStringLiteral("10.0.0.2"), 6882)});
    AnnounceRequest request;
    request.trackerUrl = QUrl(kUdpTracker);
    request.infoHash = QByteArray(20, '\x11');
    request.peerId = QByteArray(20, 'p');
    result.exchange.rawRequest = UdpTrackerPacket::announceRequest(1, 0x0badcafe, request);
    result.exchange.rawReply = QByteArray::fromHex("00000001"
                                                   "0badcafe"
                                                   "00000708"
                                                   "00000001"
                                                   "00000002"
                                                   "0a0000011ae1"
                                                   "0a0000021ae2");
    result.exchange.connectedMs = 2;
    return result;
}
} // namespace

class TestTrackerDetailsWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheSelectedExchangeInEveryTab();
    void historyAndFindingsHaveTabsOfTheirOwn();
    void showsTheWholeMessage();
};

void TestTrackerDetailsWidget::showsTheSelectedExchangeInEveryTab()
{
    UiTestEngine engine;
    engine.script->setAnnounceResults(kUdpTracker, {udpAnswer()});
    const quint64 id = engine.engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({kUdpTracker}), {.name = QStringLiteral("udp")}));
    TrackerDetailsWidget details(&engine.engine);
    details.resize(1000, 400);
    details.show();
    QTRY_VERIFY(engine.engine.isIdle());
    details.setTracker(id, trackerIdAt(engine.engine, id, 0));
    QVERIFY(details.logModel()->rowCount() >= 1);
    int announceRow = -1;
    for (int row = 0; row < details.logModel()->rowCount() && announceRow < 0; ++row)
        announceRow =
            details.logModel()->entry(row)->kind == ExchangeLogEntry::Kind::Announce ? row : -1;
    QVERIFY(announceRow >= 0);
    details.logView()->setCurrentIndex(details.logView()->model()->index(announceRow, 0));
    // Request & timings: the fields the packet carried, not a description alone.
    const QString request = details.requestView()->toPlainText();
    QVERIFY2(request.contains(QStringLiteral("info_hash")), qPrintable(request));
    QVERIFY(request.contains(QStringLiteral("11").repeated(20)));
    QVERIFY(request.contains(QStringLiteral("transaction_id")));
    QVERIFY(request.contains(QStringLiteral("connected")));
    // Reply: peers as ip:port, in view without a click (the first level is open).
    const QList<QStandardItem *> peers =
        details.replyModel()->findItems(QStringLiteral("peers"), Qt::MatchExactly, 0);
    QCOMPARE(peers.size(), 1);
    QCOMPARE(peers.constFirst()->child(1, 1)->text(), QStringLiteral("10.0.0.2:6882"));
    QVERIFY(details.replyView()->isExpanded(peers.constFirst()->index()));
    QVERIFY(!details.hexView()->toPlainText().isEmpty());
}

void TestTrackerDetailsWidget::historyAndFindingsHaveTabsOfTheirOwn()
{
    UiTestEngine engine;
    AnnounceResult hurried = udpAnswer();
    hurried.interval = 5; // a finding: far below any usual interval
    engine.script->setAnnounceResults(kUdpTracker, {hurried});
    const quint64 id = engine.engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({kUdpTracker}), {.name = QStringLiteral("findings")}));
    TrackerDetailsWidget details(&engine.engine);
    QTRY_VERIFY(engine.engine.isIdle());
    details.setTracker(id, trackerIdAt(engine.engine, id, 0));
    QTabWidget *tabs = details.sectionTabs();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->widget(1), details.plot());
    QCOMPARE(tabs->widget(2), details.findingsView());
    const int findings = details.findingsView()->count();
    QVERIFY(findings >= 1);
    QCOMPARE(tabs->tabText(2), QStringLiteral("Findings (%1)").arg(findings));
    QVERIFY(!tabs->tabIcon(2).isNull());
    QCOMPARE(details.plot()->lines().size(), 1);
}

// The table's message column cuts long reasons off; the details say them in full, wrapped.
void TestTrackerDetailsWidget::showsTheWholeMessage()
{
    UiTestEngine engine;
    const QString reason = QStringLiteral(
        "localhost:8443 refused the connection: nothing listens on that port, or a firewall "
        "rejects it; check the tracker's address and that its server is running");
    engine.script->setAnnounceResults(
        kUdpTracker, {FakeTrackerScript::failed(ExchangeOutcome::ConnectionRefused, reason,
                                                QHostAddress(QHostAddress::LocalHost))});
    const quint64 id = engine.engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({kUdpTracker}), {.name = QStringLiteral("refused")}));
    TrackerDetailsWidget details(&engine.engine);
    details.resize(400, 300);
    details.show();
    details.setTracker(id, trackerIdAt(engine.engine, id, 0));
    auto *title = details.findChild<QLabel *>(QStringLiteral("trackerDetailsTitle"));
    QVERIFY(title);
    QTRY_VERIFY2(title->text().contains(reason), qPrintable(title->text()));
    QVERIFY(title->text().startsWith(kUdpTracker + u'\n'));
    QVERIFY(title->wordWrap());
    QCOMPARE(title->textFormat(), Qt::PlainText);
    // The same in sentences beside it, for people who do not read status codes.
    auto *sentences = details.findChild<QLabel *>(QStringLiteral("trackerSentences"));
    QVERIFY(sentences);
    QTRY_VERIFY2(sentences->text().startsWith(
                     QStringLiteral("The last announce just now failed: ") + reason),
                 qPrintable(sentences->text()));
    QCOMPARE(sentences->textFormat(), Qt::PlainText);
}
QTEST_MAIN(TestTrackerDetailsWidget)
#include "tst_trackerdetailswidget.moc"
