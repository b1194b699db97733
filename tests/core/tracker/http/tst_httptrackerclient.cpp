#include "clientrun.h"
#include "fakehostresolver.h"
#include "fakehttptracker.h"
#include "testhashes.h"
#include "testtime.h"
#include "tracker/http/httptrackerclient.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using Response = FakeHttpTracker::Response;

class TestHttpTrackerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void announceSendsEveryParameter();
    void announceRecordsTheExchange();
    void announceOutcome_data();
    void announceOutcome();
    void followsRedirects();
    void connectionRefused();
    void connectTimeoutDuringTlsHandshake();
    void dnsFailureThroughProxy();
    void honoursApplicationProxy();
    void certificateErrors_data();
    void certificateErrors();
    void httpsToHttpRedirectRefused();
    void redirectIntoLocalNetworkRefused_data();
    void redirectIntoLocalNetworkRefused();
    void redirectWithinPublicAddressesFollowed();
    void privateRedirectFollowedWhenAllowed();
    void localTrackerMayRedirectLocally();
    void aPublicTrackerWithALocalRecordIsPublic();
    void unsupportedRequestsReportLater();
    void cancelReportsCancelledThenNothingMore();

    void scrapeInRequestOrder();
    void scrapeLearnsTrackerLimit();
    void scrapeShrinksOnUriTooLong();
    void scrapeUnknownHashesDoNotShrink();
    void scrapeOutcome_data();
    void scrapeOutcome();
    void scrapeUnsupportedUrl();

private:
    AnnounceRequest announceRequest(const QUrl &url) const;
    QUrl publicLookingUrl(const QString &path = QStringLiteral("/announce")) const;

    static constexpr int kConnectTimeoutMs = 400;
    static constexpr int kTotalTimeoutMs = 800;
    static constexpr qint64 kBodyCap = 64 * 1024;
    static constexpr qint64 kHugeBodySize = qint64(256) * 1024 * 1024;

    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<FakeHostResolver> m_resolver;
    std::unique_ptr<HttpTrackerClient> m_client;
    std::unique_ptr<FakeHttpTracker> m_tracker;
};

namespace {

const QByteArray kPeersReply = QByteArrayLiteral("d8:completei1e10:incompletei2e8:intervali1800e"
                                                 "5:peers6:\x7f\x00\x00\x02\x1a\xe1"
                                                 "e");

QByteArray scrapeEntry(const QByteArray &infoHash, int seeders)
{
    return "20:" + infoHash + "d8:completei" + QByteArray::number(seeders) +
           "e10:downloadedi7e10:incompletei1ee";
}

// Answers every requested hash, or only the first `limit` (as opentracker does past ~64).
FakeHttpTracker::Handler scrapeAnswering(int limit, const QList<QByteArray> &known = {})
{
    return [limit, known](const FakeHttpTracker::Request &request) {
        QByteArray files;
        const QList<QByteArray> asked = request.queryValues("info_hash");
        for (qsizetype index = 0; index < asked.size() && index < limit; ++index) {
            if (known.isEmpty() || known.contains(asked.at(index)))
                files += scrapeEntry(asked.at(index), int(index));
        }
        return Response::bencoded("d5:filesd" + files + "ee");
    };
}

} // namespace

void TestHttpTrackerClient::initTestCase()
{
    QString error;
    QVERIFY2(FakeHttpTracker::makeCertificate(&m_certificate, &m_key, &error), qPrintable(error));
}

void TestHttpTrackerClient::init()
{
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_manager->setProxy(QNetworkProxy::NoProxy);
    m_resolver = std::make_unique<FakeHostResolver>();
    m_client = std::make_unique<HttpTrackerClient>(m_manager.get());
    m_client->setHostResolver(m_resolver.get());
    HttpTrackerSettings settings;
    settings.connectTimeoutMs = kConnectTimeoutMs;
    settings.totalTimeoutMs = kTotalTimeoutMs;
    settings.maxBodySize = kBodyCap;
    settings.maxRedirects = 3;
    m_client->setSettings(settings);
    m_tracker = std::make_unique<FakeHttpTracker>();
    QVERIFY(m_tracker->start());
}

void TestHttpTrackerClient::cleanup()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    m_client.reset();
    m_resolver.reset();
    m_tracker.reset();
    m_manager.reset();
}

AnnounceRequest TestHttpTrackerClient::announceRequest(const QUrl &url) const
{
    AnnounceRequest request;
    request.trackerUrl = url;
    request.infoHash = QByteArray::fromHex("ff00c3aa8090a0b0c0d0e0f0010203040506078f");
    request.peerId = TestHashes::peerId(7);
    request.key = 0x12345678;
    return request;
}

