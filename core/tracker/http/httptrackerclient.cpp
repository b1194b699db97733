#include "tracker/http/httptrackerclient.h"

#include "tracker/http/httpannouncereplyparser.h"
#include "tracker/http/httpexchange.h"
#include "tracker/http/trackerrequesturl.h"
#include "tracker/steadyclock.h"
#include "tracker/systemhostresolver.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace {

constexpr qsizetype kHashSize = 20;
constexpr int kHttpUriTooLong = 414;

void appendUnique(QStringList &notes, const QStringList &more)
{
    for (const QString &note : more) {
        if (!notes.contains(note))
            notes.append(note);
    }
}

QString ignoredCertificateNote(const ExchangeRecord &record)
{
    return HttpTrackerClient::tr("Certificate errors were ignored for this tracker, as allowed: "
                                 "%1")
        .arg(record.ignoredCertificateErrors.join(QLatin1String("; ")));
}

} // namespace

HttpTrackerClient::HttpTrackerClient(QNetworkAccessManager *manager, QObject *parent)
    : HttpTrackerClient(manager, nullptr, parent)
{}

HttpTrackerClient::HttpTrackerClient(QNetworkAccessManager *manager, MonotonicClock *clock,
                                     QObject *parent)
    : TrackerClient(parent)
    , m_manager(manager)
    , m_clock(clock ? clock : new SteadyClock(this))
    , m_resolver(new SystemHostResolver(this))
{}

HttpTrackerClient::~HttpTrackerClient()
{
    for (auto &[requestId, job] : m_jobs) {
        if (job.exchange != nullptr)
            job.exchange->abort();
    }
}

void HttpTrackerClient::setSettings(const HttpTrackerSettings &settings)
{
    m_settings = settings;
}

bool HttpTrackerClient::isHttpScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

QString HttpTrackerClient::announceProblem(const AnnounceRequest &request) const
{
    if (!request.trackerUrl.isValid() || !isHttpScheme(request.trackerUrl))
        return tr("%1 is not an HTTP or HTTPS URL.").arg(request.trackerUrl.toString());
    if (request.infoHash.size() != kHashSize)
        return tr("The info hash is %n bytes long instead of 20.", nullptr,
                  int(request.infoHash.size()));
    if (request.peerId.size() != kHashSize)
        return tr("The peer id is %n bytes long instead of 20.", nullptr,
                  int(request.peerId.size()));
    return QString();
}

quint64 HttpTrackerClient::announce(const AnnounceRequest &request)
{
    const quint64 requestId = nextRequestId();
    Job &job = m_jobs[requestId];
    job.ignoreCertificateErrors = request.ignoreCertificateErrors;
    const QString problem = announceProblem(request);
    if (!problem.isEmpty()) {
        AnnounceResult result;
        result.outcome = ExchangeOutcome::Unsupported;
        result.errorMessage = problem;
        result.exchange.requestDescription = request.trackerUrl.toString();
        reportLater(requestId, result);
        return requestId;
    }
    job.userAgent = request.userAgent;
    startExchange(requestId, job, TrackerRequestUrl::announceUrl(request));
    return requestId;
}

QStringList HttpTrackerClient::unsentOverrides(const AnnounceOverrides &overrides) const
{
    Q_UNUSED(overrides);
    return {};
}

QString HttpTrackerClient::scrapeProblem(const ScrapeRequest &request, QUrl *scrapeUrl) const
{
    if (!request.trackerUrl.isValid() || !isHttpScheme(request.trackerUrl))
        return tr("%1 is not an HTTP or HTTPS URL.").arg(request.trackerUrl.toString());
    if (request.infoHashes.isEmpty())
        return tr("There is no torrent to scrape.");
    for (const QByteArray &infoHash : request.infoHashes) {
        if (infoHash.size() != kHashSize)
            return tr("An info hash is %n bytes long instead of 20.", nullptr,
                      int(infoHash.size()));
    }
    const Expected<QUrl> url = TrackerRequestUrl::scrapeUrl(request.trackerUrl);
    *scrapeUrl = url.valueOr(QUrl());
    return url ? QString() : url.error().message();
}

