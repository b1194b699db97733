// Names through the real resolver: the test runs in a network and mount namespace of its own
// (PrivateNetworkNamespace), where /etc/resolv.conf names dnsmasq on 127.0.0.53, which serves the
// zone example.org. `tracker-inspector check` (the engine with the system resolver) and the HTTPS
// client look names up as they would on a user's machine: dual-stack trackers, names with only
// AAAA, without any address, names that do not exist, and certificates for a name (SNI).
#include "checkcommandrun.h"
#include "clientrun.h"
#include "dnsmasqserver.h"
#include "privatenetworknamespace.h"
#include "realtrackers.h"
#include "testhashes.h"
#include "testtime.h"
#include "tracker/http/httptrackerclient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

namespace {
using CheckCommandRun::endpointAddresses;
using CheckCommandRun::endpointAt;
using CheckCommandRun::trackerNamed;

constexpr int kCheckWaitMs = scaledWaitMs(30'000);
const QString kCheckTimeoutSeconds = QStringLiteral("5");
const QString kZone = QStringLiteral("example.org");
const QString kBoth = QStringLiteral("both.example.org");          // A and AAAA
const QString kIpv4Only = QStringLiteral("v4.example.org");        // A
const QString kIpv6Only = QStringLiteral("v6.example.org");        // AAAA
const QString kNoAddress = QStringLiteral("nodata.example.org");   // neither (NODATA)
const QString kMissing = QStringLiteral("missing.example.org");    // NXDOMAIN
const QString kTlsName = QStringLiteral("tracker.example.org");    // nginx's certificate
const QString kOtherTlsName = QStringLiteral("other.example.org"); // same address, not on it
const QHostAddress kIpv4(QHostAddress::LocalHost);
const QHostAddress kIpv6(QHostAddress::LocalHostIPv6);

QString endpointText(const QHostAddress &address, quint16 port)
{
    return (address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                : address.toString()) +
           u':' + QString::number(port);
}

QString statusOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("status")).toString();
}

QString messageOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("message")).toString();
}
} // namespace

class TestRealResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolvConfNamesOurServer();
    void dualStackNameGivesAnEndpointPerAddress();
    void eachEndpointHasItsOwnVerdict();
    void nameWithOnlyAaaa();
    void namesThatDoNotResolve_data();
    void namesThatDoNotResolve();
    void httpsCertificateForTheNameAskedBySni();
    void httpsHostNameMismatch();

private:
    CheckCommandRun::Report check(const QStringList &trackers, const QString &peerPort);
    AnnounceResult announceOverHttps(const QUrl &url);

    const QByteArray m_infoHash = TestHashes::infoHash(1600);
    DnsmasqServer m_nameServer;
    OpenTrackerServer m_openTracker;      // IPv4 only (Debian's build)
    WebTorrentTrackerServer m_webTorrent; // UDP on 127.0.0.1 and ::1, HTTP on ::1
    NginxTlsProxy m_https;                // tracker.example.org, in front of opentracker
};

void TestRealResolver::initTestCase()
{
    TI_REQUIRE_PRIVATE_NETWORK();
    QString error;
    const QList<DnsmasqServer::HostRecord> records{
        {kBoth, {kIpv4, kIpv6}}, {kIpv4Only, {kIpv4}}, {kIpv6Only, {kIpv6}},
        {kNoAddress, {}},        {kTlsName, {kIpv4}},  {kOtherTlsName, {kIpv4}}};
    // A server that cannot start is a failure, never a skip: CI must not pass without it.
    QVERIFY2(m_nameServer.start(kZone, records, &error), qPrintable(error));
    QVERIFY2(m_openTracker.start({m_infoHash}, &error), qPrintable(error));
    QVERIFY2(m_webTorrent.start(kIpv6.toString(), &error), qPrintable(error));
    QVERIFY2(m_https.start(m_openTracker.port(), &error, kTlsName), qPrintable(error));
}

