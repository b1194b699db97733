// TrackerStateUpdater: what each of its functions does to a TrackerState, without an engine.
#include "engine/announcepolicy.h"
#include "engine/trackerstateupdater.h"

#include <QTest>
#include <algorithm>

namespace {
constexpr qint64 kNowMs = 1'000'000;
constexpr int kLogCapacity = 64;
constexpr quint16 kPort = 6969;
const QString kUrl = QStringLiteral("udp://tracker.example:6969/announce");
const QString kNoAnswer = QStringLiteral("No answer within 15 s.");

QHostAddress firstAddress()
{
    return QHostAddress(QStringLiteral("192.0.2.1"));
}

QHostAddress secondAddress()
{
    return QHostAddress(QStringLiteral("2001:db8::1"));
}

// A tracker as the engine makes it: one announce slot per hash (v1, then v2 for a hybrid).
TrackerState trackerAt(const QString &url, bool hybrid = false)
{
    TrackerState tracker;
    tracker.url = TrackerUrl::parse(url);
    for (InfoHashVersion version : {InfoHashVersion::V1, InfoHashVersion::V2}) {
        if (version == InfoHashVersion::V2 && !hybrid)
            break;
        AnnounceSlot slot;
        slot.hashVersion = version;
        tracker.announceSlots.append(slot);
    }
    TrackerStateUpdater::summarise(tracker);
    return tracker;
}

// A valid reply from address: interval 1800 s (min 900 s), 5 seeders, 7 leechers, 40 ms.
AnnounceResult answerFrom(const QHostAddress &address, quint16 port = kPort)
{
    AnnounceResult result;
    result.interval = 1800;
    result.minInterval = 900;
    result.seeders = 5;
    result.leechers = 7;
    result.compactPeers = true;
    result.exchange.peerAddress = address;
    result.exchange.peerPort = port;
    result.exchange.finishedMs = 40;
    return result;
}

AnnounceResult failureFrom(ExchangeOutcome outcome, const QString &errorMessage,
                           const QHostAddress &address = QHostAddress(), quint16 port = kPort)
{
    AnnounceResult result;
    result.outcome = outcome;
    result.errorMessage = errorMessage;
    result.exchange.peerAddress = address;
    result.exchange.peerPort = address.isNull() ? 0 : port;
    result.exchange.finishedMs = 60;
    return result;
}

// Slot 0 sends event and these results come back, as the engine drives a request.
// Returns the request's record, as the engine keeps it until the request ends.
AnnounceFlight announce(TrackerState &tracker, const QList<AnnounceResult> &results,
                        AnnounceEvent event = AnnounceEvent::Started, qint64 nowMs = kNowMs)
{
    AnnounceFlight flight = TrackerStateUpdater::beginAnnounce(tracker, 0, event, nowMs);
    for (const AnnounceResult &result : results)
        TrackerStateUpdater::applyAnnounceResult(tracker, 0, flight, result, {}, nowMs,
                                                 kLogCapacity);
    return flight;
}

// Back-off base + base·(percent/100)·failures²: 120 s after one failure, 300 s after two.
AnnouncePolicy testPolicy()
{
    EngineSettings settings;
    settings.safetyFloorSeconds = 30;
    settings.backoffBaseSeconds = 60;
    settings.backoffPercent = 100;
    settings.backoffCapSeconds = 3600;
    return AnnouncePolicy(settings);
}

ScrapeEntry scrapeEntry(qint64 seeders, qint64 leechers, qint64 completed)
{
    ScrapeEntry entry;
    entry.present = true;
    entry.seeders = seeders;
    entry.leechers = leechers;
    entry.completed = completed;
    entry.downloaders = 1;
    return entry;
}

ExchangeLogEntry logEntry(const QString &summary)
{
    ExchangeLogEntry entry;
    entry.summary = summary;
    return entry;
}

bool hasFinding(const TrackerState &tracker, const QString &code)
{
    return std::any_of(tracker.findings.cbegin(), tracker.findings.cend(),
                       [&code](const Finding &finding) { return finding.code == code; });
}
} // namespace

class TestTrackerStateUpdater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void beginMarksTheSlotsEndpointsUpdating();
    void beginOfStoppedKeepsTheVerdict();
    void firstAnnounceShowsUpdating();

    void answerFillsTheEndpoint();
    void endpointStatusAndMessage_data();
    void endpointStatusAndMessage();
    void failureKeepsTheLastFigures();
    void endpointsAreTheAddressesThatAnswered();
    void endpointWithoutPortTakesTheUrlsPort();
    void failureBeforeAnyAddressHoldsForEveryEndpoint();
    void failureBeforeAnyAddressLeavesAPlaceholder();
    void retryHintsAreKeptForThePlan();
    void replyToStoppedIsOnlyLogged();
    void findingsOfTheReplyAreMerged();
    void statisticsRecordEveryAnswer();

    void finishDropsEndpointsThatGaveNoResult();
    void finishKeepsEndpointsWhenNoneAnswered();
    void finishPlansTheShortestIntervalAfterSuccess();
    void finishBacksOffAfterFailures();
    void finishFollowsTheTrackersRetryHint();
    void finishPlansNothingWithoutKeepAnnouncing();
    void finishOfStoppedLeavesTheSwarm();

    void timeoutWithoutAnswersTimesOutEveryEndpoint();
    void timeoutSparesEndpointsThatAnswered();
    void timeoutOfStoppedIsOnlyLogged();

    void scrapeGivesTheTorrentsFigures();
    void scrapeWithoutTheTorrentWarns();
    void endpointCountsNoPeerOfOurOwn();
    void scrapeLogRowsSayWhatTheReplySaid();
    void scrapeFailureShowsTheReason();
    void scrapeFailureKeepsAnEarlierSuccess();
    void scrapeOfAHybridsV2HashHasItsOwnFigures();
    void scrapeFindingsConcernOnlyThisTorrent();

    void exchangeLogKeepsTheNewestEntries();
    void summaryOfADisabledTracker();
    void summaryOfAnUnsupportedUrl();
    void summaryTakesTheBestEndpointsMessage();
    void summaryWithoutEndpointsIsTheScrape();
    void describesAnnounces_data();
    void describesAnnounces();
};

