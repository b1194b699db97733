#include "engine/trackerlistedit.h"
#include "testtorrents.h"

#include <QTest>

namespace {
const QString kTrackerA = QStringLiteral("http://a.example/announce");
const QString kTrackerB = QStringLiteral("http://b.example/announce");
const QString kTrackerC = QStringLiteral("udp://c.example:6969/announce");
const QString kTrackerD = QStringLiteral("wss://d.example/announce");

// A torrent whose trackers have ids 1, 2, … in list order, each in the tier given, and whose
// BEP 12 order is order (ids by tier).
TorrentState torrentWith(const QList<std::pair<QString, int>> &trackers,
                         const QList<QList<quint64>> &order)
{
    TorrentState torrent;
    quint64 id = 0;
    for (const auto &[url, tier] : trackers) {
        TrackerState tracker;
        tracker.id = TrackerId{++id};
        tracker.url = TrackerUrl::parse(url);
        tracker.tier = tier;
        torrent.trackers.append(tracker);
    }
    for (const QList<quint64> &tier : order) {
        QList<TrackerId> ids;
        for (quint64 trackerId : tier)
            ids.append(TrackerId{trackerId});
        torrent.tierOrder.append(ids);
    }
    return torrent;
}

QList<quint64> idValues(const QList<TrackerId> &ids)
{
    QList<quint64> values;
    for (const TrackerId id : ids)
        values.append(id.value);
    return values;
}
} // namespace

class TestTrackerListEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesWhatTheListNoLongerHolds()
    {
        // B is dropped, and the second A (a repeat the torrent had) goes with it.
        const TorrentState torrent = torrentWith(
            {{kTrackerA, 0}, {kTrackerB, 0}, {kTrackerA, 1}, {kTrackerC, 1}}, {{2, 1}, {4, 3}});
        const TrackerListEdit edit(torrent, TestTorrents::parsedTiers({{kTrackerA}, {kTrackerC}}));
        QCOMPARE(idValues(edit.removed()), QList<quint64>({2, 3}));
    }

    void dropsRepeatsAndEmptyTiers()
    {
        TorrentState torrent = torrentWith({{kTrackerA, 0}, {kTrackerC, 1}}, {{1}, {2}});
        const TrackerListEdit edit(
            torrent, TestTorrents::parsedTiers(
                         {{}, {kTrackerC, kTrackerC}, {QString()}, {kTrackerA, kTrackerC}}));
        QCOMPARE(edit.tierCount(), 2);
        QVERIFY(edit.removed().isEmpty());
        // C counts where it first stands (tier 0), A where it stands after the empty tiers go.
        QCOMPARE(idValues(edit.moveToTiers(torrent)), QList<quint64>({1, 2}));
        QCOMPARE(torrent.trackers[0].tier, 1);
        QCOMPARE(torrent.trackers[1].tier, 0);
        QVERIFY(edit.missing(torrent).isEmpty());
    }

    void missingUrlsComeInListOrderWithTheirTier()
    {
        const TorrentState torrent = torrentWith({{kTrackerA, 0}}, {{1}});
        const TrackerListEdit edit(
            torrent, TestTorrents::parsedTiers({{kTrackerD, kTrackerA}, {kTrackerB}}));
        const QList<std::pair<TrackerUrl, int>> missing = edit.missing(torrent);
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing[0].first.text(), kTrackerD);
        QCOMPARE(missing[0].second, 0);
        QCOMPARE(missing[1].first.text(), kTrackerB);
        QCOMPARE(missing[1].second, 1);
    }

    // Trackers keep their place in the shuffled order of their tier; a tracker that moved in
    // keeps its place in the old order too, and new ones follow in list order.
    void tierOrderKeepsThePlacesItHad()
    {
        TorrentState torrent =
            torrentWith({{kTrackerA, 0}, {kTrackerB, 0}, {kTrackerC, 1}}, {{2, 1}, {3}});
        const TrackerListEdit edit(
            torrent, TestTorrents::parsedTiers({{kTrackerA, kTrackerB, kTrackerC, kTrackerD}}));
        edit.moveToTiers(torrent);
        TrackerState added;
        added.id = TrackerId{4};
        added.url = TrackerUrl::parse(kTrackerD);
        added.tier = 0;
        torrent.trackers.append(added);
        edit.rebuildTierOrder(torrent);
        QCOMPARE(torrent.tierOrder.size(), 1);
        QCOMPARE(idValues(torrent.tierOrder[0]), QList<quint64>({2, 1, 3, 4}));
    }

    void unchangedListChangesNothing()
    {
        TorrentState torrent =
            torrentWith({{kTrackerA, 0}, {kTrackerB, 0}, {kTrackerC, 1}}, {{2, 1}, {3}});
        const TrackerListEdit edit(
            torrent, TestTorrents::parsedTiers({{kTrackerA, kTrackerB}, {kTrackerC}}));
        QVERIFY(edit.removed().isEmpty());
        QVERIFY(edit.moveToTiers(torrent).isEmpty());
        QVERIFY(edit.missing(torrent).isEmpty());
        edit.rebuildTierOrder(torrent);
        QCOMPARE(idValues(torrent.tierOrder[0]), QList<quint64>({2, 1}));
        QCOMPARE(idValues(torrent.tierOrder[1]), QList<quint64>({3}));
    }
};

QTEST_GUILESS_MAIN(TestTrackerListEdit)
#include "tst_trackerlistedit.moc"
