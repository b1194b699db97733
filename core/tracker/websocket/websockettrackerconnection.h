#pragma once

#include "tracker/clocktimer.h"
#include "tracker/exchangeoutcome.h"
#include "tracker/websocket/websockettrackersettings.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QStringList>
#include <QUrl>

class MonotonicClock;
class QWebSocket;

// One WebSocket connection to a tracker: the upgrade (with its own connect timeout), TLS with
// the HTTPS policy (certificate errors are errors unless the user allowed them for this tracker,
// and then they are recorded), text messages in and out, pings, and why it ended. Moments are
// milliseconds on the clock the client hands in, -1 until they happen.
//
// QWebSocket reports only "upgrade done"; the TCP-connected and TLS-encrypted moments come from
// the QTcpSocket/QSslSocket it creates as its child in open(), found with findChild(). Should a
// Qt version stop doing that, those two moments stay -1 and nothing else changes.
class WebSocketTrackerConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketTrackerConnection)

public:
    enum class State { Idle, Opening, Open, Closed };

    // clock is not owned and must outlive the connection.
    explicit WebSocketTrackerConnection(const WebSocketTrackerSettings &settings,
                                        MonotonicClock *clock, QObject *parent = nullptr);
    ~WebSocketTrackerConnection() override;

    void open(const QUrl &url, bool ignoreCertificateErrors);
    bool send(const QByteArray &message); // false unless Open
    QByteArray ping();                    // the payload the matching pong will carry
    // Closes politely; `closed` is not emitted. The object deletes itself once the socket is
    // gone or after closeWaitMs.
    void shutDown();

    State state() const { return m_state; }
    qint64 openStartedAt() const { return m_openStartedAt; }
    qint64 tcpConnectedAt() const { return m_tcpConnectedAt; }
    qint64 encryptedAt() const { return m_encryptedAt; }
    qint64 upgradedAt() const { return m_upgradedAt; }
    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    const QString &statusLine() const { return m_statusLine; } // of a refused upgrade
    const QStringList &ignoredCertificateErrors() const { return m_ignoredCertificateErrors; }
    // Why the connection ended (Closed): the outcome a pending request gets, and a sentence.
    ExchangeOutcome outcome() const { return m_outcome; }
    const QString &errorMessage() const { return m_errorMessage; }
    bool wasOpen() const { return m_upgradedAt >= 0; }

Q_SIGNALS:
    void opened();
    void closed(); // could not open, or ended after opening: outcome() and errorMessage() say why
    void messageReceived(const QByteArray &message, qint64 receivedAt);
    void pongReceived(const QByteArray &payload);

private:
    void watchTransport();
    void handleUpgraded();
    // QWebSocket::error() is the TCP socket's error, not the one signalled: use the argument.
    void handleSocketError(QAbstractSocket::SocketError error);
    void handleDisconnected();
    void handleSslErrors(const QList<QSslError> &errors);
    void handleConnectTimeout();
    void handleMessage(const QByteArray &message);
    void finish(ExchangeOutcome outcome, const QString &message);
    QString hostDescription() const;
    QString describeSocketError() const;
    qint64 now() const;

    WebSocketTrackerSettings m_settings;
    MonotonicClock *m_clock;
    QWebSocket *m_socket = nullptr;
    QPointer<QAbstractSocket> m_transport;
    ClockTimer m_connectTimer;
    ClockTimer m_closeWaitTimer;
    QUrl m_url;
    State m_state = State::Idle;
    bool m_ignoreCertificateErrors = false;
    QStringList m_certificateErrors;
    QStringList m_ignoredCertificateErrors;
    qint64 m_openStartedAt = -1;
    qint64 m_tcpConnectedAt = -1;
    qint64 m_encryptedAt = -1;
    qint64 m_upgradedAt = -1;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QString m_statusLine;
    ExchangeOutcome m_outcome = ExchangeOutcome::Success;
    QString m_errorMessage;
    quint64 m_lastPingNumber = 0;
};
