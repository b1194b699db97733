#pragma once

#include <QHashFunctions>
#include <QMetaType>

// Who a tracker is, for as long as it exists: given when the engine adds it, never reused, and
// untouched when trackers before it are removed or it moves to another tier. The UI and the
// reports name trackers by it, never by their position in a list.
struct TrackerId
{
    quint64 value = 0; // 0: no tracker (or, where an action takes one, every tracker)

    bool isValid() const { return value != 0; }
    friend bool operator==(TrackerId left, TrackerId right) { return left.value == right.value; }
    friend bool operator<(TrackerId left, TrackerId right) { return left.value < right.value; }
    friend size_t qHash(TrackerId id, size_t seed = 0) { return qHash(id.value, seed); }
};
Q_DECLARE_METATYPE(TrackerId)
