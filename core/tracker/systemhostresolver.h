#pragma once

#include "tracker/hostresolver.h"

#include <QHash>
#include <QHostInfo>

// HostResolver on QHostInfo (A and AAAA records, the system's resolver configuration).
class SystemHostResolver final : public HostResolver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemHostResolver)

public:
    explicit SystemHostResolver(QObject *parent = nullptr);
    ~SystemHostResolver() override;

    quint64 resolve(const QString &host) override;
    void cancel(quint64 lookupId) override;

private:
    void handleLookup(quint64 lookupId, const QHostInfo &info);

    static constexpr int kNoQtLookup = -1; // an IP literal, answered without QHostInfo

    quint64 m_lastLookupId = 0;
    QHash<quint64, int> m_qtLookupIds; // our id -> QHostInfo's id
};
