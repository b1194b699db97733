#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <optional>

// The wire format between two starts of the app (see RunningInstanceLink). Every message is a
// frame: a 4-byte big-endian length, then that many bytes of a UTF-8 JSON object.
//   request        {"type": "open", "sources": ["/abs/a.torrent", "magnet:?..."],
//                   "activation_token": "..."}          (token optional, for Wayland focus)
//   acknowledgement {"type": "opened", "count": 2}
// Anything else — a bad length, broken JSON, a wrong type, too many sources — is refused.
struct InstanceRequest
{
    QStringList sources;     // absolute file paths and magnet links
    QString activationToken; // XDG_ACTIVATION_TOKEN of the start that sent it, may be empty
};

class InstanceMessage
{
public:
    static constexpr qsizetype kLengthPrefixBytes = 4;
    static constexpr qsizetype kMaximumMessageBytes = 1024 * 1024; // one frame's JSON
    static constexpr qsizetype kMaximumSources = 1000;             // per request

    enum class FrameStatus { Incomplete, Complete, Oversized };

    static QByteArray encodeRequest(const InstanceRequest &request);
    static QByteArray encodeAcknowledgement(qsizetype openedCount);
    static std::optional<InstanceRequest> decodeRequest(QByteArrayView payload);
    // The count a running instance acknowledged, or -1 when payload is no acknowledgement.
    static qsizetype decodeAcknowledgement(QByteArrayView payload);

    // Moves the first complete frame's payload out of buffer. Oversized: the length prefix
    // announces more than kMaximumMessageBytes (the connection is not worth reading further).
    static FrameStatus takeFrame(QByteArray &buffer, QByteArray &payload);

    // Splits sources into requests that each fit kMaximumSources and kMaximumMessageBytes.
    // A source too long to fit any frame on its own is left out and named in skipped.
    static QList<InstanceRequest> splitIntoRequests(const QStringList &sources,
                                                    const QString &activationToken,
                                                    QStringList *skipped = nullptr);
};