void TestTrackerStateUpdater::beginMarksTheSlotsEndpointsUpdating()
{
    TrackerState tracker = trackerAt(kUrl, true);
    announce(tracker, {answerFrom(firstAddress())});
    AnnounceFlight flight =
        TrackerStateUpdater::beginAnnounce(tracker, 1, AnnounceEvent::Started, kNowMs);
    TrackerStateUpdater::applyAnnounceResult(tracker, 1, flight, answerFrom(firstAddress()), {},
                                             kNowMs, kLogCapacity);
    QCOMPARE(tracker.endpoints.size(), 2); // one per hash

    AnnounceSlot &slot = tracker.announceSlots[0];
    flight = TrackerStateUpdater::beginAnnounce(tracker, 0, AnnounceEvent::None, kNowMs + 5000);
    QCOMPARE(slot.busy, true);
    QCOMPARE(flight.event, AnnounceEvent::None);
    QCOMPARE(flight.startedMs, kNowMs + 5000);
    QCOMPARE(slot.lastAnnounceMs, kNowMs + 5000);
    QCOMPARE(flight.succeeded, false);
    QCOMPARE(flight.retryInMinutes, -1);
    QCOMPARE(tracker.endpoints[0].status, TrackerStatus::Updating);
    QCOMPARE(tracker.endpoints[0].answeredThisRound, false);
    // The v2 hash's endpoint is another slot's: untouched, and it still makes the tracker work.
    QCOMPARE(tracker.endpoints[1].status, TrackerStatus::Working);
    QCOMPARE(tracker.endpoints[1].answeredThisRound, true);
    QCOMPARE(tracker.status, TrackerStatus::Working);
}

void TestTrackerStateUpdater::beginOfStoppedKeepsTheVerdict()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceResult warning = answerFrom(firstAddress());
    warning.warningMessage = QStringLiteral("slow down");
    announce(tracker, {warning});
    AnnounceFlight flight =
        TrackerStateUpdater::beginAnnounce(tracker, 0, AnnounceEvent::Stopped, kNowMs + 1000);
    QCOMPARE(flight.event, AnnounceEvent::Stopped);
    QCOMPARE(tracker.endpoints[0].status, TrackerStatus::Warning);
    QCOMPARE(tracker.status, TrackerStatus::Warning);
    QCOMPARE(tracker.message, QStringLiteral("slow down"));
}

void TestTrackerStateUpdater::firstAnnounceShowsUpdating()
{
    TrackerState tracker = trackerAt(kUrl);
    QCOMPARE(tracker.status, TrackerStatus::NotContacted);
    TrackerStateUpdater::beginAnnounce(tracker, 0, AnnounceEvent::Started, kNowMs);
    QCOMPARE(tracker.status, TrackerStatus::Updating);
    QVERIFY(tracker.endpoints.isEmpty()); // nothing is known of its addresses yet
}

void TestTrackerStateUpdater::answerFillsTheEndpoint()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceResult answer = answerFrom(firstAddress());
    answer.downloaded = 20;
    answer.peers = {TrackerPeer{QHostAddress(QStringLiteral("203.0.113.5")), 6881, {}},
                    TrackerPeer{QHostAddress(QStringLiteral("203.0.113.6")), 6882, {}}};
    answer.trackerId = "tracker id";
    answer.externalIp = QHostAddress(QStringLiteral("198.51.100.7"));
    AnnounceFlight flight =
        TrackerStateUpdater::beginAnnounce(tracker, 0, AnnounceEvent::Started, kNowMs);
    const int index = TrackerStateUpdater::applyAnnounceResult(tracker, 0, flight, answer, {},
                                                               kNowMs, kLogCapacity);
    QCOMPARE(index, 0);
    QCOMPARE(tracker.endpoints.size(), 1);
    const TrackerEndpointState &endpoint = tracker.endpoints[0];
    QCOMPARE(endpoint.address, firstAddress());
    QCOMPARE(endpoint.port, kPort);
    QCOMPARE(endpoint.hashVersion, InfoHashVersion::V1);
    QCOMPARE(endpoint.status, TrackerStatus::Working);
    QCOMPARE(endpoint.message, QString());
    QCOMPARE(endpoint.latencyMs, 40);
    QCOMPARE(endpoint.interval, 1800);
    QCOMPARE(endpoint.minInterval, 900);
    QCOMPARE(endpoint.seeders, 5);
    QCOMPARE(endpoint.leechers, 7);
    QCOMPARE(endpoint.downloaded, 20);
    QCOMPARE(endpoint.peerCount, 2);
    QCOMPARE(endpoint.lastPeers, answer.peers);
    QCOMPARE(endpoint.trackerId, QByteArray("tracker id"));
    QCOMPARE(endpoint.externalAddress, answer.externalIp);
    QCOMPARE(endpoint.lastAnnounceMs, kNowMs);
    QCOMPARE(endpoint.lastSuccessMs, kNowMs);
    QCOMPARE(endpoint.answeredThisRound, true);
    const AnnounceSlot &slot = tracker.announceSlots[0];
    QCOMPARE(flight.succeeded, true);
    QCOMPARE(slot.registered, true); // `started` was accepted
    QCOMPARE(slot.trackerId, QByteArray("tracker id"));
    QCOMPARE(tracker.status, TrackerStatus::Working);
    QCOMPARE(tracker.message, QString());
}

void TestTrackerStateUpdater::endpointStatusAndMessage_data()
{
    QTest::addColumn<AnnounceResult>("result");
    QTest::addColumn<TrackerStatus>("status");
    QTest::addColumn<QString>("message");
    AnnounceResult warning = answerFrom(firstAddress());
    warning.warningMessage = QStringLiteral("slow down");
    QTest::newRow("warning") << warning << TrackerStatus::Warning << QStringLiteral("slow down");
    // The tracker's own words win over our sentence about them.
    AnnounceResult refusal = failureFrom(ExchangeOutcome::TrackerFailure,
                                         QStringLiteral("The tracker refused: "), firstAddress());
    refusal.failureReason = QStringLiteral("torrent not registered");
    QTest::newRow("failure reason")
        << refusal << TrackerStatus::TrackerError << QStringLiteral("torrent not registered");
    QTest::newRow("timeout") << failureFrom(ExchangeOutcome::Timeout, QStringLiteral("late"),
                                            firstAddress())
                             << TrackerStatus::Timeout << QStringLiteral("late");
    QTest::newRow("refused") << failureFrom(ExchangeOutcome::ConnectionRefused,
                                            QStringLiteral("refused"), firstAddress())
                             << TrackerStatus::Unreachable << QStringLiteral("refused");
    QTest::newRow("garbage") << failureFrom(ExchangeOutcome::InvalidResponse,
                                            QStringLiteral("not bencode"), firstAddress())
                             << TrackerStatus::InvalidResponse << QStringLiteral("not bencode");
}

