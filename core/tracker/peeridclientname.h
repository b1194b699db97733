#pragma once

#include <QByteArray>
#include <QString>

// Names the client behind a peer id: Azureus style "-XX1234-" (BEP 20) and Shadow style
// "S58B-----" (letter, version characters, dashes). Empty when the id says nothing we know.
class PeerIdClientName
{
public:
    static QString fromPeerId(const QByteArray &peerId);

private:
    static QString fromAzureusStyle(const QByteArray &peerId);
    static QString fromShadowStyle(const QByteArray &peerId);
};