CheckCommandRun::Report TestRealResolver::check(const QStringList &trackers,
                                                const QString &peerPort)
{
    return CheckCommandRun::check(
        QStringLiteral(TI_EXECUTABLE),
        {CheckCommandRun::magnet(m_infoHash, QStringLiteral("resolver test"), trackers),
         QStringLiteral("--timeout"), kCheckTimeoutSeconds, QStringLiteral("--port"), peerPort},
        kCheckWaitMs);
}

void TestRealResolver::resolvConfNamesOurServer()
{
    // The namespace's view, not the machine's: no lookup here can reach another server.
    QFile resolvConf(QStringLiteral("/etc/resolv.conf"));
    QVERIFY(resolvConf.open(QIODevice::ReadOnly));
    const QByteArray text = resolvConf.readAll();
    const QByteArray expected =
        QByteArray("nameserver ") + QByteArray(PrivateNetworkNamespace::kNameServer);
    QVERIFY2(text.startsWith(expected), text.constData());
    QCOMPARE(text.count("nameserver"), 1);
}

void TestRealResolver::dualStackNameGivesAnEndpointPerAddress()
{
    // WebTorrent's tracker answers UDP on both addresses: two endpoints, both working.
    const QString url = QStringLiteral("udp://%1:%2/announce").arg(kBoth).arg(m_webTorrent.port());
    const CheckCommandRun::Report report = check({url}, QStringLiteral("7301"));
    QVERIFY2(report.exitCode == 0, report.errors.constData());
    const QJsonObject tracker = trackerNamed(report.json, url);
    QCOMPARE(statusOf(tracker), QStringLiteral("working"));
    QStringList addresses = endpointAddresses(tracker);
    addresses.sort();
    QCOMPARE(addresses, (QStringList{endpointText(kIpv4, m_webTorrent.port()),
                                     endpointText(kIpv6, m_webTorrent.port())}));
    for (const QString &address : std::as_const(addresses)) {
        const QJsonObject endpoint = endpointAt(tracker, address);
        QVERIFY2(statusOf(endpoint) == QStringLiteral("working"), qPrintable(messageOf(endpoint)));
        QVERIFY(endpoint.value(QStringLiteral("interval")).toInt() > 0);
    }
}

void TestRealResolver::eachEndpointHasItsOwnVerdict()
{
    // opentracker listens on 127.0.0.1 only: the IPv4 endpoint works, the IPv6 one is refused.
    const QString url = QStringLiteral("udp://%1:%2/announce").arg(kBoth).arg(m_openTracker.port());
    const CheckCommandRun::Report report = check({url}, QStringLiteral("7302"));
    QVERIFY2(report.exitCode == 0, report.errors.constData());
    const QJsonObject tracker = trackerNamed(report.json, url);
    QCOMPARE(endpointAddresses(tracker).size(), 2);
    const QJsonObject ipv4 = endpointAt(tracker, endpointText(kIpv4, m_openTracker.port()));
    const QJsonObject ipv6 = endpointAt(tracker, endpointText(kIpv6, m_openTracker.port()));
    QVERIFY2(statusOf(ipv4) == QStringLiteral("working"), qPrintable(messageOf(ipv4)));
    QCOMPARE(statusOf(ipv6), QStringLiteral("unreachable"));
    QVERIFY2(messageOf(ipv6).contains(QLatin1String("[::1]")), qPrintable(messageOf(ipv6)));
    qInfo("IPv6 endpoint: %s", qPrintable(messageOf(ipv6)));
}

