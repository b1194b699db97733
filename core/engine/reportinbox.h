#pragma once

#include "engine/clientreport.h"

#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>

// Where the protocol clients' reports wait to be handled. Clients report on the event loop, and
// many reports can arrive in one turn (a thousand UDP replies read at once, or a fake client that
// answers everything together). Handling one costs up to a tenth of a millisecond (peers,
// findings, statistics), so they are handled in the order they came, in slices of at most
// sliceMs per turn of the event loop: the window repaints and timers fire in between.
class ReportInbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportInbox)

public:
    using Handler = std::function<void(const ClientReport &)>;

    // The longest the engine keeps the event loop per turn.
    static constexpr int kSliceMs = 8;

    explicit ReportInbox(Handler handler, QObject *parent = nullptr);
    ReportInbox(Handler handler, int sliceMs, QObject *parent = nullptr);

    void receive(ClientReport report);
    bool isEmpty() const { return m_reports.empty(); }

Q_SIGNALS:
    // Every report received so far is handled.
    void drained();

private:
    void handleSlice();

    Handler m_handler;
    int m_sliceMs;
    QTimer m_sliceTimer;
    std::deque<ClientReport> m_reports; // not handled yet, in the order they came
};
