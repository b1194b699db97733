#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

enum class TrackerProtocol { Http, Https, Udp, WebSocket, WebSocketSecure, Unsupported };

// A tracker URL as found in a torrent or typed by a user: the text kept exactly, the parsed URL,
// the protocol, and why it cannot be used when it cannot.
class TrackerUrl
{
    Q_DECLARE_TR_FUNCTIONS(TrackerUrl)

public:
    TrackerUrl() = default;
    static TrackerUrl parse(const QString &text);

    const QString &text() const { return m_text; }
    const QUrl &url() const { return m_url; }
    TrackerProtocol protocol() const { return m_protocol; }
    bool isSupported() const { return m_protocol != TrackerProtocol::Unsupported; }
    // HTTPS and wss: the tracker has a certificate.
    bool usesTls() const
    {
        return m_protocol == TrackerProtocol::Https ||
               m_protocol == TrackerProtocol::WebSocketSecure;
    }
    const QString &problem() const { return m_problem; } // empty when usable

    // "http", "https", "udp", "ws", "wss" or the scheme as written.
    QString protocolName() const;
    static QString protocolName(TrackerProtocol protocol);
    quint16 port() const; // with the scheme's default
    // 80 for http and ws, 443 for https and wss, 0 for the rest (UDP has none).
    static quint16 defaultPort(TrackerProtocol protocol);

private:
    QString m_text;
    QUrl m_url;
    TrackerProtocol m_protocol = TrackerProtocol::Unsupported;
    QString m_problem;
};
