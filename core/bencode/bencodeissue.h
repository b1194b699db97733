#pragma once

#include <QString>
#include <QtGlobal>

// Something a parser found at a byte offset of its input: an error that stopped it, or a warning
// about input that loaded but is not canonical.
struct BencodeIssue
{
    qint64 offset = -1;
    QString message;

    // "expected ':' after string length at byte 1043"
    QString describe() const;
    bool isNull() const { return offset < 0 && message.isEmpty(); }
};
