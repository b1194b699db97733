#include "metainfo/torrentwriter.h"

#include "bencode/bencodedecoder.h"
#include "bencode/bencodeencoder.h"
#include "metainfo/infohasher.h"

#include <QFile>
#include <QSaveFile>
#include <QUrl>

namespace {
constexpr QByteArrayView kAnnounceKey = "announce";
constexpr QByteArrayView kAnnounceListKey = "announce-list";
// Characters left as they are in magnet parameter values, for readable tracker URLs.
const QByteArray kMagnetSafeCharacters = QByteArrayLiteral(":/");

QList<QByteArray> urlBytes(const QList<TrackerUrl> &tier)
{
    QList<QByteArray> urls;
    for (const TrackerUrl &url : tier) {
        const QString text = url.text().trimmed();
        if (!text.isEmpty())
            urls.append(text.toUtf8());
    }
    return urls;
}

void writeTrackers(BencodeEncoder &encoder, const QList<QList<TrackerUrl>> &tiers)
{
    QList<QList<QByteArray>> lists;
    qsizetype count = 0;
    for (const QList<TrackerUrl> &tier : tiers) {
        QList<QByteArray> urls = urlBytes(tier);
        count += urls.size();
        if (!urls.isEmpty())
            lists.append(std::move(urls));
    }
    if (count == 0)
        return;
    encoder.writeString(kAnnounceKey);
    encoder.writeString(lists.first().first());
    if (count == 1)
        return;
    encoder.writeString(kAnnounceListKey);
    encoder.beginList();
    for (const QList<QByteArray> &tier : std::as_const(lists)) {
        encoder.beginList();
        for (const QByteArray &url : tier)
            encoder.writeString(url);
        encoder.end();
    }
    encoder.end();
}

QString magnetValue(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, kMagnetSafeCharacters));
}
} // namespace

Expected<QByteArray> TorrentWriter::replaceTrackers(const QByteArray &torrent,
                                                    const QList<QList<TrackerUrl>> &tiers)
{
    const Expected<BencodeDocument> document = BencodeDecoder::decode(torrent);
    if (!document) {
        return Error(Error::Kind::Malformed,
                     tr("the torrent cannot be read: %1").arg(document.error().message()));
    }
    const BencodeValue root = document->root();
    const BencodeValue info = root.value("info");
    if (!root.isDictionary() || !info.isDictionary())
        return Error(Error::Kind::Malformed,
                     tr("this is not a torrent: it has no info dictionary"));
    BencodeEncoder encoder;
    encoder.beginDictionary();
    bool trackersWritten = false;
    // The trackers replace the original's tracker keys where they stand; a torrent without them
    // gets them where sorted order wants. Dictionaries alternate key and value children.
    const bool hadTrackers = root.contains(kAnnounceKey) || root.contains(kAnnounceListKey);
    for (BencodeValue key = root.firstChild(); key.isValid();) {
        const BencodeValue value = key.nextSibling();
        const QByteArrayView name = key.stringView();
        const bool isTrackerKey = name == kAnnounceKey || name == kAnnounceListKey;
        if (!trackersWritten &&
            (isTrackerKey || (!hadTrackers && name.compare(kAnnounceListKey) > 0))) {
            writeTrackers(encoder, tiers);
            trackersWritten = true;
        }
        if (!isTrackerKey) {
            encoder.writeRaw(key.rawBytes());
            encoder.writeRaw(value.rawBytes());
        }
        key = value.nextSibling();
    }
    if (!trackersWritten)
        writeTrackers(encoder, tiers);
    encoder.end();

    // The guarantee the user relies on: the info dictionary is the same bytes.
    const Expected<BencodeDocument> written = BencodeDecoder::decode(encoder.data());
    if (!written || written->root().value("info").rawBytes() != info.rawBytes()) {
        return Error(Error::Kind::Malformed,
                     tr("the copy would not keep the info dictionary unchanged"));
    }
    return encoder.data();
}

QString TorrentWriter::magnetUri(const Metainfo &metainfo, const QList<QList<TrackerUrl>> &tiers)
{
    QStringList parameters;
    if (metainfo.hasV1())
        parameters.append(u"xt=urn:btih:" + QString::fromLatin1(metainfo.infoHashV1.toHex()));
    if (metainfo.hasV2())
        parameters.append(u"xt=urn:btmh:1220" + QString::fromLatin1(metainfo.infoHashV2.toHex()));
    if (!metainfo.name.isEmpty())
        parameters.append(u"dn=" + magnetValue(metainfo.name));
    if (metainfo.totalSize >= 0)
        parameters.append(u"xl=" + QString::number(metainfo.totalSize));
    for (const QList<TrackerUrl> &tier : tiers) {
        for (const TrackerUrl &url : tier) {
            if (!url.text().trimmed().isEmpty())
                parameters.append(u"tr=" + magnetValue(url.text().trimmed()));
        }
    }
    for (const QString &seed : metainfo.urlList)
        parameters.append(u"ws=" + magnetValue(seed));
    for (const QString &peer : metainfo.peerAddresses)
        parameters.append(u"x.pe=" + magnetValue(peer));
    return u"magnet:?" + parameters.join(u'&');
}

Expected<QByteArray> TorrentWriter::readTorrent(const Metainfo &metainfo)
{
    QFile file(metainfo.sourceName);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            Error::Kind::FileAccess,
            tr("the original torrent file cannot be read again: %1").arg(file.errorString()));
    }
    QByteArray data = file.read(kMaxFileSize + 1);
    if (data.size() > kMaxFileSize) {
        return Error(Error::Kind::FileAccess,
                     tr("the original torrent file is now larger than %n bytes", nullptr,
                        int(kMaxFileSize)));
    }
    const Expected<BencodeDocument> document = BencodeDecoder::decode(data);
    const QByteArrayView info =
        document ? document->root().value("info").rawBytes() : QByteArrayView();
    const InfoHasher::Digests digests =
        InfoHasher::digests(info, metainfo.hasV1(), metainfo.hasV2());
    if (info.isEmpty() || (metainfo.hasV1() && digests.sha1 != metainfo.infoHashV1) ||
        (metainfo.hasV2() && digests.sha256 != metainfo.infoHashV2)) {
        return Error(Error::Kind::Malformed,
                     tr("the original torrent file changed since it was opened (it no longer "
                        "has the same info hash); open it again"));
    }
    return data;
}

Expected<QByteArray> TorrentWriter::saveFile(const QByteArray &data, const QString &targetPath)
{
    QSaveFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error(Error::Kind::FileAccess,
                     tr("\"%1\" cannot be written: %2").arg(targetPath, file.errorString()));
    }
    return data;
}

Expected<QByteArray> TorrentWriter::write(const Metainfo &metainfo,
                                          const QList<QList<TrackerUrl>> &tiers,
                                          const QString &targetPath)
{
    if (metainfo.version == MetainfoVersion::MagnetOnly)
        return saveFile(magnetUri(metainfo, tiers).toUtf8() + '\n', targetPath);
    const Expected<QByteArray> original = readTorrent(metainfo);
    if (!original)
        return original;
    const Expected<QByteArray> edited = replaceTrackers(*original, tiers);
    if (!edited)
        return edited;
    return saveFile(*edited, targetPath);
}