// The fake tracker under a name the network access manager reaches through the system resolver
// (localhost, on loopback) while our guard's resolver says it is a public address
// (203.0.113.7, a documentation address that stands for any address on the internet).
QUrl TestHttpTrackerClient::publicLookingUrl(const QString &path) const
{
    m_resolver->setAddresses(QStringLiteral("localhost"),
                             {QHostAddress(QStringLiteral("203.0.113.7"))});
    QUrl url = m_tracker->url(path);
    url.setHost(QStringLiteral("localhost"));
    return url;
}

void TestHttpTrackerClient::announceSendsEveryParameter()
{
    m_tracker->enqueue(Response::bencoded(kPeersReply));
    AnnounceRequest request = announceRequest(m_tracker->url(QStringLiteral("/pk/announce?pk=a")));
    request.trackerId = "id\x01";
    request.event = AnnounceEvent::Completed;
    const AnnounceResult result = ClientRun::announceOnce(*m_client, request);
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(m_tracker->requests().size(), 1);
    const FakeHttpTracker::Request &sent = m_tracker->requests().constFirst();
    QCOMPARE(sent.path(), QByteArray("/pk/announce"));
    QCOMPARE(sent.queryValue("pk"), QByteArray("a"));
    QCOMPARE(sent.queryValue("info_hash"), request.infoHash); // raw bytes survived
    QCOMPARE(sent.queryValue("peer_id"), request.peerId);
    QCOMPARE(sent.queryValue("port"), QByteArray("6881"));
    QCOMPARE(sent.queryValue("compact"), QByteArray("1"));
    QCOMPARE(sent.queryValue("numwant"), QByteArray("50"));
    QCOMPARE(sent.queryValue("key"), QByteArray("12345678"));
    QCOMPARE(sent.queryValue("event"), QByteArray("completed"));
    QCOMPARE(sent.queryValue("trackerid"), QByteArray("id\x01"));
    QCOMPARE(sent.header("User-Agent"), QByteArray("TrackerInspector/" TRACKER_INSPECTOR_VERSION));

    HttpTrackerSettings settings = m_client->settings();
    settings.userAgent = "Custom/1.0";
    m_client->setSettings(settings);
    m_tracker->enqueue(Response::bencoded(kPeersReply));
    QCOMPARE(ClientRun::announceOnce(*m_client, request).outcome, ExchangeOutcome::Success);
    QCOMPARE(m_tracker->requests().last().header("User-Agent"), QByteArray("Custom/1.0"));
}

void TestHttpTrackerClient::announceRecordsTheExchange()
{
    Response response = Response::bencoded(kPeersReply);
    response.headers.append(qMakePair(QByteArray("X-Tracker"), QByteArray("fake")));
    response.delayMs = 50;
    m_tracker->enqueue(response);
    const AnnounceRequest request = announceRequest(m_tracker->url());
    const AnnounceResult result = ClientRun::announceOnce(*m_client, request);
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(result.seeders, 1);
    QCOMPARE(result.leechers, 2);
    QCOMPARE(result.peers.size(), 1);
    const ExchangeRecord &record = result.exchange;
    QVERIFY(record.requestDescription.startsWith(m_tracker->url().toString() +
                                                 QStringLiteral("?info_hash=%FF%00%C3")));
    QCOMPARE(record.statusLine, QStringLiteral("HTTP/1.1 200 OK"));
    QVERIFY(record.headers.contains(qMakePair(QByteArray("X-Tracker"), QByteArray("fake"))));
    QCOMPARE(record.rawReply, kPeersReply);
    QVERIFY(!record.rawReplyTruncated);
    QVERIFY(record.started.isValid());
    QVERIFY(record.connectingMs >= 0);
    QVERIFY(record.connectedMs >= record.connectingMs);
    QVERIFY(record.requestSentMs >= record.connectingMs);
    QVERIFY(record.firstByteMs >= record.requestSentMs + 40); // the server waited 50 ms
    QVERIFY(record.finishedMs >= record.firstByteMs);
    QCOMPARE(record.encryptedMs, -1);
}

