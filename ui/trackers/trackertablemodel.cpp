#include "trackers/trackertablemodel.h"

#include "common/trackertext.h"
#include "engine/inspectionengine.h"
#include "torrents/metainfotext.h"
#include "trackers/trackerfamilytext.h"

#include <QTextDocument>
#include <algorithm>

namespace {
bool isNumeric(int column)
{
    return column == TrackerTableModel::TierColumn ||
           (column >= TrackerTableModel::SeedersColumn &&
            column != TrackerTableModel::LastAnnounceColumn);
}

QString scrapeText(const TrackerScrapeState &scrape)
{
    if (scrape.seeders < 0 && scrape.leechers < 0)
        return MetainfoText::unknown();
    return QStringLiteral("%1 / %2 / %3")
        .arg(MetainfoText::count(scrape.seeders), MetainfoText::count(scrape.leechers),
             MetainfoText::count(scrape.completed));
}

// "127.0.0.1:6969 · v1 hash"; HTTP replies do not say which address answered: "v1 hash".
QString endpointName(const TrackerEndpointState &endpoint)
{
    const QString hash = endpoint.hashVersion == InfoHashVersion::V1
                             ? TrackerTableModel::tr("v1 hash")
                             : TrackerTableModel::tr("v2 hash (truncated)");
    const QString address = endpoint.addressText();
    return address.isEmpty() ? hash : address + QStringLiteral("  ·  ") + hash;
}

QString familyName(const QHostAddress &address)
{
    if (address.isNull())
        return MetainfoText::unknown();
    return address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("IPv6")
                                                               : QStringLiteral("IPv4");
}
} // namespace

TrackerTableModel::TrackerTableModel(InspectionEngine *engine, QObject *parent)
    : QAbstractItemModel(parent)
    , m_engine(engine)
{
    m_countdown.setInterval(kCountdownIntervalMs);
    connect(&m_countdown, &QTimer::timeout, this, &TrackerTableModel::tickCountdown);
    m_insertTimer.setSingleShot(true);
    m_insertTimer.setInterval(0);
    connect(&m_insertTimer, &QTimer::timeout, this, &TrackerTableModel::insertPendingTrackers);
    connect(engine, &InspectionEngine::trackerAdded, this, &TrackerTableModel::handleTrackerAdded);
    connect(engine, &InspectionEngine::trackerRemoved, this,
            &TrackerTableModel::handleTrackerRemoved);
    connect(engine, &InspectionEngine::trackerChanged, this,
            &TrackerTableModel::handleTrackerChanged);
    connect(engine, &InspectionEngine::torrentRemoved, this, [this](quint64 torrentId) {
        if (torrentId == m_torrentId)
            setTorrent(0);
    });
}

TrackerTableModel::~TrackerTableModel() = default;

void TrackerTableModel::setTorrent(quint64 torrentId)
{
    beginResetModel();
    m_insertTimer.stop();
    m_nodes.clear();
    const std::optional<TorrentSnapshot> torrent = m_engine->torrent(torrentId);
    m_torrentId = torrent ? torrentId : 0;
    if (torrent) {
        QList<TrackerState> trackers = torrent->trackers;
        std::stable_sort(trackers.begin(), trackers.end(), &TrackerTableModel::rowBefore);
        m_nodes.reserve(trackers.size());
        for (const TrackerState &tracker : std::as_const(trackers))
            m_nodes.push_back(makeNode(int(m_nodes.size()), tracker));
    }
    endResetModel();
    if (m_torrentId != 0)
        m_countdown.start();
    else
        m_countdown.stop();
}

std::unique_ptr<TrackerTableModel::Node>
TrackerTableModel::makeNode(int row, const TrackerState &tracker) const
{
    auto node = std::make_unique<Node>();
    node->tracker = tracker;
    node->row = row;
    node->values = trackerValues(tracker);
    for (const TrackerEndpointState &endpoint : tracker.endpoints)
        node->endpointValues.append(endpointValues(endpoint));
    return node;
}

TrackerId TrackerTableModel::trackerId(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const auto *node = static_cast<const Node *>(index.internalPointer());
    const int row = node ? node->row : index.row();
    return row < int(m_nodes.size()) ? m_nodes[size_t(row)]->tracker.id : TrackerId{};
}

