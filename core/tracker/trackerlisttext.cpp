#include "tracker/trackerlisttext.h"

#include <QHash>
#include <QRegularExpression>

namespace {
constexpr QChar kByteOrderMark = QChar(0xfeff);
} // namespace

QList<QList<TrackerUrl>> TrackerListText::ParseResult::usableTiers() const
{
    QList<QList<TrackerUrl>> usable;
    for (const QList<TrackerUrl> &tier : tiers) {
        QList<TrackerUrl> kept;
        for (const TrackerUrl &url : tier) {
            if (url.isSupported())
                kept.append(url);
        }
        if (!kept.isEmpty())
            usable.append(kept);
    }
    return usable;
}

int TrackerListText::ParseResult::trackerCount() const
{
    int count = 0;
    for (const QList<TrackerUrl> &tier : tiers)
        count += int(tier.size());
    return count;
}

int TrackerListText::ParseResult::usableTrackerCount() const
{
    int count = 0;
    for (const QList<TrackerUrl> &tier : tiers) {
        for (const TrackerUrl &url : tier)
            count += url.isSupported() ? 1 : 0;
    }
    return count;
}

int TrackerListText::ParseResult::errorCount() const
{
    int count = 0;
    for (const TrackerListLineProblem &problem : problems)
        count += problem.isError() ? 1 : 0;
    return count;
}

// A line is one URL, unless it holds several whitespace-separated tokens that each look like a
// URL ("scheme://..."): a list pasted on one line. A '#' after whitespace starts a comment that
// runs to the end of the line ("udp://t.example:6969 # backup"); a '#' inside a URL is its
// fragment. (Without this, format() could put a "#..." token at the start of a line, and the
// list read back would lose it.)
QStringList TrackerListText::urlsOnLine(const QString &fullLine)
{
    // Unicode whitespace, as trimmed() sees it: a token never starts with a no-break space.
    static const QRegularExpression commentStart(QStringLiteral("\\s#"),
                                                 QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression whitespace(QStringLiteral("\\s+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const qsizetype comment = fullLine.indexOf(commentStart);
    const QString line = comment < 0 ? fullLine : fullLine.first(comment).trimmed();
    const QStringList tokens = line.split(whitespace, Qt::SkipEmptyParts);
    if (tokens.size() < 2)
        return {line};
    for (const QString &token : tokens) {
        if (!token.contains(QStringLiteral("://")))
            return {line};
    }
    return tokens;
}

TrackerListText::ParseResult TrackerListText::parse(const QString &text,
                                                    const QSet<QString> &existingUrls)
{
    using Kind = TrackerListLineProblem::Kind;
    ParseResult result;
    result.tiers.append(QList<TrackerUrl>());
    QHash<QString, int> firstLineByUrl;
    int count = 0;
    // Byte order marks are dropped wherever they are: lists pasted from several files carry one
    // at the start of each, and an invisible character is never meant as part of a URL.
    const QStringList lines = QString(text).remove(kByteOrderMark).split(u'\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index) + 1;
        const QString line = lines[index].trimmed();
        if (line.startsWith(u'#'))
            continue;
        if (line.isEmpty()) {
            if (!result.tiers.last().isEmpty())
                result.tiers.append(QList<TrackerUrl>());
            continue;
        }
        for (const QString &url : urlsOnLine(line)) {
            const auto report = [&](Kind kind, const QString &reason) {
                result.problems.append(TrackerListLineProblem{lineNumber, url, kind, reason});
            };
            if (existingUrls.contains(url)) {
                report(Kind::AlreadyListed, tr("the torrent already lists this tracker"));
            } else if (const auto first = firstLineByUrl.constFind(url);
                       first != firstLineByUrl.cend()) {
                report(Kind::Repeated, tr("repeats line %1").arg(first.value()));
            } else if (count >= kMaxTrackers) {
                report(Kind::OverLimit, tr("more than %n trackers", nullptr, int(kMaxTrackers)));
            } else {
                firstLineByUrl.insert(url, lineNumber);
                const TrackerUrl tracker = TrackerUrl::parse(url);
                if (!tracker.isSupported())
                    report(Kind::Unusable, tracker.problem());
                result.tiers.last().append(tracker);
                ++count;
            }
        }
    }
    result.tiers.removeIf([](const QList<TrackerUrl> &tier) { return tier.isEmpty(); });
    return result;
}

QString TrackerListText::format(const QList<QList<TrackerUrl>> &tiers)
{
    QStringList blocks;
    for (const QList<TrackerUrl> &tier : tiers) {
        QStringList urls;
        for (const TrackerUrl &url : tier)
            urls.append(url.text().trimmed());
        if (!urls.isEmpty())
            blocks.append(urls.join(u'\n') + u'\n');
    }
    return blocks.join(u'\n');
}

QString TrackerListText::summary(int trackerCount, int tierCount)
{
    // One is said apart so that English reads right without a translation; other counts take
    // the language's plural forms.
    const QString trackers =
        trackerCount == 1 ? tr("1 tracker") : tr("%n trackers", nullptr, trackerCount);
    return tierCount == 1 ? tr("%1 in 1 tier").arg(trackers)
                          : tr("%1 in %n tiers", nullptr, tierCount).arg(trackers);
}
