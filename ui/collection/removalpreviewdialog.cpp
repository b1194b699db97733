#include "collection/removalpreviewdialog.h"

#include "collection/collectiontrackerremoval.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QSize kDialogSize(720, 480);
}

RemovalPreviewDialog::RemovalPreviewDialog(const QString &title,
                                           const CollectionTrackerRemoval &removal, QWidget *parent)
    : QDialog(parent)
    , m_preview(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(title);
    auto *intro = new QLabel(tr("These trackers are removed from these torrents. Where we had "
                                "joined a tracker's swarm it is sent “stopped”."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("removalPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setPlainText(removal.previewText());
    m_summary->setObjectName(QStringLiteral("removalSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(removal.summaryText());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::AcceptRole);
    remove->setEnabled(!removal.isEmpty());
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(kDialogSize);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RemovalPreviewDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString RemovalPreviewDialog::summaryText() const
{
    return m_summary->text();
}
