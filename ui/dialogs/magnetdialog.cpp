#include "dialogs/magnetdialog.h"

#include "metainfo/magnetlinkparser.h"
#include "torrents/torrentsources.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
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

void MagnetDialog::updateState()
{
    const QStringList links = magnetLinks();
    QString problem;
    for (const QString &link : links) {
        if (!MagnetLinkParser::looksLikeMagnet(link)) {
            problem = tr("Not a magnet link (it should start with \"magnet:?\"): %1").arg(link);
            break;
        }
    }
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!links.isEmpty() && problem.isEmpty());
}
