#include "tracker/announceevent.h"

QString announceEventName(AnnounceEvent event)
{
    switch (event) {
    case AnnounceEvent::None:
        break;
    case AnnounceEvent::Started:
        return QStringLiteral("started");
    case AnnounceEvent::Completed:
        return QStringLiteral("completed");
    case AnnounceEvent::Stopped:
        return QStringLiteral("stopped");
    case AnnounceEvent::Paused:
        return QStringLiteral("paused");
    }
    return QString();
}
