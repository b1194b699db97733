#include "mainwindow/loadprogresswidget.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace {
constexpr int kBarWidth = 160;
} // namespace

LoadProgressWidget::LoadProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("loadProgress"));
    m_label->setObjectName(QStringLiteral("loadProgressLabel"));
    m_label->setTextFormat(Qt::PlainText); // file names are not markup
    m_bar->setObjectName(QStringLiteral("loadProgressBar"));
    m_bar->setRange(0, kProgressSteps);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(kBarWidth);
    m_cancel->setObjectName(QStringLiteral("loadCancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading these torrents"));
    m_cancel->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &LoadProgressWidget::cancelClicked);
    setVisible(false);
}

void LoadProgressWidget::setProgress(quint64 requestId, const QString &name, qint64 bytesDone,
                                     qint64 bytesTotal)
{
    m_loads.insert(requestId, Load{name, bytesDone, bytesTotal});
    updateView();
}

void LoadProgressWidget::finish(quint64 requestId)
{
    if (m_loads.remove(requestId) > 0)
        updateView();
}

void LoadProgressWidget::clear()
{
    m_loads.clear();
    updateView();
}

int LoadProgressWidget::percent() const
{
    if (m_loads.isEmpty())
        return -1;
    qint64 done = 0;
    qint64 total = 0;
    for (const Load &load : m_loads) {
        done += load.bytesDone;
        total += load.bytesTotal;
    }
    return total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : 0;
}

QString LoadProgressWidget::text() const
{
    return m_label->text();
}

void LoadProgressWidget::updateView()
{
    setVisible(!m_loads.isEmpty());
    if (m_loads.isEmpty()) {
        m_label->clear();
        return;
    }
    const int loaded = percent();
    const QString name =
        fontMetrics().elidedText(m_loads.cbegin()->name, Qt::ElideMiddle, kNameWidth);
    m_label->setText(m_loads.size() == 1
                         ? tr("Loading %1… %2 %").arg(name).arg(loaded)
                         : tr("Loading %1 torrents… %2 %").arg(m_loads.size()).arg(loaded));
    qint64 done = 0;
    qint64 total = 0;
    for (const Load &load : std::as_const(m_loads)) {
        done += load.bytesDone;
        total += load.bytesTotal;
    }
    m_bar->setValue(total > 0 ? int(done * kProgressSteps / total) : 0);
    QStringList names; // a tool tip is rich text: the names are escaped
    for (const Load &load : std::as_const(m_loads))
        names << load.name.toHtmlEscaped();
    m_label->setToolTip(QStringLiteral("<qt>") + names.join(QStringLiteral("<br>")));
}
