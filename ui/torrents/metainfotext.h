#pragma once

#include "metainfo/metainfo.h"

#include <QCoreApplication>
#include <QString>

// How the UI words what a Metainfo holds: names, hashes, sizes, versions and the magnet link.
// One place, so the list, the details and the screenshots say the same thing the same way.
class MetainfoText
{
    Q_DECLARE_TR_FUNCTIONS(MetainfoText)

public:
    static QString unknown(); // "–", for values that are not known (never 0)
    static QString displayName(const Metainfo &metainfo);
    static QString primaryHashHex(const Metainfo &metainfo); // v1 when present, else v2
    static QString hashHex(const QByteArray &hash);          // lowercase, "–" when empty
    // What a tracker list is, where a torrent shows its version.
    static QString trackerListKind();
    static QString versionName(MetainfoVersion version);
    static QString size(qint64 bytes);      // "1.4 GiB", "–" when unknown
    static QString exactSize(qint64 bytes); // "1.4 GiB (1,503,238,553 bytes)"
    static QString count(qint64 value);     // localized, "–" when negative
    // one when count is 1, else many with %1 replaced by the localized count.
    static QString plural(qint64 count, const QString &one, const QString &many);
    static QString summary(const Metainfo &metainfo); // "Hybrid · 1.4 GiB · 12 files · …"
    static QString trackerSummary(const Metainfo &metainfo);
    static QString magnetLink(const Metainfo &metainfo);
};
