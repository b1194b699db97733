#include "engine/trackerendpointstate.h"

QString TrackerEndpointState::addressText() const
{
    if (address.isNull())
        return QString();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    return port == 0 ? host : host + u':' + QString::number(port);
}

QString TrackerEndpointState::describe() const
{
    const QString where = address.isNull() ? QStringLiteral("–") : addressText();
    return where +
           (hashVersion == InfoHashVersion::V1 ? QStringLiteral(" v1") : QStringLiteral(" v2"));
}
