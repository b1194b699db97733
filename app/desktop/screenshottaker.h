#pragma once

#include <QObject>
#include <QTimer>

class MainWindow;

// Waits until the window has loaded what it was asked to open and the engine's first round of
// announces and scrapes has settled (bounded by kMaximumWait), shows the first torrent and its
// first tracker, writes the window as a PNG, and says how it went.
class ScreenshotTaker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTaker)

public:
    static constexpr int kMaximumWait = 30000; // ms
    static constexpr int kSettleDelay = 300;   // ms for the views to take the last changes

    explicit ScreenshotTaker(MainWindow *window, const QString &path, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void screenshotFinished(bool saved, const QString &errorMessage);

private:
    void waitForEngine();
    void capture();

    MainWindow *m_window;
    QString m_path;
    QTimer m_timeout;
    QTimer m_settle;
    bool m_captured = false;
};
