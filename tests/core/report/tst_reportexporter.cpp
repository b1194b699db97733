#include "engine/torrentstate.h"
#include "errortext.h"
#include "report/checkreport.h"
#include "report/reportexporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPasskey = QStringLiteral("0123456789abcdef0123456789abcdef");

TorrentState sampleTorrent()
{
    TorrentState torrent;
    torrent.metainfo.name = QStringLiteral("private, \"quoted\"");
    torrent.metainfo.infoHashV1 = QByteArray(20, '\x22');
    torrent.metainfo.isPrivate = true;
    TrackerState secret;
    secret.url = TrackerUrl::parse(QStringLiteral("https://t.example/") + kPasskey +
                                   QStringLiteral("/announce"));
    secret.status = TrackerStatus::TrackerError;
    secret.message = QStringLiteral("passkey ") + kPasskey + QStringLiteral(" not registered");
    TrackerEndpointState endpoint;
    endpoint.status = TrackerStatus::TrackerError;
    endpoint.message = secret.message;
    secret.endpoints.append(endpoint);
    secret.findings.append(Finding{QStringLiteral("failure"), Finding::Severity::Error,
                                   QStringLiteral("Said: ") + secret.message});
    AnnounceSlot slot;
    slot.lastAnnounceMs = 1'700'000'000'000;
    slot.nextAnnounceMs = slot.lastAnnounceMs + 1800'000;
    secret.announceSlots.append(slot);
    secret.statistics.recordAnnounce(
        TrackerHistorySample{1'700'000'000'000, false, 40, -1, -1, -1});
    ExchangeLogEntry entry;
    entry.event = AnnounceEvent::Started;
    entry.outcome = ExchangeOutcome::TrackerFailure;
    entry.verdict = TrackerStatus::TrackerError;
    entry.summary = secret.message;
    entry.record.requestDescription = secret.url.text() + QStringLiteral("?info_hash=x");
    entry.record.rawReply = "d14:failure reason7:refusede";
    entry.record.statusLine = QStringLiteral("HTTP/1.1 200 OK");
    entry.record.started = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    entry.record.finishedMs = 40;
    secret.exchangeLog.append(entry);
    TrackerState open;
    open.url = TrackerUrl::parse(QStringLiteral("udp://open.example:6969/announce"));
    open.tier = 1;
    open.status = TrackerStatus::Working;
    secret.id = TrackerId{1};
    open.id = TrackerId{2};
    torrent.trackers = {secret, open};
    torrent.peers.add({TrackerPeer{QHostAddress(QStringLiteral("192.0.2.7")), 6881, {}}}, secret.id,
                      1);
    return torrent;
}

QStringList keysOf(const QJsonObject &object)
{
    return object.keys();
}
} // namespace

class TestReportExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masking_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("mask");
        QTest::newRow("json") << int(ReportExporter::Format::Json) << false;
        QTest::newRow("json masked") << int(ReportExporter::Format::Json) << true;
        QTest::newRow("csv") << int(ReportExporter::Format::Csv) << false;
        QTest::newRow("csv masked") << int(ReportExporter::Format::Csv) << true;
    }

    void masking()
    {
        const TorrentState sample = sampleTorrent();
        QFETCH(int, format);
        QFETCH(bool, mask);
        const ReportExporter::Options options{ReportExporter::Format(format), mask, 5};
        const QByteArray data = ReportExporter::render(sample, sample.peers, options);
        QCOMPARE(data.contains(kPasskey.toUtf8()), !mask);
        QVERIFY(data.contains("udp://open.example:6969/announce")); // public URLs stay
        QCOMPARE(data.contains("REDACTED"), mask);
    }

    void jsonKeepsCheckKeys()
    {
        const TorrentState torrent = sampleTorrent();
        const QJsonObject check = CheckReport(torrent, torrent.peers, 5).toJson();
        const QJsonObject exported = ReportExporter::toJson(
            torrent, torrent.peers, {ReportExporter::Format::Json, false, 5});
        for (const QString &key : keysOf(check)) {
            QVERIFY2(exported.contains(key), qPrintable(key));
            if (key != u"trackers")
                QCOMPARE(exported.value(key), check.value(key));
        }
        const QJsonArray checkTrackers = check.value(QStringLiteral("trackers")).toArray();
        const QJsonArray exportedTrackers = exported.value(QStringLiteral("trackers")).toArray();
        QCOMPARE(exportedTrackers.size(), checkTrackers.size());
        for (qsizetype i = 0; i < checkTrackers.size(); ++i) {
            const QJsonObject checkTracker = checkTrackers[i].toObject();
            const QJsonObject exportedTracker = exportedTrackers[i].toObject();
            for (const QString &key : keysOf(checkTracker))
                QCOMPARE(exportedTracker.value(key), checkTracker.value(key));
        }
        const QJsonObject first = exportedTrackers[0].toObject();
        QCOMPARE(first.value(QStringLiteral("announce_count")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("failure_count")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("success_rate")).toDouble(), 0.0);
        QCOMPARE(first.value(QStringLiteral("last_announce")).toString(),
                 QStringLiteral("2023-11-14T22:13:20.000Z"));
        QCOMPARE(first.value(QStringLiteral("next_announce")).toString(),
                 QStringLiteral("2023-11-14T22:43:20.000Z"));
        QVERIFY(exportedTrackers[1].toObject().value(QStringLiteral("last_announce")).isNull());
        QVERIFY(exportedTrackers[1].toObject().value(QStringLiteral("success_rate")).isNull());
        const QJsonObject info = exported.value(QStringLiteral("export")).toObject();
        QCOMPARE(info.value(QStringLiteral("secrets_masked")).toBool(), false);
        QVERIFY(
            info.value(QStringLiteral("generator")).toString().startsWith(u"Tracker Inspector"));
    }

    // The exchange log travels with the report: codes for scripts, the words, the raw reply.
    void exportsExchangeLog()
    {
        const TorrentState sample = sampleTorrent();
        const QJsonObject exported = ReportExporter::toJson(sample, sample.peers, {});
        const QJsonArray log = exported.value(QStringLiteral("trackers"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("exchange_log"))
                                   .toArray();
        QCOMPARE(log.size(), 1);
        const QJsonObject entry = log.at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("request")).toString(), QStringLiteral("announce"));
        QCOMPARE(entry.value(QStringLiteral("event")).toString(), QStringLiteral("started"));
        QCOMPARE(entry.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("tracker_failure"));
        QCOMPARE(entry.value(QStringLiteral("status")).toString(),
                 trackerStatusName(TrackerStatus::TrackerError));
        QCOMPARE(entry.value(QStringLiteral("latency_ms")).toInt(), 40);
        QCOMPARE(entry.value(QStringLiteral("time")).toString(),
                 QStringLiteral("2023-11-14T22:13:20.000Z"));
        QCOMPARE(QByteArray::fromBase64(
                     entry.value(QStringLiteral("reply_base64")).toString().toLatin1()),
                 QByteArray("d14:failure reason7:refusede"));

        ReportExporter::Options masked;
        masked.maskSecrets = true;
        const QJsonObject hidden = ReportExporter::toJson(sample, sample.peers, masked);
        const QJsonObject maskedEntry = hidden.value(QStringLiteral("trackers"))
                                            .toArray()
                                            .at(0)
                                            .toObject()
                                            .value(QStringLiteral("exchange_log"))
                                            .toArray()
                                            .at(0)
                                            .toObject();
        QVERIFY(maskedEntry.value(QStringLiteral("request_url")).toString().contains(u"REDACTED"));
        QVERIFY(maskedEntry.value(QStringLiteral("reply_base64")).isNull());

        ReportExporter::Options withoutLog;
        withoutLog.includeExchangeLog = false;
        QVERIFY(!ReportExporter::toJson(sample, sample.peers, withoutLog)
                     .value(QStringLiteral("trackers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("exchange_log")));
    }

    // A secret that only the log's URLs carry (a parameter chosen in Announce With…, a redirect's
    // token) is masked too, although the tracker's own URL has none.
    void masksSecretsOnlyTheLogCarries()
    {
        TorrentState sample = sampleTorrent();
        TrackerState &open = sample.trackers[1];
        const QString token = QStringLiteral("a1b2c3d4e5f6a7b8c9d0");
        ExchangeLogEntry entry;
        entry.summary = QStringLiteral("Announce with passkey=") + token;
        entry.record.requestDescription =
            QStringLiteral("http://open.example/announce?info_hash=x&passkey=") + token;
        entry.record.redirects = {
            QUrl(QStringLiteral("http://open.example/t/") + token + QStringLiteral("/announce"))};
        open.exchangeLog.append(entry);
        QVERIFY(ReportExporter::hasSecrets(sample));
        ReportExporter::Options options;
        options.maskSecrets = true;
        const QByteArray data = ReportExporter::render(sample, sample.peers, options);
        QVERIFY2(!data.contains(token.toUtf8()), data.constData());
        QVERIFY(data.contains("REDACTED"));
        TorrentState plain = sampleTorrent();
        plain.trackers.removeFirst();
        QVERIFY(!ReportExporter::hasSecrets(plain));
    }

    // Several torrents: a "torrents" array of what one torrent's export holds, one "export".
    void exportsSeveralTorrents()
    {
        const TorrentState first = sampleTorrent();
        TorrentState second = sampleTorrent();
        second.metainfo.name = QStringLiteral("second");
        const QJsonObject single = ReportExporter::toJson(first, first.peers, {});
        const QJsonObject both = ReportExporter::toJson(
            QList<ReportExporter::Item>{{first, &first.peers}, {second, &second.peers}}, {});
        const QJsonArray torrents = both.value(QStringLiteral("torrents")).toArray();
        QCOMPARE(torrents.size(), 2);
        QVERIFY(both.contains(QStringLiteral("export")));
        QVERIFY(!torrents.at(0).toObject().contains(QStringLiteral("export")));
        QCOMPARE(torrents.at(0).toObject().value(QStringLiteral("trackers")),
                 single.value(QStringLiteral("trackers")));
        QCOMPARE(torrents.at(1)
                     .toObject()
                     .value(QStringLiteral("torrent"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("second"));
    }

    void unknownElapsedIsNull()
    {
        const TorrentState sample = sampleTorrent();
        const QJsonObject exported = ReportExporter::toJson(sample, sample.peers, {});
        QVERIFY(exported.value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("elapsed_ms"))
                    .isNull());
    }

    void maskedCopyKeepsFigures()
    {
        const TorrentState sample = sampleTorrent();
        const TorrentSnapshot masked = ReportExporter::masked(sample);
        QCOMPARE(masked.trackers[0].url.text(),
                 QStringLiteral("https://t.example/REDACTED/announce"));
        QVERIFY(masked.trackers[0].url.isSupported());
        QCOMPARE(masked.trackers[0].message, QStringLiteral("passkey REDACTED not registered"));
        QCOMPARE(masked.trackers[0].statistics.announceCount(), 1);
        QCOMPARE(masked.peerCount, sample.peerCount);
    }

    void writeFile()
    {
        const TorrentState sample = sampleTorrent();
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("report.csv"));
        const ReportExporter::Options options{ReportExporter::formatForPath(path), true, -1};
        const Expected<void> exported = ReportExporter::write(sample, sample.peers, path, options);
        QVERIFY2(exported, qPrintable(errorText(exported)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.startsWith("url,tier,protocol,status,"));
        QCOMPARE(written, ReportExporter::render(sample, sample.peers, options));
    }

    void writeFailure()
    {
        const TorrentState sample = sampleTorrent();
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("missing/report.json"));
        const Expected<void> written = ReportExporter::write(sample, sample.peers, path, {});
        QVERIFY(!written);
        QCOMPARE(written.error().kind(), Error::Kind::FileAccess);
        QVERIFY(written.error().message().contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void formatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << QStringLiteral("/tmp/a.csv") << int(ReportExporter::Format::Csv);
        QTest::newRow("CSV") << QStringLiteral("/tmp/a.CSV") << int(ReportExporter::Format::Csv);
        QTest::newRow("json") << QStringLiteral("/tmp/a.json") << int(ReportExporter::Format::Json);
        QTest::newRow("none") << QStringLiteral("/tmp/a") << int(ReportExporter::Format::Json);
    }

    void formatForPath()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        QCOMPARE(int(ReportExporter::formatForPath(path)), format);
    }
};

QTEST_GUILESS_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
