// The contract of TrackerClient (core/tracker/trackerclient.h), checked once for the three
// clients against in-process trackers: HTTP, UDP and WebSocket. Every case runs for each.
#include "fakehostresolver.h"
#include "fakehttptracker.h"
#include "fakeudptracker.h"
#include "fakewebsockettracker.h"
#include "testclock.h"
#include "testtime.h"
#include "tracker/http/httptrackerclient.h"
#include "tracker/udp/udptrackerclient.h"
#include "tracker/websocket/websockettrackerclient.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUdpSocket>
#include <algorithm>
#include <functional>
#include <memory>

namespace {

// The clients run on a held test clock and their own timeouts are an hour of it: silence ends
// only when a test moves the clock, at once in real time.
constexpr int kClientTimeoutMs = 3'600'000;
constexpr qint64 kClockStartMs = 1'000'000;
// While a test waits for a silent tracker, the clock moves this much every few milliseconds.
constexpr int kClockStepMs = kClientTimeoutMs / 8;
constexpr int kClockStepEveryMs = 5;
// How long a test watches for signals that must not come (after a request has ended), and lets
// a request reach the wire.
constexpr int kQuietMs = 150;
const QByteArray kInfoHash = QByteArray::fromHex("434f4e5452414354000000000000000000000001");
const QByteArray kRefusal = "contract: not served here";

// One tracker of one protocol that answers, one that never says anything, and the client for
// them; the answering one can be told to refuse the next announce.
class Harness
{
public:
    Harness() { m_clock.freeze(kClockStartMs); }
    virtual ~Harness() = default;
    TestClock &clock() { return m_clock; }
    virtual bool start() = 0;
    virtual QUrl url() const = 0;
    virtual QUrl silentUrl() const = 0;
    virtual TrackerClient *client() = 0;
    virtual void refuseNextAnnounce() = 0;

private:
    TestClock m_clock; // made before the clients of the derived harnesses, gone after them
};

class HttpHarness final : public Harness
{
public:
    HttpHarness()
        : m_client(&m_network, &clock())
    {
        HttpTrackerSettings settings;
        settings.totalTimeoutMs = kClientTimeoutMs;
        settings.connectTimeoutMs = kClientTimeoutMs;
        m_client.setSettings(settings);
        m_tracker.setHandler([](const FakeHttpTracker::Request &request) {
            if (request.path() == "/scrape")
                return FakeHttpTracker::Response::bencoded("d5:filesdee");
            return FakeHttpTracker::Response::bencoded("d8:intervali1800e5:peers0:e");
        });
    }
    bool start() override
    {
        m_silent.setSilent(true);
        return m_tracker.start() && m_silent.start();
    }
    QUrl url() const override { return m_tracker.url(); }
    QUrl silentUrl() const override { return m_silent.url(); }
    TrackerClient *client() override { return &m_client; }
    void refuseNextAnnounce() override
    {
        m_tracker.enqueue(FakeHttpTracker::Response::bencoded(
            "d14:failure reason" + QByteArray::number(kRefusal.size()) + ':' + kRefusal + 'e'));
    }

private:
    QNetworkAccessManager m_network;
    FakeHttpTracker m_tracker;
    FakeHttpTracker m_silent;
    HttpTrackerClient m_client;
};

class UdpHarness final : public Harness
{
public:
    UdpHarness()
        : m_client(&m_resolver, &clock())
    {
        UdpTrackerSettings settings;
        settings.tryTimeoutMs = kClientTimeoutMs / 2;
        settings.maxTries = 2;
        settings.endpointTimeoutMs = kClientTimeoutMs;
        m_client.setSettings(settings);
    }
    bool start() override
    {
        // A bound socket that never reads: packets are taken, nothing answers, no ICMP refusal.
        return m_tracker.listen(QHostAddress(QHostAddress::LocalHost)) &&
               m_silent.bind(QHostAddress(QHostAddress::LocalHost), 0);
    }
    QUrl url() const override { return m_tracker.announceUrl(); }
    QUrl silentUrl() const override
    {
        return QUrl(QStringLiteral("udp://127.0.0.1:%1/announce").arg(m_silent.localPort()));
    }
    TrackerClient *client() override { return &m_client; }
    void refuseNextAnnounce() override
    {
        m_tracker.addStep(UdpTrackerAction::Announce,
                          {FakeUdpTracker::Fault::ErrorReply, false, kRefusal, 0});
    }

private:
    FakeHostResolver m_resolver;
    FakeUdpTracker m_tracker;
    QUdpSocket m_silent;
    UdpTrackerClient m_client;
};

class WebSocketHarness final : public Harness
{
public:
    WebSocketHarness()
        : m_client(&m_resolver, &clock())
    {
        WebSocketTrackerSettings settings;
        settings.connectTimeoutMs = kClientTimeoutMs;
        settings.replyTimeoutMs = kClientTimeoutMs;
        m_client.setSettings(settings);
    }
    bool start() override
    {
        return m_tracker.listen() &&
               m_silent.listenRefusingUpgrade(FakeWebSocketTracker::Upgrade::NeverAnswer);
    }
    QUrl url() const override { return m_tracker.url(); }
    QUrl silentUrl() const override { return m_silent.url(); }
    TrackerClient *client() override { return &m_client; }
    void refuseNextAnnounce() override
    {
        m_tracker.addStep({FakeWebSocketTracker::Action::Failure, kRefusal});
    }

private:
    FakeHostResolver m_resolver;
    FakeWebSocketTracker m_tracker;
    FakeWebSocketTracker m_silent;
    WebSocketTrackerClient m_client;
};

std::unique_ptr<Harness> makeHarness(const QString &protocol)
{
    if (protocol == u"http")
        return std::make_unique<HttpHarness>();
    if (protocol == u"udp")
        return std::make_unique<UdpHarness>();
    return std::make_unique<WebSocketHarness>();
}

// Everything a client emitted, in order.
class SignalLog : public QObject
{
public:
    enum class Kind { Announce, Scrape, Completed };
    struct Entry
    {
        Kind kind;
        quint64 requestId;
        ExchangeOutcome outcome;
    };

