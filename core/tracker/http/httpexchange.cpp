#include "tracker/http/httpexchange.h"

#include "tracker/http/httpreplytext.h"
#include "tracker/monotonicclock.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace {

constexpr int kHttpOk = 200;

QString describeStatusLine(QNetworkReply *reply, int statusCode)
{
    const bool http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    QString line = (http2 ? QStringLiteral("HTTP/2 ") : QStringLiteral("HTTP/1.1 ")) +
                   QString::number(statusCode);
    if (!reason.isEmpty())
        line += u' ' + reason;
    return line;
}

// A redirect target for messages: without its query, which repeats our announce parameters
// (and a passkey, if the tracker put one there), and without user info.
QString redirectTargetText(const QUrl &target)
{
    return target.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment)
        .toDisplayString();
}

bool isSecure(const QUrl &url)
{
    return url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
}

} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager *manager, HostResolver *resolver,
                           const HttpTrackerSettings &settings, MonotonicClock *clock,
                           QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_settings(settings)
    , m_redirectGuard(resolver)
    , m_clock(clock)
    , m_connectTimer(clock)
    , m_totalTimer(clock)
{
    connect(&m_connectTimer, &ClockTimer::timeout, this, &HttpExchange::handleConnectTimeout);
    connect(&m_totalTimer, &ClockTimer::timeout, this, &HttpExchange::handleTotalTimeout);
}

HttpExchange::~HttpExchange()
{
    dropReply();
}

void HttpExchange::start(const QUrl &url, bool ignoreCertificateErrors)
{
    m_ignoreCertificateErrors = ignoreCertificateErrors;
    m_firstUrl = url;
    m_record.requestDescription = url.toString(QUrl::FullyEncoded);
    m_record.started = m_clock->nowAsDateTime();
    m_startedMs = m_clock->nowMs();
    m_totalTimer.start(m_settings.totalTimeoutMs);
    sendRequest(url);
}

void HttpExchange::abort()
{
    m_finished = true;
    m_connectTimer.stop();
    m_totalTimer.stop();
    m_redirectGuard.cancel();
    dropReply();
}

QNetworkRequest HttpExchange::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_settings.userAgent);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (isSecure(url) && !m_settings.extraCaCertificates.isEmpty()) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(m_settings.extraCaCertificates);
        request.setSslConfiguration(configuration);
    }
    return request;
}

void HttpExchange::sendRequest(const QUrl &url)
{
    m_currentUrl = url;
    m_body.clear();
    m_certificateErrors.clear();
    m_connectTimer.start(m_settings.connectTimeoutMs);
    m_reply = m_manager->get(makeRequest(url));
    m_reply->setReadBufferSize(HttpTrackerSettings::kReadBufferSize);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            [this] { m_record.connectingMs = elapsedMs(); });
    connect(reply, &QNetworkReply::encrypted, this, [this] {
        m_record.encryptedMs = elapsedMs();
        m_record.connectedMs = m_record.encryptedMs;
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_connectTimer.stop();
        m_record.requestSentMs = elapsedMs();
        if (m_record.connectedMs < 0)
            m_record.connectedMs = m_record.requestSentMs;
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::handleMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &HttpExchange::handleReadyRead);
    connect(reply, &QNetworkReply::sslErrors, this, &HttpExchange::handleSslErrors);
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::handleReplyFinished);
}

void HttpExchange::handleMetaDataChanged()
{
    m_connectTimer.stop();
    if (m_record.firstByteMs < 0)
        m_record.firstByteMs = elapsedMs();
    recordResponseHead(m_reply);
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_settings.maxBodySize && !isRedirect())
        failInBody(ExchangeOutcome::ResponseTooLarge,
                   tr("The tracker announced a body of %1 bytes, over the limit of %n bytes; it "
                      "was not downloaded.",
                      nullptr, int(m_settings.maxBodySize))
                       .arg(length.toLongLong()));
}

void HttpExchange::handleReadyRead()
{
    m_body += m_reply->readAll();
    if (m_body.size() <= m_settings.maxBodySize)
        return;
    m_body.truncate(m_settings.maxBodySize);
    m_record.rawReplyTruncated = true;
    failInBody(ExchangeOutcome::ResponseTooLarge,
               tr("The reply passed the limit of %n bytes; the download was stopped there.",
                  nullptr, int(m_settings.maxBodySize)));
}

