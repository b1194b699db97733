#pragma once

#include "metainfo/metainfo.h"

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
        int port = -1;
        int numwant = -2; // -2: the default; -1 asks for the tracker's default
        int concurrency = kDefaultConcurrency;
    };

    // arguments: what follows "check". Returns the exit status.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Fills options; returns an empty string, or a sentence saying what is wrong.
    static QString parseOptions(const QStringList &arguments, Options &options);
    // One URL a line; blank lines separate tiers; lines starting with '#' are comments.
    static QList<QList<TrackerUrl>> parseTrackerList(const QString &text);
    static bool readExtraTiers(const Options &options, QList<QList<TrackerUrl>> &tiers,
                               QTextStream &err);
    static void printReport(const CheckReport &report, Options::Format format, QTextStream &out);
    static QString usage();
};
