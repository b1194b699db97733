#pragma once

#include "common/expected.h"
#include "tracker/announceevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

// The text forms of the announce fields a person may set, read and checked in one place for the
// command line and the Announce With… dialog. Every refusal is a Malformed Error with a sentence
// that names the field and says what is expected.
class AnnounceOverrideText
{
    Q_DECLARE_TR_FUNCTIONS(AnnounceOverrideText)

public:
    // Asked for more, trackers cap numwant themselves; this only keeps the number sane.
    static constexpr int kMaximumNumwant = 100'000;
    static constexpr int kMaximumPort = 65535;
    static constexpr int kPeerIdLength = 20;
    static constexpr int kPeerIdHexLength = 2 * kPeerIdLength;
    static constexpr int kKeyHexDigits = 8; // BEP 15 carries a 32-bit key
    static constexpr int kMaximumHostNameLength = 253;
    static constexpr int kMaximumParameterLength = 2048;
    static constexpr int kMaximumUserAgentLength = 512;
    // A peer id (or prefix) written as hex starts with this: "hex:2d5449".
    static constexpr char kHexPrefix[] = "hex:";

    enum class PeerIdForm {
        Whole,  // exactly 20 bytes
        Prefix, // up to 20 bytes, the rest filled as our own peer ids are
    };

    // "none" (or "update", "empty"), "started", "completed", "stopped", "paused"; any case.
    static Expected<AnnounceEvent> event(QStringView text);
    // A byte count from 0 to 2^63 - 1; field names it in the error ("uploaded").
    static Expected<qint64> count(QStringView text, const QString &field);
    static Expected<int> numwant(QStringView text);
    static Expected<quint16> port(QStringView text);
    // 40 hex digits, "hex:" and hex digits, or text taken byte for byte (UTF-8).
    static Expected<QByteArray> peerId(QStringView text, PeerIdForm form);
    // Up to 8 hex digits ("0x" allowed in front).
    static Expected<quint32> key(QStringView text);
    // An IPv4 or IPv6 address or a host name.
    static Expected<QString> ip(QStringView text);
    // "name=value": the name is not empty; value bytes are sent percent-encoded.
    static Expected<QPair<QByteArray, QByteArray>> parameter(QStringView text);
    // One "name=value" a line; blank lines are skipped; the error names the line.
    static Expected<QList<QPair<QByteArray, QByteArray>>> parameterLines(QStringView text);
    // Printable text without line breaks.
    static Expected<QByteArray> userAgent(QStringView text);
    // The event's name as `event` accepts it: "none" for None.
    static QString eventText(AnnounceEvent event);

private:
    static Expected<int> numberUpTo(QStringView text, int maximum, const char *field);
    static Expected<QByteArray> hexBytes(QStringView digits, int maximumBytes);
};