QModelIndex TrackerTableModel::indexOf(TrackerId trackerId) const
{
    const int row = rowOf(trackerId);
    return row < 0 ? QModelIndex() : index(row, 0);
}

int TrackerTableModel::rowOf(TrackerId trackerId) const
{
    for (size_t row = 0; row < m_nodes.size(); ++row) {
        if (m_nodes[row]->tracker.id == trackerId)
            return int(row);
    }
    return -1;
}

QModelIndex TrackerTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    return createIndex(row, column, m_nodes.at(size_t(parent.row())).get());
}

QModelIndex TrackerTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalPointer() == nullptr)
        return {};
    return createIndex(static_cast<const Node *>(child.internalPointer())->row, 0, nullptr);
}

int TrackerTableModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.internalPointer() != nullptr || parent.column() != 0)
        return 0;
    return int(m_nodes.at(size_t(parent.row()))->endpointValues.size());
}

int TrackerTableModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TrackerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isEndpoint = index.internalPointer() != nullptr;
    const Node &node = isEndpoint ? *static_cast<const Node *>(index.internalPointer())
                                  : *m_nodes.at(size_t(index.row()));
    const TrackerState &tracker = node.tracker;
    if (role == TrackerIdRole)
        return tracker.id.value;
    if (role == IsEndpointRole)
        return isEndpoint;
    if (!isEndpoint)
        return trackerData(tracker, index.column(), role);
    if (index.row() >= tracker.endpoints.size())
        return {};
    return endpointData(tracker.endpoints.at(index.row()), index.column(), role);
}

