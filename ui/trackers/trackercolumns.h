#pragma once

#include <QCoreApplication>
#include <QString>

// What the tracker table's columns are called and what each one means, for the header and its
// tool tips (TrackerTableModel::Column numbers the columns).
class TrackerColumns
{
    Q_DECLARE_TR_FUNCTIONS(TrackerColumns)

public:
    static QString title(int column);
    // A sentence or two on what the column shows and where the figure comes from.
    static QString toolTip(int column);
};
