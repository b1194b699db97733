#pragma once

#include <QDialog>

class CollectionTrackerRemoval;
class QLabel;
class QPlainTextEdit;

// Asks before trackers go from several torrents, in the tracker-list editor's style: the list of
// what goes from which torrent as plain text, and a summary line ("5 trackers removed from 3
// torrents."). Remove accepts.
class RemovalPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemovalPreviewDialog)

public:
    explicit RemovalPreviewDialog(const QString &title, const CollectionTrackerRemoval &removal,
                                  QWidget *parent = nullptr);

    QString previewText() const;
    QString summaryText() const;

private:
    QPlainTextEdit *m_preview;
    QLabel *m_summary;
};
