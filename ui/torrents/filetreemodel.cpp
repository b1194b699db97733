#include "torrents/filetreemodel.h"

#include "torrents/metainfotext.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QStyle>

struct FileTreeModel::Node
{
    QString name;
    Node *parent = nullptr;
    int row = 0;
    bool isFolder = false;
    qint64 size = 0;      // folders: the sum of their files, pad files excluded
    int fileCount = 0;    // folders: files below, pad files excluded
    int padFileCount = 0; // folders: pad files below
    qint64 padSize = 0;   // folders: bytes of the pad files below
    bool isPadFile = false;
    bool isExecutable = false;
    bool isHidden = false;
    bool isSymlink = false;
    QString symlinkTarget;
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node *> folders; // only while building

    Node *addChild(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }

    // The folder holding the last element of path, created as needed.
    Node *folderFor(const QStringList &path)
    {
        Node *folder = this;
        for (qsizetype element = 0; element + 1 < path.size(); ++element) {
            Node *&child = folder->folders[path.at(element)];
            if (!child) {
                auto created = std::make_unique<Node>();
                created->name = path.at(element);
                created->isFolder = true;
                child = folder->addChild(std::move(created));
            }
            folder = child;
        }
        return folder;
    }

    void addToFolderTotals() const
    {
        for (Node *folder = parent; folder; folder = folder->parent) {
            if (isPadFile) {
                folder->padSize += size;
                folder->padFileCount += 1;
            } else {
                folder->size += size;
                folder->fileCount += 1;
            }
        }
    }

    // A folder holding only pad files (BEP 47's ".pad") is padding itself.
    bool isPadding() const { return isPadFile || (isFolder && fileCount == 0 && padFileCount > 0); }
    qint64 shownSize() const { return isFolder && isPadding() ? padSize : size; }
};

FileTreeModel::FileTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->isFolder = true;
}

FileTreeModel::~FileTreeModel() = default;

void FileTreeModel::setFiles(const QList<MetainfoFile> &files, const QString &folderName)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->isFolder = true;
    Node *base = m_root.get();
    if (!folderName.isEmpty()) {
        auto folder = std::make_unique<Node>();
        folder->name = folderName;
        folder->isFolder = true;
        base = base->addChild(std::move(folder));
    }
    for (const MetainfoFile &file : files) {
        if (file.path.isEmpty())
            continue;
        auto node = std::make_unique<Node>();
        node->name = file.path.constLast();
        node->size = file.size;
        node->isPadFile = file.isPadFile;
        node->isExecutable = file.isExecutable;
        node->isHidden = file.isHidden;
        node->isSymlink = file.isSymlink;
        node->symlinkTarget = file.symlinkTarget.join(u'/');
        base->folderFor(file.path)->addChild(std::move(node))->addToFolderTotals();
    }
    endResetModel();
}

FileTreeModel::Node *FileTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount ||
        (parent.isValid() && parent.column() != 0))
        return {};
    const Node *folder = nodeFor(parent);
    if (size_t(row) >= folder->children.size())
        return {};
    return createIndex(row, column, folder->children[size_t(row)].get());
}

QModelIndex FileTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int FileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int FileTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FileTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, index.column());
    case SortRole:
        return sortData(node, index.column());
    case IsPadFileRole:
        return node.isPadding();
    case IsFolderRole:
        return node.isFolder;
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                            : QVariant();
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        return QApplication::style()->standardIcon(node.isFolder ? QStyle::SP_DirIcon
                                                                 : QStyle::SP_FileIcon);
    case Qt::ForegroundRole:
        return node.isPadding() ? QVariant(QApplication::palette().brush(QPalette::PlaceholderText))
                                : QVariant();
    case Qt::FontRole: {
        if (!node.isPadding())
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant FileTreeModel::displayData(const Node &node, int column) const
{
    switch (column) {
    case NameColumn:
        return node.name;
    case SizeColumn:
        return MetainfoText::size(node.shownSize());
    case AttributesColumn:
        return attributesText(node);
    default:
        return {};
    }
}

QVariant FileTreeModel::sortData(const Node &node, int column) const
{
    switch (column) {
    case NameColumn:
        return node.name;
    case SizeColumn:
        return node.shownSize();
    case AttributesColumn:
        return attributesText(node);
    default:
        return {};
    }
}

QString FileTreeModel::attributesText(const Node &node) const
{
    if (node.isFolder && node.isPadding())
        return tr("pad files only (alignment, never downloaded)");
    if (node.isFolder)
        return tr("folder, %1")
            .arg(MetainfoText::plural(node.fileCount, tr("1 file"), tr("%1 files")));
    QStringList attributes;
    if (node.isPadFile)
        attributes << tr("pad file (alignment, never downloaded)");
    if (node.isExecutable)
        attributes << tr("executable");
    if (node.isHidden)
        attributes << tr("hidden");
    if (node.isSymlink)
        attributes << (node.symlinkTarget.isEmpty()
                           ? tr("symbolic link")
                           : tr("symbolic link to %1").arg(node.symlinkTarget));
    return attributes.join(QStringLiteral(", "));
}

QVariant FileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case AttributesColumn:
        return tr("Attributes");
    default:
        return {};
    }
}