void TestHttpTrackerClient::announceOutcome_data()
{
    QTest::addColumn<Response>("response");
    QTest::addColumn<ExchangeOutcome>("outcome");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("tracker failure")
        << Response::bencoded("d14:failure reason14:unregistered !8:retry in5:nevere")
        << ExchangeOutcome::TrackerFailure << QStringLiteral("unregistered !");
    QTest::newRow("404 html") << Response::html(404, "Not Found",
                                                "<html><head><title>404 Not Found</title></head>"
                                                "<body><h1>Not here</h1></body></html>")
                              << ExchangeOutcome::HttpError
                              << QStringLiteral("HTTP 404 Not Found instead of 200: 404 Not Found");
    QTest::newRow("503 html without title")
        << Response::html(503, "Service Unavailable",
                          "<html><body>\n<p>Down for <b>maintenance"
                          "</b> &amp; repairs</p></body></html>")
        << ExchangeOutcome::HttpError << QStringLiteral("Down for maintenance & repairs");
    QTest::newRow("204 empty") << Response::html(204, "No Content", QByteArray())
                               << ExchangeOutcome::HttpError << QStringLiteral("HTTP 204");
    // The status the server sent is the verdict; a broken chunked body after it is a detail of
    // it. Here the chunk size "zz" is not hex and its line never ends (the rest of the body comes
    // too late), which leaves Qt waiting until the total timeout.
    Response brokenChunked404 = Response::html(404, "Not Found", "zzzz");
    brokenChunked404.headers.append(
        qMakePair(QByteArray("Transfer-Encoding"), QByteArray("chunked")));
    brokenChunked404.sendContentLength = false;
    brokenChunked404.dripBytes = 2;
    brokenChunked404.dripIntervalMs = 60'000;
    QTest::newRow("404, broken chunked body")
        << brokenChunked404 << ExchangeOutcome::HttpError
        << QStringLiteral("HTTP 404 Not Found instead of 200. Then its body failed: ");
    Response brokenChunked200 = brokenChunked404;
    brokenChunked200.status = 200;
    brokenChunked200.reason = "OK";
    QTest::newRow("200, broken chunked body")
        << brokenChunked200 << ExchangeOutcome::Timeout << QStringLiteral("no complete answer");
    QTest::newRow("not bencode") << Response::bencoded("<html>hello</html>")
                                 << ExchangeOutcome::InvalidResponse
                                 << QStringLiteral("not bencode");
    QTest::newRow("bencode without peers")
        << Response::bencoded("d8:intervali5ee") << ExchangeOutcome::InvalidResponse
        << QStringLiteral("neither \"peers\"");
    Response closed;
    closed.closeWithoutReply = true;
    QTest::newRow("closed without reply")
        << closed << ExchangeOutcome::NetworkError << QStringLiteral("closed the connection");
    Response declaredTooBig = Response::bencoded("d5:peers0:e");
    declaredTooBig.generatedBodySize = kHugeBodySize;
    QTest::newRow("declared too large") << declaredTooBig << ExchangeOutcome::ResponseTooLarge
                                        << QStringLiteral("announced a body of");
    // A 404 that announces a huge body is a 404 first: its size is a detail.
    Response declaredTooBig404 = Response::html(404, "Not Found", "gone");
    declaredTooBig404.generatedBodySize = kHugeBodySize;
    QTest::newRow("404 declared too large")
        << declaredTooBig404 << ExchangeOutcome::HttpError
        << QStringLiteral("HTTP 404 Not Found instead of 200. Then its body failed: The tracker "
                          "announced a body");
    Response streamedTooBig = declaredTooBig;
    streamedTooBig.sendContentLength = false;
    QTest::newRow("streamed too large") << streamedTooBig << ExchangeOutcome::ResponseTooLarge
                                        << QStringLiteral("passed the limit of 65536 bytes");
    Response silent;
    silent.neverReply = true;
    QTest::newRow("no answer") << silent << ExchangeOutcome::Timeout
                               << QStringLiteral("no complete answer within 800 ms");
    Response slowDrip = Response::bencoded(kPeersReply);
    slowDrip.dripBytes = 4;
    slowDrip.dripIntervalMs = 100;
    QTest::newRow("drip too slow")
        << slowDrip << ExchangeOutcome::Timeout << QStringLiteral("bytes received");
    Response quickDrip = slowDrip;
    quickDrip.dripBytes = 16;
    quickDrip.dripIntervalMs = 20;
    QTest::newRow("drip in time") << quickDrip << ExchangeOutcome::Success << QString();
    QTest::newRow("redirect loop")
        << Response::redirect(302, "/announce") << ExchangeOutcome::RedirectRefused
        << QStringLiteral("more than 3 times");
    QTest::newRow("redirect to ftp")
        << Response::redirect(301, "ftp://127.0.0.1/announce") << ExchangeOutcome::RedirectRefused
        << QStringLiteral("not an HTTP URL");
    QTest::newRow("redirect without location")
        << Response::html(302, "Found", "<p>moved</p>") << ExchangeOutcome::HttpError
        << QStringLiteral("HTTP 302 Found");
}

