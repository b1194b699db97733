#pragma once

#include "metainfo/trackerurl.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

// One line of a pasted tracker list that is not added as it stands, and why.
struct TrackerListLineProblem
{
    enum class Kind {
        Unusable,      // not a tracker URL Tracker Inspector can contact (TrackerUrl::problem)
        Repeated,      // an earlier line of the same text has the same URL
        AlreadyListed, // the torrent lists this URL already
        OverLimit,     // past TrackerListText::kMaxTrackers
    };

    int lineNumber = 0; // 1-based
    QString text;       // the line (or the URL on it), trimmed
    Kind kind = Kind::Unusable;
    QString reason; // a sentence for people

    // Unusable lines are errors; repeats and URLs already listed are only skipped.
    bool isError() const { return kind == Kind::Unusable; }
};

// Tracker lists as people paste and keep them: one URL a line, blank lines separate tiers (BEP 12),
// lines starting with '#' are comments, and so is the rest of a line from a '#' after whitespace.
// Several URLs on one line, separated by spaces, are that many trackers of the same tier. Cleaned
// the way BEP 12 readers clean a torrent's tier list: URLs trimmed, the first of repeated URLs
// kept, empty tiers dropped.
class TrackerListText
{
    Q_DECLARE_TR_FUNCTIONS(TrackerListText)

public:
    // The same ceiling as for a torrent's own list (MetainfoTrackerReader::kMaxTrackers).
    static constexpr int kMaxTrackers = 1000;

    struct ParseResult
    {
        // Every distinct URL in tier order, including those that cannot be contacted (so that a
        // report can show them as unsupported); see usableTiers().
        QList<QList<TrackerUrl>> tiers;
        QList<TrackerListLineProblem> problems; // in line order

        // tiers without the URLs that cannot be contacted, and without tiers left empty.
        QList<QList<TrackerUrl>> usableTiers() const;
        int trackerCount() const;       // in tiers
        int usableTrackerCount() const; // in usableTiers()
        int errorCount() const;         // problems that are errors
    };

    // existingUrls: URLs the torrent already lists (trimmed text); such lines are skipped and
    // reported as AlreadyListed.
    static ParseResult parse(const QString &text, const QSet<QString> &existingUrls = {});

    // One URL a line, a blank line between tiers, a newline at the end (empty for no tiers).
    static QString format(const QList<QList<TrackerUrl>> &tiers);

    // "12 trackers in 3 tiers".
    static QString summary(int trackerCount, int tierCount);

private:
    static QStringList urlsOnLine(const QString &line);
};
