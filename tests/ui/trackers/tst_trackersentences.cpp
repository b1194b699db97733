#include "trackers/trackersentences.h"

#include <QTest>

namespace {
constexpr qint64 kNowMs = 10'000'000;
constexpr qint64 kMinuteMs = 60'000;

TrackerState answeredTracker()
{
    TrackerState tracker;
    tracker.url = TrackerUrl::parse(QStringLiteral("udp://127.0.0.1:6969/announce"));
    tracker.status = TrackerStatus::Working;
    TrackerEndpointState endpoint;
    endpoint.status = TrackerStatus::Working;
    endpoint.peerCount = 5;
    endpoint.lastAnnounceMs = kNowMs - 3 * kMinuteMs;
    endpoint.lastSuccessMs = endpoint.lastAnnounceMs;
    tracker.endpoints = {endpoint};
    AnnounceSlot slot;
    slot.lastAnnounceMs = endpoint.lastAnnounceMs;
    slot.nextAnnounceMs = kNowMs + 25 * kMinuteMs;
    tracker.announceSlots = {slot};
    tracker.scrape.lastScrapeMs = kNowMs - kMinuteMs;
    tracker.scrape.seeders = 3;
    tracker.scrape.leechers = 1;
    return tracker;
}
} // namespace

class TestTrackerSentences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speaksLikeTransmission();
    void saysWhyItFailed();
    void beforeTheFirstAnnounce();
    void roundsTimes_data();
    void roundsTimes();
};

void TestTrackerSentences::speaksLikeTransmission()
{
    const QStringList sentences = TrackerSentences::describe(answeredTracker(), kNowMs);
    QCOMPARE(sentences,
             QStringList({QStringLiteral("Got a list of 5 peer(s) 3 minute(s) ago."),
                          QStringLiteral("Asking for more peers in 25 minute(s)."),
                          QStringLiteral("The tracker had 3 seeder(s) and 1 leecher(s) 1 "
                                         "minute(s) ago.")}));
}

void TestTrackerSentences::saysWhyItFailed()
{
    TrackerState tracker = answeredTracker();
    tracker.status = TrackerStatus::Timeout;
    tracker.message = QStringLiteral("No answer in 15 s.");
    tracker.endpoints[0].status = TrackerStatus::Timeout;
    tracker.announceSlots[0].lastAnnounceMs = kNowMs - 2 * kMinuteMs;
    tracker.announceSlots[0].nextAnnounceMs = kNowMs + 30'000;
    tracker.statistics.recordAnnounce(
        TrackerHistorySample{kNowMs - 3 * kMinuteMs, true, 40, 1, 1, 5});
    const QStringList sentences = TrackerSentences::describe(tracker, kNowMs);
    QCOMPARE(sentences.value(0), QStringLiteral("The last announce 2 minute(s) ago failed: No "
                                                "answer in 15 s. (It last answered 3 minute(s) "
                                                "ago.)"));
    QCOMPARE(sentences.value(1), QStringLiteral("Trying again in 30 second(s)."));
}

void TestTrackerSentences::beforeTheFirstAnnounce()
{
    TrackerState tracker;
    tracker.url = TrackerUrl::parse(QStringLiteral("http://127.0.0.1:6969/announce"));
    QCOMPARE(TrackerSentences::describe(tracker, kNowMs),
             QStringList{QStringLiteral("Not asked for peers yet.")});
    tracker.disabled = true;
    QCOMPARE(TrackerSentences::describe(tracker, kNowMs),
             QStringList{QStringLiteral("Not contacted: disabled.")});
}

void TestTrackerSentences::roundsTimes_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("ago");
    QTest::addColumn<QString>("ahead");
    QTest::newRow("0") << qint64(0) << QStringLiteral("just now") << QStringLiteral("now");
    QTest::newRow("1.5 s") << qint64(1500) << QStringLiteral("just now")
                           << QStringLiteral("in 2 second(s)");
    QTest::newRow("59 s") << qint64(59'000) << QStringLiteral("59 second(s) ago")
                          << QStringLiteral("in 59 second(s)");
    QTest::newRow("61 s") << qint64(61'000) << QStringLiteral("1 minute(s) ago")
                          << QStringLiteral("in 2 minute(s)");
    QTest::newRow("2 h") << qint64(7'200'000) << QStringLiteral("2 hour(s) ago")
                         << QStringLiteral("in 2 hour(s)");
    QTest::newRow("3 days") << qint64(3 * 86'400'000) << QStringLiteral("3 day(s) ago")
                            << QStringLiteral("in 72 hour(s)");
}

void TestTrackerSentences::roundsTimes()
{
    QFETCH(qint64, milliseconds);
    QFETCH(QString, ago);
    QFETCH(QString, ahead);
    QCOMPARE(TrackerSentences::ago(milliseconds), ago);
    QCOMPARE(TrackerSentences::ahead(milliseconds), ahead);
}

QTEST_MAIN(TestTrackerSentences)
#include "tst_trackersentences.moc"