void TestHttpTrackerClient::announceOutcome()
{
    QFETCH(Response, response);
    QFETCH(ExchangeOutcome, outcome);
    QFETCH(QString, messagePart);
    m_tracker->setHandler([response](const FakeHttpTracker::Request &) { return response; });
    QElapsedTimer clock;
    clock.start();
    const AnnounceResult result =
        ClientRun::announceOnce(*m_client, announceRequest(m_tracker->url()));
    QCOMPARE(result.outcome, outcome);
    QVERIFY2(result.errorMessage.contains(messagePart, Qt::CaseInsensitive),
             qPrintable(result.errorMessage));
    QVERIFY(result.exchange.finishedMs >= 0);
    QVERIFY(result.exchange.rawReply.size() <= kBodyCap);
    if (outcome == ExchangeOutcome::ResponseTooLarge) {
        // Abandoned at the cap: far from all of the body was even sent.
        QVERIFY(m_tracker->bodyBytesWritten() < kHugeBodySize / 8);
    }
    QVERIFY(clock.elapsed() < kTotalTimeoutMs + 1000);
}

void TestHttpTrackerClient::followsRedirects()
{
    m_tracker->enqueue(Response::redirect(301, "/moved/announce?x=1"));
    m_tracker->enqueue(
        Response::redirect(307, m_tracker->url(QStringLiteral("/final/announce")).toEncoded()));
    m_tracker->enqueue(Response::bencoded(kPeersReply));
    const AnnounceResult result =
        ClientRun::announceOnce(*m_client, announceRequest(m_tracker->url()));
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(result.exchange.redirects.size(), 2);
    QCOMPARE(result.exchange.redirects.at(0).path(), QStringLiteral("/moved/announce"));
    QCOMPARE(m_tracker->requests().size(), 3);
    QCOMPARE(m_tracker->requests().at(2).path(), QByteArray("/final/announce"));
    QCOMPARE(result.exchange.statusLine, QStringLiteral("HTTP/1.1 200 OK"));
}

void TestHttpTrackerClient::connectionRefused()
{
    const QUrl url = m_tracker->url();
    m_tracker.reset(); // nothing listens on that port any more
    const AnnounceResult result = ClientRun::announceOnce(*m_client, announceRequest(url));
    QCOMPARE(result.outcome, ExchangeOutcome::ConnectionRefused);
    QVERIFY2(result.errorMessage.contains(QLatin1String("refused the connection")),
             qPrintable(result.errorMessage));
}

void TestHttpTrackerClient::connectTimeoutDuringTlsHandshake()
{
    m_tracker->setTls(m_certificate, m_key);
    m_tracker->setSilent(true); // TCP accepted, TLS never answered
    QElapsedTimer clock;
    clock.start();
    const AnnounceResult result =
        ClientRun::announceOnce(*m_client, announceRequest(m_tracker->url()));
    QCOMPARE(result.outcome, ExchangeOutcome::Timeout);
    QVERIFY2(result.errorMessage.contains(QLatin1String("No connection")),
             qPrintable(result.errorMessage));
    QVERIFY(clock.elapsed() >= kConnectTimeoutMs - 50);
    // "No connection" above says it was the connect timeout, not the total one ("gave no
    // complete answer"); how long past it the event loop took to say so depends on the machine.
    QCOMPARE(m_tracker->connectionCount(), 1);
}

void TestHttpTrackerClient::dnsFailureThroughProxy()
{
    // A SOCKS5 proxy resolves names itself; ours says "host unreachable", which Qt reports as
    // a host not found. No invented name reaches the system resolver.
    m_tracker->setSocksMode(FakeHttpTracker::SocksMode::HostUnreachable);
    m_manager->setProxy(QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"),
                                      m_tracker->serverPort()));
    const AnnounceResult result = ClientRun::announceOnce(
        *m_client, announceRequest(QUrl(QStringLiteral("http://no-such-tracker.test/announce"))));
    QCOMPARE(result.outcome, ExchangeOutcome::DnsFailure);
    QVERIFY2(result.errorMessage.contains(QLatin1String("no-such-tracker.test could not be "
                                                        "resolved")),
             qPrintable(result.errorMessage));
    QCOMPARE(m_tracker->socksTargets(), QStringList{QStringLiteral("no-such-tracker.test:80")});
}

void TestHttpTrackerClient::honoursApplicationProxy()
{
    m_manager->setProxy(QNetworkProxy::DefaultProxy); // follow the application's setting
    m_tracker->setSocksMode(FakeHttpTracker::SocksMode::TunnelToSelf);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(
        QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), m_tracker->serverPort()));
    m_tracker->enqueue(Response::bencoded(kPeersReply));
    const AnnounceResult result = ClientRun::announceOnce(
        *m_client,
        announceRequest(QUrl(QStringLiteral("http://tracker.proxied.test:6969/announce"))));
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(m_tracker->socksTargets(), QStringList{QStringLiteral("tracker.proxied.test:6969")});
    QCOMPARE(m_tracker->requests().constFirst().header("Host"),
             QByteArray("tracker.proxied.test:6969"));
}

