#include "report/exchangelogjson.h"

#include "tracker/trackerpeer.h"

#include <QDateTime>

namespace {
QJsonValue numberOrNull(qint64 value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonArray ExchangeLogJson::toJson(const QList<ExchangeLogEntry> &log)
{
    QJsonArray entries;
    for (const ExchangeLogEntry &entry : log)
        entries.append(entryJson(entry));
    return entries;
}

QJsonObject ExchangeLogJson::entryJson(const ExchangeLogEntry &entry)
{
    const ExchangeRecord &record = entry.record;
    const bool announce = entry.kind == ExchangeLogEntry::Kind::Announce;
    QJsonArray redirects;
    for (const QUrl &redirect : record.redirects)
        redirects.append(redirect.toString());
    QJsonObject object{
        {QStringLiteral("time"),
         record.started.isValid() ? QJsonValue(record.started.toUTC().toString(Qt::ISODateWithMs))
                                  : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("request"),
         announce ? QStringLiteral("announce") : QStringLiteral("scrape")},
        {QStringLiteral("event"),
         announce ? textOrNull(announceEventName(entry.event)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("hash"),
         entry.hashVersion == InfoHashVersion::V1 ? QStringLiteral("v1") : QStringLiteral("v2")},
        {QStringLiteral("endpoint"),
         record.peerAddress.isNull()
             ? QJsonValue(QJsonValue::Null)
             : QJsonValue(TrackerPeer{record.peerAddress, record.peerPort, {}}.toString())},
        {QStringLiteral("latency_ms"), numberOrNull(record.finishedMs)},
        {QStringLiteral("outcome"), exchangeOutcomeName(entry.outcome)},
        {QStringLiteral("status"), trackerStatusName(entry.shownVerdict())},
        {QStringLiteral("summary"), entry.summary},
        {QStringLiteral("request_url"), record.requestDescription},
        {QStringLiteral("http_status"), textOrNull(record.statusLine)},
        {QStringLiteral("redirects"), redirects},
        {QStringLiteral("tries"), record.tries},
        {QStringLiteral("reply_size"), record.rawReply.size()},
        {QStringLiteral("reply_truncated"), record.rawReplyTruncated},
        {QStringLiteral("reply_base64"),
         record.rawReply.isNull() ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(QString::fromLatin1(record.rawReply.toBase64()))},
    };
    return object;
}
