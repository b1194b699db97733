#include "report/reportexporter.h"

#include "report/checkreport.h"
#include "report/exchangelogjson.h"
#include "tracker/urlmasking.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
QJsonValue timeOrNull(qint64 epochMs)
{
    if (epochMs < 0)
        return QJsonValue(QJsonValue::Null);
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue countOrNull(qint64 value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

// A log entry's words and URLs with the tracker's secrets and those its own URLs carry (a
// redirect's token, a parameter chosen in Announce With…) masked; raw packets are not searched
// for secrets: they are left out.
// The secrets a log entry's own URLs carry: its request's and each redirect's.
QStringList secretsInUrlsOf(const ExchangeLogEntry &entry)
{
    QStringList secrets = UrlMasking::secrets(entry.record.requestDescription);
    for (const QUrl &redirect : entry.record.redirects)
        secrets += UrlMasking::secrets(redirect.toString());
    return secrets;
}

void maskLogEntry(ExchangeLogEntry &entry, const QStringList &trackerSecrets)
{
    const QStringList secrets = trackerSecrets + secretsInUrlsOf(entry);
    const auto maskUrl = [&secrets](const QString &url) {
        return UrlMasking::mask(UrlMasking::maskSecretsIn(url, secrets));
    };
    entry.summary = UrlMasking::maskSecretsIn(entry.summary, secrets);
    entry.record.requestDescription = maskUrl(entry.record.requestDescription);
    for (QUrl &redirect : entry.record.redirects)
        redirect = QUrl(maskUrl(redirect.toString()));
    entry.record.rawRequest = QByteArray();
    entry.record.rawReply = QByteArray();
    entry.record.rawConnectRequest = QByteArray();
    entry.record.rawConnectReply = QByteArray();
    entry.record.headers.clear();
}

void maskTracker(TrackerState &tracker)
{
    const QStringList secrets = UrlMasking::secrets(tracker.url.text());
    for (ExchangeLogEntry &entry : tracker.exchangeLog)
        maskLogEntry(entry, secrets);
    if (secrets.isEmpty())
        return;
    const auto hide = [&secrets](QString &text) {
        text = UrlMasking::maskSecretsIn(text, secrets);
    };
    tracker.url = TrackerUrl::parse(UrlMasking::mask(tracker.url.text()));
    hide(tracker.message);
    hide(tracker.disabledReason);
    hide(tracker.scrape.message);
    hide(tracker.scrapeV2.message);
    for (TrackerEndpointState &endpoint : tracker.endpoints)
        hide(endpoint.message);
    for (Finding &finding : tracker.findings)
        hide(finding.message);
}
} // namespace

TorrentSnapshot ReportExporter::masked(const TorrentSnapshot &torrent)
{
    TorrentSnapshot copy = torrent;
    for (TrackerState &tracker : copy.trackers)
        maskTracker(tracker);
    return copy;
}

bool ReportExporter::hasSecrets(const TorrentSnapshot &torrent)
{
    for (const TrackerState &tracker : torrent.trackers) {
        if (!UrlMasking::secrets(tracker.url.text()).isEmpty())
            return true;
        for (const ExchangeLogEntry &entry : tracker.exchangeLog) {
            if (!secretsInUrlsOf(entry).isEmpty())
                return true;
        }
    }
    return false;
}

void ReportExporter::addTrackerDetails(const TorrentSnapshot &torrent, const Options &options,
                                       QJsonObject &report)
{
    QJsonArray trackers = report.value(QStringLiteral("trackers")).toArray();
    for (qsizetype i = 0; i < trackers.size() && i < torrent.trackers.size(); ++i) {
        const TrackerState &tracker = torrent.trackers[i];
        const TrackerStatistics &statistics = tracker.statistics;
        QJsonObject object = trackers[i].toObject();
        object.insert(QStringLiteral("disabled"), tracker.disabled);
        object.insert(QStringLiteral("disabled_reason"), tracker.disabledReason.isEmpty()
                                                             ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(tracker.disabledReason));
        object.insert(QStringLiteral("announce_count"), statistics.announceCount());
        object.insert(QStringLiteral("failure_count"), statistics.failureCount());
        const double rate = statistics.successRate();
        object.insert(QStringLiteral("success_rate"),
                      rate >= 0 ? QJsonValue(rate) : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("median_latency_ms"),
                      countOrNull(statistics.medianLatencyMs()));
        object.insert(QStringLiteral("last_announce"), timeOrNull(tracker.lastAnnounceMs()));
        object.insert(QStringLiteral("next_announce"), timeOrNull(tracker.nextAnnounceMs()));
        if (options.includeExchangeLog)
            object.insert(QStringLiteral("exchange_log"),
                          ExchangeLogJson::toJson(tracker.exchangeLog));
        trackers[i] = object;
    }
    report.insert(QStringLiteral("trackers"), trackers);
}

QJsonObject ReportExporter::toJson(const TorrentSnapshot &torrent, const PeerRegistry &peers,
                                   const Options &options)
{
    const TorrentSnapshot source = options.maskSecrets ? masked(torrent) : TorrentSnapshot();
    const TorrentSnapshot &state = options.maskSecrets ? source : torrent;
    QJsonObject report = CheckReport(state, peers, options.elapsedMs).toJson();
    addTrackerDetails(state, options, report);
    if (options.elapsedMs < 0) {
        QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
        summary.insert(QStringLiteral("elapsed_ms"), QJsonValue(QJsonValue::Null));
        report.insert(QStringLiteral("summary"), summary);
    }
    report.insert(QStringLiteral("export"), exportJson(options));
    return report;
}

QJsonObject ReportExporter::toJson(const QList<Item> &items, const Options &options)
{
    QJsonArray torrents;
    for (const Item &item : items) {
        QJsonObject torrent = toJson(item.torrent, *item.peers, options);
        torrent.remove(QStringLiteral("export"));
        torrents.append(torrent);
    }
    return QJsonObject{{QStringLiteral("torrents"), torrents},
                       {QStringLiteral("export"), exportJson(options)}};
}

QJsonObject ReportExporter::exportJson(const Options &options)
{
    return QJsonObject{
        {QStringLiteral("generator"),
         QStringLiteral("Tracker Inspector " TRACKER_INSPECTOR_VERSION)},
        {QStringLiteral("exported_at"), timeOrNull(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("secrets_masked"), options.maskSecrets},
        {QStringLiteral("exchange_log"), options.includeExchangeLog}};
}

QByteArray ReportExporter::render(const TorrentSnapshot &torrent, const PeerRegistry &peers,
                                  const Options &options)
{
    if (options.format == Format::Json)
        return QJsonDocument(toJson(torrent, peers, options)).toJson(QJsonDocument::Indented);
    if (options.maskSecrets)
        return CheckReport(masked(torrent), peers, options.elapsedMs).toCsv().toUtf8();
    return CheckReport(torrent, peers, options.elapsedMs).toCsv().toUtf8();
}

Expected<void> ReportExporter::write(const TorrentSnapshot &torrent, const PeerRegistry &peers,
                                     const QString &path, const Options &options)
{
    return writeFile(path, render(torrent, peers, options));
}

Expected<void> ReportExporter::write(const QList<Item> &items, const QString &path,
                                     const Options &options)
{
    return writeFile(path, QJsonDocument(toJson(items, options)).toJson(QJsonDocument::Indented));
}

Expected<void> ReportExporter::writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error(Error::Kind::FileAccess,
                     tr("\"%1\" cannot be written: %2").arg(path, file.errorString()));
    }
    return {};
}

ReportExporter::Format ReportExporter::formatForPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::Json;
}
