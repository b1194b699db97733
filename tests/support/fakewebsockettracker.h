#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;

// A WebSocket (WebTorrent) tracker scripted by a test, on a loopback address, port 0. By default
// it answers like WebTorrent's server: announce -> {action, info_hash, complete, incomplete,
// interval}, scrape -> {action, files: {hash: {complete, incomplete, downloaded}}}. Steps queued
// with addStep() change the answer to the next messages, one step per message: garbage, a
// failure, silence, a close, offers pushed first, a delay. It can also refuse the upgrade with an
// HTTP status (a plain TCP server behind the same URL), or never answer the upgrade.
class FakeWebSocketTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeWebSocketTracker)

public:
    enum class Action {
        Reply,             // the proper reply
        NotJson,           // text that is not JSON
        NotTrackerMessage, // JSON, but no tracker message
        Failure,           // {action, info_hash, "failure reason": text}
        BareFailure,       // {"failure reason": text}, as when the tracker cannot read us
        Silence,           // no answer (pings are still answered: Qt does that)
        Close,             // a close frame instead of an answer
        Abort,             // the TCP connection dropped without a close frame
        Oversized,         // a reply padded far beyond any sane size
        Raw,               // `text`, as it is
    };
    struct Step
    {
        Action action = Action::Reply;
        QByteArray text;      // Failure / BareFailure / Raw
        int offersBefore = 0; // offers pushed for the message's info hash before the answer
        int delayMs = 0;      // the answer waits this long (others may overtake it)
        qint64 oversizedBytes = 2 * 1024 * 1024;
    };
    enum class Upgrade { Accept, RefuseWithStatus, NeverAnswer };

    explicit FakeWebSocketTracker(QObject *parent = nullptr);
    ~FakeWebSocketTracker() override;

    // address: 127.0.0.1 or ::1. With a certificate, wss.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    // A plain TCP server that answers every request with `status` (or nothing).
    bool listenRefusingUpgrade(Upgrade mode, int status = 403,
                               const QByteArray &reason = "Forbidden");
    QUrl url(const QString &path = QStringLiteral("/announce")) const;

    void addStep(const Step &step) { m_steps.append(step); }
    void setCounts(qint64 complete, qint64 incomplete, int interval = 120);
    void setWarning(const QString &warning) { m_warning = warning; }
    // An offer, as relayed from another peer, to every open connection.
    void pushOffer(const QByteArray &infoHash);

    const QList<QByteArray> &messages() const { return m_messages; }
    QJsonObject messageObject(qsizetype index) const;
    int connectionCount() const { return m_connectionCount; } // accepted so far
    int openConnectionCount() const { return int(m_sockets.size()); }

Q_SIGNALS:
    void messageReceived();
    void clientDisconnected();

private:
    void handleNewConnection();
    void handleMessage(QWebSocket *socket, const QString &message);
    void answer(QWebSocket *socket, const QJsonObject &request, const Step &step);
    QByteArray properReply(const QJsonObject &request) const;
    QByteArray offerFor(const QString &binaryInfoHash) const;
    void handleRawConnection();

    QWebSocketServer *m_server = nullptr;
    QTcpServer m_rawServer;
    Upgrade m_upgrade = Upgrade::Accept;
    QByteArray m_refusal;
    QList<QWebSocket *> m_sockets;
    QList<Step> m_steps;
    QList<QByteArray> m_messages;
    qint64 m_complete = 3;
    qint64 m_incomplete = 5;
    int m_interval = 120;
    QString m_warning;
    int m_connectionCount = 0;
    int m_offerNumber = 0;
    bool m_secure = false;
};
