#include "mainwindow/messagearea.h"

#include "mainwindow/messagebanner.h"

#include <QVBoxLayout>

MessageArea::MessageArea(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(6, 6, 6, 0);
    m_layout->setSpacing(4);
    hide();
}

void MessageArea::showError(const QString &text)
{
    addBanner(text)->setKind(MessageBanner::Kind::Error);
}

void MessageArea::showOffer(const QString &text, const QString &actionText,
                            std::function<void()> action)
{
    MessageBanner *banner = addBanner(text);
    banner->setKind(MessageBanner::Kind::Warning);
    banner->setActionText(actionText);
    connect(banner, &MessageBanner::actionTriggered, this, [this, banner, action] {
        removeBanner(banner);
        action();
    });
}

MessageBanner *MessageArea::addBanner(const QString &text)
{
    while (messageCount() >= kMaximumMessages)
        removeOldest();
    auto *banner = new MessageBanner(this);
    banner->setText(text);
    connect(banner, &MessageBanner::closeClicked, this, [this, banner] { removeBanner(banner); });
    m_layout->addWidget(banner);
    show();
    return banner;
}

void MessageArea::removeBanner(QWidget *banner)
{
    banner->hide();
    banner->deleteLater();
    m_layout->removeWidget(banner);
    setVisible(messageCount() > 0);
}

QStringList MessageArea::messages() const
{
    QStringList result;
    for (int item = 0; item < m_layout->count(); ++item) {
        if (const auto *banner = qobject_cast<MessageBanner *>(m_layout->itemAt(item)->widget()))
            result << banner->text();
    }
    return result;
}

int MessageArea::messageCount() const
{
    return m_layout->count();
}

void MessageArea::clearMessages()
{
    while (m_layout->count() > 0)
        removeOldest();
    hide();
}

void MessageArea::removeOldest()
{
    QLayoutItem *item = m_layout->takeAt(0);
    delete item->widget();
    delete item;
}
