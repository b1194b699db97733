#pragma once

#include <QStringList>
#include <QWidget>
#include <functional>

class MessageBanner;
class QVBoxLayout;

// A stack of dismissible banners above the window's content: errors, and offers of an action
// ("Add Them"). They stay until the user closes them (or takes the offer); the oldest go when
// more than kMaximumMessages pile up.
class MessageArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageArea)

public:
    static constexpr int kMaximumMessages = 4;

    explicit MessageArea(QWidget *parent = nullptr);

    void showError(const QString &text);
    // A banner with a button; the button runs action and closes the banner.
    void showOffer(const QString &text, const QString &actionText, std::function<void()> action);
    QStringList messages() const; // oldest first
    int messageCount() const;

public Q_SLOTS:
    void clearMessages();

private:
    MessageBanner *addBanner(const QString &text);
    void removeBanner(QWidget *banner);
    void removeOldest();

    QVBoxLayout *m_layout;
};
