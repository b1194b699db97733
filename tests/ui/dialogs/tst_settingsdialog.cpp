#include "dialogs/settingsdialog.h"
#include "engine/enginesettingsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

namespace {
QPushButton *button(const SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox *>()->button(which);
}

template<typename Widget>
Widget *child(const SettingsDialog &dialog, const char *name)
{
    auto *widget = dialog.findChild<Widget *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void selectData(QComboBox *combo, int value)
{
    combo->setCurrentIndex(combo->findData(value));
}
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndReturnsSettings()
    {
        EngineSettings settings;
        settings.requestTimeoutMs = 7'500;
        settings.behaveLikeClient = true;
        settings.contactMode = EngineSettings::ContactMode::Passive;
        settings.identity.peerIdPrefix = "-XX0001-";
        settings.identity.numwant = -1;
        settings.identity.left = -1;
        settings.proxyMode = EngineSettings::ProxyMode::Socks5;
        settings.proxyHost = QStringLiteral("127.0.0.1");
        settings.proxyPort = 9050;
        settings.tlsPolicy = EngineSettings::TlsPolicy::ReportAndContinue;
        settings.exchangeLogCapacity = 99; // not shown: kept as it was
        SettingsDialog dialog;
        dialog.setSettings(settings);
        QCOMPARE(child<QSpinBox>(dialog, "requestTimeout")->value(), 7'500);
        QCOMPARE(child<QSpinBox>(dialog, "numwant")->text(), QStringLiteral("Tracker's default"));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(!child<QCheckBox>(dialog, "allowPrivateRedirects")->isChecked());

        child<QSpinBox>(dialog, "port")->setValue(51413);
        child<QCheckBox>(dialog, "allowPrivateRedirects")->setChecked(true);
        child<QLineEdit>(dialog, "uploaded")->setText(QStringLiteral("1 000"));
        child<QLineEdit>(dialog, "userAgent")->setText(QStringLiteral("Transmission/4.0.5"));
        QSignalSpy accepted(&dialog, &SettingsDialog::settingsAccepted);
        button(dialog, QDialogButtonBox::Ok)->click();
        QCOMPARE(accepted.size(), 1);
        const auto result = accepted.first().first().value<EngineSettings>();
        QCOMPARE(result.requestTimeoutMs, 7'500);
        QVERIFY(result.behaveLikeClient);
        QCOMPARE(result.contactMode, EngineSettings::ContactMode::Passive);
        QCOMPARE(result.identity.peerIdPrefix, QByteArray("-XX0001-"));
        QCOMPARE(result.identity.port, quint16(51413));
        QCOMPARE(result.identity.numwant, -1);
        QCOMPARE(result.identity.uploaded, 1000);
        QCOMPARE(result.identity.left, -1);
        QCOMPARE(result.userAgent, QByteArray("Transmission/4.0.5"));
        QCOMPARE(result.proxyMode, EngineSettings::ProxyMode::Socks5);
        QCOMPARE(result.proxyHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(result.proxyPort, quint16(9050));
        QCOMPARE(result.tlsPolicy, EngineSettings::TlsPolicy::ReportAndContinue);
        QCOMPARE(result.exchangeLogCapacity, 99);
        QVERIFY(result.allowPrivateRedirects);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("problemPart");
        QTest::newRow("prefix not ASCII")
            << QStringLiteral("peerIdPrefix") << QVariant(QStringLiteral("-Ü1-"))
            << QStringLiteral("printable ASCII");
        QTest::newRow("user agent not ASCII")
            << QStringLiteral("userAgent") << QVariant(QStringLiteral("agent ✓"))
            << QStringLiteral("user agent");
        QTest::newRow("uploaded not a number")
            << QStringLiteral("uploaded") << QVariant(QStringLiteral("lots"))
            << QStringLiteral("whole numbers of bytes");
        QTest::newRow("left negative") << QStringLiteral("left") << QVariant(QStringLiteral("-5"))
                                       << QStringLiteral("whole numbers of bytes");
        QTest::newRow("backoff cap below base")
            << QStringLiteral("backoffCap") << QVariant(1) << QStringLiteral("longest retry wait");
        QTest::newRow("scrape interval too short")
            << QStringLiteral("scrapeInterval") << QVariant(10) << QStringLiteral("at most every");
        QTest::newRow("http proxy without host")
            << QStringLiteral("proxyMode") << QVariant(int(EngineSettings::ProxyMode::Http))
            << QStringLiteral("proxy's host");
    }

    void validation()
    {
        QFETCH(QString, widget);
        QFETCH(QVariant, value);
        QFETCH(QString, problemPart);
        SettingsDialog dialog;
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QObject *target = dialog.findChild<QWidget *>(widget);
        QVERIFY(target);
        if (auto *edit = qobject_cast<QLineEdit *>(target))
            edit->setText(value.toString());
        else if (auto *spinBox = qobject_cast<QSpinBox *>(target))
            spinBox->setValue(value.toInt());
        else if (auto *combo = qobject_cast<QComboBox *>(target))
            selectData(combo, value.toInt());
        QVERIFY2(dialog.problem().contains(problemPart, Qt::CaseInsensitive),
                 qPrintable(dialog.problem()));
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        const auto *label = child<QLabel>(dialog, "settingsProblem");
        QCOMPARE(label->text(), dialog.problem());
        QSignalSpy accepted(&dialog, &SettingsDialog::settingsAccepted);
        dialog.findChild<QDialogButtonBox *>()->accepted();
        QCOMPARE(accepted.size(), 0);
    }

    void proxyFieldsFollowTheMode()
    {
        SettingsDialog dialog;
        auto *mode = child<QComboBox>(dialog, "proxyMode");
        selectData(mode, int(EngineSettings::ProxyMode::System));
        QVERIFY(!child<QLineEdit>(dialog, "proxyHost")->isEnabled());
        selectData(mode, int(EngineSettings::ProxyMode::Http));
        QVERIFY(child<QLineEdit>(dialog, "proxyHost")->isEnabled());
        child<QLineEdit>(dialog, "proxyHost")->setText(QStringLiteral("proxy.example"));
        QVERIFY(dialog.problem().contains(QStringLiteral("port")));
        child<QSpinBox>(dialog, "proxyPort")->setValue(3128);
        QVERIFY(dialog.problem().isEmpty());
    }

    void restoreDefaults()
    {
        EngineSettings changed;
        changed.requestTimeoutMs = 2'000;
        changed.identity.port = 1234;
        changed.tlsPolicy = EngineSettings::TlsPolicy::ReportAndContinue;
        changed.allowPrivateRedirects = true;
        SettingsDialog dialog;
        dialog.setSettings(changed);
        button(dialog, QDialogButtonBox::RestoreDefaults)->click();
        const EngineSettings restored = dialog.settings();
        const EngineSettings defaults;
        QCOMPARE(restored.requestTimeoutMs, defaults.requestTimeoutMs);
        QCOMPARE(restored.identity.port, defaults.identity.port);
        QCOMPARE(restored.tlsPolicy, defaults.tlsPolicy);
        QVERIFY(!restored.allowPrivateRedirects);
        QCOMPARE(restored.identity.peerIdPrefix, defaults.identity.peerIdPrefix);
    }

    void cancelEmitsNothing()
    {
        SettingsDialog dialog;
        QSignalSpy accepted(&dialog, &SettingsDialog::settingsAccepted);
        button(dialog, QDialogButtonBox::Cancel)->click();
        QCOMPARE(accepted.size(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
