#include "trackers/trackerdetailswidget.h"

#include "common/statusicons.h"
#include "common/trackertext.h"
#include "engine/inspectionengine.h"
#include "trackers/exchangelogmodel.h"
#include "trackers/historyplot.h"
#include "trackers/replydecoder.h"
#include "trackers/requestandtimingstext.h"
#include "trackers/trackersentences.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace {
constexpr int kCellPadding = 18; // the view's margins around a cell's text, and a little air
constexpr int kIconWidth = 20;
constexpr int kFieldWidth = 150;           // at least, for the field names
constexpr double kFieldShareOfWidth = 0.5; // at most, of the reply view
constexpr int kLogStretch = 2;
constexpr int kReplyStretch = 1;
constexpr int kSentencesRefreshMs = 1000;

StatusIcons::Kind iconKind(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return StatusIcons::Kind::Error;
    case Finding::Severity::Warning:
        return StatusIcons::Kind::Warning;
    default:
        return StatusIcons::Kind::NotContacted;
    }
}

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
    layout->addLayout(createHeading());
    auto *exchanges = new QSplitter(Qt::Horizontal);
    exchanges->addWidget(createLogPane());
    exchanges->addWidget(createReplyPane());
    exchanges->setStretchFactor(0, kLogStretch);
    exchanges->setStretchFactor(1, kReplyStretch);
    exchanges->setChildrenCollapsible(false);
    m_plot = new HistoryPlot;
    m_findingsView = new QListWidget;
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setWordWrap(true);
    m_sectionTabs = new QTabWidget(this);
    m_sectionTabs->setObjectName(QStringLiteral("trackerDetailsTabs"));
    m_sectionTabs->addTab(exchanges, tr("Exchanges"));
    m_sectionTabs->addTab(m_plot, tr("History"));
    m_sectionTabs->addTab(m_findingsView, tr("Findings"));
    layout->addWidget(m_sectionTabs, 1);
    connect(engine, &InspectionEngine::trackerChanged, this,
            &TrackerDetailsWidget::handleTrackerChanged);
    // "3 minutes ago" and "in 25 minutes" move on between the engine's changes.
    m_sentencesTimer = new QTimer(this);
    m_sentencesTimer->setInterval(kSentencesRefreshMs);
    connect(m_sentencesTimer, &QTimer::timeout, this,
            [this] { showSentences(m_engine->tracker(m_torrentId, m_trackerId)); });
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

// The URL and status in full on the left, the same in sentences on the right.
QLayout *TrackerDetailsWidget::createHeading()
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setObjectName(QStringLiteral("trackerDetailsTitle"));
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_titleLabel->setWordWrap(true); // the tracker's whole message, never cut off
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentencesLabel = new QLabel(this);
    m_sentencesLabel->setTextFormat(Qt::PlainText);
    m_sentencesLabel->setObjectName(QStringLiteral("trackerSentences"));
    m_sentencesLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sentencesLabel->setWordWrap(true);
    m_sentencesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_titleLabel, 1);
    heading->addWidget(m_sentencesLabel, 1);
    return heading;
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
    sizeLogColumns();
    connect(m_logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrackerDetailsWidget::showSelectedExchange);
    return m_logView;
}

// Each column as wide as its longest usual text in this font, the summary taking the rest: the
// outcome comes second so that it is never scrolled off.
void TrackerDetailsWidget::sizeLogColumns()
{
    const QFontMetrics metrics = m_logView->fontMetrics();
    const auto widthOf = [&metrics](const QString &text) {
        return metrics.horizontalAdvance(text) + kCellPadding;
    };
    m_logView->setColumnWidth(ExchangeLogModel::TimeColumn,
                              widthOf(TrackerText::timeOfDay(QDateTime::currentMSecsSinceEpoch())));
    int outcomeWidth = 0; // the longest verdict in full ("Working, with a warning")
    for (const TrackerStatus status :
         {TrackerStatus::Working, TrackerStatus::Warning, TrackerStatus::TrackerError,
          TrackerStatus::InvalidResponse, TrackerStatus::Timeout, TrackerStatus::Unreachable})
        outcomeWidth = std::max(outcomeWidth, widthOf(trackerStatusText(status)));
    m_logView->setColumnWidth(ExchangeLogModel::OutcomeColumn, outcomeWidth + kIconWidth);
    ExchangeLogEntry longestRequest;
    longestRequest.event = AnnounceEvent::Completed;
    m_logView->setColumnWidth(ExchangeLogModel::RequestColumn,
                              widthOf(ExchangeLogModel::requestText(longestRequest)));
    m_logView->setColumnWidth(
        ExchangeLogModel::HashColumn,
        widthOf(m_logModel->headerData(ExchangeLogModel::HashColumn, Qt::Horizontal).toString()));
    m_logView->setColumnWidth(ExchangeLogModel::EndpointColumn,
                              widthOf(QStringLiteral("255.255.255.255:65535")));
    m_logView->setColumnWidth(ExchangeLogModel::LatencyColumn, widthOf(QStringLiteral("9999 ms")));
    m_logView->header()->setStretchLastSection(true);
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
    m_logModel->setTracker(tracker ? torrentId : 0, trackerId);
    showTitle(tracker);
    showSentences(tracker);
    showFindingsAndHistory();
}

