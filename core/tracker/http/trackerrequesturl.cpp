#include "tracker/http/trackerrequesturl.h"

#include "tracker/announceoverrides.h"

namespace {

bool isUnreserved(char byte)
{
    return (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
           (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' || byte == '~';
}

void appendParameter(QByteArray &query, QByteArrayView name, QByteArrayView encodedValue)
{
    if (!query.isEmpty())
        query += '&';
    query += name;
    query += '=';
    query += encodedValue;
}

} // namespace

QByteArray TrackerRequestUrl::percentEncode(QByteArrayView bytes)
{
    static constexpr char kHexDigits[] = "0123456789ABCDEF";
    QByteArray encoded;
    encoded.reserve(bytes.size() * 3);
    for (const char byte : bytes) {
        if (isUnreserved(byte)) {
            encoded += byte;
            continue;
        }
        const auto value = static_cast<unsigned char>(byte);
        encoded += '%';
        encoded += kHexDigits[value >> 4];
        encoded += kHexDigits[value & 0x0f];
    }
    return encoded;
}

QUrl TrackerRequestUrl::announceUrl(const AnnounceRequest &request)
{
    QByteArray query;
    appendParameter(query, "info_hash", percentEncode(request.infoHash));
    appendParameter(query, "peer_id", percentEncode(request.peerId));
    appendParameter(query, "port", QByteArray::number(request.port));
    appendParameter(query, "uploaded", QByteArray::number(request.uploaded));
    appendParameter(query, "downloaded", QByteArray::number(request.downloaded));
    appendParameter(query, "left", QByteArray::number(request.left));
    appendParameter(query, "compact", request.compact ? "1" : "0");
    if (request.numwant >= 0)
        appendParameter(query, "numwant", QByteArray::number(request.numwant));
    appendParameter(query, "key", QByteArray::number(request.key, 16).rightJustified(8, '0'));
    const QString event = announceEventName(request.event);
    if (!event.isEmpty())
        appendParameter(query, "event", event.toLatin1());
    if (!request.trackerId.isEmpty())
        appendParameter(query, "trackerid", percentEncode(request.trackerId));
    if (!request.announcedAddress.isEmpty())
        appendParameter(query, "ip", percentEncode(request.announcedAddress.toUtf8()));
    if (!request.extraParameters.isEmpty())
        query += '&' + AnnounceOverrides::encodedQuery(request.extraParameters);
    return withParameters(request.trackerUrl, query);
}

Expected<QUrl> TrackerRequestUrl::scrapeUrl(const QUrl &announceUrl)
{
    QString path = announceUrl.path(QUrl::FullyEncoded);
    const qsizetype lastSlash = path.lastIndexOf(u'/');
    const qsizetype found = path.lastIndexOf(QLatin1String("announce"));
    if (found < 0 || found < lastSlash) {
        return Error(Error::Kind::Generic,
                     tr("The announce URL has no \"announce\" in its last path segment, so the "
                        "tracker offers no scrape URL (BEP 48)."));
    }
    path.replace(found, qsizetype(8), QLatin1String("scrape"));
    QUrl scrape = announceUrl;
    scrape.setPath(path, QUrl::StrictMode);
    if (!scrape.isValid()) { // an invalid announce URL stays invalid
        return Error(Error::Kind::Generic,
                     tr("The announce URL is not valid, so it gives no scrape URL: %1")
                         .arg(scrape.errorString()));
    }
    return scrape;
}

QUrl TrackerRequestUrl::scrapeBatchUrl(const QUrl &scrapeUrl, const QList<QByteArray> &infoHashes)
{
    QByteArray query;
    for (const QByteArray &infoHash : infoHashes)
        appendParameter(query, "info_hash", percentEncode(infoHash));
    return withParameters(scrapeUrl, query);
}

QUrl TrackerRequestUrl::withParameters(const QUrl &base, const QByteArray &parameters)
{
    QByteArray query = base.query(QUrl::FullyEncoded).toLatin1();
    while (query.endsWith('&'))
        query.chop(1);
    if (!query.isEmpty())
        query += '&';
    query += parameters;
    QUrl url = base;
    url.setFragment(QString());
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}
