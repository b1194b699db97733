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
    const TrackerState *state = tracker();
    m_count = state ? int(state->exchangeLog.size()) : 0;
    m_newestMs = m_count > 0 ? state->exchangeLog.constLast().atMs : -1;
    endResetModel();
}

const TrackerState *ExchangeLogModel::tracker() const
{
    return m_torrentId == 0 ? nullptr : m_engine->tracker(m_torrentId, m_trackerId);
}

// Row 0 is the newest entry the model has announced (m_newestMs), not the newest in the log: the
// engine appends before trackerChanged reaches us, and rows must not change before
// beginInsertRows (QAbstractItemModelTester caught this under the sanitizers' slowdown).
const ExchangeLogEntry *ExchangeLogModel::entry(int row) const
{
    const TrackerState *state = tracker();
    if (!state || row < 0 || row >= m_count)
        return nullptr;
    const QList<ExchangeLogEntry> &log = state->exchangeLog;
    qsizetype newestShown = log.size() - 1;
    while (newestShown >= 0 && log.at(newestShown).atMs > m_newestMs)
        --newestShown;
    const qsizetype index = newestShown - row;
    return index >= 0 ? &log.at(index) : nullptr;
}

void ExchangeLogModel::handleTrackerChanged(quint64 torrentId, TrackerId trackerId)
{
    if (torrentId != m_torrentId || trackerId != m_trackerId)
        return;
    const TrackerState *state = tracker();
    if (!state)
        return;
    const QList<ExchangeLogEntry> &log = state->exchangeLog;
    int added = 0;
    while (added < log.size() && log.at(log.size() - 1 - added).atMs > m_newestMs)
        ++added;
    if (added == 0 && log.size() == m_count)
        return;
    const int dropped = m_count + added - int(log.size());
    if (dropped < 0 || dropped > m_count) {
        reset();
        return;
    }
    if (dropped > 0) {
        beginRemoveRows(QModelIndex(), m_count - dropped, m_count - 1);
        m_count -= dropped;
        endRemoveRows();
    }
    if (added > 0) {
        beginInsertRows(QModelIndex(), 0, added - 1);
        m_count += added;
        m_newestMs = log.constLast().atMs;
        endInsertRows();
    }
}

int ExchangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
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
        return trackerStatusText(trackerStatusFromOutcome(entry.outcome, false));
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
                   ? QVariant(TrackerText::statusIcon(
                         trackerStatusFromOutcome(logEntry->outcome, false)))
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
