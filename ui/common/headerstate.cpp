#include "common/headerstate.h"

#include <QHeaderView>
#include <QSettings>

namespace HeaderState {
namespace {
const QLatin1String kGroup("views");
const QLatin1String kStateKey("state");
const QLatin1String kColumnCountKey("columns");
} // namespace

void save(QSettings &settings, const QString &key, const QHeaderView *header)
{
    settings.beginGroup(kGroup);
    settings.beginGroup(key);
    settings.setValue(kStateKey, header->saveState());
    settings.setValue(kColumnCountKey, header->count());
    settings.endGroup();
    settings.endGroup();
}

void restore(QSettings &settings, const QString &key, QHeaderView *header)
{
    settings.beginGroup(kGroup);
    settings.beginGroup(key);
    const QByteArray state = settings.value(kStateKey).toByteArray();
    const int columnCount = settings.value(kColumnCountKey, -1).toInt();
    settings.endGroup();
    settings.endGroup();
    // A state saved when the model had other columns would misplace them: keep the defaults.
    if (!state.isEmpty() && columnCount == header->count())
        header->restoreState(state);
}
} // namespace HeaderState
