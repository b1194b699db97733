// Announce With…: one announce with the values a person chose, through the real HTTP client to a
// fake tracker that records each request; its reply updates the tracker as any announce's does,
// and the regular schedule goes on as if it had not been sent.
#include "engine/inspectionengine.h"
#include "engine/networktrackerclientfactory.h"
#include "fakehostresolver.h"
#include "fakehttptracker.h"
#include "testtime.h"
#include "testtorrents.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kInfoHash = QByteArray::fromHex("414e4e4f554e4345574954480000000000000001");
const QByteArray kChosenPeerId = "-qB4630-chosenpeerid";
// The dictionary model (compact=0): peer ids come with the peers.
const QByteArray kDictionaryReply =
    "d8:intervali1800e5:peersld2:ip9:192.0.2.77:peer id20:-TR4050-abcdefghijkl4:porti51413eeee";
const QByteArray kCompactReply = "d8:intervali1800e5:peers0:e";

const TestTorrents::TorrentOptions kTorrent{
    .name = QStringLiteral("announce with"), .infoHashV1 = kInfoHash, .totalSize = 1 << 20};

QList<FakeHttpTracker::Request> requestsTo(const FakeHttpTracker &tracker, const QByteArray &path)
{
    QList<FakeHttpTracker::Request> found;
    for (const FakeHttpTracker::Request &request : tracker.requests()) {
        if (request.path() == path)
            found.append(request);
    }
    return found;
}

AnnounceOverrides chosenValues()
{
    AnnounceOverrides overrides;
    overrides.event = AnnounceEvent::Completed;
    overrides.uploaded = 123'456;
    overrides.downloaded = 654'321;
    overrides.left = 0;
    overrides.peerId = kChosenPeerId;
    overrides.compact = false;
    overrides.extraParameters = {{"passkey", "s3cret value"}};
    overrides.userAgent = QByteArray("Chosen-Agent/1.0");
    return overrides;
}
} // namespace

class TestInspectionEngineAnnounceWith : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsTheChosenValuesOnce();
    void keepsTheRegularSchedule();
    void logsTheValuesSentAndAppliesTheReply();
    void aSilentTrackerTimesOutAndTheScheduleStays();
    void reachesEveryTrackerOfTheTorrent();
    void saysWhatAProtocolCannotCarry();
    void judgesTheReplyByTheIdentitySent();

private:
    quint64 startTorrent(const QStringList &urls);

    std::unique_ptr<FakeHttpTracker> m_tracker;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeHostResolver> m_resolver;
    std::unique_ptr<InspectionEngine> m_engine;
};

void TestInspectionEngineAnnounceWith::init()
{
    m_tracker = std::make_unique<FakeHttpTracker>();
    QVERIFY(m_tracker->start());
    m_tracker->setHandler([](const FakeHttpTracker::Request &request) {
        return FakeHttpTracker::Response::bencoded(
            request.queryValue("compact") == "0" ? kDictionaryReply : kCompactReply);
    });
    m_network = std::make_unique<QNetworkAccessManager>();
    m_resolver = std::make_unique<FakeHostResolver>();
    m_engine = std::make_unique<InspectionEngine>(
        std::make_unique<NetworkTrackerClientFactory>(m_network.get(), m_resolver.get()));
    EngineSettings settings;
    settings.changeSignalDelayMs = 0;
    m_engine->setSettings(settings);
}

void TestInspectionEngineAnnounceWith::cleanup()
{
    m_engine.reset();
    m_tracker.reset();
}

quint64 TestInspectionEngineAnnounceWith::startTorrent(const QStringList &urls)
{
    QSignalSpy idle(m_engine.get(), &InspectionEngine::becameIdle);
    const quint64 id = m_engine->addTorrent(TestTorrents::metainfo({urls}, kTorrent));
    if (!idle.wait(kFakeTrackerRoundWaitMs))
        return 0;
    return id;
}

