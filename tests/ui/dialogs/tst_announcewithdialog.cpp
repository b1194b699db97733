// Announce With…: the dialog checks each field as it is typed, says what a protocol cannot carry
// before anything is sent, and what it sends reaches the tracker and the exchange log.
#include "dialogs/announcewithdialog.h"
#include "engine/inspectionengine.h"
#include "engine/networktrackerclientfactory.h"
#include "fakehostresolver.h"
#include "fakehttptracker.h"
#include "testtime.h"
#include "testtorrents.h"
#include "trackers/exchangelogmodel.h"
#include "trackers/trackeractions.h"
#include "trackers/trackerdetailswidget.h"
#include "trackers/trackerpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kInfoHash = QByteArray::fromHex("414e4e4f554e4345574954484449414c4f470001");
const QByteArray kReply = "d8:intervali1800e5:peers0:e";

template<typename T>
T *field(const QWidget &dialog, const char *name)
{
    return dialog.findChild<T *>(QString::fromLatin1(name));
}

QPushButton *okButton(const QWidget &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}
} // namespace

class TestAnnounceWithDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksFieldsAsTheyAreTyped();
    void saysWhatCannotBeSent();
    void sendsTheValuesAndLogsThem();
};

void TestAnnounceWithDialog::checksFieldsAsTheyAreTyped()
{
    AnnounceWithDialog dialog;
    QVERIFY(okButton(dialog)->isEnabled()); // nothing set: the usual values, once
    QTest::keyClicks(field<QLineEdit>(dialog, "peerIdEdit"),
                     u"-qB4630-much-too-long-for-a-peer-id"_s);
    QTest::keyClicks(field<QLineEdit>(dialog, "uploadedEdit"), u"-5"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(dialog.problems().size(), 2);
    const QLabel *problems = field<QLabel>(dialog, "announceProblems");
    QVERIFY(problems->text().contains(u"peer id"));
    QVERIFY(problems->text().contains(u"uploaded"));
    field<QLineEdit>(dialog, "peerIdEdit")->setText(u"-qB4630-"_s); // a prefix, padded
    field<QLineEdit>(dialog, "uploadedEdit")->setText(u"1024"_s);
    field<QPlainTextEdit>(dialog, "parametersEdit")->setPlainText(u"passkey=abc\nbroken"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(problems->text().contains(u"line 2"));
    field<QPlainTextEdit>(dialog, "parametersEdit")->setPlainText(u"passkey=abc"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    const AnnounceOverrides overrides = dialog.overrides();
    QCOMPARE(overrides.peerId->size(), 20);
    QVERIFY(overrides.peerId->startsWith("-qB4630-"));
    QCOMPARE(*overrides.uploaded, 1024);
    QCOMPARE(overrides.extraParameters.size(), 1);
    QVERIFY(!overrides.downloaded);
}

void TestAnnounceWithDialog::saysWhatCannotBeSent()
{
    AnnounceWithDialog dialog;
    dialog.setUnsentLister([](const AnnounceOverrides &overrides) {
        return overrides.userAgent ? QStringList{u"UDP: no headers"_s} : QStringList();
    });
    const QLabel *unsent = field<QLabel>(dialog, "announceUnsent");
    QVERIFY(dialog.unsentText().isEmpty());
    QTest::keyClicks(field<QLineEdit>(dialog, "userAgentEdit"), u"Agent/1"_s);
    QVERIFY(unsent->text().contains(u"UDP: no headers"));
    QVERIFY(okButton(dialog)->isEnabled()); // said, not refused
}

void TestAnnounceWithDialog::sendsTheValuesAndLogsThem()
{
    FakeHttpTracker tracker;
    QVERIFY(tracker.start());
    tracker.setHandler([](const FakeHttpTracker::Request &) {
        return FakeHttpTracker::Response::bencoded(kReply);
    });
    QNetworkAccessManager network;
    FakeHostResolver resolver;
    InspectionEngine engine(std::make_unique<NetworkTrackerClientFactory>(&network, &resolver));
    EngineSettings settings;
    settings.changeSignalDelayMs = 0;
    engine.setSettings(settings);
    QWidget window;
    auto *panel = new TrackerPanel(&engine, &window);
    TrackerActions actions(&engine, panel);
    QSignalSpy idle(&engine, &InspectionEngine::becameIdle);
    const quint64 torrentId = engine.addTorrent(TestTorrents::metainfo(
        {{tracker.url().toString(), u"udp://127.0.0.1:1"_s}},
        {.name = u"dialog"_s, .infoHashV1 = kInfoHash, .totalSize = 1 << 20}));
    panel->setTorrent(torrentId);
    actions.updateEnabled();
    QVERIFY(actions.announceWith()->isEnabled());
    QVERIFY(actions.actions().contains(actions.announceWith())); // menus and context menu
    const TrackerId httpId = engine.torrent(torrentId)->trackers.constFirst().id;
    panel->selectTracker(httpId);
    QCOMPARE(panel->selectedTrackerIds(), QList<TrackerId>{httpId});

    actions.announceWith()->trigger();
    auto *dialog = window.findChild<AnnounceWithDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *event = field<QComboBox>(*dialog, "eventCombo");
    event->setCurrentIndex(event->findText(u"completed"_s));
    QTest::keyClicks(field<QLineEdit>(*dialog, "uploadedEdit"), u"4096"_s);
    QTest::keyClicks(field<QLineEdit>(*dialog, "leftEdit"), u"0"_s);
    QTest::keyClicks(field<QLineEdit>(*dialog, "peerIdEdit"), u"-DE13F0-dialogpeerid"_s);
    QTest::keyClicks(field<QLineEdit>(*dialog, "userAgentEdit"), u"Dialog-Agent/2"_s);
    field<QPlainTextEdit>(*dialog, "parametersEdit")->setPlainText(u"debug=yes please"_s);
    QVERIFY(dialog->unsentText().isEmpty()); // HTTP carries everything
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(tracker.requests().cbegin(), tracker.requests().cend(),
                                         [](const FakeHttpTracker::Request &request) {
                                             return request.queryValue("event") == "completed";
                                         }),
                             kFakeTrackerRoundWaitMs);
    const auto sent = std::find_if(tracker.requests().cbegin(), tracker.requests().cend(),
                                   [](const FakeHttpTracker::Request &request) {
                                       return request.queryValue("event") == "completed";
                                   });
    QCOMPARE(sent->queryValue("uploaded"), "4096");
    QCOMPARE(sent->queryValue("left"), "0");
    QCOMPARE(sent->queryValue("peer_id"), "-DE13F0-dialogpeerid");
    QCOMPARE(sent->queryValue("debug"), "yes please");
    QCOMPARE(sent->header("User-Agent"), "Dialog-Agent/2");

    // The exchange log shows the announce with the values sent.
    ExchangeLogModel *log = panel->details()->logModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        [log] {
            for (int row = 0; row < log->rowCount(); ++row) {
                const QString summary =
                    log->index(row, ExchangeLogModel::SummaryColumn).data().toString();
                if (summary.contains(u"uploaded=4096") && summary.contains(u"debug=yes please") &&
                    summary.contains(u"peer_id=-DE13F0-dialogpeerid"))
                    return true;
            }
            return false;
        }(),
        kFakeTrackerRoundWaitMs);
}

QTEST_MAIN(TestAnnounceWithDialog)
#include "tst_announcewithdialog.moc"
