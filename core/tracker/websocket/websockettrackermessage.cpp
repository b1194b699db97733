#include "tracker/websocket/websockettrackermessage.h"

#include "tracker/trackermessagetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <cmath>
#include <limits>

namespace {

using Kind = WebSocketTrackerReply::Kind;

const QSet<QString> &knownKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("action"),          QStringLiteral("info_hash"),
        QStringLiteral("complete"),        QStringLiteral("incomplete"),
        QStringLiteral("downloaded"),      QStringLiteral("interval"),
        QStringLiteral("min interval"),    QStringLiteral("failure reason"),
        QStringLiteral("warning message"), QStringLiteral("files"),
        QStringLiteral("flags"),           QStringLiteral("offer"),
        QStringLiteral("offer_id"),        QStringLiteral("peer_id"),
        QStringLiteral("answer"),          QStringLiteral("to_peer_id"),
    };
    return keys;
}

// Reads the JSON text and numbers of one object, noting every value of the wrong type or range.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QStringList *problems, const QString &context)
        : m_object(object)
        , m_problems(problems)
        , m_context(context)
    {}

    // -1 when absent or unusable (then a problem is noted).
    qint64 count(const QString &key, qint64 maximum = WebSocketTrackerMessage::kMaxExactInteger)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return -1;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || std::floor(number) != number ||
            number > double(maximum)) {
            note(WebSocketTrackerMessage::tr("\"%1\"%2 is not a count (%3); ignored")
                     .arg(key, m_context, describe(value)));
            return -1;
        }
        return qint64(number);
    }

    int seconds(const QString &key) { return int(count(key, std::numeric_limits<int>::max())); }

    // Text values; a number is accepted as text (some trackers send numeric messages).
    QString text(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toDouble());
        if (!value.isUndefined() && !value.isNull())
            note(WebSocketTrackerMessage::tr("\"%1\"%2 is not text; ignored").arg(key, m_context));
        return QString();
    }

    QByteArray binary(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return QByteArray();
        const std::optional<QByteArray> bytes = WebSocketTrackerMessage::bytesFromBinaryString(
            value.toString(), WebSocketTrackerMessage::kHashSize);
        if (!value.isString() || !bytes) {
            note(WebSocketTrackerMessage::tr("\"%1\"%2 is not a 20-byte binary string; ignored")
                     .arg(key, m_context));
            return QByteArray();
        }
        return *bytes;
    }

private:
    static QString describe(const QJsonValue &value)
    {
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 17);
        if (value.isString())
            return u'"' + value.toString().left(40) + u'"';
        return QString::fromUtf8(
            QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).left(40));
    }

    void note(const QString &problem) { m_problems->append(problem); }

    QJsonObject m_object;
    QStringList *m_problems;
    QString m_context;
};

void readFiles(const QJsonObject &object, WebSocketTrackerReply *reply)
{
    const QJsonValue files = object.value(QLatin1String("files"));
    if (files.isUndefined())
        return;
    if (!files.isObject()) {
        reply->problems.append(WebSocketTrackerMessage::tr("\"files\" is not a dictionary"));
        return;
    }
    const QJsonObject entries = files.toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const std::optional<QByteArray> hash = WebSocketTrackerMessage::bytesFromBinaryString(
            it.key(), WebSocketTrackerMessage::kHashSize);
        if (!hash || !it.value().isObject()) {
            reply->problems.append(
                WebSocketTrackerMessage::tr("a \"files\" entry is not a 20-byte info hash with a "
                                            "dictionary of counts; ignored"));
            continue;
        }
        ObjectReader counts(
            it.value().toObject(), &reply->problems,
            WebSocketTrackerMessage::tr(" of %1").arg(QString::fromLatin1(hash->toHex())));
        WebSocketScrapeFile file;
        file.infoHash = *hash;
        file.complete = counts.count(QStringLiteral("complete"));
        file.incomplete = counts.count(QStringLiteral("incomplete"));
        file.downloaded = counts.count(QStringLiteral("downloaded"));
        file.downloaders = counts.count(QStringLiteral("downloaders"));
        reply->files.append(file);
    }
}

