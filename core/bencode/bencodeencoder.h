#pragma once

#include "bencode/bencodevalue.h"

#include <QByteArray>
#include <QByteArrayView>

// Writes bencode. Containers are opened and closed explicitly; writeRaw splices bytes that are
// already encoded (the original info dictionary, so that an edited torrent keeps its info hash).
// Dictionary keys must be written in byte order; canonical() rewrites any value with sorted keys.
class BencodeEncoder
{
public:
    void writeInteger(qint64 value);
    void writeString(QByteArrayView bytes);
    void beginList();
    void beginDictionary();
    void end();
    void writeRaw(QByteArrayView encoded);
    void writeValue(const BencodeValue &value); // copies a decoded value, keys sorted

    const QByteArray &data() const { return m_data; }

    static QByteArray canonical(const BencodeValue &value);

private:
    QByteArray m_data;
};
