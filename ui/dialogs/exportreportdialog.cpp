#include "dialogs/exportreportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportReportDialog::ExportReportDialog(const QString &selectedName, int openCount, bool hasSecrets,
                                       QWidget *parent)
    : QDialog(parent)
    , m_selectedButton(new QRadioButton(this))
    , m_allButton(new QRadioButton(this))
    , m_maskBox(new QCheckBox(tr("&Hide passkeys and other secrets of tracker URLs"), this))
    , m_logBox(new QCheckBox(tr("Include each tracker's &exchange log (requests, replies, "
                                "timings)"),
                             this))
{
    setWindowTitle(tr("Export Report"));
    // Radio button texts are never rich text; a torrent's name stays plain.
    QString escapedName = selectedName;
    escapedName.replace(u'&', QStringLiteral("&&")); // a name's "&" is no keyboard shortcut
    m_selectedButton->setText(tr("The selected torrent: %1").arg(escapedName));
    m_selectedButton->setObjectName(QStringLiteral("selectedTorrentButton"));
    m_allButton->setText(tr("All %n open torrent(s)", nullptr, openCount));
    m_allButton->setObjectName(QStringLiteral("allTorrentsButton"));
    m_selectedButton->setChecked(true);
    m_maskBox->setObjectName(QStringLiteral("maskSecretsBox"));
    m_maskBox->setChecked(hasSecrets);
    m_maskBox->setVisible(hasSecrets);
    m_logBox->setObjectName(QStringLiteral("exchangeLogBox"));
    m_logBox->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    auto *scope = new QGroupBox(tr("Export"), this);
    auto *scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_selectedButton);
    scopeLayout->addWidget(m_allButton);
    scope->setVisible(openCount > 1);
    layout->addWidget(scope);
    if (openCount <= 1) {
        auto *what = new QLabel(tr("The report of %1.").arg(selectedName), this);
        what->setTextFormat(Qt::PlainText);
        what->setWordWrap(true);
        layout->addWidget(what);
    }
    layout->addWidget(m_maskBox);
    layout->addWidget(m_logBox);
    auto *formats = new QLabel(
        tr("JSON holds everything; CSV holds one line per tracker (of the selected torrent)."),
        this);
    formats->setWordWrap(true);
    layout->addWidget(formats);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExportReportDialog::Choice ExportReportDialog::choice() const
{
    Choice choice;
    choice.allTorrents = m_allButton->isChecked();
    choice.maskSecrets = m_maskBox->isChecked(); // unchecked and hidden when there are none
    choice.includeExchangeLog = m_logBox->isChecked();
    return choice;
}
