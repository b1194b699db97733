#include "addtrackersdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {
const QSize kDialogSize(720, 480);
constexpr int kProblemListMaxHeight = 120;
constexpr int kLineNumberRole = Qt::UserRole;
} // namespace

AddTrackersDialog::AddTrackersDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_edit(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("trackersEdit"));
    m_edit->setPlaceholderText(
        QStringLiteral("udp://tracker.example:6969/announce\nhttps://tracker.example/announce\n\n"
                       "wss://tracker.example"));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(true);
    m_summary->setObjectName(QStringLiteral("trackersSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("trackerProblems"));
    m_problems->setMaximumHeight(kProblemListMaxHeight);
    m_problems->setToolTip(tr("Double-click a line to show it in the list above."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(kDialogSize);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddTrackersDialog::acceptTrackers);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &AddTrackersDialog::updateState);
    connect(m_problems, &QListWidget::itemActivated, this, &AddTrackersDialog::showProblemLine);
    setExistingTrackers({});
}

void AddTrackersDialog::setExistingTrackers(const QList<QList<TrackerUrl>> &tiers)
{
    m_mode = Mode::Add;
    m_existingUrls.clear();
    for (const QList<TrackerUrl> &tier : tiers) {
        for (const TrackerUrl &url : tier)
            m_existingUrls.insert(url.text().trimmed());
    }
    setWindowTitle(tr("Add Trackers"));
    m_intro->setText(tr("Paste or type tracker URLs, one per line. A blank line starts a new "
                        "tier; lines starting with # are comments."));
    updateState();
}

void AddTrackersDialog::setEditedTrackers(const QList<QList<TrackerUrl>> &tiers)
{
    m_mode = Mode::Edit;
    m_existingUrls.clear();
    setWindowTitle(tr("Edit Trackers"));
    m_intro->setText(tr("The torrent's trackers, one per line; a blank line separates tiers. "
                        "What you change here replaces the list."));
    setText(TrackerListText::format(tiers));
}

void AddTrackersDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
    updateState();
}

QString AddTrackersDialog::text() const
{
    return m_edit->toPlainText();
}

QString AddTrackersDialog::summaryText() const
{
    const QList<QList<TrackerUrl>> tiers = m_result.usableTiers();
    QString summary = TrackerListText::summary(m_result.usableTrackerCount(), int(tiers.size()));
    const int errors = m_result.errorCount();
    const int skipped = int(m_result.problems.size()) - errors;
    if (errors > 0)
        summary +=
            u"; " + (errors == 1 ? tr("1 line has an error and will be left out")
                                 : tr("%1 lines have errors and will be left out").arg(errors));
    if (skipped > 0)
        summary += u"; " + (skipped == 1 ? tr("1 line is skipped")
                                         : tr("%1 lines are skipped").arg(skipped));
    return summary + u'.';
}

void AddTrackersDialog::updateState()
{
    m_result = TrackerListText::parse(text(), m_existingUrls);
    m_summary->setText(summaryText());
    m_problems->clear();
    for (const TrackerListLineProblem &problem : std::as_const(m_result.problems)) {
        const QString line =
            (problem.isError() ? tr("Line %1: %2 — %3") : tr("Line %1 (skipped): %2 — %3"))
                .arg(problem.lineNumber)
                .arg(problem.reason, problem.text);
        auto *item = new QListWidgetItem(line, m_problems);
        item->setData(kLineNumberRole, problem.lineNumber);
        item->setToolTip(problem.text);
    }
    m_problems->setVisible(!m_result.problems.isEmpty());
    const bool acceptable = m_mode == Mode::Edit || m_result.usableTrackerCount() > 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(acceptable);
}

void AddTrackersDialog::showProblemLine(QListWidgetItem *item)
{
    const int lineNumber = item->data(kLineNumberRole).toInt();
    const QTextBlock block = m_edit->document()->findBlockByNumber(lineNumber - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus();
}

void AddTrackersDialog::acceptTrackers()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    Q_EMIT trackersAccepted(trackerTiers());
    accept();
}
