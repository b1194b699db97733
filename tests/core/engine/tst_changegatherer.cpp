#include "engine/changegatherer.h"

#include <QSignalSpy>
#include <QTest>

namespace {
constexpr int kWindowMs = 20;
constexpr int kWaitMs = 5'000;

using Change = std::pair<quint64, TrackerId>;
} // namespace

class TestChangeGatherer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // However often things change within a window, the window ends once, with each change
    // once, trackers ordered by torrent and id.
    void oneWindowForManyChanges()
    {
        EngineSettings settings;
        settings.changeSignalDelayMs = kWindowMs;
        ChangeGatherer changes(settings);
        QSignalSpy windowEnded(&changes, &ChangeGatherer::windowEnded);
        for (int round = 0; round < 100; ++round) {
            changes.markTracker(2, TrackerId{7});
            changes.markTracker(1, TrackerId{9});
            changes.markTracker(1, TrackerId{3});
            changes.markPeers(2);
        }
        QVERIFY(windowEnded.wait(kWaitMs));
        QCOMPARE(windowEnded.count(), 1);
        QCOMPARE(changes.takePeers(), QSet<quint64>({2}));
        QCOMPARE(changes.takeTrackers(),
                 QList<Change>({{1, TrackerId{3}}, {1, TrackerId{9}}, {2, TrackerId{7}}}));
        QVERIFY(changes.takeTrackers().isEmpty());
        QVERIFY(changes.takePeers().isEmpty());
    }

    void forgottenChangesAreNotTaken()
    {
        EngineSettings settings;
        ChangeGatherer changes(settings);
        changes.markTracker(1, TrackerId{3});
        changes.markTracker(1, TrackerId{4});
        changes.markPeers(1);
        changes.markPeers(2);
        changes.forgetTracker(TrackerId{3});
        changes.forgetTorrent(2);
        QCOMPARE(changes.takeTrackers(), QList<Change>({{1, TrackerId{4}}}));
        QCOMPARE(changes.takePeers(), QSet<quint64>({1}));
    }

    // Taking everything before the window ends closes it: no signal follows for nothing.
    void takingEverythingEndsTheWindow()
    {
        EngineSettings settings;
        settings.changeSignalDelayMs = kWindowMs;
        ChangeGatherer changes(settings);
        QSignalSpy windowEnded(&changes, &ChangeGatherer::windowEnded);
        changes.markTracker(1, TrackerId{3});
        QCOMPARE(changes.takeTrackers(), QList<Change>({{1, TrackerId{3}}}));
        QVERIFY(!windowEnded.wait(kWindowMs * 5));
        changes.markTracker(1, TrackerId{4}); // a new window
        QVERIFY(windowEnded.wait(kWaitMs));
        QCOMPARE(changes.takeTrackers(), QList<Change>({{1, TrackerId{4}}}));
    }
};

QTEST_GUILESS_MAIN(TestChangeGatherer)
#include "tst_changegatherer.moc"
