#include "tracker/trackerpeer.h"

#include <QHash>
#include <algorithm>

namespace {
bool isAsciiDigit(QChar character)
{
    return character >= u'0' && character <= u'9';
}

bool isHostLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > TrackerPeer::kMaxHostLabelLength ||
        label.front() == u'-' || label.back() == u'-')
        return false;
    return std::all_of(label.begin(), label.end(), [](QChar character) {
        return isAsciiDigit(character) || character == u'-' ||
               (character >= u'a' && character <= u'z') || (character >= u'A' && character <= u'Z');
    });
}
} // namespace

QString TrackerPeer::toString() const
{
    if (hasHostName())
        return hostName + u':' + QString::number(port);
    const bool isIpv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    QString host = address.toString();
    if (isIpv6)
        host = u'[' + host + u']';
    return host + u':' + QString::number(port);
}

QString TrackerPeer::normalizedHostName(QStringView text)
{
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.isEmpty() || text.size() > kMaxHostNameLength)
        return QString();
    const QList<QStringView> labels = text.split(u'.');
    if (!std::all_of(labels.cbegin(), labels.cend(), isHostLabel))
        return QString();
    const QStringView last = labels.constLast();
    if (std::all_of(last.begin(), last.end(), isAsciiDigit))
        return QString();
    return text.toString().toLower();
}

size_t qHash(const TrackerPeer &peer, size_t seed)
{
    return qHashMulti(seed, qHash(peer.address), peer.port, peer.hostName);
}
