#pragma once

#include "collection/collectiontrackerremoval.h"

#include <QDialog>
#include <functional>
#include <optional>

class InspectionEngine;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class TrackerCoverageModel;

// Trackers Across Torrents: for each tracker URL of the open torrents, on how many it is listed
// and works (TrackerCoverageModel, live), and the actions that clean a collection in one go:
// Check All, Remove This Tracker From All Torrents (the selected rows) and Remove All Not-Working
// Trackers From All Torrents, each after a preview of what goes from which torrent, then undoable
// (Ctrl+Z here) while the lists are as the removal left them.
class TrackerCoverageWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackerCoverageWindow)

public:
    // Shows the removal and asks (title, removal); replaceable in tests.
    using Preview = std::function<bool(const QString &, const CollectionTrackerRemoval &)>;
    enum class LayoutMemory { Remembered, Ignored };

    explicit TrackerCoverageWindow(InspectionEngine *engine,
                                   LayoutMemory layoutMemory = LayoutMemory::Remembered,
                                   QWidget *parent = nullptr);
    ~TrackerCoverageWindow() override;

    void setPreview(Preview preview) { m_preview = std::move(preview); }
    TrackerCoverageModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *checkAllButton() const { return m_checkAll; }
    QPushButton *removeSelectedButton() const { return m_removeSelected; }
    QPushButton *removeNotWorkingButton() const { return m_removeNotWorking; }
    QPushButton *undoButton() const { return m_undo; }
    QString summaryText() const;

    void checkAll();
    void removeSelectedFromAllTorrents();
    void removeNotWorkingFromAllTorrents();
    void undoLastRemoval();

Q_SIGNALS:
    // A sentence for the status bar (also shown at the foot of this window).
    void reported(const QString &message);

private:
    void createLayout();
    QStringList selectedUrls() const;
    void removeAfterPreview(const QString &title, const CollectionTrackerRemoval &removal);
    void report(const QString &message);
    void updateState();

    InspectionEngine *m_engine;
    const LayoutMemory m_layoutMemory;
    TrackerCoverageModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_checkAll;
    QPushButton *m_removeSelected;
    QPushButton *m_removeNotWorking;
    QPushButton *m_undo;
    Preview m_preview;
    std::optional<CollectionTrackerRemoval> m_lastRemoval; // for Undo
};
