#pragma once

#include <QByteArray>
#include <memory>

struct z_stream_s;

// A gzip stream of zero bytes, compressed piece by piece as it is sent: a "decompression bomb"
// of gigabytes that costs the server a few kilobytes at a time.
class HostileGzipStream
{
public:
    explicit HostileGzipStream(qint64 uncompressedSize);
    ~HostileGzipStream();
    HostileGzipStream(const HostileGzipStream &) = delete;
    HostileGzipStream &operator=(const HostileGzipStream &) = delete;

    // The compressed bytes for the next `inputBytes` zeros (fewer at the end of the stream);
    // the gzip trailer comes with the last piece.
    QByteArray next(qint64 inputBytes);
    bool atEnd() const { return m_finished; }

private:
    std::unique_ptr<z_stream_s> m_stream;
    qint64 m_left = 0;
    bool m_finished = false;
};