void TrackerDetailsWidget::handleTrackerChanged(quint64 torrentId, TrackerId trackerId)
{
    if (torrentId != m_torrentId || trackerId != m_trackerId)
        return;
    const std::optional<TrackerState> tracker = m_engine->tracker(m_torrentId, m_trackerId);
    showTitle(tracker);
    showSentences(tracker);
    showFindingsAndHistory();
}

// The URL, then the status and the tracker's message in full (the table's column cuts it off).
void TrackerDetailsWidget::showTitle(const std::optional<TrackerState> &tracker)
{
    if (!tracker) {
        m_titleLabel->setText(tr("Select a tracker to see its exchanges."));
        return;
    }
    const QString message = tracker->shownMessage();
    QString text = tracker->url.text() + u'\n' + trackerStatusText(tracker->status);
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    m_titleLabel->setText(text);
}

void TrackerDetailsWidget::showSentences(const std::optional<TrackerState> &tracker)
{
    if (!tracker) {
        m_sentencesLabel->clear();
        m_sentencesTimer->stop();
        return;
    }
    m_sentencesLabel->setText(TrackerSentences::describe(*tracker, m_engine->nowMs()).join(u'\n'));
    if (!m_sentencesTimer->isActive())
        m_sentencesTimer->start();
}

void TrackerDetailsWidget::showFindingsAndHistory()
{
    const std::optional<TrackerState> tracker = m_engine->tracker(m_torrentId, m_trackerId);
    m_findingsView->clear();
    m_plot->setHistory(tracker ? tracker->statistics.history() : QList<TrackerHistorySample>());
    if (!tracker)
        return;
    for (const Finding &finding : tracker->findings) {
        auto *item =
            new QListWidgetItem(StatusIcons::icon(iconKind(finding.severity)), finding.message);
        item->setToolTip(finding.code);
        m_findingsView->addItem(item);
    }
    if (tracker->findings.isEmpty())
        m_findingsView->addItem(tr("No findings: nothing unusual in this tracker's replies."));
    showFindingsCount(tracker->findings);
}

// "Findings (2)", with the icon of the most serious one, so that they are seen from other tabs.
void TrackerDetailsWidget::showFindingsCount(const QList<Finding> &findings)
{
    const int tab = m_sectionTabs->indexOf(m_findingsView);
    Finding::Severity worst = Finding::Severity::Info;
    for (const Finding &finding : findings)
        worst = std::max(worst, finding.severity);
    m_sectionTabs->setTabText(tab, findings.isEmpty() ? tr("Findings")
                                                      : tr("Findings (%1)").arg(findings.size()));
    m_sectionTabs->setTabIcon(tab, findings.isEmpty() || worst == Finding::Severity::Info
                                       ? QIcon()
                                       : StatusIcons::icon(iconKind(worst)));
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
    m_replyView->resizeColumnToContents(0); // info hashes in full, but never the whole width
    m_replyView->setColumnWidth(0,
                                qBound(kFieldWidth, m_replyView->columnWidth(0),
                                       int(m_replyView->viewport()->width() * kFieldShareOfWidth)));
    m_hexView->setPlainText(ReplyDecoder::hexDump(entry->record.rawReply));
    m_requestView->setPlainText(
        RequestAndTimingsText::text(*entry, tracker->url.protocol(),
                                    ExchangeLogModel::endpointText(*entry, tracker->url.url())));
}
