#pragma once

#include "tracker/trackerlisttext.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;

// Paste many trackers at once — one URL a line, a blank line starts a new tier — with live
// validation: the lines that will be left out are listed with their line number and reason, and a
// preview says "12 trackers in 3 tiers". In edit mode the torrent's whole list is shown, the
// preview counts what OK will add, remove and move, and OK is refused while a line has an error
// (the torrent's own URLs that cannot be contacted may stay as they are).
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
    // The usable trackers as typed, in tiers; lines listed as problems are left out. In edit
    // mode also the torrent's own URLs that cannot be contacted, where they were kept.
    QList<QList<TrackerUrl>> trackerTiers() const;
    bool isAcceptable() const;
    const TrackerListText::ParseResult &parseResult() const { return m_result; }
    // The preview line ("12 trackers in 3 tiers…").
    QString summaryText() const;

Q_SIGNALS:
    // OK was pressed; tiers as trackerTiers().
    void trackersAccepted(const QList<QList<TrackerUrl>> &tiers);

private:
    void updateState();
    QString changeSummary() const;
    void showProblemLine(QListWidgetItem *item);
    void acceptTrackers();

    Mode m_mode = Mode::Add;
    QSet<QString> m_existingUrls;
    QList<QList<TrackerUrl>> m_editedTiers; // edit mode: the list as it was
    TrackerListText::ParseResult m_result;
    QLabel *m_intro;
    QPlainTextEdit *m_edit;
    QLabel *m_summary;
    QListWidget *m_problems;
    QDialogButtonBox *m_buttons;
};
