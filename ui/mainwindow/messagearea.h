#pragma once

#include <QStringList>
#include <QWidget>

class QVBoxLayout;

// A stack of dismissible error banners above the window's content. Errors stay until the user
// closes them; the oldest go when more than kMaximumMessages pile up.
class MessageArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageArea)

public:
    static constexpr int kMaximumMessages = 4;

    explicit MessageArea(QWidget *parent = nullptr);

    void showError(const QString &text);
    QStringList messages() const; // oldest first
    int messageCount() const;

public Q_SLOTS:
    void clearMessages();

private:
    void removeOldest();

    QVBoxLayout *m_layout;
};
