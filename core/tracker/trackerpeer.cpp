#include "tracker/trackerpeer.h"

#include <QHash>

QString TrackerPeer::toString() const
{
    const bool isIpv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    QString host = address.toString();
    if (isIpv6)
        host = u'[' + host + u']';
    return host + u':' + QString::number(port);
}

size_t qHash(const TrackerPeer &peer, size_t seed)
{
    return qHashMulti(seed, qHash(peer.address), peer.port);
}
