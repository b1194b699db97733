#include "dialogs/magnetdialog.h"
#include "uitestdata.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QTest>

class TestMagnetDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enablesOpenOnlyForMagnets_data();
    void enablesOpenOnlyForMagnets();
    void startsWithClipboardMagnets();
};

void TestMagnetDialog::enablesOpenOnlyForMagnets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("linkCount");
    const QString magnet = UiTestData::magnetLink();
    QTest::newRow("empty") << QString() << false << 0;
    QTest::newRow("one") << magnet << true << 1;
    QTest::newRow("two and blank lines") << magnet + QStringLiteral("\n\n  ") + magnet << true << 2;
    QTest::newRow("not a magnet") << QStringLiteral("http://example.invalid/") << false << 1;
    QTest::newRow("one good one bad") << magnet + QStringLiteral("\nhello") << false << 2;
}

void TestMagnetDialog::enablesOpenOnlyForMagnets()
{
    QFETCH(QString, text);
    QFETCH(bool, enabled);
    QFETCH(int, linkCount);
    QGuiApplication::clipboard()->clear();
    MagnetDialog dialog;
    dialog.setText(text);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Open)->isEnabled(), enabled);
    QCOMPARE(dialog.magnetLinks().size(), linkCount);
}

void TestMagnetDialog::startsWithClipboardMagnets()
{
    QGuiApplication::clipboard()->setText(QStringLiteral("copied: ") + UiTestData::magnetLink());
    MagnetDialog dialog;
    QCOMPARE(dialog.magnetLinks(), QStringList{UiTestData::magnetLink()});
    QGuiApplication::clipboard()->setText(QStringLiteral("no magnet here"));
    MagnetDialog empty;
    QCOMPARE(empty.text(), QString());
}

QTEST_MAIN(TestMagnetDialog)
#include "tst_magnetdialog.moc"
