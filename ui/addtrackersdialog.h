#pragma once

#include "trackerlisttext.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;

// Paste many trackers at once — one URL a line, a blank line starts a new tier — with live
// validation: the lines that will be left out are listed with their line number and reason, and a
// preview says "12 trackers in 3 tiers". In edit mode the torrent's whole list is shown and the
// result replaces it.
class AddTrackersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTrackersDialog)

public:
    enum class Mode { Add, Edit };

    explicit AddTrackersDialog(QWidget *parent = nullptr);

    // Add mode (the default): URLs the torrent already lists are skipped and said so.
    void setExistingTrackers(const QList<QList<TrackerUrl>> &tiers);
    // Edit mode: the text starts as the torrent's list; OK may also leave it empty.
    void setEditedTrackers(const QList<QList<TrackerUrl>> &tiers);
    Mode mode() const { return m_mode; }

    void setText(const QString &text);
    QString text() const;
    // The usable trackers as typed, in tiers; lines listed as problems are left out.
    QList<QList<TrackerUrl>> trackerTiers() const { return m_result.usableTiers(); }
    const TrackerListText::ParseResult &parseResult() const { return m_result; }
    // The preview line ("12 trackers in 3 tiers…").
    QString summaryText() const;

Q_SIGNALS:
    // OK was pressed; tiers as trackerTiers().
    void trackersAccepted(const QList<QList<TrackerUrl>> &tiers);

private:
    void updateState();
    void showProblemLine(QListWidgetItem *item);
    void acceptTrackers();

    Mode m_mode = Mode::Add;
    QSet<QString> m_existingUrls;
    TrackerListText::ParseResult m_result;
    QLabel *m_intro;
    QPlainTextEdit *m_edit;
    QLabel *m_summary;
    QListWidget *m_problems;
    QDialogButtonBox *m_buttons;
};
