#include "report/trackeraliases.h"

#include <QTest>

namespace {
TrackerState tracker(const QString &url, TrackerStatus status = TrackerStatus::Working,
                     const QString &address = QString())
{
    TrackerState state;
    state.url = TrackerUrl::parse(url);
    state.status = status;
    if (!address.isEmpty()) {
        TrackerEndpointState endpoint;
        endpoint.address = QHostAddress(address);
        endpoint.port = 6969;
        endpoint.status = status;
        state.endpoints.append(endpoint);
    }
    return state;
}
} // namespace

class TestTrackerAliases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlKeys_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("same");
        QTest::newRow("http and https") << QStringLiteral("http://t.example/announce")
                                        << QStringLiteral("https://t.example/announce") << true;
        QTest::newRow("announce or not") << QStringLiteral("udp://t.example:6969/announce")
                                         << QStringLiteral("udp://t.example:6969") << true;
        QTest::newRow("trailing slash") << QStringLiteral("http://t.example:8080/announce/")
                                        << QStringLiteral("http://T.example:8080/announce") << true;
        QTest::newRow("explicit default port") << QStringLiteral("http://t.example:80/announce")
                                               << QStringLiteral("http://t.example/") << true;
        QTest::newRow("other port") << QStringLiteral("http://t.example:8080/announce")
                                    << QStringLiteral("http://t.example/announce") << false;
        QTest::newRow("udp is not http") << QStringLiteral("udp://t.example:80/announce")
                                         << QStringLiteral("http://t.example/announce") << false;
        QTest::newRow("another passkey") << QStringLiteral("http://t.example/a1/announce")
                                         << QStringLiteral("http://t.example/b2/announce") << false;
        QTest::newRow("another query") << QStringLiteral("http://t.example/announce?pk=1")
                                       << QStringLiteral("http://t.example/announce?pk=2") << false;
    }
    void urlKeys()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, same);
        QCOMPARE(TrackerAliases::urlKey(TrackerUrl::parse(first)) ==
                     TrackerAliases::urlKey(TrackerUrl::parse(second)),
                 same);
    }

    void groupsByUrlAndUdpAddress()
    {
        const QList<TrackerState> trackers = {
            tracker(QStringLiteral("udp://localhost:6969"), TrackerStatus::Timeout,
                    QStringLiteral("127.0.0.1")),
            tracker(QStringLiteral("http://t.example/announce")),
            tracker(QStringLiteral("udp://127.0.0.1:6969/announce"), TrackerStatus::Working,
                    QStringLiteral("127.0.0.1")),
            tracker(QStringLiteral("https://t.example/announce/")),
            tracker(QStringLiteral("wss://cdn-a.example"), TrackerStatus::Working,
                    QStringLiteral("192.0.2.9")),
            tracker(QStringLiteral("wss://cdn-b.example"), TrackerStatus::Working,
                    QStringLiteral("192.0.2.9")),
        };
        const TrackerAliases aliases(trackers);
        // The working member is the primary; a WebSocket address shared does not join.
        QCOMPARE(aliases.groups(), (QList<QList<int>>{{2, 0}, {1, 3}, {4}, {5}}));
        QVERIFY(aliases.isPrimary(2));
        QVERIFY(!aliases.isPrimary(0));
        QCOMPARE(aliases.aliasesOf(2), QStringList{QStringLiteral("udp://localhost:6969")});
        QCOMPARE(aliases.aliasesOf(3), QStringList{QStringLiteral("http://t.example/announce")});
        QVERIFY(aliases.aliasesOf(4).isEmpty());
    }

    void unsupportedUrlsStayAlone()
    {
        const TrackerAliases aliases(
            {tracker(QStringLiteral("gopher://x/")), tracker(QStringLiteral("gopher://x/"))});
        QCOMPARE(aliases.groups().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTrackerAliases)
#include "tst_trackeraliases.moc"
