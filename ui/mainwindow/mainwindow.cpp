#include "mainwindow/mainwindow.h"

#include "common/headerstate.h"
#include "dialogs/magnetdialog.h"
#include "engine/inspectionengine.h"
#include "mainwindow/enginestatuslabel.h"
#include "mainwindow/loadprogresswidget.h"
#include "mainwindow/messagearea.h"
#include "mainwindow/recentfilesmenu.h"
#include "mainwindow/welcomewidget.h"
#include "metainfo/torrentloader.h"
#include "torrents/metainfotext.h"
#include "torrents/torrentdetailspane.h"
#include "torrents/torrentlistmodel.h"
#include "torrents/torrentsources.h"
#include "trackers/trackeractions.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QLatin1String kGeometryKey("window/geometry");
const QLatin1String kStateKey("window/state");
const QLatin1String kSplitterKey("window/splitter");
const QLatin1String kLastDirectoryKey("window/lastDirectory");
const QLatin1String kTorrentListKey("torrents");
const int kListPaneHeight = 80;
const int kTorrentNameWidth = 360;
const int kInfoHashWidth = 300;
const int kFigureWidth = 90;
enum ContentPage { WelcomePage, DetailsPage };
} // namespace

MainWindow::MainWindow(InspectionEngine *engine, LayoutMemory layoutMemory, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_layoutMemory(layoutMemory)
    , m_loader(new TorrentLoader(this))
    , m_torrentModel(new TorrentListModel(engine, this))
    , m_torrentProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tracker-inspector.svg")));
    setAcceptDrops(true);
    resize(kDefaultSize);
    m_torrentProxy->setSourceModel(m_torrentModel);
    m_torrentProxy->setSortRole(TorrentListModel::SortRole);
    m_torrentProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_torrentProxy->setSortLocaleAware(true);
    setCentralWidget(createCentralWidget());
    createActions();
    m_loadProgress = new LoadProgressWidget(this);
    statusBar()->addPermanentWidget(m_loadProgress);
    m_statusLabel = new EngineStatusLabel(engine, this);
    statusBar()->addPermanentWidget(m_statusLabel);
    connect(m_loader, &TorrentLoader::loadFinished, this, &MainWindow::handleLoadFinished);
    connect(m_loader, &TorrentLoader::loadProgressed, this, &MainWindow::handleLoadProgressed);
    connect(m_loadProgress, &LoadProgressWidget::cancelClicked, this,
            &MainWindow::cancelPendingLoads);
    // A load ending after the engine began to shut down could not be added: stop hashing.
    connect(engine, &InspectionEngine::shutdownStarted, this, &MainWindow::cancelPendingLoads);
    if (m_layoutMemory == LayoutMemory::Remembered)
        restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createTorrentView()
{
    m_torrentView = new QTreeView;
    m_torrentView->setObjectName(QStringLiteral("torrentView"));
    m_torrentView->setModel(m_torrentProxy);
    m_torrentView->setRootIsDecorated(false);
    m_torrentView->setUniformRowHeights(true);
    m_torrentView->setAlternatingRowColors(true);
    m_torrentView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_torrentView->setAllColumnsShowFocus(true);
    m_torrentView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_torrentView->header()->setSortIndicatorClearable(true);
    m_torrentView->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_torrentView->setSortingEnabled(true);
    m_torrentView->setColumnWidth(TorrentListModel::NameColumn, kTorrentNameWidth);
    m_torrentView->setColumnWidth(TorrentListModel::InfoHashColumn, kInfoHashWidth);
    for (int column = TorrentListModel::TrackersColumn; column < TorrentListModel::ColumnCount;
         ++column)
        m_torrentView->setColumnWidth(column, kFigureWidth);
    connect(m_torrentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedTorrent);
}

QWidget *MainWindow::createCentralWidget()
{
    createTorrentView();
    auto *welcome = new WelcomeWidget;
    connect(welcome, &WelcomeWidget::openFileClicked, this, &MainWindow::showOpenFileDialog);
    connect(welcome, &WelcomeWidget::openMagnetClicked, this, &MainWindow::showMagnetDialog);
    m_detailsPane = new TorrentDetailsPane(m_engine);
    m_contentStack = new QStackedWidget;
    m_contentStack->insertWidget(WelcomePage, welcome);
    m_contentStack->insertWidget(DetailsPage, m_detailsPane);

    // The torrents as a strip on top: the tracker table below gets the window's full width.
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_torrentView);
    splitter->addWidget(m_contentStack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({kListPaneHeight, kDefaultSize.height() - kListPaneHeight});
    splitter->setChildrenCollapsible(false);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_messageArea = new MessageArea(central);
    layout->addWidget(m_messageArea);
    layout->addWidget(splitter, 1);
    return central;
}

void MainWindow::openSources(const QStringList &sources)
{
    for (qsizetype index = 0; index < sources.size(); ++index)
        startLoad(TorrentSources::fromArgument(sources.at(index)), index == 0);
}

void MainWindow::openSource(const QString &source)
{
    startLoad(TorrentSources::fromArgument(source), true);
}

void MainWindow::openFile(const QString &path)
{
    startLoad(QFileInfo(path).absoluteFilePath(), true);
}

void MainWindow::openMagnet(const QString &uri)
{
    startLoad(uri.trimmed(), true);
}

int MainWindow::addTorrent(const Metainfo &metainfo, quint64 openOrder)
{
    const int existingRow = m_torrentModel->findTorrent(metainfo);
    if (existingRow >= 0)
        return existingRow;
    // The torrent list follows the engine: the row appears with the engine's torrentAdded.
    return m_torrentModel->rowOfTorrent(m_engine->addTorrent(metainfo, {}, openOrder));
}

QStringList MainWindow::recentFiles() const
{
    return m_recentMenu->paths();
}

int MainWindow::selectedTorrentRow() const
{
    const QModelIndex current = m_torrentView->selectionModel()->currentIndex();
    return current.isValid() ? m_torrentProxy->mapToSource(current).row() : -1;
}

void MainWindow::selectTorrent(int row)
{
    const QModelIndex index = m_torrentProxy->mapFromSource(m_torrentModel->index(row, 0));
    m_torrentView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    m_torrentView->scrollTo(index);
}

void MainWindow::showSelectedTorrent()
{
    const int row = selectedTorrentRow();
    if (row < 0) {
        m_contentStack->setCurrentIndex(WelcomePage);
        m_detailsPane->setTorrent(0, Metainfo());
        m_trackerActions->updateEnabled();
        setWindowTitle(QString());
        return;
    }
    const Metainfo &metainfo = m_torrentModel->metainfo(row);
    m_detailsPane->setTorrent(m_torrentModel->torrentId(row), metainfo);
    m_trackerActions->updateEnabled();
    m_contentStack->setCurrentIndex(DetailsPage);
    // "[*]" in a title marks unsaved changes; a torrent's name is only text.
    setWindowTitle(MetainfoText::displayName(metainfo).replace(QStringLiteral("[*]"),
                                                               QStringLiteral("[*][*]")));
}

void MainWindow::closeSelectedTorrents()
{
    QList<int> rows;
    const QModelIndexList selected = m_torrentView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_torrentProxy->mapToSource(index).row();
    if (rows.isEmpty() && selectedTorrentRow() >= 0)
        rows << selectedTorrentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    QList<quint64> torrentIds;
    for (const int row : rows)
        torrentIds << m_torrentModel->torrentId(row);
    for (const quint64 torrentId : torrentIds)
        m_engine->removeTorrent(torrentId); // sends `stopped`; the row goes with torrentRemoved
    // Removing rows moves the current index without selecting it: select a neighbour outright.
    const int remaining = m_torrentModel->torrentCount();
    if (remaining > 0)
        selectTorrent(qMin(rows.isEmpty() ? 0 : rows.constLast(), remaining - 1));
    showSelectedTorrent();
}

void MainWindow::copyMagnetLink()
{
    const int row = selectedTorrentRow();
    if (row < 0)
        return;
    QGuiApplication::clipboard()->setText(MetainfoText::magnetLink(m_torrentModel->metainfo(row)));
    statusBar()->showMessage(tr("Magnet link copied."), kStatusMessageTimeout);
}

void MainWindow::showOpenFileDialog()
{
    const QString directory = m_layoutMemory == LayoutMemory::Remembered
                                  ? QSettings().value(kLastDirectoryKey).toString()
                                  : QString();
    auto *dialog = new QFileDialog(this, tr("Open Torrent Files"), directory);
    dialog->setObjectName(QStringLiteral("openFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Torrent files (*.torrent)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this, dialog](const QStringList &files) {
        if (m_layoutMemory == LayoutMemory::Remembered)
            QSettings().setValue(kLastDirectoryKey, dialog->directory().absolutePath());
        openSources(files);
    });
    dialog->open();
}

void MainWindow::showMagnetDialog()
{
    auto *dialog = new MagnetDialog(this);
    dialog->setObjectName(QStringLiteral("magnetDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { openSources(dialog->magnetLinks()); });
    dialog->open();
}

void MainWindow::pasteFromClipboard()
{
    const QStringList sources =
        TorrentSources::fromMimeData(QGuiApplication::clipboard()->mimeData());
    if (sources.isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no magnet link or torrent file."),
                                 kStatusMessageTimeout);
        return;
    }
    openSources(sources);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!TorrentSources::fromMimeData(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!TorrentSources::fromMimeData(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList sources = TorrentSources::fromMimeData(event->mimeData());
    if (sources.isEmpty())
        return;
    event->acceptProposedAction();
    openSources(sources);
}

bool MainWindow::saveScreenshot(const QString &path, QString *errorMessage)
{
    const QPixmap picture = grab();
    if (picture.save(path, "PNG"))
        return true;
    if (errorMessage)
        *errorMessage = tr("could not write the screenshot to %1").arg(path);
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelPendingLoads(); // a torrent still hashing would otherwise hold up the exit
    if (m_layoutMemory == LayoutMemory::Remembered)
        saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, findChild<QSplitter *>()->saveState());
    HeaderState::save(settings, kTorrentListKey, m_torrentView->header());
    m_detailsPane->saveLayout(settings);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()) && screen()) {
        // A first start takes most of the screen, not a fixed 1280×800 on a large one.
        const QSize available = screen()->availableGeometry().size();
        resize((QSizeF(available) * kFirstStartScreenShare).toSize().expandedTo(minimumSizeHint()));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    findChild<QSplitter *>()->restoreState(settings.value(kSplitterKey).toByteArray());
    HeaderState::restore(settings, kTorrentListKey, m_torrentView->header());
    m_detailsPane->restoreLayout(settings);
}
