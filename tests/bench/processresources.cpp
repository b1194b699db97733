#include "processresources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <malloc.h>

namespace {
constexpr size_t kBytesPerKilobyte = 1024;
// /proc/net/tcp: the state column and the inode column; state 08 is CLOSE_WAIT.
constexpr int kStateField = 3;
constexpr int kInodeField = 9;
constexpr int kTcpCloseWait = 0x08;
constexpr QLatin1StringView kSocketPrefix("socket:[");
} // namespace

qint64 ProcessResources::residentKilobytes()
{
    return statusKilobytes("VmRSS:");
}

qint64 ProcessResources::peakResidentKilobytes()
{
    return statusKilobytes("VmHWM:");
}

qint64 ProcessResources::statusKilobytes(QByteArrayView field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int ProcessResources::openFileDescriptors()
{
    // The directory listing holds one descriptor itself; it is counted every time alike.
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    return int(
        descriptors.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size());
}

ProcessResources::Heap ProcessResources::heap()
{
    const struct mallinfo2 info = mallinfo2();
    return Heap{qint64((info.uordblks + info.hblkhd) / kBytesPerKilobyte),
                qint64((info.arena + info.hblkhd) / kBytesPerKilobyte)};
}

namespace {
// Socket inodes of /proc/self/net/<table> with their state (the fourth column, hex).
QHash<QByteArray, int> socketStates(const QString &table)
{
    QHash<QByteArray, int> states;
    QFile file(QStringLiteral("/proc/self/net/") + table);
    if (!file.open(QIODevice::ReadOnly))
        return states;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first line is a header
        const QList<QByteArray> fields = lines[i].simplified().split(' ');
        if (fields.size() > kInodeField)
            states.insert(fields[kInodeField], fields[kStateField].toInt(nullptr, 16));
    }
    return states;
}
} // namespace

ProcessResources::Sockets ProcessResources::sockets()
{
    QHash<QByteArray, int> tcp = socketStates(QStringLiteral("tcp"));
    tcp.insert(socketStates(QStringLiteral("tcp6")));
    QHash<QByteArray, int> udp = socketStates(QStringLiteral("udp"));
    udp.insert(socketStates(QStringLiteral("udp6")));
    Sockets sockets;
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo &entry :
         descriptors.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = entry.symLinkTarget().section(u'/', -1); // "socket:[123]"
        if (!target.startsWith(kSocketPrefix) || !target.endsWith(u']'))
            continue;
        const QByteArray inode = target.mid(kSocketPrefix.size()).chopped(1).toLatin1();
        if (const auto state = tcp.constFind(inode); state != tcp.constEnd()) {
            ++sockets.tcp;
            sockets.tcpCloseWait += *state == kTcpCloseWait ? 1 : 0;
        } else if (udp.contains(inode)) {
            ++sockets.udp;
        }
    }
    return sockets;
}
