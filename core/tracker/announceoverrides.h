#pragma once

#include "tracker/announceevent.h"
#include "tracker/announcerequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

// The announce fields a person chose (Announce With…, `check --event` and friends); each one left
// unset keeps what the engine would send. Values are valid when they come from
// AnnounceOverrideText, which checks every text form; what a protocol cannot carry is said by its
// client (TrackerClient::unsentOverrides), never silently dropped.
struct AnnounceOverrides
{
    Q_DECLARE_TR_FUNCTIONS(AnnounceOverrides)

public:
    std::optional<AnnounceEvent> event;
    std::optional<qint64> uploaded;
    std::optional<qint64> downloaded;
    std::optional<qint64> left;
    std::optional<int> numwant;
    std::optional<quint16> port;
    std::optional<QByteArray> peerId; // always 20 bytes
    std::optional<quint32> key;
    std::optional<bool> compact;
    std::optional<QString> ip; // an address or a host name (the `ip` parameter)
    // Extra query parameters, name and value as raw bytes, percent-encoded on the wire.
    QList<QPair<QByteArray, QByteArray>> extraParameters;
    std::optional<QByteArray> userAgent;

    bool isEmpty() const;
    // Writes each chosen value into request.
    void applyTo(AnnounceRequest &request) const;
    // The chosen values, one "name=value" each in wire order, for the log and the CLI.
    QStringList describe() const;
    // The parameters as a query ("name=value&name=value"), names and values percent-encoded
    // byte by byte (RFC 3986: all but A-Z a-z 0-9 - . _ ~).
    static QByteArray encodedQuery(const QList<QPair<QByteArray, QByteArray>> &parameters);
};
