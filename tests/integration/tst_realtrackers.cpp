// Checks the fixture that the integration tests rely on: each real tracker starts on a free
// loopback port, answers a raw announce, and stops by PID.
#include "realtrackers.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <csignal>

namespace {
const QByteArray kInfoHash = QByteArray::fromHex("0102030405060708091011121314151617181920");

QUrl announceUrl(QUrl base)
{
    QByteArray query = "info_hash=" + kInfoHash.toPercentEncoding() +
                       "&peer_id=-TI0001-abcdefghijkl&port=6881&uploaded=0&downloaded=0&left=0"
                       "&compact=1&event=started";
    base.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return base;
}

struct Fetched
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QString errorString;
};

Fetched fetch(QNetworkAccessManager &manager, const QNetworkRequest &request)
{
    QNetworkReply *reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10'000);
    Fetched result{reply->error(), reply->readAll(), reply->errorString()};
    reply->deleteLater();
    return result;
}
} // namespace

class TestRealTrackers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opentrackerAnswersWhitelistedHashesOnly();
    void webTorrentTrackerAnswersOnIpv6();
    void nginxServesHttpsWithTheTestCa();
    void stopEndsTheProcess();
};

void TestRealTrackers::opentrackerAnswersWhitelistedHashesOnly()
{
    OpenTrackerServer tracker;
    QString error;
    QVERIFY2(tracker.start({kInfoHash}, &error), qPrintable(error));
    QNetworkAccessManager manager;
    Fetched reply = fetch(manager, QNetworkRequest(announceUrl(tracker.httpAnnounceUrl())));
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY2(reply.body.contains("8:intervali"), reply.body.constData());

    QVERIFY2(tracker.setWhitelist({}, &error), qPrintable(error));
    reply = fetch(manager, QNetworkRequest(announceUrl(tracker.httpAnnounceUrl())));
    QVERIFY2(reply.body.contains("not authorized"),
             qPrintable(reply.errorString + QString::fromLatin1(reply.body)));
}

void TestRealTrackers::webTorrentTrackerAnswersOnIpv6()
{
    WebTorrentTrackerServer tracker;
    QString error;
    QVERIFY2(tracker.start(QStringLiteral("::1"), &error), qPrintable(error));
    QCOMPARE(tracker.httpAnnounceUrl().host(), QStringLiteral("::1"));
    QNetworkAccessManager manager;
    const Fetched reply = fetch(manager, QNetworkRequest(announceUrl(tracker.httpAnnounceUrl())));
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY2(reply.body.contains("6:peers6"), reply.body.constData());
    QVERIFY2(reply.body.contains("8:completei1e"), reply.body.constData());
}

void TestRealTrackers::nginxServesHttpsWithTheTestCa()
{
    OpenTrackerServer tracker;
    NginxTlsProxy proxy;
    QString error;
    QVERIFY2(tracker.start({kInfoHash}, &error), qPrintable(error));
    QVERIFY2(proxy.start(tracker.port(), &error), qPrintable(error));
    QVERIFY(!proxy.caCertificate().isNull());
    // Separate managers: a manager caches connections and TLS state per host.
    QNetworkAccessManager untrustingManager;
    QNetworkRequest untrusted(announceUrl(proxy.httpsAnnounceUrl()));
    const Fetched refused = fetch(untrustingManager, untrusted);
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);

    QNetworkAccessManager manager;
    QNetworkRequest trusted(announceUrl(proxy.httpsAnnounceUrl()));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({proxy.caCertificate()});
    trusted.setSslConfiguration(configuration);
    const Fetched reply = fetch(manager, trusted);
    QVERIFY2(reply.error == QNetworkReply::NoError, qPrintable(reply.errorString));
    QVERIFY2(reply.body.contains("8:intervali"), reply.body.constData());
}

void TestRealTrackers::stopEndsTheProcess()
{
    OpenTrackerServer tracker;
    QString error;
    QVERIFY2(tracker.start({kInfoHash}, &error), qPrintable(error));
    const qint64 pid = tracker.pid();
    QVERIFY(pid > 0);
    tracker.stop();
    QVERIFY(::kill(pid_t(pid), 0) != 0); // no such process any more
}

QTEST_GUILESS_MAIN(TestRealTrackers)
#include "tst_realtrackers.moc"