void TestHttpTrackerClient::certificateErrors_data()
{
    QTest::addColumn<bool>("trustCertificate");
    QTest::addColumn<bool>("ignoreErrors");
    QTest::addColumn<ExchangeOutcome>("outcome");
    QTest::newRow("untrusted") << false << false << ExchangeOutcome::TlsError;
    QTest::newRow("untrusted, user allowed") << false << true << ExchangeOutcome::Success;
    QTest::newRow("trusted CA") << true << false << ExchangeOutcome::Success;
}

void TestHttpTrackerClient::certificateErrors()
{
    QFETCH(bool, trustCertificate);
    QFETCH(bool, ignoreErrors);
    QFETCH(ExchangeOutcome, outcome);
    m_tracker->setTls(m_certificate, m_key);
    m_tracker->enqueue(Response::bencoded(kPeersReply));
    if (trustCertificate) {
        HttpTrackerSettings settings = m_client->settings();
        settings.extraCaCertificates = {m_certificate};
        m_client->setSettings(settings);
    }
    AnnounceRequest request = announceRequest(m_tracker->url());
    request.ignoreCertificateErrors = ignoreErrors;
    const AnnounceResult result = ClientRun::announceOnce(*m_client, request);
    QCOMPARE(result.outcome, outcome);
    if (outcome == ExchangeOutcome::TlsError) {
        QVERIFY2(result.errorMessage.contains(QLatin1String("self signed"), Qt::CaseInsensitive) ||
                     result.errorMessage.contains(QLatin1String("self-signed")),
                 qPrintable(result.errorMessage));
        QVERIFY(result.errorMessage.contains(QLatin1String("certificate of 127.0.0.1")));
        return;
    }
    QVERIFY(result.exchange.encryptedMs >= 0);
    QCOMPARE(!result.exchange.ignoredCertificateErrors.isEmpty(), ignoreErrors);
    QCOMPARE(result.notes.join(u' ').contains(QLatin1String("Certificate errors were ignored")),
             ignoreErrors);
}

void TestHttpTrackerClient::httpsToHttpRedirectRefused()
{
    FakeHttpTracker plain;
    QVERIFY(plain.start());
    m_tracker->setTls(m_certificate, m_key);
    m_tracker->enqueue(Response::redirect(302, plain.url().toEncoded()));
    AnnounceRequest request = announceRequest(m_tracker->url());
    request.ignoreCertificateErrors = true;
    const AnnounceResult result = ClientRun::announceOnce(*m_client, request);
    QCOMPARE(result.outcome, ExchangeOutcome::RedirectRefused);
    QVERIFY2(result.errorMessage.contains(QLatin1String("from HTTPS to plain HTTP")),
             qPrintable(result.errorMessage));
    QCOMPARE(plain.requests().size(), 0);
}

void TestHttpTrackerClient::redirectIntoLocalNetworkRefused_data()
{
    QTest::addColumn<QString>("targetHost");
    QTest::addColumn<QString>("resolvedTo");
    QTest::addColumn<QString>("scopeText");
    QTest::newRow("loopback address") << QStringLiteral("127.0.0.1") << QString() << "loopback";
    QTest::newRow("public-looking name on loopback")
        << QStringLiteral("sneaky.test") << QStringLiteral("127.0.0.1") << "loopback";
    QTest::newRow("name on a private address")
        << QStringLiteral("intranet.test") << QStringLiteral("10.0.0.1") << "private";
    QTest::newRow("link-local (cloud metadata)")
        << QStringLiteral("169.254.169.254") << QString() << "link-local";
    QTest::newRow("carrier-grade NAT")
        << QStringLiteral("cgnat.test") << QStringLiteral("100.64.1.2")
        << "shared (carrier-grade NAT)";
    QTest::newRow("IPv6 unique local")
        << QStringLiteral("v6.test") << QStringLiteral("fd00::5") << "private";
}

