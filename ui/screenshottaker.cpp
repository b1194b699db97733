#include "screenshottaker.h"

#include "mainwindow.h"
#include "torrentlistmodel.h"

#include <QCoreApplication>

ScreenshotTaker::ScreenshotTaker(MainWindow *window, const QString &path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kMaximumWait);
    connect(&m_timeout, &QTimer::timeout, this, &ScreenshotTaker::capture);
    connect(m_window, &MainWindow::pendingLoadsFinished, this, &ScreenshotTaker::capture,
            Qt::QueuedConnection);
}

void ScreenshotTaker::start()
{
    m_timeout.start();
    if (m_window->pendingLoadCount() == 0)
        QMetaObject::invokeMethod(this, &ScreenshotTaker::capture, Qt::QueuedConnection);
}

void ScreenshotTaker::capture()
{
    if (m_captured)
        return;
    m_captured = true;
    m_timeout.stop();
    // The window already shows the first argument's torrent; only pick one if none is shown.
    if (m_window->selectedTorrentRow() < 0 && m_window->torrentListModel()->torrentCount() > 0)
        m_window->selectTorrent(0);
    // Let layouts settle (posted LayoutRequest events) before painting.
    QCoreApplication::sendPostedEvents();
    QString errorMessage;
    const bool saved = m_window->saveScreenshot(m_path, &errorMessage);
    Q_EMIT screenshotFinished(saved, errorMessage);
}
