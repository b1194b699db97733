#pragma once

#include "common/expected.h"
#include "metainfo/metainfo.h"
#include "tracker/trackerlisttext.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// Check Tracker List…: a list of tracker URLs to check without a torrent, pasted or opened from a
// text file (one URL a line, '#' comments, blank lines), checked as it is typed: the lines left
// out are listed with their reason. The list announces an info hash of its own, random and
// shown, which can be replaced by a 40- or 64-digit hex hash (checked as it is typed). OK gives
// the list as a document (TrackerListDocument) to open beside the torrents.
class TrackerListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackerListDialog)

public:
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024; // a list file larger is refused

    explicit TrackerListDialog(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // Reads a text file into the box; its name becomes the list's name. False (and the reason
    // shown in the dialog) when it cannot be read.
    bool loadFile(const QString &path);
    // The text of a list file, or why it cannot be read (missing, unreadable, over the limit).
    static Expected<QString> readFile(const QString &path);
    QString fileName() const { return m_fileName; }

    void setInfoHashText(const QString &hex);
    QString infoHashText() const;
    // The sentence saying why the info hash is refused; empty when it is accepted.
    QString infoHashProblem() const { return m_infoHashProblem; }

    const TrackerListText::ParseResult &parseResult() const { return m_result; }
    QString summaryText() const;
    bool isAcceptable() const;
    // The list as typed (its usable trackers, the info hash), named after its file or its size.
    Metainfo document() const;

Q_SIGNALS:
    void listAccepted(const Metainfo &document);

private:
    QWidget *createInfoHashRow();
    void chooseFile();
    void updateState();
    void showProblems();
    void acceptList();

    TrackerListText::ParseResult m_result;
    QString m_fileName;
    QString m_infoHashProblem;
    QPlainTextEdit *m_edit;
    QLabel *m_summary;
    QListWidget *m_problems;
    QLineEdit *m_infoHashEdit;
    QLabel *m_infoHashMessage;
    QDialogButtonBox *m_buttons;
};