// A tracker on the internet cannot make us send requests into the local network: the target's
// resolved address decides, and nothing is sent to it.
void TestHttpTrackerClient::redirectIntoLocalNetworkRefused()
{
    QFETCH(QString, targetHost);
    QFETCH(QString, resolvedTo);
    QFETCH(QString, scopeText);
    if (!resolvedTo.isEmpty())
        m_resolver->setAddresses(targetHost, {QHostAddress(resolvedTo)});
    FakeHttpTracker local;
    QVERIFY(local.start());
    QUrl target = local.url(QStringLiteral("/internal?secret=1"));
    target.setHost(targetHost);
    m_tracker->enqueue(Response::redirect(302, target.toEncoded()));
    const AnnounceResult result =
        ClientRun::announceOnce(*m_client, announceRequest(publicLookingUrl()));
    QCOMPARE(result.outcome, ExchangeOutcome::RedirectRefused);
    QVERIFY2(result.errorMessage.contains(u"from a public address to a " + scopeText),
             qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(resolvedTo.isEmpty() ? targetHost : resolvedTo),
             qPrintable(result.errorMessage));
    QVERIFY2(!result.errorMessage.contains(u"secret"), qPrintable(result.errorMessage));
    QVERIFY(result.exchange.redirects.isEmpty());
    QCOMPARE(local.requests().size(), 0);
    QVERIFY(m_resolver->lookedUpHosts().contains(targetHost));
}

void TestHttpTrackerClient::redirectWithinPublicAddressesFollowed()
{
    m_tracker->enqueue(
        Response::redirect(302, publicLookingUrl(QStringLiteral("/moved")).toEncoded()));
    m_tracker->enqueue(Response::bencoded(kPeersReply));
    const AnnounceResult result =
        ClientRun::announceOnce(*m_client, announceRequest(publicLookingUrl()));
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(result.exchange.redirects.size(), 1);
    QCOMPARE(m_tracker->requests().size(), 2);
}

void TestHttpTrackerClient::privateRedirectFollowedWhenAllowed()
{
    HttpTrackerSettings settings = m_client->settings();
    settings.allowPrivateRedirects = true;
    m_client->setSettings(settings);
    m_tracker->enqueue(
        Response::redirect(302, m_tracker->url(QStringLiteral("/loopback")).toEncoded()));
    m_tracker->enqueue(Response::bencoded(kPeersReply));
    const AnnounceResult result =
        ClientRun::announceOnce(*m_client, announceRequest(publicLookingUrl()));
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(m_tracker->requests().size(), 2);
    QCOMPARE(m_tracker->requests().at(1).path(), QByteArray("/loopback"));
}

// A tracker that is itself in the local network (its name resolving to a private address) may
// redirect within it.
void TestHttpTrackerClient::localTrackerMayRedirectLocally()
{
    m_resolver->setAddresses(QStringLiteral("localhost"),
                             {QHostAddress(QStringLiteral("192.168.1.20"))});
    QUrl first = m_tracker->url();
    first.setHost(QStringLiteral("localhost"));
    m_tracker->enqueue(
        Response::redirect(302, m_tracker->url(QStringLiteral("/loopback")).toEncoded()));
    m_tracker->enqueue(Response::bencoded(kPeersReply));
    const AnnounceResult result = ClientRun::announceOnce(*m_client, announceRequest(first));
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(m_tracker->requests().size(), 2);
}

// A public tracker cannot make itself "local" by adding a loopback record beside its real one:
// any public address makes it public, and its redirect into the local network is refused.
void TestHttpTrackerClient::aPublicTrackerWithALocalRecordIsPublic()
{
    m_resolver->setAddresses(
        QStringLiteral("localhost"),
        {QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("203.0.113.7"))});
    QUrl first = m_tracker->url();
    first.setHost(QStringLiteral("localhost"));
    m_tracker->enqueue(
        Response::redirect(302, m_tracker->url(QStringLiteral("/loopback")).toEncoded()));
    const AnnounceResult result = ClientRun::announceOnce(*m_client, announceRequest(first));
    QCOMPARE(result.outcome, ExchangeOutcome::RedirectRefused);
    QCOMPARE(m_tracker->requests().size(), 1);
}

void TestHttpTrackerClient::unsupportedRequestsReportLater()
{
    QSignalSpy finished(m_client.get(), &TrackerClient::announceFinished);
    AnnounceRequest request = announceRequest(QUrl(QStringLiteral("udp://127.0.0.1:1/announce")));
    m_client->announce(request);
    request = announceRequest(m_tracker->url());
    request.infoHash = "short";
    m_client->announce(request);
    QCOMPARE(finished.size(), 0); // never inside the call
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.at(0).at(1).value<AnnounceResult>().outcome, ExchangeOutcome::Unsupported);
    const AnnounceResult second = finished.at(1).at(1).value<AnnounceResult>();
    QCOMPARE(second.outcome, ExchangeOutcome::Unsupported);
    QVERIFY(second.errorMessage.contains(QLatin1String("5 bytes long")));
    QCOMPARE(m_tracker->requests().size(), 0);
}

