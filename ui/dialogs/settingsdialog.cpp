#include "dialogs/settingsdialog.h"

#include "engine/enginesettingsstore.h"
#include "tracker/http/httptrackersettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
using Store = EngineSettingsStore;
using ContactMode = EngineSettings::ContactMode;
using ProxyMode = EngineSettings::ProxyMode;
using TlsPolicy = EngineSettings::TlsPolicy;

void selectData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

// A byte count typed by a person: digits only (spaces ignored), within range; nullopt otherwise.
std::optional<qint64> byteCount(const QLineEdit *edit, Store::Range range)
{
    bool ok = false;
    const qint64 value = edit->text().remove(u' ').toLongLong(&ok);
    if (!ok || value < range.minimum || value > range.maximum)
        return std::nullopt;
    return value;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createContactPage(), tr("Contacting"));
    tabs->addTab(createIdentityPage(), tr("Identity"));
    tabs->addTab(createNetworkPage(), tr("Network"));
    m_problemLabel->setObjectName(QStringLiteral("settingsProblem"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::acceptSettings);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    for (QSpinBox *spinBox : findChildren<QSpinBox *>())
        connect(spinBox, &QSpinBox::valueChanged, this, &SettingsDialog::updateState);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    for (QComboBox *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    setSettings(EngineSettings());
}

QSpinBox *SettingsDialog::createSpinBox(const QString &name, qint64 minimum, qint64 maximum,
                                        const QString &suffix)
{
    auto *spinBox = new QSpinBox(this);
    spinBox->setObjectName(name);
    spinBox->setRange(int(minimum), int(maximum));
    spinBox->setSuffix(suffix);
    spinBox->setGroupSeparatorShown(true);
    spinBox->setAlignment(Qt::AlignRight);
    return spinBox;
}

QLineEdit *SettingsDialog::createByteCountEdit(const QString &name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

QWidget *SettingsDialog::createContactPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_contactMode = new QComboBox(page);
    m_contactMode->setObjectName(QStringLiteral("contactMode"));
    m_contactMode->addItem(tr("Every tracker at once (the whole picture)"), false);
    m_contactMode->addItem(tr("Like a client: one tier at a time (BEP 12)"), true);
    form->addRow(tr("Contact trackers:"), m_contactMode);
    m_announceMode = new QComboBox(page);
    m_announceMode->setObjectName(QStringLiteral("announceMode"));
    m_announceMode->addItem(tr("Stay: re-announce on each tracker's interval"),
                            int(ContactMode::Continuous));
    m_announceMode->addItem(tr("Passive: announce, then leave at once (stopped)"),
                            int(ContactMode::Passive));
    m_announceMode->addItem(tr("Once: announce, no re-announce"), int(ContactMode::SingleRound));
    m_announceMode->addItem(tr("Scrape only: never announce"), int(ContactMode::ScrapeOnly));
    form->addRow(tr("Announces:"), m_announceMode);
    addTimingRows(form);
    m_scrapeOnLoad = new QCheckBox(tr("Scrape when a torrent is opened"), page);
    m_scrapeOnLoad->setObjectName(QStringLiteral("scrapeOnLoad"));
    form->addRow(QString(), m_scrapeOnLoad);
    m_allowExtraOnPrivate =
        new QCheckBox(tr("Announce private torrents to trackers I add (BEP 27 forbids it)"), page);
    m_allowExtraOnPrivate->setObjectName(QStringLiteral("allowExtraOnPrivate"));
    form->addRow(QString(), m_allowExtraOnPrivate);
    return page;
}

void SettingsDialog::addTimingRows(QFormLayout *form)
{
    const QString ms = tr(" ms");
    const QString s = tr(" s");
    m_requestTimeout =
        createSpinBox(QStringLiteral("requestTimeout"), Store::kRequestTimeoutMs.minimum,
                      Store::kRequestTimeoutMs.maximum, ms);
    m_requestTimeout->setSingleStep(500);
    form->addRow(tr("Request timeout:"), m_requestTimeout);
    m_concurrency = createSpinBox(QStringLiteral("concurrency"), Store::kConcurrencyLimit.minimum,
                                  Store::kConcurrencyLimit.maximum, QString());
    form->addRow(tr("Requests at once:"), m_concurrency);
    m_defaultInterval =
        createSpinBox(QStringLiteral("defaultInterval"), Store::kDefaultIntervalSeconds.minimum,
                      Store::kDefaultIntervalSeconds.maximum, s);
    form->addRow(tr("Interval when a tracker gives none:"), m_defaultInterval);
    m_safetyFloor = createSpinBox(QStringLiteral("safetyFloor"), Store::kSafetyFloorSeconds.minimum,
                                  Store::kSafetyFloorSeconds.maximum, s);
    form->addRow(tr("Never re-announce sooner than:"), m_safetyFloor);
    m_backoffBase = createSpinBox(QStringLiteral("backoffBase"), Store::kBackoffBaseSeconds.minimum,
                                  Store::kBackoffBaseSeconds.maximum, s);
    form->addRow(tr("Retry after a failure, first wait:"), m_backoffBase);
    m_backoffPercent =
        createSpinBox(QStringLiteral("backoffPercent"), Store::kBackoffPercent.minimum,
                      Store::kBackoffPercent.maximum, tr(" %"));
    m_backoffPercent->setToolTip(tr("Each retry waits base + base × percent/100 × failures²."));
    form->addRow(tr("Retry wait growth:"), m_backoffPercent);
    m_backoffCap = createSpinBox(QStringLiteral("backoffCap"), Store::kBackoffCapSeconds.minimum,
                                 Store::kBackoffCapSeconds.maximum, s);
    form->addRow(tr("Longest retry wait:"), m_backoffCap);
    m_scrapeInterval =
        createSpinBox(QStringLiteral("scrapeInterval"), Store::kScrapeIntervalSeconds.minimum,
                      Store::kScrapeIntervalSeconds.maximum, s);
    m_scrapeInterval->setSpecialValueText(tr("Only on load and on demand"));
    form->addRow(tr("Scrape every:"), m_scrapeInterval);
}

QWidget *SettingsDialog::createIdentityPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_peerIdPrefix = new QLineEdit(page);
    m_peerIdPrefix->setObjectName(QStringLiteral("peerIdPrefix"));
    m_peerIdPrefix->setMaxLength(Store::kMaxPeerIdPrefixLength);
    m_peerIdPrefix->setToolTip(tr("The start of the 20-byte peer id, e.g. -TI0010- (BEP 20); "
                                  "the rest is random."));
    form->addRow(tr("Peer id prefix:"), m_peerIdPrefix);
    m_port = createSpinBox(QStringLiteral("port"), Store::kPort.minimum, Store::kPort.maximum,
                           QString());
    m_port->setGroupSeparatorShown(false);
    form->addRow(tr("Port we announce:"), m_port);
    m_numwant = createSpinBox(QStringLiteral("numwant"), Store::kNumwant.minimum,
                              Store::kNumwant.maximum, QString());
    m_numwant->setSpecialValueText(tr("Tracker's default"));
    form->addRow(tr("Peers wanted (numwant):"), m_numwant);
    m_uploaded = createByteCountEdit(QStringLiteral("uploaded"));
    form->addRow(tr("Uploaded (bytes):"), m_uploaded);
    m_downloaded = createByteCountEdit(QStringLiteral("downloaded"));
    form->addRow(tr("Downloaded (bytes):"), m_downloaded);
    m_left = createByteCountEdit(QStringLiteral("left"));
    m_left->setPlaceholderText(tr("the torrent's size"));
    form->addRow(tr("Left (bytes):"), m_left);
    m_userAgent = new QLineEdit(page);
    m_userAgent->setObjectName(QStringLiteral("userAgent"));
    m_userAgent->setMaxLength(Store::kMaxUserAgentLength);
    m_userAgent->setPlaceholderText(QString::fromLatin1(HttpTrackerSettings::defaultUserAgent()));
    form->addRow(tr("User agent:"), m_userAgent);
    return page;
}

