#include "trackers/requestandtimingstext.h"

#include "engine/exchangelogentry.h"
#include "torrents/metainfotext.h"
#include "tracker/udp/udptrackerpacket.h"
#include "tracker/udp/udptrackerrequestreader.h"
#include "tracker/websocket/websockettrackermessage.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

namespace {

// Text when every byte is printable ASCII, else hex: info hashes and peer ids are bytes.
QString bytesForPeople(QByteArrayView bytes)
{
    for (const char byte : bytes) {
        if (byte < 0x20 || byte > 0x7e)
            return QString::fromLatin1(bytes.toByteArray().toHex());
    }
    return QString::fromLatin1(bytes);
}

// A WebSocket "binary string" (one code unit per byte) as its bytes for people; other text as is.
QString binaryStringForPeople(const QString &text)
{
    const std::optional<QByteArray> bytes =
        WebSocketTrackerMessage::bytesFromBinaryString(text, int(text.size()));
    return bytes ? bytesForPeople(*bytes) : text;
}

QString jsonValueForPeople(const QJsonValue &value)
{
    if (value.isString())
        return binaryStringForPeople(value.toString());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue item : value.toArray())
            items << jsonValueForPeople(item);
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QString udpEventText(quint32 event)
{
    static const QStringList names{QStringLiteral("none"), QStringLiteral("completed"),
                                   QStringLiteral("started"), QStringLiteral("stopped")};
    return event < quint32(names.size())
               ? QStringLiteral("%1 (%2)").arg(event).arg(names.at(int(event)))
               : QString::number(event);
}

QString line(const QString &label, const QString &value)
{
    return QStringLiteral("  ") + label.leftJustified(RequestAndTimingsText::kLabelWidth - 3) +
           u' ' + value;
}

} // namespace

QString RequestAndTimingsText::text(const ExchangeLogEntry &entry, TrackerProtocol protocol,
                                    const QString &endpoint)
{
    const ExchangeRecord &record = entry.record;
    QStringList lines{tr("Request"), QStringLiteral("  ") + record.requestDescription};
    lines << line(tr("sent to"), endpoint);
    for (const auto &[name, value] : requestFields(record, protocol))
        lines << line(name, value);
    lines << QString() << tr("Reply") << replyLines(entry);
    lines << QString() << tr("Timings (from the start of the request)") << timingLines(record);
    return lines.join(u'\n');
}

QList<RequestAndTimingsText::Field>
RequestAndTimingsText::requestFields(const ExchangeRecord &record, TrackerProtocol protocol)
{
    switch (protocol) {
    case TrackerProtocol::Udp:
        return udpFields(record);
    case TrackerProtocol::WebSocket:
    case TrackerProtocol::WebSocketSecure:
        return webSocketFields(record.rawRequest);
    case TrackerProtocol::Http:
    case TrackerProtocol::Https:
        return httpFields(record.requestDescription);
    default:
        return {};
    }
}

// The query of the URL asked, parameter by parameter (percent-decoded byte by byte: QUrlQuery
// would read info_hash and peer_id as UTF-8 and mangle them).
QList<RequestAndTimingsText::Field> RequestAndTimingsText::httpFields(const QString &url)
{
    QList<Field> fields;
    const QByteArray query = QUrl(url).query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &parameter : query.split('&')) {
        if (parameter.isEmpty())
            continue;
        const qsizetype equals = parameter.indexOf('=');
        const QByteArray name = equals < 0 ? parameter : parameter.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : parameter.mid(equals + 1);
        fields.append({QString::fromLatin1(QByteArray::fromPercentEncoding(name)),
                       bytesForPeople(QByteArray::fromPercentEncoding(value))});
    }
    return fields;
}