    explicit SignalLog(TrackerClient *client)
    {
        connect(client, &TrackerClient::announceFinished, this,
                [this](quint64 id, const AnnounceResult &result) {
                    m_entries.append({Kind::Announce, id, result.outcome});
                });
        connect(client, &TrackerClient::scrapeFinished, this,
                [this](quint64 id, const ScrapeResult &result) {
                    m_entries.append({Kind::Scrape, id, result.outcome});
                });
        connect(client, &TrackerClient::requestCompleted, this, [this](quint64 id) {
            m_entries.append({Kind::Completed, id, ExchangeOutcome::Success});
        });
    }

    int size() const { return int(m_entries.size()); }
    QList<Entry> of(quint64 requestId) const
    {
        QList<Entry> entries;
        for (const Entry &entry : m_entries) {
            if (entry.requestId == requestId)
                entries.append(entry);
        }
        return entries;
    }
    bool completed(quint64 requestId) const
    {
        const QList<Entry> entries = of(requestId);
        return std::any_of(entries.cbegin(), entries.cend(),
                           [](const Entry &entry) { return entry.kind == Kind::Completed; });
    }

    // "" when the request ended as the contract says: one or more results of the right kind,
    // then exactly one completion, nothing after it; otherwise what was wrong.
    QString endedProperly(quint64 requestId, Kind resultKind) const
    {
        const QList<Entry> entries = of(requestId);
        if (entries.size() < 2)
            return QStringLiteral("%1 signal(s) instead of results and a completion")
                .arg(entries.size());
        for (qsizetype index = 0; index + 1 < entries.size(); ++index) {
            if (entries[index].kind != resultKind)
                return QStringLiteral("signal %1 is not a result of the request's kind").arg(index);
        }
        if (entries.constLast().kind != Kind::Completed)
            return QStringLiteral("the last signal is not requestCompleted");
        return QString();
    }

private:
    QList<Entry> m_entries;
};

AnnounceRequest announceTo(const QUrl &url)
{
    AnnounceRequest request;
    request.trackerUrl = url;
    request.infoHash = kInfoHash;
    request.peerId = QByteArray("-TI0001-contract0001");
    request.left = 1000;
    return request;
}

ScrapeRequest scrapeOf(const QUrl &url)
{
    ScrapeRequest request;
    request.trackerUrl = url;
    request.infoHashes = {kInfoHash};
    return request;
}

void watchQuietly()
{
    QTest::qWait(kQuietMs);
}

// Moves the clock a step at a time while done() is false; false when it stayed false.
bool advanceUntil(TestClock &clock, const std::function<bool()> &done)
{
    QDeadlineTimer deadline(kFakeTrackerRoundWaitMs);
    while (!done() && !deadline.hasExpired()) {
        QTest::qWait(kClockStepEveryMs);
        clock.advance(kClockStepMs);
    }
    return done();
}

} // namespace

class TestTrackerClientContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void announceEndsWithResultsThenOneCompletion_data() { protocols(); }
    void announceEndsWithResultsThenOneCompletion();
    void scrapeEndsWithResultsThenOneCompletion_data() { protocols(); }
    void scrapeEndsWithResultsThenOneCompletion();
    void refusalIsAResult_data() { protocols(); }
    void refusalIsAResult();
    void silenceEndsOnTheClientsTimeout_data() { protocols(); }
    void silenceEndsOnTheClientsTimeout();
    void cancelEndsWithCancelledResults_data() { protocols(); }
    void cancelEndsWithCancelledResults();
    void cancelOfUnknownOrEndedRequestDoesNothing_data() { protocols(); }
    void cancelOfUnknownOrEndedRequestDoesNothing();
    void cancelFromAnotherRequestsSlotIsSafe_data() { protocols(); }
    void cancelFromAnotherRequestsSlotIsSafe();
    void unusableRequestEndsTheSameWay_data() { protocols(); }
    void unusableRequestEndsTheSameWay();

private:
    static void protocols();
    std::unique_ptr<Harness> m_harness;
    std::unique_ptr<SignalLog> m_log;
};

void TestTrackerClientContract::protocols()
{
    QTest::addColumn<QString>("protocol");
    QTest::newRow("http") << QStringLiteral("http");
    QTest::newRow("udp") << QStringLiteral("udp");
    QTest::newRow("websocket") << QStringLiteral("websocket");
}

void TestTrackerClientContract::init()
{
    QFETCH(QString, protocol);
    m_harness = makeHarness(protocol);
    QVERIFY(m_harness->start());
    m_log = std::make_unique<SignalLog>(m_harness->client());
}

void TestTrackerClientContract::cleanup()
{
    m_log.reset();
    m_harness.reset();
}

void TestTrackerClientContract::announceEndsWithResultsThenOneCompletion()
{
    TrackerClient *client = m_harness->client();
    const quint64 first = client->announce(announceTo(m_harness->url()));
    const quint64 second = client->announce(announceTo(m_harness->url()));
    QCOMPARE(m_log->size(), 0); // nothing inside announce()
    QVERIFY(first != 0 && second != 0 && first != second);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->completed(first) && m_log->completed(second),
                             kFakeTrackerRoundWaitMs);
    watchQuietly();
    for (const quint64 id : {first, second}) {
        const QString problem = m_log->endedProperly(id, SignalLog::Kind::Announce);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(m_log->of(id).constFirst().outcome, ExchangeOutcome::Success);
    }
}

void TestTrackerClientContract::scrapeEndsWithResultsThenOneCompletion()
{
    TrackerClient *client = m_harness->client();
    const quint64 id = client->scrape(scrapeOf(m_harness->url()));
    QCOMPARE(m_log->size(), 0); // nothing inside scrape()
    QVERIFY(id != 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->completed(id), kFakeTrackerRoundWaitMs);
    watchQuietly();
    const QString problem = m_log->endedProperly(id, SignalLog::Kind::Scrape);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_log->of(id).constFirst().outcome, ExchangeOutcome::Success);
}