QWidget *SettingsDialog::createNetworkPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_proxyMode = new QComboBox(page);
    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    m_proxyMode->addItem(tr("No proxy"), int(ProxyMode::None));
    m_proxyMode->addItem(tr("The system's proxy settings"), int(ProxyMode::System));
    m_proxyMode->addItem(tr("HTTP proxy (UDP trackers go direct)"), int(ProxyMode::Http));
    m_proxyMode->addItem(tr("SOCKS5 proxy"), int(ProxyMode::Socks5));
    form->addRow(tr("Proxy:"), m_proxyMode);
    m_proxyHost = new QLineEdit(page);
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyHost->setMaxLength(Store::kMaxHostLength);
    form->addRow(tr("Proxy host:"), m_proxyHost);
    m_proxyPort = createSpinBox(QStringLiteral("proxyPort"), Store::kProxyPort.minimum,
                                Store::kProxyPort.maximum, QString());
    m_proxyPort->setGroupSeparatorShown(false);
    form->addRow(tr("Proxy port:"), m_proxyPort);
    m_tlsPolicy = new QComboBox(page);
    m_tlsPolicy->setObjectName(QStringLiteral("tlsPolicy"));
    m_tlsPolicy->addItem(tr("Verify certificates; a bad one fails the tracker"),
                         int(TlsPolicy::Verify));
    m_tlsPolicy->addItem(tr("Report bad certificates but carry on"),
                         int(TlsPolicy::ReportAndContinue));
    form->addRow(tr("HTTPS and WSS:"), m_tlsPolicy);
    m_allowPrivateRedirects = new QCheckBox(tr("Follow redirects to private addresses"), page);
    m_allowPrivateRedirects->setObjectName(QStringLiteral("allowPrivateRedirects"));
    m_allowPrivateRedirects->setToolTip(
        tr("Off: a tracker on the internet that redirects to a loopback, private or link-local "
           "address is refused, so that it cannot send requests into your network. A tracker "
           "that is itself in your network may always redirect."));
    form->addRow(QString(), m_allowPrivateRedirects);
    return page;
}