void TestTrackerStateUpdater::endpointStatusAndMessage()
{
    QFETCH(AnnounceResult, result);
    QFETCH(TrackerStatus, status);
    QFETCH(QString, message);
    TrackerState tracker = trackerAt(kUrl);
    const AnnounceFlight flight = announce(tracker, {result});
    QCOMPARE(tracker.endpoints.size(), 1);
    QCOMPARE(tracker.endpoints[0].status, status);
    QCOMPARE(tracker.endpoints[0].message, message);
    QCOMPARE(tracker.endpoints[0].consecutiveFailures, result.succeeded() ? 0 : 1);
    QCOMPARE(flight.succeeded, result.succeeded());
    QCOMPARE(tracker.status, status);
    QCOMPARE(tracker.message, message);
}

void TestTrackerStateUpdater::failureKeepsTheLastFigures()
{
    TrackerState tracker = trackerAt(kUrl);
    announce(tracker, {answerFrom(firstAddress())});
    announce(tracker,
             {failureFrom(ExchangeOutcome::Timeout, QStringLiteral("late"), firstAddress())},
             AnnounceEvent::None, kNowMs + 1000);
    const TrackerEndpointState &endpoint = tracker.endpoints[0];
    QCOMPARE(endpoint.status, TrackerStatus::Timeout);
    QCOMPARE(endpoint.consecutiveFailures, 1);
    QCOMPARE(endpoint.lastAnnounceMs, kNowMs + 1000);
    QCOMPARE(endpoint.lastSuccessMs, kNowMs);
    QCOMPARE(endpoint.latencyMs, 60); // the failure's
    QCOMPARE(endpoint.interval, 1800);
    QCOMPARE(endpoint.seeders, 5);
    QCOMPARE(endpoint.leechers, 7);
}

void TestTrackerStateUpdater::endpointsAreTheAddressesThatAnswered()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceFlight flight =
        TrackerStateUpdater::beginAnnounce(tracker, 0, AnnounceEvent::Started, kNowMs);
    const auto apply = [&tracker, &flight](const AnnounceResult &result) {
        return TrackerStateUpdater::applyAnnounceResult(tracker, 0, flight, result, {}, kNowMs,
                                                        kLogCapacity);
    };
    QCOMPARE(apply(answerFrom(firstAddress())), 0);
    QCOMPARE(apply(answerFrom(secondAddress())), 1);
    QCOMPARE(apply(answerFrom(firstAddress(), kPort + 1)), 2); // another port, another endpoint
    QCOMPARE(apply(failureFrom(ExchangeOutcome::Timeout, QStringLiteral("late"), secondAddress())),
             1);
    QCOMPARE(apply(answerFrom(firstAddress(), 0)), 0); // no port known: the address decides
    QCOMPARE(tracker.endpoints.size(), 3);
    QCOMPARE(tracker.endpoints[1].address, secondAddress());
    QCOMPARE(tracker.endpoints[1].status, TrackerStatus::Timeout);
    QCOMPARE(tracker.status, TrackerStatus::Working);
}

void TestTrackerStateUpdater::endpointWithoutPortTakesTheUrlsPort()
{
    TrackerState tracker = trackerAt(QStringLiteral("udp://tracker.example:2710/announce"));
    announce(tracker, {answerFrom(firstAddress(), 0)});
    QCOMPARE(tracker.endpoints.size(), 1);
    QCOMPARE(tracker.endpoints[0].port, quint16(2710));
}

void TestTrackerStateUpdater::failureBeforeAnyAddressHoldsForEveryEndpoint()
{
    TrackerState tracker = trackerAt(kUrl);
    announce(tracker, {answerFrom(firstAddress()), answerFrom(secondAddress())});
    AnnounceFlight flight =
        TrackerStateUpdater::beginAnnounce(tracker, 0, AnnounceEvent::None, kNowMs + 1000);
    const int index = TrackerStateUpdater::applyAnnounceResult(
        tracker, 0, flight,
        failureFrom(ExchangeOutcome::DnsFailure, QStringLiteral("no such host")), {}, kNowMs + 1000,
        kLogCapacity);
    QCOMPARE(index, 0);
    QCOMPARE(tracker.endpoints.size(), 2);
    for (const TrackerEndpointState &endpoint : std::as_const(tracker.endpoints)) {
        QCOMPARE(endpoint.status, TrackerStatus::Unreachable);
        QCOMPARE(endpoint.message, QStringLiteral("no such host"));
        QCOMPARE(endpoint.answeredThisRound, true);
    }
    QCOMPARE(tracker.status, TrackerStatus::Unreachable);
}

void TestTrackerStateUpdater::failureBeforeAnyAddressLeavesAPlaceholder()
{
    TrackerState tracker = trackerAt(kUrl);
    announce(tracker, {failureFrom(ExchangeOutcome::DnsFailure, QStringLiteral("no such host"))});
    QCOMPARE(tracker.endpoints.size(), 1);
    QVERIFY(tracker.endpoints[0].address.isNull());
    QCOMPARE(tracker.endpoints[0].port, quint16(0));
    QCOMPARE(tracker.endpoints[0].status, TrackerStatus::Unreachable);
    QCOMPARE(tracker.endpoints[0].consecutiveFailures, 1);
    // The next answer names the address: the placeholder becomes that endpoint.
    announce(tracker, {answerFrom(firstAddress())}, AnnounceEvent::Started, kNowMs + 1000);
    QCOMPARE(tracker.endpoints.size(), 1);
    QCOMPARE(tracker.endpoints[0].address, firstAddress());
    QCOMPARE(tracker.endpoints[0].port, kPort);
    QCOMPARE(tracker.endpoints[0].status, TrackerStatus::Working);
    QCOMPARE(tracker.endpoints[0].consecutiveFailures, 0); // the run of failures ended
}

