#include "dialogs/magnetdialog.h"
#include "uitestdata.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

class TestMagnetDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enablesOpenOnlyForMagnets_data();
    void enablesOpenOnlyForMagnets();
    void startsWithClipboardMagnets();
    void namesTheBadLineBeforeOpen();
    void saysWhenATorrentIsGivenTwice();
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
    QTest::newRow("no info hash") << QStringLiteral("magnet:?dn=x") << false << 1;
    QTest::newRow("bad hash") << QStringLiteral("magnet:?xt=urn:btih:zz") << false << 1;
    QTest::newRow("same torrent twice") << magnet + QStringLiteral("\n") + magnet << true << 2;
}

// The reason a link cannot be opened shows while typing, naming the line, before Open.
void TestMagnetDialog::namesTheBadLineBeforeOpen()
{
    QGuiApplication::clipboard()->clear();
    MagnetDialog dialog;
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(problem);
    dialog.setText(UiTestData::magnetLink() + QStringLiteral("\nmagnet:?dn=only+a+name"));
    QVERIFY2(problem->text().startsWith(QStringLiteral("Line 2: ")), qPrintable(problem->text()));
    QVERIFY(problem->text().size() > QStringLiteral("Line 2: ").size());
    QVERIFY(!problem->isHidden());
    dialog.setText(UiTestData::magnetLink());
    QVERIFY(problem->isHidden());
}

// A torrent given twice is not merged without a word.
void TestMagnetDialog::saysWhenATorrentIsGivenTwice()
{
    QGuiApplication::clipboard()->clear();
    MagnetDialog dialog;
    dialog.setText(UiTestData::magnetLink() + QStringLiteral("\n\n") + UiTestData::magnetLink());
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(problem);
    QCOMPARE(problem->text(), QStringLiteral("Lines 1 and 3 are the same torrent; it opens once."));
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
