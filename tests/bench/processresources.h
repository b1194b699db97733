#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// What this process holds, read from /proc/self and glibc: for the soak benchmark's samples.
// Unknown values are -1.
class ProcessResources
{
public:
    struct Heap
    {
        qint64 inUseKilobytes = -1; // allocated and not freed
        qint64 heldKilobytes = -1;  // what malloc holds from the system, in use or free
    };
    struct Sockets // among the open descriptors
    {
        int tcp = 0;
        int tcpCloseWait = 0; // closed by the peer, not yet by us
        int udp = 0;
    };

    static qint64 residentKilobytes();     // VmRSS
    static qint64 peakResidentKilobytes(); // VmHWM: the most resident since the start
    // Entries of /proc/self/fd (the listing's own descriptor included, every time alike).
    static int openFileDescriptors();
    static Heap heap(); // glibc's mallinfo2, every arena
    static Sockets sockets();

private:
    static qint64 statusKilobytes(QByteArrayView field); // a "kB" line of /proc/self/status
};
