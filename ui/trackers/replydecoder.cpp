#include "trackers/replydecoder.h"

#include "bencode/bencodedecoder.h"
#include "bencode/bencodedocument.h"
#include "engine/exchangelogentry.h"
#include "torrents/metainfotext.h"
#include "tracker/http/httpannouncereplyparser.h"
#include "tracker/udp/udptrackerpacket.h"
#include "tracker/websocket/websockettrackermessage.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>

namespace {
constexpr int kPrintableStringLimit = 200;
constexpr int kBytesShownInHex = 64;
constexpr int kMaximumCountsInSummary = 6;

QList<QStandardItem *> fieldRow(const QString &field, const QString &value)
{
    auto *name = new QStandardItem(field);
    auto *text = new QStandardItem(value);
    name->setEditable(false);
    text->setEditable(false);
    return {name, text};
}

bool isPrintable(QByteArrayView bytes)
{
    for (const char byte : bytes) {
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}

QString hexText(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

QString bytesText(QByteArrayView bytes)
{
    if (isPrintable(bytes) && bytes.size() <= kPrintableStringLimit)
        return QString::fromUtf8(bytes);
    return ReplyDecoder::tr("%1 bytes: %2")
        .arg(bytes.size())
        .arg(QString::fromLatin1(
            bytes.first(qMin<qsizetype>(bytes.size(), kBytesShownInHex)).toByteArray().toHex(' ')));
}

// Keys are text, except those of a scrape's "files": info hashes, always in hex.
QString keyText(QByteArrayView key, bool binary)
{
    return binary || !isPrintable(key) ? hexText(key) : QString::fromUtf8(key);
}

QString countsText(const QList<std::pair<QString, qint64>> &counts)
{
    QStringList parts;
    for (const auto &[name, count] : counts) {
        if (count >= 0)
            parts << name + u' ' + MetainfoText::count(count);
    }
    return parts.join(QStringLiteral(" · "));
}

// "complete 5 · downloaded 7 · incomplete 9" for a small dictionary of counts (a scrape's torrent),
// so that the counts show on its row without opening it; empty for anything else.
QString bencodeCountsSummary(const BencodeValue &dictionary)
{
    if (dictionary.size() == 0 || dictionary.size() > kMaximumCountsInSummary)
        return QString();
    QList<std::pair<QString, qint64>> counts;
    for (const auto &[key, value] : dictionary.entries()) {
        if (!value.isInteger() || !isPrintable(key))
            return QString();
        counts.append({QString::fromUtf8(key), value.toInteger()});
    }
    return countsText(counts);
}

void addBencodeValue(QStandardItem *parent, const QString &name, const BencodeValue &value,
                     int &budget)
{
    if (--budget < 0)
        return;
    QList<QStandardItem *> row;
    switch (value.type()) {
    case BencodeType::Integer:
        row = fieldRow(name, QString::number(value.toInteger()));
        break;
    case BencodeType::String:
        row = fieldRow(name, bytesText(value.stringView()));
        break;
    case BencodeType::List: {
        row = fieldRow(name, ReplyDecoder::tr("list, %1 items").arg(value.size()));
        int position = 0;
        for (BencodeValue item = value.firstChild(); item.isValid() && budget > 0;
             item = item.nextSibling())
            addBencodeValue(row.first(), QStringLiteral("[%1]").arg(position++), item, budget);
        break;
    }
    case BencodeType::Dictionary: {
        const QString counts = bencodeCountsSummary(value);
        row = fieldRow(name, counts.isEmpty()
                                 ? ReplyDecoder::tr("dictionary, %1 keys").arg(value.size())
                                 : counts);
        const bool keysAreHashes = name == QLatin1String("files"); // a scrape's torrents
        for (const auto &[key, item] : value.entries())
            addBencodeValue(row.first(), keyText(key, keysAreHashes), item, budget);
        break;
    }
    }
    parent->appendRow(row);
}

QList<QStandardItem *> peersRow(const QString &name, const QList<TrackerPeer> &peers, int dropped,
                                const QString &form)
{
    const qsizetype total = peers.size() + dropped;
    QString value =
        MetainfoText::plural(total, ReplyDecoder::tr("1 peer"), ReplyDecoder::tr("%1 peers"));
    if (!form.isEmpty())
        value += QStringLiteral(" (%1)").arg(form);
    QList<QStandardItem *> row = fieldRow(name, value);
    for (const TrackerPeer &peer : peers)
        row.first()->appendRow(fieldRow(QString(), peer.toString()));
    if (dropped > 0) {
        row.first()->appendRow(
            fieldRow(ReplyDecoder::tr("…"),
                     ReplyDecoder::tr("%1 more not shown (over the limit, port 0 or no address)")
                         .arg(dropped)));
    }
    return row;
}

void addNotes(QStandardItem *parent, const QStringList &notes)
{
    for (const QString &note : notes)
        parent->appendRow(fieldRow(ReplyDecoder::tr("note"), note));
}

} // namespace

void ReplyDecoder::fillTree(QStandardItemModel *model, const ExchangeLogEntry &entry,
                            TrackerProtocol protocol)
{
    model->clear();
    model->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    const QByteArray &reply = entry.record.rawReply;
    QStandardItem *root = model->invisibleRootItem();
    if (reply.isEmpty()) {
        root->appendRow(fieldRow(tr("(no reply)"), entry.summary));
        return;
    }
    int budget = kMaximumTreeItems;
    switch (protocol) {
    case TrackerProtocol::Udp:
        addUdp(root, entry);
        break;
    case TrackerProtocol::WebSocket:
    case TrackerProtocol::WebSocketSecure:
        addWebSocket(root, reply, budget);
        break;
    default:
        addHttp(root, entry, budget);
        break;
    }
    if (budget < 0)
        root->appendRow(fieldRow(tr("…"), tr("more values not shown")));
    if (entry.record.rawReplyTruncated)
        root->appendRow(fieldRow(tr("(truncated)"), tr("the reply was longer than kept")));
}

// The bencode dictionary as sent, key by key, with the peers as HttpAnnounceReplyParser reads them
// and the parser's notes (not canonical, no interval, peers dropped) after it.
void ReplyDecoder::addHttp(QStandardItem *parent, const ExchangeLogEntry &entry, int &budget)
{
    const QByteArray &reply = entry.record.rawReply;
    AnnounceResult announce;
    HttpAnnounceReplyParser::parse(reply, announce, kMaximumTreeItems);
    const Expected<BencodeDocument> document = BencodeDecoder::decode(reply);
    if (!document) {
        parent->appendRow(fieldRow(tr("(not bencode)"), document.error().message()));
        return;
    }
    const BencodeValue root = document->root();
    if (!root.isDictionary()) {
        parent->appendRow(fieldRow(tr("(not bencode)"), announce.errorMessage));
        addBencodeValue(parent, tr("reply"), root, budget);
        return;
    }
    for (const auto &[key, value] : root.entries()) {
        if (key == "peers" || key == "peers6")
            addHttpPeers(parent, key, value, budget);
        else
            addBencodeValue(parent, keyText(key, false), value, budget);
    }
    if (entry.kind == ExchangeLogEntry::Kind::Announce)
        addNotes(parent, announce.notes);
}

// One peer list ("peers" or "peers6", compact or a list of dictionaries) read by the client's
// parser on its own, so that each key shows exactly the peers it carried.
void ReplyDecoder::addHttpPeers(QStandardItem *parent, QByteArrayView key,
                                const BencodeValue &value, int &budget)
{
    QByteArray alone = "d" + QByteArray::number(key.size()) + ':' + key.toByteArray();
    alone += value.rawBytes().toByteArray() + 'e';
    AnnounceResult peers;
    HttpAnnounceReplyParser::parse(alone, peers, qMax(budget, 0));
    if (peers.outcome != ExchangeOutcome::Success) {
        addBencodeValue(parent, QString::fromLatin1(key), value, budget);
        return;
    }
    budget -= int(peers.peers.size()) + 1;
    const QString form = value.isString()
                             ? tr("compact, %1")
                                   .arg(MetainfoText::plural(value.stringView().size(),
                                                             tr("1 byte"), tr("%1 bytes")))
                             : tr("dictionaries");
    parent->appendRow(peersRow(QString::fromLatin1(key), peers.peers, peers.peersDropped, form));
}

void ReplyDecoder::addUdp(QStandardItem *parent, const ExchangeLogEntry &entry)
{
    const QByteArray &reply = entry.record.rawReply;
    if (reply.size() < UdpTrackerPacket::kReplyHeaderSize) {
        parent->appendRow(fieldRow(tr("(too short)"), tr("%1 bytes").arg(reply.size())));
        return;
    }
    // What the client read, read again by the same code: never a second BEP 15 decoder here.
    const bool overIpv6 = entry.record.peerAddress.protocol() == QAbstractSocket::IPv6Protocol;
    const Expected<UdpTrackerReply> parsed =
        UdpTrackerPacket::parseStoredReply(reply, overIpv6, kMaximumTreeItems);
    const UdpReplyHeader header = UdpTrackerPacket::readHeader(reply).value_or(UdpReplyHeader());
    parent->appendRow(
        fieldRow(tr("action"), QStringLiteral("%1 (%2)")
                                   .arg(header.actionNumber)
                                   .arg(UdpTrackerPacket::actionName(header.actionNumber))));
    parent->appendRow(
        fieldRow(tr("transaction id"),
                 QStringLiteral("0x%1").arg(header.transactionId, 8, 16, QLatin1Char('0'))));
    if (!parsed) {
        parent->appendRow(fieldRow(tr("(not a valid reply)"), parsed.error().message()));
        return;
    }
    const UdpTrackerReply &decoded = *parsed;
    switch (decoded.action) {
    case UdpTrackerAction::Connect:
        parent->appendRow(
            fieldRow(tr("connection id"),
                     QStringLiteral("0x%1").arg(decoded.connectionId, 16, 16, QLatin1Char('0'))));
        break;
    case UdpTrackerAction::Announce:
        addUdpAnnounce(parent, decoded);
        break;
    case UdpTrackerAction::Scrape:
        addUdpScrape(parent, decoded);
        break;
    case UdpTrackerAction::Error:
        parent->appendRow(fieldRow(tr("message"), decoded.errorMessage));
        break;
    }
}

void ReplyDecoder::addUdpAnnounce(QStandardItem *parent, const UdpTrackerReply &decoded)
{
    parent->appendRow(fieldRow(tr("interval"), QString::number(decoded.interval)));
    parent->appendRow(fieldRow(tr("leechers"), QString::number(decoded.leechers)));
    parent->appendRow(fieldRow(tr("seeders"), QString::number(decoded.seeders)));
    parent->appendRow(peersRow(tr("peers"), decoded.peers, decoded.peersDropped, QString()));
    if (decoded.ipv4EntriesOverIpv6) {
        parent->appendRow(fieldRow(tr("note"), tr("6-byte IPv4 peer entries over IPv6, where "
                                                  "BEP 15 wants 18-byte entries")));
    }
}

void ReplyDecoder::addUdpScrape(QStandardItem *parent, const UdpTrackerReply &decoded)
{
    QList<QStandardItem *> torrents =
        fieldRow(tr("torrents"), MetainfoText::plural(decoded.scrapeCounts.size(), tr("1 torrent"),
                                                      tr("%1 torrents")));
    for (qsizetype index = 0; index < decoded.scrapeCounts.size(); ++index) {
        const UdpScrapeCounts &counts = decoded.scrapeCounts.at(index);
        QList<QStandardItem *> row = fieldRow(tr("hash %1 of the request").arg(index + 1),
                                              countsText({{tr("seeders"), counts.seeders},
                                                          {tr("completed"), counts.completed},
                                                          {tr("leechers"), counts.leechers}}));
        row.first()->appendRow(fieldRow(tr("seeders"), QString::number(counts.seeders)));
        row.first()->appendRow(fieldRow(tr("completed"), QString::number(counts.completed)));
        row.first()->appendRow(fieldRow(tr("leechers"), QString::number(counts.leechers)));
        torrents.first()->appendRow(row);
    }
    parent->appendRow(torrents);
}

// The message as WebSocketTrackerMessage read it: info hashes and peer ids in hex (they travel as
// "binary strings", unreadable as text), the counts, and what the reader refused.
void ReplyDecoder::addWebSocket(QStandardItem *parent, const QByteArray &reply, int &budget)
{
    const WebSocketTrackerReply decoded = WebSocketTrackerMessage::parse(reply);
    if (decoded.kind == WebSocketTrackerReply::Kind::Invalid) {
        parent->appendRow(fieldRow(tr("(not a tracker message)"), decoded.error));
        return;
    }
    const auto add = [parent](const QString &name, const QString &value) {
        if (!value.isEmpty())
            parent->appendRow(fieldRow(name, value));
    };
    const auto count = [&add](const QString &name, qint64 value) {
        add(name, value >= 0 ? QString::number(value) : QString());
    };
    add(QStringLiteral("action"), decoded.action);
    add(QStringLiteral("info_hash"), hexText(decoded.infoHash));
    add(QStringLiteral("failure reason"), decoded.failureReason);
    add(QStringLiteral("warning message"), decoded.warningMessage);
    count(QStringLiteral("interval"), decoded.interval);
    count(QStringLiteral("min interval"), decoded.minInterval);
    count(QStringLiteral("complete"), decoded.complete);
    count(QStringLiteral("incomplete"), decoded.incomplete);
    count(QStringLiteral("downloaded"), decoded.downloaded);
    addWebSocketFiles(parent, decoded, budget);
    count(QStringLiteral("min_request_interval"), decoded.minRequestInterval);
    add(QStringLiteral("offer_id"), hexText(decoded.offerId));
    add(QStringLiteral("peer_id"), hexText(decoded.fromPeerId));
    const QJsonObject object = QJsonDocument::fromJson(reply).object();
    for (const QString &key : decoded.unknownKeys) {
        const QJsonValue value = object.value(key);
        add(key,
            value.isString()
                ? value.toString()
                : QString::fromUtf8(
                      QJsonDocument(QJsonObject{{key, value}}).toJson(QJsonDocument::Compact)));
    }
    addNotes(parent, decoded.problems);
}

void ReplyDecoder::addWebSocketFiles(QStandardItem *parent, const WebSocketTrackerReply &decoded,
                                     int &budget)
{
    if (decoded.kind != WebSocketTrackerReply::Kind::ScrapeReply)
        return;
    QList<QStandardItem *> files =
        fieldRow(tr("files"),
                 MetainfoText::plural(decoded.files.size(), tr("1 torrent"), tr("%1 torrents")));
    for (const WebSocketScrapeFile &file : decoded.files) {
        if (--budget < 0)
            break;
        const QList<std::pair<QString, qint64>> counts{
            {QStringLiteral("complete"), file.complete},
            {QStringLiteral("incomplete"), file.incomplete},
            {QStringLiteral("downloaded"), file.downloaded},
            {QStringLiteral("downloaders"), file.downloaders}};
        QList<QStandardItem *> row = fieldRow(hexText(file.infoHash), countsText(counts));
        for (const auto &[name, count] : counts) {
            if (count >= 0)
                row.first()->appendRow(fieldRow(name, QString::number(count)));
        }
        files.first()->appendRow(row);
    }
    parent->appendRow(files);
}

QString ReplyDecoder::hexDump(const QByteArray &bytes)
{
    QString text;
    const qsizetype shown = qMin<qsizetype>(bytes.size(), kMaximumHexDumpBytes);
    for (qsizetype offset = 0; offset < shown; offset += kHexBytesPerLine) {
        const QByteArray line = bytes.mid(offset, kHexBytesPerLine);
        QString hex = QString::fromLatin1(line.toHex(' '));
        hex = hex.leftJustified(kHexBytesPerLine * 3, u' ');
        QString ascii;
        for (const char byte : line)
            ascii += (byte >= 0x20 && byte < 0x7f) ? QLatin1Char(byte) : QLatin1Char('.');
        text += QStringLiteral("%1  %2 %3\n").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    if (shown < bytes.size())
        text += tr("… %1 more bytes\n").arg(bytes.size() - shown);
    return text;
}
