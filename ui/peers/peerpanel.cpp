#include "peers/peerpanel.h"

#include "common/headerstate.h"
#include "engine/inspectionengine.h"
#include "peers/peerfilterproxy.h"
#include "peers/peertablemodel.h"
#include "torrents/metainfotext.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QLatin1String kPeerViewKey("peers");
constexpr int kAddressWidth = 240;
constexpr int kSourcesWidth = 380;
} // namespace

PeerPanel::PeerPanel(InspectionEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new PeerTableModel(engine, this))
    , m_proxy(new PeerFilterProxy(m_model, this))
    , m_view(new QTreeView(this))
    , m_trackerFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
{
    setUpView();
    setUpFilters();
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(new QLabel(tr("Returned by:")));
    bar->addWidget(m_trackerFilter);
    bar->addWidget(m_textFilter, 1);
    bar->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    followEngine(engine);
    updateCount();
}

void PeerPanel::setUpView()
{
    m_view->setObjectName(QStringLiteral("peerView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->header()->setSortIndicatorClearable(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setColumnWidth(PeerTableModel::AddressColumn, kAddressWidth);
    m_view->setColumnWidth(PeerTableModel::SourcesColumn, kSourcesWidth);
    auto *copyAction = new QAction(tr("&Copy as Text"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &PeerPanel::copySelectedRows);
    m_view->addAction(copyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void PeerPanel::setUpFilters()
{
    m_trackerFilter->setObjectName(QStringLiteral("peerTrackerFilter"));
    m_trackerFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_trackerFilter->setMinimumContentsLength(30);
    connect(m_trackerFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant chosen = m_trackerFilter->currentData();
        m_proxy->setTrackerId(chosen.isValid() ? TrackerId{chosen.toULongLong()} : TrackerId{});
        updateCount();
    });
    m_textFilter->setPlaceholderText(tr("Filter peers by address, client or tracker"));
    m_textFilter->setClearButtonEnabled(true);
    connect(m_textFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateCount();
    });
}

void PeerPanel::followEngine(InspectionEngine *engine)
{
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &PeerPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PeerPanel::updateCount);
    const auto refillFor = [this](quint64 torrentId) {
        // Once for a whole edit of the list, on the event loop.
        if (torrentId != m_model->torrentId() || m_refillScheduled)
            return;
        m_refillScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_refillScheduled = false;
                fillTrackerFilter();
            },
            Qt::QueuedConnection);
    };
    connect(engine, &InspectionEngine::trackerAdded, this, refillFor);
    connect(engine, &InspectionEngine::trackerRemoved, this, refillFor);
}

void PeerPanel::setTorrent(quint64 torrentId)
{
    m_model->setTorrent(torrentId);
    fillTrackerFilter();
}

void PeerPanel::fillTrackerFilter()
{
    const QVariant chosen = m_trackerFilter->currentData();
    const QSignalBlocker blocker(m_trackerFilter);
    m_trackerFilter->clear();
    m_trackerFilter->addItem(tr("Any tracker"));
    if (const std::optional<TorrentSnapshot> torrent = m_engine->torrent(m_model->torrentId())) {
        for (const TrackerState &tracker : torrent->trackers)
            m_trackerFilter->addItem(tracker.url.text(), tracker.id.value);
    }
    const int position = chosen.isValid() ? m_trackerFilter->findData(chosen) : 0;
    m_trackerFilter->setCurrentIndex(qMax(0, position));
    m_proxy->setTrackerId(position > 0 ? TrackerId{chosen.toULongLong()} : TrackerId{});
    updateCount();
}

void PeerPanel::setTrackerFilter(TrackerId trackerId)
{
    const int position = trackerId.isValid() ? m_trackerFilter->findData(trackerId.value) : 0;
    if (position >= 0)
        m_trackerFilter->setCurrentIndex(position);
}

void PeerPanel::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(
        shown == total
            ? MetainfoText::plural(total, tr("1 peer"), tr("%1 peers"))
            : tr("%1 of %2 peers").arg(MetainfoText::count(shown), MetainfoText::count(total)));
}

QString PeerPanel::selectedRowsText() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    }
    std::sort(rows.begin(), rows.end());
    return m_model->rowsAsText(rows);
}

void PeerPanel::copySelectedRows()
{
    QGuiApplication::clipboard()->setText(selectedRowsText());
}

void PeerPanel::saveLayout(QSettings &settings) const
{
    HeaderState::save(settings, kPeerViewKey, m_view->header());
}

void PeerPanel::restoreLayout(QSettings &settings)
{
    HeaderState::restore(settings, kPeerViewKey, m_view->header());
}
