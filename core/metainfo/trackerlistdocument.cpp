#include "metainfo/trackerlistdocument.h"

#include <QRandomGenerator>

namespace {
bool isHexDigit(QChar character)
{
    const char16_t code = character.unicode();
    return (code >= u'0' && code <= u'9') || (code >= u'a' && code <= u'f') ||
           (code >= u'A' && code <= u'F');
}
} // namespace

QByteArray TrackerListDocument::randomInfoHash()
{
    QByteArray hash(kV1HashSize, Qt::Uninitialized);
    QRandomGenerator::global()->generate(hash.begin(), hash.end());
    return hash;
}

Expected<QByteArray> TrackerListDocument::parseInfoHash(const QString &hex)
{
    const QString text = hex.trimmed();
    if (text.size() != kV1HashSize * 2 && text.size() != kV2HashSize * 2)
        return Error(Error::Kind::Malformed,
                     tr("an info hash is 40 hexadecimal digits (v1) or 64 (v2), not %1 characters")
                         .arg(text.size()));
    for (const QChar character : text) {
        if (!isHexDigit(character))
            return Error(Error::Kind::Malformed,
                         tr("\"%1\" is not a hexadecimal digit").arg(character));
    }
    return QByteArray::fromHex(text.toLatin1());
}

Metainfo TrackerListDocument::make(const QList<QList<TrackerUrl>> &tiers, const QString &name,
                                   const QByteArray &infoHash)
{
    Metainfo metainfo;
    metainfo.sourceName = name;
    metainfo.name = name;
    metainfo.version = MetainfoVersion::MagnetOnly;
    metainfo.isTrackerList = true;
    if (infoHash.size() == kV2HashSize)
        metainfo.infoHashV2 = infoHash;
    else
        metainfo.infoHashV1 = infoHash;
    for (const QList<TrackerUrl> &tier : tiers) {
        for (const TrackerUrl &url : tier)
            metainfo.trackerTiers.append({url});
    }
    return metainfo;
}
