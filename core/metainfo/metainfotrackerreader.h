#pragma once

#include "metainfo/trackerurl.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class BencodeValue;
struct Metainfo;

// Reads the trackers (BEP 12 "announce-list", else "announce") and web seeds (BEP 19
// "url-list") of a torrent, and cleans tier lists the way BEP 12 readers do.
class MetainfoTrackerReader
{
    Q_DECLARE_TR_FUNCTIONS(MetainfoTrackerReader)

public:
    static constexpr int kMaxTrackers = 1000;
    static constexpr int kMaxListedProblems = 10;

    // Fills trackerTiers, urlList and warnings from the torrent's top-level dictionary.
    static void read(const BencodeValue &root, Metainfo &metainfo);

    // Trims every URL, drops empty ones and repeats (the first occurrence stays, in order), drops
    // tiers left empty, and flags URLs Tracker Inspector cannot contact.
    static QList<QList<TrackerUrl>> cleanTiers(const QList<QStringList> &tiers,
                                               QStringList &warnings);

private:
    static QList<QStringList> readAnnounceList(const BencodeValue &announceList,
                                               QStringList &warnings);
    static QStringList readUrlList(const BencodeValue &urlList);
};
