#include "trackers/trackerdetailswidget.h"

#include "common/statusicons.h"
#include "engine/inspectionengine.h"
#include "trackers/exchangelogmodel.h"
#include "trackers/historyplot.h"
#include "trackers/replydecoder.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int kTimeWidth = 70;
constexpr int kRequestWidth = 150;
constexpr int kEndpointWidth = 105;
constexpr int kLatencyWidth = 60;
constexpr int kOutcomeWidth = 110;
constexpr int kFieldWidth = 140;

QPlainTextEdit *createTextView(const QString &name)
{
    auto *view = new QPlainTextEdit;
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}
} // namespace

TrackerDetailsWidget::TrackerDetailsWidget(InspectionEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_logModel(new ExchangeLogModel(engine, this))
    , m_logProxy(new QSortFilterProxyModel(this))
    , m_replyModel(new QStandardItemModel(this))
{
    m_logProxy->setSourceModel(m_logModel);
    m_logProxy->setSortRole(ExchangeLogModel::SortRole);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setObjectName(QStringLiteral("trackerDetailsTitle"));
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_titleLabel);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createLogPane());
    splitter->addWidget(createReplyPane());
    auto *right = new QSplitter(Qt::Vertical);
    m_plot = new HistoryPlot;
    m_findingsView = new QListWidget;
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setWordWrap(true);
    right->addWidget(m_plot);
    right->addWidget(m_findingsView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);
    connect(engine, &InspectionEngine::trackerChanged, this,
            &TrackerDetailsWidget::handleTrackerChanged);
    connect(m_logModel, &QAbstractItemModel::modelReset, this, [this] {
        if (m_logProxy->rowCount() > 0)
            m_logView->setCurrentIndex(m_logProxy->index(0, 0));
        showSelectedExchange();
    });
    connect(m_logModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_logView->currentIndex().isValid() && m_logProxy->rowCount() > 0)
            m_logView->setCurrentIndex(m_logProxy->index(0, 0));
    });
    setTracker(0, {});
}

QWidget *TrackerDetailsWidget::createLogPane()
{
    m_logView = new QTreeView;
    m_logView->setObjectName(QStringLiteral("exchangeLogView"));
    m_logView->setModel(m_logProxy);
    m_logView->setRootIsDecorated(false);
    m_logView->setUniformRowHeights(true);
    m_logView->setAlternatingRowColors(true);
    m_logView->setAllColumnsShowFocus(true);
    m_logView->setSortingEnabled(true);
    m_logView->header()->setSortIndicatorClearable(true);
    m_logView->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_logView->setColumnWidth(ExchangeLogModel::TimeColumn, kTimeWidth);
    m_logView->setColumnWidth(ExchangeLogModel::RequestColumn, kRequestWidth);
    m_logView->setColumnWidth(ExchangeLogModel::EndpointColumn, kEndpointWidth);
    m_logView->setColumnWidth(ExchangeLogModel::LatencyColumn, kLatencyWidth);
    m_logView->setColumnWidth(ExchangeLogModel::OutcomeColumn, kOutcomeWidth);
    connect(m_logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrackerDetailsWidget::showSelectedExchange);
    return m_logView;
}

QWidget *TrackerDetailsWidget::createReplyPane()
{
    m_replyView = new QTreeView;
    m_replyView->setObjectName(QStringLiteral("replyView"));
    m_replyView->setModel(m_replyModel);
    m_replyView->setUniformRowHeights(true);
    m_replyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hexView = createTextView(QStringLiteral("hexView"));
    m_requestView = createTextView(QStringLiteral("requestView"));
    m_replyTabs = new QTabWidget;
    m_replyTabs->setDocumentMode(true);
    m_replyTabs->addTab(m_replyView, tr("Reply"));
    m_replyTabs->addTab(m_hexView, tr("Hex"));
    m_replyTabs->addTab(m_requestView, tr("Request && timings"));
    return m_replyTabs;
}

void TrackerDetailsWidget::setTracker(quint64 torrentId, TrackerId trackerId)
{
    m_torrentId = torrentId;
    m_trackerId = trackerId;
    const std::optional<TrackerState> tracker = m_engine->tracker(torrentId, trackerId);
    m_titleLabel->setText(tracker ? tracker->url.text()
                                  : tr("Select a tracker to see its exchanges."));
    m_logModel->setTracker(tracker ? torrentId : 0, trackerId);
    showFindingsAndHistory();
}

void TrackerDetailsWidget::handleTrackerChanged(quint64 torrentId, TrackerId trackerId)
{
    if (torrentId == m_torrentId && trackerId == m_trackerId)
        showFindingsAndHistory();
}

void TrackerDetailsWidget::showFindingsAndHistory()
{
    const std::optional<TrackerState> tracker = m_engine->tracker(m_torrentId, m_trackerId);
    m_findingsView->clear();
    m_plot->setHistory(tracker ? tracker->statistics.history() : QList<TrackerHistorySample>());
    if (!tracker)
        return;
    for (const Finding &finding : tracker->findings) {
        const StatusIcons::Kind kind =
            finding.severity == Finding::Severity::Error     ? StatusIcons::Kind::Error
            : finding.severity == Finding::Severity::Warning ? StatusIcons::Kind::Warning
                                                             : StatusIcons::Kind::NotContacted;
        auto *item = new QListWidgetItem(StatusIcons::icon(kind), finding.message);
        item->setToolTip(finding.code);
        m_findingsView->addItem(item);
    }
    if (tracker->findings.isEmpty())
        m_findingsView->addItem(tr("No findings: nothing unusual in this tracker's replies."));
}

void TrackerDetailsWidget::showSelectedExchange()
{
    const QModelIndex current = m_logProxy->mapToSource(m_logView->currentIndex());
    const ExchangeLogEntry *entry = current.isValid() ? m_logModel->entry(current.row()) : nullptr;
    const std::optional<TrackerState> tracker = m_engine->tracker(m_torrentId, m_trackerId);
    if (!entry || !tracker) {
        m_replyModel->clear();
        m_hexView->clear();
        m_requestView->clear();
        return;
    }
    ReplyDecoder::fillTree(m_replyModel, *entry, tracker->url.protocol());
    m_replyView->expandToDepth(0);
    m_replyView->setColumnWidth(0, kFieldWidth);
    m_hexView->setPlainText(ReplyDecoder::hexDump(entry->record.rawReply));
    m_requestView->setPlainText(ReplyDecoder::exchangeText(*entry));
}