void TestHttpTrackerClient::cancelReportsCancelledThenNothingMore()
{
    Response silent;
    silent.neverReply = true;
    m_tracker->enqueue(silent);
    QSignalSpy finished(m_client.get(), &TrackerClient::announceFinished);
    QSignalSpy completed(m_client.get(), &TrackerClient::requestCompleted);
    QSignalSpy received(m_tracker.get(), &FakeHttpTracker::requestReceived);
    const quint64 cancelled = m_client->announce(announceRequest(m_tracker->url()));
    QVERIFY(received.wait(kFakeTrackerReplyWaitMs));
    m_client->cancel(cancelled);
    const quint64 unsupported =
        m_client->announce(announceRequest(QUrl(QStringLiteral("udp://127.0.0.1:1/a"))));
    m_client->cancel(unsupported);
    QCOMPARE(finished.size(), 0); // never inside cancel()
    // A later request completes after the total timeout of the first one would have fired:
    // each cancelled request ended once, as Cancelled, and nothing more came for it.
    Response slow = Response::bencoded(kPeersReply);
    slow.delayMs = kTotalTimeoutMs / 2 + 200;
    m_tracker->enqueue(slow);
    const quint64 later = m_client->announce(announceRequest(m_tracker->url()));
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 3, kFakeTrackerReplyWaitMs);
    QCOMPARE(finished.size(), 3);
    QCOMPARE(completed.at(0).at(0).value<quint64>(), cancelled);
    QCOMPARE(completed.at(1).at(0).value<quint64>(), unsupported);
    QCOMPARE(completed.at(2).at(0).value<quint64>(), later);
    QCOMPARE(finished.at(0).at(1).value<AnnounceResult>().outcome, ExchangeOutcome::Cancelled);
    QCOMPARE(finished.at(1).at(1).value<AnnounceResult>().outcome, ExchangeOutcome::Cancelled);
    QVERIFY(finished.at(2).at(1).value<AnnounceResult>().succeeded());
}

void TestHttpTrackerClient::scrapeInRequestOrder()
{
    const QList<QByteArray> hashes = TestHashes::infoHashes(3);
    m_tracker->setHandler(scrapeAnswering(100, {hashes.at(0), hashes.at(2)}));
    ScrapeRequest request;
    request.trackerUrl = m_tracker->url(QStringLiteral("/x/announce.php?passkey=p"));
    request.infoHashes = {hashes.at(2), hashes.at(1), hashes.at(0)};
    const ScrapeResult result = ClientRun::scrapeOnce(*m_client, request);
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(result.entries.size(), 3);
    QCOMPARE(result.entries.at(0).infoHash, hashes.at(2));
    QVERIFY(result.entries.at(0).present);
    QCOMPARE(result.entries.at(0).seeders, 0); // first in the request
    QVERIFY(!result.entries.at(1).present);
    QCOMPARE(result.entries.at(1).seeders, -1);
    QCOMPARE(result.entries.at(2).seeders, 2);
    QCOMPARE(result.entries.at(2).completed, 7);
    QCOMPARE(m_tracker->requests().constFirst().path(), QByteArray("/x/scrape.php"));
    QCOMPARE(m_tracker->requests().constFirst().queryValue("passkey"), QByteArray("p"));
    QCOMPARE(m_tracker->requests().constFirst().queryValues("info_hash"), request.infoHashes);
    QCOMPARE(result.exchanges.size(), 1); // the gap is inside the reply: not asked again
}

void TestHttpTrackerClient::scrapeLearnsTrackerLimit()
{
    HttpTrackerSettings settings = m_client->settings();
    settings.initialScrapeBatchSize = 8;
    m_client->setSettings(settings);
    m_tracker->setHandler(scrapeAnswering(5));
    ScrapeRequest request;
    request.trackerUrl = m_tracker->url();
    request.infoHashes = TestHashes::infoHashes(12);
    const ScrapeResult result = ClientRun::scrapeOnce(*m_client, request);
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    for (const ScrapeEntry &entry : result.entries)
        QVERIFY(entry.present);
    QCOMPARE(m_client->scrapeBatchSize(request.trackerUrl), 5);
    QVERIFY(result.notes.join(u' ').contains(QLatin1String("at most 5 info hashes")));

    const qsizetype before = m_tracker->requests().size();
    const ScrapeResult again = ClientRun::scrapeOnce(*m_client, request);
    QCOMPARE(again.outcome, ExchangeOutcome::Success);
    QCOMPARE(m_tracker->requests().size() - before, 3); // 5 + 5 + 2, nothing asked twice
    for (qsizetype index = before; index < m_tracker->requests().size(); ++index)
        QVERIFY(m_tracker->requests().at(index).queryValues("info_hash").size() <= 5);
}

