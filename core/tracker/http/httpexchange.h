#pragma once

#include "tracker/clocktimer.h"
#include "tracker/exchangeoutcome.h"
#include "tracker/exchangerecord.h"
#include "tracker/http/httptrackersettings.h"
#include "tracker/http/redirectaddressguard.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QObject>
#include <QSslError>

class HostResolver;
class MonotonicClock;
class QNetworkAccessManager;

// One HTTP GET to a tracker, as an inspector needs it: redirects followed by hand (a few, never
// from https to http, never from a public address into a local network unless the settings allow
// it: RedirectAddressGuard), a connect timeout and a total timeout of its own, the body abandoned
// as soon as it passes the size cap, certificate errors refused unless the user allowed them for
// this tracker, and everything recorded (URL, status line, headers, body, timings).
// `finished` comes once, on the event loop; abort() ends the exchange without it. Timeouts and
// timings are on the client's clock.
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    // manager, resolver and clock are not owned and must outlive the exchange.
    explicit HttpExchange(QNetworkAccessManager *manager, HostResolver *resolver,
                          const HttpTrackerSettings &settings, MonotonicClock *clock,
                          QObject *parent = nullptr);
    ~HttpExchange() override;

    void start(const QUrl &url, bool ignoreCertificateErrors);
    void abort(); // silently: no `finished`

    // Success means "HTTP 200 and a complete body"; what the body says is for the caller.
    ExchangeOutcome outcome() const { return m_outcome; }
    const QString &errorMessage() const { return m_errorMessage; }
    int statusCode() const { return m_statusCode; } // -1 without an HTTP answer
    const QByteArray &body() const { return m_body; }
    const ExchangeRecord &record() const { return m_record; }

Q_SIGNALS:
    void finished();

private:
    void sendRequest(const QUrl &url);
    QNetworkRequest makeRequest(const QUrl &url) const;
    void handleMetaDataChanged();
    void handleReadyRead();
    void handleSslErrors(const QList<QSslError> &errors);
    void handleReplyFinished();
    void handleConnectTimeout();
    void handleTotalTimeout();
    void recordResponseHead(QNetworkReply *reply);
    bool isRedirect() const;
    void followRedirect(QNetworkReply *reply);
    QString redirectRefusal(const QUrl &target) const;
    void redirectTo(const QUrl &target);
    void failWithNetworkError(QNetworkReply *reply);
    void failWithHttpStatus(QNetworkReply *reply);
    void failWithProtocolError(QNetworkReply *reply);
    void failCutShort(QNetworkReply *reply);
    void failInBody(ExchangeOutcome outcome, const QString &problem);
    void fail(ExchangeOutcome outcome, const QString &message);
    void finish(ExchangeOutcome outcome, const QString &message);
    void dropReply();
    qint64 elapsedMs() const;
    QString hostDescription() const;

    QNetworkAccessManager *m_manager = nullptr;
    HttpTrackerSettings m_settings;
    QNetworkReply *m_reply = nullptr;
    RedirectAddressGuard m_redirectGuard;
    MonotonicClock *m_clock;
    ClockTimer m_connectTimer;
    ClockTimer m_totalTimer;
    qint64 m_startedMs = 0; // on m_clock
    QUrl m_firstUrl;
    QUrl m_currentUrl;
    bool m_ignoreCertificateErrors = false;
    QStringList m_certificateErrors;
    ExchangeRecord m_record;
    QByteArray m_body;
    int m_statusCode = -1;
    ExchangeOutcome m_outcome = ExchangeOutcome::Success;
    QString m_errorMessage;
    bool m_finished = false;
};
