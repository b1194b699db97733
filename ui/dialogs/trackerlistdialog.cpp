#include "dialogs/trackerlistdialog.h"

#include "metainfo/trackerlistdocument.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QSize kDialogSize(720, 520);
constexpr int kProblemListMaxHeight = 120;
} // namespace

TrackerListDialog::TrackerListDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_infoHashEdit(new QLineEdit(this))
    , m_infoHashMessage(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Check Tracker List"));
    auto *intro = new QLabel(tr("Paste tracker URLs, one per line, or open a text file. Lines "
                                "starting with # are comments; blank lines are allowed. The "
                                "trackers are checked without a torrent, with the info hash "
                                "below."),
                             this);
    intro->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("trackerListEdit"));
    m_edit->setPlaceholderText(QStringLiteral(
        "# my trackers\nudp://tracker.example:6969/announce\nhttps://tracker.example/announce"));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(true);
    m_summary->setObjectName(QStringLiteral("trackerListSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("trackerListProblems"));
    m_problems->setMaximumHeight(kProblemListMaxHeight);
    auto *openButton = m_buttons->addButton(tr("&Open File…"), QDialogButtonBox::ActionRole);
    openButton->setObjectName(QStringLiteral("openTrackerFileButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Check"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(createInfoHashRow());
    layout->addWidget(m_infoHashMessage);
    layout->addWidget(m_buttons);
    resize(kDialogSize);

    connect(openButton, &QPushButton::clicked, this, &TrackerListDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TrackerListDialog::acceptList);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &TrackerListDialog::updateState);
    connect(m_infoHashEdit, &QLineEdit::textChanged, this, &TrackerListDialog::updateState);
    setInfoHashText(QString::fromLatin1(TrackerListDocument::randomInfoHash().toHex()));
}

QWidget *TrackerListDialog::createInfoHashRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Info hash:"), row);
    label->setBuddy(m_infoHashEdit);
    m_infoHashEdit->setParent(row);
    m_infoHashEdit->setObjectName(QStringLiteral("infoHashEdit"));
    m_infoHashEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_infoHashEdit->setToolTip(tr("Announced and scraped for every tracker of the list: 40 "
                                  "hexadecimal digits (v1) or 64 (v2). Random unless you set it."));
    auto *randomButton = new QPushButton(tr("&New Random"), row);
    randomButton->setObjectName(QStringLiteral("randomInfoHashButton"));
    connect(randomButton, &QPushButton::clicked, this, [this] {
        setInfoHashText(QString::fromLatin1(TrackerListDocument::randomInfoHash().toHex()));
    });
    layout->addWidget(label);
    layout->addWidget(m_infoHashEdit, 1);
    layout->addWidget(randomButton);
    m_infoHashMessage->setObjectName(QStringLiteral("infoHashProblem"));
    m_infoHashMessage->setTextFormat(Qt::PlainText);
    return row;
}

void TrackerListDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
    updateState();
}

QString TrackerListDialog::text() const
{
    return m_edit->toPlainText();
}

void TrackerListDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Tracker List"), QString(), tr("Text files (*.txt *.list);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

Expected<QString> TrackerListDialog::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(Error::Kind::FileAccess, file.errorString());
    if (file.size() > kMaxFileBytes)
        return Error(Error::Kind::FileAccess,
                     tr("the file is larger than %1 MiB").arg(kMaxFileBytes / (1024 * 1024)));
    return QString::fromUtf8(file.readAll());
}

bool TrackerListDialog::loadFile(const QString &path)
{
    const Expected<QString> text = readFile(path);
    if (!text) {
        m_summary->setText(tr("Could not open %1: %2.").arg(path, text.error().message()));
        return false;
    }
    m_fileName = QFileInfo(path).fileName();
    setText(*text);
    return true;
}

void TrackerListDialog::setInfoHashText(const QString &hex)
{
    m_infoHashEdit->setText(hex);
    updateState();
}

QString TrackerListDialog::infoHashText() const
{
    return m_infoHashEdit->text().trimmed();
}

QString TrackerListDialog::summaryText() const
{
    const int trackerCount = m_result.usableTrackerCount();
    QString summary =
        trackerCount == 1 ? tr("1 tracker to check") : tr("%1 trackers to check").arg(trackerCount);
    const int errors = m_result.errorCount();
    const int skipped = int(m_result.problems.size()) - errors;
    if (errors > 0)
        summary +=
            u"; " + (errors == 1 ? tr("1 line cannot be used and is left out")
                                 : tr("%1 lines cannot be used and are left out").arg(errors));
    if (skipped > 0)
        summary += u"; " + (skipped == 1 ? tr("1 line repeats an earlier one")
                                         : tr("%1 lines repeat earlier ones").arg(skipped));
    return summary + u'.';
}

bool TrackerListDialog::isAcceptable() const
{
    return m_result.usableTrackerCount() > 0 && m_infoHashProblem.isEmpty();
}

Metainfo TrackerListDialog::document() const
{
    const int trackerCount = m_result.usableTrackerCount();
    const QString name =
        m_fileName.isEmpty()
            ? (trackerCount == 1 ? tr("Tracker list (1 tracker)")
                                 : tr("Tracker list (%1 trackers)").arg(trackerCount))
            : m_fileName;
    const Expected<QByteArray> hash = TrackerListDocument::parseInfoHash(infoHashText());
    return TrackerListDocument::make(m_result.usableTiers(), name, hash ? *hash : QByteArray());
}

void TrackerListDialog::updateState()
{
    m_result = TrackerListText::parse(text());
    const Expected<QByteArray> hash = TrackerListDocument::parseInfoHash(infoHashText());
    m_infoHashProblem = hash ? QString() : hash.error().message();
    m_infoHashMessage->setText(m_infoHashProblem.isEmpty()
                                   ? QString()
                                   : tr("The info hash is not valid: %1.").arg(m_infoHashProblem));
    m_infoHashMessage->setVisible(!m_infoHashProblem.isEmpty());
    m_summary->setText(summaryText());
    showProblems();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
}

void TrackerListDialog::showProblems()
{
    m_problems->clear();
    for (const TrackerListLineProblem &problem : std::as_const(m_result.problems)) {
        const QString format =
            problem.isError() ? tr("Line %1: %2 — %3") : tr("Line %1 (skipped): %2 — %3");
        auto *item = new QListWidgetItem(
            format.arg(problem.lineNumber).arg(problem.reason, problem.text), m_problems);
        item->setToolTip(problem.text);
    }
    m_problems->setVisible(!m_result.problems.isEmpty());
}

void TrackerListDialog::acceptList()
{
    if (!isAcceptable())
        return;
    Q_EMIT listAccepted(document());
    accept();
}
