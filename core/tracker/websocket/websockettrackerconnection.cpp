#include "tracker/websocket/websockettrackerconnection.h"

#include "tracker/monotonicclock.h"

#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QWebSocket>

namespace {

// Qt says why an upgrade was refused only in its error text, e.g.
// "QWebSocketPrivate::processHandshake: Unhandled http status code: 403 (Forbidden)."
QString statusLineFromUpgradeError(const QString &errorText)
{
    static const QRegularExpression pattern(QStringLiteral("status code: (\\d{3}) \\(([^)]*)\\)"));
    const QRegularExpressionMatch match = pattern.match(errorText);
    if (!match.hasMatch())
        return QString();
    const QString line = QStringLiteral("HTTP ") + match.captured(1) + u' ' + match.captured(2);
    return line.trimmed();
}

bool isTlsError(QAbstractSocket::SocketError error)
{
    return error == QAbstractSocket::SslHandshakeFailedError ||
           error == QAbstractSocket::SslInternalError ||
           error == QAbstractSocket::SslInvalidUserDataError;
}

} // namespace

WebSocketTrackerConnection::WebSocketTrackerConnection(const WebSocketTrackerSettings &settings,
                                                       MonotonicClock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
    , m_connectTimer(clock)
    , m_closeWaitTimer(clock)
{
    connect(&m_connectTimer, &ClockTimer::timeout, this,
            &WebSocketTrackerConnection::handleConnectTimeout);
    connect(&m_closeWaitTimer, &ClockTimer::timeout, this, &QObject::deleteLater);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_settings.maxMessageSize));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_settings.maxMessageSize));
    connect(m_socket, &QWebSocket::connected, this, &WebSocketTrackerConnection::handleUpgraded);
    connect(m_socket, &QWebSocket::disconnected, this,
            &WebSocketTrackerConnection::handleDisconnected);
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            &WebSocketTrackerConnection::handleSocketError);
    connect(m_socket, &QWebSocket::sslErrors, this, &WebSocketTrackerConnection::handleSslErrors);
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { handleMessage(message.toUtf8()); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            &WebSocketTrackerConnection::handleMessage);
    connect(m_socket, &QWebSocket::pong, this,
            [this](quint64, const QByteArray &payload) { Q_EMIT pongReceived(payload); });
}

WebSocketTrackerConnection::~WebSocketTrackerConnection()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void WebSocketTrackerConnection::open(const QUrl &url, bool ignoreCertificateErrors)
{
    m_url = url;
    m_ignoreCertificateErrors = ignoreCertificateErrors;
    m_state = State::Opening;
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", m_settings.userAgent);
    if (url.scheme().compare(u"wss", Qt::CaseInsensitive) == 0) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        if (!m_settings.extraCaCertificates.isEmpty())
            configuration.addCaCertificates(m_settings.extraCaCertificates);
        m_socket->setSslConfiguration(configuration);
    }
    m_openStartedAt = now();
    m_connectTimer.start(m_settings.connectTimeoutMs);
    m_socket->open(request);
    watchTransport();
}

void WebSocketTrackerConnection::watchTransport()
{
    m_transport = m_socket->findChild<QAbstractSocket *>(QString(), Qt::FindDirectChildrenOnly);
    if (!m_transport)
        return;
    connect(m_transport, &QAbstractSocket::connected, this, [this] {
        m_tcpConnectedAt = now();
        m_peerAddress = m_transport->peerAddress();
        m_peerPort = m_transport->peerPort();
    });
    if (auto *tls = qobject_cast<QSslSocket *>(m_transport.data()))
        connect(tls, &QSslSocket::encrypted, this, [this] { m_encryptedAt = now(); });
}

bool WebSocketTrackerConnection::send(const QByteArray &message)
{
    if (m_state != State::Open)
        return false;
    m_socket->sendTextMessage(QString::fromUtf8(message));
    return true;
}

QByteArray WebSocketTrackerConnection::ping()
{
    const QByteArray payload = "ti-ping-" + QByteArray::number(++m_lastPingNumber);
    if (m_state == State::Open)
        m_socket->ping(payload);
    return payload;
}

void WebSocketTrackerConnection::shutDown()
{
    m_connectTimer.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    const bool wasOpen = m_state == State::Open;
    m_state = State::Closed;
    if (!wasOpen) {
        deleteLater();
        return;
    }
    connect(m_socket, &QWebSocket::disconnected, this, &QObject::deleteLater);
    m_closeWaitTimer.start(m_settings.closeWaitMs);
    m_socket->close(QWebSocketProtocol::CloseCodeNormal);
}

void WebSocketTrackerConnection::handleUpgraded()
{
    if (m_state != State::Opening)
        return;
    m_connectTimer.stop();
    m_upgradedAt = now();
    if (m_tcpConnectedAt < 0 || m_peerAddress.isNull()) {
        m_peerAddress = m_socket->peerAddress();
        m_peerPort = m_socket->peerPort();
    }
    m_state = State::Open;
    Q_EMIT opened();
}

void WebSocketTrackerConnection::handleSslErrors(const QList<QSslError> &errors)
{
    QStringList descriptions;
    for (const QSslError &error : errors)
        descriptions.append(error.errorString());
    if (m_ignoreCertificateErrors) {
        m_ignoredCertificateErrors += descriptions;
        m_socket->ignoreSslErrors();
        return;
    }
    m_certificateErrors += descriptions;
}