void TestTrackerStateUpdater::retryHintsAreKeptForThePlan()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceResult later =
        failureFrom(ExchangeOutcome::TrackerFailure, QStringLiteral("busy"), firstAddress());
    later.retryInMinutes = 30;
    AnnounceFlight flight = announce(tracker, {later});
    QCOMPARE(flight.retryInMinutes, 30);
    QCOMPARE(tracker.announceSlots[0].retryNever, false);
    AnnounceResult never = later;
    never.retryInMinutes.reset();
    never.retryNever = true;
    flight = announce(tracker, {never});
    QCOMPARE(flight.retryInMinutes, -1); // a new request forgets the old hint
    QCOMPARE(tracker.announceSlots[0].retryNever, true);
}

void TestTrackerStateUpdater::replyToStoppedIsOnlyLogged()
{
    TrackerState tracker = trackerAt(kUrl);
    announce(tracker, {answerFrom(firstAddress())});
    AnnounceResult goodbye = answerFrom(firstAddress());
    goodbye.seeders = 99;
    AnnounceFlight flight =
        TrackerStateUpdater::beginAnnounce(tracker, 0, AnnounceEvent::Stopped, kNowMs + 1000);
    const int index = TrackerStateUpdater::applyAnnounceResult(tracker, 0, flight, goodbye, {},
                                                               kNowMs + 1000, kLogCapacity);
    QCOMPARE(index, -1);
    QCOMPARE(tracker.endpoints[0].seeders, 5);
    QCOMPARE(tracker.endpoints[0].lastAnnounceMs, kNowMs);
    QCOMPARE(tracker.statistics.announceCount(), 1);
    QCOMPARE(tracker.exchangeLog.size(), 2);
    QCOMPARE(tracker.exchangeLog.last().event, AnnounceEvent::Stopped);
    QCOMPARE(tracker.exchangeLog.last().atMs, kNowMs + 1000);
}

void TestTrackerStateUpdater::findingsOfTheReplyAreMerged()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceResult hurried = answerFrom(firstAddress());
    hurried.interval = 60; // below the usual range
    announce(tracker, {hurried});
    QVERIFY(hasFinding(tracker, QStringLiteral("interval_out_of_range")));
    const qsizetype count = tracker.findings.size();
    announce(tracker, {hurried}, AnnounceEvent::None, kNowMs + 60'000);
    QCOMPARE(tracker.findings.size(), count); // the same finding again replaces itself
    AnnounceResult silent = answerFrom(firstAddress());
    silent.interval = -1;
    announce(tracker, {silent}, AnnounceEvent::None, kNowMs + 120'000);
    QVERIFY(hasFinding(tracker, QStringLiteral("interval_missing")));
    QVERIFY(hasFinding(tracker, QStringLiteral("interval_out_of_range"))); // findings stay
}

void TestTrackerStateUpdater::statisticsRecordEveryAnswer()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceResult answer = answerFrom(firstAddress());
    answer.peers = {TrackerPeer{QHostAddress(QStringLiteral("203.0.113.5")), 6881, {}}};
    announce(tracker, {answer});
    announce(tracker,
             {failureFrom(ExchangeOutcome::Timeout, QStringLiteral("late"), firstAddress())},
             AnnounceEvent::None, kNowMs + 1000);
    const TrackerStatistics &statistics = tracker.statistics;
    QCOMPARE(statistics.announceCount(), 2);
    QCOMPARE(statistics.failureCount(), 1);
    QCOMPARE(statistics.lastSuccessMs(), kNowMs);
    QCOMPARE(statistics.lastAnnounceMs(), kNowMs + 1000);
    QCOMPARE(statistics.lastLatencyMs(), 40);
    const QList<TrackerHistorySample> history = statistics.history();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].atMs, kNowMs);
    QCOMPARE(history[0].succeeded, true);
    QCOMPARE(history[0].latencyMs, 40);
    QCOMPARE(history[0].seeders, 5);
    QCOMPARE(history[0].leechers, 7);
    QCOMPARE(history[0].peerCount, 1);
    QCOMPARE(history[1].succeeded, false);
    QCOMPARE(history[1].peerCount, -1); // no peers were given, not zero
}

void TestTrackerStateUpdater::finishDropsEndpointsThatGaveNoResult()
{
    TrackerState tracker = trackerAt(kUrl, true);
    AnnounceFlight flight =
        announce(tracker, {answerFrom(firstAddress()), answerFrom(secondAddress())});
    flight = TrackerStateUpdater::beginAnnounce(tracker, 1, AnnounceEvent::Started, kNowMs);
    TrackerStateUpdater::applyAnnounceResult(tracker, 1, flight, answerFrom(secondAddress()), {},
                                             kNowMs, kLogCapacity);
    // Next round of the v1 slot: the host no longer has the second address.
    flight = announce(tracker, {answerFrom(firstAddress())}, AnnounceEvent::None, kNowMs + 1000);
    TrackerStateUpdater::finishAnnounce(tracker, 0, flight, testPolicy(), true, kNowMs + 1000);
    QCOMPARE(tracker.endpoints.size(), 2);
    QCOMPARE(tracker.endpoints[0].address, firstAddress());
    QCOMPARE(tracker.endpoints[0].hashVersion, InfoHashVersion::V1);
    // The v2 slot's endpoint at that address is its own round's business.
    QCOMPARE(tracker.endpoints[1].address, secondAddress());
    QCOMPARE(tracker.endpoints[1].hashVersion, InfoHashVersion::V2);
}

void TestTrackerStateUpdater::finishKeepsEndpointsWhenNoneAnswered()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceFlight flight =
        announce(tracker, {answerFrom(firstAddress()), answerFrom(secondAddress())});
    flight = announce(tracker, {}, AnnounceEvent::None, kNowMs + 1000);
    TrackerStateUpdater::finishAnnounce(tracker, 0, flight, testPolicy(), true, kNowMs + 1000);
    QCOMPARE(tracker.endpoints.size(), 2);
}

