#pragma once

#include "engine/trackerid.h"
#include "metainfo/trackerurl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class InspectionEngine;

// Trackers removed from several torrents at once (Trackers Across Torrents): what goes from
// which torrent, said before it happens; applied as an edit of each torrent's list, as removing
// one torrent's trackers does (the removed trackers hear `stopped` where we had joined them,
// private torrents and trackers the user added are treated alike); and undone list by list.
class CollectionTrackerRemoval
{
    Q_DECLARE_TR_FUNCTIONS(CollectionTrackerRemoval)

public:
    // What goes from one torrent.
    struct TorrentPart
    {
        quint64 torrentId = 0;
        QString torrentName;
        QList<TrackerId> trackerIds;
        QStringList urls; // of trackerIds, as listed
        QList<QList<TrackerUrl>> tiersBefore;
        QList<QList<TrackerUrl>> tiersAfter;
    };

    // Every tracker listed under one of urls, on every open torrent.
    static CollectionTrackerRemoval ofUrls(const InspectionEngine &engine, const QStringList &urls);
    // On each torrent, its trackers that do not work there (an error, a time-out, unreachable).
    static CollectionTrackerRemoval ofNotWorking(const InspectionEngine &engine);

    bool isEmpty() const { return m_parts.isEmpty(); }
    const QList<TorrentPart> &parts() const { return m_parts; }
    int trackerCount() const;
    int torrentCount() const { return int(m_parts.size()); }
    // "1 tracker", "5 trackers"; "1 torrent", "3 torrents".
    static QString trackerCountText(int count);
    static QString torrentCountText(int count);
    // "5 trackers removed from 3 torrents; 1 torrent left without trackers."
    QString summaryText() const;
    // Each torrent's name, then the URLs that go from it, one a line, indented.
    QString previewText() const;

    void apply(InspectionEngine &engine) const;
    // Puts back each list that is still as the removal left it (a list edited since keeps its
    // edit); returns how many were put back.
    int undo(InspectionEngine &engine) const;

private:
    template<typename Choose>
    static CollectionTrackerRemoval of(const InspectionEngine &engine, Choose choose);

    QList<TorrentPart> m_parts;
};
