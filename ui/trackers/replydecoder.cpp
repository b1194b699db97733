#include "trackers/replydecoder.h"

#include "bencode/bencodedecoder.h"
#include "bencode/bencodedocument.h"
#include "engine/exchangelogentry.h"
#include "torrents/metainfotext.h"
#include "tracker/udp/udptrackerpacket.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>

namespace {
constexpr int kPrintableStringLimit = 200;

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

QString bytesText(QByteArrayView bytes)
{
    if (isPrintable(bytes) && bytes.size() <= kPrintableStringLimit)
        return QString::fromUtf8(bytes);
    return ReplyDecoder::tr("%1 bytes: %2")
        .arg(bytes.size())
        .arg(QString::fromLatin1(
            bytes.first(qMin<qsizetype>(bytes.size(), 64)).toByteArray().toHex(' ')));
}

// Keys are text, except in scrape replies: those are info hashes, shown in hex.
QString keyText(QByteArrayView key)
{
    return isPrintable(key) ? QString::fromUtf8(key)
                            : QString::fromLatin1(key.toByteArray().toHex());
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
    case BencodeType::Dictionary:
        row = fieldRow(name, ReplyDecoder::tr("dictionary, %1 keys").arg(value.size()));
        for (const auto &[key, item] : value.entries())
            addBencodeValue(row.first(), keyText(key), item, budget);
        break;
    }
    parent->appendRow(row);
}

void addJsonValue(QStandardItem *parent, const QString &name, const QJsonValue &value, int &budget)
{
    if (--budget < 0)
        return;
    QList<QStandardItem *> row;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        row = fieldRow(name, ReplyDecoder::tr("object, %1 keys").arg(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it)
            addJsonValue(row.first(), it.key(), it.value(), budget);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        row = fieldRow(name, ReplyDecoder::tr("array, %1 items").arg(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            addJsonValue(row.first(), QStringLiteral("[%1]").arg(i), array.at(i), budget);
    } else {
        const QJsonValue copy = value;
        row = fieldRow(name, copy.isString() ? bytesText(copy.toString().toLatin1())
                                             : copy.toVariant().toString());
    }
    parent->appendRow(row);
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
        addJson(root, reply, budget);
        break;
    default:
        addBencode(root, reply, budget);
        break;
    }
    if (budget < 0)
        root->appendRow(fieldRow(tr("…"), tr("more values not shown")));
    if (entry.record.rawReplyTruncated)
        root->appendRow(fieldRow(tr("(truncated)"), tr("the reply was longer than kept")));
}

void ReplyDecoder::addBencode(QStandardItem *parent, const QByteArray &reply, int &budget)
{
    const Expected<BencodeDocument> document = BencodeDecoder::decode(reply);
    if (!document) {
        parent->appendRow(fieldRow(tr("(not bencode)"), document.error().message()));
        return;
    }
    const BencodeValue root = document->root();
    if (!root.isDictionary()) {
        addBencodeValue(parent, tr("reply"), root, budget);
        return;
    }
    for (const auto &[key, value] : root.entries())
        addBencodeValue(parent, keyText(key), value, budget);
}

void ReplyDecoder::addJson(QStandardItem *parent, const QByteArray &reply, int &budget)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply, &error);
    if (document.isNull()) {
        parent->appendRow(fieldRow(tr("(not JSON)"), error.errorString()));
        return;
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        addJsonValue(parent, it.key(), it.value(), budget);
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
    const qsizetype total = decoded.peers.size() + decoded.peersDropped;
    QList<QStandardItem *> peers =
        fieldRow(tr("peers"), MetainfoText::plural(total, tr("1 peer"), tr("%1 peers")));
    for (const TrackerPeer &peer : decoded.peers)
        peers.first()->appendRow(fieldRow(QString(), peer.toString()));
    if (decoded.peersDropped > 0) {
        peers.first()->appendRow(
            fieldRow(tr("…"), tr("%1 more not shown (over the limit, port 0 or no address)")
                                  .arg(decoded.peersDropped)));
    }
    parent->appendRow(peers);
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
        QList<QStandardItem *> row =
            fieldRow(tr("hash %1 of the request").arg(index + 1), QString());
        row.first()->appendRow(fieldRow(tr("seeders"), QString::number(counts.seeders)));
        row.first()->appendRow(fieldRow(tr("completed"), QString::number(counts.completed)));
        row.first()->appendRow(fieldRow(tr("leechers"), QString::number(counts.leechers)));
        torrents.first()->appendRow(row);
    }
    parent->appendRow(torrents);
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

QString ReplyDecoder::exchangeText(const ExchangeLogEntry &entry)
{
    const ExchangeRecord &record = entry.record;
    QStringList lines{record.requestDescription};
    if (!record.statusLine.isEmpty())
        lines << QString() << record.statusLine;
    for (const auto &[name, value] : record.headers)
        lines << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value);
    for (const QUrl &redirect : record.redirects)
        lines << tr("Redirected to %1").arg(redirect.toString());
    lines << QString() << entry.summary;
    const auto moment = [&lines](const QString &label, qint64 ms) {
        if (ms >= 0)
            lines << tr("%1: %2 ms").arg(label).arg(ms);
    };
    moment(tr("connected"), record.connectedMs);
    moment(tr("TLS done"), record.encryptedMs);
    moment(tr("first byte"), record.firstByteMs);
    moment(tr("finished"), record.finishedMs);
    if (record.tries > 1)
        lines << tr("tries: %1").arg(record.tries);
    for (const QString &reason : record.ignoredReplyReasons)
        lines << tr("ignored: %1").arg(reason);
    return lines.join(u'\n');
}
