// The hardening test (issue #8): the real `tracker-inspector check` against dozens of trackers
// that misbehave on purpose (tests/hostile/hostiletrackerserver) plus a real opentracker, all at
// once on loopback. Each hostile tracker must get the right status and a message that says why;
// the real tracker must still work; the check must end in time with bounded memory.
#include "realtrackers.h"
#include "testtime.h"
#include "tracker/http/httptrackerclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

namespace {

constexpr int kServerStartMs = scaledWaitMs(30'000);
// Long enough for 4 MiB from loopback on a loaded two-core machine (the size-cap rows).
constexpr int kCheckTimeoutSeconds = 4 * kTestTimeFactor;
// The check's own deadlines: announce + scrape, then `stopped`, each within the timeout.
constexpr qint64 kMaxCheckDurationMs = scaledWaitMs(20'000);
constexpr int kCheckWaitMs = scaledWaitMs(60'000);
// Under the sanitizers memory grows with the time factor too.
constexpr qint64 kMaxPeakMemoryKb = qint64(200) * 1024 * kTestTimeFactor;
constexpr qsizetype kMaxMessageLength = 1200;
constexpr int kMaxPeersKept = HttpTrackerSettings::kDefaultMaxPeers;
const QByteArray kInfoHash = QByteArray::fromHex("484f5354494c4500000000000000000000000008");
// Qt 6.4 reads a header section without limit, one byte at a time, in the one thread that serves
// every HTTP reply of the network access manager: a tracker that streams headers endlessly stalls
// the other HTTP trackers until it times out. It runs in a check of its own.
const QStringList kRunSeparately = {QStringLiteral("http/endless-headers")};

bool isPlainText(const QString &text)
{
    for (const QChar character : text) {
        const char16_t code = character.unicode();
        const bool bidiControl =
            (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
        if (code < 0x20 || code == 0x7f || (code >= 0x80 && code < 0xa0) || bidiControl)
            return false;
    }
    return true;
}

} // namespace

class TestHostileTrackers : public QObject
{
    Q_OBJECT

private:
    QProcess m_server;
    OpenTrackerServer m_openTracker;
    QJsonObject m_urls; // "http/<behaviour>" -> URL
    QString m_caPath;
    QJsonObject m_report;
    qint64 m_checkDurationMs = -1;
    qint64 m_peakMemoryKb = -1;

    QString urlOf(const QString &name) const { return m_urls.value(name).toString(); }

    QJsonObject trackerNamed(const QString &name) const
    {
        const QUrl wanted(urlOf(name));
        for (const QJsonValue &tracker : m_report.value(QStringLiteral("trackers")).toArray()) {
            if (QUrl(tracker.toObject().value(QStringLiteral("url")).toString()) == wanted)
                return tracker.toObject();
        }
        return QJsonObject();
    }

    bool startServer(QString *error)
    {
        QSignalSpy ready(&m_server, &QProcess::readyReadStandardOutput);
        m_server.start(QStringLiteral(TI_HOSTILE_SERVER), QStringList());
        while (!m_server.canReadLine()) {
            if (m_server.state() == QProcess::NotRunning || !ready.wait(kServerStartMs)) {
                *error = QStringLiteral("the hostile server did not start: ") +
                         QString::fromLocal8Bit(m_server.readAllStandardError());
                return false;
            }
        }
        const QJsonObject announced = QJsonDocument::fromJson(m_server.readLine()).object();
        m_urls = announced.value(QStringLiteral("trackers")).toObject();
        m_caPath = announced.value(QStringLiteral("ca_certificate")).toString();
        return !m_urls.isEmpty();
    }

    // Every hostile tracker in a tier of its own, then the real opentracker over HTTP and UDP.
    QString writeTrackersFile(const QTemporaryDir &directory) const
    {
        const QString path = directory.filePath(QStringLiteral("trackers.txt"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        for (const QString &name : m_urls.keys()) {
            if (!kRunSeparately.contains(name))
                file.write(urlOf(name).toUtf8() + "\n\n");
        }
        file.write(m_openTracker.httpAnnounceUrl().toEncoded() + "\n\n" +
                   m_openTracker.udpAnnounceUrl().toEncoded() + "\n");
        return path;
    }

    struct CheckRun
    {
        QJsonObject report;
        qint64 durationMs = -1;
    };

    // `tracker-inspector check` of the test torrent against the trackers listed in the file.
    static bool runCheck(const QString &trackersFile, CheckRun *run, QString *error)
    {
        QProcess check;
        QSignalSpy finished(&check, &QProcess::finished);
        const QString magnet =
            QStringLiteral("magnet:?xt=urn:btih:") + QString::fromLatin1(kInfoHash.toHex());
        QElapsedTimer clock;
        clock.start();
        check.start(QStringLiteral(TI_EXECUTABLE),
                    {QStringLiteral("check"), magnet, QStringLiteral("--trackers-file"),
                     trackersFile, QStringLiteral("--json"), QStringLiteral("--timeout"),
                     QString::number(kCheckTimeoutSeconds), QStringLiteral("--port"),
                     QStringLiteral("7011")});
        if (!finished.wait(kCheckWaitMs)) {
            check.kill();
            check.waitForFinished();
            *error = QStringLiteral("the check did not end within %1 ms").arg(kCheckWaitMs);
            return false;
        }
        run->durationMs = clock.elapsed();
        QJsonParseError parseError;
        run->report = QJsonDocument::fromJson(check.readAllStandardOutput(), &parseError).object();
        *error =
            parseError.errorString() + u' ' + QString::fromLocal8Bit(check.readAllStandardError());
        return check.exitStatus() == QProcess::NormalExit && !run->report.isEmpty();
    }

    // The largest resident set of any child reaped so far: the checks (the servers still run).
    static qint64 peakChildMemoryKb()
    {
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        return usage.ru_maxrss;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(TI_EXECUTABLE)));
        QString error;
        QVERIFY2(startServer(&error), qPrintable(error));
        QVERIFY2(m_openTracker.start({kInfoHash}, &error), qPrintable(error));
        QTemporaryDir directory;
        const QString trackersFile = writeTrackersFile(directory);
        QVERIFY(!trackersFile.isEmpty());
        CheckRun run;
        QVERIFY2(runCheck(trackersFile, &run, &error), qPrintable(error));
        m_report = run.report;
        m_checkDurationMs = run.durationMs;
        m_peakMemoryKb = peakChildMemoryKb();
        qInfo("check of %lld trackers: %lld ms, peak resident memory %lld KiB",
              qint64(m_report.value(QStringLiteral("trackers")).toArray().size()),
              m_checkDurationMs, m_peakMemoryKb);
    }

    void cleanupTestCase()
    {
        m_server.closeWriteChannel(); // the server quits when its input closes
        if (!m_server.waitForFinished(ServerProcess::kStopTimeoutMs)) {
            m_server.kill();
            m_server.waitForFinished(ServerProcess::kStopTimeoutMs);
        }
    }

    void everyTrackerReported()
    {
        const QJsonArray trackers = m_report.value(QStringLiteral("trackers")).toArray();
        QCOMPARE(trackers.size(), m_urls.size() - kRunSeparately.size() + 2);
        for (const QJsonValue &tracker : trackers) {
            const QString status = tracker.toObject().value(QStringLiteral("status")).toString();
            QVERIFY2(status != u"updating" && status != u"not_contacted",
                     qPrintable(tracker.toObject().value(QStringLiteral("url")).toString()));
        }
    }

    void checkEndsInTime()
    {
        QVERIFY2(m_checkDurationMs < kMaxCheckDurationMs,
                 qPrintable(QString::number(m_checkDurationMs)));
    }

    void memoryStaysBounded()
    {
        // Hundreds of megabytes are offered (bodies, a gzip bomb, endless headers and chunks).
        QVERIFY(m_peakMemoryKb > 0);
        QVERIFY2(m_peakMemoryKb < kMaxPeakMemoryKb, qPrintable(QString::number(m_peakMemoryKb)));
    }

    void realTrackerUnaffected_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("opentracker http") << m_openTracker.httpAnnounceUrl().toString();
        QTest::newRow("opentracker udp") << m_openTracker.udpAnnounceUrl().toString();
    }
    void realTrackerUnaffected()
    {
        QFETCH(QString, url);
        for (const QJsonValue &tracker : m_report.value(QStringLiteral("trackers")).toArray()) {
            const QJsonObject object = tracker.toObject();
            if (object.value(QStringLiteral("url")).toString() != url)
                continue;
            QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("working"));
            QVERIFY(object.value(QStringLiteral("interval")).toInt() > 0);
            return;
        }
        QFAIL("opentracker is missing from the report");
    }

    void hostileTracker_data();
    void hostileTracker();
    void findings_data();
    void findings();
    void peerCounts_data();
    void peerCounts();
    void httpsToHttpRedirectRefused();
    void endlessHeadersAlone();
};

void TestHostileTrackers::hostileTracker_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("keywords"); // each must appear in the message (any case)
    const auto row = [](const char *name, const char *status, const QStringList &keywords) {
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(status) << keywords;
    };
    const auto words = [](const char *text) {
        return QString::fromUtf8(text).split(u'|', Qt::SkipEmptyParts);
    };
    // Well-behaved controls.
    row("http/valid", "working", {});
    row("http/redirect-to-http", "working", {}); // plain HTTP to plain HTTP is fine
    row("udp/valid", "working", {});
    row("udp/flood", "working", {}); // 100 junk packets before each answer
    // Bodies.
    row("http/not-bencode", "invalid_response", words("not bencode|down for maintenance"));
    row("http/html-200", "invalid_response", words("not bencode|Just a moment"));
    row("http/html-500", "invalid_response", words("500|Internal Server Error"));
    row("http/empty-body", "invalid_response", words("empty"));
    row("http/not-dictionary", "invalid_response", words("not a dictionary"));
    row("http/missing-peers", "invalid_response", words("peers"));
    row("http/truncated-bencode", "invalid_response", words("not bencode"));
    row("http/deep-nesting", "invalid_response", words("nesting"));
    row("http/integer-overflow", "invalid_response", words("not bencode|integer"));
    row("http/peers-claimed", "invalid_response", words("not bencode"));
    row("http/peers-wrong-type", "invalid_response", words("peers"));
    row("http/failure-hostile", "tracker_error", words("Banned|alert('owned')|second line"));
    row("http/failure-huge", "tracker_error", words("FFFF"));
    row("http/warning-hostile", "warning", words("Banned|alert('owned')"));
    // Sizes.
    row("http/oversized-length", "invalid_response", words("600000|limit"));
    row("http/oversized-no-length", "invalid_response", words("limit"));
    row("http/oversized-chunked", "invalid_response", words("limit"));
    row("http/gzip-bomb", "invalid_response", words("limit"));
    row("http/truncated-body", "invalid_response", words("cut short|40 of 400"));
    row("http/length-shorter", "invalid_response", words("not bencode"));
    // Time.
    row("http/drip", "timeout", words("no complete answer|bytes received"));
    row("http/drip-headers", "timeout", words("no complete answer"));
    row("http/silence", "timeout", words("no complete answer|0 bytes"));
    // Transport.
    row("http/close-at-once", "unreachable", words("closed the connection"));
    row("http/not-http", "unreachable", words("closed the connection|not an HTTP response"));
    row("http/bad-status-line", "unreachable", words("closed the connection"));
    row("http/negative-length", "working", {});                // read to the end of the connection
    row("http/bad-chunk", "invalid_response", words("empty")); // Qt reads "zz" as size 0
    row("http/redirect-loop", "unreachable", words("redirected more than 5 times"));
    row("http/redirect-closed-port", "unreachable", words("refused the connection"));
    row("http/redirect-scheme", "unreachable", words("file:///etc/passwd|not an HTTP URL"));
    row("http/redirect-no-location", "invalid_response", words("302|without a Location"));
    row("http/duplicate-keys", "working", {}); // the first value counts, with a note
    row("http/trailing-garbage", "working", {});
    row("http/counts-negative", "working", {});
    // TLS (the check trusts the system's CAs only).
    row("https/self-signed", "unreachable", words("certificate|self-signed"));
    row("https/wrong-host", "unreachable", words("certificate|host name"));
    row("https/valid", "unreachable", words("certificate|issuer"));
    row("https/redirect-to-http", "unreachable", words("certificate"));
    row("https/plain-http-port", "unreachable", words("TLS"));
    // UDP.
    row("udp/silence", "timeout", words("no reply|connect"));
    row("udp/silent-after-connect", "timeout", words("no reply|announce"));
    row("udp/wrong-transaction", "timeout", words("no reply|transaction"));
    row("udp/tiny-packet", "timeout", words("no reply|ignored"));
    row("udp/other-port", "timeout", words("no reply"));
    row("udp/wrong-action", "invalid_response", words("malformed|action"));
    row("udp/short-connect", "invalid_response", words("malformed|12 byte"));
    row("udp/announce-as-connect", "invalid_response", words("malformed|action"));
    row("udp/truncated-announce", "invalid_response", words("malformed|19 byte"));
    // 30,020 bytes are a valid datagram: read, peers capped, a finding for the MTU.
    row("udp/oversized-packet", "working", {});
    row("udp/error-hostile", "tracker_error", words("Banned|alert('owned')"));
    row("udp/error-huge", "tracker_error", words("EEEE"));
    row("udp/peers-bogus", "working", {}); // the complete entries kept, the stray bytes named
}

void TestHostileTrackers::hostileTracker()
{
    QFETCH(QString, name);
    QFETCH(QString, status);
    QFETCH(QStringList, keywords);
    QVERIFY2(m_urls.contains(name), "the server does not offer this behaviour");
    const QJsonObject tracker = trackerNamed(name);
    QVERIFY2(!tracker.isEmpty(), "missing from the report");
    const QString message = tracker.value(QStringLiteral("message")).toString();
    QVERIFY2(tracker.value(QStringLiteral("status")).toString() == status,
             qPrintable(tracker.value(QStringLiteral("status")).toString() + u' ' + message));
    for (const QString &keyword : keywords)
        QVERIFY2(message.contains(keyword, Qt::CaseInsensitive), qPrintable(message));
    // Our announce parameters (info hash, peer id, key) are never echoed back in a message.
    QVERIFY2(!message.contains(u"info_hash=") && !message.contains(u"peer_id="),
             qPrintable(message));
    // What a tracker says is shown as plain text of a bounded length, never as markup or escapes.
    QVERIFY2(isPlainText(message), qPrintable(message));
    QVERIFY2(message.size() <= kMaxMessageLength, qPrintable(QString::number(message.size())));
    if (status == u"working")
        QVERIFY(message.isEmpty());
}

void TestHostileTrackers::findings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("interval negative")
        << QStringLiteral("http/interval-negative") << QStringLiteral("interval_missing");
    QTest::newRow("interval string")
        << QStringLiteral("http/interval-string") << QStringLiteral("interval_missing");
    QTest::newRow("interval zero")
        << QStringLiteral("http/interval-zero") << QStringLiteral("interval_out_of_range");
    QTest::newRow("interval huge")
        << QStringLiteral("http/interval-huge") << QStringLiteral("interval_out_of_range");
    QTest::newRow("udp interval huge")
        << QStringLiteral("udp/interval-huge") << QStringLiteral("interval_out_of_range");
    QTest::newRow("peers bogus") << QStringLiteral("http/peers-bogus")
                                 << QStringLiteral("peer_port_zero");
    QTest::newRow("peers dict bogus")
        << QStringLiteral("http/peers-dict-bogus") << QStringLiteral("peer_port_zero");
    QTest::newRow("peers huge") << QStringLiteral("http/peers-huge")
                                << QStringLiteral("peer_port_zero");
    QTest::newRow("udp oversized")
        << QStringLiteral("udp/oversized-packet") << QStringLiteral("udp_reply_over_mtu");
    QTest::newRow("udp peers bogus")
        << QStringLiteral("udp/peers-bogus") << QStringLiteral("peer_list_stray_bytes");
    QTest::newRow("peers dict host name")
        << QStringLiteral("http/peers-dict-bogus") << QStringLiteral("peers_as_host_names");
    QTest::newRow("udp flood") << QStringLiteral("udp/flood")
                               << QStringLiteral("malformed_replies_ignored");
}

