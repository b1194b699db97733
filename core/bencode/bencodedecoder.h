#pragma once

#include "bencode/bencodedocument.h"
#include "common/expected.h"

#include <QCoreApplication>
#include <optional>

// Limits that keep hostile input from taking the process down. libtorrent uses the same depth.
struct BencodeLimits
{
    static constexpr int kDefaultMaxDepth = 100;
    static constexpr qint64 kDefaultMaxInputSize = qint64(512) * 1024 * 1024;
    static constexpr qint64 kDefaultMaxNodes = 4'000'000;
    static constexpr int kMaxWarnings = 50;

    int maxDepth = kDefaultMaxDepth;
    qint64 maxInputSize = kDefaultMaxInputSize;
    qint64 maxNodes = kDefaultMaxNodes;
};

// Decodes bencode (BEP 3) without copying: the document keeps the source and each value's offsets.
// Malformed input is an Error (Malformed) with the byte offset; valid but non-canonical input
// (unsorted or duplicate keys, leading zeros, -0, trailing data) decodes with warnings. Values of
// the document point to it: keep the Expected where it is while they are used.
class BencodeDecoder
{
    Q_DECLARE_TR_FUNCTIONS(BencodeDecoder)

public:
    static Expected<BencodeDocument> decode(const QByteArray &source,
                                            const BencodeLimits &limits = {});

private:
    explicit BencodeDecoder(BencodeDocument &document, const BencodeLimits &limits);
    // One step of the reader: a value read or a container opened or closed.
    enum class Step { Continue, Done, Failed };
    bool run();
    Step readStep();
    Step openContainer(bool isDictionary);
    Step closeContainer();
    bool parseInteger(qint32 node);
    bool parseString(qint32 node);
    bool parseLength(qint64 &length);
    qint32 addNode(BencodeType type);
    void finishValue(qint32 node);
    bool fail(qint64 offset, const QString &message);
    void warn(qint64 offset, const QString &message);
    QString describeByte(qint64 offset) const;

    struct Frame
    {
        qint32 node = -1;
        qint32 lastChild = -1;
        bool isDictionary = false;
        bool expectingKey = true;
        QByteArrayView lastKey;
        bool hasKey = false;
    };

    BencodeDocument &m_document;
    const BencodeLimits &m_limits;
    const char *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_position = 0;
    std::vector<Frame> m_stack;
    int m_suppressedWarnings = 0;
    std::optional<Error> m_error; // what stopped decoding
};
