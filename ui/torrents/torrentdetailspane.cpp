#include "torrents/torrentdetailspane.h"

#include "engine/inspectionengine.h"

#include "common/headerstate.h"
#include "common/statusicons.h"
#include "mainwindow/messagebanner.h"
#include "peers/peerpanel.h"
#include "torrents/filetreemodel.h"
#include "torrents/metainfodetailswidget.h"
#include "torrents/metainfotext.h"
#include "trackers/trackerpanel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTabWidget>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QLatin1String kFileViewKey("files");
const int kFileNameWidth = 480;
const int kFileSizeWidth = 100;
const qreal kTitleScale = 1.35;

QTreeView *createTreeView(QSortFilterProxyModel *proxy, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(proxy);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAllColumnsShowFocus(true);
    view->header()->setSortIndicatorClearable(true);
    view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    return view;
}

QSortFilterProxyModel *createProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    return proxy;
}
} // namespace

TorrentDetailsPane::TorrentDetailsPane(InspectionEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_tabs(new QTabWidget(this))
    , m_trackerPanel(new TrackerPanel(engine))
    , m_peerPanel(new PeerPanel(engine))
    , m_detailsWidget(new MetainfoDetailsWidget)
{
    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(0);
    connect(&m_summaryTimer, &QTimer::timeout, this, &TorrentDetailsPane::refreshSummary);
    connect(engine, &InspectionEngine::trackerAdded, this,
            &TorrentDetailsPane::handleTrackersChanged);
    connect(engine, &InspectionEngine::trackerRemoved, this,
            &TorrentDetailsPane::handleTrackersChanged);
    connect(engine, &InspectionEngine::trackerChanged, this,
            &TorrentDetailsPane::handleTrackersChanged); // a tier move
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createHeader());
    m_warningBanner = new MessageBanner(this);
    m_warningBanner->setKind(MessageBanner::Kind::Warning);
    m_warningBanner->setClosable(false);
    m_warningBanner->setActionText(tr("Show warnings"));
    m_warningBanner->hide();
    connect(m_warningBanner, &MessageBanner::actionTriggered, this,
            [this] { m_tabs->setCurrentIndex(WarningsTab); });
    layout->addWidget(m_warningBanner);
    layout->addWidget(m_tabs, 1);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_trackerPanel, tr("Trackers"));
    m_tabs->addTab(m_peerPanel, tr("Peers"));
    m_tabs->addTab(createFilesTab(), tr("Files"));
    auto *scrollArea = new QScrollArea;
    scrollArea->setWidget(m_detailsWidget);
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scrollArea, tr("Details"));
    m_tabs->addTab(createWarningsTab(), tr("Warnings"));
}

