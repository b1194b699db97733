#include "desktop/screenshottaker.h"

#include "engine/inspectionengine.h"
#include "mainwindow/mainwindow.h"
#include "torrents/torrentdetailspane.h"
#include "torrents/torrentlistmodel.h"
#include "trackers/trackerpanel.h"
#include "trackers/trackertablemodel.h"

#include <QCoreApplication>

ScreenshotTaker::ScreenshotTaker(MainWindow *window, const QString &path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kMaximumWait);
    connect(&m_timeout, &QTimer::timeout, this, &ScreenshotTaker::capture);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleDelay);
    connect(&m_settle, &QTimer::timeout, this, &ScreenshotTaker::capture);
    connect(m_window, &MainWindow::pendingLoadsFinished, this, &ScreenshotTaker::waitForEngine,
            Qt::QueuedConnection);
    connect(m_window->engine(), &InspectionEngine::becameIdle, this,
            &ScreenshotTaker::waitForEngine, Qt::QueuedConnection);
}

void ScreenshotTaker::waitForEngine()
{
    if (m_window->pendingLoadCount() > 0 || !m_window->engine()->isIdle())
        return;
    m_settle.start(); // the engine signals changes a moment after they happen
}

void ScreenshotTaker::start()
{
    m_timeout.start();
    if (m_window->pendingLoadCount() == 0)
        QMetaObject::invokeMethod(this, &ScreenshotTaker::waitForEngine, Qt::QueuedConnection);
}

void ScreenshotTaker::capture()
{
    if (m_captured)
        return;
    m_captured = true;
    m_timeout.stop();
    m_settle.stop();
    // The window already shows the first argument's torrent; only pick one if none is shown.
    if (m_window->selectedTorrentRow() < 0 && m_window->torrentListModel()->torrentCount() > 0)
        m_window->selectTorrent(0);
    TrackerPanel *trackers = m_window->detailsPane()->trackerPanel();
    if (trackers->model()->rowCount() > 0)
        trackers->selectTracker(trackers->model()->trackerId(trackers->model()->index(0, 0)));
    // Let layouts settle (posted LayoutRequest events) before painting.
    QCoreApplication::sendPostedEvents();
    QString errorMessage;
    const bool saved = m_window->saveScreenshot(m_path, &errorMessage);
    Q_EMIT screenshotFinished(saved, errorMessage);
}