void TestHostileTrackers::findings()
{
    // Oddities in a reply that still works: the tracker works, and the report says what is odd.
    QFETCH(QString, name);
    QFETCH(QString, code);
    const QJsonObject tracker = trackerNamed(name);
    const QString status = tracker.value(QStringLiteral("status")).toString();
    QVERIFY2(status == u"working" || status == u"warning", qPrintable(status));
    QStringList codes;
    for (const QJsonValue &finding : tracker.value(QStringLiteral("findings")).toArray())
        codes.append(finding.toObject().value(QStringLiteral("code")).toString());
    QVERIFY2(codes.contains(code), qPrintable(codes.join(u',')));
}

void TestHostileTrackers::peerCounts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("peers");
    QTest::newRow("valid") << QStringLiteral("http/valid") << 1;
    QTest::newRow("huge list, capped") << QStringLiteral("http/peers-huge") << kMaxPeersKept;
    QTest::newRow("bogus compact") << QStringLiteral("http/peers-bogus") << 1;
    // 192.0.2.11, and "localhost": a host name, which BEP 3 allows.
    QTest::newRow("bogus dictionaries") << QStringLiteral("http/peers-dict-bogus") << 2;
}

void TestHostileTrackers::peerCounts()
{
    QFETCH(QString, name);
    QFETCH(int, peers);
    const QJsonObject tracker = trackerNamed(name);
    QCOMPARE(tracker.value(QStringLiteral("peer_count")).toInt(-1), peers);
}

