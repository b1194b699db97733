#include "testtorrents.h"

#include <QCryptographicHash>

namespace {
constexpr qint64 kPieceHashSize = 20; // SHA-1

QByteArray bencodedString(const QByteArray &text)
{
    return QByteArray::number(text.size()) + ':' + text;
}

QByteArray bencodedInteger(qint64 value)
{
    return 'i' + QByteArray::number(value) + 'e';
}

qint64 pieceCount(const TestTorrents::FileOptions &options)
{
    return (options.length + options.pieceLength - 1) / options.pieceLength;
}
} // namespace

namespace TestTorrents {

QList<QList<TrackerUrl>> parsedTiers(const UrlTiers &tiers)
{
    QList<QList<TrackerUrl>> parsed;
    for (const QStringList &tier : tiers) {
        QList<TrackerUrl> urls;
        for (const QString &url : tier)
            urls.append(TrackerUrl::parse(url));
        parsed.append(urls);
    }
    return parsed;
}

UrlTiers tierPerTracker(const QStringList &trackers)
{
    UrlTiers tiers;
    for (const QString &url : trackers)
        tiers.append(QStringList{url});
    return tiers;
}

QStringList urlTexts(const QList<QUrl> &urls)
{
    QStringList texts;
    for (const QUrl &url : urls)
        texts.append(url.toString());
    return texts;
}

Metainfo metainfo(const UrlTiers &tiers, const TorrentOptions &options)
{
    Metainfo metainfo;
    metainfo.name = options.name;
    metainfo.infoHashV1 =
        options.infoHashV1.isEmpty()
            ? QCryptographicHash::hash(options.name.toUtf8(), QCryptographicHash::Sha1)
            : options.infoHashV1;
    if (!options.infoHashV2.isEmpty()) {
        metainfo.infoHashV2 = options.infoHashV2;
        metainfo.version = MetainfoVersion::Hybrid;
    }
    metainfo.totalSize = options.totalSize;
    metainfo.isPrivate = options.isPrivate;
    metainfo.trackerTiers = parsedTiers(tiers);
    return metainfo;
}

QByteArray infoDictionary(const FileOptions &options)
{
    const QByteArray pieces(pieceCount(options) * kPieceHashSize, options.pieceHashByte);
    return "d6:length" + bencodedInteger(options.length) + "4:name" + bencodedString(options.name) +
           "12:piece length" + bencodedInteger(options.pieceLength) + "6:pieces" +
           bencodedString(pieces) + 'e';
}

QByteArray infoHash(const FileOptions &options)
{
    return QCryptographicHash::hash(infoDictionary(options), QCryptographicHash::Sha1);
}

QByteArray torrentFile(const UrlTiers &tiers, const FileOptions &options)
{
    QByteArray announceList;
    for (const QStringList &tier : tiers) {
        announceList += 'l';
        for (const QString &url : tier)
            announceList += bencodedString(url.toUtf8());
        announceList += 'e';
    }
    const QByteArray announce = tiers.value(0).value(0).toUtf8();
    return "d8:announce" + bencodedString(announce) + "13:announce-listl" + announceList +
           "e4:info" + infoDictionary(options) + 'e';
}

} // namespace TestTorrents
