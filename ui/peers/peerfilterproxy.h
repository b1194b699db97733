#pragma once

#include <QSortFilterProxyModel>

class PeerTableModel;

// Sorts the peers and keeps those one tracker returned (or all), matching a text.
class PeerFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerFilterProxy)

public:
    explicit PeerFilterProxy(PeerTableModel *peers, QObject *parent = nullptr);

    void setTrackerIndex(int trackerIndex); // -1: every tracker
    int trackerIndex() const { return m_trackerIndex; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PeerTableModel *m_peers;
    int m_trackerIndex = -1;
    QString m_text;
};