void TestHostileTrackers::httpsToHttpRedirectRefused()
{
    // The check cannot be told to trust a test CA, so this one runs the HTTP client itself,
    // trusting the server's CA: the valid HTTPS tracker works, and its redirect to plain HTTP
    // is refused before anything is sent in clear.
    QFile caFile(m_caPath);
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    QNetworkAccessManager network;
    HttpTrackerClient client(&network);
    HttpTrackerSettings settings = client.settings();
    settings.extraCaCertificates = QSslCertificate::fromData(caFile.readAll());
    client.setSettings(settings);
    QSignalSpy finished(&client, &HttpTrackerClient::announceFinished);
    AnnounceRequest request;
    request.infoHash = kInfoHash;
    request.peerId = QByteArray(20, 'P');
    request.trackerUrl = QUrl(urlOf(QStringLiteral("https/valid")));
    client.announce(request);
    request.trackerUrl = QUrl(urlOf(QStringLiteral("https/redirect-to-http")));
    const quint64 redirected = client.announce(request);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, settings.totalTimeoutMs);
    for (const QList<QVariant> &arguments : std::as_const(finished)) {
        const auto result = arguments.at(1).value<AnnounceResult>();
        if (arguments.at(0).toULongLong() != redirected) {
            QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
            continue;
        }
        QCOMPARE(result.outcome, ExchangeOutcome::RedirectRefused);
        QVERIFY2(result.errorMessage.contains(QStringLiteral("plain HTTP")),
                 qPrintable(result.errorMessage));
        QCOMPARE(result.exchange.redirects.size(), 0);
    }
}

