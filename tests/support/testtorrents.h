#pragma once

#include "metainfo/metainfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Torrents for tests, made in code: a Metainfo for the engine and the UI models, or the bencoded
// bytes of a .torrent for tests that open a file.
namespace TestTorrents {

// Tracker URLs as text, one list per tier (BEP 12).
using UrlTiers = QList<QStringList>;

// What a test chooses about its torrent; what it leaves is as a new Metainfo has it. Every member
// has a default, so that designated initializers may name only what they change.
struct TorrentOptions
{
    QString name = QStringLiteral("test torrent");
    QByteArray infoHashV1 = {}; // empty: the SHA-1 of the name, so that each name has its own hash
    QByteArray infoHashV2 = {}; // 32 bytes make the torrent a hybrid; empty for v1 only
    qint64 totalSize = -1;      // unknown
    bool isPrivate = false;
};

// The file a .torrent describes: one file of length bytes, cut into pieces of pieceLength.
struct FileOptions
{
    QByteArray name = "test.bin";
    qint64 length = 1000;
    qint64 pieceLength = 16384;
    char pieceHashByte = 'x'; // every byte of every piece hash
};

QList<QList<TrackerUrl>> parsedTiers(const UrlTiers &tiers);
// One tier for each tracker, in the order given.
UrlTiers tierPerTracker(const QStringList &trackers);
// The URLs as text (a fixture's QUrl list, for tierPerTracker).
QStringList urlTexts(const QList<QUrl> &urls);

// A v1 torrent (hybrid when options give a v2 hash) listing tiers.
Metainfo metainfo(const UrlTiers &tiers, const TorrentOptions &options = {});

// The bencoded info dictionary of the file, and its SHA-1: the v1 info hash.
QByteArray infoDictionary(const FileOptions &options);
QByteArray infoHash(const FileOptions &options);
// The bytes of a .torrent: announce is the first tracker, announce-list holds tiers.
QByteArray torrentFile(const UrlTiers &tiers, const FileOptions &options);

} // namespace TestTorrents
