#include "hostilegzipstream.h"

#include <zlib.h>

namespace {
constexpr int kGzipWindowBits = 15 + 16; // 15-bit window, gzip header and trailer
constexpr int kMemoryLevel = 8;
constexpr qsizetype kOutputPieceSize = 16 * 1024;
} // namespace

HostileGzipStream::HostileGzipStream(qint64 uncompressedSize)
    : m_stream(std::make_unique<z_stream_s>())
    , m_left(uncompressedSize)
{
    deflateInit2(m_stream.get(), Z_BEST_COMPRESSION, Z_DEFLATED, kGzipWindowBits, kMemoryLevel,
                 Z_DEFAULT_STRATEGY);
}

HostileGzipStream::~HostileGzipStream()
{
    deflateEnd(m_stream.get());
}

QByteArray HostileGzipStream::next(qint64 inputBytes)
{
    if (m_finished)
        return QByteArray();
    const qsizetype take = qsizetype(qMin(inputBytes, m_left));
    const QByteArray zeros(take, '\0');
    m_left -= take;
    const int flush = m_left == 0 ? Z_FINISH : Z_NO_FLUSH;
    m_stream->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
    m_stream->avail_in = uInt(zeros.size());
    QByteArray output;
    int status = Z_OK;
    do {
        char piece[kOutputPieceSize];
        m_stream->next_out = reinterpret_cast<Bytef *>(piece);
        m_stream->avail_out = uInt(sizeof piece);
        status = deflate(m_stream.get(), flush);
        output.append(piece, qsizetype(sizeof piece) - qsizetype(m_stream->avail_out));
    } while (m_stream->avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
    m_finished = status == Z_STREAM_END;
    return output;
}
