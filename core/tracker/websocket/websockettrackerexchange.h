#pragma once

#include "tracker/clocktimer.h"
#include "tracker/trackerrequest.h"
#include "tracker/trackerresult.h"
#include "tracker/websocket/websockettrackermessage.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class MonotonicClock;
class WebSocketTrackerConnection;

// One request on a WebSocket tracker connection: the message sent and when, the ping after a
// `stopped`, the offers relayed meanwhile, the wait for the reply, and the result it ends with,
// its record timed on the client's clock. replyTimedOut() when the wait is over.
class WebSocketTrackerExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketTrackerExchange)

public:
    // clock is not owned and must outlive the exchange.
    WebSocketTrackerExchange(const TrackerRequest &request, const QString &connectionKey,
                             MonotonicClock *clock, QObject *parent = nullptr);

    const TrackerRequest &request() const { return m_request; }
    const QString &connectionKey() const { return m_connectionKey; }
    // The connection it goes out on; reused: it was open already when the request began.
    void useConnection(WebSocketTrackerConnection *connection, bool reused);
    bool isSent() const { return m_sentAtMs >= 0; }
    bool pongReceived() const { return m_pongReceived; }

    // Sends the message on the open connection (and a ping after a `stopped`), counting
    // earlierOffers as its own, and waits replyTimeoutMs for the reply.
    void send(int earlierOffers, int replyTimeoutMs);
    // True when payload is the pong to this exchange's ping: the reply is then waited for graceMs
    // longer only.
    bool acceptPong(const QByteArray &payload, int graceMs);
    void countOffer(int maxOffersCounted);

    // The result without a reply: outcome and a sentence (a note when outcome is Success).
    TrackerResult result(ExchangeOutcome outcome, const QString &message) const;
    // The result of the reply, message as received at receivedAtMs on the clock.
    TrackerResult resultOfReply(const WebSocketTrackerReply &reply, const QByteArray &message,
                                qint64 receivedAtMs) const;

Q_SIGNALS:
    void replyTimedOut();

private:
    ExchangeRecord record() const;
    qint64 sinceStart(qint64 momentMs) const;

    TrackerRequest m_request;
    QString m_connectionKey;
    MonotonicClock *m_clock;
    ClockTimer m_replyTimer;
    QDateTime m_started;
    qint64 m_startedMs = 0; // on m_clock, like every moment here
    QByteArray m_message;
    qint64 m_sentAtMs = -1;
    QByteArray m_pingPayload; // stopped announces: the ping sent after the message
    bool m_pongReceived = false;
    int m_offers = 0;
    bool m_offersCapped = false;
    bool m_connectionReused = false;
    QPointer<WebSocketTrackerConnection> m_connection;
};
