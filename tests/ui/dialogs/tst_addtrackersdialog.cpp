#include "dialogs/addtrackersdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
QList<QList<TrackerUrl>> tiersOf(const QList<QStringList> &texts)
{
    QList<QList<TrackerUrl>> tiers;
    for (const QStringList &tier : texts) {
        QList<TrackerUrl> urls;
        for (const QString &text : tier)
            urls.append(TrackerUrl::parse(text));
        tiers.append(urls);
    }
    return tiers;
}

QList<QStringList> textsOf(const QList<QList<TrackerUrl>> &tiers)
{
    QList<QStringList> texts;
    for (const QList<TrackerUrl> &tier : tiers) {
        QStringList urls;
        for (const TrackerUrl &url : tier)
            urls.append(url.text());
        texts.append(urls);
    }
    return texts;
}

QPushButton *okButton(const AddTrackersDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QStringList problemLines(const AddTrackersDialog &dialog)
{
    QStringList lines;
    const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("trackerProblems"));
    for (int i = 0; i < list->count(); ++i)
        lines.append(list->item(i)->text());
    return lines;
}
} // namespace

class TestAddTrackersDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveValidation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("summaryStart");
        QTest::addColumn<QStringList>("problemStarts");
        QTest::addColumn<bool>("okEnabled");
        QTest::newRow("empty") << QString() << QStringLiteral("0 trackers in 0 tiers")
                               << QStringList{} << false;
        QTest::newRow("three tiers")
            << QStringLiteral("udp://a.example:1/announce\nhttp://b.example/\n\nwss://c.example\n\n"
                              "https://d.example/announce")
            << QStringLiteral("4 trackers in 3 tiers.") << QStringList{} << true;
        QTest::newRow("bad lines listed with their numbers")
            << QStringLiteral("# mine\nhttp://a.example/\nftp://x.example/\n\nudp://noport.example")
            << QStringLiteral("1 tracker in 1 tier; 2 lines have errors")
            << QStringList{QStringLiteral("Line 3: unsupported protocol"),
                           QStringLiteral("Line 5: a UDP tracker URL needs a port")}
            << true;
        QTest::newRow("only bad lines") << QStringLiteral("not a tracker")
                                        << QStringLiteral("0 trackers in 0 tiers; 1 line has")
                                        << QStringList{QStringLiteral("Line 1:")} << false;
        QTest::newRow("repeat and already listed are skipped")
            << QStringLiteral("http://a.example/\nhttp://a.example/\nhttp://listed.example/")
            << QStringLiteral("1 tracker in 1 tier; 2 lines are skipped")
            << QStringList{QStringLiteral("Line 2 (skipped): repeats line 1"),
                           QStringLiteral("Line 3 (skipped): the torrent already lists")}
            << true;
    }

    void liveValidation()
    {
        QFETCH(QString, text);
        QFETCH(QString, summaryStart);
        QFETCH(QStringList, problemStarts);
        QFETCH(bool, okEnabled);
        AddTrackersDialog dialog;
        dialog.setExistingTrackers(tiersOf({{QStringLiteral("http://listed.example/")}}));
        // Typed, not set: validation follows every change of the text.
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("trackersEdit"));
        edit->insertPlainText(text);
        const auto *summary = dialog.findChild<QLabel *>(QStringLiteral("trackersSummary"));
        QVERIFY2(summary->text().startsWith(summaryStart), qPrintable(summary->text()));
        QCOMPARE(summary->textFormat(), Qt::PlainText);
        const QStringList problems = problemLines(dialog);
        QCOMPARE(problems.size(), problemStarts.size());
        for (qsizetype i = 0; i < problems.size(); ++i)
            QVERIFY2(problems[i].startsWith(problemStarts[i]), qPrintable(problems[i]));
        QCOMPARE(okButton(dialog)->isEnabled(), okEnabled);
    }

    void acceptEmitsUsableTiers()
    {
        AddTrackersDialog dialog;
        dialog.setText(QStringLiteral("http://a.example/\nbogus\n\nudp://b.example:1/"));
        QSignalSpy accepted(&dialog, &AddTrackersDialog::trackersAccepted);
        okButton(dialog)->click();
        QCOMPARE(accepted.size(), 1);
        const auto tiers = accepted.first().first().value<QList<QList<TrackerUrl>>>();
        QCOMPARE(textsOf(tiers), (QList<QStringList>{{QStringLiteral("http://a.example/")},
                                                     {QStringLiteral("udp://b.example:1/")}}));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void editModePrefilled()
    {
        const QList<QStringList> current = {
            {QStringLiteral("udp://a.example:1/announce"), QStringLiteral("http://b.example/")},
            {QStringLiteral("wss://c.example")}};
        AddTrackersDialog dialog;
        dialog.setEditedTrackers(tiersOf(current));
        QCOMPARE(dialog.mode(), AddTrackersDialog::Mode::Edit);
        QCOMPARE(dialog.text(), QStringLiteral("udp://a.example:1/announce\nhttp://b.example/\n\n"
                                               "wss://c.example\n"));
        QCOMPARE(textsOf(dialog.trackerTiers()), current);
        QVERIFY(problemLines(dialog).isEmpty()); // its own URLs are not "already listed"
        dialog.setText(QString());
        QVERIFY(okButton(dialog)->isEnabled()); // removing every tracker is an edit too
        QVERIFY(dialog.trackerTiers().isEmpty());
    }

    void editModeChecksEveryLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QStringList>("problemStarts");
        const QString a = QStringLiteral("udp://a.example:1/announce");
        const QString own = QStringLiteral("dht://own.example"); // the torrent's, unusable
        QTest::newRow("as it was")
            << a + u"\n\n" + own << true << QStringLiteral("2 trackers in 2 tiers; no changes.")
            << QStringList();
        QTest::newRow("changed") << own + u'\n' + a + u"\n\nhttp://b.example/announce" << true
                                 << QStringLiteral(
                                        "3 trackers in 2 tiers; 1 added, 1 moved to another tier.")
                                 << QStringList();
        QTest::newRow("removed") << a << true << QStringLiteral("1 tracker in 1 tier; 1 removed.")
                                 << QStringList();
        QTest::newRow("bad line refused")
            << a + u"\n\nnot a tracker\nftp://c.example/" << false
            << QStringLiteral("1 tracker in 1 tier; 2 lines have errors: correct or delete them.")
            << QStringList{QStringLiteral("Line 3: "), QStringLiteral("Line 4: ")};
        QTest::newRow("repeat only skipped")
            << a + u'\n' + a << true
            << QStringLiteral("1 tracker in 1 tier; 1 line is skipped; 1 removed.")
            << QStringList{QStringLiteral("Line 2 (skipped): repeats line 1")};
    }

    void editModeChecksEveryLine()
    {
        QFETCH(QString, text);
        QFETCH(bool, acceptable);
        QFETCH(QString, summary);
        QFETCH(QStringList, problemStarts);
        AddTrackersDialog dialog;
        dialog.setEditedTrackers(tiersOf({{QStringLiteral("udp://a.example:1/announce")},
                                          {QStringLiteral("dht://own.example")}}));
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.setText(text);
        QCOMPARE(okButton(dialog)->isEnabled(), acceptable);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("trackersSummary"))->text(), summary);
        const QStringList lines = problemLines(dialog);
        QCOMPARE(lines.size(), problemStarts.size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QVERIFY2(lines[i].startsWith(problemStarts[i]), qPrintable(lines[i]));
        QSignalSpy accepted(&dialog, &AddTrackersDialog::trackersAccepted);
        okButton(dialog)->click(); // a disabled button does nothing; accept() is guarded too
        Q_EMIT dialog.findChild<QDialogButtonBox *>()->accepted();
        QCOMPARE(accepted.isEmpty(), !acceptable);
    }

    void activatingAProblemSelectsItsLine()
    {
        AddTrackersDialog dialog;
        dialog.setText(QStringLiteral("http://a.example/\n\nbad line here"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("trackerProblems"));
        QCOMPARE(list->count(), 1);
        Q_EMIT list->itemActivated(list->item(0));
        const auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("trackersEdit"));
        QCOMPARE(edit->textCursor().selectedText(), QStringLiteral("bad line here"));
    }
};

QTEST_MAIN(TestAddTrackersDialog)
#include "tst_addtrackersdialog.moc"
