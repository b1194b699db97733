#include "trackers/exchangelogmodel.h"

#include "common/trackertext.h"
#include "engine/inspectionengine.h"
#include "torrents/metainfotext.h"

#include <QTextDocument>

namespace {
constexpr int kHttpPort = 80;
constexpr int kHttpsPort = 443;
} // namespace

ExchangeLogModel::ExchangeLogModel(InspectionEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{
    connect(engine, &InspectionEngine::trackerChanged, this,
            &ExchangeLogModel::handleTrackerChanged);
    connect(engine, &InspectionEngine::trackerRemoved, this,
            [this](quint64 torrentId, TrackerId trackerId) {
                if (torrentId == m_torrentId && trackerId == m_trackerId)
                    setTracker(0, {});
            });
    connect(engine, &InspectionEngine::torrentRemoved, this, [this](quint64 torrentId) {
        if (torrentId == m_torrentId)
            setTracker(0, {});
    });
}

void ExchangeLogModel::setTracker(quint64 torrentId, TrackerId trackerId)
{
    m_torrentId = torrentId;
    m_trackerId = torrentId == 0 ? TrackerId{} : trackerId;
    const std::optional<TorrentSnapshot> torrent =
        torrentId == 0 ? std::nullopt : m_engine->torrent(torrentId);
    const TrackerState *tracker = torrent ? torrent->trackerWithId(m_trackerId) : nullptr;
    m_trackerUrl = tracker ? tracker->url.url() : QUrl();
    m_hashV1 = torrent ? torrent->trackerHash(InfoHashVersion::V1) : QByteArray();
    m_hashV2 = torrent ? torrent->trackerHash(InfoHashVersion::V2) : QByteArray();
    reset();
}

void ExchangeLogModel::reset()
{
    beginResetModel();
    m_log = currentLog();
    endResetModel();
}

QList<ExchangeLogEntry> ExchangeLogModel::currentLog() const
{
    const std::optional<TrackerState> tracker =
        m_torrentId == 0 ? std::nullopt : m_engine->tracker(m_torrentId, m_trackerId);
    return tracker ? tracker->exchangeLog : QList<ExchangeLogEntry>();
}

// The model shows its own copy of the log, oldest first: row 0 is its last entry.
const ExchangeLogEntry *ExchangeLogModel::entry(int row) const
{
    if (row < 0 || row >= m_log.size())
        return nullptr;
    return &m_log.at(m_log.size() - 1 - row);
}

void ExchangeLogModel::handleTrackerChanged(quint64 torrentId, TrackerId trackerId)
{
    if (torrentId != m_torrentId || trackerId != m_trackerId)
        return;
    const QList<ExchangeLogEntry> log = currentLog();
    const qint64 newestMs = m_log.isEmpty() ? -1 : m_log.constLast().atMs;
    int added = 0;
    while (added < log.size() && log.at(log.size() - 1 - added).atMs > newestMs)
        ++added;
    if (added == 0 && log.size() == m_log.size())
        return;
    const int count = int(m_log.size());
    const int dropped = count + added - int(log.size());
    if (dropped < 0 || dropped > count) {
        reset();
        return;
    }
    if (dropped > 0) {
        beginRemoveRows(QModelIndex(), count - dropped, count - 1);
        m_log.remove(0, dropped); // the oldest entries are the bottom rows
        endRemoveRows();
    }
    if (added > 0) {
        beginInsertRows(QModelIndex(), 0, added - 1);
        m_log = log;
        endInsertRows();
    }
}

int ExchangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_log.size());
}

int ExchangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ExchangeLogModel::latencyMs(const ExchangeLogEntry &entry)
{
    return entry.outcome == ExchangeOutcome::Success ? entry.record.finishedMs : -1;
}

QString ExchangeLogModel::requestText(const ExchangeLogEntry &entry)
{
    if (entry.kind == ExchangeLogEntry::Kind::Scrape)
        return tr("scrape");
    const QString event = announceEventName(entry.event);
    return event.isEmpty() ? tr("announce") : tr("announce (%1)").arg(event);
}

QString ExchangeLogModel::hashText(InfoHashVersion version)
{
    return version == InfoHashVersion::V1 ? tr("v1") : tr("v2");
}

