#pragma once

#include "metainfo/metainfo.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

// A torrent's files as a folder tree with sizes. Pad files (BEP 47) stay visible but marked, and
// are left out of folder sizes and file counts, like the torrent's own totals.
class FileTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTreeModel)

public:
    enum Column { NameColumn, SizeColumn, AttributesColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IsPadFileRole, IsFolderRole };

    explicit FileTreeModel(QObject *parent = nullptr);
    ~FileTreeModel() override;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // folderName: the torrent's directory (multi-file torrents), holding every file; or empty.
    void setFiles(const QList<MetainfoFile> &files, const QString &folderName = QString());

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QVariant displayData(const Node &node, int column) const;
    QVariant sortData(const Node &node, int column) const;
    QString attributesText(const Node &node) const;

    std::unique_ptr<Node> m_root;
};
