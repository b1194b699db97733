#pragma once

#include "engine/trackerstate.h"

#include <QCoreApplication>
#include <QStringList>

// The selected tracker in sentences anyone understands at once, beside the table for experts:
// "Got a list of 5 peers 3 minutes ago.", "Asking for more peers in 25 minutes.", "The tracker had
// 3 seeders and 3 leechers 1 minute ago." Times are engine-clock milliseconds.
class TrackerSentences
{
    Q_DECLARE_TR_FUNCTIONS(TrackerSentences)

public:
    static QStringList describe(const TrackerState &tracker, qint64 nowMs);

    // "just now", "45 seconds ago", "3 minutes ago", "2 hours ago", "3 days ago".
    static QString ago(qint64 elapsedMs);
    // "now", "in 45 seconds", "in 25 minutes", "in 2 hours".
    static QString ahead(qint64 remainingMs);

private:
    static QString announceSentence(const TrackerState &tracker, qint64 nowMs);
    static QString nextAnnounceSentence(const TrackerState &tracker, qint64 nowMs);
    static QString scrapeSentence(const TrackerScrapeState &scrape, qint64 nowMs);
};
