#pragma once

#include "testtorrents.h"
#include "uitestengine.h"

#include <QTest>

// Three torrents sharing trackers, on the UI test engine's fakes: one tracker works everywhere,
// one is refused everywhere, one times out on the one torrent listing it, one added by the user
// works on the two listing it.
struct CollectionTestEngine : UiTestEngine
{
    inline static const QString kWorking = QStringLiteral("http://127.0.0.1:6969/announce");
    inline static const QString kRefused = QStringLiteral("udp://127.0.0.1:1");
    inline static const QString kTimingOut = QStringLiteral("udp://127.0.0.1:2");
    inline static const QString kOther = QStringLiteral("udp://127.0.0.1:7000");

    quint64 first = 0;
    quint64 second = 0;
    quint64 third = 0;

    CollectionTestEngine()
    {
        script->setAnnounceResults(kRefused,
                                   {FakeTrackerScript::failed(ExchangeOutcome::ConnectionRefused,
                                                              QStringLiteral("refused"))});
        script->setAnnounceResults(
            kTimingOut,
            {FakeTrackerScript::failed(ExchangeOutcome::Timeout, QStringLiteral("no answer"))});
        first = engine.addTorrent(
            TestTorrents::metainfo(TestTorrents::tierPerTracker({kWorking, kRefused, kTimingOut}),
                                   {.name = QStringLiteral("first")}));
        second = engine.addTorrent(
            TestTorrents::metainfo(TestTorrents::tierPerTracker({kWorking, kRefused}),
                                   {.name = QStringLiteral("second"), .isPrivate = true}),
            {{TrackerUrl::parse(kOther)}});
        third = engine.addTorrent(TestTorrents::metainfo(TestTorrents::tierPerTracker({kOther}),
                                                         {.name = QStringLiteral("third")}));
    }

    QStringList urlsOf(quint64 torrentId) const
    {
        QStringList urls;
        const std::optional<TorrentSnapshot> torrent = engine.torrent(torrentId);
        for (const TrackerState &tracker : torrent ? torrent->trackers : QList<TrackerState>())
            urls << tracker.url.text();
        return urls;
    }
};
