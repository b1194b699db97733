// TrackerListDialog: a pasted or opened list of trackers, its problem lines, and its info hash.
#include "dialogs/trackerlistdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kFirst = QStringLiteral("udp://127.0.0.1:7001/announce");
const QString kSecond = QStringLiteral("http://127.0.0.1:7002/announce");
const QString kV1Hash = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

QPushButton *okButton(TrackerListDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}
} // namespace

class TestTrackerListDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithARandomInfoHash();
    void checksTheInfoHash_data();
    void checksTheInfoHash();
    void listsTheLinesLeftOut();
    void loadsAFileAndNamesTheListAfterIt();
    void refusesAMissingFile();
    void acceptsTheListAsADocument();
};

void TestTrackerListDialog::startsWithARandomInfoHash()
{
    TrackerListDialog first;
    TrackerListDialog second;
    QCOMPARE(first.infoHashText().size(), 40);
    QVERIFY(first.infoHashProblem().isEmpty());
    QVERIFY(first.infoHashText() != second.infoHashText());
    QCOMPARE(first.findChild<QLineEdit *>(QStringLiteral("infoHashEdit"))->text(),
             first.infoHashText());
    const QString before = first.infoHashText();
    first.findChild<QPushButton *>(QStringLiteral("randomInfoHashButton"))->click();
    QVERIFY(first.infoHashText() != before);
    // Nothing to check yet.
    QVERIFY(!okButton(first)->isEnabled());
}

void TestTrackerListDialog::checksTheInfoHash_data()
{
    QTest::addColumn<QString>("hash");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("v1") << kV1Hash << true;
    QTest::newRow("v1 upper case") << kV1Hash.toUpper() << true;
    QTest::newRow("v2") << kV1Hash + QStringLiteral("0123456789abcdef01234567") << true;
    QTest::newRow("too short") << kV1Hash.left(39) << false;
    QTest::newRow("not hex") << kV1Hash.left(39) + u'g' << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTrackerListDialog::checksTheInfoHash()
{
    QFETCH(QString, hash);
    QFETCH(bool, accepted);
    TrackerListDialog dialog;
    dialog.setText(kFirst);
    dialog.findChild<QLineEdit *>(QStringLiteral("infoHashEdit"))->setText(hash);
    QCOMPARE(dialog.infoHashProblem().isEmpty(), accepted);
    QCOMPARE(okButton(dialog)->isEnabled(), accepted);
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("infoHashProblem"));
    QCOMPARE(message->isVisibleTo(&dialog), !accepted);
    if (accepted)
        QCOMPARE(dialog.document().infoHashV1.isEmpty(), hash.size() != 40);
}

void TestTrackerListDialog::listsTheLinesLeftOut()
{
    TrackerListDialog dialog;
    dialog.setText(
        QStringLiteral("# public trackers\n%1\n\nnot a url\n%2\n%1\n").arg(kFirst, kSecond));
    QCOMPARE(dialog.parseResult().usableTrackerCount(), 2);
    auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("trackerListProblems"));
    QCOMPARE(problems->count(), 2);
    QVERIFY(problems->item(0)->text().startsWith(QStringLiteral("Line 4:")));
    QVERIFY(problems->item(1)->text().startsWith(QStringLiteral("Line 6 (skipped):")));
    QCOMPARE(dialog.summaryText(), QStringLiteral("2 trackers to check; 1 line cannot be used and "
                                                  "is left out; 1 line repeats an earlier one."));
    QVERIFY(okButton(dialog)->isEnabled());
    const Metainfo document = dialog.document();
    QVERIFY(document.isTrackerList);
    QCOMPARE(document.name, QStringLiteral("Tracker list (2 trackers)"));
    QCOMPARE(document.trackerCount(), 2);
}

void TestTrackerListDialog::loadsAFileAndNamesTheListAfterIt()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("best.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((kFirst + u'\n' + kSecond + u'\n').toUtf8());
    file.close();
    TrackerListDialog dialog;
    QVERIFY(dialog.loadFile(path));
    QCOMPARE(dialog.text(), kFirst + u'\n' + kSecond + u'\n');
    QCOMPARE(dialog.fileName(), QStringLiteral("best.txt"));
    dialog.setInfoHashText(kV1Hash);
    const Metainfo document = dialog.document();
    QCOMPARE(document.name, QStringLiteral("best.txt"));
    QCOMPARE(document.infoHashV1.toHex(), kV1Hash.toLatin1());
    QCOMPARE(document.trackerTiers.value(1).value(0).text(), kSecond);
}

void TestTrackerListDialog::refusesAMissingFile()
{
    TrackerListDialog dialog;
    QVERIFY(!dialog.loadFile(QStringLiteral("/nonexistent/list.txt")));
    QVERIFY(dialog.fileName().isEmpty());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("trackerListSummary"))
                ->text()
                .startsWith(QStringLiteral("Could not open")));
}

void TestTrackerListDialog::acceptsTheListAsADocument()
{
    TrackerListDialog dialog;
    QSignalSpy accepted(&dialog, &TrackerListDialog::listAccepted);
    dialog.setText(kFirst);
    dialog.setInfoHashText(kV1Hash);
    okButton(dialog)->click();
    QCOMPARE(accepted.size(), 1);
    const auto document = accepted.first().first().value<Metainfo>();
    QVERIFY(document.isTrackerList);
    QCOMPARE(document.infoHashV1.toHex(), kV1Hash.toLatin1());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestTrackerListDialog)
#include "tst_trackerlistdialog.moc"
