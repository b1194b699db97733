#pragma once

#include <QDialog>

class QCheckBox;
class QRadioButton;

// What an exported report holds, asked before the file name: the selected torrent or every open
// one (asked only when several are open), whether to hide passkeys (asked only when a tracker URL
// has one), and whether to include each tracker's exchange log.
class ExportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportReportDialog)

public:
    struct Choice
    {
        bool allTorrents = false;
        bool maskSecrets = false;
        bool includeExchangeLog = true;
    };

    // selectedName: the selected torrent's name; openCount: torrents open; hasSecrets: whether a
    // tracker URL of what may be exported looks like it carries a passkey.
    ExportReportDialog(const QString &selectedName, int openCount, bool hasSecrets,
                       QWidget *parent = nullptr);

    Choice choice() const;

private:
    QRadioButton *m_selectedButton;
    QRadioButton *m_allButton;
    QCheckBox *m_maskBox;
    QCheckBox *m_logBox;
};
