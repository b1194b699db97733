#pragma once

#include "common/expected.h"
#include "engine/peerregistry.h"
#include "engine/torrentsnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Exports what the engine knows about one torrent, as `check --json` / `check --csv` write it
// (CheckReport: the same keys, a public interface — keys are added, never renamed), optionally
// with the secrets of private trackers' URLs masked (UrlMasking) everywhere they appear.
// Files are written atomically (QSaveFile), only to the path given.
//
// Keys added to the JSON beyond `check`'s: "export" {generator, exported_at, secrets_masked,
// exchange_log}, and per tracker "disabled", "disabled_reason", "announce_count",
// "failure_count", "success_rate", "median_latency_ms", "last_announce", "next_announce" (ISO
// 8601 UTC, null when unknown) and "exchange_log" (ExchangeLogJson; masked exports keep the
// words, masked, and leave the raw packets out).
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    enum class Format { Json, Csv };

    struct Options
    {
        Format format = Format::Json;
        bool maskSecrets = false;
        qint64 elapsedMs = -1;          // summary.elapsed_ms; null in JSON when -1
        bool includeExchangeLog = true; // per tracker "exchange_log" (ExchangeLogJson), JSON only
    };

    // One torrent of several to export together.
    struct Item
    {
        TorrentSnapshot torrent;
        const PeerRegistry *peers = nullptr;
    };

    static QJsonObject toJson(const TorrentSnapshot &torrent, const PeerRegistry &peers,
                              const Options &options);
    // Several torrents in one JSON document: {"torrents": [each as toJson writes it], "export"}.
    static QJsonObject toJson(const QList<Item> &items, const Options &options);
    static QByteArray render(const TorrentSnapshot &torrent, const PeerRegistry &peers,
                             const Options &options);
    // An Error (FileAccess) when the file cannot be written.
    static Expected<void> write(const TorrentSnapshot &torrent, const PeerRegistry &peers,
                                const QString &path, const Options &options);
    // Several torrents: JSON only (the CSV of one torrent has no column saying which torrent).
    static Expected<void> write(const QList<Item> &items, const QString &path,
                                const Options &options);

    // Csv for paths ending in ".csv" (any case), else Json.
    static Format formatForPath(const QString &path);
    // A copy of the torrent with every tracker URL masked, and the secrets found in them masked
    // in the messages and findings too.
    static TorrentSnapshot masked(const TorrentSnapshot &torrent);
    // Whether masking would hide anything: a secret in a tracker URL, or in a URL of the log (a
    // redirect's token, a parameter chosen in Announce With…).
    static bool hasSecrets(const TorrentSnapshot &torrent);

private:
    static QJsonObject exportJson(const Options &options);
    static Expected<void> writeFile(const QString &path, const QByteArray &data);
    static void addTrackerDetails(const TorrentSnapshot &torrent, const Options &options,
                                  QJsonObject &report);
};
