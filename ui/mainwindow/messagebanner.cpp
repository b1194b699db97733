#include "mainwindow/messagebanner.h"

#include "common/statusicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace {
const int kIconExtent = 20;
const QLatin1String kErrorStyle("MessageBanner { background: #fbe3e3; border: 1px solid #e3a0a0;"
                                " border-radius: 4px; } QLabel { color: #5c1010; }");
const QLatin1String kWarningStyle("MessageBanner { background: #fff4d6; border: 1px solid #e8c76a;"
                                  " border-radius: 4px; } QLabel { color: #4d3800; }");
} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
{
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_actionButton->hide();
    m_closeButton->setAutoRaise(true);
    m_closeButton->setText(QStringLiteral("✕"));
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_actionButton, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::closeClicked);
    setKind(Kind::Error);
}

void MessageBanner::setKind(Kind kind)
{
    m_kind = kind;
    const bool isError = kind == Kind::Error;
    setStyleSheet(isError ? kErrorStyle : kWarningStyle);
    const QIcon icon =
        StatusIcons::icon(isError ? StatusIcons::Kind::Error : StatusIcons::Kind::Warning);
    m_iconLabel->setPixmap(icon.pixmap(kIconExtent, kIconExtent));
}

void MessageBanner::setText(const QString &text)
{
    m_textLabel->setText(text);
}

QString MessageBanner::text() const
{
    return m_textLabel->text();
}

void MessageBanner::setActionText(const QString &text)
{
    m_actionButton->setText(text);
    m_actionButton->setVisible(!text.isEmpty());
}

void MessageBanner::setClosable(bool closable)
{
    m_closeButton->setVisible(closable);
}
