#include "tracker/http/httpannouncereplyparser.h"

#include "bencode/bencodedecoder.h"
#include "tracker/http/httpreplytext.h"
#include "tracker/trackermessagetext.h"

#include <QtEndian>
#include <array>
#include <limits>

namespace {

constexpr std::array kKnownKeys = {
    QByteArrayView("failure reason"),  QByteArrayView("retry in"),
    QByteArrayView("warning message"), QByteArrayView("interval"),
    QByteArrayView("min interval"),    QByteArrayView("tracker id"),
    QByteArrayView("complete"),        QByteArrayView("incomplete"),
    QByteArrayView("downloaded"),      QByteArrayView("peers"),
    QByteArrayView("peers6"),          QByteArrayView("external ip"),
};

qint64 countOrUnknown(const BencodeValue &value)
{
    return value.isInteger() && value.toInteger() >= 0 ? value.toInteger() : -1;
}

} // namespace

HttpAnnounceReplyParser::HttpAnnounceReplyParser(AnnounceResult &result, int maxPeers)
    : m_result(result)
    , m_maxPeers(maxPeers)
{}

void HttpAnnounceReplyParser::parse(const QByteArray &body, AnnounceResult &result, int maxPeers)
{
    HttpAnnounceReplyParser parser(result, maxPeers);
    const Expected<BencodeDocument> document = BencodeDecoder::decode(body);
    if (body.trimmed().isEmpty()) {
        parser.invalid(tr("The reply is empty (HTTP 200 without a body), so not bencode."));
        return;
    }
    if (!document) {
        // Quote the body only when it is text from its first byte, not broken bencode.
        const QString text =
            document.error().offset() == 0 ? HttpReplyText::firstLine(body) : QString();
        parser.invalid(text.isEmpty()
                           ? tr("The reply is not bencode (%1).").arg(document.error().describe())
                           : tr("The reply is not bencode (%1); it reads: %2")
                                 .arg(document.error().describe(), text));
        return;
    }
    if (!document->warnings().isEmpty())
        result.notes += tr("The reply is bencode but not canonical: %1.")
                            .arg(document->warnings().constFirst().describe());
    const BencodeValue root = document->root();
    if (!root.isDictionary()) {
        parser.invalid(tr("The reply is bencode but not a dictionary."));
        return;
    }
    parser.keepUnknownKeys(root);
    if (root.contains("failure reason")) {
        parser.readFailure(root);
        return;
    }
    result.outcome = ExchangeOutcome::Success;
    result.warningMessage = TrackerMessageText::safe(root.value("warning message").stringView());
    parser.readCounts(root);
    if (!parser.readPeers(root))
        return;
    parser.readExternalIp(root.value("external ip"));
}

void HttpAnnounceReplyParser::readFailure(const BencodeValue &root)
{
    m_result.outcome = ExchangeOutcome::TrackerFailure;
    m_result.failureReason = TrackerMessageText::safe(root.value("failure reason").stringView());
    m_result.errorMessage = tr("The tracker refused the announce: %1").arg(m_result.failureReason);
    const BencodeValue retryIn = root.value("retry in");
    const QByteArrayView text = retryIn.stringView();
    bool isNumber = false;
    const qint64 minutes = retryIn.isInteger() ? retryIn.toInteger()
                                               : text.toByteArray().trimmed().toLongLong(&isNumber);
    if (retryIn.isString() && text.toByteArray().trimmed().toLower() == "never")
        m_result.retryNever = true;
    else if ((retryIn.isInteger() || isNumber) && minutes > 0)
        m_result.retryInMinutes = int(qMin<qint64>(minutes, std::numeric_limits<int>::max()));
    else if (retryIn.isValid())
        m_result.notes += tr("The tracker's \"retry in\" value is neither minutes nor \"never\".");
}

void HttpAnnounceReplyParser::readCounts(const BencodeValue &root)
{
    m_result.interval = readSeconds(root.value("interval"), "interval");
    m_result.minInterval = readSeconds(root.value("min interval"), "min interval");
    if (m_result.interval < 0)
        m_result.notes += tr("The reply has no usable \"interval\"; clients assume %1 s.")
                              .arg(kDefaultIntervalSeconds);
    m_result.trackerId = root.value("tracker id").toByteArray();
    m_result.seeders = countOrUnknown(root.value("complete"));
    m_result.leechers = countOrUnknown(root.value("incomplete"));
    m_result.downloaded = countOrUnknown(root.value("downloaded"));
}

int HttpAnnounceReplyParser::readSeconds(const BencodeValue &value, const char *key)
{
    if (!value.isValid())
        return -1;
    if (!value.isInteger() || value.toInteger() < 0) {
        m_result.notes += tr("The value of \"%1\" is not a number of seconds; it is ignored.")
                              .arg(QLatin1String(key));
        return -1;
    }
    return int(qMin<qint64>(value.toInteger(), std::numeric_limits<int>::max()));
}

