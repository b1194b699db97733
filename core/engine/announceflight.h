#pragma once

#include "tracker/announceevent.h"

#include <QByteArray>
#include <QStringList>
#include <QtGlobal>

// The engine's own record of one announce request in flight (the schedule it belongs to is the
// tracker's AnnounceSlot). It never leaves the engine: the UI sees only AnnounceSlot::busy.
struct AnnounceFlight
{
    AnnounceEvent event = AnnounceEvent::None;
    qint64 startedMs = -1;
    qint64 deadlineMs = -1;
    bool succeeded = false;  // some endpoint answered
    int retryInMinutes = -1; // BEP 31 from a failure of this request
    int resultCount = 0;     // results received so far
    // Announce With…: sent once with values a person chose; its replies update the endpoints
    // but leave the slot's schedule (next event, registration, next time) as it was.
    bool chosen = false;
    QStringList chosenValues; // "name=value", as sent
    QStringList unsentValues; // what the protocol could not carry, one sentence each
    // Who we said we were in a chosen announce: its reply is judged by these (own address,
    // numwant findings), not by the settings' identity.
    QByteArray sentPeerId;
    quint16 sentPort = 0;
    int sentNumwant = -1;
};