void HttpExchange::handleSslErrors(const QList<QSslError> &errors)
{
    QStringList descriptions;
    for (const QSslError &error : errors)
        descriptions += error.errorString();
    if (m_ignoreCertificateErrors) {
        m_record.ignoredCertificateErrors += descriptions;
        m_reply->ignoreSslErrors();
        return;
    }
    m_certificateErrors += descriptions;
}

void HttpExchange::handleReplyFinished()
{
    QNetworkReply *reply = m_reply;
    handleReadyRead();
    if (m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    recordResponseHead(reply);
    if (isRedirect())
        followRedirect(reply);
    else if (reply->error() == QNetworkReply::ProtocolFailure)
        failWithProtocolError(reply);
    else if (m_statusCode < 0)
        failWithNetworkError(reply);
    else if (m_statusCode != kHttpOk)
        failWithHttpStatus(reply);
    else if (reply->error() != QNetworkReply::NoError)
        failCutShort(reply);
    else
        finish(ExchangeOutcome::Success, QString());
}

void HttpExchange::recordResponseHead(QNetworkReply *reply)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_statusCode = status.toInt();
    m_record.statusLine = describeStatusLine(reply, m_statusCode);
    m_record.headers = reply->rawHeaderPairs();
}

bool HttpExchange::isRedirect() const
{
    return m_statusCode == 301 || m_statusCode == 302 || m_statusCode == 303 ||
           m_statusCode == 307 || m_statusCode == 308;
}

void HttpExchange::followRedirect(QNetworkReply *reply)
{
    const QByteArray location = reply->rawHeader("Location");
    if (location.isEmpty()) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        fail(ExchangeOutcome::HttpError,
             tr("The tracker answered HTTP %1, a redirect without a Location header to follow.")
                 .arg(QString(QString::number(m_statusCode) + u' ' + reason).trimmed()));
        return;
    }
    const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location));
    const QString refusal = redirectRefusal(target);
    if (!refusal.isEmpty()) {
        fail(ExchangeOutcome::RedirectRefused, refusal);
    } else if (m_settings.allowPrivateRedirects) {
        redirectTo(target);
    } else {
        m_redirectGuard.check(m_firstUrl, target, [this, target](const QString &addressRefusal) {
            if (addressRefusal.isEmpty())
                redirectTo(target);
            else
                fail(ExchangeOutcome::RedirectRefused, addressRefusal);
        });
    }
}

// Why a redirect to target is refused whatever its address; empty when it is not.
QString HttpExchange::redirectRefusal(const QUrl &target) const
{
    const QString scheme = target.scheme().toLower();
    if (m_record.redirects.size() >= m_settings.maxRedirects)
        return tr("The tracker redirected more than %n times; the last target was %1.", nullptr,
                  m_settings.maxRedirects)
            .arg(redirectTargetText(target));
    if (scheme != u"http" && scheme != u"https")
        return tr("The tracker redirected to %1, which is not an HTTP URL.")
            .arg(redirectTargetText(target));
    if (isSecure(m_currentUrl) && !isSecure(target))
        return tr("The tracker redirected from HTTPS to plain HTTP (%1); that redirect was "
                  "refused because it would send the announce unencrypted.")
            .arg(redirectTargetText(target));
    return QString();
}

void HttpExchange::redirectTo(const QUrl &target)
{
    m_record.redirects.append(target);
    m_statusCode = -1;
    sendRequest(target);
}

void HttpExchange::failWithNetworkError(QNetworkReply *reply)
{
    const QString detail = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        fail(ExchangeOutcome::DnsFailure,
             tr("The host name %1 could not be resolved (%2).").arg(m_currentUrl.host(), detail));
        break;
    case QNetworkReply::ConnectionRefusedError:
        fail(ExchangeOutcome::ConnectionRefused,
             tr("%1 refused the connection: nothing accepts connections on that port.")
                 .arg(hostDescription()));
        break;
    case QNetworkReply::SslHandshakeFailedError:
        fail(ExchangeOutcome::TlsError,
             m_certificateErrors.isEmpty()
                 ? tr("The TLS handshake with %1 failed: %2").arg(hostDescription(), detail)
                 : tr("The certificate of %1 was refused: %2")
                       .arg(hostDescription(), m_certificateErrors.join(QLatin1String("; "))));
        break;
    case QNetworkReply::TimeoutError:
        fail(ExchangeOutcome::Timeout, tr("The connection timed out: %1").arg(detail));
        break;
    case QNetworkReply::RemoteHostClosedError:
        fail(ExchangeOutcome::NetworkError,
             tr("%1 closed the connection without answering in HTTP (nothing, or bytes "
                "that are not an HTTP response).")
                 .arg(hostDescription()));
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        fail(ExchangeOutcome::NetworkError, tr("The proxy failed: %1").arg(detail));
        break;
    default:
        fail(ExchangeOutcome::NetworkError,
             tr("The exchange with %1 failed: %2").arg(hostDescription(), detail));
        break;
    }
}

