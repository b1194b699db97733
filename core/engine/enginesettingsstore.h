#pragma once

#include "common/expected.h"
#include "engine/enginesettings.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

// Keeps EngineSettings in QSettings (group "engine"): every field, defaults for what is absent or
// unreadable, and every number clamped to a sane range. The ranges are public so that the
// settings dialog offers the same ones.
class EngineSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(EngineSettingsStore)

public:
    struct Range
    {
        qint64 minimum = 0;
        qint64 maximum = 0;
    };

    static constexpr QLatin1StringView kGroup{"engine"};
    static constexpr Range kRequestTimeoutMs{1'000, 300'000};
    static constexpr Range kConcurrencyLimit{1, 100'000};
    static constexpr Range kDefaultIntervalSeconds{60, 86'400};
    // Below a few seconds a floor stops protecting trackers from being hammered.
    static constexpr Range kSafetyFloorSeconds{5, 3'600};
    static constexpr Range kBackoffBaseSeconds{1, 3'600};
    static constexpr Range kBackoffPercent{0, 10'000};
    static constexpr Range kBackoffCapSeconds{1, 86'400};
    // 0 turns periodic scrapes off; otherwise at least kMinimumScrapeIntervalSeconds.
    static constexpr Range kScrapeIntervalSeconds{0, 86'400};
    static constexpr int kMinimumScrapeIntervalSeconds = 60;
    static constexpr Range kPeerCapPerTorrent{100, 2'000'000};
    static constexpr Range kExchangeLogCapacity{1, 10'000};
    static constexpr Range kHistoryCapacity{1, 100'000};
    static constexpr Range kLatencySampleCapacity{1, 10'000};
    static constexpr Range kStopWaitMs{0, 60'000};
    static constexpr Range kChangeSignalDelayMs{0, 5'000};
    static constexpr Range kPort{1, 65'535};
    static constexpr Range kNumwant{-1, 100'000};              // -1: the tracker's default
    static constexpr Range kTransferBytes{0, qint64(1) << 53}; // uploaded, downloaded
    static constexpr Range kLeftBytes{-1, qint64(1) << 53};    // -1: the torrent's size
    static constexpr Range kProxyPort{0, 65'535};
    static constexpr int kMaxPeerIdPrefixLength = AnnounceIdentity::kPeerIdLength - 1;
    static constexpr int kMaxUserAgentLength = 256;
    static constexpr int kMaxHostLength = 253;

    static EngineSettings load(const QSettings &settings);
    static void save(const EngineSettings &engine, QSettings &settings);
    // Every number within its range; peer id prefix and user agent printable ASCII of at most
    // their lengths (else the default); the back-off cap not below its base.
    static EngineSettings clamped(const EngineSettings &engine);

    // Stable names, as stored.
    static QString contactModeName(EngineSettings::ContactMode mode);
    static QString proxyModeName(EngineSettings::ProxyMode mode);
    static QString tlsPolicyName(EngineSettings::TlsPolicy policy);
    // Nothing when text can be a peer id prefix / user agent, else an Error (Malformed) whose
    // sentence says why.
    static Expected<void> checkPeerIdPrefix(const QByteArray &prefix);
    static Expected<void> checkUserAgent(const QByteArray &userAgent);
};
