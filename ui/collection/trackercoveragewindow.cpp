#include "collection/trackercoveragewindow.h"

#include "collection/checkall.h"
#include "collection/removalpreviewdialog.h"
#include "collection/trackercoveragemodel.h"
#include "common/headerstate.h"
#include "torrents/metainfotext.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QSize kWindowSize(960, 560);
constexpr int kUrlColumnWidth = 340;
constexpr int kCountColumnWidth = 90;
constexpr int kStatusColumnWidth = 280;
const QString kHeaderKey = QStringLiteral("trackerCoverageWindow/header");
} // namespace

TrackerCoverageWindow::TrackerCoverageWindow(InspectionEngine *engine, LayoutMemory layoutMemory,
                                             QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_layoutMemory(layoutMemory)
    , m_model(new TrackerCoverageModel(engine, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_checkAll(new QPushButton(tr("&Check All"), this))
    , m_removeSelected(new QPushButton(tr("Remove This Tracker From &All Torrents…"), this))
    , m_removeNotWorking(
          new QPushButton(tr("Remove All &Not-Working Trackers From All Torrents…"), this))
    , m_undo(new QPushButton(tr("&Undo Removal"), this))
    , m_preview([this](const QString &title, const CollectionTrackerRemoval &removal) {
        return RemovalPreviewDialog(title, removal, this).exec() == QDialog::Accepted;
    })
{
    setObjectName(QStringLiteral("trackerCoverageWindow"));
    setWindowTitle(tr("Trackers Across Torrents"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TrackerCoverageModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->sortByColumn(TrackerCoverageModel::WorkingColumn, Qt::DescendingOrder);
    m_view->setColumnWidth(TrackerCoverageModel::UrlColumn, kUrlColumnWidth);
    m_view->setColumnWidth(TrackerCoverageModel::ListedColumn, kCountColumnWidth);
    m_view->setColumnWidth(TrackerCoverageModel::WorkingColumn, kCountColumnWidth);
    m_view->setColumnWidth(TrackerCoverageModel::StatusColumn, kStatusColumnWidth);
    for (QLabel *label : {m_summary, m_message}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    createLayout();
    resize(kWindowSize);

    auto *undoAction = new QAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    addAction(undoAction);
    connect(undoAction, &QAction::triggered, this, &TrackerCoverageWindow::undoLastRemoval);
    connect(m_checkAll, &QPushButton::clicked, this, &TrackerCoverageWindow::checkAll);
    connect(m_removeSelected, &QPushButton::clicked, this,
            &TrackerCoverageWindow::removeSelectedFromAllTorrents);
    connect(m_removeNotWorking, &QPushButton::clicked, this,
            &TrackerCoverageWindow::removeNotWorkingFromAllTorrents);
    connect(m_undo, &QPushButton::clicked, this, &TrackerCoverageWindow::undoLastRemoval);
    connect(m_model, &TrackerCoverageModel::refreshed, this, &TrackerCoverageWindow::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrackerCoverageWindow::updateState);
    if (m_layoutMemory == LayoutMemory::Remembered) {
        QSettings settings;
        HeaderState::restore(settings, kHeaderKey, m_view->header());
    }
    updateState();
}

TrackerCoverageWindow::~TrackerCoverageWindow()
{
    if (m_layoutMemory == LayoutMemory::Remembered) {
        QSettings settings;
        HeaderState::save(settings, kHeaderKey, m_view->header());
    }
}

void TrackerCoverageWindow::createLayout()
{
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_message->setObjectName(QStringLiteral("coverageMessage"));
    m_checkAll->setToolTip(tr("Announce and scrape every tracker of every open torrent now"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_checkAll, m_removeSelected, m_removeNotWorking, m_undo}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
}

QString TrackerCoverageWindow::summaryText() const
{
    return m_summary->text();
}

void TrackerCoverageWindow::updateState()
{
    int workingSomewhere = 0;
    int failingSomewhere = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        workingSomewhere += m_model->row(row).workingCount > 0 ? 1 : 0;
        failingSomewhere += m_model->row(row).failingCount > 0 ? 1 : 0;
    }
    m_summary->setText(tr("%1 on %2: %3 work on at least one, %4 fail on at least one.")
                           .arg(MetainfoText::plural(m_model->rowCount(), tr("1 tracker URL"),
                                                     tr("%1 tracker URLs")),
                                CollectionTrackerRemoval::torrentCountText(m_model->torrentCount()))
                           .arg(workingSomewhere)
                           .arg(failingSomewhere));
    m_removeSelected->setEnabled(!selectedUrls().isEmpty());
    m_removeNotWorking->setEnabled(failingSomewhere > 0);
    m_undo->setEnabled(m_lastRemoval.has_value());
}

QStringList TrackerCoverageWindow::selectedUrls() const
{
    QStringList urls;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        urls.append(m_model->row(m_proxy->mapToSource(index).row()).url);
    return urls;
}

void TrackerCoverageWindow::checkAll()
{
    report(CheckAll::run(*m_engine));
}

void TrackerCoverageWindow::removeSelectedFromAllTorrents()
{
    const QStringList urls = selectedUrls();
    if (urls.isEmpty())
        return;
    removeAfterPreview(tr("Remove From All Torrents"),
                       CollectionTrackerRemoval::ofUrls(*m_engine, urls));
}

void TrackerCoverageWindow::removeNotWorkingFromAllTorrents()
{
    removeAfterPreview(tr("Remove Not-Working Trackers From All Torrents"),
                       CollectionTrackerRemoval::ofNotWorking(*m_engine));
}

void TrackerCoverageWindow::removeAfterPreview(const QString &title,
                                               const CollectionTrackerRemoval &removal)
{
    if (removal.isEmpty() || !m_preview(title, removal))
        return;
    removal.apply(*m_engine);
    m_lastRemoval = removal;
    m_model->refresh();
    report(tr("Removed %1 from %2. Undo with %3 in Trackers Across Torrents.")
               .arg(CollectionTrackerRemoval::trackerCountText(removal.trackerCount()),
                    CollectionTrackerRemoval::torrentCountText(removal.torrentCount()),
                    QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void TrackerCoverageWindow::undoLastRemoval()
{
    if (!m_lastRemoval)
        return;
    const int restored = m_lastRemoval->undo(*m_engine);
    const int changed = m_lastRemoval->torrentCount() - restored;
    m_lastRemoval.reset();
    m_model->refresh();
    QString message =
        tr("Trackers put back on %1.").arg(CollectionTrackerRemoval::torrentCountText(restored));
    if (changed > 0)
        message += u' ' + tr("%1 changed since the removal, left as they are.")
                              .arg(CollectionTrackerRemoval::torrentCountText(changed));
    report(message);
}

void TrackerCoverageWindow::report(const QString &message)
{
    m_message->setText(message);
    updateState();
    Q_EMIT reported(message);
}
