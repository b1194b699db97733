#include "bencode/bencodedecoder.h"

#include <limits>

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

Expected<BencodeDocument> BencodeDecoder::decode(const QByteArray &source,
                                                 const BencodeLimits &limits)
{
    BencodeDocument document;
    document.m_source = source;
    BencodeDecoder decoder(document, limits);
    if (!decoder.run())
        return std::move(*decoder.m_error);
    if (decoder.m_suppressedWarnings > 0) {
        document.m_warnings.append(
            {-1, tr("%n more warnings not shown", nullptr, decoder.m_suppressedWarnings)});
    }
    return document; // moved, before any value points to it
}

BencodeDecoder::BencodeDecoder(BencodeDocument &document, const BencodeLimits &limits)
    : m_document(document)
    , m_limits(limits)
    , m_data(document.m_source.constData())
    , m_size(document.m_source.size())
{}

bool BencodeDecoder::run()
{
    if (m_size == 0)
        return fail(0, tr("the input is empty"));
    if (m_size > m_limits.maxInputSize) {
        return fail(0, tr("the input is %1 bytes, more than the limit of %2 bytes")
                           .arg(m_size)
                           .arg(m_limits.maxInputSize));
    }
    m_document.m_nodes.reserve(size_t(std::min<qint64>(m_size / 8 + 16, m_limits.maxNodes)));
    Step step = Step::Continue;
    while (step == Step::Continue)
        step = readStep();
    if (step == Step::Failed)
        return false;
    if (m_position < m_size) {
        warn(m_position, tr("trailing data after the end of the value (%n bytes)", nullptr,
                            int(m_size - m_position)));
    }
    return true;
}

BencodeDecoder::Step BencodeDecoder::readStep()
{
    if (m_position >= m_size) {
        if (m_stack.empty())
            fail(m_position, tr("unexpected end of input"));
        else
            fail(m_position, m_stack.back().isDictionary
                                 ? tr("unexpected end of input inside a dictionary")
                                 : tr("unexpected end of input inside a list"));
        return Step::Failed;
    }
    const char c = m_data[m_position];
    if (c == 'e' && !m_stack.empty())
        return closeContainer();
    if (!m_stack.empty() && m_stack.back().isDictionary && m_stack.back().expectingKey &&
        !isDigit(c)) {
        fail(m_position,
             tr("expected a string as dictionary key, found %1").arg(describeByte(m_position)));
        return Step::Failed;
    }
    if (c == 'l' || c == 'd')
        return openContainer(c == 'd');
    if (c == 'i' || isDigit(c)) {
        const qint32 node = addNode(c == 'i' ? BencodeType::Integer : BencodeType::String);
        if (node < 0 || !(c == 'i' ? parseInteger(node) : parseString(node)))
            return Step::Failed;
        return m_stack.empty() ? Step::Done : Step::Continue;
    }
    fail(m_position, tr("expected a value, found %1").arg(describeByte(m_position)));
    return Step::Failed;
}

BencodeDecoder::Step BencodeDecoder::closeContainer()
{
    const Frame frame = m_stack.back();
    if (frame.isDictionary && !frame.expectingKey) {
        fail(m_position, tr("dictionary key has no value"));
        return Step::Failed;
    }
    m_document.m_nodes[size_t(frame.node)].end = ++m_position;
    m_stack.pop_back();
    finishValue(frame.node);
    return m_stack.empty() ? Step::Done : Step::Continue;
}

BencodeDecoder::Step BencodeDecoder::openContainer(bool isDictionary)
{
    if (int(m_stack.size()) >= m_limits.maxDepth) {
        fail(m_position, tr("nesting deeper than %n levels", nullptr, m_limits.maxDepth));
        return Step::Failed;
    }
    const qint32 node = addNode(isDictionary ? BencodeType::Dictionary : BencodeType::List);
    if (node < 0)
        return Step::Failed;
    ++m_position;
    m_stack.push_back({node, -1, isDictionary, true, {}, false});
    return Step::Continue;
}

qint32 BencodeDecoder::addNode(BencodeType type)
{
    if (qint64(m_document.m_nodes.size()) >= m_limits.maxNodes) {
        fail(m_position, tr("more than %n values", nullptr, int(m_limits.maxNodes)));
        return -1;
    }
    const auto index = qint32(m_document.m_nodes.size());
    BencodeDocument::Node node;
    node.type = type;
    node.start = m_position;
    m_document.m_nodes.push_back(node);
    if (!m_stack.empty()) {
        Frame &parent = m_stack.back();
        if (parent.lastChild >= 0)
            m_document.m_nodes[size_t(parent.lastChild)].nextSibling = index;
        else
            m_document.m_nodes[size_t(parent.node)].firstChild = index;
        parent.lastChild = index;
    }
    return index;
}