void TestHttpTrackerClient::scrapeShrinksOnUriTooLong()
{
    HttpTrackerSettings settings = m_client->settings();
    settings.initialScrapeBatchSize = 16;
    m_client->setSettings(settings);
    const FakeHttpTracker::Handler answer = scrapeAnswering(100);
    m_tracker->setHandler([answer](const FakeHttpTracker::Request &request) {
        if (request.queryValues("info_hash").size() > 4)
            return Response::html(414, "Request-URI Too Long", "<h1>414</h1>");
        return answer(request);
    });
    ScrapeRequest request;
    request.trackerUrl = m_tracker->url();
    request.infoHashes = TestHashes::infoHashes(16);
    const ScrapeResult result = ClientRun::scrapeOnce(*m_client, request);
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(result.entries.size(), 16); // 16 -> 414, 8 -> 414, then 4 at a time
    for (const ScrapeEntry &entry : result.entries)
        QVERIFY(entry.present);
    QCOMPARE(m_client->scrapeBatchSize(request.trackerUrl), 4);
    QCOMPARE(result.exchanges.constFirst().statusLine,
             QStringLiteral("HTTP/1.1 414 Request-URI Too Long"));
}

void TestHttpTrackerClient::scrapeUnknownHashesDoNotShrink()
{
    const QList<QByteArray> hashes = TestHashes::infoHashes(6);
    m_tracker->setHandler(scrapeAnswering(100, hashes.first(3)));
    ScrapeRequest request;
    request.trackerUrl = m_tracker->url();
    request.infoHashes = hashes;
    const ScrapeResult result = ClientRun::scrapeOnce(*m_client, request);
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(result.entries.at(2).present, true);
    QCOMPARE(result.entries.at(3).present, false);
    QCOMPARE(result.entries.at(5).seeders, -1);
    QCOMPARE(result.exchanges.size(), 2); // the tail asked again once, then known missing
    QCOMPARE(m_client->scrapeBatchSize(request.trackerUrl),
             HttpTrackerSettings::kDefaultScrapeBatchSize);
}

void TestHttpTrackerClient::scrapeOutcome_data()
{
    QTest::addColumn<Response>("response");
    QTest::addColumn<ExchangeOutcome>("outcome");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("minRequestInterval");
    QTest::newRow("flags") << Response::bencoded("d5:filesde5:flagsd20:min_request_intervali60eee")
                           << ExchangeOutcome::Success << QString() << 60;
    QTest::newRow("failure") << Response::bencoded("d14:failure reason8:disablede")
                             << ExchangeOutcome::TrackerFailure << QStringLiteral("disabled") << -1;
    QTest::newRow("not bencode") << Response::bencoded("Scrape is off")
                                 << ExchangeOutcome::InvalidResponse
                                 << QStringLiteral("Scrape is off") << -1;
    QTest::newRow("http 500") << Response::html(500, "Internal Server Error", "<h1>Oops</h1>")
                              << ExchangeOutcome::HttpError << QStringLiteral("Oops") << -1;
}

void TestHttpTrackerClient::scrapeOutcome()
{
    QFETCH(Response, response);
    QFETCH(ExchangeOutcome, outcome);
    QFETCH(QString, messagePart);
    QFETCH(int, minRequestInterval);
    m_tracker->setHandler([response](const FakeHttpTracker::Request &) { return response; });
    ScrapeRequest request;
    request.trackerUrl = m_tracker->url();
    request.infoHashes = TestHashes::infoHashes(2);
    const ScrapeResult result = ClientRun::scrapeOnce(*m_client, request);
    QCOMPARE(result.outcome, outcome);
    QVERIFY2(result.errorMessage.contains(messagePart), qPrintable(result.errorMessage));
    QCOMPARE(result.minRequestInterval, minRequestInterval);
    QCOMPARE(result.entries.size(), 2);
    QVERIFY(!result.entries.at(0).present);
    QVERIFY(!result.exchanges.isEmpty());
}

void TestHttpTrackerClient::scrapeUnsupportedUrl()
{
    ScrapeRequest request;
    request.trackerUrl = m_tracker->url(QStringLiteral("/tracker.php"));
    request.infoHashes = TestHashes::infoHashes(2);
    const ScrapeResult result = ClientRun::scrapeOnce(*m_client, request);
    QCOMPARE(result.outcome, ExchangeOutcome::Unsupported);
    QVERIFY(result.errorMessage.contains(QLatin1String("no scrape URL")));
    QCOMPARE(result.entries.size(), 2);
    QCOMPARE(result.entries.at(1).seeders, -1);
    QCOMPARE(m_tracker->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestHttpTrackerClient)
#include "tst_httptrackerclient.moc"
