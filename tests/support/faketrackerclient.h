#pragma once

#include "faketrackerscript.h"
#include "tracker/trackerclient.h"

#include <QSet>
#include <memory>

// A TrackerClient answering from a FakeTrackerScript on the event loop (never inside a call),
// like the real clients: one announceFinished per scripted endpoint, then requestCompleted.
class FakeTrackerClient final : public TrackerClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeTrackerClient)

public:
    explicit FakeTrackerClient(std::shared_ptr<FakeTrackerScript> script,
                               QObject *parent = nullptr);

    quint64 announce(const AnnounceRequest &request) override;
    quint64 scrape(const ScrapeRequest &request) override;
    void cancel(quint64 requestId) override;

private:
    std::shared_ptr<FakeTrackerScript> m_script;
    QSet<quint64> m_cancelled;
};
