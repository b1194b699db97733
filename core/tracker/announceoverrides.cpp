#include "tracker/announceoverrides.h"

using namespace Qt::StringLiterals;

namespace {

QString countText(const char *name, const std::optional<qint64> &value)
{
    return QString::fromLatin1(name) + u'=' + QString::number(*value);
}

// A peer id for people: as text when every byte is printable ASCII, else as hex.
QString peerIdText(const QByteArray &peerId)
{
    for (const char byte : peerId) {
        if (byte < 0x20 || byte > 0x7e)
            return QString::fromLatin1(peerId.toHex());
    }
    return QString::fromLatin1(peerId);
}

} // namespace

bool AnnounceOverrides::isEmpty() const
{
    return !event && !uploaded && !downloaded && !left && !numwant && !port && !peerId && !key &&
           !compact && !ip && extraParameters.isEmpty() && !userAgent;
}

void AnnounceOverrides::applyTo(AnnounceRequest &request) const
{
    request.event = event.value_or(request.event);
    request.uploaded = uploaded.value_or(request.uploaded);
    request.downloaded = downloaded.value_or(request.downloaded);
    request.left = left.value_or(request.left);
    request.numwant = numwant.value_or(request.numwant);
    request.port = port.value_or(request.port);
    request.peerId = peerId.value_or(request.peerId);
    request.key = key.value_or(request.key);
    request.compact = compact.value_or(request.compact);
    request.announcedAddress = ip.value_or(request.announcedAddress);
    request.extraParameters += extraParameters;
    request.userAgent = userAgent.value_or(request.userAgent);
}

QStringList AnnounceOverrides::describe() const
{
    QStringList values;
    if (peerId)
        values << u"peer_id="_s + peerIdText(*peerId);
    if (port)
        values << u"port="_s + QString::number(*port);
    if (uploaded)
        values << countText("uploaded", uploaded);
    if (downloaded)
        values << countText("downloaded", downloaded);
    if (left)
        values << countText("left", left);
    if (compact)
        values << (*compact ? u"compact=1"_s : u"compact=0"_s);
    if (numwant)
        values << u"numwant="_s + QString::number(*numwant);
    if (key)
        values << u"key="_s + QString::number(*key, 16).rightJustified(8, u'0');
    if (event) {
        const QString name = announceEventName(*event);
        values << u"event="_s + (name.isEmpty() ? u"none"_s : name);
    }
    if (ip)
        values << u"ip="_s + *ip;
    for (const auto &[name, value] : extraParameters)
        values << QString::fromUtf8(name) + u'=' + QString::fromUtf8(value);
    if (userAgent)
        values << tr("User-Agent: %1").arg(QString::fromUtf8(*userAgent));
    return values;
}

QByteArray AnnounceOverrides::encodedQuery(const QList<QPair<QByteArray, QByteArray>> &parameters)
{
    QByteArray query;
    for (const auto &[name, value] : parameters) {
        if (!query.isEmpty())
            query += '&';
        query += name.toPercentEncoding() + '=' + value.toPercentEncoding();
    }
    return query;
}
