#include "engine/familyverdicts.h"

#include <QTest>

namespace {
TrackerEndpointState endpointAt(const QString &address, TrackerStatus status)
{
    TrackerEndpointState endpoint;
    endpoint.address = QHostAddress(address);
    endpoint.port = address.isEmpty() ? 0 : 6969;
    endpoint.status = status;
    return endpoint;
}

TrackerState trackerWith(const QString &url, const QList<TrackerEndpointState> &endpoints)
{
    TrackerState tracker;
    tracker.url = TrackerUrl::parse(url);
    tracker.endpoints = endpoints;
    return tracker;
}
} // namespace

class TestFamilyVerdicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdictsPerFamily_data()
    {
        using Verdict = FamilyVerdicts::Verdict;
        QTest::addColumn<QString>("url");
        QTest::addColumn<QList<TrackerEndpointState>>("endpoints");
        QTest::addColumn<Verdict>("ipv4");
        QTest::addColumn<Verdict>("ipv6");
        const QString name = QStringLiteral("udp://tracker.example:6969/announce");
        QTest::newRow("a name with both families, IPv6 failing")
            << name
            << QList<TrackerEndpointState>{endpointAt(QStringLiteral("192.0.2.1"),
                                                      TrackerStatus::Working),
                                           endpointAt(QStringLiteral("2001:db8::1"),
                                                      TrackerStatus::Timeout)}
            << Verdict::Works << Verdict::Fails;
        QTest::newRow("a warning still works")
            << name
            << QList<TrackerEndpointState>{endpointAt(QStringLiteral("2001:db8::1"),
                                                      TrackerStatus::Warning)}
            << Verdict::Unknown << Verdict::Works;
        QTest::newRow("one of two IPv4 addresses works")
            << name
            << QList<TrackerEndpointState>{endpointAt(QStringLiteral("192.0.2.1"),
                                                      TrackerStatus::Unreachable),
                                           endpointAt(QStringLiteral("192.0.2.2"),
                                                      TrackerStatus::Working)}
            << Verdict::Works << Verdict::Unknown;
        QTest::newRow("an IPv4-mapped address is IPv4")
            << name
            << QList<TrackerEndpointState>{endpointAt(QStringLiteral("::ffff:192.0.2.1"),
                                                      TrackerStatus::Working)}
            << Verdict::Works << Verdict::Unknown;
        QTest::newRow("still under way says nothing")
            << name
            << QList<TrackerEndpointState>{endpointAt(QStringLiteral("192.0.2.1"),
                                                      TrackerStatus::Updating)}
            << Verdict::Unknown << Verdict::Unknown;
        QTest::newRow("HTTP by name: the address is not known")
            << QStringLiteral("http://tracker.example/announce")
            << QList<TrackerEndpointState>{endpointAt(QString(), TrackerStatus::Working)}
            << Verdict::Unknown << Verdict::Unknown;
        QTest::newRow("HTTP to an IPv6 address")
            << QStringLiteral("http://[::1]:6969/announce")
            << QList<TrackerEndpointState>{endpointAt(QString(), TrackerStatus::Unreachable)}
            << Verdict::Unknown << Verdict::Fails;
    }
    void verdictsPerFamily()
    {
        QFETCH(QString, url);
        QFETCH(QList<TrackerEndpointState>, endpoints);
        QFETCH(FamilyVerdicts::Verdict, ipv4);
        QFETCH(FamilyVerdicts::Verdict, ipv6);
        const FamilyVerdicts verdicts = FamilyVerdicts::of(trackerWith(url, endpoints));
        QCOMPARE(verdicts.ipv4, ipv4);
        QCOMPARE(verdicts.ipv6, ipv6);
    }

    void scrapeAloneCountsForAnAddress()
    {
        TrackerState tracker = trackerWith(QStringLiteral("http://127.0.0.1:6969/announce"), {});
        tracker.scrape.status = TrackerStatus::Working;
        QVERIFY(FamilyVerdicts::of(tracker).worksOver(FamilyVerdicts::Family::IPv4));
    }

    void namesAndText()
    {
        QCOMPARE(FamilyVerdicts::verdictName(FamilyVerdicts::Verdict::Works),
                 QStringLiteral("works"));
        QCOMPARE(FamilyVerdicts::verdictName(FamilyVerdicts::Verdict::Fails),
                 QStringLiteral("fails"));
        QVERIFY(FamilyVerdicts::verdictName(FamilyVerdicts::Verdict::Unknown).isEmpty());
        FamilyVerdicts verdicts;
        QCOMPARE(verdicts.workingFamiliesText(), QStringLiteral("–"));
        verdicts.ipv6 = FamilyVerdicts::Verdict::Works;
        QCOMPARE(verdicts.workingFamiliesText(), QStringLiteral("IPv6"));
        verdicts.ipv4 = FamilyVerdicts::Verdict::Works;
        QCOMPARE(verdicts.workingFamiliesText(), QStringLiteral("IPv4+6"));
    }
};

QTEST_GUILESS_MAIN(TestFamilyVerdicts)
#include "tst_familyverdicts.moc"
