#include "trackers/trackerpanel.h"

#include "common/headerstate.h"
#include "engine/inspectionengine.h"
#include "trackers/trackerdetailswidget.h"
#include "trackers/trackerfilterproxy.h"
#include "trackers/trackertablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QLatin1String kTrackerViewKey("trackerTable");
const QLatin1String kSplitterKey("trackerPanel/splitter");
constexpr int kUrlWidth = 250;
constexpr int kStatusWidth = 125;
constexpr int kMessageWidth = 190;
constexpr int kNarrowWidth = 40;
constexpr int kHeaderPadding = 18;
constexpr int kTimeWidth = 92;
constexpr int kTableHeight = 330;
constexpr int kDetailsHeight = 260;
constexpr int kDetailsMinimumHeight = 80;
} // namespace

TrackerPanel::TrackerPanel(InspectionEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new TrackerTableModel(engine, this))
    , m_proxy(new TrackerFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    createView();
    m_details = new TrackerDetailsWidget(engine);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(2);
    topLayout->addWidget(createFilterBar());
    topLayout->addWidget(m_view, 1);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_details);
    m_splitter->setSizes({kTableHeight, kDetailsHeight});
    m_splitter->setChildrenCollapsible(false);
    // A smaller window takes its height from both, the table keeping the larger share (the
    // details used to keep theirs while the table shrank to two rows).
    m_splitter->setStretchFactor(0, kTableHeight);
    m_splitter->setStretchFactor(1, kDetailsHeight);
    m_details->setMinimumHeight(kDetailsMinimumHeight); // its tabs would ask for far more
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

QWidget *TrackerPanel::createFilterBar()
{
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(4, 2, 4, 0);
    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(QStringLiteral("trackerFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter trackers by URL or message"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &TrackerFilterProxy::setText);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("trackerStatusFilter"));
    using Group = TrackerText::StatusGroup;
    for (const Group group : {Group::All, Group::Working, Group::Warning, Group::Error,
                              Group::Timeout, Group::Unreachable, Group::Pending})
        m_statusFilter->addItem(TrackerText::statusGroupName(group), int(group));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusGroup(Group(m_statusFilter->currentData().toInt())); });
    layout->addWidget(m_filterEdit, 1);
    layout->addWidget(new QLabel(tr("Status:")));
    layout->addWidget(m_statusFilter);
    return bar;
}

void TrackerPanel::createView()
{
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("trackerView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->header()->setSortIndicatorClearable(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setColumnWidth(TrackerTableModel::UrlColumn, kUrlWidth);
    m_view->setColumnWidth(TrackerTableModel::StatusColumn, kStatusWidth);
    m_view->setColumnWidth(TrackerTableModel::MessageColumn, kMessageWidth);
    // Figures: as wide as their header, no wider.
    const QFontMetrics metrics = m_view->header()->fontMetrics();
    for (int column = TrackerTableModel::TierColumn; column < TrackerTableModel::ColumnCount;
         ++column) {
        if (column == TrackerTableModel::StatusColumn || column == TrackerTableModel::MessageColumn)
            continue;
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(
            column, qMax(kNarrowWidth, metrics.horizontalAdvance(title) + kHeaderPadding));
    }
    m_view->setColumnWidth(TrackerTableModel::ScrapeColumn, kTimeWidth);
    m_view->setColumnWidth(TrackerTableModel::NextAnnounceColumn, kTimeWidth + 8);
    // Shown on demand (the header's menu): the table fits a 1280-pixel window without them.
    // Downloaded from announces is rare (the scrape column has the scrape's count).
    for (const int column :
         {TrackerTableModel::ProtocolColumn, TrackerTableModel::DownloadedColumn,
          TrackerTableModel::IntervalColumn, TrackerTableModel::SuccessRateColumn})
        m_view->header()->setSectionHidden(column, true);
    connect(m_view->header(), &QWidget::customContextMenuRequested, this,
            &TrackerPanel::showColumnMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrackerPanel::showCurrentTracker);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TrackerPanel::expandInserted);
}

void TrackerPanel::expandInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        m_view->expand(parent);
        return;
    }
    for (int row = first; row <= last; ++row)
        m_view->expand(m_proxy->index(row, 0));
}

void TrackerPanel::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_view->header();
    for (int column = 1; column < TrackerTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

void TrackerPanel::setTorrent(quint64 torrentId)
{
    m_model->setTorrent(torrentId);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    showCurrentTracker();
}

quint64 TrackerPanel::torrentId() const
{
    return m_model->torrentId();
}

TrackerId TrackerPanel::currentTrackerId() const
{
    return m_model->trackerId(m_proxy->mapToSource(m_view->currentIndex()));
}

void TrackerPanel::selectTracker(TrackerId trackerId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(trackerId));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

void TrackerPanel::showCurrentTracker()
{
    const TrackerId trackerId = currentTrackerId();
    m_details->setTracker(trackerId.isValid() ? m_model->torrentId() : 0, trackerId);
    Q_EMIT currentTrackerChanged(trackerId);
}

QList<TrackerId> TrackerPanel::selectedTrackerIds() const
{
    QSet<TrackerId> selected;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        selected.insert(m_model->trackerId(m_proxy->mapToSource(row)));
    if (selected.isEmpty())
        selected.insert(currentTrackerId());
    QList<TrackerId> ids;
    if (const std::optional<TorrentSnapshot> torrent = m_engine->torrent(m_model->torrentId())) {
        for (const TrackerState &tracker : torrent->trackers) {
            if (selected.contains(tracker.id))
                ids.append(tracker.id);
        }
    }
    return ids;
}

QStringList TrackerPanel::selectedTrackerUrls() const
{
    QStringList urls;
    for (const TrackerId trackerId : selectedTrackerIds())
        urls.append(m_model->indexOf(trackerId)
                        .siblingAtColumn(TrackerTableModel::UrlColumn)
                        .data()
                        .toString());
    return urls;
}

void TrackerPanel::saveLayout(QSettings &settings) const
{
    HeaderState::save(settings, kTrackerViewKey, m_view->header());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void TrackerPanel::restoreLayout(QSettings &settings)
{
    HeaderState::restore(settings, kTrackerViewKey, m_view->header());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}
