#include "peers/peertablemodel.h"

#include "common/trackertext.h"
#include "engine/inspectionengine.h"
#include "torrents/metainfotext.h"
#include "tracker/peeridclientname.h"

#include <algorithm>
#include <cstring>

namespace {
QString familyName(const TrackerPeer &peer)
{
    if (peer.hasHostName())
        return PeerTableModel::tr("Host name");
    return peer.address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("IPv6")
                                                                    : QStringLiteral("IPv4");
}

// Addresses first (IPv4 before IPv6, each in numeric order), then host names by name.
QByteArray addressSortKey(const TrackerPeer &peer)
{
    if (peer.hasHostName())
        return '\x01' + peer.hostName.toUtf8();
    const Q_IPV6ADDR bytes = peer.address.toIPv6Address();
    return '\x00' + QByteArray(reinterpret_cast<const char *>(bytes.c), sizeof(bytes.c));
}

// A peer id as text when every byte is printable ASCII (most are: "-qB4630-…"), else as hex.
QString peerIdText(const QByteArray &peerId)
{
    if (peerId.isEmpty())
        return MetainfoText::unknown();
    const bool printable = std::all_of(peerId.cbegin(), peerId.cend(),
                                       [](char byte) { return byte >= 0x20 && byte <= 0x7e; });
    return printable ? QString::fromLatin1(peerId) : QString::fromLatin1(peerId.toHex());
}
} // namespace

PeerTableModel::PeerTableModel(InspectionEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{
    connect(engine, &InspectionEngine::peersChanged, this, &PeerTableModel::handlePeersChanged);
    connect(engine, &InspectionEngine::trackerRemoved, this, [this](quint64 torrentId) {
        // Peers left with the tracker. Once for a whole edit of the list, not once per
        // tracker removed: a rebuild re-sorts 100k rows (500 removals took 75 s that way).
        if (torrentId != m_torrentId || m_rebuildScheduled)
            return;
        m_rebuildScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_rebuildScheduled = false;
                rebuild();
            },
            Qt::QueuedConnection);
    });
    connect(engine, &InspectionEngine::torrentRemoved, this, [this](quint64 torrentId) {
        if (torrentId == m_torrentId)
            setTorrent(0);
    });
}

void PeerTableModel::setTorrent(quint64 torrentId)
{
    m_torrentId = m_engine->peers(torrentId) ? torrentId : 0;
    m_trackerUrls.clear();
    rebuild();
}

void PeerTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (const PeerRegistry *peers = m_engine->peers(m_torrentId)) {
        const PeerRecords &records = peers->records();
        m_rows.reserve(qsizetype(records.size()));
        for (const PeerRecord &record : records)
            m_rows.append({record.lastSeenMs, int(record.sources.size()),
                           PeerIdClientName::fromPeerId(record.peer.peerId)});
    }
    endResetModel();
}

void PeerTableModel::handlePeersChanged(quint64 torrentId)
{
    if (torrentId != m_torrentId)
        return;
    const PeerRegistry *peers = m_engine->peers(m_torrentId);
    if (!peers)
        return;
    const PeerRecords &records = peers->records();
    const int known = int(m_rows.size());
    if (qsizetype(records.size()) < known) {
        rebuild();
        return;
    }
    int first = -1;
    for (int row = 0; row <= known; ++row) {
        bool changed = false;
        if (row < known) {
            const PeerRecord &record = records.at(size_t(row));
            RowState &state = m_rows[row];
            changed =
                state.lastSeenMs != record.lastSeenMs || state.sourceCount != record.sources.size();
            state.lastSeenMs = record.lastSeenMs;
            state.sourceCount = int(record.sources.size());
        }
        if (changed && first < 0)
            first = row;
        if (!changed && first >= 0) {
            Q_EMIT dataChanged(index(first, SourcesColumn), index(row - 1, LastSeenColumn));
            first = -1;
        }
    }
    if (qsizetype(records.size()) == known)
        return;
    beginInsertRows(QModelIndex(), known, int(records.size()) - 1);
    m_rows.reserve(qsizetype(records.size()));
    for (qsizetype row = known; row < qsizetype(records.size()); ++row) {
        const PeerRecord &record = records.at(size_t(row));
        m_rows.append({record.lastSeenMs, int(record.sources.size()),
                       PeerIdClientName::fromPeerId(record.peer.peerId)});
    }
    endInsertRows();
}

const PeerRecord *PeerTableModel::recordAt(int row) const
{
    const PeerRegistry *peers = m_engine->peers(m_torrentId);
    if (!peers || row < 0 || row >= peers->count())
        return nullptr;
    return &peers->records().at(size_t(row));
}