void TestTrackerStateUpdater::finishPlansTheShortestIntervalAfterSuccess()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceResult sooner = answerFrom(secondAddress());
    sooner.interval = 1200;
    sooner.minInterval = 600;
    AnnounceFlight flight = announce(tracker, {answerFrom(firstAddress()), sooner});
    AnnounceSlot &slot = tracker.announceSlots[0];
    QCOMPARE(slot.busy, true);
    TrackerStateUpdater::finishAnnounce(tracker, 0, flight, testPolicy(), true, kNowMs);
    QCOMPARE(slot.nextAnnounceMs, kNowMs + 1'200'000);
    QCOMPARE(slot.nextEvent, AnnounceEvent::None);
    QCOMPARE(slot.consecutiveFailures, 0);
    QCOMPARE(slot.lastMinInterval, 900); // the largest the endpoints asked for
    QCOMPARE(slot.busy, false);
    QCOMPARE(tracker.nextAnnounceMs(), kNowMs + 1'200'000);
}

void TestTrackerStateUpdater::finishBacksOffAfterFailures()
{
    TrackerState tracker = trackerAt(kUrl);
    const AnnounceResult refused =
        failureFrom(ExchangeOutcome::ConnectionRefused, QStringLiteral("refused"), firstAddress());
    AnnounceFlight flight = announce(tracker, {refused});
    TrackerStateUpdater::finishAnnounce(tracker, 0, flight, testPolicy(), true, kNowMs);
    const AnnounceSlot &slot = tracker.announceSlots[0];
    QCOMPARE(slot.consecutiveFailures, 1);
    QCOMPARE(slot.nextAnnounceMs, kNowMs + 120'000);
    QCOMPARE(slot.nextEvent, AnnounceEvent::Started); // never registered: start again
    flight = announce(tracker, {refused}, AnnounceEvent::Started, kNowMs + 120'000);
    TrackerStateUpdater::finishAnnounce(tracker, 0, flight, testPolicy(), true, kNowMs + 120'000);
    QCOMPARE(slot.consecutiveFailures, 2);
    QCOMPARE(slot.nextAnnounceMs, kNowMs + 120'000 + 300'000);

    // Once registered, a failed regular announce is retried as a regular one.
    flight =
        announce(tracker, {answerFrom(firstAddress())}, AnnounceEvent::Started, kNowMs + 420'000);
    TrackerStateUpdater::finishAnnounce(tracker, 0, flight, testPolicy(), true, kNowMs + 420'000);
    QCOMPARE(slot.consecutiveFailures, 0);
    flight = announce(tracker, {refused}, AnnounceEvent::None, kNowMs + 2'220'000);
    TrackerStateUpdater::finishAnnounce(tracker, 0, flight, testPolicy(), true, kNowMs + 2'220'000);
    QCOMPARE(slot.consecutiveFailures, 1);
    QCOMPARE(slot.nextEvent, AnnounceEvent::None);
    // The back-off never goes below the min interval the tracker gave before (900 s).
    QCOMPARE(slot.nextAnnounceMs, kNowMs + 2'220'000 + 900'000);
}

void TestTrackerStateUpdater::finishFollowsTheTrackersRetryHint()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceResult later =
        failureFrom(ExchangeOutcome::TrackerFailure, QStringLiteral("busy"), firstAddress());
    later.retryInMinutes = 45;
    AnnounceFlight flight = announce(tracker, {later});
    TrackerStateUpdater::finishAnnounce(tracker, 0, flight, testPolicy(), true, kNowMs);
    QCOMPARE(tracker.announceSlots[0].nextAnnounceMs, kNowMs + 45 * 60'000);
    AnnounceResult never = later;
    never.retryInMinutes.reset();
    never.retryNever = true;
    flight = announce(tracker, {never}, AnnounceEvent::Started, kNowMs + 1000);
    TrackerStateUpdater::finishAnnounce(tracker, 0, flight, testPolicy(), true, kNowMs + 1000);
    QCOMPARE(tracker.announceSlots[0].nextAnnounceMs, -1);
}

void TestTrackerStateUpdater::finishPlansNothingWithoutKeepAnnouncing()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceFlight flight = announce(tracker, {answerFrom(firstAddress())});
    TrackerStateUpdater::finishAnnounce(tracker, 0, flight, testPolicy(), false, kNowMs);
    QCOMPARE(tracker.announceSlots[0].nextAnnounceMs, -1);
    QCOMPARE(tracker.announceSlots[0].registered, true);
    QCOMPARE(tracker.announceSlots[0].nextEvent, AnnounceEvent::None);
}

void TestTrackerStateUpdater::finishOfStoppedLeavesTheSwarm()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceFlight flight =
        announce(tracker, {answerFrom(firstAddress()), answerFrom(secondAddress())});
    TrackerStateUpdater::finishAnnounce(tracker, 0, flight, testPolicy(), true, kNowMs);
    flight = announce(tracker, {answerFrom(firstAddress())}, AnnounceEvent::Stopped, kNowMs + 1000);
    TrackerStateUpdater::finishAnnounce(tracker, 0, flight, testPolicy(), true, kNowMs + 1000);
    const AnnounceSlot &slot = tracker.announceSlots[0];
    QCOMPARE(slot.registered, false);
    QCOMPARE(slot.nextAnnounceMs, -1);
    QCOMPARE(slot.nextEvent, AnnounceEvent::Started);
    QCOMPARE(tracker.endpoints.size(), 2); // a `stopped` round says nothing about addresses
    QCOMPARE(tracker.status, TrackerStatus::Working);
}

void TestTrackerStateUpdater::timeoutWithoutAnswersTimesOutEveryEndpoint()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceFlight flight =
        announce(tracker, {answerFrom(firstAddress()), answerFrom(secondAddress())});
    flight = announce(tracker, {}, AnnounceEvent::None, kNowMs + 1000);
    TrackerStateUpdater::timeOutAnnounce(tracker, 0, flight, kNoAnswer, kNowMs + 16'000,
                                         kLogCapacity);
    for (const TrackerEndpointState &endpoint : std::as_const(tracker.endpoints)) {
        QCOMPARE(endpoint.status, TrackerStatus::Timeout);
        QCOMPARE(endpoint.message, kNoAnswer);
        QCOMPARE(endpoint.lastAnnounceMs, kNowMs + 16'000);
    }
    QCOMPARE(tracker.status, TrackerStatus::Timeout);
    QCOMPARE(tracker.message, kNoAnswer);
    QCOMPARE(tracker.statistics.failureCount(), 1);
    QCOMPARE(tracker.exchangeLog.last().outcome, ExchangeOutcome::Timeout);
    QCOMPARE(tracker.exchangeLog.last().summary, kNoAnswer);
    QCOMPARE(tracker.exchangeLog.last().record.requestDescription, kUrl);
}

void TestTrackerStateUpdater::timeoutSparesEndpointsThatAnswered()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceFlight flight =
        announce(tracker, {answerFrom(firstAddress()), answerFrom(secondAddress())});
    flight = announce(tracker, {answerFrom(secondAddress())}, AnnounceEvent::None, kNowMs + 1000);
    TrackerStateUpdater::timeOutAnnounce(tracker, 0, flight, kNoAnswer, kNowMs + 16'000,
                                         kLogCapacity);
    QCOMPARE(tracker.endpoints[0].status, TrackerStatus::Timeout);
    QCOMPARE(tracker.endpoints[0].message, kNoAnswer);
    QCOMPARE(tracker.endpoints[1].status, TrackerStatus::Working);
    QCOMPARE(tracker.status, TrackerStatus::Working);
    // The silent address is no announce of its own: two answers, then one.
    QCOMPARE(tracker.statistics.announceCount(), 3);
    QCOMPARE(tracker.statistics.failureCount(), 0);
}

void TestTrackerStateUpdater::timeoutOfStoppedIsOnlyLogged()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceFlight flight = announce(tracker, {answerFrom(firstAddress())});
    flight = announce(tracker, {}, AnnounceEvent::Stopped, kNowMs + 1000);
    TrackerStateUpdater::timeOutAnnounce(tracker, 0, flight, kNoAnswer, kNowMs + 4000,
                                         kLogCapacity);
    QCOMPARE(tracker.endpoints[0].status, TrackerStatus::Working);
    QCOMPARE(tracker.statistics.announceCount(), 1);
    QCOMPARE(tracker.exchangeLog.last().event, AnnounceEvent::Stopped);
    QCOMPARE(tracker.exchangeLog.last().outcome, ExchangeOutcome::Timeout);
}

void TestTrackerStateUpdater::scrapeGivesTheTorrentsFigures()
{
    TrackerState tracker = trackerAt(kUrl);
    ScrapeResult result;
    result.minRequestInterval = 600;
    const ScrapeEntry entry = scrapeEntry(10, 2, 50);
    TrackerStateUpdater::applyScrape(tracker, InfoHashVersion::V1, result, &entry, false, false,
                                     kNowMs);
    const TrackerScrapeState &scrape = tracker.scrape;
    QCOMPARE(scrape.status, TrackerStatus::Working);
    QCOMPARE(scrape.message, QString());
    QCOMPARE(scrape.seeders, 10);
    QCOMPARE(scrape.leechers, 2);
    QCOMPARE(scrape.completed, 50);
    QCOMPARE(scrape.downloaders, 1);
    QCOMPARE(scrape.lastScrapeMs, kNowMs);
    QCOMPARE(scrape.minRequestInterval, 600);
    QCOMPARE(tracker.statistics.scrapeCount(), 1);
    QCOMPARE(tracker.statistics.lastScrapeMs(), kNowMs);
    // Never announced: the scrape is the tracker's verdict, and its figures are the tracker's.
    QCOMPARE(tracker.status, TrackerStatus::Working);
    QCOMPARE(tracker.seeders(), 10);
}

void TestTrackerStateUpdater::scrapeWithoutTheTorrentWarns()
{
    TrackerState tracker = trackerAt(kUrl);
    ScrapeEntry absent;
    absent.present = false;
    TrackerStateUpdater::applyScrape(tracker, InfoHashVersion::V1, ScrapeResult(), &absent, false,
                                     false, kNowMs);
    QCOMPARE(tracker.scrape.status, TrackerStatus::Warning);
    QCOMPARE(tracker.scrape.message,
             QStringLiteral("The scrape reply does not list this torrent."));
    QCOMPARE(tracker.scrape.seeders, -1);
    TrackerStateUpdater::applyScrape(tracker, InfoHashVersion::V1, ScrapeResult(), nullptr, false,
                                     false, kNowMs);
    QCOMPARE(tracker.scrape.status, TrackerStatus::Warning);
    QCOMPARE(tracker.status, TrackerStatus::Warning);
    // Figures an earlier reply gave go when a later one leaves the torrent out.
    const ScrapeEntry earlier = scrapeEntry(10, 2, 50);
    TrackerStateUpdater::applyScrape(tracker, InfoHashVersion::V1, ScrapeResult(), &earlier, false,
                                     false, kNowMs);
    QCOMPARE(tracker.scrape.seeders, 10);
    TrackerStateUpdater::applyScrape(tracker, InfoHashVersion::V1, ScrapeResult(), nullptr, false,
                                     false, kNowMs + 1000);
    QCOMPARE(tracker.scrape.seeders, -1);
    QCOMPARE(tracker.scrape.leechers, -1);
    QCOMPARE(tracker.scrape.completed, -1);
}

// The endpoint row counts peers by the tracker row's rule: our own address is no peer.
void TestTrackerStateUpdater::endpointCountsNoPeerOfOurOwn()
{
    TrackerState tracker = trackerAt(kUrl);
    ReplyLinter::AnnounceContext context;
    context.ourPeerId = QByteArrayLiteral("-TI0010-ourselves000");
    AnnounceResult answer = answerFrom(firstAddress());
    TrackerPeer ourselves{QHostAddress(QStringLiteral("203.0.113.9")), 6881, context.ourPeerId};
    answer.peers = {TrackerPeer{QHostAddress(QStringLiteral("203.0.113.5")), 6881, {}}, ourselves};
    AnnounceFlight flight =
        TrackerStateUpdater::beginAnnounce(tracker, 0, AnnounceEvent::Started, kNowMs);
    TrackerStateUpdater::applyAnnounceResult(tracker, 0, flight, answer, context, kNowMs,
                                             kLogCapacity);
    QCOMPARE(tracker.endpoints[0].peerCount, 1);
    QCOMPARE(tracker.endpoints[0].lastPeers.size(), 2); // the reply as it came
}

// The log says what each scrape reply said of this torrent: never "working" with -1 counts.
void TestTrackerStateUpdater::scrapeLogRowsSayWhatTheReplySaid()
{
    const ScrapeEntry entry = scrapeEntry(10, 2, 50);
    const ExchangeLogEntry listed =
        TrackerStateUpdater::scrapeLogEntry(ScrapeResult(), &entry, InfoHashVersion::V1, kNowMs);
    QCOMPARE(listed.kind, ExchangeLogEntry::Kind::Scrape);
    QCOMPARE(listed.verdict, TrackerStatus::Working);
    QCOMPARE(listed.summary, QStringLiteral("scrape: 10 seeders, 2 leechers, 50 downloaded"));
    const ExchangeLogEntry missing =
        TrackerStateUpdater::scrapeLogEntry(ScrapeResult(), nullptr, InfoHashVersion::V2, kNowMs);
    QCOMPARE(missing.verdict, TrackerStatus::Warning);
    QCOMPARE(missing.hashVersion, InfoHashVersion::V2);
    QCOMPARE(missing.summary, QStringLiteral("scrape: this torrent is not in the reply"));
    QVERIFY(!missing.summary.contains(QStringLiteral("-1")));
    ScrapeResult refused;
    refused.outcome = ExchangeOutcome::TrackerFailure;
    refused.failureReason = QStringLiteral("scrape disabled");
    const ExchangeLogEntry failed =
        TrackerStateUpdater::scrapeLogEntry(refused, nullptr, InfoHashVersion::V1, kNowMs);
    QCOMPARE(failed.verdict, TrackerStatus::TrackerError);
    QCOMPARE(failed.summary, QStringLiteral("scrape disabled")); // no internal code
    AnnounceResult warned = answerFrom(firstAddress());
    warned.warningMessage = QStringLiteral("slow down");
    QCOMPARE(TrackerStateUpdater::announceVerdict(warned), TrackerStatus::Warning);
}

void TestTrackerStateUpdater::scrapeFailureShowsTheReason()
{
    TrackerState tracker = trackerAt(kUrl);
    ScrapeResult result;
    result.outcome = ExchangeOutcome::TrackerFailure;
    result.errorMessage = QStringLiteral("The tracker refused the scrape.");
    result.failureReason = QStringLiteral("scrape disabled");
    TrackerStateUpdater::applyScrape(tracker, InfoHashVersion::V1, result, nullptr, false, false,
                                     kNowMs);
    QCOMPARE(tracker.scrape.status, TrackerStatus::TrackerError);
    QCOMPARE(tracker.scrape.message, QStringLiteral("scrape disabled"));
    QCOMPARE(tracker.statistics.scrapeFailureCount(), 1);
    result.outcome = ExchangeOutcome::Timeout;
    result.failureReason.clear();
    TrackerStateUpdater::applyScrape(tracker, InfoHashVersion::V1, result, nullptr, false, false,
                                     kNowMs + 1000);
    QCOMPARE(tracker.scrape.status, TrackerStatus::Timeout);
    QCOMPARE(tracker.scrape.message, result.errorMessage);
    QCOMPARE(tracker.scrape.lastScrapeMs, kNowMs + 1000);
}

void TestTrackerStateUpdater::scrapeFailureKeepsAnEarlierSuccess()
{
    TrackerState tracker = trackerAt(kUrl);
    const ScrapeEntry entry = scrapeEntry(10, 2, 50);
    TrackerStateUpdater::applyScrape(tracker, InfoHashVersion::V1, ScrapeResult(), &entry, false,
                                     false, kNowMs);
    ScrapeResult failure;
    failure.outcome = ExchangeOutcome::Timeout;
    failure.errorMessage = QStringLiteral("late");
    TrackerStateUpdater::applyScrape(tracker, InfoHashVersion::V1, failure, nullptr, false, true,
                                     kNowMs);
    QCOMPARE(tracker.scrape.status, TrackerStatus::Working);
    QCOMPARE(tracker.scrape.message, QString());
    QCOMPARE(tracker.scrape.seeders, 10);
    QCOMPARE(tracker.statistics.scrapeCount(), 2);
    QCOMPARE(tracker.statistics.scrapeFailureCount(), 1);
}

void TestTrackerStateUpdater::scrapeOfAHybridsV2HashHasItsOwnFigures()
{
    TrackerState hybrid = trackerAt(kUrl, true);
    const ScrapeEntry entry = scrapeEntry(3, 4, 5);
    TrackerStateUpdater::applyScrape(hybrid, InfoHashVersion::V2, ScrapeResult(), &entry, false,
                                     false, kNowMs);
    QCOMPARE(hybrid.scrapeV2.seeders, 3);
    QCOMPARE(hybrid.scrapeV2.status, TrackerStatus::Working);
    QCOMPARE(hybrid.scrape.seeders, -1);
    QCOMPARE(hybrid.scrape.status, TrackerStatus::NotContacted);

    // A v2-only torrent has one hash: its figures are the tracker's scrape.
    TrackerState v2Only = trackerAt(kUrl);
    v2Only.announceSlots[0].hashVersion = InfoHashVersion::V2;
    TrackerStateUpdater::applyScrape(v2Only, InfoHashVersion::V2, ScrapeResult(), &entry, false,
                                     false, kNowMs);
    QCOMPARE(v2Only.scrape.seeders, 3);
    QCOMPARE(v2Only.scrapeV2.seeders, -1);
}

void TestTrackerStateUpdater::scrapeFindingsConcernOnlyThisTorrent()
{
    const QString mirrored = QStringLiteral("downloaded_equals_complete");
    TrackerState tracker = trackerAt(kUrl);
    ScrapeResult result;
    result.entries = {scrapeEntry(10, 2, 50), scrapeEntry(7, 1, 7)}; // the second mirrors
    TrackerStateUpdater::applyScrape(tracker, InfoHashVersion::V1, result, &result.entries[0], true,
                                     false, kNowMs);
    QVERIFY(!hasFinding(tracker, mirrored)); // another torrent's figures
    TrackerStateUpdater::applyScrape(tracker, InfoHashVersion::V1, result, &result.entries[1], true,
                                     false, kNowMs);
    QVERIFY(hasFinding(tracker, mirrored));

    ScrapeResult unsupported;
    unsupported.outcome = ExchangeOutcome::Unsupported;
    unsupported.errorMessage = QStringLiteral("no scrape URL");
    TrackerState udp = trackerAt(kUrl);
    TrackerStateUpdater::applyScrape(udp, InfoHashVersion::V1, unsupported, nullptr, false, false,
                                     kNowMs);
    QVERIFY(!hasFinding(udp, QStringLiteral("scrape_unsupported"))); // only HTTP has BEP 48
    TrackerState http = trackerAt(QStringLiteral("http://tracker.example/announce"));
    TrackerStateUpdater::applyScrape(http, InfoHashVersion::V1, unsupported, nullptr, true, false,
                                     kNowMs);
    QVERIFY(hasFinding(http, QStringLiteral("scrape_unsupported")));
}

void TestTrackerStateUpdater::exchangeLogKeepsTheNewestEntries()
{
    TrackerState tracker = trackerAt(kUrl);
    for (int entry = 1; entry <= 5; ++entry)
        TrackerStateUpdater::appendLog(tracker, logEntry(QString::number(entry)), 3);
    QCOMPARE(tracker.exchangeLog.size(), 3);
    QCOMPARE(tracker.exchangeLog[0].summary, QStringLiteral("3"));
    QCOMPARE(tracker.exchangeLog[2].summary, QStringLiteral("5"));
    // A smaller capacity (the setting was lowered) trims the log at the next entry.
    TrackerStateUpdater::appendLog(tracker, logEntry(QStringLiteral("6")), 2);
    QCOMPARE(tracker.exchangeLog.size(), 2);
    QCOMPARE(tracker.exchangeLog[0].summary, QStringLiteral("5"));
    // No capacity: nothing is logged.
    TrackerStateUpdater::appendLog(tracker, logEntry(QStringLiteral("7")), 0);
    QCOMPARE(tracker.exchangeLog.size(), 2);
    QCOMPARE(tracker.exchangeLog.last().summary, QStringLiteral("6"));

    // Every announce result is logged with its request's event, outcome and record.
    TrackerState announced = trackerAt(kUrl);
    announce(announced, {answerFrom(firstAddress())});
    QCOMPARE(announced.exchangeLog.size(), 1);
    const ExchangeLogEntry &logged = announced.exchangeLog.constFirst();
    QCOMPARE(logged.kind, ExchangeLogEntry::Kind::Announce);
    QCOMPARE(logged.atMs, kNowMs);
    QCOMPARE(logged.event, AnnounceEvent::Started);
    QCOMPARE(logged.outcome, ExchangeOutcome::Success);
    QCOMPARE(logged.record.peerAddress, firstAddress());
    QCOMPARE(logged.summary, TrackerStateUpdater::describeAnnounce(answerFrom(firstAddress())));
}

void TestTrackerStateUpdater::summaryOfADisabledTracker()
{
    TrackerState tracker = trackerAt(kUrl);
    announce(tracker, {answerFrom(firstAddress())});
    tracker.disabled = true;
    tracker.disabledReason = QStringLiteral("Disabled: private torrent.");
    TrackerStateUpdater::summarise(tracker);
    QCOMPARE(tracker.status, TrackerStatus::Disabled);
    QCOMPARE(tracker.message, tracker.disabledReason);
}

void TestTrackerStateUpdater::summaryOfAnUnsupportedUrl()
{
    TrackerState tracker = trackerAt(QStringLiteral("gopher://tracker.example/announce"));
    QCOMPARE(tracker.status, TrackerStatus::Unsupported);
    QVERIFY(!tracker.url.problem().isEmpty());
    QCOMPARE(tracker.message, tracker.url.problem());
}

void TestTrackerStateUpdater::summaryTakesTheBestEndpointsMessage()
{
    TrackerState tracker = trackerAt(kUrl);
    AnnounceResult warning = answerFrom(secondAddress());
    warning.warningMessage = QStringLiteral("slow down");
    announce(
        tracker,
        {failureFrom(ExchangeOutcome::Timeout, QStringLiteral("late"), firstAddress()), warning});
    QCOMPARE(tracker.status, TrackerStatus::Warning);
    QCOMPARE(tracker.message, QStringLiteral("slow down"));
    tracker.endpoints[1].status = TrackerStatus::TrackerError;
    tracker.endpoints[1].message = QStringLiteral("refused");
    TrackerStateUpdater::summarise(tracker);
    QCOMPARE(tracker.status, TrackerStatus::TrackerError); // better than a timeout
    QCOMPARE(tracker.message, QStringLiteral("refused"));
}

void TestTrackerStateUpdater::summaryWithoutEndpointsIsTheScrape()
{
    TrackerState tracker = trackerAt(kUrl);
    tracker.scrape.status = TrackerStatus::TrackerError;
    tracker.scrape.message = QStringLiteral("scrape disabled");
    TrackerStateUpdater::summarise(tracker);
    QCOMPARE(tracker.status, TrackerStatus::TrackerError);
    QCOMPARE(tracker.message, QStringLiteral("scrape disabled"));
    tracker.announceSlots[0].busy = true;
    TrackerStateUpdater::summarise(tracker);
    QCOMPARE(tracker.status, TrackerStatus::Updating);
}

void TestTrackerStateUpdater::describesAnnounces_data()
{
    QTest::addColumn<AnnounceResult>("result");
    QTest::addColumn<QString>("description");
    AnnounceResult answer = answerFrom(firstAddress());
    answer.peers = {TrackerPeer{QHostAddress(QStringLiteral("203.0.113.5")), 6881, {}},
                    TrackerPeer{QHostAddress(QStringLiteral("203.0.113.6")), 6882, {}}};
    QTest::newRow("answer") << answer << QStringLiteral("2 peer(s), interval 1800 s");
    AnnounceResult warning = answer;
    warning.interval = -1;
    warning.warningMessage = QStringLiteral("slow down");
    QTest::newRow("warning, no interval")
        << warning << QStringLiteral("2 peer(s), warning: slow down");
    AnnounceResult refusal =
        failureFrom(ExchangeOutcome::TrackerFailure, QStringLiteral("refused"));
    refusal.failureReason = QStringLiteral("not registered");
    QTest::newRow("failure reason") << refusal << QStringLiteral("not registered");
    QTest::newRow("error") << failureFrom(ExchangeOutcome::ConnectionRefused,
                                          QStringLiteral("Connection refused."))
                           << QStringLiteral("Connection refused.");
}

void TestTrackerStateUpdater::describesAnnounces()
{
    QFETCH(AnnounceResult, result);
    QFETCH(QString, description);
    QCOMPARE(TrackerStateUpdater::describeAnnounce(result), description);
}

QTEST_GUILESS_MAIN(TestTrackerStateUpdater)
#include "tst_trackerstateupdater.moc"
