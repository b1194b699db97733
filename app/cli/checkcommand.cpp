#include "cli/checkcommand.h"

#include "cli/announceoptionparser.h"
#include "engine/inspectionengine.h"
#include "engine/networktrackerclientfactory.h"
#include "engine/trackerproxyfactory.h"
#include "metainfo/magnetlinkparser.h"
#include "metainfo/torrentfilereader.h"
#include "report/checkreport.h"
#include "tracker/systemhostresolver.h"
#include "tracker/trackerlisttext.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <cstdio>
#include <unistd.h>

namespace {
// A round waits for the trackers and the `stopped` announces; this bounds the whole run.
constexpr int kRoundMarginMs = 2000;
constexpr int kMaximumPort = 65535;

bool readNumber(const QStringList &arguments, qsizetype &index, int minimum, int maximum,
                int &value)
{
    if (index + 1 >= arguments.size())
        return false;
    bool ok = false;
    const int number = arguments[++index].toInt(&ok);
    if (!ok || number < minimum || number > maximum)
        return false;
    value = number;
    return true;
}

Error usageError(const QString &message)
{
    return Error(Error::Kind::Generic, message);
}

bool stdoutIsColourTerminal()
{
    if (!qEnvironmentVariableIsEmpty("NO_COLOR") || qgetenv("TERM") == "dumb")
        return false;
    return isatty(fileno(stdout)) == 1;
}

EngineSettings settingsFor(const CheckCommand::Options &options)
{
    EngineSettings settings;
    // With announce options, the only announce is the chosen one (InspectionEngine::announceWith).
    const bool chosenOnly = options.scrapeOnly || !options.announce.isEmpty();
    settings.contactMode = chosenOnly     ? EngineSettings::ContactMode::ScrapeOnly
                           : options.keep ? EngineSettings::ContactMode::SingleRound
                                          : EngineSettings::ContactMode::Passive;
    settings.requestTimeoutMs = options.timeoutSeconds * 1000;
    settings.stopWaitMs = settings.requestTimeoutMs;
    settings.concurrencyLimit = options.concurrency;
    settings.scrapeIntervalSeconds = 0;
    settings.scrapeOnLoad = true;
    settings.changeSignalDelayMs = 1000; // nobody watches the signals; the report reads state
    settings.allowPrivateRedirects = options.allowPrivateRedirects;
    if (options.port >= 0)
        settings.identity.port = quint16(options.port);
    if (options.numwant >= -1)
        settings.identity.numwant = options.numwant;
    return settings;
}
// Each tracker gets the announce the options chose; what its protocol cannot carry is said first.
void sendChosenAnnounce(InspectionEngine &engine, quint64 torrentId,
                        const AnnounceOverrides &overrides, QTextStream &err)
{
    for (const QString &warning :
         AnnounceOptionParser::unsentWarnings(engine, torrentId, overrides))
        err << CheckCommand::tr("tracker-inspector: warning: %1").arg(warning) << u'\n';
    err.flush();
    engine.announceWith(torrentId, {}, overrides);
}
} // namespace

QString CheckCommand::usage()
{
    return tr("usage: tracker-inspector check FILE|MAGNET [--json|--csv] [--timeout SEC]\n"
              "         [--tracker URL]... [--trackers-file FILE] [--scrape-only] [--keep]\n"
              "         [--port N] [--numwant N] [--concurrency N] [--allow-private-redirects]\n"
              "         %1")
        .arg(AnnounceOptionParser::usage());
}

