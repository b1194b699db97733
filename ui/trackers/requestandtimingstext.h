#pragma once

#include "metainfo/trackerurl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

struct ExchangeLogEntry;
struct ExchangeRecord;

// The "Request & timings" view of one exchange, in the same sections for every protocol: the
// request (where it went and every field it carried, read from what was sent), the reply's status
// line, headers and size, and the moments of the exchange. Plain text, to be copied.
class RequestAndTimingsText
{
    Q_DECLARE_TR_FUNCTIONS(RequestAndTimingsText)

public:
    using Field = std::pair<QString, QString>; // name as on the wire, value for people

    static constexpr int kLabelWidth = 20;

    // endpoint: where the request went, as the exchange log says it ("127.0.0.1:6969").
    static QString text(const ExchangeLogEntry &entry, TrackerProtocol protocol,
                        const QString &endpoint);
    // The request's fields in the order sent: HTTP's query parameters, UDP's BEP 15 fields, the
    // WebSocket message's keys. Info hashes and peer ids that are not text are in hex.
    static QList<Field> requestFields(const ExchangeRecord &record, TrackerProtocol protocol);

private:
    static QList<Field> httpFields(const QString &url);
    static QList<Field> udpFields(const ExchangeRecord &record);
    static QList<Field> webSocketFields(const QByteArray &message);
    static QStringList replyLines(const ExchangeLogEntry &entry);
    static QStringList timingLines(const ExchangeRecord &record);
};
