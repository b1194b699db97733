#include "desktop/guiarguments.h"

#include <QTest>

class TestGuiArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
};

void TestGuiArguments::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<QString>("screenshot");
    QTest::addColumn<bool>("newInstance");
    QTest::addColumn<bool>("valid");
    const QString magnet =
        QStringLiteral("magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567");
    QTest::newRow("nothing") << QStringList() << QStringList() << QString() << false << true;
    QTest::newRow("files and magnets")
        << QStringList{QStringLiteral("a.torrent"), magnet}
        << QStringList{QStringLiteral("a.torrent"), magnet} << QString() << false << true;
    QTest::newRow("screenshot first")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("/tmp/s.png"),
                       QStringLiteral("a.torrent")}
        << QStringList{QStringLiteral("a.torrent")} << QStringLiteral("/tmp/s.png") << false
        << true;
    QTest::newRow("screenshot last with =")
        << QStringList{QStringLiteral("a.torrent"), QStringLiteral("--screenshot=/tmp/s.png")}
        << QStringList{QStringLiteral("a.torrent")} << QStringLiteral("/tmp/s.png") << false
        << true;
    QTest::newRow("screenshot without a path") << QStringList{QStringLiteral("--screenshot")}
                                               << QStringList() << QString() << false << false;
    QTest::newRow("empty screenshot path") << QStringList{QStringLiteral("--screenshot=")}
                                           << QStringList() << QString() << false << false;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringList()
                                    << QString() << false << false;
    QTest::newRow("new instance") << QStringList{QStringLiteral("--new-instance"),
                                                 QStringLiteral("a.torrent")}
                                  << QStringList{QStringLiteral("a.torrent")} << QString() << true
                                  << true;
    QTest::newRow("new instance after --")
        << QStringList{QStringLiteral("--"), QStringLiteral("--new-instance")}
        << QStringList{QStringLiteral("--new-instance")} << QString() << false << true;
    QTest::newRow("after --") << QStringList{QStringLiteral("--"), QStringLiteral("--odd.torrent")}
                              << QStringList{QStringLiteral("--odd.torrent")} << QString() << false
                              << true;
}

void TestGuiArguments::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, sources);
    QFETCH(QString, screenshot);
    QFETCH(bool, newInstance);
    QFETCH(bool, valid);
    const GuiArguments parsed = GuiArguments::parse(arguments);
    QCOMPARE(parsed.isValid(), valid);
    if (!valid) {
        QVERIFY(!parsed.errorMessage.isEmpty());
        return;
    }
    QCOMPARE(parsed.sources, sources);
    QCOMPARE(parsed.screenshotPath, screenshot);
    QCOMPARE(parsed.newInstance, newInstance);
}

QTEST_MAIN(TestGuiArguments)
#include "tst_guiarguments.moc"
