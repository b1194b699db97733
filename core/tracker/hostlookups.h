#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class HostResolver;

// The host name look-ups of one client through the HostResolver, each with what to do with its
// answer. The look-ups still under way are cancelled when it goes.
class HostLookups final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostLookups)

public:
    // addresses, or none and a sentence saying why: "tracker.example did not resolve: ...".
    using Answer =
        std::function<void(const QList<QHostAddress> &addresses, const QString &failure)>;

    // resolver is not owned and must outlive the look-ups; nullptr resolves nothing.
    explicit HostLookups(HostResolver *resolver, QObject *parent = nullptr);
    ~HostLookups() override;

    bool hasResolver() const { return m_resolver != nullptr; }
    // Starts a look-up and returns its id; answer runs on the event loop, never inside this call.
    quint64 resolve(const QString &host, Answer answer);
    // The answer of lookupId never runs; an unknown or answered id does nothing.
    void cancel(quint64 lookupId);

private:
    struct Lookup
    {
        QString host;
        Answer answer;
    };

    void handleHostResolved(quint64 lookupId, const QList<QHostAddress> &addresses,
                            const QString &errorMessage);

    HostResolver *m_resolver;
    QHash<quint64, Lookup> m_lookups;
};
