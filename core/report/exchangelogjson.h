#pragma once

#include "engine/exchangelogentry.h"

#include <QJsonArray>
#include <QJsonObject>

// A tracker's exchange log in an exported report, oldest first. Each entry: "time" (ISO 8601
// UTC, when the request began), "request" ("announce"/"scrape"), "event", "hash" ("v1"/"v2"),
// "endpoint" ("ip:port" or null), "latency_ms", "outcome" (a stable code: "success", "timeout",
// "tracker_failure", …), "status" (the verdict, as the tracker's "status"), "summary",
// "request_url", "http_status", "redirects", "tries", "reply_size", "reply_truncated" and
// "reply_base64" (the raw reply as kept; null when it was left out, as a masked export does).
class ExchangeLogJson
{
public:
    static QJsonArray toJson(const QList<ExchangeLogEntry> &log);

private:
    static QJsonObject entryJson(const ExchangeLogEntry &entry);
};
