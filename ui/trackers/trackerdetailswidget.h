#pragma once

#include "engine/trackerstate.h"

#include "diagnostics/finding.h"
#include "engine/trackerid.h"

#include <QWidget>
#include <optional>

class ExchangeLogModel;
class HistoryPlot;
class InspectionEngine;
class QLabel;
class QLayout;
class QListWidget;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTimer;
class QTreeView;

// Everything about one tracker: its URL and status with the whole message, the same in sentences
// (TrackerSentences), then three tabs that each get the whole pane: Exchanges (the log
// beside the selected exchange's decoded reply, hex dump, and request and timings), History (a
// plot over time) and Findings.
class TrackerDetailsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackerDetailsWidget)

public:
    explicit TrackerDetailsWidget(InspectionEngine *engine, QWidget *parent = nullptr);

    void setTracker(quint64 torrentId, TrackerId trackerId); // torrentId 0: none
    ExchangeLogModel *logModel() const { return m_logModel; }
    QTreeView *logView() const { return m_logView; }
    QStandardItemModel *replyModel() const { return m_replyModel; }
    QPlainTextEdit *hexView() const { return m_hexView; }
    QListWidget *findingsView() const { return m_findingsView; }
    HistoryPlot *plot() const { return m_plot; }
    QTreeView *replyView() const { return m_replyView; }
    QPlainTextEdit *requestView() const { return m_requestView; }
    QTabWidget *sectionTabs() const { return m_sectionTabs; }
    QTabWidget *replyTabs() const { return m_replyTabs; }

private:
    QLayout *createHeading();
    QWidget *createLogPane();
    QWidget *createReplyPane();
    void sizeLogColumns();
    void handleTrackerChanged(quint64 torrentId, TrackerId trackerId);
    void showFindingsAndHistory();
    void showTitle(const std::optional<TrackerState> &tracker);
    void showSentences(const std::optional<TrackerState> &tracker);
    void showFindingsCount(const QList<Finding> &findings);
    void showSelectedExchange();

    InspectionEngine *m_engine;
    quint64 m_torrentId = 0;
    TrackerId m_trackerId;
    ExchangeLogModel *m_logModel;
    QSortFilterProxyModel *m_logProxy;
    QTreeView *m_logView = nullptr;
    QStandardItemModel *m_replyModel;
    QTreeView *m_replyView = nullptr;
    QPlainTextEdit *m_hexView = nullptr;
    QPlainTextEdit *m_requestView = nullptr;
    QTabWidget *m_replyTabs = nullptr;
    QTabWidget *m_sectionTabs = nullptr;
    QListWidget *m_findingsView = nullptr;
    HistoryPlot *m_plot = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_sentencesLabel = nullptr; // TrackerSentences, refreshed every second
    QTimer *m_sentencesTimer = nullptr;
};
