#include "metainfo/metainfotrackerreader.h"

#include "bencode/bencodevalue.h"
#include "metainfo/metainfo.h"

#include <QSet>

void MetainfoTrackerReader::read(const BencodeValue &root, Metainfo &metainfo)
{
    QList<QStringList> tiers;
    const BencodeValue announceList = root.value("announce-list");
    if (announceList.isValid())
        tiers = readAnnounceList(announceList, metainfo.warnings);
    metainfo.trackerTiers = cleanTiers(tiers, metainfo.warnings);
    // BEP 12: with a usable announce-list, announce is ignored (libtorrent does the same).
    if (metainfo.trackerTiers.isEmpty()) {
        const BencodeValue announce = root.value("announce");
        if (announce.isValid() && !announce.isString())
            metainfo.warnings.append(tr("the tracker URL (\"announce\") is not text"));
        else if (announce.isValid())
            metainfo.trackerTiers = cleanTiers({{announce.toUtf8String()}}, metainfo.warnings);
    }
    metainfo.urlList = readUrlList(root.value("url-list"));
}

QList<QStringList> MetainfoTrackerReader::readAnnounceList(const BencodeValue &announceList,
                                                           QStringList &warnings)
{
    QList<QStringList> tiers;
    if (!announceList.isList()) {
        warnings.append(tr("the tracker list (\"announce-list\") is not a list of tiers"));
        return tiers;
    }
    int malformed = 0;
    int urlCount = 0;
    for (BencodeValue tier = announceList.firstChild(); tier.isValid(); tier = tier.nextSibling()) {
        if (!tier.isList()) {
            ++malformed;
            continue;
        }
        QStringList urls;
        for (BencodeValue url = tier.firstChild(); url.isValid() && urlCount < kMaxTrackers;
             url = url.nextSibling(), ++urlCount) {
            if (url.isString())
                urls.append(url.toUtf8String());
            else
                ++malformed;
        }
        tiers.append(urls);
    }
    if (malformed > 0) {
        warnings.append(tr("the tracker list has %n entries that are not URLs; they were skipped",
                           nullptr, malformed));
    }
    if (urlCount >= kMaxTrackers)
        warnings.append(tr("only the first %n tracker URLs were read", nullptr, kMaxTrackers));
    return tiers;
}

QList<QList<TrackerUrl>> MetainfoTrackerReader::cleanTiers(const QList<QStringList> &tiers,
                                                           QStringList &warnings)
{
    QList<QList<TrackerUrl>> result;
    QSet<QString> seen;
    int duplicates = 0;
    int problems = 0;
    for (const QStringList &tier : tiers) {
        QList<TrackerUrl> cleaned;
        for (const QString &text : tier) {
            const QString url = text.trimmed();
            if (url.isEmpty())
                continue;
            if (seen.contains(url)) {
                ++duplicates;
                continue;
            }
            seen.insert(url);
            TrackerUrl tracker = TrackerUrl::parse(url);
            if (!tracker.isSupported() && ++problems <= kMaxListedProblems) {
                warnings.append(
                    tr("the tracker \"%1\" cannot be contacted: %2").arg(url, tracker.problem()));
            }
            cleaned.append(tracker);
        }
        if (!cleaned.isEmpty())
            result.append(cleaned);
    }
    if (problems > kMaxListedProblems) {
        warnings.append(
            tr("%n more trackers cannot be contacted", nullptr, problems - kMaxListedProblems));
    }
    if (duplicates > 0)
        warnings.append(tr("%n repeated tracker URLs were left out", nullptr, duplicates));
    return result;
}

QStringList MetainfoTrackerReader::readUrlList(const BencodeValue &urlList)
{
    QStringList result;
    if (urlList.isString()) {
        const QString url = urlList.toUtf8String().trimmed();
        if (!url.isEmpty())
            result.append(url);
        return result;
    }
    for (BencodeValue url = urlList.firstChild();
         url.isValid() && urlList.isList() && result.size() < kMaxTrackers;
         url = url.nextSibling()) {
        const QString text = url.toUtf8String().trimmed();
        if (!text.isEmpty() && !result.contains(text))
            result.append(text);
    }
    return result;
}
