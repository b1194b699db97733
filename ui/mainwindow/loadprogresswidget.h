#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

// The status bar's view of torrents being read and hashed: "Loading big.torrent… 45 %" (or
// "Loading 3 torrents… 45 %" for several, by bytes over all of them), a progress bar and a
// Cancel button. Hidden while nothing loads long enough to report progress.
class LoadProgressWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadProgressWidget)

public:
    static constexpr int kProgressSteps = 1000; // the bar's resolution
    static constexpr int kNameWidth = 320;      // longer names are elided in the middle

    explicit LoadProgressWidget(QWidget *parent = nullptr);

    // name: the file name as people know it (shown as plain text).
    void setProgress(quint64 requestId, const QString &name, qint64 bytesDone, qint64 bytesTotal);
    void finish(quint64 requestId);
    void clear();

    QString text() const;
    int percent() const; // -1 while nothing loads

Q_SIGNALS:
    void cancelClicked();

private:
    struct Load
    {
        QString name;
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;
    };
    void updateView();

    QHash<quint64, Load> m_loads;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};
