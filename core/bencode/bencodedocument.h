#pragma once

#include "bencode/bencodeissue.h"
#include "bencode/bencodevalue.h"

#include <QByteArray>
#include <QList>
#include <vector>

// What decoding gave: every value of the input as a flat array of nodes that point back into the
// source bytes, plus the warnings about accepted input (BencodeDecoder::decode returns an Error
// instead of a document when the input cannot be read).
class BencodeDocument
{
public:
    const QList<BencodeIssue> &warnings() const { return m_warnings; }
    BencodeValue root() const { return m_nodes.empty() ? BencodeValue() : BencodeValue(this, 0); }
    QByteArrayView source() const { return m_source; }
    qsizetype nodeCount() const { return qsizetype(m_nodes.size()); }

private:
    friend class BencodeDecoder;
    friend class BencodeValue;

    struct Node
    {
        qint64 start = 0;
        qint64 end = 0;
        qint64 integer = 0;     // Integer: the value. String: offset of the payload.
        qint64 length = 0;      // String: payload length. List: items. Dictionary: pairs.
        qint32 firstChild = -1; // Dictionaries alternate key and value children.
        qint32 nextSibling = -1;
        BencodeType type = BencodeType::Integer;
    };

    QByteArray m_source;
    std::vector<Node> m_nodes;
    QList<BencodeIssue> m_warnings;
};