void HttpExchange::failWithProtocolError(QNetworkReply *reply)
{
    // The tracker answered, but not in HTTP (another protocol on the port, a broken chunked
    // body, a header section that never ends): its reply is invalid, it is not unreachable.
    failInBody(ExchangeOutcome::InvalidResponse,
               tr("%1 answered something that is not valid HTTP (%n bytes of body read): %2",
                  nullptr, int(m_body.size()))
                   .arg(hostDescription(), reply->errorString()));
}

void HttpExchange::failCutShort(QNetworkReply *reply)
{
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const QString received = length.isValid() ? tr("%1 of %2 bytes", "received of announced")
                                                    .arg(m_body.size())
                                                    .arg(length.toLongLong())
                                              : tr("%n byte(s)", nullptr, int(m_body.size()));
    fail(ExchangeOutcome::InvalidResponse,
         tr("The reply was cut short after %1: %2").arg(received, reply->errorString()));
}

void HttpExchange::failWithHttpStatus(QNetworkReply *reply)
{
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString text = HttpReplyText::firstLine(m_body);
    const QString status = QString(QString::number(m_statusCode) + u' ' + reason).trimmed();
    fail(ExchangeOutcome::HttpError,
         text.isEmpty() ? tr("The tracker answered HTTP %1 instead of 200.").arg(status)
                        : tr("The tracker answered HTTP %1 instead of 200: %2").arg(status, text));
}

void HttpExchange::handleConnectTimeout()
{
    fail(ExchangeOutcome::Timeout,
         tr("No connection to %1 within %2 ms (name look-up, TCP connect and TLS handshake).")
             .arg(hostDescription())
             .arg(m_settings.connectTimeoutMs));
}

void HttpExchange::handleTotalTimeout()
{
    failInBody(ExchangeOutcome::Timeout,
               tr("%1 gave no complete answer within %2 ms (%n bytes received).", nullptr,
                  int(m_body.size()))
                   .arg(hostDescription())
                   .arg(m_settings.totalTimeoutMs));
}

// A failure once the status line may have come. A status other than 200 (and no redirect) is the
// server's own verdict, which a broken, endless or oversized body after it does not replace: the
// body's problem is then a detail of that verdict.
void HttpExchange::failInBody(ExchangeOutcome outcome, const QString &problem)
{
    if (m_statusCode < 0 || m_statusCode == kHttpOk || isRedirect()) {
        fail(outcome, problem);
        return;
    }
    fail(ExchangeOutcome::HttpError,
         tr("The tracker answered HTTP %1 instead of 200. Then its body failed: %2")
             .arg(m_record.statusLine.section(u' ', 1), problem));
}

void HttpExchange::fail(ExchangeOutcome outcome, const QString &message)
{
    dropReply();
    finish(outcome, message);
}

void HttpExchange::finish(ExchangeOutcome outcome, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer.stop();
    m_totalTimer.stop();
    m_redirectGuard.cancel();
    m_outcome = outcome;
    m_errorMessage = message;
    m_record.finishedMs = elapsedMs();
    m_record.rawReply = m_body;
    Q_EMIT finished();
}

void HttpExchange::dropReply()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (reply == nullptr)
        return;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

qint64 HttpExchange::elapsedMs() const
{
    return m_clock->nowMs() - m_startedMs;
}

QString HttpExchange::hostDescription() const
{
    const int port = m_currentUrl.port(isSecure(m_currentUrl) ? 443 : 80);
    return m_currentUrl.host() + u':' + QString::number(port);
}
