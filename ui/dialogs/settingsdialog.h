#pragma once

#include "engine/enginesettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// The engine's settings for people: timeouts, retries, concurrency, how trackers are contacted,
// who we say we are, proxy and TLS. OK is enabled only while every field is valid; the first
// problem is said in a sentence. Settings the dialog does not show are kept as they were.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setSettings(const EngineSettings &settings);
    // What the fields say, on top of the settings last set (valid when problem() is empty).
    EngineSettings settings() const;
    // The first thing to fix, as a sentence; empty when all is valid.
    QString problem() const;
    void restoreDefaults();

Q_SIGNALS:
    // OK was pressed with valid fields.
    void settingsAccepted(const EngineSettings &settings);

private:
    QWidget *createContactPage();
    void addTimingRows(QFormLayout *form);
    QWidget *createIdentityPage();
    QWidget *createNetworkPage();
    QSpinBox *createSpinBox(const QString &name, qint64 minimum, qint64 maximum,
                            const QString &suffix);
    QLineEdit *createByteCountEdit(const QString &name);
    void showSettings(const EngineSettings &settings);
    void updateState();
    void acceptSettings();

    EngineSettings m_base;
    // Contacting
    QComboBox *m_contactMode;
    QComboBox *m_announceMode;
    QSpinBox *m_requestTimeout;
    QSpinBox *m_concurrency;
    QSpinBox *m_defaultInterval;
    QSpinBox *m_safetyFloor;
    QSpinBox *m_backoffBase;
    QSpinBox *m_backoffPercent;
    QSpinBox *m_backoffCap;
    QSpinBox *m_scrapeInterval;
    QCheckBox *m_scrapeOnLoad;
    QCheckBox *m_allowExtraOnPrivate;
    // Identity
    QLineEdit *m_peerIdPrefix;
    QSpinBox *m_port;
    QSpinBox *m_numwant;
    QLineEdit *m_uploaded;
    QLineEdit *m_downloaded;
    QLineEdit *m_left;
    QLineEdit *m_userAgent;
    // Network
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QComboBox *m_tlsPolicy;
    QCheckBox *m_allowPrivateRedirects;

    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};
