#include "dialogs/addtrackersdialog.h"

#include <QDialogButtonBox>
#include <QHash>
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

QHash<QString, int> tierByUrl(const QList<QList<TrackerUrl>> &tiers)
{
    QHash<QString, int> tiersByUrl;
    for (qsizetype tier = 0; tier < tiers.size(); ++tier) {
        for (const TrackerUrl &url : tiers[tier])
            tiersByUrl.insert(url.text().trimmed(), int(tier));
    }
    return tiersByUrl;
}
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
    m_editedTiers.clear();
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
    m_editedTiers = tiers;
    setWindowTitle(tr("Edit Tracker List"));
    m_intro->setText(tr("The torrent's trackers, one per line; a blank line separates tiers. "
                        "OK replaces the list: trackers you delete are sent “stopped” and "
                        "removed, new ones are contacted, the others keep their history."));
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

QList<QList<TrackerUrl>> AddTrackersDialog::trackerTiers() const
{
    if (m_mode == Mode::Add)
        return m_result.usableTiers();
    // Edit mode keeps the torrent's own URLs that cannot be contacted (and refuses other ones).
    const QHash<QString, int> own = tierByUrl(m_editedTiers);
    QList<QList<TrackerUrl>> tiers;
    for (const QList<TrackerUrl> &tier : m_result.tiers) {
        QList<TrackerUrl> kept;
        for (const TrackerUrl &url : tier) {
            if (url.isSupported() || own.contains(url.text()))
                kept.append(url);
        }
        if (!kept.isEmpty())
            tiers.append(kept);
    }
    return tiers;
}

bool AddTrackersDialog::isAcceptable() const
{
    return m_mode == Mode::Edit ? m_result.errorCount() == 0 : m_result.usableTrackerCount() > 0;
}

QString AddTrackersDialog::summaryText() const
{
    const QList<QList<TrackerUrl>> tiers = trackerTiers();
    int trackerCount = 0;
    for (const QList<TrackerUrl> &tier : tiers)
        trackerCount += int(tier.size());
    QString summary = TrackerListText::summary(trackerCount, int(tiers.size()));
    const int errors = m_result.errorCount();
    const int skipped = int(m_result.problems.size()) - errors;
    if (errors > 0 && m_mode == Mode::Edit)
        summary +=
            u"; " + (errors == 1 ? tr("1 line has an error: correct or delete it")
                                 : tr("%1 lines have errors: correct or delete them").arg(errors));
    else if (errors > 0)
        summary +=
            u"; " + (errors == 1 ? tr("1 line has an error and will be left out")
                                 : tr("%1 lines have errors and will be left out").arg(errors));
    if (skipped > 0)
        summary += u"; " + (skipped == 1 ? tr("1 line is skipped")
                                         : tr("%1 lines are skipped").arg(skipped));
    if (m_mode == Mode::Edit && errors == 0)
        summary += u"; " + changeSummary();
    return summary + u'.';
}

// What OK changes: "1 added, 2 removed, 1 moved to another tier" or "no changes".
QString AddTrackersDialog::changeSummary() const
{
    const QHash<QString, int> before = tierByUrl(m_editedTiers);
    const QHash<QString, int> after = tierByUrl(trackerTiers());
    int added = 0;
    int moved = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        added += old == before.cend() ? 1 : 0;
        moved += old != before.cend() && old.value() != it.value() ? 1 : 0;
    }
    int removed = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        removed += after.contains(it.key()) ? 0 : 1;
    QStringList changes;
    if (added > 0)
        changes << tr("%1 added").arg(added);
    if (removed > 0)
        changes << tr("%1 removed").arg(removed);
    if (moved > 0)
        changes << tr("%1 moved to another tier").arg(moved);
    return changes.isEmpty() ? tr("no changes") : changes.join(QStringLiteral(", "));
}

void AddTrackersDialog::updateState()
{
    m_result = TrackerListText::parse(text(), m_existingUrls);
    if (m_mode == Mode::Edit) {
        // The torrent's own URLs that cannot be contacted may stay: they are part of the file.
        const QHash<QString, int> own = tierByUrl(m_editedTiers);
        m_result.problems.removeIf([&own](const TrackerListLineProblem &problem) {
            return problem.kind == TrackerListLineProblem::Kind::Unusable &&
                   own.contains(problem.text);
        });
    }
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
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
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
    if (!isAcceptable())
        return;
    Q_EMIT trackersAccepted(trackerTiers());
    accept();
}
