#pragma once

#include <QObject>
#include <QTimer>

class MainWindow;

// Waits until the window has loaded what it was asked to open (bounded by kMaximumWait), shows
// the first torrent, writes the window as a PNG, and says how it went.
class ScreenshotTaker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTaker)

public:
    static constexpr int kMaximumWait = 30000; // ms

    explicit ScreenshotTaker(MainWindow *window, const QString &path, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void screenshotFinished(bool saved, const QString &errorMessage);

private:
    void capture();

    MainWindow *m_window;
    QString m_path;
    QTimer m_timeout;
    bool m_captured = false;
};
