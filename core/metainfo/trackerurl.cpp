#include "metainfo/trackerurl.h"

TrackerUrl TrackerUrl::parse(const QString &text)
{
    TrackerUrl result;
    result.m_text = text;
    const QString trimmed = text.trimmed();
    result.m_url = QUrl(trimmed, QUrl::StrictMode);
    if (!result.m_url.isValid()) {
        result.m_url = QUrl(trimmed, QUrl::TolerantMode);
        if (!result.m_url.isValid()) {
            result.m_problem = tr("not a valid URL: %1").arg(result.m_url.errorString());
            return result;
        }
    }
    const QString scheme = result.m_url.scheme().toLower();
    if (scheme == u"http")
        result.m_protocol = TrackerProtocol::Http;
    else if (scheme == u"https")
        result.m_protocol = TrackerProtocol::Https;
    else if (scheme == u"udp")
        result.m_protocol = TrackerProtocol::Udp;
    else if (scheme == u"ws")
        result.m_protocol = TrackerProtocol::WebSocket;
    else if (scheme == u"wss")
        result.m_protocol = TrackerProtocol::WebSocketSecure;
    if (result.m_protocol == TrackerProtocol::Unsupported) {
        result.m_problem = scheme.isEmpty()
                               ? tr("the URL has no scheme (expected http, https, udp, ws or wss)")
                               : tr("unsupported protocol \"%1\"").arg(scheme);
        return result;
    }
    if (result.m_url.host().isEmpty()) {
        result.m_protocol = TrackerProtocol::Unsupported;
        result.m_problem = tr("the URL has no host");
        return result;
    }
    if (result.m_protocol == TrackerProtocol::Udp && result.m_url.port() <= 0) {
        result.m_protocol = TrackerProtocol::Unsupported;
        result.m_problem = tr("a UDP tracker URL needs a port");
    }
    return result;
}

QString TrackerUrl::protocolName() const
{
    if (m_protocol == TrackerProtocol::Unsupported)
        return m_url.scheme().toLower();
    return protocolName(m_protocol);
}

QString TrackerUrl::protocolName(TrackerProtocol protocol)
{
    switch (protocol) {
    case TrackerProtocol::Http:
        return QStringLiteral("http");
    case TrackerProtocol::Https:
        return QStringLiteral("https");
    case TrackerProtocol::Udp:
        return QStringLiteral("udp");
    case TrackerProtocol::WebSocket:
        return QStringLiteral("ws");
    case TrackerProtocol::WebSocketSecure:
        return QStringLiteral("wss");
    case TrackerProtocol::Unsupported:
        break;
    }
    return QString();
}

quint16 TrackerUrl::defaultPort(TrackerProtocol protocol)
{
    switch (protocol) {
    case TrackerProtocol::Http:
    case TrackerProtocol::WebSocket:
        return 80;
    case TrackerProtocol::Https:
    case TrackerProtocol::WebSocketSecure:
        return 443;
    default:
        return 0;
    }
}

quint16 TrackerUrl::port() const
{
    return quint16(m_url.port(defaultPort(m_protocol)));
}
