#pragma once

#include "tracker/http/httpscrapebatcher.h"
#include "tracker/http/httptrackersettings.h"
#include "tracker/trackerclient.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>
#include <unordered_map>

class HostResolver;
class HttpExchange;
class MonotonicClock;
class QNetworkAccessManager;

// Announces to and scrapes HTTP/HTTPS trackers (BEP 3, 7, 23, 24, 31, 48) through an injected
// QNetworkAccessManager, so the application's proxy and TLS settings apply. Each request gives
// one announceFinished / scrapeFinished, then requestCompleted, always on the event loop.
// A scrape of many torrents is split into batches; the batch size learned per tracker (from
// HTTP 414 and from replies cut short) is kept for the next scrape.
// Redirects are followed as HttpExchange says (never from a public tracker into a local network
// unless the settings allow it).
// cancel() aborts the request; a Cancelled result and requestCompleted follow on the event loop.
class HttpTrackerClient final : public TrackerClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTrackerClient)

public:
    // Requests are timed on a SteadyClock of the client's own.
    explicit HttpTrackerClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    // Requests are timed on clock (not owned; it must outlive the client), or on a SteadyClock of
    // the client's own when it is nullptr.
    HttpTrackerClient(QNetworkAccessManager *manager, MonotonicClock *clock,
                      QObject *parent = nullptr);
    ~HttpTrackerClient() override;

    // Redirect targets are resolved through resolver (not owned; it must outlive the client), by
    // default through a SystemHostResolver of the client's own.
    void setHostResolver(HostResolver *resolver) { m_resolver = resolver; }

    const HttpTrackerSettings &settings() const { return m_settings; }
    void setSettings(const HttpTrackerSettings &settings); // applies to requests started later

    quint64 announce(const AnnounceRequest &request) override;
    quint64 scrape(const ScrapeRequest &request) override;
    void cancel(quint64 requestId) override;
    // HTTP(S) carries every chosen value.
    QStringList unsentOverrides(const AnnounceOverrides &overrides) const override;

    // How many hashes the next scrape request to this tracker will carry.
    int scrapeBatchSize(const QUrl &announceUrl) const;

private:
    struct Job
    {
        HttpExchange *exchange = nullptr;
        bool isScrape = false;
        bool ignoreCertificateErrors = false;
        QByteArray userAgent; // chosen for this announce; empty: the settings' one
        QUrl scrapeUrl;
        std::optional<HttpScrapeBatcher> batcher;
        ScrapeResult scrapeResult;
    };

    QString announceProblem(const AnnounceRequest &request) const;
    QString scrapeProblem(const ScrapeRequest &request, QUrl *scrapeUrl) const;
    void startExchange(quint64 requestId, Job &job, const QUrl &url);
    void handleExchangeFinished(quint64 requestId);
    void finishAnnounce(quint64 requestId, HttpExchange *exchange);
    void handleScrapeBatch(quint64 requestId, Job &job, HttpExchange *exchange);
    void sendNextScrapeBatch(quint64 requestId, Job &job);
    void finishScrape(quint64 requestId, ExchangeOutcome outcome = ExchangeOutcome::Success,
                      const QString &errorMessage = QString(),
                      const QString &failureReason = QString());
    void reportLater(quint64 requestId, const AnnounceResult &result);
    void reportLater(quint64 requestId, const ScrapeResult &result);
    static TrackerResult cancelledResult(Job &job, const std::optional<ExchangeRecord> &record);
    int batchSizeFor(const QUrl &scrapeUrl) const;
    static QString batchSizeKey(const QUrl &scrapeUrl);
    static bool isHttpScheme(const QUrl &url);

    QNetworkAccessManager *m_manager = nullptr;
    MonotonicClock *m_clock;
    HostResolver *m_resolver;
    HttpTrackerSettings m_settings;
    std::unordered_map<quint64, Job> m_jobs;
    QHash<QString, int> m_learnedBatchSizes; // scrape URL without query -> hashes per request
};
