#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <utility>

class BencodeDocument;

enum class BencodeType : quint8 { Integer, String, List, Dictionary };

// A light handle on one value of a decoded BencodeDocument. It stays valid as long as the
// document lives and is not moved. An invalid handle (a missing key, say) answers every question
// with an empty or default value, so look-ups can be chained.
class BencodeValue
{
public:
    BencodeValue() = default;
    BencodeValue(const BencodeDocument *document, qint32 index)
        : m_document(document)
        , m_index(index)
    {}

    bool isValid() const { return m_document != nullptr && m_index >= 0; }
    BencodeType type() const;
    bool isInteger() const { return isValid() && type() == BencodeType::Integer; }
    bool isString() const { return isValid() && type() == BencodeType::String; }
    bool isList() const { return isValid() && type() == BencodeType::List; }
    bool isDictionary() const { return isValid() && type() == BencodeType::Dictionary; }

    qint64 toInteger(qint64 fallback = 0) const;
    // The string's bytes, a view into the document's source (no copy).
    QByteArrayView stringView() const;
    QByteArray toByteArray() const { return stringView().toByteArray(); }
    QString toUtf8String() const { return QString::fromUtf8(stringView()); }

    // Lists: items in order. Dictionaries: number of key/value pairs.
    qsizetype size() const;
    QList<BencodeValue> items() const;
    BencodeValue value(QByteArrayView key) const; // the first value stored under key
    bool contains(QByteArrayView key) const { return value(key).isValid(); }
    QList<std::pair<QByteArrayView, BencodeValue>> entries() const;

    // Where the value stands in the source: [startOffset, endOffset).
    qint64 startOffset() const;
    qint64 endOffset() const;
    QByteArrayView rawBytes() const; // the exact encoded bytes, e.g. of the info dictionary

    // Cheap traversal without allocating lists.
    BencodeValue firstChild() const;
    BencodeValue nextSibling() const;

private:
    const BencodeDocument *m_document = nullptr;
    qint32 m_index = -1;
};
