// libFuzzer target over pasted tracker lists: TrackerListText::parse on any text (as UTF-8), the
// bookkeeping of its result (tiers, counts, problems), the same text with its first URL already
// listed by the torrent, and the round trip through format(): parse(format(tiers)) gives the same
// tiers back.
#include "fuzzcheck.h"
#include "tracker/trackerlisttext.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

namespace {

QList<QStringList> texts(const QList<QList<TrackerUrl>> &tiers)
{
    QList<QStringList> result;
    for (const QList<TrackerUrl> &tier : tiers) {
        QStringList urls;
        for (const TrackerUrl &url : tier)
            urls.append(url.text());
        result.append(urls);
    }
    return result;
}

// No empty tier, no URL twice, within the cap, one Unusable problem per unusable URL, problems in
// line order on lines of the text.
void checkResult(const TrackerListText::ParseResult &result, qsizetype lineCount)
{
    QSet<QString> seen;
    int unusable = 0;
    for (const QList<TrackerUrl> &tier : result.tiers) {
        FUZZ_CHECK(!tier.isEmpty());
        for (const TrackerUrl &url : tier) {
            FUZZ_CHECK(!url.text().isEmpty());
            FUZZ_CHECK(!seen.contains(url.text()));
            seen.insert(url.text());
            unusable += url.isSupported() ? 0 : 1;
        }
    }
    FUZZ_CHECK(result.trackerCount() == seen.size());
    FUZZ_CHECK(result.trackerCount() <= TrackerListText::kMaxTrackers);
    FUZZ_CHECK(result.errorCount() == unusable);
    FUZZ_CHECK(result.usableTrackerCount() + unusable == result.trackerCount());
    int previousLine = 1;
    for (const TrackerListLineProblem &problem : result.problems) {
        FUZZ_CHECK(problem.lineNumber >= previousLine && problem.lineNumber <= lineCount);
        FUZZ_CHECK(!problem.reason.isEmpty());
        previousLine = problem.lineNumber;
    }
    for (const QList<TrackerUrl> &tier : result.usableTiers()) {
        FUZZ_CHECK(!tier.isEmpty());
        for (const TrackerUrl &url : tier)
            FUZZ_CHECK(url.isSupported());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const qsizetype lineCount = text.count(u'\n') + 1;
    const TrackerListText::ParseResult result = TrackerListText::parse(text);
    checkResult(result, lineCount);
    (void)TrackerListText::summary(result.trackerCount(), int(result.tiers.size()));

    const QString formatted = TrackerListText::format(result.tiers);
    FUZZ_CHECK(formatted.isEmpty() == result.tiers.isEmpty());
    const TrackerListText::ParseResult again = TrackerListText::parse(formatted);
    FUZZ_CHECK(texts(again.tiers) == texts(result.tiers));
    FUZZ_CHECK(again.errorCount() == result.errorCount());
    FUZZ_CHECK(again.problems.size() == again.errorCount());
    FUZZ_CHECK(TrackerListText::format(again.tiers) == formatted);

    if (!result.tiers.isEmpty()) {
        const QString first = result.tiers.first().first().text();
        const TrackerListText::ParseResult listed = TrackerListText::parse(text, {first});
        checkResult(listed, lineCount);
        for (const QList<TrackerUrl> &tier : listed.tiers) {
            for (const TrackerUrl &url : tier)
                FUZZ_CHECK(url.text() != first);
        }
    }
    return 0;
}