quint64 HttpTrackerClient::scrape(const ScrapeRequest &request)
{
    const quint64 requestId = nextRequestId();
    Job &job = m_jobs[requestId];
    job.isScrape = true;
    job.ignoreCertificateErrors = request.ignoreCertificateErrors;
    const QString problem = scrapeProblem(request, &job.scrapeUrl);
    if (!problem.isEmpty()) {
        ScrapeResult result;
        result.outcome = ExchangeOutcome::Unsupported;
        result.errorMessage = problem;
        for (const QByteArray &infoHash : request.infoHashes)
            result.entries.append(ScrapeEntry{infoHash});
        reportLater(requestId, result);
        return requestId;
    }
    job.batcher.emplace(request.infoHashes, batchSizeFor(job.scrapeUrl));
    sendNextScrapeBatch(requestId, job);
    return requestId;
}

void HttpTrackerClient::cancel(quint64 requestId)
{
    const auto found = m_jobs.find(requestId);
    if (found == m_jobs.end())
        return;
    Job job = std::move(found->second);
    m_jobs.erase(found);
    std::optional<ExchangeRecord> record;
    if (job.exchange != nullptr) {
        job.exchange->abort();
        record = job.exchange->record();
        job.exchange->deleteLater();
    }
    reportResultsLater(requestId, {cancelledResult(job, record)});
}

TrackerResult HttpTrackerClient::cancelledResult(Job &job,
                                                 const std::optional<ExchangeRecord> &record)
{
    const QString message = tr("Cancelled.");
    if (job.isScrape) {
        ScrapeResult result = std::move(job.scrapeResult);
        result.outcome = ExchangeOutcome::Cancelled;
        result.errorMessage = message;
        if (job.batcher)
            result.entries = job.batcher->entries();
        if (record)
            result.exchanges.append(*record);
        return result;
    }
    AnnounceResult result;
    result.outcome = ExchangeOutcome::Cancelled;
    result.errorMessage = message;
    if (record)
        result.exchange = *record;
    return result;
}

int HttpTrackerClient::scrapeBatchSize(const QUrl &announceUrl) const
{
    return batchSizeFor(TrackerRequestUrl::scrapeUrl(announceUrl).valueOr(QUrl()));
}

int HttpTrackerClient::batchSizeFor(const QUrl &scrapeUrl) const
{
    return m_learnedBatchSizes.value(batchSizeKey(scrapeUrl),
                                     qMax(1, m_settings.initialScrapeBatchSize));
}

