#include "engine/peerregistry.h"

#include <QTest>

namespace {
TrackerPeer peer(const char *address, quint16 port, const QByteArray &peerId = {})
{
    return TrackerPeer{QHostAddress(QString::fromLatin1(address)), port, peerId};
}

// Tracker ids as the engine gives them: any non-zero number, never reused.
const TrackerId kA{11};
const TrackerId kB{12};
const TrackerId kC{13};
const TrackerId kD{14};
const TrackerId kE{15};

QList<TrackerId> sourcesOf(const PeerRecord &record)
{
    return QList<TrackerId>(record.sources.cbegin(), record.sources.cend());
}
} // namespace

class TestPeerRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attributesSources()
    {
        PeerRegistry registry;
        QCOMPARE(registry.add({peer("10.0.0.1", 1), peer("10.0.0.2", 2)}, kA, 100), 2);
        QCOMPARE(registry.add({peer("10.0.0.2", 2), peer("2001:db8::1", 3)}, kB, 200), 1);
        QCOMPARE(registry.count(), 3);
        const PeerRecord *shared = registry.find(peer("10.0.0.2", 2));
        QVERIFY(shared);
        QCOMPARE(sourcesOf(*shared), QList<TrackerId>({kA, kB}));
        QCOMPARE(shared->firstSeenMs, 100);
        QCOMPARE(shared->lastSeenMs, 200);
        QCOMPARE(registry.peerCountFrom(kA), 2);
        QCOMPARE(registry.peerCountFrom(kB), 2);
        QCOMPARE(registry.uniquePeerCountFrom(kA), 1);
        QCOMPARE(registry.uniquePeerCountFrom(kB), 1);
        QCOMPARE(registry.recordIndexesFrom(kB), QList<int>({1, 2}));
    }

    void samePeerTwiceFromOneTracker()
    {
        PeerRegistry registry;
        registry.add({peer("10.0.0.1", 1)}, kE, 1);
        QCOMPARE(registry.add({peer("10.0.0.1", 1)}, kE, 2), 0);
        QCOMPARE(registry.peerCountFrom(kE), 1);
        QCOMPARE(registry.uniquePeerCountFrom(kE), 1);
        QCOMPARE(registry.find(peer("10.0.0.1", 1))->sources.size(), 1);
    }

    // BEP 3 peers given by name are peers like the others: one per name and port.
    void peersByHostNameAreKeptByNameAndPort()
    {
        const auto named = [](const char *name, quint16 port) {
            TrackerPeer result;
            result.hostName = QString::fromLatin1(name);
            result.port = port;
            return result;
        };
        PeerRegistry registry;
        QCOMPARE(registry.add({named("peer.example", 1), named("peer.example", 2),
                               named("other.example", 1), peer("10.0.0.1", 1)},
                              kA, 1),
                 4);
        QCOMPARE(registry.add({named("peer.example", 1), named("third.example", 1)}, kB, 2), 1);
        QCOMPARE(registry.count(), 5);
        QCOMPARE(registry.peerCountFrom(kA), 4);
        QCOMPARE(registry.peerCountFrom(kB), 2);
        QCOMPARE(registry.uniquePeerCountFrom(kB), 1);
        const PeerRecord *shared = registry.find(named("peer.example", 1));
        QVERIFY(shared);
        QCOMPARE(sourcesOf(*shared), QList<TrackerId>({kA, kB}));
        QCOMPARE(shared->peer.toString(), QStringLiteral("peer.example:1"));
        registry.removeTracker(kA);
        QCOMPARE(registry.count(), 2);
        QVERIFY(registry.find(named("third.example", 1)));
    }

    void portAndFamilyMakePeersDistinct()
    {
        PeerRegistry registry;
        QCOMPARE(registry.add({peer("10.0.0.1", 1), peer("10.0.0.1", 2), peer("::1", 1)}, kA, 1),
                 3);
    }

    void keepsPeerIdFromDictionaryReplies()
    {
        PeerRegistry registry;
        registry.add({peer("10.0.0.1", 1)}, kA, 1);
        registry.add({peer("10.0.0.1", 1, "-qB4250-abcdefghijkl")}, kB, 2);
        QCOMPARE(registry.find(peer("10.0.0.1", 1))->peer.peerId,
                 QByteArray("-qB4250-abcdefghijkl"));
    }

    void capDropsNewPeers()
    {
        PeerRegistry registry(2);
        QCOMPARE(
            registry.add({peer("10.0.0.1", 1), peer("10.0.0.2", 1), peer("10.0.0.3", 1)}, kA, 1),
            2);
        QCOMPARE(registry.count(), 2);
        QCOMPARE(registry.droppedCount(), 1);
        // Known peers still gain sources at the cap.
        registry.add({peer("10.0.0.1", 1)}, kB, 2);
        QCOMPARE(registry.peerCountFrom(kB), 1);
    }

    // Removing a tracker renumbers nothing: the others keep their ids and their counts.
    void removeTrackerKeepsTheOthers()
    {
        PeerRegistry registry;
        registry.add({peer("10.0.0.1", 1), peer("10.0.0.2", 1)}, kA, 1);
        registry.add({peer("10.0.0.2", 1), peer("10.0.0.3", 1)}, kB, 1);
        registry.add({peer("10.0.0.3", 1)}, kC, 1);
        registry.removeTracker(kA);
        QCOMPARE(registry.count(), 2); // 10.0.0.1 came only from kA
        QVERIFY(!registry.find(peer("10.0.0.1", 1)));
        QCOMPARE(registry.peerCountFrom(kA), 0);
        QCOMPARE(registry.peerCountFrom(kB), 2);
        QCOMPARE(registry.uniquePeerCountFrom(kB), 1); // 10.0.0.2 is now only kB's
        QCOMPARE(registry.peerCountFrom(kC), 1);
        QCOMPARE(registry.uniquePeerCountFrom(kC), 0);
        QCOMPARE(sourcesOf(*registry.find(peer("10.0.0.3", 1))), QList<TrackerId>({kB, kC}));
    }

    // Several trackers at once, in one pass: the same result as removing them one by one.
    void removeTrackersAtOnce()
    {
        const auto fill = [](PeerRegistry &registry) {
            registry.add({peer("10.0.0.1", 1), peer("10.0.0.2", 1)}, kA, 1);
            registry.add({peer("10.0.0.2", 1)}, kB, 1);
            registry.add({peer("10.0.0.2", 1), peer("10.0.0.3", 1)}, kC, 1);
            registry.add({peer("10.0.0.4", 1)}, kD, 1);
            registry.add({peer("10.0.0.3", 1), peer("10.0.0.5", 1)}, kE, 1);
        };
        PeerRegistry together;
        fill(together);
        together.removeTrackers({kD, kB, kD});
        PeerRegistry oneByOne;
        fill(oneByOne);
        oneByOne.removeTracker(kB);
        oneByOne.removeTracker(kD);
        QCOMPARE(together.count(), 4); // 10.0.0.4 came only from kD
        QVERIFY(!together.find(peer("10.0.0.4", 1)));
        QCOMPARE(together.count(), oneByOne.count());
        for (const PeerRecord &record : together.records()) {
            const PeerRecord *same = oneByOne.find(record.peer);
            QVERIFY(same);
            QCOMPARE(sourcesOf(record), sourcesOf(*same));
        }
        QCOMPARE(sourcesOf(*together.find(peer("10.0.0.2", 1))), QList<TrackerId>({kA, kC}));
        QCOMPARE(together.peerCountFrom(kC), 2);
        QCOMPARE(together.uniquePeerCountFrom(kC), 0);
        QCOMPARE(together.uniquePeerCountFrom(kE), 1);
    }
};

QTEST_GUILESS_MAIN(TestPeerRegistry)
#include "tst_peerregistry.moc"
