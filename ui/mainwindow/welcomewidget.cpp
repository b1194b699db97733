#include "mainwindow/welcomewidget.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const int kLogoExtent = 96;
const qreal kHeadlineScale = 1.5;
} // namespace

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *logo = new QLabel(this);
    logo->setPixmap(
        QIcon(QStringLiteral(":/icons/tracker-inspector.svg")).pixmap(kLogoExtent, kLogoExtent));
    logo->setAlignment(Qt::AlignCenter);
    auto *headline = new QLabel(tr("See which trackers work"), this);
    QFont headlineFont = headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * kHeadlineScale);
    headlineFont.setBold(true);
    headline->setFont(headlineFont);
    headline->setAlignment(Qt::AlignCenter);
    const QString pasteKey = QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText);
    auto *hint = new QLabel(tr("Open a .torrent file or a magnet link to list its trackers by "
                               "tier.\nYou can also drop files here, or paste a magnet link with "
                               "%1.")
                                .arg(pasteKey),
                            this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);

    auto *openFileButton = new QPushButton(tr("Open Torrent File…"), this);
    openFileButton->setObjectName(QStringLiteral("welcomeOpenFileButton"));
    auto *openMagnetButton = new QPushButton(tr("Open Magnet Link…"), this);
    openMagnetButton->setObjectName(QStringLiteral("welcomeOpenMagnetButton"));
    connect(openFileButton, &QPushButton::clicked, this, &WelcomeWidget::openFileClicked);
    connect(openMagnetButton, &QPushButton::clicked, this, &WelcomeWidget::openMagnetClicked);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openFileButton);
    buttons->addWidget(openMagnetButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(logo);
    layout->addWidget(headline);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(3);
}
