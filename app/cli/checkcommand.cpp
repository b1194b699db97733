#include "cli/checkcommand.h"

#include "cli/announceoptionparser.h"
#include "cli/checkinputs.h"

#include "engine/inspectionengine.h"
#include "engine/networktrackerclientfactory.h"
#include "engine/trackerproxyfactory.h"
#include "metainfo/trackerlistdocument.h"
#include "report/checkreport.h"
#include "report/collectioncheckreport.h"
#include "tracker/systemhostresolver.h"
#include "tracker/trackerlisttext.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <unistd.h>

namespace {
// A round waits for the trackers and the `stopped` announces; this bounds the whole run.
constexpr int kRoundMarginMs = 2000;
constexpr int kMaximumPort = 65535;
constexpr int kMaximumNumwant = 100'000;
constexpr int kMaximumConcurrency = 1'000'000;
// Options whose value is text, read by readTextOption.
constexpr QStringView kTextOptions[] = {u"--tracker", u"--trackers-file", u"--info-hash",
                                        u"--format", u"--family"};

bool isTextOption(const QString &argument)
{
    return std::find(std::begin(kTextOptions), std::end(kTextOptions), argument) !=
           std::end(kTextOptions);
}

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

Expected<CheckCommand::Options::Format> formatNamed(const QString &name)
{
    using Format = CheckCommand::Options::Format;
    if (name == u"table")
        return Format::Table;
    if (name == u"json")
        return Format::Json;
    if (name == u"csv")
        return Format::Csv;
    if (name == u"list")
        return Format::List;
    return usageError(
        CheckCommand::tr("--format is table, json, csv or list, not \"%1\"").arg(name));
}

// The value of an option that takes text (kTextOptions).
Expected<bool> readTextOption(const QString &argument, const QString &value,
                              CheckCommand::Options &options)
{
    if (argument == u"--tracker") {
        options.trackers.append(value);
    } else if (argument == u"--trackers-file") {
        options.trackersFile = value;
    } else if (argument == u"--info-hash") {
        const Expected<QByteArray> hash = TrackerListDocument::parseInfoHash(value);
        if (!hash)
            return usageError(CheckCommand::tr("--info-hash: %1").arg(hash.error().message()));
        options.infoHash = value.trimmed();
    } else if (argument == u"--format") {
        const Expected<CheckCommand::Options::Format> format = formatNamed(value);
        if (!format)
            return format.error();
        options.format = *format;
    } else {
        const auto family = WorkingTrackerRanking::parseFamilyChoice(value);
        if (!family)
            return usageError(
                CheckCommand::tr("--family is ipv4, ipv6 or both, not \"%1\"").arg(value));
        options.family = *family;
    }
    return true;
}

bool stdoutIsColourTerminal()
{
    if (!qEnvironmentVariableIsEmpty("NO_COLOR") || qgetenv("TERM") == "dumb")
        return false;
    return isatty(fileno(stdout)) == 1;
}

// Prints a CheckReport or a CollectionCheckReport in a format other than List.
template<typename Report>
void printReport(const Report &report, CheckCommand::Options::Format format, QTextStream &out)
{
    switch (format) {
    case CheckCommand::Options::Format::Json:
        out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        break;
    case CheckCommand::Options::Format::Csv:
        out << report.toCsv();
        break;
    case CheckCommand::Options::Format::Table:
    case CheckCommand::Options::Format::List:
        out << report.toTable(stdoutIsColourTerminal());
        break;
    }
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
    if (options.port >= 0)
        settings.identity.port = quint16(options.port);
    if (options.numwant >= -1)
        settings.identity.numwant = options.numwant;
    settings.allowPrivateRedirects = options.allowPrivateRedirects;
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
// Adds each torrent or list to the engine, and sends the chosen announce when there is one.
QList<quint64> addDocuments(InspectionEngine &engine, const QList<Metainfo> &documents,
                            const QList<QList<TrackerUrl>> &tiersToAdd,
                            const CheckCommand::Options &options, QTextStream &err)
{
    QList<quint64> torrentIds;
    for (const Metainfo &document : documents) {
        torrentIds.append(engine.addTorrent(document, tiersToAdd));
        if (!options.announce.isEmpty())
            sendChosenAnnounce(engine, torrentIds.constLast(), options.announce, err);
    }
    return torrentIds;
}
} // namespace

QString CheckCommand::usage()
{
    return tr("usage: tracker-inspector check [FILE|MAGNET|DIRECTORY]...\n"
              "         [--format table|json|csv|list] [--json|--csv] [--timeout SEC]\n"
              "         [--tracker URL]... [--trackers-file FILE] [--info-hash HEX]\n"
              "         [--working-only] [--family ipv4|ipv6|both] [--scrape-only] [--keep]\n"
              "         [--port N] [--numwant N] [--concurrency N] [--allow-private-redirects]\n"
              "         %1")
        .arg(AnnounceOptionParser::usage());
}

bool CheckCommand::readFlag(const QString &argument, Options &options)
{
    if (argument == u"--json")
        options.format = Options::Format::Json;
    else if (argument == u"--csv")
        options.format = Options::Format::Csv;
    else if (argument == u"--scrape-only")
        options.scrapeOnly = true;
    else if (argument == u"--keep")
        options.keep = true;
    else if (argument == u"--working-only")
        options.workingOnly = true;
    else if (argument == u"--allow-private-redirects")
        options.allowPrivateRedirects = true;
    else
        return false;
    return true;
}

Expected<bool> CheckCommand::readValueOption(const QStringList &arguments, qsizetype &index,
                                             Options &options)
{
    const QString &argument = arguments[index];
    if (argument == u"--timeout") {
        if (!readNumber(arguments, index, 1, kMaximumTimeoutSeconds, options.timeoutSeconds))
            return usageError(
                tr("--timeout needs a number of seconds from 1 to %1").arg(kMaximumTimeoutSeconds));
    } else if (argument == u"--port") {
        if (!readNumber(arguments, index, 1, kMaximumPort, options.port))
            return usageError(tr("--port needs a port number from 1 to %1").arg(kMaximumPort));
    } else if (argument == u"--numwant") {
        if (!readNumber(arguments, index, -1, kMaximumNumwant, options.numwant))
            return usageError(tr("--numwant needs a number (-1 for the tracker's default)"));
    } else if (argument == u"--concurrency") {
        if (!readNumber(arguments, index, 1, kMaximumConcurrency, options.concurrency))
            return usageError(tr("--concurrency needs a positive number"));
    } else if (!isTextOption(argument)) {
        return false;
    } else if (index + 1 >= arguments.size()) {
        return usageError(tr("%1 needs a value").arg(argument));
    } else {
        return readTextOption(argument, arguments[++index], options);
    }
    return true;
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
        if (readFlag(argument, options))
            continue;
        const Expected<bool> read = readValueOption(arguments, i, options);
        if (!read)
            return read.error();
        if (*read)
            continue;
        if (argument.startsWith(u"--") && argument.size() > 2)
            return usageError(tr("unknown option \"%1\"").arg(argument));
        options.inputs.append(argument);
    }
    if (options.inputs.isEmpty() && options.trackers.isEmpty() && options.trackersFile.isEmpty())
        return usageError(tr("no torrent, magnet link or tracker list given"));
    if (!options.inputs.isEmpty() && !options.infoHash.isEmpty())
        return usageError(tr("--info-hash is for a tracker list, checked without FILE|MAGNET"));
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

Expected<Metainfo> CheckCommand::makeTrackerList(const Options &options,
                                                 const QList<QList<TrackerUrl>> &tiers)
{
    QByteArray infoHash = TrackerListDocument::randomInfoHash();
    if (!options.infoHash.isEmpty()) {
        const Expected<QByteArray> parsed = TrackerListDocument::parseInfoHash(options.infoHash);
        if (!parsed)
            return parsed.error();
        infoHash = *parsed;
    }
    const QString name = options.trackersFile.isEmpty()
                             ? tr("Tracker list")
                             : QFileInfo(options.trackersFile).fileName();
    return TrackerListDocument::make(tiers, name, infoHash);
}

Expected<QList<Metainfo>> CheckCommand::readDocuments(const Options &options,
                                                      const QList<QList<TrackerUrl>> &extraTiers)
{
    if (!options.inputs.isEmpty())
        return CheckInputs::read(options.inputs);
    const Expected<Metainfo> list = makeTrackerList(options, extraTiers);
    if (!list)
        return list.error();
    return QList<Metainfo>{*list};
}

void CheckCommand::runRound(InspectionEngine &engine, const Options &options, int requestCount)
{
    QEventLoop loop;
    QObject::connect(&engine, &InspectionEngine::becameIdle, &loop, &QEventLoop::quit);
    // A safety net only: the engine's own deadlines end every request well before this. Requests
    // beyond the concurrency limit wait for earlier ones, one wave after another.
    const int waves = 1 + requestCount / std::max(1, options.concurrency);
    const qint64 safetyMs = qint64(options.timeoutSeconds) * 3000 * waves + kRoundMarginMs;
    QTimer::singleShot(std::chrono::milliseconds(safetyMs), &loop, &QEventLoop::quit);
    if (!engine.isIdle())
        loop.exec();
}

void CheckCommand::printReports(InspectionEngine &engine, const QList<quint64> &torrentIds,
                                const Options &options, qint64 elapsedMs, QTextStream &out)
{
    QList<TorrentSnapshot> torrents;
    QList<const PeerRegistry *> peers;
    for (const quint64 torrentId : torrentIds) {
        torrents.append(*engine.torrent(torrentId));
        peers.append(engine.peers(torrentId));
    }
    if (options.format == Options::Format::List) {
        out << WorkingTrackerRanking::listText(
            WorkingTrackerRanking::rank(torrents, options.family));
        return;
    }
    if (torrents.size() == 1) { // one torrent keeps the shape it always had
        CheckReport report(torrents.first(), *peers.first(), elapsedMs);
        report.setWorkingOnly(options.workingOnly);
        printReport(report, options.format, out);
        return;
    }
    CollectionCheckReport report(torrents, peers, elapsedMs);
    report.setWorkingOnly(options.workingOnly);
    printReport(report, options.format, out);
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
    const Expected<QList<QList<TrackerUrl>>> extraTiers = readExtraTiers(options);
    if (!extraTiers) {
        err << tr("tracker-inspector: %1: %2")
                   .arg(options.trackersFile, extraTiers.error().describe())
            << u'\n';
        return 2;
    }
    const Expected<QList<Metainfo>> documents = readDocuments(options, *extraTiers);
    if (!documents) {
        err << tr("tracker-inspector: %1").arg(documents.error().describe()) << u'\n';
        return 2;
    }
    // A tracker list holds the extra trackers already; torrents get them after their own.
    const QList<QList<TrackerUrl>> tiersToAdd =
        options.inputs.isEmpty() ? QList<QList<TrackerUrl>>() : *extraTiers;
    int addedTrackers = 0;
    for (const QList<TrackerUrl> &tier : tiersToAdd)
        addedTrackers += int(tier.size());
    int requestCount = 0;
    for (const Metainfo &document : *documents)
        requestCount += document.trackerCount() + addedTrackers;
    if (requestCount == 0) {
        err << tr("tracker-inspector: %1: no trackers to check (add some with --tracker or "
                  "--trackers-file)")
                   .arg(options.inputs.isEmpty() ? options.trackersFile
                                                 : options.inputs.join(QStringLiteral(", ")))
            << u'\n';
        return 2;
    }

    QNetworkAccessManager network;
    SystemHostResolver resolver;
    InspectionEngine engine(std::make_unique<NetworkTrackerClientFactory>(&network, &resolver));
    engine.setSettings(settingsFor(options));
    TrackerProxyFactory::install(engine.settings());
    QElapsedTimer elapsed;
    elapsed.start();
    const QList<quint64> torrentIds = addDocuments(engine, *documents, tiersToAdd, options, err);
    runRound(engine, options, requestCount);
    printReports(engine, torrentIds, options, elapsed.elapsed(), out);
    out.flush();
    for (const quint64 torrentId : std::as_const(torrentIds)) {
        const std::optional<TorrentSnapshot> torrent = engine.torrent(torrentId);
        for (const TrackerState &tracker : torrent->trackers) {
            if (trackerStatusIsWorking(tracker.status))
                return 0;
        }
    }
    return 1;
}