void TestInspectionEngineAnnounceWith::sendsTheChosenValuesOnce()
{
    const quint64 id = startTorrent({m_tracker->url().toString()});
    QVERIFY(id != 0);
    QCOMPARE(requestsTo(*m_tracker, "/announce").size(), 1);
    const TrackerId trackerId = m_engine->torrent(id)->trackers.constFirst().id;
    QCOMPARE(m_engine->announceWith(id, trackerId, chosenValues()), 1);
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(*m_tracker, "/announce").size(), 2,
                              kFakeTrackerRoundWaitMs);
    const FakeHttpTracker::Request sent = requestsTo(*m_tracker, "/announce").constLast();
    QCOMPARE(sent.queryValue("event"), "completed");
    QCOMPARE(sent.queryValue("uploaded"), "123456");
    QCOMPARE(sent.queryValue("downloaded"), "654321");
    QCOMPARE(sent.queryValue("left"), "0");
    QCOMPARE(sent.queryValue("peer_id"), kChosenPeerId);
    QCOMPARE(sent.queryValue("compact"), "0");
    QCOMPARE(sent.queryValue("passkey"), "s3cret value");
    QCOMPARE(sent.queryValue("info_hash"), kInfoHash);
    QCOMPARE(sent.header("User-Agent"), "Chosen-Agent/1.0");
    // The regular announce before it carried our own values.
    const FakeHttpTracker::Request regular = requestsTo(*m_tracker, "/announce").constFirst();
    QCOMPARE(regular.queryValue("peer_id"), m_engine->peerId());
    QCOMPARE(regular.queryValue("compact"), "1");
    QVERIFY(regular.queryValue("passkey").isEmpty());
    // A scrape follows it, for the counts after it.
    QTRY_VERIFY_WITH_TIMEOUT(!requestsTo(*m_tracker, "/scrape").isEmpty(), kFakeTrackerRoundWaitMs);
}

void TestInspectionEngineAnnounceWith::keepsTheRegularSchedule()
{
    const quint64 id = startTorrent({m_tracker->url().toString()});
    QVERIFY(id != 0);
    const TrackerState before = m_engine->torrent(id)->trackers.constFirst();
    const AnnounceSlot slotBefore = before.announceSlots.constFirst();
    QVERIFY(slotBefore.registered);
    QCOMPARE(slotBefore.nextEvent, AnnounceEvent::None);
    AnnounceOverrides stopped;
    stopped.event = AnnounceEvent::Stopped;
    QSignalSpy idle(m_engine.get(), &InspectionEngine::becameIdle);
    QCOMPARE(m_engine->announceWith(id, before.id, stopped), 1);
    QVERIFY(idle.wait(kFakeTrackerRoundWaitMs));
    QCOMPARE(requestsTo(*m_tracker, "/announce").constLast().queryValue("event"), "stopped");
    const AnnounceSlot slotAfter =
        m_engine->torrent(id)->trackers.constFirst().announceSlots.constFirst();
    // A chosen `stopped` leaves the schedule as it was: still joined, the same next announce.
    QVERIFY(slotAfter.registered);
    QCOMPARE(slotAfter.nextEvent, AnnounceEvent::None);
    QCOMPARE(slotAfter.nextAnnounceMs, slotBefore.nextAnnounceMs);
    QVERIFY(!slotAfter.busy);
}

void TestInspectionEngineAnnounceWith::logsTheValuesSentAndAppliesTheReply()
{
    const quint64 id = startTorrent({m_tracker->url().toString()});
    QVERIFY(id != 0);
    const TrackerId trackerId = m_engine->torrent(id)->trackers.constFirst().id;
    QSignalSpy idle(m_engine.get(), &InspectionEngine::becameIdle);
    m_engine->announceWith(id, trackerId, chosenValues());
    QVERIFY(idle.wait(kFakeTrackerRoundWaitMs));
    const TrackerState tracker = *m_engine->tracker(id, trackerId);
    const auto chosen = std::find_if(tracker.exchangeLog.cbegin(), tracker.exchangeLog.cend(),
                                     [](const ExchangeLogEntry &entry) {
                                         return entry.kind == ExchangeLogEntry::Kind::Announce &&
                                                entry.event == AnnounceEvent::Completed;
                                     });
    QVERIFY(chosen != tracker.exchangeLog.cend());
    QVERIFY2(chosen->summary.contains(u"uploaded=123456"), qPrintable(chosen->summary));
    QVERIFY(chosen->summary.contains(u"peer_id=-qB4630-chosenpeerid"));
    QVERIFY(chosen->summary.contains(u"passkey=s3cret value"));
    QVERIFY(!chosen->summary.contains(u"Not sent")); // HTTP carries everything
    QVERIFY(chosen->record.requestDescription.contains(u"compact=0"));
    QCOMPARE(chosen->verdict, TrackerStatus::Working);
    // The dictionary reply's peer came with its id: the peer list shows its client.
    const PeerRegistry *peers = m_engine->peers(id);
    QCOMPARE(peers->count(), 1);
    QCOMPARE(peers->records().front().peer.peerId, QByteArray("-TR4050-abcdefghijkl"));
}