void TestTrackerClientContract::refusalIsAResult()
{
    m_harness->refuseNextAnnounce();
    const quint64 id = m_harness->client()->announce(announceTo(m_harness->url()));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->completed(id), kFakeTrackerRoundWaitMs);
    const QString problem = m_log->endedProperly(id, SignalLog::Kind::Announce);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_log->of(id).constFirst().outcome, ExchangeOutcome::TrackerFailure);
}

void TestTrackerClientContract::silenceEndsOnTheClientsTimeout()
{
    const quint64 id = m_harness->client()->announce(announceTo(m_harness->silentUrl()));
    // An hour of silence, on the clients' clock: it passes within milliseconds of real time.
    QVERIFY(advanceUntil(m_harness->clock(), [this, id] { return m_log->completed(id); }));
    watchQuietly();
    const QString problem = m_log->endedProperly(id, SignalLog::Kind::Announce);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_log->of(id).constFirst().outcome, ExchangeOutcome::Timeout);
}

void TestTrackerClientContract::cancelEndsWithCancelledResults()
{
    TrackerClient *client = m_harness->client();
    const quint64 id = client->announce(announceTo(m_harness->silentUrl()));
    QTest::qWait(kQuietMs); // on the wire, unanswered: the held clock lets nothing time out
    QCOMPARE(m_log->size(), 0);
    client->cancel(id);
    QCOMPARE(m_log->size(), 0); // nothing inside cancel()
    QTRY_VERIFY_WITH_TIMEOUT(m_log->completed(id), kFakeTrackerRoundWaitMs);
    // Past the client's timeout: the cancelled request never ends a second time.
    m_harness->clock().advance(2 * kClientTimeoutMs);
    watchQuietly();
    const QString problem = m_log->endedProperly(id, SignalLog::Kind::Announce);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const SignalLog::Entry &entry : m_log->of(id)) {
        if (entry.kind != SignalLog::Kind::Completed)
            QCOMPARE(entry.outcome, ExchangeOutcome::Cancelled);
    }
}

void TestTrackerClientContract::cancelOfUnknownOrEndedRequestDoesNothing()
{
    TrackerClient *client = m_harness->client();
    client->cancel(12345); // never issued
    const quint64 id = client->announce(announceTo(m_harness->url()));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->completed(id), kFakeTrackerRoundWaitMs);
    const int signalsSoFar = m_log->size();
    client->cancel(id); // already ended
    client->cancel(id);
    watchQuietly();
    QCOMPARE(m_log->size(), signalsSoFar);
}

void TestTrackerClientContract::cancelFromAnotherRequestsSlotIsSafe()
{
    TrackerClient *client = m_harness->client();
    const quint64 held = client->announce(announceTo(m_harness->silentUrl()));
    const quint64 answered = client->scrape(scrapeOf(m_harness->url()));
    connect(client, &TrackerClient::scrapeFinished, this,
            [client, answered, held](quint64 requestId) {
                if (requestId == answered)
                    client->cancel(held);
            });
    QTRY_VERIFY_WITH_TIMEOUT(m_log->completed(answered) && m_log->completed(held),
                             kFakeTrackerRoundWaitMs);
    watchQuietly();
    QString problem = m_log->endedProperly(answered, SignalLog::Kind::Scrape);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = m_log->endedProperly(held, SignalLog::Kind::Announce);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_log->of(held).constFirst().outcome, ExchangeOutcome::Cancelled);
}

void TestTrackerClientContract::unusableRequestEndsTheSameWay()
{
    AnnounceRequest request = announceTo(m_harness->url());
    request.infoHash = QByteArray(5, 'x'); // not 20 bytes
    const quint64 id = m_harness->client()->announce(request);
    QCOMPARE(m_log->size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->completed(id), kFakeTrackerRoundWaitMs);
    watchQuietly();
    const QString problem = m_log->endedProperly(id, SignalLog::Kind::Announce);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_log->of(id).constFirst().outcome != ExchangeOutcome::Success);
}

QTEST_GUILESS_MAIN(TestTrackerClientContract)
#include "tst_trackerclientcontract.moc"