void SettingsDialog::setSettings(const EngineSettings &settings)
{
    m_base = Store::clamped(settings);
    showSettings(m_base);
}

void SettingsDialog::restoreDefaults()
{
    showSettings(EngineSettings());
}

void SettingsDialog::showSettings(const EngineSettings &settings)
{
    selectData(m_contactMode, settings.behaveLikeClient ? 1 : 0);
    selectData(m_announceMode, int(settings.contactMode));
    m_requestTimeout->setValue(settings.requestTimeoutMs);
    m_concurrency->setValue(settings.concurrencyLimit);
    m_defaultInterval->setValue(settings.defaultIntervalSeconds);
    m_safetyFloor->setValue(settings.safetyFloorSeconds);
    m_backoffBase->setValue(settings.backoffBaseSeconds);
    m_backoffPercent->setValue(settings.backoffPercent);
    m_backoffCap->setValue(settings.backoffCapSeconds);
    m_scrapeInterval->setValue(settings.scrapeIntervalSeconds);
    m_scrapeOnLoad->setChecked(settings.scrapeOnLoad);
    m_allowExtraOnPrivate->setChecked(settings.allowExtraTrackersOnPrivate);
    const AnnounceIdentity &identity = settings.identity;
    m_peerIdPrefix->setText(QString::fromLatin1(identity.peerIdPrefix));
    m_port->setValue(identity.port);
    m_numwant->setValue(identity.numwant);
    m_uploaded->setText(QString::number(identity.uploaded));
    m_downloaded->setText(QString::number(identity.downloaded));
    m_left->setText(identity.left >= 0 ? QString::number(identity.left) : QString());
    m_userAgent->setText(QString::fromLatin1(settings.userAgent));
    selectData(m_proxyMode, int(settings.proxyMode));
    m_proxyHost->setText(settings.proxyHost);
    m_proxyPort->setValue(settings.proxyPort);
    selectData(m_tlsPolicy, int(settings.tlsPolicy));
    m_allowPrivateRedirects->setChecked(settings.allowPrivateRedirects);
    updateState();
}

