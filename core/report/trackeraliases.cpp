#include "report/trackeraliases.h"

#include <QHash>
#include <algorithm>

namespace {
constexpr QStringView kAnnouncePath = u"/announce";

// http and https (ws and wss) reach the same tracker; UDP is a place of its own.
QString transportOf(TrackerProtocol protocol)
{
    switch (protocol) {
    case TrackerProtocol::Http:
    case TrackerProtocol::Https:
        return QStringLiteral("web");
    case TrackerProtocol::WebSocket:
    case TrackerProtocol::WebSocketSecure:
        return QStringLiteral("ws");
    case TrackerProtocol::Udp:
        return QStringLiteral("udp");
    case TrackerProtocol::Unsupported:
        break;
    }
    return QString();
}

QString trimmedPath(QString path)
{
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(kAnnouncePath, Qt::CaseInsensitive))
        path.chop(kAnnouncePath.size());
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}
} // namespace

TrackerAliases::TrackerAliases(const QList<TrackerState> &trackers)
    : m_trackers(trackers)
{
    m_parent.resize(trackers.size());
    for (int i = 0; i < trackers.size(); ++i)
        m_parent[i] = i;
    QHash<QString, int> firstByKey;
    const auto joinByKey = [&](const QString &key, int index) {
        const int first = firstByKey.value(key, -1);
        if (first < 0)
            firstByKey.insert(key, index);
        else
            join(first, index);
    };
    for (int i = 0; i < trackers.size(); ++i) {
        const TrackerState &tracker = trackers[i];
        if (!tracker.url.isSupported())
            continue;
        joinByKey(QStringLiteral("url ") + urlKey(tracker.url), i);
        if (tracker.url.protocol() != TrackerProtocol::Udp)
            continue;
        for (const TrackerEndpointState &endpoint : tracker.endpoints) {
            if (!endpoint.address.isNull() && endpoint.port != 0)
                joinByKey(QStringLiteral("address ") + endpoint.addressText(), i);
        }
    }
    makeGroups();
}

QString TrackerAliases::urlKey(const TrackerUrl &url)
{
    const QUrl &parsed = url.url();
    const quint16 port = url.port();
    QString key = transportOf(url.protocol()) + QStringLiteral("://") + parsed.host().toLower();
    if (port != TrackerUrl::defaultPort(url.protocol()))
        key += u':' + QString::number(port);
    key += trimmedPath(parsed.path());
    if (parsed.hasQuery())
        key += u'?' + parsed.query(QUrl::FullyEncoded);
    return key;
}

int TrackerAliases::root(int trackerIndex)
{
    while (m_parent[trackerIndex] != trackerIndex) {
        m_parent[trackerIndex] = m_parent[m_parent[trackerIndex]];
        trackerIndex = m_parent[trackerIndex];
    }
    return trackerIndex;
}

void TrackerAliases::join(int first, int second)
{
    const int firstRoot = root(first);
    const int secondRoot = root(second);
    if (firstRoot != secondRoot)
        m_parent[std::max(firstRoot, secondRoot)] = std::min(firstRoot, secondRoot);
}

void TrackerAliases::makeGroups()
{
    m_groupOfTracker.fill(-1, m_trackers.size());
    QHash<int, int> groupOfRoot;
    for (int i = 0; i < m_trackers.size(); ++i) {
        const int groupRoot = root(i);
        int group = groupOfRoot.value(groupRoot, -1);
        if (group < 0) {
            group = int(m_groups.size());
            groupOfRoot.insert(groupRoot, group);
            m_groups.append(QList<int>());
        }
        m_groups[group].append(i);
        m_groupOfTracker[i] = group;
    }
    for (QList<int> &group : m_groups) {
        const auto working = std::find_if(group.begin(), group.end(), [&](int index) {
            return trackerStatusIsWorking(m_trackers[index].status);
        });
        if (working != group.end())
            std::rotate(group.begin(), working, working + 1); // the primary first, others in order
    }
}

bool TrackerAliases::isPrimary(int trackerIndex) const
{
    const int group = groupOf(trackerIndex);
    return group >= 0 && m_groups[group].first() == trackerIndex;
}

QStringList TrackerAliases::aliasesOf(int trackerIndex) const
{
    QStringList aliases;
    const int group = groupOf(trackerIndex);
    if (group < 0)
        return aliases;
    QList<int> members = m_groups[group];
    std::sort(members.begin(), members.end());
    for (const int member : members) {
        if (member != trackerIndex)
            aliases.append(m_trackers[member].url.text());
    }
    return aliases;
}
