#include "tracker/announceidentity.h"

#include <QRandomGenerator>

QByteArray AnnounceIdentity::makePeerId(const QByteArray &prefix)
{
    static constexpr char kTailAlphabet[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    constexpr int alphabetSize = int(sizeof(kTailAlphabet)) - 1;
    QByteArray peerId = prefix.left(kPeerIdLength);
    QRandomGenerator *random = QRandomGenerator::global();
    while (peerId.size() < kPeerIdLength)
        peerId.append(kTailAlphabet[random->bounded(alphabetSize)]);
    return peerId;
}

quint32 AnnounceIdentity::makeKey()
{
    quint32 key = 0;
    while (key == 0)
        key = QRandomGenerator::global()->generate();
    return key;
}
