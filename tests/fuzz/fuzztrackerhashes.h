#pragma once

#include <QByteArray>
#include <QList>

// The info hashes the fuzz targets ask trackers about, so that replies in the seed corpora (and
// the dictionaries) name torrents that were asked for: one printable, one of bytes over 0x7f (which
// bittorrent-tracker mangles into UTF-8), one all zeros.
inline QList<QByteArray> fuzzRequestedHashes()
{
    QByteArray binary(20, Qt::Uninitialized);
    for (int index = 0; index < binary.size(); ++index)
        binary[index] = char(0xe0 + index);
    return {QByteArrayLiteral("ABCDEFGHIJKLMNOPQRST"), binary, QByteArray(20, '\0')};
}
