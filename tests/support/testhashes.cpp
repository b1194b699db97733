#include "testhashes.h"

#include <QCryptographicHash>

namespace TestHashes {
QByteArray infoHash(quint32 seed)
{
    return QCryptographicHash::hash(
        QByteArray("tracker-inspector test hash " + QByteArray::number(seed)),
        QCryptographicHash::Sha1);
}

QList<QByteArray> infoHashes(int count, quint32 firstSeed)
{
    QList<QByteArray> result;
    result.reserve(count);
    for (int index = 0; index < count; ++index)
        result.append(infoHash(firstSeed + quint32(index)));
    return result;
}

QByteArray peerId(quint32 seed)
{
    return QByteArray("-TI0001-" + QByteArray::number(seed).rightJustified(12, '0'));
}
} // namespace TestHashes