void readFields(const QJsonObject &object, WebSocketTrackerReply *reply)
{
    ObjectReader reader(object, &reply->problems, QString());
    reply->action = reader.text(QStringLiteral("action"));
    reply->infoHash = reader.binary(QStringLiteral("info_hash"));
    // The tracker's own words, made safe to show: one line of plain text, bounded.
    reply->failureReason =
        TrackerMessageText::safe(reader.text(QStringLiteral("failure reason")).toUtf8());
    reply->warningMessage =
        TrackerMessageText::safe(reader.text(QStringLiteral("warning message")).toUtf8());
    reply->complete = reader.count(QStringLiteral("complete"));
    reply->incomplete = reader.count(QStringLiteral("incomplete"));
    reply->downloaded = reader.count(QStringLiteral("downloaded"));
    reply->interval = reader.seconds(QStringLiteral("interval"));
    reply->minInterval = reader.seconds(QStringLiteral("min interval"));
    readFiles(object, reply);
    const QJsonValue flags = object.value(QLatin1String("flags"));
    if (flags.isObject()) {
        ObjectReader flagReader(flags.toObject(), &reply->problems, QStringLiteral(" in flags"));
        reply->minRequestInterval = flagReader.seconds(QStringLiteral("min_request_interval"));
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!knownKeys().contains(it.key()))
            reply->unknownKeys.append(it.key());
    }
}

void classify(const QJsonObject &object, WebSocketTrackerReply *reply)
{
    const bool isAnnounceAction = reply->action == QLatin1String("announce");
    const bool hasNoAction = reply->action.isEmpty();
    if ((isAnnounceAction || hasNoAction) &&
        (object.contains(QLatin1String("offer")) || object.contains(QLatin1String("answer")))) {
        reply->kind = object.contains(QLatin1String("offer")) ? Kind::Offer : Kind::Answer;
        reply->offerId = object.value(QLatin1String("offer_id")).toString().toUtf8();
        ObjectReader reader(object, &reply->problems, QString());
        reply->fromPeerId = reader.binary(QStringLiteral("peer_id"));
    } else if (reply->action == QLatin1String("scrape") ||
               (hasNoAction && object.contains(QLatin1String("files")))) {
        reply->kind = Kind::ScrapeReply;
    } else if (isAnnounceAction || (hasNoAction && !reply->infoHash.isEmpty())) {
        reply->kind = Kind::AnnounceReply;
    } else if (hasNoAction && object.contains(QLatin1String("failure reason"))) {
        reply->kind = Kind::FailureOnly;
    } else {
        reply->kind = Kind::Invalid;
        reply->error =
            hasNoAction
                ? WebSocketTrackerMessage::tr("not a tracker message: no action, info hash, files "
                                              "or failure reason")
                : WebSocketTrackerMessage::tr("not a tracker message: unknown action \"%1\"")
                      .arg(reply->action.left(40));
    }
}

} // namespace

QString WebSocketTrackerMessage::binaryString(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.data(), bytes.size());
}

std::optional<QByteArray> WebSocketTrackerMessage::bytesFromBinaryString(const QString &text,
                                                                         int size)
{
    if (text.size() != size)
        return std::nullopt;
    QByteArray bytes(size, Qt::Uninitialized);
    for (int index = 0; index < size; ++index) {
        const char16_t unit = text.at(index).unicode();
        if (unit > 0xFF)
            return std::nullopt;
        bytes[index] = char(unit);
    }
    return bytes;
}

QByteArray WebSocketTrackerMessage::announce(const AnnounceRequest &request)
{
    QJsonObject object{
        {QStringLiteral("action"), QStringLiteral("announce")},
        {QStringLiteral("info_hash"), binaryString(request.infoHash)},
        {QStringLiteral("peer_id"), binaryString(request.peerId)},
        {QStringLiteral("numwant"), 0},
        {QStringLiteral("uploaded"), request.uploaded},
        {QStringLiteral("downloaded"), request.downloaded},
        {QStringLiteral("left"), request.left},
        {QStringLiteral("offers"), QJsonArray()},
    };
    const QString event = announceEventName(request.event);
    if (!event.isEmpty())
        object.insert(QStringLiteral("event"), event);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray WebSocketTrackerMessage::scrape(const QList<QByteArray> &infoHashes)
{
    QJsonObject object{{QStringLiteral("action"), QStringLiteral("scrape")}};
    if (infoHashes.size() == 1) {
        object.insert(QStringLiteral("info_hash"), binaryString(infoHashes.constFirst()));
    } else {
        QJsonArray hashes;
        for (const QByteArray &infoHash : infoHashes)
            hashes.append(binaryString(infoHash));
        object.insert(QStringLiteral("info_hash"), hashes);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

WebSocketTrackerReply WebSocketTrackerMessage::parse(QByteArrayView message)
{
    WebSocketTrackerReply reply;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(message.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reply.error =
            tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return reply;
    }
    if (!document.isObject()) {
        reply.error = tr("not a tracker message: the JSON is not an object");
        return reply;
    }
    const QJsonObject object = document.object();
    readFields(object, &reply);
    classify(object, &reply);
    return reply;
}
