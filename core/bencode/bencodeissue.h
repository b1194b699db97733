#pragma once

#include <QString>
#include <QtGlobal>

// A warning about bencode that decoded but is not canonical, at a byte offset of the input (-1
// for none). Errors that stop decoding are an Error with its offset.
struct BencodeIssue
{
    qint64 offset = -1;
    QString message;

    // "expected ':' after string length at byte 1043"
    QString describe() const;
    bool isNull() const { return offset < 0 && message.isEmpty(); }
};
