#include "dialogs/exportreportdialog.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QRadioButton>
#include <QTest>

class TestExportReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asksAboutPasskeysOnlyWhenThereAreSome();
    void offersEveryOpenTorrent();
};

void TestExportReportDialog::asksAboutPasskeysOnlyWhenThereAreSome()
{
    ExportReportDialog plain(QStringLiteral("Demo"), 1, false);
    auto *mask = plain.findChild<QCheckBox *>(QStringLiteral("maskSecretsBox"));
    QVERIFY(mask);
    QVERIFY(mask->isHidden());
    QCOMPARE(plain.choice().maskSecrets, false);
    QCOMPARE(plain.choice().includeExchangeLog, true);

    ExportReportDialog secret(QStringLiteral("Private"), 1, true);
    auto *secretMask = secret.findChild<QCheckBox *>(QStringLiteral("maskSecretsBox"));
    QVERIFY(!secretMask->isHidden());
    QCOMPARE(secret.choice().maskSecrets, true); // hidden unless the user says otherwise
    secretMask->setChecked(false);
    QCOMPARE(secret.choice().maskSecrets, false);
}

// With one torrent open there is nothing to choose; with several, the dialog says which is
// exported, and all of them can be.
void TestExportReportDialog::offersEveryOpenTorrent()
{
    ExportReportDialog one(QStringLiteral("Demo"), 1, false);
    QVERIFY(one.findChild<QGroupBox *>()->isHidden());
    QCOMPARE(one.choice().allTorrents, false);

    ExportReportDialog three(QStringLiteral("<b>Demo</b>"), 3, false);
    QVERIFY(!three.findChild<QGroupBox *>()->isHidden());
    auto *selected = three.findChild<QRadioButton *>(QStringLiteral("selectedTorrentButton"));
    auto *all = three.findChild<QRadioButton *>(QStringLiteral("allTorrentsButton"));
    QVERIFY(selected->isChecked());
    QVERIFY(selected->text().contains(QStringLiteral("<b>Demo</b>")));
    QVERIFY(all->text().contains(u'3'));
    all->setChecked(true);
    QCOMPARE(three.choice().allTorrents, true);
}

QTEST_MAIN(TestExportReportDialog)
#include "tst_exportreportdialog.moc"