void TestHostileTrackers::endlessHeadersAlone()
{
    // Headers that never end: the tracker times out and memory stays bounded (see kRunSeparately
    // for why it has a check of its own).
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("trackers.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(urlOf(QStringLiteral("http/endless-headers")).toUtf8() + '\n');
    file.close();
    CheckRun run;
    QString error;
    QVERIFY2(runCheck(path, &run, &error), qPrintable(error));
    const QJsonObject tracker =
        run.report.value(QStringLiteral("trackers")).toArray().first().toObject();
    QCOMPARE(tracker.value(QStringLiteral("status")).toString(), QStringLiteral("timeout"));
    // Qt's HTTP thread is busy reading the headers: under load the connect deadline may be the
    // first to pass, before the request counts as sent.
    const QString message = tracker.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(u"no complete answer") || message.contains(u"No connection"),
             qPrintable(message));
    QVERIFY2(run.durationMs < kMaxCheckDurationMs, qPrintable(QString::number(run.durationMs)));
    const qint64 peak = peakChildMemoryKb();
    qInfo("endless headers: %lld ms, peak resident memory so far %lld KiB", run.durationMs, peak);
    QVERIFY2(peak < kMaxPeakMemoryKb, qPrintable(QString::number(peak)));
}

QTEST_GUILESS_MAIN(TestHostileTrackers)
#include "tst_hostiletrackers.moc"
