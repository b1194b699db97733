#include "bencode/bencodeissue.h"

#include <QCoreApplication>

QString BencodeIssue::describe() const
{
    if (offset < 0)
        return message;
    return QCoreApplication::translate("BencodeIssue", "%1 at byte %2").arg(message).arg(offset);
}