QString PeerTableModel::endpointText(int row) const
{
    const PeerRecord *record = recordAt(row);
    return record ? record->peer.toString() : QString();
}

bool PeerTableModel::peerHasSource(int row, TrackerId trackerId) const
{
    const PeerRecord *record = recordAt(row);
    return record &&
           std::binary_search(record->sources.cbegin(), record->sources.cend(), trackerId);
}

bool PeerTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const PeerRecord *left = recordAt(leftRow);
    const PeerRecord *right = recordAt(rightRow);
    if (!left || !right)
        return false;
    switch (column) {
    case AddressColumn: {
        if (left->peer.hasHostName() || right->peer.hasHostName()) {
            const int order = addressSortKey(left->peer).compare(addressSortKey(right->peer));
            return order != 0 ? order < 0 : left->peer.port < right->peer.port;
        }
        const Q_IPV6ADDR leftBytes = left->peer.address.toIPv6Address();
        const Q_IPV6ADDR rightBytes = right->peer.address.toIPv6Address();
        const int order = std::memcmp(leftBytes.c, rightBytes.c, sizeof(leftBytes.c));
        return order != 0 ? order < 0 : left->peer.port < right->peer.port;
    }
    case PortColumn:
        return left->peer.port < right->peer.port;
    case SourceCountColumn:
        return left->sources.size() < right->sources.size();
    case FirstSeenColumn:
        return left->firstSeenMs < right->firstSeenMs;
    case LastSeenColumn:
        return left->lastSeenMs < right->lastSeenMs;
    default:
        return QString::localeAwareCompare(displayData(*left, leftRow, column).toString(),
                                           displayData(*right, rightRow, column).toString()) < 0;
    }
}

int PeerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeerRecord *record = recordAt(index.row());
    if (!record)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*record, index.row(), index.column());
    case SortRole:
        return sortData(*record, index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == PortColumn || index.column() == SourceCountColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    default:
        return {};
    }
}

QString PeerTableModel::sourcesText(const PeerRecord &record) const
{
    QStringList urls;
    for (const TrackerId trackerId : record.sources) {
        // A tracker's URL is part of its identity: it never changes while the id exists.
        auto known = m_trackerUrls.constFind(trackerId);
        if (known == m_trackerUrls.constEnd()) {
            const std::optional<TrackerState> tracker = m_engine->tracker(m_torrentId, trackerId);
            if (!tracker)
                continue;
            known = m_trackerUrls.insert(trackerId, tracker->url.text());
        }
        urls.append(*known);
    }
    return urls.join(QStringLiteral(", "));
}

QVariant PeerTableModel::displayData(const PeerRecord &record, int row, int column) const
{
    switch (column) {
    case AddressColumn:
        return record.peer.hasHostName() ? record.peer.hostName : record.peer.address.toString();
    case PortColumn:
        return record.peer.port;
    case FamilyColumn:
        return familyName(record.peer);
    case ClientColumn:
        return m_rows.at(row).clientName.isEmpty() ? MetainfoText::unknown()
                                                   : m_rows.at(row).clientName;
    case SourcesColumn:
        return sourcesText(record);
    case SourceCountColumn:
        return int(record.sources.size());
    case FirstSeenColumn:
        return TrackerText::timeOfDay(record.firstSeenMs);
    case LastSeenColumn:
        return TrackerText::timeOfDay(record.lastSeenMs);
    case PeerIdColumn:
        return peerIdText(record.peer.peerId);
    default:
        return {};
    }
}

QVariant PeerTableModel::sortData(const PeerRecord &record, int row, int column) const
{
    switch (column) {
    case AddressColumn:
        return addressSortKey(record.peer);
    case PortColumn:
        return record.peer.port;
    case ClientColumn:
        return m_rows.at(row).clientName;
    case SourceCountColumn:
        return int(record.sources.size());
    case FirstSeenColumn:
        return record.firstSeenMs;
    case LastSeenColumn:
        return record.lastSeenMs;
    default:
        return displayData(record, row, column);
    }
}

QVariant PeerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == PortColumn || section == SourceCountColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case PortColumn:
        return tr("Port");
    case FamilyColumn:
        return tr("Family");
    case ClientColumn:
        return tr("Client");
    case SourcesColumn:
        return tr("Returned by");
    case SourceCountColumn:
        return tr("Trackers");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case PeerIdColumn:
        return tr("Peer ID");
    default:
        return {};
    }
}

QString PeerTableModel::rowsAsText(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (const int row : rows) {
        const PeerRecord *record = recordAt(row);
        if (!record)
            continue;
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << displayData(*record, row, column).toString();
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}
