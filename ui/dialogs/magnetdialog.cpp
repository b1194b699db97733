#include "dialogs/magnetdialog.h"

#include "metainfo/magnetlinkparser.h"
#include "torrents/torrentsources.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QSize kDialogSize(640, 260);
} // namespace

MagnetDialog::MagnetDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Magnet Link"));
    auto *intro = new QLabel(tr("Paste one or more magnet links, one per line:"), this);
    m_edit->setObjectName(QStringLiteral("magnetEdit"));
    m_edit->setPlaceholderText(QStringLiteral("magnet:?xt=urn:btih:…"));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    resize(kDialogSize);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &MagnetDialog::updateState);

    const QStringList clipboardMagnets =
        TorrentSources::magnetLinksIn(QGuiApplication::clipboard()->text());
    setText(clipboardMagnets.join(u'\n'));
}

void MagnetDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
    updateState();
}

QString MagnetDialog::text() const
{
    return m_edit->toPlainText();
}

QStringList MagnetDialog::magnetLinks() const
{
    QStringList links;
    const QStringList lines = text().split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            links << trimmed;
    }
    return links;
}

// Each line is read as the window would read it, so a bad link is named before Open, with the
// reason; a torrent given twice is said to open once (the second would only select the first).
void MagnetDialog::updateState()
{
    QString problem;
    QString note;
    QHash<QByteArray, int> lineOfHash;
    const QStringList lines = text().split(u'\n');
    int linkCount = 0;
    for (qsizetype index = 0; index < lines.size() && problem.isEmpty(); ++index) {
        const QString link = lines.at(index).trimmed();
        if (link.isEmpty())
            continue;
        ++linkCount;
        const int lineNumber = int(index) + 1;
        if (!MagnetLinkParser::looksLikeMagnet(link)) {
            problem = tr("Line %1 is not a magnet link (it should start with \"magnet:?\"): %2")
                          .arg(lineNumber)
                          .arg(link);
            break;
        }
        const Expected<Metainfo> magnet = MagnetLinkParser::parse(link);
        if (!magnet) {
            problem = tr("Line %1: %2").arg(lineNumber).arg(magnet.error().describe());
            break;
        }
        const QByteArray hash = magnet->hasV1() ? magnet->infoHashV1 : magnet->infoHashV2;
        const int firstLine = lineOfHash.value(hash, 0);
        if (firstLine > 0 && note.isEmpty())
            note = tr("Lines %1 and %2 are the same torrent; it opens once.")
                       .arg(firstLine)
                       .arg(lineNumber);
        else if (firstLine == 0)
            lineOfHash.insert(hash, lineNumber);
    }
    m_problemLabel->setText(problem.isEmpty() ? note : problem);
    m_problemLabel->setVisible(!m_problemLabel->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(linkCount > 0 && problem.isEmpty());
}
