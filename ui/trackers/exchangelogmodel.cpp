#include "trackers/exchangelogmodel.h"

#include "common/trackertext.h"
#include "engine/inspectionengine.h"
#include "torrents/metainfotext.h"

#include <QTextDocument>

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

TrackerStatus ExchangeLogModel::verdictOf(const ExchangeLogEntry &entry)
{
    return entry.verdict != TrackerStatus::NotContacted
               ? entry.verdict
               : trackerStatusFromOutcome(entry.outcome, false);
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

QVariant ExchangeLogModel::displayData(const ExchangeLogEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return TrackerText::timeOfDay(entry.atMs);
    case RequestColumn:
        return requestText(entry);
    case EndpointColumn:
        return entry.record.peerAddress.isNull()
                   ? MetainfoText::unknown()
                   : TrackerPeer{entry.record.peerAddress, entry.record.peerPort, {}}.toString();
    case LatencyColumn:
        return TrackerText::latency(entry.record.finishedMs);
    case OutcomeColumn:
        return trackerStatusText(verdictOf(entry));
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
                   ? QVariant(TrackerText::statusIcon(verdictOf(*logEntry)))
                   : QVariant();
    case Qt::ToolTipRole:
        return index.column() == SummaryColumn ? Qt::convertFromPlainText(logEntry->summary)
                                               : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LatencyColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                               : QVariant();
    default:
        return {};
    }
}

QVariant ExchangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RequestColumn:
        return tr("Request");
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
