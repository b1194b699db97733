#pragma once

#include <QByteArray>
#include <QList>

// Info hashes and peer ids for tests: deterministic from a seed, so failures reproduce.
namespace TestHashes {
QByteArray infoHash(quint32 seed); // 20 bytes
QList<QByteArray> infoHashes(int count, quint32 firstSeed = 1);
QByteArray peerId(quint32 seed); // 20 bytes, "-TI0001-" + 12 digits
} // namespace TestHashes
