#pragma once

#include "common/expected.h"
#include "metainfo/metainfo.h"
#include "tracker/announceoverrides.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CheckReport;

// `tracker-inspector check FILE|MAGNET [--json|--csv] [--timeout SEC] [--tracker URL]...
//  [--trackers-file FILE] [--scrape-only] [--keep] [--port N] [--numwant N] [--concurrency N]`
// One round against every tracker at once — announce `started`, scrape, then `stopped` unless
// --keep — and a report. Exit status: 0 when at least one tracker works, 1 when none does,
// 2 for bad input or usage.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static constexpr int kDefaultTimeoutSeconds = 10;
    static constexpr int kMaximumTimeoutSeconds = 3600;
    static constexpr int kDefaultConcurrency = 2048;

    struct Options
    {
        QString input;
        enum class Format { Table, Json, Csv } format = Format::Table;
        int timeoutSeconds = kDefaultTimeoutSeconds;
        QStringList trackers;
        QString trackersFile;
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
    static void printReport(const CheckReport &report, Options::Format format, QTextStream &out);
    static QString usage();
};
