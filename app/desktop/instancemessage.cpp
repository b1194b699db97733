#include "desktop/instancemessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace {
const QLatin1String kTypeKey("type");
const QLatin1String kSourcesKey("sources");
const QLatin1String kActivationTokenKey("activation_token");
const QLatin1String kCountKey("count");
const QLatin1String kOpenType("open");
const QLatin1String kOpenedType("opened");

// JSON escapes a UTF-16 code unit to at most 6 bytes (\uXXXX); quotes and a comma add 3.
constexpr qsizetype kMaximumBytesPerCodeUnit = 6;
constexpr qsizetype kBytesAroundString = 3;
constexpr qsizetype kRequestOverheadBytes = 128; // braces, keys and the type

qsizetype worstCaseBytes(const QString &text)
{
    return text.size() * kMaximumBytesPerCodeUnit + kBytesAroundString;
}

QByteArray frame(const QJsonObject &object)
{
    const QByteArray payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray framed(InstanceMessage::kLengthPrefixBytes, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), framed.data());
    return framed + payload;
}

std::optional<QJsonObject> parseObject(QByteArrayView payload, QLatin1String expectedType)
{
    if (payload.size() > InstanceMessage::kMaximumMessageBytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    QJsonObject object = document.object();
    if (object.value(kTypeKey).toString() != expectedType)
        return std::nullopt;
    return object;
}
} // namespace

QByteArray InstanceMessage::encodeRequest(const InstanceRequest &request)
{
    QJsonObject object{{kTypeKey, kOpenType},
                       {kSourcesKey, QJsonArray::fromStringList(request.sources)}};
    if (!request.activationToken.isEmpty())
        object.insert(kActivationTokenKey, request.activationToken);
    return frame(object);
}

QByteArray InstanceMessage::encodeAcknowledgement(qsizetype openedCount)
{
    return frame(QJsonObject{{kTypeKey, kOpenedType}, {kCountKey, openedCount}});
}

std::optional<InstanceRequest> InstanceMessage::decodeRequest(QByteArrayView payload)
{
    const std::optional<QJsonObject> object = parseObject(payload, kOpenType);
    if (!object)
        return std::nullopt;
    const QJsonValue sources = object->value(kSourcesKey);
    const QJsonValue token = object->value(kActivationTokenKey);
    if (!sources.isArray() || !(token.isUndefined() || token.isString()))
        return std::nullopt;
    const QJsonArray array = sources.toArray();
    if (array.size() > kMaximumSources)
        return std::nullopt;
    InstanceRequest request;
    request.activationToken = token.toString();
    for (const QJsonValue &source : array) {
        if (!source.isString() || source.toString().isEmpty())
            return std::nullopt;
        request.sources.append(source.toString());
    }
    return request;
}

qsizetype InstanceMessage::decodeAcknowledgement(QByteArrayView payload)
{
    const std::optional<QJsonObject> object = parseObject(payload, kOpenedType);
    if (!object)
        return -1;
    const QJsonValue count = object->value(kCountKey);
    if (!count.isDouble() || count.toDouble() < 0 || count.toDouble() > kMaximumSources)
        return -1;
    return qsizetype(count.toDouble());
}

InstanceMessage::FrameStatus InstanceMessage::takeFrame(QByteArray &buffer, QByteArray &payload)
{
    if (buffer.size() < kLengthPrefixBytes)
        return FrameStatus::Incomplete;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length > quint64(kMaximumMessageBytes))
        return FrameStatus::Oversized;
    if (buffer.size() < kLengthPrefixBytes + qsizetype(length))
        return FrameStatus::Incomplete;
    payload = buffer.mid(kLengthPrefixBytes, length);
    buffer.remove(0, kLengthPrefixBytes + length);
    return FrameStatus::Complete;
}

QList<InstanceRequest> InstanceMessage::splitIntoRequests(const QStringList &sources,
                                                          const QString &activationToken,
                                                          QStringList *skipped)
{
    const qsizetype budget =
        kMaximumMessageBytes - kRequestOverheadBytes - worstCaseBytes(activationToken);
    QList<InstanceRequest> requests{{{}, activationToken}};
    qsizetype used = 0;
    for (const QString &source : sources) {
        const qsizetype cost = worstCaseBytes(source);
        if (cost > budget) {
            if (skipped)
                skipped->append(source);
            continue;
        }
        if (used + cost > budget || requests.last().sources.size() == kMaximumSources) {
            requests.append({{}, activationToken});
            used = 0;
        }
        requests.last().sources.append(source);
        used += cost;
    }
    return requests;
}
