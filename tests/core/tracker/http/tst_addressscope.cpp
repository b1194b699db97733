#include "tracker/http/addressscope.h"

#include <QTest>

using Kind = AddressScope::Kind;

class TestAddressScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
};

void TestAddressScope::classifies_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("public v4") << QStringLiteral("93.184.216.34") << Kind::Public;
    QTest::newRow("public v6") << QStringLiteral("2001:db8::1") << Kind::Public;
    QTest::newRow("just below 10/8") << QStringLiteral("9.255.255.255") << Kind::Public;
    QTest::newRow("10/8") << QStringLiteral("10.0.0.1") << Kind::Private;
    QTest::newRow("172.16/12 first") << QStringLiteral("172.16.0.1") << Kind::Private;
    QTest::newRow("172.16/12 last") << QStringLiteral("172.31.255.254") << Kind::Private;
    QTest::newRow("172.32 is public") << QStringLiteral("172.32.0.1") << Kind::Public;
    QTest::newRow("192.168/16") << QStringLiteral("192.168.1.1") << Kind::Private;
    QTest::newRow("unique local v6") << QStringLiteral("fd12:3456::1") << Kind::Private;
    QTest::newRow("loopback v4") << QStringLiteral("127.0.0.1") << Kind::Loopback;
    QTest::newRow("loopback v4 elsewhere") << QStringLiteral("127.1.2.3") << Kind::Loopback;
    QTest::newRow("loopback v6") << QStringLiteral("::1") << Kind::Loopback;
    QTest::newRow("link-local v4") << QStringLiteral("169.254.169.254") << Kind::LinkLocal;
    QTest::newRow("link-local v6") << QStringLiteral("fe80::1") << Kind::LinkLocal;
    QTest::newRow("carrier-grade NAT") << QStringLiteral("100.64.0.1") << Kind::SharedAddressSpace;
    QTest::newRow("carrier-grade NAT last")
        << QStringLiteral("100.127.255.254") << Kind::SharedAddressSpace;
    QTest::newRow("100.128 is public") << QStringLiteral("100.128.0.1") << Kind::Public;
    QTest::newRow("unspecified v4") << QStringLiteral("0.0.0.0") << Kind::Unspecified;
    QTest::newRow("this network") << QStringLiteral("0.1.2.3") << Kind::Unspecified;
    QTest::newRow("unspecified v6") << QStringLiteral("::") << Kind::Unspecified;
    QTest::newRow("multicast v4") << QStringLiteral("239.255.255.250") << Kind::Multicast;
    QTest::newRow("multicast v6") << QStringLiteral("ff02::1") << Kind::Multicast;
    QTest::newRow("broadcast") << QStringLiteral("255.255.255.255") << Kind::Reserved;
    QTest::newRow("mapped loopback") << QStringLiteral("::ffff:127.0.0.1") << Kind::Loopback;
    QTest::newRow("mapped private") << QStringLiteral("::ffff:10.1.2.3") << Kind::Private;
    QTest::newRow("mapped public") << QStringLiteral("::ffff:93.184.216.34") << Kind::Public;
    // IPv6 forms that carry an IPv4 address are judged by it.
    QTest::newRow("NAT64 loopback") << QStringLiteral("64:ff9b::7f00:1") << Kind::Loopback;
    QTest::newRow("NAT64 public") << QStringLiteral("64:ff9b::5db8:d822") << Kind::Public;
    QTest::newRow("6to4 private") << QStringLiteral("2002:a00:1::1") << Kind::Private;
    QTest::newRow("6to4 public") << QStringLiteral("2002:5db8:d822::1") << Kind::Public;
    QTest::newRow("IPv4-compatible private") << QStringLiteral("::10.0.0.1") << Kind::Private;
}

void TestAddressScope::classifies()
{
    QFETCH(QString, address);
    QFETCH(Kind, kind);
    const QHostAddress parsed(address);
    QVERIFY(!parsed.isNull());
    QCOMPARE(AddressScope::of(parsed), kind);
    QCOMPARE(AddressScope::isPublic(parsed), kind == Kind::Public);
    QVERIFY(!AddressScope::describe(kind).isEmpty());
}

QTEST_GUILESS_MAIN(TestAddressScope)
#include "tst_addressscope.moc"