QString ExchangeLogModel::endpointText(const ExchangeLogEntry &entry, const QUrl &trackerUrl)
{
    const ExchangeRecord &record = entry.record;
    if (!record.peerAddress.isNull())
        return TrackerPeer{record.peerAddress, record.peerPort, {}}.toString();
    const QUrl asked = record.redirects.isEmpty() ? trackerUrl : record.redirects.constLast();
    if (asked.host().isEmpty())
        return MetainfoText::unknown();
    const QHostAddress literal(asked.host());
    const QString host = literal.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + asked.host() + u']'
                             : asked.host();
    const bool secure =
        asked.scheme() == QLatin1String("https") || asked.scheme() == QLatin1String("wss");
    const int defaultPort = secure ? kHttpsPort : kHttpPort;
    return host + u':' + QString::number(asked.port(defaultPort));
}

QVariant ExchangeLogModel::displayData(const ExchangeLogEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return TrackerText::timeOfDay(entry.atMs);
    case RequestColumn:
        return requestText(entry);
    case HashColumn:
        return hashText(entry.hashVersion);
    case EndpointColumn:
        return endpointText(entry, m_trackerUrl);
    case LatencyColumn:
        return TrackerText::latency(entry.record.finishedMs);
    case OutcomeColumn:
        return trackerStatusText(entry.shownVerdict());
    case SummaryColumn:
        return entry.summary;
    default:
        return {};
    }
}

QVariant ExchangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExchangeLogEntry *logEntry = entry(index.row());
    if (!logEntry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*logEntry, index.column());
    case SortRole:
        if (index.column() == TimeColumn)
            return logEntry->atMs;
        if (index.column() == LatencyColumn)
            return logEntry->record.finishedMs;
        return displayData(*logEntry, index.column());
    case Qt::DecorationRole:
        return index.column() == OutcomeColumn
                   ? QVariant(TrackerText::statusIcon(logEntry->shownVerdict()))
                   : QVariant();
    case Qt::ToolTipRole:
        return toolTip(*logEntry, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == LatencyColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                               : QVariant();
    default:
        return {};
    }
}

QVariant ExchangeLogModel::toolTip(const ExchangeLogEntry &entry, int column) const
{
    switch (column) {
    case SummaryColumn:
    case OutcomeColumn:
        return Qt::convertFromPlainText(entry.summary);
    case HashColumn: {
        const QByteArray &hash = entry.hashVersion == InfoHashVersion::V1 ? m_hashV1 : m_hashV2;
        const QString text = entry.hashVersion == InfoHashVersion::V1
                                 ? tr("The torrent's v1 info hash: %1")
                                 : tr("The torrent's v2 info hash, truncated to 20 bytes as "
                                      "trackers get it: %1");
        return text.arg(MetainfoText::hashHex(hash));
    }
    case EndpointColumn:
        return entry.record.peerAddress.isNull()
                   ? tr("The host asked: the client cannot tell which of its addresses answered.")
                   : tr("The address that answered.");
    default:
        return {};
    }
}

QVariant ExchangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RequestColumn:
        return tr("Request");
    case HashColumn:
        return tr("Hash");
    case EndpointColumn:
        return tr("Endpoint");
    case LatencyColumn:
        return tr("Latency");
    case OutcomeColumn:
        return tr("Outcome");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

QString ExchangeLogModel::headerToolTip(int section)
{
    switch (section) {
    case TimeColumn:
        return tr("When the exchange ended (local time).");
    case RequestColumn:
        return tr("Announce (with its event) or scrape.");
    case HashColumn:
        return tr("Which of the torrent's info hashes the request was about: a hybrid torrent "
                  "(BEP 52) is announced with both, each a swarm of its own.");
    case EndpointColumn:
        return tr("The address and port that answered, or that was asked when none did.");
    case LatencyColumn:
        return tr("From sending the request to the full reply; \"–\" when there was none.");
    case OutcomeColumn:
        return tr("What the exchange said of the tracker: working, a warning, or why it failed.");
    case SummaryColumn:
        return tr("The reply in short (peers, interval, counts) or the reason it failed. Select "
                  "the row for the whole exchange below.");
    default:
        return {};
    }
}
