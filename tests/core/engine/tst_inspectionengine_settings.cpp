// Settings changed while torrents are open reach the protocol clients the engine already made:
// the next request carries the new User-Agent and ends on the new timeout (issue #13); the guard
// against redirects into the local network is on unless allowed (issue #16).
#include "engine/inspectionengine.h"
#include "engine/networktrackerclientfactory.h"
#include "fakehostresolver.h"
#include "fakehttptracker.h"
#include "faketrackerclientfactory.h"
#include "faketrackerscript.h"
#include "testtime.h"
#include "testtorrents.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
const QByteArray kInfoHash = QByteArray::fromHex("5345545449474e475300000000000000000000aa");
const QByteArray kWorkingReply = "d8:intervali1800e5:peers0:e";

const TestTorrents::TorrentOptions kSettingsTorrent{
    .name = QStringLiteral("settings test"), .infoHashV1 = kInfoHash, .totalSize = 1 << 20};

QList<FakeHttpTracker::Request> announcesOf(const FakeHttpTracker &tracker)
{
    QList<FakeHttpTracker::Request> announces;
    for (const FakeHttpTracker::Request &request : tracker.requests()) {
        if (request.path() == "/announce")
            announces.append(request);
    }
    return announces;
}
} // namespace

class TestInspectionEngineSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextRequestUsesNewUserAgentAndTimeout();
    void everyKeptClientIsConfiguredAgain();
    void privateRedirectRefusedUnlessAllowed();
};

void TestInspectionEngineSettings::nextRequestUsesNewUserAgentAndTimeout()
{
    FakeHttpTracker tracker;
    QVERIFY(tracker.start());
    bool answer = true;
    tracker.setHandler([&answer](const FakeHttpTracker::Request &) {
        FakeHttpTracker::Response response = FakeHttpTracker::Response::bencoded(kWorkingReply);
        response.neverReply = !answer;
        return response;
    });
    QNetworkAccessManager network;
    FakeHostResolver resolver;
    InspectionEngine engine(std::make_unique<NetworkTrackerClientFactory>(&network, &resolver));
    EngineSettings settings;
    settings.userAgent = QByteArrayLiteral("First-Agent/1");
    settings.requestTimeoutMs = 60'000;
    settings.changeSignalDelayMs = 0;
    engine.setSettings(settings);
    QSignalSpy idle(&engine, &InspectionEngine::becameIdle);
    const quint64 id =
        engine.addTorrent(TestTorrents::metainfo({{tracker.url().toString()}}, kSettingsTorrent));
    QVERIFY(idle.wait(kFakeTrackerRoundWaitMs));
    QCOMPARE(announcesOf(tracker).size(), 1);
    QCOMPARE(announcesOf(tracker).constFirst().header("User-Agent"), "First-Agent/1");

    // The Settings dialog applies both live; the tracker now holds every request.
    settings.userAgent = QByteArrayLiteral("Second-Agent/2");
    settings.requestTimeoutMs = 1500;
    engine.setSettings(settings);
    answer = false;
    engine.sendEvent(AnnounceEvent::None, id);
    QTRY_COMPARE_WITH_TIMEOUT(announcesOf(tracker).size(), 2, kFakeTrackerRoundWaitMs);
    QCOMPARE(announcesOf(tracker).constLast().header("User-Agent"), "Second-Agent/2");
    // The client's own timeout ended it (1,500 ms less the client's margin), not the engine's
    // deadline, whose message is "No answer within 1.5 s.".
    QTRY_COMPARE_WITH_TIMEOUT(engine.torrent(id)->trackers.constFirst().status,
                              TrackerStatus::Timeout, kFakeTrackerRoundWaitMs);
    const QString message = engine.torrent(id)->trackers.constFirst().message;
    QVERIFY2(message.contains(QStringLiteral("gave no complete answer within 1250 ms")),
             qPrintable(message));
}

void TestInspectionEngineSettings::everyKeptClientIsConfiguredAgain()
{
    auto script = std::make_shared<FakeTrackerScript>();
    auto factory = std::make_unique<FakeTrackerClientFactory>(script);
    FakeTrackerClientFactory *seen = factory.get();
    InspectionEngine engine(std::move(factory));
    EngineSettings settings;
    settings.changeSignalDelayMs = 0;
    engine.setSettings(settings);
    QCOMPARE(seen->configureCount(), 0); // no client yet
    engine.addTorrent(TestTorrents::metainfo({{QStringLiteral("http://tracker.test/announce")},
                                              {QStringLiteral("udp://tracker.test:6969")}},
                                             kSettingsTorrent));
    // Made: one per protocol.
    QTRY_COMPARE_WITH_TIMEOUT(seen->configureCount(), 2, kFakeTrackerRoundWaitMs);
    settings.userAgent = QByteArrayLiteral("Third-Agent/3");
    settings.requestTimeoutMs = 4321;
    engine.setSettings(settings);
    QCOMPARE(seen->configureCount(), 4);
    QCOMPARE(seen->lastSettings().userAgent, QByteArray("Third-Agent/3"));
    QCOMPARE(seen->lastSettings().requestTimeoutMs, 4321);
}

// End to end: the refusal is the tracker's status message; allowed, the redirect is followed.
void TestInspectionEngineSettings::privateRedirectRefusedUnlessAllowed()
{
    FakeHttpTracker tracker;
    QVERIFY(tracker.start());
    tracker.setHandler([&tracker](const FakeHttpTracker::Request &request) {
        if (request.path() == "/announce")
            return FakeHttpTracker::Response::redirect(
                302, tracker.url(QStringLiteral("/inside")).toEncoded());
        return FakeHttpTracker::Response::bencoded(kWorkingReply);
    });
    QNetworkAccessManager network;
    FakeHostResolver resolver;
    // The system resolver takes the network access manager to loopback; our guard's resolver
    // says localhost is an address on the internet (a documentation address).
    resolver.setAddresses(QStringLiteral("localhost"),
                          {QHostAddress(QStringLiteral("203.0.113.7"))});
    InspectionEngine engine(std::make_unique<NetworkTrackerClientFactory>(&network, &resolver));
    EngineSettings settings;
    settings.changeSignalDelayMs = 0;
    settings.scrapeOnLoad = false;
    engine.setSettings(settings);
    QUrl url = tracker.url();
    url.setHost(QStringLiteral("localhost"));
    const quint64 id =
        engine.addTorrent(TestTorrents::metainfo({{url.toString()}}, kSettingsTorrent));
    QTRY_COMPARE_WITH_TIMEOUT(engine.torrent(id)->trackers.constFirst().status,
                              TrackerStatus::Unreachable, kFakeTrackerRoundWaitMs);
    const QString message = engine.torrent(id)->trackers.constFirst().message;
    QVERIFY2(message.contains(QStringLiteral("from a public address to a loopback one")),
             qPrintable(message));
    QCOMPARE(tracker.requests().size(), 1);

    settings.allowPrivateRedirects = true;
    engine.setSettings(settings);
    engine.sendEvent(AnnounceEvent::None, id);
    QTRY_COMPARE_WITH_TIMEOUT(engine.torrent(id)->trackers.constFirst().status,
                              TrackerStatus::Working, kFakeTrackerRoundWaitMs);
    QCOMPARE(tracker.requests().constLast().path(), QByteArray("/inside"));
}

QTEST_GUILESS_MAIN(TestInspectionEngineSettings)
#include "tst_inspectionengine_settings.moc"