// Called once a value is complete: counts it in its parent and checks dictionary key order.
void BencodeDecoder::finishValue(qint32 node)
{
    if (m_stack.empty())
        return;
    Frame &parent = m_stack.back();
    auto &parentNode = m_document.m_nodes[size_t(parent.node)];
    if (!parent.isDictionary) {
        ++parentNode.length;
        return;
    }
    if (!parent.expectingKey) {
        ++parentNode.length;
        parent.expectingKey = true;
        return;
    }
    const auto &keyNode = m_document.m_nodes[size_t(node)];
    const QByteArrayView key = QByteArrayView(m_data + keyNode.integer, keyNode.length);
    if (parent.hasKey) {
        const int order = parent.lastKey.compare(key, Qt::CaseSensitive);
        if (order == 0) {
            warn(keyNode.start,
                 tr("duplicate dictionary key \"%1\"")
                     .arg(QString::fromUtf8(key.first(std::min<qsizetype>(key.size(), 64)))));
        } else if (order > 0) {
            warn(keyNode.start,
                 tr("dictionary key \"%1\" is out of order")
                     .arg(QString::fromUtf8(key.first(std::min<qsizetype>(key.size(), 64)))));
        }
    }
    parent.lastKey = key;
    parent.hasKey = true;
    parent.expectingKey = false;
}

bool BencodeDecoder::parseInteger(qint32 node)
{
    const qint64 start = m_position;
    ++m_position; // 'i'
    bool negative = false;
    if (m_position < m_size && m_data[m_position] == '-') {
        negative = true;
        ++m_position;
    }
    const qint64 digitsStart = m_position;
    // Accumulate as a negative number so that the most negative 64-bit value fits.
    qint64 value = 0;
    while (m_position < m_size && isDigit(m_data[m_position])) {
        const int digit = m_data[m_position] - '0';
        if (__builtin_mul_overflow(value, 10, &value) ||
            __builtin_sub_overflow(value, digit, &value))
            return fail(start, tr("integer does not fit in 64 bits"));
        ++m_position;
    }
    if (m_position == digitsStart) {
        if (m_position >= m_size)
            return fail(m_position, tr("unexpected end of input inside an integer"));
        return fail(m_position,
                    tr("expected a digit in integer, found %1").arg(describeByte(m_position)));
    }
    if (m_position >= m_size)
        return fail(m_position, tr("unexpected end of input inside an integer"));
    if (m_data[m_position] != 'e')
        return fail(m_position,
                    tr("expected 'e' after integer, found %1").arg(describeByte(m_position)));
    if (!negative) {
        if (value == std::numeric_limits<qint64>::min())
            return fail(start, tr("integer does not fit in 64 bits"));
        value = -value;
    }
    if (m_position - digitsStart > 1 && m_data[digitsStart] == '0')
        warn(start, tr("integer has leading zeros"));
    if (negative && value == 0)
        warn(start, tr("integer is negative zero"));
    ++m_position; // 'e'
    auto &entry = m_document.m_nodes[size_t(node)];
    entry.integer = value;
    entry.end = m_position;
    finishValue(node);
    return true;
}

bool BencodeDecoder::parseLength(qint64 &length)
{
    const qint64 start = m_position;
    length = 0;
    while (m_position < m_size && isDigit(m_data[m_position])) {
        const int digit = m_data[m_position] - '0';
        if (__builtin_mul_overflow(length, 10, &length) ||
            __builtin_add_overflow(length, digit, &length))
            return fail(start, tr("string length does not fit in 64 bits"));
        ++m_position;
    }
    if (m_position >= m_size)
        return fail(m_position, tr("unexpected end of input inside a string length"));
    if (m_data[m_position] != ':')
        return fail(m_position,
                    tr("expected ':' after string length, found %1").arg(describeByte(m_position)));
    if (m_position - start > 1 && m_data[start] == '0')
        warn(start, tr("string length has leading zeros"));
    ++m_position; // ':'
    return true;
}

bool BencodeDecoder::parseString(qint32 node)
{
    const qint64 start = m_position;
    qint64 length = 0;
    if (!parseLength(length))
        return false;
    const qint64 remaining = m_size - m_position;
    if (length > remaining) {
        return fail(start, tr("string of %1 bytes runs past the end of the input (%2 bytes left)")
                               .arg(length)
                               .arg(remaining));
    }
    auto &entry = m_document.m_nodes[size_t(node)];
    entry.integer = m_position;
    entry.length = length;
    m_position += length;
    entry.end = m_position;
    finishValue(node);
    return true;
}

bool BencodeDecoder::fail(qint64 offset, const QString &message)
{
    m_error = Error(Error::Kind::Malformed, message, offset);
    return false;
}

void BencodeDecoder::warn(qint64 offset, const QString &message)
{
    if (m_document.m_warnings.size() >= BencodeLimits::kMaxWarnings) {
        ++m_suppressedWarnings;
        return;
    }
    m_document.m_warnings.append({offset, message});
}

QString BencodeDecoder::describeByte(qint64 offset) const
{
    const auto byte = static_cast<unsigned char>(m_data[offset]);
    if (byte >= 0x20 && byte < 0x7f)
        return QStringLiteral("'%1'").arg(QChar(char16_t(byte)));
    return QStringLiteral("byte 0x%1").arg(byte, 2, 16, QChar(u'0'));
}