QWidget *TorrentDetailsPane::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    m_titleLabel = new QLabel(header);
    m_titleLabel->setObjectName(QStringLiteral("torrentTitle"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * kTitleScale);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_summaryLabel = new QLabel(header);
    m_summaryLabel->setObjectName(QStringLiteral("torrentSummary"));
    for (QLabel *label : {m_titleLabel, m_summaryLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        layout->addWidget(label);
    }
    return header;
}

QWidget *TorrentDetailsPane::createFilesTab()
{
    m_fileModel = new FileTreeModel(this);
    m_fileProxy = createProxy(m_fileModel, FileTreeModel::SortRole, this);
    m_fileView = createTreeView(m_fileProxy, this);
    m_fileView->setObjectName(QStringLiteral("fileView"));
    m_fileView->setColumnWidth(FileTreeModel::NameColumn, kFileNameWidth);
    m_fileView->setColumnWidth(FileTreeModel::SizeColumn, kFileSizeWidth);
    auto *noFiles = new QLabel(tr("A magnet link carries no file list: peers send it once the "
                                  "download starts."),
                               this);
    noFiles->setAlignment(Qt::AlignCenter);
    noFiles->setWordWrap(true);
    noFiles->setEnabled(false);
    m_filesStack = new QStackedWidget(this);
    m_filesStack->addWidget(m_fileView);
    m_filesStack->addWidget(noFiles);
    return m_filesStack;
}

QWidget *TorrentDetailsPane::createWarningsTab()
{
    m_warningModel = new QStringListModel(this);
    m_warningView = new QListView(this);
    m_warningView->setObjectName(QStringLiteral("warningView"));
    m_warningView->setModel(m_warningModel);
    m_warningView->setWordWrap(true);
    m_warningView->setAlternatingRowColors(true);
    m_warningView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_warningView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_warningView->setSpacing(2);
    return m_warningView;
}

QTreeView *TorrentDetailsPane::trackerView() const
{
    return m_trackerPanel->view();
}

void TorrentDetailsPane::setTorrent(quint64 torrentId, const Metainfo &metainfo)
{
    m_trackerPanel->setTorrent(torrentId);
    m_peerPanel->setTorrent(torrentId);
    m_titleLabel->setText(MetainfoText::displayName(metainfo));
    m_titleLabel->setToolTip(Qt::convertFromPlainText(MetainfoText::displayName(metainfo)));
    m_torrentId = torrentId;
    m_metainfo = metainfo;
    refreshSummary();
    m_fileModel->setFiles(metainfo.files, metainfo.isMultiFile ? metainfo.name : QString());
    m_filesStack->setCurrentIndex(metainfo.version == MetainfoVersion::MagnetOnly ? 1 : 0);
    m_tabs->setTabEnabled(FilesTab, !metainfo.isTrackerList); // a list has no files
    if (m_fileProxy->rowCount() == 1)
        m_fileView->expand(m_fileProxy->index(0, 0));
    m_detailsWidget->setMetainfo(metainfo);
    showWarnings(metainfo.warnings);
}

void TorrentDetailsPane::handleTrackersChanged(quint64 torrentId)
{
    if (torrentId == m_torrentId && torrentId != 0)
        m_summaryTimer.start();
}

void TorrentDetailsPane::refreshSummary()
{
    Metainfo shown = m_metainfo;
    if (const std::optional<TorrentSnapshot> torrent = m_engine->torrent(m_torrentId))
        shown.trackerTiers = torrent->trackerTiers();
    m_summaryLabel->setText(MetainfoText::summary(shown));
}

void TorrentDetailsPane::showWarnings(const QStringList &warnings)
{
    m_warningModel->setStringList(warnings);
    const int count = int(warnings.size());
    m_tabs->setTabText(WarningsTab, count > 0 ? tr("Warnings (%1)").arg(count) : tr("Warnings"));
    m_tabs->setTabIcon(WarningsTab,
                       count > 0 ? StatusIcons::icon(StatusIcons::Kind::Warning) : QIcon());
    m_tabs->setTabEnabled(WarningsTab, count > 0);
    m_warningBanner->setVisible(count > 0);
    if (count == 0)
        return;
    m_warningBanner->setText(
        count == 1
            ? tr("Loaded with a warning: %1").arg(warnings.constFirst())
            : tr("Loaded with %1 warnings. The first: %2").arg(count).arg(warnings.constFirst()));
}

QStringList TorrentDetailsPane::selectedTrackerUrls() const
{
    return m_trackerPanel->selectedTrackerUrls();
}

void TorrentDetailsPane::copySelectedTrackerUrls()
{
    const QStringList urls = selectedTrackerUrls();
    if (!urls.isEmpty())
        QGuiApplication::clipboard()->setText(urls.join(u'\n'));
}

QString TorrentDetailsPane::title() const
{
    return m_titleLabel->text();
}

void TorrentDetailsPane::saveLayout(QSettings &settings) const
{
    m_trackerPanel->saveLayout(settings);
    m_peerPanel->saveLayout(settings);
    HeaderState::save(settings, kFileViewKey, m_fileView->header());
}

void TorrentDetailsPane::restoreLayout(QSettings &settings)
{
    m_trackerPanel->restoreLayout(settings);
    m_peerPanel->restoreLayout(settings);
    HeaderState::restore(settings, kFileViewKey, m_fileView->header());
}