QList<RequestAndTimingsText::Field> RequestAndTimingsText::udpFields(const ExchangeRecord &record)
{
    QList<Field> fields;
    if (record.connectionIdReused)
        fields.append({tr("connect"), tr("connection id reused (BEP 15 allows 60 s)")});
    else if (record.connectTries > 0)
        fields.append(
            {tr("connect"), MetainfoText::plural(record.connectTries, tr("1 connect request sent"),
                                                 tr("%1 connect requests sent"))});
    if (record.rawRequest.isEmpty())
        return fields;
    const Expected<UdpTrackerRequestFields> request =
        UdpTrackerRequestReader::read(record.rawRequest);
    if (!request) {
        fields.append({tr("(unreadable)"), request.error().describe()});
        return fields;
    }
    const auto hex = [](quint64 value, int digits) {
        return QStringLiteral("0x%1").arg(value, digits, 16, QLatin1Char('0'));
    };
    fields.append({QStringLiteral("connection_id"), hex(request->connectionId, 16)});
    fields.append(
        {QStringLiteral("action"), QStringLiteral("%1 (%2)")
                                       .arg(request->actionNumber)
                                       .arg(UdpTrackerPacket::actionName(request->actionNumber))});
    fields.append({QStringLiteral("transaction_id"), hex(request->transactionId, 8)});
    for (const QByteArray &hash : request->infoHashes)
        fields.append({QStringLiteral("info_hash"), bytesForPeople(hash)});
    if (request->actionNumber != quint32(UdpTrackerAction::Announce))
        return fields;
    fields.append({QStringLiteral("peer_id"), bytesForPeople(request->peerId)});
    fields.append({QStringLiteral("downloaded"), QString::number(request->downloaded)});
    fields.append({QStringLiteral("left"), QString::number(request->left)});
    fields.append({QStringLiteral("uploaded"), QString::number(request->uploaded)});
    fields.append({QStringLiteral("event"), udpEventText(request->eventNumber)});
    fields.append({QStringLiteral("IP address"),
                   request->ipAddress == 0 ? tr("0 (the packet's source address)")
                                           : QHostAddress(request->ipAddress).toString()});
    fields.append({QStringLiteral("key"), hex(request->key, 8)});
    fields.append({QStringLiteral("num_want"), QString::number(request->numWant)});
    fields.append({QStringLiteral("port"), QString::number(request->port)});
    if (!request->urlData.isEmpty())
        fields.append({tr("URL data (BEP 41)"), QString::fromLatin1(request->urlData)});
    return fields;
}

QList<RequestAndTimingsText::Field>
RequestAndTimingsText::webSocketFields(const QByteArray &message)
{
    QList<Field> fields;
    const QJsonObject object = QJsonDocument::fromJson(message).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonArray items = it.value().toArray();
        if (it.value().isArray() && !items.isEmpty()) {
            for (const QJsonValue item : items) // a scrape's hashes, one a line as in UDP
                fields.append({it.key(), jsonValueForPeople(item)});
        } else {
            fields.append({it.key(), jsonValueForPeople(it.value())});
        }
    }
    return fields;
}

QStringList RequestAndTimingsText::replyLines(const ExchangeLogEntry &entry)
{
    const ExchangeRecord &record = entry.record;
    QStringList lines;
    if (!record.statusLine.isEmpty())
        lines << QStringLiteral("  ") + record.statusLine;
    for (const auto &[name, value] : record.headers)
        lines << line(QString::fromLatin1(name), QString::fromLatin1(value));
    for (const QUrl &redirect : record.redirects)
        lines << line(tr("redirected to"), redirect.toString());
    const QString size = MetainfoText::plural(record.rawReply.size(), tr("1 byte"), tr("%1 bytes"));
    lines << line(tr("size"), record.rawReplyTruncated ? tr("%1 kept, cut short").arg(size) : size);
    lines << line(tr("outcome"),
                  trackerStatusText(entry.shownVerdict()) + QStringLiteral(" – ") + entry.summary);
    for (const QString &error : record.ignoredCertificateErrors)
        lines << line(tr("certificate error"), tr("%1 (gone past, as allowed)").arg(error));
    for (const QString &reason : record.ignoredReplyReasons)
        lines << line(tr("packet ignored"), reason);
    if (record.malformedRepliesIgnored > record.ignoredReplyReasons.size())
        lines << line(tr("packets ignored"), QString::number(record.malformedRepliesIgnored));
    return lines;
}

QStringList RequestAndTimingsText::timingLines(const ExchangeRecord &record)
{
    QStringList lines;
    const auto moment = [&lines](const QString &label, qint64 ms) {
        if (ms >= 0)
            lines << line(label, tr("%1 ms").arg(ms));
    };
    if (record.started.isValid())
        lines << line(tr("started at"),
                      QLocale().toString(record.started.toLocalTime(),
                                         QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    if (record.connectionReused)
        lines << line(tr("connection"), tr("already open, reused"));
    moment(tr("connecting"), record.connectingMs);
    moment(tr("connected"), record.connectedMs);
    moment(tr("TLS done"), record.encryptedMs);
    moment(tr("upgraded"), record.upgradedMs);
    moment(tr("request sent"), record.requestSentMs);
    moment(tr("first byte"), record.firstByteMs);
    moment(tr("finished"), record.finishedMs);
    if (record.tries > 1)
        lines << line(tr("tries"), QString::number(record.tries));
    if (record.reconnects > 0)
        lines << line(tr("reconnects"), QString::number(record.reconnects));
    if (lines.isEmpty())
        lines << QStringLiteral("  ") + tr("none recorded");
    return lines;
}
