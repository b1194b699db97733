#pragma once

#include "common/expected.h"
#include "metainfo/metainfo.h"
#include "report/workingtrackerranking.h"
#include "tracker/announceoverrides.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class InspectionEngine;

// `tracker-inspector check [FILE|MAGNET|DIRECTORY]... [--format table|json|csv|list]
//  [--json|--csv] [--timeout SEC] [--tracker URL]... [--trackers-file FILE] [--info-hash HEX]
//  [--working-only] [--family ipv4|ipv6|both] [--scrape-only] [--keep] [--port N] [--numwant N]
//  [--concurrency N]`
// One round against every tracker of every torrent at once — announce `started`, scrape, then
// `stopped` unless --keep — and a report. Without FILE|MAGNET, the trackers of --tracker and
// --trackers-file are checked as a tracker list, with an info hash of its own. Exit status: 0
// when at least one tracker works, 1 when none does, 2 for bad input or usage.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static constexpr int kDefaultTimeoutSeconds = 10;
    static constexpr int kMaximumTimeoutSeconds = 3600;
    static constexpr int kDefaultConcurrency = 2048;

    struct Options
    {
        QStringList inputs; // FILE|MAGNET|DIRECTORY; none: check a tracker list
        enum class Format { Table, Json, Csv, List } format = Format::Table;
        int timeoutSeconds = kDefaultTimeoutSeconds;
        QStringList trackers;
        QString trackersFile;
        QString infoHash; // hex, for a tracker list; empty: a random one
        bool workingOnly = false;
        WorkingTrackerRanking::FamilyChoice family = WorkingTrackerRanking::FamilyChoice::Both;
        bool scrapeOnly = false;
        bool keep = false;
        bool allowPrivateRedirects = false;
        int port = -1;
        int numwant = -2; // -2: the default; -1 asks for the tracker's default
        int concurrency = kDefaultConcurrency;
        // Announce options (AnnounceOptionParser): when any is given, each tracker gets exactly
        // one announce with them (and a scrape), no `stopped` after it.
        AnnounceOverrides announce;
    };

    // arguments: what follows "check". Returns the exit status.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // The options, or an Error saying what is wrong with the arguments.
    static Expected<Options> parseOptions(const QStringList &arguments);
    // One URL a line; blank lines separate tiers; lines starting with '#' are comments.
    static QList<QList<TrackerUrl>> parseTrackerList(const QString &text);
    // The tiers of --tracker and --trackers-file, or an Error (FileAccess) when the file cannot
    // be read: the file's error string.
    static Expected<QList<QList<TrackerUrl>>> readExtraTiers(const Options &options);
    static QString usage();

private:
    // A flag without a value; false when argument is none.
    static bool readFlag(const QString &argument, Options &options);
    // An option with a value at arguments[index + 1] (index moves past it); false when
    // arguments[index] is none, an Error when the value is wrong.
    static Expected<bool> readValueOption(const QStringList &arguments, qsizetype &index,
                                          Options &options);
    // The torrents of the inputs, or the tracker list made of extraTiers when there are none.
    static Expected<QList<Metainfo>> readDocuments(const Options &options,
                                                   const QList<QList<TrackerUrl>> &extraTiers);
    static Expected<Metainfo> makeTrackerList(const Options &options,
                                              const QList<QList<TrackerUrl>> &tiers);
    static void runRound(InspectionEngine &engine, const Options &options, int requestCount);
    static void printReports(InspectionEngine &engine, const QList<quint64> &torrentIds,
                             const Options &options, qint64 elapsedMs, QTextStream &out);
};