QString HttpTrackerClient::batchSizeKey(const QUrl &scrapeUrl)
{
    return scrapeUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

void HttpTrackerClient::startExchange(quint64 requestId, Job &job, const QUrl &url)
{
    HttpTrackerSettings settings = m_settings;
    if (!job.userAgent.isEmpty())
        settings.userAgent = job.userAgent; // chosen for this announce
    job.exchange = new HttpExchange(m_manager, m_resolver, settings, m_clock, this);
    connect(job.exchange, &HttpExchange::finished, this,
            [this, requestId] { handleExchangeFinished(requestId); });
    job.exchange->start(url, job.ignoreCertificateErrors);
}

void HttpTrackerClient::handleExchangeFinished(quint64 requestId)
{
    const auto found = m_jobs.find(requestId);
    if (found == m_jobs.end())
        return;
    HttpExchange *exchange = std::exchange(found->second.exchange, nullptr);
    exchange->deleteLater();
    if (found->second.isScrape)
        handleScrapeBatch(requestId, found->second, exchange);
    else
        finishAnnounce(requestId, exchange);
}

void HttpTrackerClient::finishAnnounce(quint64 requestId, HttpExchange *exchange)
{
    m_jobs.erase(requestId);
    AnnounceResult result;
    result.exchange = exchange->record();
    if (exchange->outcome() == ExchangeOutcome::Success) {
        HttpAnnounceReplyParser::parse(exchange->body(), result, m_settings.maxPeers);
    } else {
        result.outcome = exchange->outcome();
        result.errorMessage = exchange->errorMessage();
    }
    if (!result.exchange.ignoredCertificateErrors.isEmpty())
        result.notes.prepend(ignoredCertificateNote(result.exchange));
    Q_EMIT announceFinished(requestId, result);
    Q_EMIT requestCompleted(requestId);
}

void HttpTrackerClient::sendNextScrapeBatch(quint64 requestId, Job &job)
{
    const QList<QByteArray> batch = job.batcher->nextBatch();
    if (batch.isEmpty()) {
        finishScrape(requestId);
        return;
    }
    startExchange(requestId, job, TrackerRequestUrl::scrapeBatchUrl(job.scrapeUrl, batch));
}

void HttpTrackerClient::handleScrapeBatch(quint64 requestId, Job &job, HttpExchange *exchange)
{
    ScrapeResult &result = job.scrapeResult;
    result.exchanges.append(exchange->record());
    if (!exchange->record().ignoredCertificateErrors.isEmpty())
        appendUnique(result.notes, {ignoredCertificateNote(exchange->record())});
    if (exchange->statusCode() == kHttpUriTooLong && job.batcher->batchTooLong()) {
        appendUnique(result.notes, {tr("The tracker found the scrape URL too long (HTTP 414); "
                                       "batches were made smaller.")});
        sendNextScrapeBatch(requestId, job);
        return;
    }
    if (exchange->outcome() != ExchangeOutcome::Success) {
        finishScrape(requestId, exchange->outcome(), exchange->errorMessage());
        return;
    }
    const Expected<HttpScrapeReplyParser::Reply> reply =
        HttpScrapeReplyParser::parse(exchange->body(), job.batcher->batchInFlight());
    if (!reply) {
        finishScrape(requestId, ExchangeOutcome::InvalidResponse, reply.error().message());
        return;
    }
    if (reply->failureReason) {
        finishScrape(requestId, ExchangeOutcome::TrackerFailure,
                     HttpScrapeReplyParser::refusalMessage(*reply->failureReason),
                     *reply->failureReason);
        return;
    }
    appendUnique(result.notes, reply->notes);
    result.minRequestInterval = qMax(result.minRequestInterval, reply->minRequestInterval);
    job.batcher->batchAnswered(*reply);
    sendNextScrapeBatch(requestId, job);
}

void HttpTrackerClient::finishScrape(quint64 requestId, ExchangeOutcome outcome,
                                     const QString &errorMessage, const QString &failureReason)
{
    const auto found = m_jobs.find(requestId);
    ScrapeResult result = std::move(found->second.scrapeResult);
    const HttpScrapeBatcher &batcher = *found->second.batcher;
    result.outcome = outcome;
    result.errorMessage = errorMessage;
    result.failureReason = failureReason;
    result.entries = batcher.entries();
    if (batcher.batchSize() < batchSizeFor(found->second.scrapeUrl)) {
        m_learnedBatchSizes.insert(batchSizeKey(found->second.scrapeUrl), batcher.batchSize());
        result.notes += tr("This tracker takes at most %n info hashes per scrape request; later "
                           "scrapes use that.",
                           nullptr, batcher.batchSize());
    }
    m_jobs.erase(found);
    Q_EMIT scrapeFinished(requestId, result);
    Q_EMIT requestCompleted(requestId);
}

void HttpTrackerClient::reportLater(quint64 requestId, const AnnounceResult &result)
{
    QTimer::singleShot(0, this, [this, requestId, result] {
        if (m_jobs.erase(requestId) == 0)
            return; // cancelled: cancel() reported it
        reportResult(requestId, result);
        Q_EMIT requestCompleted(requestId);
    });
}

void HttpTrackerClient::reportLater(quint64 requestId, const ScrapeResult &result)
{
    QTimer::singleShot(0, this, [this, requestId, result] {
        if (m_jobs.erase(requestId) == 0)
            return; // cancelled: cancel() reported it
        reportResult(requestId, result);
        Q_EMIT requestCompleted(requestId);
    });
}