Expected<CheckCommand::Options> CheckCommand::parseOptions(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const Expected<bool> announceOption =
            AnnounceOptionParser::read(arguments, i, options.announce);
        if (!announceOption)
            return announceOption.error();
        if (*announceOption)
            continue;
        if (argument == u"--json") {
            options.format = Options::Format::Json;
        } else if (argument == u"--csv") {
            options.format = Options::Format::Csv;
        } else if (argument == u"--scrape-only") {
            options.scrapeOnly = true;
        } else if (argument == u"--keep") {
            options.keep = true;
        } else if (argument == u"--allow-private-redirects") {
            options.allowPrivateRedirects = true;
        } else if (argument == u"--timeout") {
            if (!readNumber(arguments, i, 1, kMaximumTimeoutSeconds, options.timeoutSeconds))
                return usageError(tr("--timeout needs a number of seconds from 1 to %1")
                                      .arg(kMaximumTimeoutSeconds));
        } else if (argument == u"--port") {
            if (!readNumber(arguments, i, 1, kMaximumPort, options.port))
                return usageError(tr("--port needs a port number from 1 to %1").arg(kMaximumPort));
        } else if (argument == u"--numwant") {
            if (!readNumber(arguments, i, -1, 100'000, options.numwant))
                return usageError(tr("--numwant needs a number (-1 for the tracker's default)"));
        } else if (argument == u"--concurrency") {
            if (!readNumber(arguments, i, 1, 1'000'000, options.concurrency))
                return usageError(tr("--concurrency needs a positive number"));
        } else if (argument == u"--tracker" || argument == u"--trackers-file") {
            if (i + 1 >= arguments.size())
                return usageError(tr("%1 needs a value").arg(argument));
            if (argument == u"--tracker")
                options.trackers.append(arguments[++i]);
            else
                options.trackersFile = arguments[++i];
        } else if (argument.startsWith(u"--") && argument.size() > 2) {
            return usageError(tr("unknown option \"%1\"").arg(argument));
        } else if (!options.input.isEmpty()) {
            return usageError(tr("only one torrent or magnet link per check"));
        } else {
            options.input = argument;
        }
    }
    if (options.input.isEmpty())
        return usageError(tr("no torrent or magnet link given"));
    if (options.scrapeOnly && !options.announce.isEmpty())
        return usageError(tr("--scrape-only sends no announce: leave out the announce options"));
    return options;
}

QList<QList<TrackerUrl>> CheckCommand::parseTrackerList(const QString &text)
{
    // Unusable URLs stay in the list: the report shows them as unsupported, with the reason.
    return TrackerListText::parse(text).tiers;
}

Expected<QList<QList<TrackerUrl>>> CheckCommand::readExtraTiers(const Options &options)
{
    QList<QList<TrackerUrl>> tiers;
    for (const QString &url : std::as_const(options.trackers))
        tiers.append({TrackerUrl::parse(url)});
    if (options.trackersFile.isEmpty())
        return tiers;
    QFile file(options.trackersFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(Error::Kind::FileAccess, file.errorString());
    tiers.append(parseTrackerList(QString::fromUtf8(file.readAll())));
    return tiers;
}

void CheckCommand::printReport(const CheckReport &report, Options::Format format, QTextStream &out)
{
    switch (format) {
    case Options::Format::Json:
        out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        break;
    case Options::Format::Csv:
        out << report.toCsv();
        break;
    case Options::Format::Table:
        out << report.toTable(stdoutIsColourTerminal());
        break;
    }
}

int CheckCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Expected<Options> parsed = parseOptions(arguments);
    if (!parsed) {
        err << tr("tracker-inspector: check: %1").arg(parsed.error().describe()) << u'\n' << usage()
            << u'\n';
        return 2;
    }
    const Options &options = *parsed;
    const Expected<Metainfo> loaded = MagnetLinkParser::looksLikeMagnet(options.input)
                                          ? MagnetLinkParser::parse(options.input)
                                          : TorrentFileReader::read(options.input);
    if (!loaded) {
        err << tr("tracker-inspector: %1: %2").arg(options.input, loaded.error().describe())
            << u'\n';
        return 2;
    }
    const Expected<QList<QList<TrackerUrl>>> extraTiers = readExtraTiers(options);
    if (!extraTiers) {
        err << tr("tracker-inspector: %1: %2")
                   .arg(options.trackersFile, extraTiers.error().describe())
            << u'\n';
        return 2;
    }
    int trackerCount = loaded->trackerCount();
    for (const QList<TrackerUrl> &tier : *extraTiers)
        trackerCount += int(tier.size());
    if (trackerCount == 0) {
        err << tr("tracker-inspector: %1: no trackers to check (add some with --tracker or "
                  "--trackers-file)")
                   .arg(options.input)
            << u'\n';
        return 2;
    }

    QNetworkAccessManager network;
    SystemHostResolver resolver;
    InspectionEngine engine(std::make_unique<NetworkTrackerClientFactory>(&network, &resolver));
    engine.setSettings(settingsFor(options));
    TrackerProxyFactory::install(engine.settings());
    QEventLoop loop;
    QObject::connect(&engine, &InspectionEngine::becameIdle, &loop, &QEventLoop::quit);
    QElapsedTimer elapsed;
    elapsed.start();
    const quint64 torrentId = engine.addTorrent(*loaded, *extraTiers);
    if (!options.announce.isEmpty())
        sendChosenAnnounce(engine, torrentId, options.announce, err);
    // A safety net only: the engine's own deadlines end every request well before this.
    QTimer::singleShot(options.timeoutSeconds * 3000 + kRoundMarginMs, &loop, &QEventLoop::quit);
    loop.exec();

    const std::optional<TorrentSnapshot> torrent = engine.torrent(torrentId);
    const CheckReport report(*torrent, *engine.peers(torrentId), elapsed.elapsed());
    printReport(report, options.format, out);
    out.flush();
    return report.workingCount() > 0 ? 0 : 1;
}
