#pragma once

#include <QString>

class QHeaderView;
class QSettings;

// Column order, widths, hidden columns and sort order of a view, kept in QSettings under a key.
namespace HeaderState {
void save(QSettings &settings, const QString &key, const QHeaderView *header);
void restore(QSettings &settings, const QString &key, QHeaderView *header);
} // namespace HeaderState