// With a chosen peer id, the peer that comes back under that id is ourselves, not a peer: the
// reply is judged by what was sent, not by the settings' identity.
void TestInspectionEngineAnnounceWith::judgesTheReplyByTheIdentitySent()
{
    const quint64 id = startTorrent({m_tracker->url().toString()});
    QVERIFY(id != 0);
    m_tracker->setHandler([](const FakeHttpTracker::Request &) {
        return FakeHttpTracker::Response::bencoded(
            "d8:intervali1800e5:peersld2:ip9:192.0.2.87:peer id20:" + kChosenPeerId +
            "4:porti40000eeee");
    });
    const TrackerId trackerId = m_engine->torrent(id)->trackers.constFirst().id;
    AnnounceOverrides overrides;
    overrides.peerId = kChosenPeerId;
    overrides.compact = false;
    QSignalSpy idle(m_engine.get(), &InspectionEngine::becameIdle);
    m_engine->announceWith(id, trackerId, overrides);
    QVERIFY(idle.wait(kFakeTrackerRoundWaitMs));
    QCOMPARE(m_engine->peers(id)->count(), 0);
}

void TestInspectionEngineAnnounceWith::aSilentTrackerTimesOutAndTheScheduleStays()
{
    const quint64 id = startTorrent({m_tracker->url().toString()});
    QVERIFY(id != 0);
    EngineSettings settings = m_engine->settings();
    settings.requestTimeoutMs = 1500;
    m_engine->setSettings(settings);
    m_tracker->setHandler([](const FakeHttpTracker::Request &) {
        FakeHttpTracker::Response response = FakeHttpTracker::Response::bencoded(kCompactReply);
        response.neverReply = true;
        return response;
    });
    const TrackerState before = m_engine->torrent(id)->trackers.constFirst();
    AnnounceOverrides overrides;
    overrides.event = AnnounceEvent::Completed;
    QSignalSpy idle(m_engine.get(), &InspectionEngine::becameIdle);
    m_engine->announceWith(id, before.id, overrides);
    QVERIFY(idle.wait(kFakeTrackerRoundWaitMs));
    const TrackerState after = m_engine->torrent(id)->trackers.constFirst();
    QCOMPARE(after.status, TrackerStatus::Timeout); // its verdict is the tracker's, as any's
    const ExchangeLogEntry &logged = after.exchangeLog.constLast();
    QCOMPARE(logged.event, AnnounceEvent::Completed);
    QCOMPARE(logged.outcome, ExchangeOutcome::Timeout);
    QVERIFY(logged.summary.startsWith(u"Announce with event=completed"));
    const AnnounceSlot &slot = after.announceSlots.constFirst();
    QVERIFY(slot.registered);
    QCOMPARE(slot.consecutiveFailures, 0);
    QCOMPARE(slot.nextAnnounceMs, before.announceSlots.constFirst().nextAnnounceMs);
}

void TestInspectionEngineAnnounceWith::reachesEveryTrackerOfTheTorrent()
{
    const QString first = m_tracker->url().toString();
    const QString second = m_tracker->url(u"/announce?tracker=2"_s).toString();
    const quint64 id = startTorrent({first, second});
    QVERIFY(id != 0);
    QCOMPARE(requestsTo(*m_tracker, "/announce").size(), 2);
    AnnounceOverrides overrides;
    overrides.numwant = 3;
    QCOMPARE(m_engine->announceWith(id, TrackerId(), overrides), 2);
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(*m_tracker, "/announce").size(), 4,
                              kFakeTrackerRoundWaitMs);
    const auto announces = requestsTo(*m_tracker, "/announce");
    QCOMPARE(announces.at(2).queryValue("numwant"), "3");
    QCOMPARE(announces.at(3).queryValue("numwant"), "3");
}

void TestInspectionEngineAnnounceWith::saysWhatAProtocolCannotCarry()
{
    // Asked before anything is sent: the answer depends on the protocol alone.
    const quint64 id = m_engine->addTorrent(
        TestTorrents::metainfo({{m_tracker->url().toString(), u"udp://127.0.0.1:1"_s}}, kTorrent));
    const QList<TrackerState> trackers = m_engine->torrent(id)->trackers;
    QVERIFY(m_engine->unsentOverrides(id, trackers.at(0).id, chosenValues()).isEmpty());
    const QStringList udp = m_engine->unsentOverrides(id, trackers.at(1).id, chosenValues());
    QCOMPARE(udp.size(), 3); // user agent, compact=0, extra parameters only as URL data
    QVERIFY(m_engine->unsentOverrides(id, TrackerId(), chosenValues()).isEmpty());
}

QTEST_GUILESS_MAIN(TestInspectionEngineAnnounceWith)
#include "tst_inspectionengine_announcewith.moc"
