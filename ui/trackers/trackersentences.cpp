#include "trackers/trackersentences.h"

#include "common/trackertext.h"

#include <algorithm>
#include <limits>

namespace {
constexpr qint64 kSecondMs = 1000;
constexpr qint64 kMinuteMs = 60 * kSecondMs;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kJustNowMs = 5 * kSecondMs; // younger than this is "just now"

// A tracker's count as tr()'s %n takes it: never negative, never wrapped past an int.
int countOf(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}
} // namespace

QStringList TrackerSentences::describe(const TrackerState &tracker, qint64 nowMs)
{
    if (tracker.disabled)
        return {tr("Not contacted: disabled.")};
    if (!tracker.url.isSupported())
        return {tr("Not contacted: this address cannot be used.")};
    QStringList sentences{announceSentence(tracker, nowMs)};
    const QString next = nextAnnounceSentence(tracker, nowMs);
    if (!next.isEmpty())
        sentences << next;
    const QString scrape = scrapeSentence(tracker.scrape, nowMs);
    if (!scrape.isEmpty())
        sentences << scrape;
    return sentences;
}

QString TrackerSentences::announceSentence(const TrackerState &tracker, qint64 nowMs)
{
    const qint64 lastSuccessMs = tracker.statistics.lastSuccessMs();
    const qint64 lastAnnounceMs = tracker.lastAnnounceMs();
    if (lastAnnounceMs < 0)
        return tracker.isBusy() ? tr("Asking for peers…") : tr("Not asked for peers yet.");
    const TrackerEndpointState *best = tracker.bestEndpoint();
    if (best && best->lastSuccessMs >= 0) { // working now
        QString sentence = tr("Got a list of %n peer(s) %1.", nullptr, countOf(best->peerCount))
                               .arg(ago(nowMs - best->lastSuccessMs));
        if (!best->message.isEmpty())
            sentence += u' ' + tr("The tracker warned: %1").arg(best->message);
        return sentence;
    }
    QString sentence = tr("The last announce %1 failed: %2")
                           .arg(ago(nowMs - lastAnnounceMs), tracker.shownMessage());
    if (lastSuccessMs >= 0)
        sentence += u' ' + tr("(It last answered %1.)").arg(ago(nowMs - lastSuccessMs));
    return sentence;
}

QString TrackerSentences::nextAnnounceSentence(const TrackerState &tracker, qint64 nowMs)
{
    if (tracker.isBusy())
        return tracker.lastAnnounceMs() < 0 ? QString() : tr("Asking for more peers now…");
    const qint64 nextMs = tracker.nextAnnounceMs();
    if (nextMs < 0)
        return {};
    const bool failing = TrackerText::isFailure(tracker.status);
    return failing ? tr("Trying again %1.").arg(ahead(nextMs - nowMs))
                   : tr("Asking for more peers %1.").arg(ahead(nextMs - nowMs));
}

QString TrackerSentences::scrapeSentence(const TrackerScrapeState &scrape, qint64 nowMs)
{
    if (scrape.lastScrapeMs < 0)
        return {};
    if (scrape.seeders < 0 && scrape.leechers < 0) {
        return scrape.message.isEmpty()
                   ? QString()
                   : tr("The last scrape %1 gave no counts: %2")
                         .arg(ago(nowMs - scrape.lastScrapeMs), scrape.message);
    }
    const QString seeders = tr("%n seeder(s)", nullptr, countOf(scrape.seeders));
    const QString leechers = tr("%n leecher(s)", nullptr, countOf(scrape.leechers));
    QString sentence = tr("The tracker had %1 and %2 %3.")
                           .arg(seeders, leechers, ago(nowMs - scrape.lastScrapeMs));
    if (scrape.completed >= 0)
        sentence += u' ' + tr("Downloaded %n time(s) in all.", nullptr, countOf(scrape.completed));
    return sentence;
}

QString TrackerSentences::ago(qint64 elapsedMs)
{
    if (elapsedMs < kJustNowMs)
        return tr("just now");
    if (elapsedMs < kMinuteMs)
        return tr("%n second(s) ago", nullptr, int(elapsedMs / kSecondMs));
    if (elapsedMs < kHourMs)
        return tr("%n minute(s) ago", nullptr, int(elapsedMs / kMinuteMs));
    if (elapsedMs < kDayMs)
        return tr("%n hour(s) ago", nullptr, int(elapsedMs / kHourMs));
    return tr("%n day(s) ago", nullptr, int(elapsedMs / kDayMs));
}

QString TrackerSentences::ahead(qint64 remainingMs)
{
    if (remainingMs <= 0)
        return tr("now");
    // Rounded up: "in 1 minute" until it is due, never "in 0 minutes".
    if (remainingMs < kMinuteMs)
        return tr("in %n second(s)", nullptr, int((remainingMs + kSecondMs - 1) / kSecondMs));
    if (remainingMs < kHourMs)
        return tr("in %n minute(s)", nullptr, int((remainingMs + kMinuteMs - 1) / kMinuteMs));
    return tr("in %n hour(s)", nullptr, int((remainingMs + kHourMs - 1) / kHourMs));
}