void TestRealResolver::nameWithOnlyAaaa()
{
    const QString udp =
        QStringLiteral("udp://%1:%2/announce").arg(kIpv6Only).arg(m_webTorrent.port());
    const QString http =
        QStringLiteral("http://%1:%2/announce").arg(kIpv6Only).arg(m_webTorrent.port());
    const CheckCommandRun::Report report = check({udp, http}, QStringLiteral("7303"));
    QVERIFY2(report.exitCode == 0, report.errors.constData());
    const QJsonObject udpTracker = trackerNamed(report.json, udp);
    QCOMPARE(endpointAddresses(udpTracker), QStringList{endpointText(kIpv6, m_webTorrent.port())});
    QVERIFY2(statusOf(udpTracker) == QStringLiteral("working"), qPrintable(messageOf(udpTracker)));
    const QJsonObject httpTracker = trackerNamed(report.json, http);
    QVERIFY2(statusOf(httpTracker) == QStringLiteral("working"),
             qPrintable(messageOf(httpTracker)));
}

void TestRealResolver::namesThatDoNotResolve_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("NXDOMAIN, HTTP") << kMissing << QStringLiteral("http");
    QTest::newRow("NXDOMAIN, UDP") << kMissing << QStringLiteral("udp");
    QTest::newRow("no address, HTTP") << kNoAddress << QStringLiteral("http");
    QTest::newRow("no address, UDP") << kNoAddress << QStringLiteral("udp");
}

void TestRealResolver::namesThatDoNotResolve()
{
    QFETCH(QString, host);
    QFETCH(QString, scheme);
    const QString url =
        QStringLiteral("%1://%2:%3/announce").arg(scheme, host).arg(m_openTracker.port());
    const CheckCommandRun::Report report = check({url}, QStringLiteral("7304"));
    QCOMPARE(report.exitCode, 1); // no tracker works
    const QJsonObject tracker = trackerNamed(report.json, url);
    // An answer, not a timeout: the name server said so at once.
    QCOMPARE(statusOf(tracker), QStringLiteral("unreachable"));
    const QString message = messageOf(tracker);
    qInfo("%s", qPrintable(message));
    QVERIFY2(message.contains(host), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("not found"), Qt::CaseInsensitive) ||
                 message.contains(QLatin1String("no address"), Qt::CaseInsensitive) ||
                 message.contains(QLatin1String("could not be resolved"), Qt::CaseInsensitive),
             qPrintable(message));
}

AnnounceResult TestRealResolver::announceOverHttps(const QUrl &url)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    HttpTrackerClient client(&manager);
    HttpTrackerSettings settings = client.settings();
    settings.extraCaCertificates = {m_https.caCertificate()};
    client.setSettings(settings);
    AnnounceRequest request;
    request.trackerUrl = url;
    request.infoHash = m_infoHash;
    request.peerId = TestHashes::peerId(1);
    request.port = 7305;
    request.event = AnnounceEvent::Stopped; // leaves no peer behind for the other cases
    return ClientRun::announceOnce(client, request, kRealTrackerReplyWaitMs);
}

void TestRealResolver::httpsCertificateForTheNameAskedBySni()
{
    // nginx gives tracker.example.org's certificate only to a client that names it (SNI);
    // without SNI the default server's certificate (default.invalid) would fail the handshake.
    const AnnounceResult result = announceOverHttps(
        QUrl(QStringLiteral("https://%1:%2/announce").arg(kTlsName).arg(m_https.port())));
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QVERIFY(result.exchange.encryptedMs >= 0);
    QVERIFY(result.exchange.ignoredCertificateErrors.isEmpty());
}

void TestRealResolver::httpsHostNameMismatch()
{
    // The same server by another name it holds no certificate for.
    const AnnounceResult result = announceOverHttps(
        QUrl(QStringLiteral("https://%1:%2/announce").arg(kOtherTlsName).arg(m_https.port())));
    QCOMPARE(result.outcome, ExchangeOutcome::TlsError);
    qInfo("%s", qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(kOtherTlsName), qPrintable(result.errorMessage));
    QVERIFY2(
        result.errorMessage.contains(QLatin1String("host name did not match"), Qt::CaseInsensitive),
        qPrintable(result.errorMessage));
}

TI_PRIVATE_NETWORK_TEST_MAIN(TestRealResolver)
#include "tst_realresolver.moc"
