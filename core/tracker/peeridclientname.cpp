#include "tracker/peeridclientname.h"

#include <QHash>

namespace {
constexpr int kAzureusPrefixLength = 8; // "-XX1234-"
constexpr int kShadowVersionLength = 5; // the characters after the letter

QString azureusClient(QByteArrayView code)
{
    static const QHash<QByteArray, QString> names = {
        {"AZ", QStringLiteral("Vuze")},
        {"BC", QStringLiteral("BitComet")},
        {"BI", QStringLiteral("BiglyBT")},
        {"BT", QStringLiteral("BitTorrent")},
        {"DE", QStringLiteral("Deluge")},
        {"FD", QStringLiteral("Free Download Manager")},
        {"KT", QStringLiteral("KTorrent")},
        {"LT", QStringLiteral("libtorrent (Rasterbar)")},
        {"lt", QStringLiteral("libTorrent (rakshasa)")},
        {"PI", QStringLiteral("PicoTorrent")},
        {"qB", QStringLiteral("qBittorrent")},
        {"TI", QStringLiteral("Tracker Inspector")},
        {"TR", QStringLiteral("Transmission")},
        {"UT", QStringLiteral("µTorrent")},
        {"UM", QStringLiteral("µTorrent Mac")},
        {"UW", QStringLiteral("µTorrent Web")},
        {"BW", QStringLiteral("BitTorrent Web")},
        {"WW", QStringLiteral("WebTorrent")},
        {"WD", QStringLiteral("WebTorrent Desktop")},
        {"XL", QStringLiteral("Xunlei")},
        {"SD", QStringLiteral("Thunder")},
        {"TX", QStringLiteral("Tixati")},
        {"FL", QStringLiteral("Flud")},
        {"LW", QStringLiteral("LimeWire")},
        {"AG", QStringLiteral("Ares")},
        {"BB", QStringLiteral("BitBuddy")},
        {"rT", QStringLiteral("rTorrent")},
        {"7T", QStringLiteral("aTorrent")},
        {"HL", QStringLiteral("Halite")},
        {"FW", QStringLiteral("FrostWire")},
    };
    const auto found = names.constFind(code.toByteArray());
    return found == names.constEnd() ? QString() : *found;
}

QString shadowClient(char letter)
{
    switch (letter) {
    case 'A':
        return QStringLiteral("ABC");
    case 'M':
        return QStringLiteral("Mainline");
    case 'O':
        return QStringLiteral("Osprey Permaseed");
    case 'Q':
        return QStringLiteral("BTQueue");
    case 'R':
        return QStringLiteral("Tribler");
    case 'S':
        return QStringLiteral("Shadow's client");
    case 'T':
        return QStringLiteral("BitTornado");
    case 'U':
        return QStringLiteral("UPnP NAT Bit Torrent");
    default:
        return QString();
    }
}

bool isVersionCharacter(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' ||
           c == '-';
}

// Shadow's encoding: 0-9 -> 0-9, A-Z -> 10-35, a-z -> 36-61, '.' -> 62, '-' ends the version.
int shadowDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 36;
    return 62;
}
} // namespace

QString PeerIdClientName::fromPeerId(const QByteArray &peerId)
{
    QString name = fromAzureusStyle(peerId);
    if (name.isEmpty())
        name = fromShadowStyle(peerId);
    return name;
}

QString PeerIdClientName::fromAzureusStyle(const QByteArray &peerId)
{
    if (peerId.size() < kAzureusPrefixLength || peerId[0] != '-' ||
        peerId[kAzureusPrefixLength - 1] != '-')
        return QString();
    const QByteArrayView version = QByteArrayView(peerId).sliced(3, 4);
    for (char c : version) {
        if (!isVersionCharacter(c) || c == '-')
            return QString();
    }
    QString client = azureusClient(QByteArrayView(peerId).sliced(1, 2));
    if (client.isEmpty())
        client = QString::fromLatin1(QByteArrayView(peerId).sliced(1, 2));
    QStringList parts;
    for (char c : version)
        parts.append(QString::number(shadowDigit(c)));
    while (parts.size() > 2 && parts.last() == u"0")
        parts.removeLast();
    return client + u' ' + parts.join(u'.');
}

QString PeerIdClientName::fromShadowStyle(const QByteArray &peerId)
{
    // A letter, then five characters: version characters padded with at least one dash
    // ("S58B-----", "T03I--00...").
    if (peerId.size() < 1 + kShadowVersionLength)
        return QString();
    const QString client = shadowClient(peerId[0]);
    if (client.isEmpty())
        return QString();
    QStringList parts;
    bool padding = false;
    for (int i = 1; i <= kShadowVersionLength; ++i) {
        const char c = peerId[i];
        if (c == '-') {
            padding = true;
            continue;
        }
        if (padding || !isVersionCharacter(c))
            return QString();
        parts.append(QString::number(shadowDigit(c)));
    }
    if (parts.isEmpty() || !padding)
        return QString();
    return client + u' ' + parts.join(u'.');
}