QVariant TrackerTableModel::trackerData(const TrackerState &tracker, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return trackerDisplay(tracker, column);
    case SortRole:
        return trackerValue(tracker, column);
    case StatusRole:
        return int(tracker.status);
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(TrackerText::statusIcon(tracker.status))
                                      : QVariant();
    case Qt::ToolTipRole:
        return trackerToolTip(tracker, column);
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant TrackerTableModel::endpointData(const TrackerEndpointState &endpoint, int column,
                                         int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return formatted(column, endpointValue(endpoint, column));
    case SortRole:
        return endpointValue(endpoint, column);
    case StatusRole:
        return int(endpoint.status);
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(TrackerText::statusIcon(endpoint.status))
                                      : QVariant();
    case Qt::ToolTipRole:
        return column == MessageColumn && !endpoint.message.isEmpty()
                   ? QVariant(Qt::convertFromPlainText(endpoint.message))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant TrackerTableModel::trackerValue(const TrackerState &tracker, int column) const
{
    const TrackerEndpointState *best = tracker.bestEndpoint();
    const bool answered = tracker.statistics.successCount() > 0;
    switch (column) {
    case UrlColumn:
        return tracker.url.text();
    case TierColumn:
        return tracker.tier;
    case ProtocolColumn:
        return tracker.url.protocolName().toUpper();
    case StatusColumn:
        return int(tracker.status);
    case MessageColumn:
        return tracker.shownMessage();
    case SeedersColumn:
        return best ? best->seeders : -1;
    case LeechersColumn:
        return best ? best->leechers : -1;
    case DownloadedColumn:
        return best ? best->downloaded : -1;
    case ScrapeColumn:
        return tracker.scrape.seeders;
    case PeersColumn:
        return answered ? tracker.peerCount : -1;
    case UniquePeersColumn:
        return answered ? tracker.uniquePeersContributed : -1;
    case LatencyColumn:
        return tracker.statistics.lastLatencyMs();
    case LastAnnounceColumn:
        return tracker.lastAnnounceMs();
    case NextAnnounceColumn:
        return tracker.isBusy() ? qint64(0) : tracker.nextAnnounceMs();
    case IntervalColumn:
        return best ? best->interval : -1;
    case MinIntervalColumn:
        return best ? best->minInterval : -1;
    case SuccessRateColumn:
        return tracker.statistics.successRate();
    case FailuresColumn:
        return tracker.statistics.announceCount() > 0 ? tracker.statistics.failureCount() : -1;
    default:
        return {};
    }
}

QVariant TrackerTableModel::trackerDisplay(const TrackerState &tracker, int column) const
{
    switch (column) {
    case ScrapeColumn: // sorted by seeders, shown with all three figures
        return scrapeText(tracker.scrape);
    case NextAnnounceColumn:
        if (tracker.isBusy())
            return tr("in progress");
        return TrackerText::countdown(tracker.nextAnnounceMs(), m_engine->nowMs());
    default:
        return formatted(column, trackerValue(tracker, column));
    }
}

QVariant TrackerTableModel::formatted(int column, const QVariant &value)
{
    if (!value.isValid())
        return {};
    switch (column) {
    case TierColumn:
        return value.toInt() + 1; // tiers are counted from 1 for people
    case StatusColumn:
        return trackerStatusText(TrackerStatus(value.toInt()));
    case SeedersColumn:
    case LeechersColumn:
    case DownloadedColumn:
    case PeersColumn:
    case UniquePeersColumn:
    case FailuresColumn:
        return MetainfoText::count(value.toLongLong());
    case LatencyColumn:
        return TrackerText::latency(value.toLongLong());
    case LastAnnounceColumn:
        return TrackerText::timeOfDay(value.toLongLong());
    case IntervalColumn:
    case MinIntervalColumn:
        return TrackerText::duration(value.toLongLong());
    case SuccessRateColumn:
        return TrackerText::percent(value.toDouble());
    default:
        return value; // text
    }
}

// The families the tracker works over and the other URLs it is listed under, each on a line.
QString TrackerTableModel::trackerIdentityToolTip(const TrackerState &tracker) const
{
    QList<TrackerState> trackers;
    for (const std::unique_ptr<Node> &node : m_nodes)
        trackers.append(node->tracker);
    QString text;
    for (const QString &line :
         {TrackerFamilyText::families(tracker), TrackerFamilyText::aliases(tracker, trackers)}) {
        if (!line.isEmpty())
            text += u'\n' + line;
    }
    return text;
}

QString TrackerTableModel::trackerToolTip(const TrackerState &tracker, int column) const
{
    QString text;
    switch (column) {
    case UrlColumn:
        text = tracker.url.text();
        if (tracker.addedByUser)
            text += u'\n' + tr("Added by you, not listed in the torrent.");
        if (!tracker.url.problem().isEmpty())
            text += u'\n' + tracker.url.problem();
        text += trackerIdentityToolTip(tracker);
        break;
    case MessageColumn:
        text = trackerDisplay(tracker, column).toString();
        break;
    case ScrapeColumn:
        text = tr("Scrape: seeders / leechers / downloaded.");
        if (!tracker.scrape.message.isEmpty())
            text += u'\n' + tracker.scrape.message;
        if (tracker.scrapeV2.seeders >= 0)
            text += u'\n' + tr("v2 hash: %1").arg(scrapeText(tracker.scrapeV2));
        break;
    case LatencyColumn:
        text = tr("Last %1, median %2")
                   .arg(TrackerText::latency(tracker.statistics.lastLatencyMs()),
                        TrackerText::latency(tracker.statistics.medianLatencyMs()));
        break;
    case SeedersColumn:
    case LeechersColumn:
    case DownloadedColumn:
        text = tr("From the last announce reply; the Scrape column shows the scrape's figures.");
        break;
    case LastAnnounceColumn:
        text =
            tr("Last success: %1").arg(TrackerText::timeOfDay(tracker.statistics.lastSuccessMs()));
        break;
    default:
        break;
    }
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text);
}

QVariant TrackerTableModel::endpointValue(const TrackerEndpointState &endpoint, int column)
{
    switch (column) {
    case UrlColumn:
        return endpointName(endpoint);
    case ProtocolColumn:
        return familyName(endpoint.address);
    case StatusColumn:
        return int(endpoint.status);
    case MessageColumn:
        return endpoint.message;
    case SeedersColumn:
        return endpoint.seeders;
    case LeechersColumn:
        return endpoint.leechers;
    case DownloadedColumn:
        return endpoint.downloaded;
    case PeersColumn:
        return endpoint.peerCount;
    case LatencyColumn:
        return endpoint.latencyMs;
    case LastAnnounceColumn:
        return endpoint.lastAnnounceMs;
    case IntervalColumn:
        return endpoint.interval;
    case MinIntervalColumn:
        return endpoint.minInterval;
    case FailuresColumn:
        return endpoint.consecutiveFailures;
    default:
        return {}; // the tracker's own figures (tier, scrape, schedule, rates)
    }
}
