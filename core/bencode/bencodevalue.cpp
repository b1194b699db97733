#include "bencode/bencodevalue.h"

#include "bencode/bencodedocument.h"

BencodeType BencodeValue::type() const
{
    return m_document->m_nodes[size_t(m_index)].type;
}

qint64 BencodeValue::toInteger(qint64 fallback) const
{
    if (!isInteger())
        return fallback;
    return m_document->m_nodes[size_t(m_index)].integer;
}

QByteArrayView BencodeValue::stringView() const
{
    if (!isString())
        return {};
    const auto &node = m_document->m_nodes[size_t(m_index)];
    return QByteArrayView(m_document->m_source).sliced(node.integer, node.length);
}

qsizetype BencodeValue::size() const
{
    if (!isList() && !isDictionary())
        return 0;
    return qsizetype(m_document->m_nodes[size_t(m_index)].length);
}

QList<BencodeValue> BencodeValue::items() const
{
    QList<BencodeValue> result;
    if (!isList())
        return result;
    result.reserve(size());
    for (BencodeValue child = firstChild(); child.isValid(); child = child.nextSibling())
        result.append(child);
    return result;
}

BencodeValue BencodeValue::value(QByteArrayView key) const
{
    if (!isDictionary())
        return {};
    for (BencodeValue child = firstChild(); child.isValid(); child = child.nextSibling()) {
        const BencodeValue item = child.nextSibling();
        if (child.stringView() == key)
            return item;
        child = item;
    }
    return {};
}

QList<std::pair<QByteArrayView, BencodeValue>> BencodeValue::entries() const
{
    QList<std::pair<QByteArrayView, BencodeValue>> result;
    if (!isDictionary())
        return result;
    result.reserve(size());
    for (BencodeValue child = firstChild(); child.isValid(); child = child.nextSibling()) {
        const BencodeValue item = child.nextSibling();
        result.append({child.stringView(), item});
        child = item;
    }
    return result;
}

qint64 BencodeValue::startOffset() const
{
    return isValid() ? m_document->m_nodes[size_t(m_index)].start : -1;
}

qint64 BencodeValue::endOffset() const
{
    return isValid() ? m_document->m_nodes[size_t(m_index)].end : -1;
}

QByteArrayView BencodeValue::rawBytes() const
{
    if (!isValid())
        return {};
    const auto &node = m_document->m_nodes[size_t(m_index)];
    return QByteArrayView(m_document->m_source).sliced(node.start, node.end - node.start);
}

BencodeValue BencodeValue::firstChild() const
{
    if (!isValid())
        return {};
    const qint32 child = m_document->m_nodes[size_t(m_index)].firstChild;
    return child >= 0 ? BencodeValue(m_document, child) : BencodeValue();
}

BencodeValue BencodeValue::nextSibling() const
{
    if (!isValid())
        return {};
    const qint32 sibling = m_document->m_nodes[size_t(m_index)].nextSibling;
    return sibling >= 0 ? BencodeValue(m_document, sibling) : BencodeValue();
}
