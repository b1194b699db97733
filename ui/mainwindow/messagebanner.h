#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A coloured strip with an icon, a plain-text message, an optional action button and a close
// button: how the window tells about load errors and warnings without a modal dialog.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind { Error, Warning };

    explicit MessageBanner(QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setText(const QString &text); // shown as plain text
    QString text() const;
    void setActionText(const QString &text); // empty hides the action button
    void setClosable(bool closable);

Q_SIGNALS:
    void actionTriggered();
    void closeClicked();

private:
    Kind m_kind = Kind::Error;
    QLabel *m_iconLabel;
    QLabel *m_textLabel;
    QPushButton *m_actionButton;
    QToolButton *m_closeButton;
};
