#include "tracker/peeridclientname.h"

#include <QTest>

class TestPeerIdClientName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QByteArray>("peerId");
        QTest::addColumn<QString>("name");
        QTest::newRow("qBittorrent")
            << QByteArray("-qB4250-abcdefghijkl") << QStringLiteral("qBittorrent 4.2.5");
        QTest::newRow("Transmission")
            << QByteArray("-TR3000-abcdefghijkl") << QStringLiteral("Transmission 3.0");
        QTest::newRow("libtorrent")
            << QByteArray("-LT2080-abcdefghijkl") << QStringLiteral("libtorrent (Rasterbar) 2.0.8");
        QTest::newRow("us") << QByteArray("-TI0010-abcdefghijkl")
                            << QStringLiteral("Tracker Inspector 0.0.1");
        QTest::newRow("unknown azureus code")
            << QByteArray("-ZZ1200-abcdefghijkl") << QStringLiteral("ZZ 1.2");
        QTest::newRow("shadow") << QByteArray("S58B-----abcdefghijk")
                                << QStringLiteral("Shadow's client 5.8.11");
        QTest::newRow("bittornado")
            << QByteArray("T03I--00abcdefghijkl") << QStringLiteral("BitTornado 0.3.18");
        QTest::newRow("random") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x10"
                                              "abcdefghij")
                                << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("short") << QByteArray("-qB") << QString();
    }
    void names()
    {
        QFETCH(QByteArray, peerId);
        QFETCH(QString, name);
        QCOMPARE(PeerIdClientName::fromPeerId(peerId), name);
    }
};

QTEST_GUILESS_MAIN(TestPeerIdClientName)
#include "tst_peeridclientname.moc"
