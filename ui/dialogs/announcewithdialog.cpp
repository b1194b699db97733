#include "dialogs/announcewithdialog.h"

#include "tracker/announceoverridetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QSize kDialogSize(560, 620);
constexpr int kParametersMaxHeight = 90;

// Reads one field: nothing when it is empty, the value, or a problem for the list.
template<typename T, typename Reader>
void readField(const QLineEdit *edit, std::optional<T> &target, QStringList &problems, Reader read)
{
    target.reset();
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return;
    const Expected<T> value = read(text);
    if (value)
        target = *value;
    else
        problems << value.error().message();
}
} // namespace

AnnounceWithDialog::AnnounceWithDialog(QWidget *parent)
    : QDialog(parent)
    , m_target(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_unsentLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Announce With"));
    m_target->setTextFormat(Qt::PlainText);
    m_target->setWordWrap(true);
    auto *intro = new QLabel(tr("One announce with the values you set, sent at once and logged "
                                "like any other. Empty fields keep what would be sent anyway; "
                                "the regular announces go on as planned."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    createFields(form);
    for (QLabel *label : {m_problemLabel, m_unsentLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_problemLabel->setObjectName(QStringLiteral("announceProblems"));
    m_unsentLabel->setObjectName(QStringLiteral("announceUnsent"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Announce"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_unsentLabel);
    layout->addWidget(m_buttons);
    resize(kDialogSize);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AnnounceWithDialog::acceptAnnounce);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QLineEdit *AnnounceWithDialog::addLineEdit(QFormLayout *form, const QString &label,
                                           const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, &AnnounceWithDialog::updateState);
    return edit;
}

void AnnounceWithDialog::createFields(QFormLayout *form)
{
    const QString asUsual = tr("as usual");
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("eventCombo"));
    m_event->addItem(tr("As the schedule would send"));
    for (const AnnounceEvent event :
         {AnnounceEvent::None, AnnounceEvent::Started, AnnounceEvent::Completed,
          AnnounceEvent::Stopped, AnnounceEvent::Paused})
        m_event->addItem(AnnounceOverrideText::eventText(event), int(event));
    form->addRow(tr("&Event:"), m_event);
    m_uploaded = addLineEdit(form, tr("&Uploaded:"), QStringLiteral("uploadedEdit"), asUsual);
    m_downloaded = addLineEdit(form, tr("&Downloaded:"), QStringLiteral("downloadedEdit"), asUsual);
    m_left = addLineEdit(form, tr("&Left:"), QStringLiteral("leftEdit"), asUsual);
    m_numwant = addLineEdit(form, tr("&Numwant:"), QStringLiteral("numwantEdit"), asUsual);
    m_port = addLineEdit(form, tr("&Port:"), QStringLiteral("portEdit"), asUsual);
    m_peerId = addLineEdit(form, tr("Peer &ID:"), QStringLiteral("peerIdEdit"),
                           tr("a prefix or 20 bytes; 40 hex digits or hex:…"));
    m_key = addLineEdit(form, tr("&Key:"), QStringLiteral("keyEdit"), tr("up to 8 hex digits"));
    m_compact = new QComboBox(this);
    m_compact->setObjectName(QStringLiteral("compactCombo"));
    m_compact->addItems({tr("As usual (on)"), tr("On: compact=1"),
                         tr("Off: compact=0 (peer ids, where the tracker gives them)")});
    form->addRow(tr("&Compact:"), m_compact);
    m_ip = addLineEdit(form, tr("I&P:"), QStringLiteral("ipEdit"), tr("an address or host name"));
    m_userAgent = addLineEdit(form, tr("User-&Agent:"), QStringLiteral("userAgentEdit"), asUsual);
    m_parameters = new QPlainTextEdit(this);
    m_parameters->setObjectName(QStringLiteral("parametersEdit"));
    m_parameters->setPlaceholderText(tr("name=value, one a line"));
    m_parameters->setMaximumHeight(kParametersMaxHeight);
    m_parameters->setTabChangesFocus(true);
    form->addRow(tr("E&xtra parameters:"), m_parameters);
    for (QComboBox *combo : {m_event, m_compact})
        connect(combo, &QComboBox::currentIndexChanged, this, &AnnounceWithDialog::updateState);
    connect(m_parameters, &QPlainTextEdit::textChanged, this, &AnnounceWithDialog::updateState);
}

void AnnounceWithDialog::setTarget(const QString &description)
{
    m_target->setText(description);
}

void AnnounceWithDialog::setUnsentLister(UnsentLister lister)
{
    m_unsentLister = std::move(lister);
    updateState();
}

QString AnnounceWithDialog::unsentText() const
{
    const QStringList unsent = m_unsentLister ? m_unsentLister(m_overrides) : QStringList();
    if (unsent.isEmpty())
        return QString();
    return tr("Not sent:") + u"\n• " + unsent.join(u"\n• ");
}

void AnnounceWithDialog::readNumbers()
{
    readField(m_uploaded, m_overrides.uploaded, m_problems, [](const QString &text) {
        return AnnounceOverrideText::count(text, tr("uploaded"));
    });
    readField(m_downloaded, m_overrides.downloaded, m_problems, [](const QString &text) {
        return AnnounceOverrideText::count(text, tr("downloaded"));
    });
    readField(m_left, m_overrides.left, m_problems,
              [](const QString &text) { return AnnounceOverrideText::count(text, tr("left")); });
    readField(m_numwant, m_overrides.numwant, m_problems, AnnounceOverrideText::numwant);
    readField(m_port, m_overrides.port, m_problems, AnnounceOverrideText::port);
}

void AnnounceWithDialog::readIdentity()
{
    readField(m_peerId, m_overrides.peerId, m_problems, [](const QString &text) {
        return AnnounceOverrideText::peerId(text, AnnounceOverrideText::PeerIdForm::Prefix);
    });
    readField(m_key, m_overrides.key, m_problems, AnnounceOverrideText::key);
    readField(m_ip, m_overrides.ip, m_problems, AnnounceOverrideText::ip);
    readField(m_userAgent, m_overrides.userAgent, m_problems, AnnounceOverrideText::userAgent);
    const auto parameters = AnnounceOverrideText::parameterLines(m_parameters->toPlainText());
    m_overrides.extraParameters = parameters.valueOr({});
    if (!parameters)
        m_problems << tr("Extra parameters, %1").arg(parameters.error().message());
}

void AnnounceWithDialog::updateState()
{
    m_problems.clear();
    m_overrides.event.reset();
    if (m_event->currentIndex() > 0)
        m_overrides.event = AnnounceEvent(m_event->currentData().toInt());
    m_overrides.compact.reset();
    if (m_compact->currentIndex() > 0)
        m_overrides.compact = m_compact->currentIndex() == 1;
    readNumbers();
    readIdentity();
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    const QString unsent = unsentText();
    m_unsentLabel->setText(unsent);
    m_unsentLabel->setVisible(!unsent.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
}

void AnnounceWithDialog::acceptAnnounce()
{
    if (!isAcceptable())
        return;
    Q_EMIT announceAccepted(m_overrides);
    accept();
}
