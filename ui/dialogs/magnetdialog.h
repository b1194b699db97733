#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Asks for one or more magnet links, one per line. Starts with the clipboard's magnet links,
// and accepts only when every non-empty line is a magnet link.
class MagnetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MagnetDialog)

public:
    explicit MagnetDialog(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    QStringList magnetLinks() const; // trimmed, empty lines dropped

private:
    void updateState();

    QPlainTextEdit *m_edit;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};
