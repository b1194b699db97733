#include "engine/peerregistry.h"

#include <QTest>

namespace {
TrackerPeer peer(const char *address, quint16 port, const QByteArray &peerId = {})
{
    return TrackerPeer{QHostAddress(QString::fromLatin1(address)), port, peerId};
}
} // namespace

class TestPeerRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attributesSources()
    {
        PeerRegistry registry;
        QCOMPARE(registry.add({peer("10.0.0.1", 1), peer("10.0.0.2", 2)}, 0, 100), 2);
        QCOMPARE(registry.add({peer("10.0.0.2", 2), peer("2001:db8::1", 3)}, 1, 200), 1);
        QCOMPARE(registry.count(), 3);
        const PeerRecord *shared = registry.find(peer("10.0.0.2", 2));
        QVERIFY(shared);
        QCOMPARE(QList<int>(shared->sources.begin(), shared->sources.end()), QList<int>({0, 1}));
        QCOMPARE(shared->firstSeenMs, 100);
        QCOMPARE(shared->lastSeenMs, 200);
        QCOMPARE(registry.peerCountFrom(0), 2);
        QCOMPARE(registry.peerCountFrom(1), 2);
        QCOMPARE(registry.uniquePeerCountFrom(0), 1);
        QCOMPARE(registry.uniquePeerCountFrom(1), 1);
        QCOMPARE(registry.recordIndexesFrom(1), QList<int>({1, 2}));
    }

    void samePeerTwiceFromOneTracker()
    {
        PeerRegistry registry;
        registry.add({peer("10.0.0.1", 1)}, 4, 1);
        QCOMPARE(registry.add({peer("10.0.0.1", 1)}, 4, 2), 0);
        QCOMPARE(registry.peerCountFrom(4), 1);
        QCOMPARE(registry.uniquePeerCountFrom(4), 1);
        QCOMPARE(registry.find(peer("10.0.0.1", 1))->sources.size(), 1);
    }

    void portAndFamilyMakePeersDistinct()
    {
        PeerRegistry registry;
        QCOMPARE(registry.add({peer("10.0.0.1", 1), peer("10.0.0.1", 2), peer("::1", 1)}, 0, 1), 3);
    }

    void keepsPeerIdFromDictionaryReplies()
    {
        PeerRegistry registry;
        registry.add({peer("10.0.0.1", 1)}, 0, 1);
        registry.add({peer("10.0.0.1", 1, "-qB4250-abcdefghijkl")}, 1, 2);
        QCOMPARE(registry.find(peer("10.0.0.1", 1))->peer.peerId,
                 QByteArray("-qB4250-abcdefghijkl"));
    }

    void capDropsNewPeers()
    {
        PeerRegistry registry(2);
        QCOMPARE(
            registry.add({peer("10.0.0.1", 1), peer("10.0.0.2", 1), peer("10.0.0.3", 1)}, 0, 1), 2);
        QCOMPARE(registry.count(), 2);
        QCOMPARE(registry.droppedCount(), 1);
        // Known peers still gain sources at the cap.
        registry.add({peer("10.0.0.1", 1)}, 1, 2);
        QCOMPARE(registry.peerCountFrom(1), 1);
    }

    void removeTrackerShiftsIndexes()
    {
        PeerRegistry registry;
        registry.add({peer("10.0.0.1", 1), peer("10.0.0.2", 1)}, 0, 1);
        registry.add({peer("10.0.0.2", 1), peer("10.0.0.3", 1)}, 1, 1);
        registry.add({peer("10.0.0.3", 1)}, 2, 1);
        registry.removeTracker(0);
        QCOMPARE(registry.count(), 2); // 10.0.0.1 came only from tracker 0
        QVERIFY(!registry.find(peer("10.0.0.1", 1)));
        QCOMPARE(registry.peerCountFrom(0), 2); // the old tracker 1
        QCOMPARE(registry.uniquePeerCountFrom(0), 1);
        QCOMPARE(registry.peerCountFrom(1), 1); // the old tracker 2
        QCOMPARE(registry.uniquePeerCountFrom(1), 0);
        QVERIFY(registry.find(peer("10.0.0.3", 1)));
    }

    // Several trackers at once, in one pass: the same result as removing them one by one from
    // the highest index down.
    void removeTrackersAtOnce()
    {
        const auto fill = [](PeerRegistry &registry) {
            registry.add({peer("10.0.0.1", 1), peer("10.0.0.2", 1)}, 0, 1);
            registry.add({peer("10.0.0.2", 1)}, 1, 1);
            registry.add({peer("10.0.0.2", 1), peer("10.0.0.3", 1)}, 2, 1);
            registry.add({peer("10.0.0.4", 1)}, 3, 1);
            registry.add({peer("10.0.0.3", 1), peer("10.0.0.5", 1)}, 4, 1);
        };
        PeerRegistry together;
        fill(together);
        together.removeTrackers({3, 1, 3});
        PeerRegistry oneByOne;
        fill(oneByOne);
        oneByOne.removeTracker(3);
        oneByOne.removeTracker(1);
        QCOMPARE(together.count(), 4); // 10.0.0.4 came only from tracker 3
        QVERIFY(!together.find(peer("10.0.0.4", 1)));
        QCOMPARE(together.count(), oneByOne.count());
        for (const PeerRecord &record : together.records()) {
            const PeerRecord *same = oneByOne.find(record.peer);
            QVERIFY(same);
            QCOMPARE(QList<int>(record.sources.cbegin(), record.sources.cend()),
                     QList<int>(same->sources.cbegin(), same->sources.cend()));
        }
        // Old trackers 0, 2, 4 are now 0, 1, 2.
        QCOMPARE(together.find(peer("10.0.0.2", 1))->sources.size(), 2);
        QCOMPARE(together.peerCountFrom(2), 2);
        QCOMPARE(together.uniquePeerCountFrom(2), 1);
    }
};

QTEST_GUILESS_MAIN(TestPeerRegistry)
#include "tst_peerregistry.moc"
