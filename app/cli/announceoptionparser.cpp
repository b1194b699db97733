#include "cli/announceoptionparser.h"

#include "engine/inspectionengine.h"
#include "tracker/announceoverridetext.h"

using namespace Qt::StringLiterals;

namespace {

// Reads the value of option (the argument after it) with read, into target.
template<typename T, typename Reader>
Expected<bool> readValue(const QStringList &arguments, qsizetype &index, std::optional<T> &target,
                         Reader read)
{
    if (index + 1 >= arguments.size())
        return Error(Error::Kind::Generic,
                     AnnounceOptionParser::tr("%1 needs a value").arg(arguments[index]));
    const QString &option = arguments[index];
    const Expected<T> value = read(arguments[++index]);
    if (!value)
        return Error(Error::Kind::Generic, option + u": "_s + value.error().message());
    target = *value;
    return true;
}

Expected<bool> readCount(const QStringList &arguments, qsizetype &index,
                         std::optional<qint64> &target)
{
    const QString field = arguments[index].mid(2);
    return readValue(arguments, index, target, [&field](const QString &text) {
        return AnnounceOverrideText::count(text, field);
    });
}

} // namespace

Expected<bool> AnnounceOptionParser::read(const QStringList &arguments, qsizetype &index,
                                          AnnounceOverrides &overrides)
{
    const QString &option = arguments[index];
    if (option == u"--no-compact") {
        overrides.compact = false;
        return true;
    }
    if (option == u"--event")
        return readValue(arguments, index, overrides.event, AnnounceOverrideText::event);
    if (option == u"--uploaded")
        return readCount(arguments, index, overrides.uploaded);
    if (option == u"--downloaded")
        return readCount(arguments, index, overrides.downloaded);
    if (option == u"--left")
        return readCount(arguments, index, overrides.left);
    if (option == u"--peer-id")
        return readValue(arguments, index, overrides.peerId, [](const QString &text) {
            return AnnounceOverrideText::peerId(text, AnnounceOverrideText::PeerIdForm::Whole);
        });
    if (option == u"--key")
        return readValue(arguments, index, overrides.key, AnnounceOverrideText::key);
    if (option == u"--ip")
        return readValue(arguments, index, overrides.ip, AnnounceOverrideText::ip);
    if (option == u"--user-agent")
        return readValue(arguments, index, overrides.userAgent, AnnounceOverrideText::userAgent);
    if (option == u"--param") {
        std::optional<QPair<QByteArray, QByteArray>> parameter;
        const Expected<bool> read =
            readValue(arguments, index, parameter, AnnounceOverrideText::parameter);
        if (read)
            overrides.extraParameters.append(*parameter);
        return read;
    }
    return false;
}

QStringList AnnounceOptionParser::unsentWarnings(InspectionEngine &engine, quint64 torrentId,
                                                 const AnnounceOverrides &overrides)
{
    QStringList warnings;
    const std::optional<TorrentSnapshot> torrent = engine.torrent(torrentId);
    if (!torrent)
        return warnings;
    for (const TrackerState &tracker : torrent->trackers) {
        for (const QString &sentence : engine.unsentOverrides(torrentId, tracker.id, overrides))
            warnings << tr("%1: not sent: %2").arg(tracker.url.text(), sentence);
    }
    return warnings;
}

QString AnnounceOptionParser::usage()
{
    return tr("[--event none|started|completed|stopped|paused] [--uploaded N]\n"
              "         [--downloaded N] [--left N] [--peer-id ID] [--key HEX] [--no-compact]\n"
              "         [--ip ADDRESS] [--param NAME=VALUE]... [--user-agent TEXT]");
}
