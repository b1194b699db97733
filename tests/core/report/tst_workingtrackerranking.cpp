#include "report/workingtrackerranking.h"

#include <QTest>

namespace {
TrackerState tracker(const QString &url, qint64 latencyMs, int peers, const QString &address,
                     TrackerStatus status = TrackerStatus::Working)
{
    TrackerState state;
    state.url = TrackerUrl::parse(url);
    state.status = status;
    TrackerEndpointState endpoint;
    endpoint.address = QHostAddress(address);
    endpoint.port = 6969;
    endpoint.status = status;
    endpoint.latencyMs = latencyMs;
    endpoint.peerCount = peers;
    state.endpoints.append(endpoint);
    return state;
}

TorrentSnapshot torrentWith(const QList<TrackerState> &trackers)
{
    TorrentSnapshot torrent;
    torrent.trackers = trackers;
    return torrent;
}

QStringList urlsOf(const QList<WorkingTrackerRanking::Entry> &entries)
{
    QStringList urls;
    for (const WorkingTrackerRanking::Entry &entry : entries)
        urls.append(entry.url.text());
    return urls;
}
} // namespace

class TestWorkingTrackerRanking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latencyThenPeers()
    {
        const TorrentSnapshot torrent = torrentWith({
            tracker(QStringLiteral("udp://slow.example:1"), 90, 50, QStringLiteral("192.0.2.1")),
            tracker(QStringLiteral("udp://dead.example:1"), 5, 0, QStringLiteral("192.0.2.2"),
                    TrackerStatus::Timeout),
            tracker(QStringLiteral("udp://fast.example:1"), 10, 1, QStringLiteral("192.0.2.3")),
            tracker(QStringLiteral("udp://busy.example:1"), 10, 9, QStringLiteral("2001:db8::1")),
            tracker(QStringLiteral("udp://unknown.example:1"), -1, 99, QStringLiteral("192.0.2.4")),
        });
        const auto ranked =
            WorkingTrackerRanking::rank({torrent}, WorkingTrackerRanking::FamilyChoice::Both);
        QCOMPARE(urlsOf(ranked), (QStringList{QStringLiteral("udp://busy.example:1"),
                                              QStringLiteral("udp://fast.example:1"),
                                              QStringLiteral("udp://slow.example:1"),
                                              QStringLiteral("udp://unknown.example:1")}));
        QCOMPARE(WorkingTrackerRanking::listText(ranked.mid(0, 2)),
                 QStringLiteral("udp://busy.example:1\nudp://fast.example:1\n"));
    }

    void familyChoice()
    {
        const TorrentSnapshot torrent = torrentWith({
            tracker(QStringLiteral("udp://four.example:1"), 1, 0, QStringLiteral("192.0.2.1")),
            tracker(QStringLiteral("udp://six.example:1"), 2, 0, QStringLiteral("2001:db8::1")),
            tracker(QStringLiteral("http://name.example/announce"), 3, 0, QString()),
        });
        using Choice = WorkingTrackerRanking::FamilyChoice;
        QCOMPARE(urlsOf(WorkingTrackerRanking::rank({torrent}, Choice::IPv4Only)),
                 QStringList{QStringLiteral("udp://four.example:1")});
        QCOMPARE(urlsOf(WorkingTrackerRanking::rank({torrent}, Choice::IPv6Only)),
                 QStringList{QStringLiteral("udp://six.example:1")});
        QCOMPARE(WorkingTrackerRanking::rank({torrent}, Choice::Both).size(), 3);
        QCOMPARE(WorkingTrackerRanking::parseFamilyChoice(QStringLiteral("ipv6")),
                 std::optional(Choice::IPv6Only));
        QVERIFY(!WorkingTrackerRanking::parseFamilyChoice(QStringLiteral("IPX")));
    }

    void aliasesAndTorrentsOnce()
    {
        const TrackerState primary = tracker(QStringLiteral("udp://127.0.0.1:6969/announce"), 4, 0,
                                             QStringLiteral("127.0.0.1"));
        const TrackerState alias =
            tracker(QStringLiteral("udp://localhost:6969"), 3, 0, QStringLiteral("127.0.0.1"));
        const auto ranked =
            WorkingTrackerRanking::rank({torrentWith({primary, alias}), torrentWith({primary})},
                                        WorkingTrackerRanking::FamilyChoice::Both);
        QCOMPARE(ranked.size(), 1);
        QCOMPARE(ranked.first().url.text(), primary.url.text());
        QCOMPARE(ranked.first().aliases, QStringList{alias.url.text()});
        QCOMPARE(ranked.first().workingTorrentCount, 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkingTrackerRanking)
#include "tst_workingtrackerranking.moc"