void WebSocketTrackerConnection::handleSocketError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Closed)
        return;
    const QString qtText = m_socket->errorString();
    const bool upgradeRefused = m_state == State::Opening &&
                                error == QAbstractSocket::ConnectionRefusedError &&
                                (m_tcpConnectedAt >= 0 || qtText.contains(u"andshake"));
    if (upgradeRefused) {
        m_statusLine = statusLineFromUpgradeError(qtText);
        finish(ExchangeOutcome::HttpError,
               tr("%1 refused the WebSocket upgrade: %2")
                   .arg(hostDescription(), m_statusLine.isEmpty() ? qtText : m_statusLine));
        return;
    }
    if (error == QAbstractSocket::ConnectionRefusedError) {
        finish(ExchangeOutcome::ConnectionRefused,
               tr("%1 refused the connection").arg(hostDescription()));
    } else if (error == QAbstractSocket::HostNotFoundError) {
        finish(ExchangeOutcome::DnsFailure, tr("%1 did not resolve: %2").arg(m_url.host(), qtText));
    } else if (isTlsError(error)) {
        finish(ExchangeOutcome::TlsError,
               m_certificateErrors.isEmpty()
                   ? tr("The TLS handshake with %1 failed: %2").arg(hostDescription(), qtText)
                   : tr("The certificate of %1 was refused: %2")
                         .arg(hostDescription(), m_certificateErrors.join(QLatin1String("; "))));
    } else if (error == QAbstractSocket::SocketTimeoutError) {
        finish(ExchangeOutcome::Timeout, tr("%1 timed out: %2").arg(hostDescription(), qtText));
    } else if (error == QAbstractSocket::RemoteHostClosedError) {
        handleDisconnected();
    } else {
        finish(ExchangeOutcome::NetworkError, describeSocketError());
    }
}

void WebSocketTrackerConnection::handleDisconnected()
{
    if (m_state == State::Closed)
        return;
    const QWebSocketProtocol::CloseCode code = m_socket->closeCode();
    if (code == QWebSocketProtocol::CloseCodeTooMuchData) {
        finish(ExchangeOutcome::ResponseTooLarge,
               tr("%1 sent a message larger than %n bytes; the connection was closed", nullptr,
                  int(m_settings.maxMessageSize))
                   .arg(hostDescription()));
        return;
    }
    // A refused TCP connect makes QWebSocket say "disconnected" before it signals the error.
    const QAbstractSocket::SocketError transportError =
        m_transport ? m_transport->error() : QAbstractSocket::UnknownSocketError;
    if (m_state == State::Opening && transportError != QAbstractSocket::UnknownSocketError &&
        transportError != QAbstractSocket::RemoteHostClosedError) {
        handleSocketError(transportError);
        return;
    }
    if (m_state == State::Opening) {
        finish(ExchangeOutcome::NetworkError,
               tr("%1 closed the connection before the WebSocket upgrade finished")
                   .arg(hostDescription()));
        return;
    }
    const QString reason = m_socket->closeReason();
    const QString detail = reason.isEmpty() && code == QWebSocketProtocol::CloseCodeNormal
                               ? QString()
                               : tr(" (close code %1%2)")
                                     .arg(int(code))
                                     .arg(reason.isEmpty() ? QString() : u": " + reason);
    finish(ExchangeOutcome::NetworkError,
           tr("%1 closed the connection%2").arg(hostDescription(), detail));
}

void WebSocketTrackerConnection::handleConnectTimeout()
{
    if (m_state != State::Opening)
        return;
    const QString phase =
        m_tcpConnectedAt < 0 ? tr("no TCP connection")
        : (m_transport && qobject_cast<QSslSocket *>(m_transport.data()) && m_encryptedAt < 0)
            ? tr("the TLS handshake did not finish")
            : tr("the WebSocket upgrade was not answered");
    finish(ExchangeOutcome::Timeout, tr("%1 within %2 ms from %3")
                                         .arg(phase)
                                         .arg(m_settings.connectTimeoutMs)
                                         .arg(hostDescription()));
}

void WebSocketTrackerConnection::handleMessage(const QByteArray &message)
{
    if (m_state == State::Open)
        Q_EMIT messageReceived(message, now());
}

void WebSocketTrackerConnection::finish(ExchangeOutcome outcome, const QString &message)
{
    m_connectTimer.stop();
    m_state = State::Closed;
    m_outcome = outcome;
    m_errorMessage = message;
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    Q_EMIT closed();
}

qint64 WebSocketTrackerConnection::now() const
{
    return m_clock->nowMs();
}

QString WebSocketTrackerConnection::hostDescription() const
{
    const QString host = m_url.host();
    const QString shown = host.contains(u':') ? u'[' + host + u']' : host;
    const bool secure = m_url.scheme().compare(u"wss", Qt::CaseInsensitive) == 0;
    return shown + u':' + QString::number(m_url.port(secure ? 443 : 80));
}

QString WebSocketTrackerConnection::describeSocketError() const
{
    return tr("The connection to %1 failed: %2").arg(hostDescription(), m_socket->errorString());
}
