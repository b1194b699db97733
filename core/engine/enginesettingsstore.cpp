#include "engine/enginesettingsstore.h"

#include <QSettings>

#include <algorithm>

namespace {
using Range = EngineSettingsStore::Range;

template<typename Member>
struct NumberField
{
    const char *key;
    Member member;
    Range range;
};

using IntegerMember = int EngineSettings::*;
constexpr NumberField<IntegerMember> kIntegerFields[] = {
    {"requestTimeoutMs", &EngineSettings::requestTimeoutMs, EngineSettingsStore::kRequestTimeoutMs},
    {"concurrencyLimit", &EngineSettings::concurrencyLimit, EngineSettingsStore::kConcurrencyLimit},
    {"defaultIntervalSeconds", &EngineSettings::defaultIntervalSeconds,
     EngineSettingsStore::kDefaultIntervalSeconds},
    {"safetyFloorSeconds", &EngineSettings::safetyFloorSeconds,
     EngineSettingsStore::kSafetyFloorSeconds},
    {"backoffBaseSeconds", &EngineSettings::backoffBaseSeconds,
     EngineSettingsStore::kBackoffBaseSeconds},
    {"backoffPercent", &EngineSettings::backoffPercent, EngineSettingsStore::kBackoffPercent},
    {"backoffCapSeconds", &EngineSettings::backoffCapSeconds,
     EngineSettingsStore::kBackoffCapSeconds},
    {"scrapeIntervalSeconds", &EngineSettings::scrapeIntervalSeconds,
     EngineSettingsStore::kScrapeIntervalSeconds},
    {"peerCapPerTorrent", &EngineSettings::peerCapPerTorrent,
     EngineSettingsStore::kPeerCapPerTorrent},
    {"exchangeLogCapacity", &EngineSettings::exchangeLogCapacity,
     EngineSettingsStore::kExchangeLogCapacity},
    {"historyCapacity", &EngineSettings::historyCapacity, EngineSettingsStore::kHistoryCapacity},
    {"latencySampleCapacity", &EngineSettings::latencySampleCapacity,
     EngineSettingsStore::kLatencySampleCapacity},
    {"stopWaitMs", &EngineSettings::stopWaitMs, EngineSettingsStore::kStopWaitMs},
    {"changeSignalDelayMs", &EngineSettings::changeSignalDelayMs,
     EngineSettingsStore::kChangeSignalDelayMs},
};

using BoolMember = bool EngineSettings::*;
constexpr std::pair<const char *, BoolMember> kBoolFields[] = {
    {"behaveLikeClient", &EngineSettings::behaveLikeClient},
    {"scrapeOnLoad", &EngineSettings::scrapeOnLoad},
    {"allowExtraTrackersOnPrivate", &EngineSettings::allowExtraTrackersOnPrivate},
    {"allowPrivateRedirects", &EngineSettings::allowPrivateRedirects},
};

constexpr EngineSettings::ContactMode kContactModes[] = {
    EngineSettings::ContactMode::Continuous, EngineSettings::ContactMode::Passive,
    EngineSettings::ContactMode::SingleRound, EngineSettings::ContactMode::ScrapeOnly};
constexpr EngineSettings::ProxyMode kProxyModes[] = {
    EngineSettings::ProxyMode::None, EngineSettings::ProxyMode::System,
    EngineSettings::ProxyMode::Http, EngineSettings::ProxyMode::Socks5};
constexpr EngineSettings::TlsPolicy kTlsPolicies[] = {EngineSettings::TlsPolicy::Verify,
                                                      EngineSettings::TlsPolicy::ReportAndContinue};

QString key(const char *name)
{
    return EngineSettingsStore::kGroup + u'/' + QLatin1StringView(name);
}

qint64 clampTo(qint64 value, Range range)
{
    return std::clamp(value, range.minimum, range.maximum);
}

qint64 readNumber(const QSettings &settings, const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key(name)).toLongLong(&ok);
    return ok ? value : fallback;
}

// The enum value whose stored name is in the settings, else fallback.
template<typename Enum, size_t Count, typename Namer>
Enum readEnum(const QSettings &settings, const char *name, const Enum (&values)[Count],
              Enum fallback, Namer namer)
{
    const QString stored = settings.value(key(name)).toString();
    for (const Enum value : values) {
        if (namer(value) == stored)
            return value;
    }
    return fallback;
}

bool isPrintableAscii(const QByteArray &text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}
} // namespace

QString EngineSettingsStore::contactModeName(EngineSettings::ContactMode mode)
{
    switch (mode) {
    case EngineSettings::ContactMode::Continuous:
        return QStringLiteral("continuous");
    case EngineSettings::ContactMode::Passive:
        return QStringLiteral("passive");
    case EngineSettings::ContactMode::SingleRound:
        return QStringLiteral("single_round");
    case EngineSettings::ContactMode::ScrapeOnly:
        return QStringLiteral("scrape_only");
    }
    return QString();
}

QString EngineSettingsStore::proxyModeName(EngineSettings::ProxyMode mode)
{
    switch (mode) {
    case EngineSettings::ProxyMode::None:
        return QStringLiteral("none");
    case EngineSettings::ProxyMode::System:
        return QStringLiteral("system");
    case EngineSettings::ProxyMode::Http:
        return QStringLiteral("http");
    case EngineSettings::ProxyMode::Socks5:
        return QStringLiteral("socks5");
    }
    return QString();
}

