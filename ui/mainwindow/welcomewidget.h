#pragma once

#include <QWidget>

// What the window shows while no torrent is open: what to do, and buttons to do it.
class WelcomeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeWidget)

public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

Q_SIGNALS:
    void openFileClicked();
    void openMagnetClicked();
};
