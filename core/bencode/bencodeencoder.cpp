#include "bencode/bencodeencoder.h"

#include <algorithm>

void BencodeEncoder::writeInteger(qint64 value)
{
    m_data += 'i';
    m_data += QByteArray::number(value);
    m_data += 'e';
}

void BencodeEncoder::writeString(QByteArrayView bytes)
{
    m_data += QByteArray::number(bytes.size());
    m_data += ':';
    m_data += bytes;
}

void BencodeEncoder::beginList()
{
    m_data += 'l';
}

void BencodeEncoder::beginDictionary()
{
    m_data += 'd';
}

void BencodeEncoder::end()
{
    m_data += 'e';
}

void BencodeEncoder::writeRaw(QByteArrayView encoded)
{
    m_data += encoded;
}

void BencodeEncoder::writeValue(const BencodeValue &value)
{
    if (!value.isValid())
        return;
    switch (value.type()) {
    case BencodeType::Integer:
        writeInteger(value.toInteger());
        break;
    case BencodeType::String:
        writeString(value.stringView());
        break;
    case BencodeType::List:
        beginList();
        for (BencodeValue item = value.firstChild(); item.isValid(); item = item.nextSibling())
            writeValue(item);
        end();
        break;
    case BencodeType::Dictionary: {
        auto entries = value.entries();
        // Stable: of duplicate keys the first is kept, as look-ups do.
        std::stable_sort(entries.begin(), entries.end(),
                         [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
        beginDictionary();
        QByteArrayView previous;
        bool first = true;
        for (const auto &[key, item] : entries) {
            if (!first && key == previous)
                continue;
            writeString(key);
            writeValue(item);
            previous = key;
            first = false;
        }
        end();
        break;
    }
    }
}

QByteArray BencodeEncoder::canonical(const BencodeValue &value)
{
    BencodeEncoder encoder;
    encoder.writeValue(value);
    return encoder.data();
}
