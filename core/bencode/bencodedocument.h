#pragma once

#include "bencode/bencodeissue.h"
#include "bencode/bencodevalue.h"

#include <QByteArray>
#include <QList>
#include <vector>

// The result of decoding: every value of the input as a flat array of nodes that point back into
// the source bytes, plus the error that stopped decoding or the warnings about accepted input.
class BencodeDocument
{
public:
    bool isValid() const { return m_valid; }
    const BencodeIssue &error() const { return m_error; }
    const QList<BencodeIssue> &warnings() const { return m_warnings; }
    BencodeValue root() const { return m_valid ? BencodeValue(this, 0) : BencodeValue(); }
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
    BencodeIssue m_error;
    QList<BencodeIssue> m_warnings;
    bool m_valid = false;
};
