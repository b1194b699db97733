#pragma once

#include "common/expected.h"
#include "metainfo/metainfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// A list of tracker URLs checked without a torrent, as newTrackon does: a document like a
// magnet link's metainfo (no info dictionary, no files) marked as a tracker list, that announces
// and scrapes an info hash of its own. Every tracker is a tier of its own, so that each is
// announced even by a client that walks BEP 12 tiers. The list's text is read by TrackerListText.
class TrackerListDocument
{
    Q_DECLARE_TR_FUNCTIONS(TrackerListDocument)

public:
    static constexpr qsizetype kV1HashSize = 20; // SHA-1
    static constexpr qsizetype kV2HashSize = 32; // SHA-256

    // A random v1 info hash: each list is a swarm of its own, which nobody else announces.
    static QByteArray randomInfoHash();
    // 40 hex digits (v1) or 64 (v2), any case, surrounding whitespace ignored; an Error
    // (Malformed) saying what is wrong otherwise.
    static Expected<QByteArray> parseInfoHash(const QString &hex);
    // The document for these trackers (tiers flattened, in order) and this info hash (20 bytes:
    // v1, 32: v2); name is shown where a torrent shows its name.
    static Metainfo make(const QList<QList<TrackerUrl>> &tiers, const QString &name,
                         const QByteArray &infoHash);
};