EngineSettings SettingsDialog::settings() const
{
    EngineSettings settings = m_base;
    settings.behaveLikeClient = m_contactMode->currentData().toBool();
    settings.contactMode = ContactMode(m_announceMode->currentData().toInt());
    settings.requestTimeoutMs = m_requestTimeout->value();
    settings.concurrencyLimit = m_concurrency->value();
    settings.defaultIntervalSeconds = m_defaultInterval->value();
    settings.safetyFloorSeconds = m_safetyFloor->value();
    settings.backoffBaseSeconds = m_backoffBase->value();
    settings.backoffPercent = m_backoffPercent->value();
    settings.backoffCapSeconds = m_backoffCap->value();
    settings.scrapeIntervalSeconds = m_scrapeInterval->value();
    settings.scrapeOnLoad = m_scrapeOnLoad->isChecked();
    settings.allowExtraTrackersOnPrivate = m_allowExtraOnPrivate->isChecked();
    AnnounceIdentity &identity = settings.identity;
    identity.peerIdPrefix = m_peerIdPrefix->text().toLatin1();
    identity.port = quint16(m_port->value());
    identity.numwant = m_numwant->value();
    identity.uploaded = byteCount(m_uploaded, Store::kTransferBytes).value_or(identity.uploaded);
    identity.downloaded =
        byteCount(m_downloaded, Store::kTransferBytes).value_or(identity.downloaded);
    identity.left = m_left->text().trimmed().isEmpty()
                        ? -1
                        : byteCount(m_left, Store::kLeftBytes).value_or(identity.left);
    settings.userAgent = m_userAgent->text().trimmed().toLatin1();
    settings.proxyMode = ProxyMode(m_proxyMode->currentData().toInt());
    settings.proxyHost = m_proxyHost->text().trimmed();
    settings.proxyPort = quint16(m_proxyPort->value());
    settings.tlsPolicy = TlsPolicy(m_tlsPolicy->currentData().toInt());
    settings.allowPrivateRedirects = m_allowPrivateRedirects->isChecked();
    return settings;
}

QString SettingsDialog::problem() const
{
    if (const Expected<void> checked = Store::checkPeerIdPrefix(m_peerIdPrefix->text().toUtf8());
        !checked)
        return checked.error().message();
    if (const Expected<void> checked =
            Store::checkUserAgent(m_userAgent->text().trimmed().toUtf8());
        !checked)
        return checked.error().message();
    if (!byteCount(m_uploaded, Store::kTransferBytes) ||
        !byteCount(m_downloaded, Store::kTransferBytes) ||
        (!m_left->text().trimmed().isEmpty() && !byteCount(m_left, Store::kLeftBytes)))
        return tr("Uploaded, downloaded and left must be whole numbers of bytes, from 0 to %1.")
            .arg(Store::kTransferBytes.maximum);
    if (m_backoffCap->value() < m_backoffBase->value())
        return tr("The longest retry wait cannot be shorter than the first wait.");
    const auto proxy = ProxyMode(m_proxyMode->currentData().toInt());
    const bool needsServer = proxy == ProxyMode::Http || proxy == ProxyMode::Socks5;
    if (needsServer && m_proxyHost->text().trimmed().isEmpty())
        return tr("Give the proxy's host name or address.");
    if (needsServer && m_proxyPort->value() == 0)
        return tr("Give the proxy's port.");
    if (m_scrapeInterval->value() > 0 &&
        m_scrapeInterval->value() < Store::kMinimumScrapeIntervalSeconds)
        return tr("Scrape at most every %1 seconds, or only on load and on demand.")
            .arg(Store::kMinimumScrapeIntervalSeconds);
    return QString();
}

void SettingsDialog::updateState()
{
    const auto proxy = ProxyMode(m_proxyMode->currentData().toInt());
    const bool needsServer = proxy == ProxyMode::Http || proxy == ProxyMode::Socks5;
    m_proxyHost->setEnabled(needsServer);
    m_proxyPort->setEnabled(needsServer);
    const QString text = problem();
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void SettingsDialog::acceptSettings()
{
    if (!problem().isEmpty())
        return;
    Q_EMIT settingsAccepted(settings());
    accept();
}
