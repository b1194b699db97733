#pragma once

#include "hostilegzipstream.h"
#include "hostilehttpplan.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <memory>
#include <unordered_map>

class QTcpSocket;
class QTimer;

// An HTTP (or, with a certificate, HTTPS) tracker on loopback that misbehaves as the request's
// path asks (see HostileHttpReplies). Large replies are generated as the client reads them, with
// at most kMaxPendingBytes waiting per connection, and stop when the client goes away.
class HostileHttpTracker final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileHttpTracker)

public:
    static constexpr qint64 kMaxPendingBytes = 256 * 1024;
    static constexpr qint64 kFillerPieceSize = 64 * 1024;
    static constexpr qint64 kGzipInputPieceSize = 1024 * 1024;
    // Pieces generated per event-loop turn, so that one endless reply cannot starve the others
    // (more follow on bytesWritten).
    static constexpr int kMaxPiecesPerTurn = 4;
    static constexpr qint64 kMaxRequestSize = 64 * 1024;
    static constexpr int kDripIntervalMs = 1000;
    static constexpr int kMaxConnections = 256;

    explicit HostileHttpTracker(quint16 closedPort, QObject *parent = nullptr);
    ~HostileHttpTracker() override;

    // Serve TLS with this certificate (self-signed, for another host...).
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    // Where "redirect-to-http" points (an HTTPS tracker redirecting to plain HTTP).
    void setPlainHttpPort(quint16 port) { m_plainHttpPort = port; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Connection
    {
        QByteArray request;
        HostileHttpPlan plan;
        bool answered = false;
        qint64 generatedLeft = 0;
        qint64 generatedIndex = 0;
        qsizetype dripPosition = 0;
        QTimer *dripTimer = nullptr;
        std::unique_ptr<HostileGzipStream> gzip;
    };

    void handleReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, Connection &connection);
    void dripNext(QTcpSocket *socket);
    void pump(QTcpSocket *socket);
    QByteArray nextFillerPiece(Connection &connection);
    void finishWriting(QTcpSocket *socket, const Connection &connection);
    void forget(QTcpSocket *socket);

    quint16 m_closedPort = 0;
    quint16 m_plainHttpPort = 0;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_tls = false;
    std::unordered_map<QTcpSocket *, Connection> m_connections;
};