QString EngineSettingsStore::tlsPolicyName(EngineSettings::TlsPolicy policy)
{
    switch (policy) {
    case EngineSettings::TlsPolicy::Verify:
        return QStringLiteral("verify");
    case EngineSettings::TlsPolicy::ReportAndContinue:
        return QStringLiteral("report_and_continue");
    }
    return QString();
}

Expected<void> EngineSettingsStore::checkPeerIdPrefix(const QByteArray &prefix)
{
    if (prefix.size() > kMaxPeerIdPrefixLength) {
        return Error(Error::Kind::Malformed, tr("The peer id prefix is longer than %n characters.",
                                                nullptr, int(kMaxPeerIdPrefixLength)));
    }
    if (!isPrintableAscii(prefix)) {
        return Error(Error::Kind::Malformed,
                     tr("The peer id prefix may only hold printable ASCII characters."));
    }
    return {};
}

Expected<void> EngineSettingsStore::checkUserAgent(const QByteArray &userAgent)
{
    if (userAgent.size() > kMaxUserAgentLength) {
        return Error(Error::Kind::Malformed, tr("The user agent is longer than %n characters.",
                                                nullptr, int(kMaxUserAgentLength)));
    }
    if (!isPrintableAscii(userAgent)) {
        return Error(
            Error::Kind::Malformed,
            tr("The user agent may only hold printable ASCII characters (no line breaks)."));
    }
    return {};
}

EngineSettings EngineSettingsStore::clamped(const EngineSettings &engine)
{
    EngineSettings result = engine;
    for (const auto &field : kIntegerFields)
        result.*field.member = int(clampTo(result.*field.member, field.range));
    if (result.scrapeIntervalSeconds > 0)
        result.scrapeIntervalSeconds =
            std::max(result.scrapeIntervalSeconds, kMinimumScrapeIntervalSeconds);
    result.backoffCapSeconds = std::max(result.backoffCapSeconds, result.backoffBaseSeconds);
    AnnounceIdentity &identity = result.identity;
    identity.port = quint16(clampTo(identity.port, kPort));
    identity.numwant = int(clampTo(identity.numwant, kNumwant));
    identity.uploaded = clampTo(identity.uploaded, kTransferBytes);
    identity.downloaded = clampTo(identity.downloaded, kTransferBytes);
    identity.left = clampTo(identity.left, kLeftBytes);
    if (!checkPeerIdPrefix(identity.peerIdPrefix))
        identity.peerIdPrefix = AnnounceIdentity::kDefaultPeerIdPrefix;
    if (!checkUserAgent(result.userAgent))
        result.userAgent.clear();
    result.proxyHost = result.proxyHost.trimmed().left(kMaxHostLength);
    result.proxyPort = quint16(clampTo(result.proxyPort, kProxyPort));
    return result;
}

EngineSettings EngineSettingsStore::load(const QSettings &settings)
{
    EngineSettings engine;
    for (const auto &field : kIntegerFields)
        engine.*field.member =
            int(clampTo(readNumber(settings, field.key, engine.*field.member), field.range));
    for (const auto &[name, member] : kBoolFields)
        engine.*member = settings.value(key(name), engine.*member).toBool();
    engine.contactMode =
        readEnum(settings, "contactMode", kContactModes, engine.contactMode, contactModeName);
    engine.proxyMode =
        readEnum(settings, "proxyMode", kProxyModes, engine.proxyMode, proxyModeName);
    engine.tlsPolicy =
        readEnum(settings, "tlsPolicy", kTlsPolicies, engine.tlsPolicy, tlsPolicyName);
    engine.proxyHost = settings.value(key("proxyHost")).toString();
    engine.proxyPort = quint16(clampTo(readNumber(settings, "proxyPort", 0), kProxyPort));
    engine.userAgent = settings.value(key("userAgent")).toString().toLatin1();
    AnnounceIdentity &identity = engine.identity;
    identity.peerIdPrefix =
        settings.value(key("peerIdPrefix"), QString::fromLatin1(identity.peerIdPrefix))
            .toString()
            .toLatin1();
    identity.port = quint16(clampTo(readNumber(settings, "port", identity.port), kPort));
    identity.numwant = int(readNumber(settings, "numwant", identity.numwant));
    identity.uploaded = readNumber(settings, "uploaded", identity.uploaded);
    identity.downloaded = readNumber(settings, "downloaded", identity.downloaded);
    identity.left = readNumber(settings, "left", identity.left);
    return clamped(engine);
}

void EngineSettingsStore::save(const EngineSettings &engine, QSettings &settings)
{
    const EngineSettings clean = clamped(engine);
    for (const auto &field : kIntegerFields)
        settings.setValue(key(field.key), clean.*field.member);
    for (const auto &[name, member] : kBoolFields)
        settings.setValue(key(name), clean.*member);
    settings.setValue(key("contactMode"), contactModeName(clean.contactMode));
    settings.setValue(key("proxyMode"), proxyModeName(clean.proxyMode));
    settings.setValue(key("tlsPolicy"), tlsPolicyName(clean.tlsPolicy));
    settings.setValue(key("proxyHost"), clean.proxyHost);
    settings.setValue(key("proxyPort"), clean.proxyPort);
    settings.setValue(key("userAgent"), QString::fromLatin1(clean.userAgent));
    const AnnounceIdentity &identity = clean.identity;
    settings.setValue(key("peerIdPrefix"), QString::fromLatin1(identity.peerIdPrefix));
    settings.setValue(key("port"), identity.port);
    settings.setValue(key("numwant"), identity.numwant);
    settings.setValue(key("uploaded"), identity.uploaded);
    settings.setValue(key("downloaded"), identity.downloaded);
    settings.setValue(key("left"), identity.left);
}