bool HttpAnnounceReplyParser::readPeers(const BencodeValue &root)
{
    const BencodeValue peers = root.value("peers");
    const BencodeValue peers6 = root.value("peers6");
    if (!peers.isValid() && !peers6.isValid()) {
        invalid(tr("The reply has neither \"peers\" nor \"peers6\", so it is not a valid "
                   "announce reply."));
        return false;
    }
    if (peers.isValid() && !readPeerValue(peers, kCompactIpv4PeerSize))
        return false;
    if (peers6.isValid() && !readPeerValue(peers6, kCompactIpv6PeerSize))
        return false;
    if (m_result.peersDropped > 0)
        m_result.notes += tr("%n peer entries were dropped (over the cap of %1, port 0, or "
                             "unreadable).",
                             nullptr, m_result.peersDropped)
                              .arg(m_maxPeers);
    return true;
}

bool HttpAnnounceReplyParser::readPeerValue(const BencodeValue &value, int compactSize)
{
    if (value.isString()) {
        m_result.compactPeers = true;
        if (const std::optional<StrayPeerBytes> stray = CompactPeerList::read(
                value.stringView(), compactSize, m_maxPeers, m_result.peers, m_result.peersDropped))
            m_result.strayPeerBytes.append(*stray);
        return true;
    }
    if (value.isList()) {
        readDictionaryPeers(value);
        return true;
    }
    invalid(compactSize == kCompactIpv4PeerSize
                ? tr("\"peers\" is neither a string of compact peers nor a list.")
                : tr("\"peers6\" is neither a string of compact peers nor a list."));
    return false;
}

void HttpAnnounceReplyParser::readDictionaryPeers(const BencodeValue &list)
{
    for (BencodeValue item = list.firstChild(); item.isValid(); item = item.nextSibling()) {
        const TrackerPeer peer = readDictionaryPeer(item);
        if (peer.address.isNull() && !peer.hasHostName()) {
            ++m_result.peersDropped;
            continue;
        }
        addPeer(peer);
    }
}

// A peer of the dictionary model: "ip" is an address, 4 raw bytes (a few trackers send those)
// or a host name (BEP 3); an entry with none of these, or without a port, has neither set.
TrackerPeer HttpAnnounceReplyParser::readDictionaryPeer(const BencodeValue &item)
{
    const BencodeValue ip = item.value("ip");
    const qint64 portNumber = item.value("port").toInteger(-1);
    if (!ip.isString() || portNumber < 0 || portNumber > 0xffff)
        return TrackerPeer();
    TrackerPeer peer;
    peer.port = quint16(portNumber);
    peer.peerId = item.value("peer id").toByteArray();
    const QString text = QString::fromLatin1(ip.stringView()).trimmed();
    peer.address = QHostAddress(text);
    if (peer.address.isNull() && ip.stringView().size() == 4)
        peer.address = QHostAddress(qFromBigEndian<quint32>(ip.stringView().data()));
    if (peer.address.isNull())
        peer.hostName = TrackerPeer::normalizedHostName(text);
    return peer;
}

void HttpAnnounceReplyParser::addPeer(const TrackerPeer &peer)
{
    if (peer.port == 0 || m_result.peers.size() >= m_maxPeers) {
        ++m_result.peersDropped;
        return;
    }
    m_result.peers.append(peer);
}

void HttpAnnounceReplyParser::readExternalIp(const BencodeValue &value)
{
    if (!value.isValid())
        return;
    const QByteArrayView bytes = value.stringView();
    if (bytes.size() == 4)
        m_result.externalIp = QHostAddress(qFromBigEndian<quint32>(bytes.data()));
    else if (bytes.size() == 16)
        m_result.externalIp = QHostAddress(reinterpret_cast<const quint8 *>(bytes.data()));
    else
        m_result.notes += tr("\"external ip\" is %n bytes long, neither 4 nor 16; it is "
                             "ignored.",
                             nullptr, int(bytes.size()));
}

void HttpAnnounceReplyParser::keepUnknownKeys(const BencodeValue &root)
{
    for (const auto &[key, value] : root.entries()) {
        if (std::find(kKnownKeys.begin(), kKnownKeys.end(), key) == kKnownKeys.end())
            m_result.unknownKeys.insert(key.toByteArray(), value.rawBytes().toByteArray());
    }
}

void HttpAnnounceReplyParser::invalid(const QString &message)
{
    m_result.outcome = ExchangeOutcome::InvalidResponse;
    m_result.errorMessage = message;
}
