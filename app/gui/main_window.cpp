#include "main_window.h"

#include "report_export.h"
#include "symbol_folders_dialog.h"

#include "app/build_info.h"
#include "app/gui/demo.h"
#include "analysis/conclusions/snapshot_compare.h"
#include "app/gui/language.h"
#include "views/allocations_view.h"
#include "views/diagnostics_view.h"
#include "views/handles_view.h"
#include "views/inspector_view.h"
#include "views/investigation.h"
#include "views/irp_view.h"
#include "views/overview_view.h"
#include "views/pool_tag_model.h"
#include "views/completion_port_model.h"
#include "views/pool_tags_view.h"
#include "views/port_view.h"
#include "views/record_table_view.h"
#include "views/snapshot_loader.h"
#include "views/table_export.h"
#include "views/walk_view.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>

#include <algorithm>

namespace poolscope::app {

namespace {

constexpr int kMaxRecent = 10;

// The names --view and --export-png take (never translated), and the tab titles.
const char* const kViewTitles[][2] = {
    {"overview", QT_TRANSLATE_NOOP("poolscope::app::MainWindow", "Overview")},
    {"tags", QT_TRANSLATE_NOOP("poolscope::app::MainWindow", "Pool tags")},
    {"allocations", QT_TRANSLATE_NOOP("poolscope::app::MainWindow", "Allocations")},
    {"ports", QT_TRANSLATE_NOOP("poolscope::app::MainWindow", "Completion ports")},
    {"irps", QT_TRANSLATE_NOOP("poolscope::app::MainWindow", "IRPs")},
    {"walk", QT_TRANSLATE_NOOP("poolscope::app::MainWindow", "Walk")},
    {"handles", QT_TRANSLATE_NOOP("poolscope::app::MainWindow", "Handles")},
    {"diagnostics", QT_TRANSLATE_NOOP("poolscope::app::MainWindow", "Diagnostics")},
};

} // namespace

MainWindow::MainWindow(views::Investigation& investigation, QWidget* parent)
    : QMainWindow(parent), m_investigation(investigation)
{
    setAcceptDrops(true);
    m_loader = new views::SnapshotLoader(this);
    createViews();
    createMenus();
    createToolBar();

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, m_loader, &views::SnapshotLoader::cancel);

    connect(m_loader, &views::SnapshotLoader::progress, this, [this](int job, double fraction) {
        if (job == m_loader->currentJob())
            m_progress->setValue(static_cast<int>(fraction * 1000));
    });
    const auto endLoad = [this] {
        m_overview->setLoading({});
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
    };
    connect(m_loader, &views::SnapshotLoader::loaded, this,
            [this, endLoad](int, std::shared_ptr<const OpenedSource> source) {
                endLoad();
                QString name = QFileInfo(m_loadingPaths.value(0)).fileName();
                if (m_loadingPaths.size() > 1)
                    name = tr("%1 and %2 more").arg(name, QLocale().toString(static_cast<int>(m_loadingPaths.size() - 1)));
                if (m_loadIsCompare) {
                    m_investigation.compareWithSource(std::move(source), name);
                    m_status->setText(tr("Comparing with %1").arg(name));
                } else {
                    m_openedPaths = m_loadingPaths;
                    m_investigation.setSource(std::move(source), name);
                    if (m_loadingPaths.size() == 1)
                        addRecent(m_loadingPaths.front());
                    m_status->setText(tr("Opened %1").arg(name));
                }
                updateTitle();
                emit loadFinished(true, m_status->text());
            });
    connect(m_loader, &views::SnapshotLoader::failed, this, [this, endLoad](int, const QString& message) {
        endLoad();
        m_status->setText(tr("Could not open: %1").arg(message));
        if (isVisible() && !qApp->platformName().startsWith(QLatin1String("offscreen")))
            QMessageBox::warning(this, tr("Could not open the file"), message);
        emit loadFinished(false, message);
    });
    connect(m_loader, &views::SnapshotLoader::cancelled, this, [this, endLoad](int) {
        endLoad();
        m_status->setText(tr("Loading cancelled"));
        emit loadFinished(false, m_status->text());
    });
    connect(&m_investigation, &views::Investigation::showViewRequested, this,
            [this](const QString& view) { showView(view); });
    connect(&m_investigation, &views::Investigation::sourceChanged, this, &MainWindow::updateTitle);
    // The inspector follows the view in front: bringing a view forward shows its selection.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::inspectFrontSelection);

    restoreSettings();
    updateTitle();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::viewNames()
{
    QStringList names;
    for (const auto& view : kViewTitles)
        names << QString::fromLatin1(view[0]);
    return names;
}

void MainWindow::createViews()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_overview = new views::OverviewView(m_investigation, m_tabs);
    m_tags = new views::PoolTagsView(m_investigation, m_tabs);
    m_allocations = new views::AllocationsView(m_investigation, m_tabs);
    m_ports = new views::PortView(m_investigation, m_tabs);
    m_irps = new views::IrpView(m_investigation, m_tabs);
    m_walk = new views::WalkView(m_investigation, m_tabs);
    m_handles = new views::HandlesView(m_investigation, m_tabs);
    m_diagnostics = new views::DiagnosticsView(m_investigation, m_tabs);
    const QWidget* widgets[] = {m_overview, m_tags, m_allocations, m_ports, m_irps, m_walk, m_handles, m_diagnostics};
    for (std::size_t i = 0; i < std::size(widgets); ++i)
        m_tabs->addTab(const_cast<QWidget*>(widgets[i]), tr(kViewTitles[i][1]));
    setCentralWidget(m_tabs);

    auto* dock = new QDockWidget(tr("Inspector"), this);
    dock->setObjectName(QStringLiteral("inspectorDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_inspector = new views::InspectorView(m_investigation, dock);
    dock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {460}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_open = file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseOpen);
    m_open->setStatusTip(tr("Open a kernel dump, a poolmon capture or a WinDbg/KD log (several files of one system "
                            "make a series)"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QMenu* demo = file->addMenu(tr("Open &Demo"));
    demo->addAction(tr("IOCP leak and thread-handle leak (KD log)"), this, [this] { openDemo(false); })
        ->setStatusTip(tr("Both real leak cases at full scale, generated: a KD transcript of the IOCP and handle leaks"));
    demo->addAction(tr("Pool growth (poolmon capture)"), this, [this] { openDemo(true); })
        ->setStatusTip(tr("Twelve poolmon screens, generated, with four tags that grow steadily"));
    file->addSeparator();
    m_compare = file->addAction(tr("&Compare With…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                                &MainWindow::chooseCompare);
    m_compare->setStatusTip(tr("Open another file as the 'before' side: the tables gain before, after and delta columns"));
    file->addAction(tr("S&top Comparing"), this, [this] { m_investigation.stopComparing(); })
        ->setStatusTip(tr("Back to the snapshot alone"));
    file->addSeparator();
    m_exportCsv = file->addAction(tr("Export Table as &CSV…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                  &MainWindow::chooseExportCsv);
    m_exportCsv->setStatusTip(tr("Write the table of the view in front, filtered and sorted as shown, as CSV"));
    m_exportPng = file->addAction(tr("Export View as &PNG…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                                  [this] { chooseExportPng(false); });
    m_exportPng->setStatusTip(tr("Save the view in front as a PNG image"));
    file->addAction(tr("Export &Window as PNG…"), this, [this] { chooseExportPng(true); })
        ->setStatusTip(tr("Save the whole window, inspector included, as a PNG image"));
    m_exportReport = file->addAction(tr("Export &Report…"), QKeySequence(Qt::CTRL | Qt::Key_R), this,
                                     &MainWindow::chooseExportReport);
    m_exportReport->setStatusTip(tr("Write one HTML file with the findings, the key tables and charts and the WinDbg "
                                    "commands that confirm them, to open anywhere"));
    m_exportReport->setEnabled(false);
    connect(&m_investigation, &views::Investigation::sourceChanged, this,
            [this] { m_exportReport->setEnabled(m_investigation.source() != nullptr); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close)->setStatusTip(tr("Close PoolScope"));

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("&Symbol Folders…"), this, [this] {
        SymbolFoldersDialog dialog(m_symbolFolders, this);
        if (dialog.exec() == QDialog::Accepted)
            setSymbolFolders(dialog.folders());
    })->setStatusTip(tr("The folders searched for a dump kernel's PDB or volatility3 symbol file"));
    createLanguageMenu(settingsMenu->addMenu(tr("&Language")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < static_cast<int>(std::size(kViewTitles)); ++i) {
        const QString name = QString::fromLatin1(kViewTitles[i][0]);
        view->addAction(tr(kViewTitles[i][1]), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this,
                        [this, name] { showView(name); })
            ->setStatusTip(tr("Bring the %1 view forward").arg(tr(kViewTitles[i][1])));
    }

    view->addSeparator();
    view->addAction(tr("Inspector &Back"), this, [this] { m_inspector->back(); })
        ->setStatusTip(tr("The record the inspector showed before (Alt+Left)"));
    view->addAction(tr("Inspector &Forward"), this, [this] { m_inspector->forward(); })
        ->setStatusTip(tr("The record the inspector showed after (Alt+Right)"));

    QToolBar* bar = addToolBar(tr("Snapshot"));
    bar->setObjectName(QStringLiteral("snapshotToolBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr(" Snapshot: "), bar));
    auto* snapshots = new QComboBox(bar);
    snapshots->setMinimumContentsLength(24);
    snapshots->setToolTip(tr("Which screen of a poolmon capture the views show"));
    bar->addWidget(snapshots);
    bar->addWidget(new QLabel(tr("  Compare with: "), bar));
    auto* compare = new QComboBox(bar);
    compare->setMinimumContentsLength(24);
    compare->setToolTip(tr("Show before / after / delta columns against another snapshot"));
    bar->addWidget(compare);

    const auto fill = [this, snapshots, compare] {
        const QSignalBlocker b1(snapshots);
        const QSignalBlocker b2(compare);
        snapshots->clear();
        compare->clear();
        compare->addItem(tr("(nothing)"), -1);
        const SnapshotSeries* series = m_investigation.series();
        for (int i = 0; series && i < static_cast<int>(series->size()); ++i) {
            const Snapshot& s = series->snapshots[static_cast<std::size_t>(i)];
            const QString label = s.label.empty() ? tr("snapshot %1").arg(i + 1) : QString::fromStdString(s.label);
            snapshots->addItem(label, i);
            compare->addItem(label, i);
        }
        snapshots->setCurrentIndex(m_investigation.currentIndex());
        snapshots->setEnabled(snapshots->count() > 1);
        if (!m_investigation.baselineLabel().isEmpty() && !m_investigation.baseline())
            compare->setCurrentIndex(0);
    };
    connect(&m_investigation, &views::Investigation::sourceChanged, this, fill);
    connect(snapshots, &QComboBox::currentIndexChanged, this,
            [this, snapshots](int) { m_investigation.setCurrentIndex(snapshots->currentData().toInt()); });
    connect(compare, &QComboBox::currentIndexChanged, this, [this, compare](int) {
        const int index = compare->currentData().toInt();
        if (index == -2)
            return; // the other file, already the baseline
        if (index < 0)
            m_investigation.stopComparing();
        else
            m_investigation.compareWithIndex(index);
    });
    connect(&m_investigation, &views::Investigation::baselineChanged, this, [this, compare] {
        const QSignalBlocker block(compare);
        const auto index = m_investigation.baselineIndex();
        compare->setCurrentIndex(index ? compare->findData(*index) : 0);
        if (!index && m_investigation.baseline()) {
            // Another file: name it in the selector too.
            compare->addItem(m_investigation.baselineLabel(), -2);
            compare->setCurrentIndex(compare->count() - 1);
        }
        if (const Snapshot* before = m_investigation.baseline(); before && m_investigation.current()) {
            const QString caveat = QString::fromStdString(comparisonCaveat(*before, *m_investigation.current()));
            if (!caveat.isEmpty())
                m_status->setText(caveat);
        }
        updateTitle();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About PoolScope"), this, [this] {
        QMessageBox::about(this, tr("About PoolScope"),
                           tr("<b>PoolScope</b> finds what leaks Windows kernel pool: open a kernel dump, a poolmon "
                              "capture or a WinDbg/KD log and follow the evidence from the growing tag to the "
                              "process, port, file or handle that holds it.<p>Version %1")
                               .arg(QString::fromStdString(versionText()).toHtmlEscaped()));
    });
    about->setStatusTip(tr("Version and what PoolScope is for"));
}

void MainWindow::createLanguageMenu(QMenu* menu)
{
    auto* group = new QActionGroup(menu);
    const QString saved = savedLanguage();
    for (const LanguageChoice& choice : languageChoices()) {
        QAction* action = menu->addAction(choice.nativeName);
        action->setCheckable(true);
        action->setChecked(choice.code == saved);
        action->setData(choice.code);
        action->setStatusTip(choice.code.isEmpty() ? tr("Speak the desktop's language (English where PoolScope has no "
                                                        "translation); applies when PoolScope starts again")
                                                   : tr("Use this language from the next start on"));
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction* action) { chooseLanguage(action->data().toString()); });
}

void MainWindow::chooseLanguage(const QString& code)
{
    if (code == savedLanguage())
        return;
    saveLanguage(code);
    // Every view takes its text when it is built: a restart shows the whole window in the new
    // language at once, where retranslating live would leave text built from data behind.
    m_status->setText(tr("The language changes when PoolScope starts again"));
    if (qApp->platformName().startsWith(QLatin1String("offscreen")))
        return;
    const auto answer = QMessageBox::question(this, tr("Language"),
                                              tr("The language changes when PoolScope starts again. Restart now?"),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    // The same files and options, without a --language that would override the choice.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const qsizetype at = arguments.indexOf(QStringLiteral("--language"));
    if (at >= 0)
        arguments.remove(at, std::min<qsizetype>(2, arguments.size() - at));
    arguments.removeIf([](const QString& a) { return a.startsWith(QLatin1String("--language=")); });
    if (!m_openedPaths.isEmpty() && QCoreApplication::arguments().size() == 1)
        arguments = m_openedPaths; // what is open now, when the window was started empty
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        close();
    else
        m_status->setText(tr("Could not start PoolScope again: the language changes at the next start"));
}

QIcon MainWindow::themeIcon(const QStringList& names, int fallback) const
{
    for (const QString& name : names)
        if (QIcon::hasThemeIcon(name))
            return QIcon::fromTheme(name);
    return style()->standardIcon(static_cast<QStyle::StandardPixmap>(fallback));
}

void MainWindow::createToolBar()
{
    // The desktop's own icons where its theme has them; the style's standard ones elsewhere.
    m_open->setIcon(themeIcon({QStringLiteral("document-open")}, QStyle::SP_DialogOpenButton));
    m_open->setIconText(tr("Open"));
    m_compare->setIcon(themeIcon({QStringLiteral("view-split-left-right"), QStringLiteral("document-compare")},
                                 QStyle::SP_TitleBarNormalButton));
    m_compare->setIconText(tr("Compare"));
    m_exportCsv->setIcon(themeIcon({QStringLiteral("x-office-spreadsheet"), QStringLiteral("text-csv")},
                                   QStyle::SP_FileDialogDetailedView));
    m_exportCsv->setIconText(tr("Export CSV"));
    m_exportPng->setIcon(themeIcon({QStringLiteral("image-x-generic"), QStringLiteral("camera-photo")}, QStyle::SP_DesktopIcon));
    m_exportPng->setIconText(tr("Export PNG"));
    m_exportReport->setIcon(themeIcon({QStringLiteral("text-html"), QStringLiteral("document-export")}, QStyle::SP_FileIcon));
    m_exportReport->setIconText(tr("Report"));

    QToolBar* bar = new QToolBar(tr("Main"), this);
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_open, m_compare});
    bar->addSeparator();
    bar->addActions({m_exportCsv, m_exportPng, m_exportReport});
    // Before the snapshot selector, on the same row.
    insertToolBar(findChild<QToolBar*>(QStringLiteral("snapshotToolBar")), bar);
}

QList<QAction*> MainWindow::toolBarActions() const
{
    return {m_open, m_compare, m_exportCsv, m_exportPng, m_exportReport};
}

std::optional<RecordRef> MainWindow::frontSelection() const
{
    QWidget* current = m_tabs->currentWidget();
    if (current == m_overview)
        return m_overview->selectedRecord();
    if (current == m_tags) {
        RecordRef ref;
        ref.kind = RecordKind::PoolTag;
        if (views::parsePoolTagKey(m_tags->selectedTag(), ref.tag, ref.pool))
            return ref;
        return std::nullopt;
    }
    if (current == m_allocations)
        return m_allocations->selectedRecord();
    if (current == m_ports) {
        if (const auto port = views::parseAddressKey(m_ports->table()->currentKey()))
            return RecordRef{RecordKind::Port, *port, 0, {}, PoolType::Unknown};
        return std::nullopt;
    }
    if (current == m_irps)
        return m_irps->selectedRecord();
    if (current == m_walk)
        return m_walk->selectedRecord();
    if (current == m_handles)
        return m_handles->selectedRecord();
    return std::nullopt; // Diagnostics: lines of the source, no record
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::inspectFrontSelection()
{
    if (const auto record = frontSelection()) {
        m_inspector->showRecord(*record);
        return;
    }
    // Nothing picked in the view in front: the inspector shows what that view is about (the
    // head of the list the Walk shows, the port picked, the object whose holders are
    // listed), never a record left over from another view.
    QWidget* current = m_tabs->currentWidget();
    if (current == m_walk) {
        if (const auto list = m_walk->list())
            emit m_investigation.listStepRequested(*list, 0);
    } else if (current == m_ports) {
        if (const auto port = m_investigation.selectedPort())
            m_inspector->showRecord({RecordKind::Port, *port, 0, {}, PoolType::Unknown});
    } else if (current == m_handles) {
        if (const auto object = m_investigation.selectedObject())
            m_inspector->showRecord({RecordKind::Object, *object, 0, {}, PoolType::Unknown});
    }
}

void MainWindow::openFile(const QString& path)
{
    startLoad({path}, false);
}

void MainWindow::openFiles(const QStringList& paths)
{
    if (!paths.isEmpty())
        startLoad(paths, false);
}

void MainWindow::openCompareFile(const QString& path)
{
    startLoad({path}, true);
}

void MainWindow::openDemo(bool poolmon)
{
    QString error;
    DemoSource demo = app::openDemo(poolmon ? Demo::PoolmonCapture : Demo::KdLog, &error);
    if (!demo.source) {
        m_status->setText(tr("Could not open the demo: %1").arg(error));
        return;
    }
    m_openedPaths.clear();
    m_investigation.setSource(std::move(demo.source), demo.label, true);
    m_status->setText(tr("Demo data: generated to look like the two real leak cases, not from a real machine"));
    updateTitle();
}

bool MainWindow::isLoading() const
{
    return m_loader->isLoading();
}

void MainWindow::startLoad(const QStringList& paths, bool compare)
{
    m_loadIsCompare = compare;
    m_loadingPaths = paths;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_status->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(paths.join(QStringLiteral(", ")))));
    m_overview->setLoading(QFileInfo(paths.value(0)).fileName());
    m_loader->load(paths);
}

bool MainWindow::showView(const QString& name)
{
    QWidget* widget = viewWidget(name);
    if (!widget)
        return false;
    m_tabs->setCurrentWidget(widget);
    return true;
}

QWidget* MainWindow::viewWidget(const QString& name) const
{
    const QStringList names = viewNames();
    const qsizetype index = names.indexOf(name);
    return index < 0 ? nullptr : m_tabs->widget(static_cast<int>(index));
}

bool MainWindow::isBusy() const
{
    return isLoading() || m_overview->findingsPending() || m_allocations->isBusy();
}

views::RecordTableView* MainWindow::currentTable() const
{
    QWidget* current = m_tabs->currentWidget();
    if (current == m_overview)
        return m_overview->suspects();
    if (current == m_tags)
        return m_tags->table();
    if (current == m_allocations)
        return m_allocations->currentTable();
    if (current == m_ports)
        return m_ports->table();
    if (current == m_irps)
        return m_irps->table();
    if (current == m_walk)
        return m_walk->table();
    if (current == m_handles)
        return m_handles->typeTable();
    if (current == m_diagnostics)
        return m_diagnostics->table();
    return nullptr;
}

bool MainWindow::exportCurrentTableCsv(const QString& path, QString* error)
{
    views::RecordTableView* table = currentTable();
    if (!table) {
        if (error)
            *error = tr("this view has no table");
        return false;
    }
    return views::writeFile(path, table->exportCsv(), error);
}

bool MainWindow::exportViewPng(const QString& name, const QString& path, QString* error)
{
    if (name == QLatin1String("window"))
        return views::saveWidgetPng(*this, path, error);
    if (name == QLatin1String("inspector"))
        return views::saveWidgetPng(*m_inspector, path, error);
    if (!showView(name)) {
        if (error)
            *error = tr("no view named '%1' (views: %2, inspector, window)").arg(name, viewNames().join(QStringLiteral(", ")));
        return false;
    }
    return views::saveWidgetPng(*viewWidget(name), path, error);
}

void MainWindow::chooseOpen()
{
    // Several files are opened as one series, in name order (oldest first when named by time).
    QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open (several files of one system make a series)"), QString(),
        tr("Pool evidence (*.log *.txt *.dmp);;WinDbg/KD logs (*.log *.txt);;poolmon captures (*.log *.txt);;"
           "Kernel memory dumps (*.dmp);;"
           "Kernel dumps (*.dmp);;All files (*)"));
    paths.sort();
    openFiles(paths);
}

void MainWindow::chooseCompare()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare With"), QString(),
                                                      tr("Pool evidence (*.log *.txt *.dmp);;All files (*)"));
    if (!path.isEmpty())
        openCompareFile(path);
}

void MainWindow::chooseExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table as CSV"), QString(),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCurrentTableCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::chooseExportPng(bool wholeWindow)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as PNG"), QString(), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = wholeWindow ? views::saveWidgetPng(*this, path, &error)
                                : views::saveWidgetPng(*m_tabs->currentWidget(), path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
}

bool MainWindow::exportReport(const QString& path, QString* error)
{
    ReportWritten written;
    QString why;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writeReport(m_investigation, m_openedPaths, path, &written, &why);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        m_status->setText(tr("Report not written: %1").arg(why));
        if (error)
            *error = why;
        return false;
    }
    const QString findings = written.findings == 1 ? tr("1 finding") : tr("%1 findings").arg(written.findings);
    const QString charts = written.charts == 1 ? tr("1 chart") : tr("%1 charts").arg(written.charts);
    // One arg() call: a path holding "%2" must not be filled in.
    m_status->setText(tr("Report written to %1 (%2 KB): %3, %4")
                          .arg(QDir::toNativeSeparators(path), QString::number((written.bytes + 1023) / 1024), findings,
                               charts));
    return true;
}

void MainWindow::chooseExportReport()
{
    QString named = m_openedPaths.value(m_openedPaths.size() - 1);
    if (named.isEmpty() && m_investigation.current() && !m_investigation.current()->sources.empty())
        named = QString::fromStdString(m_investigation.current()->sources.front()); // the demo's own file name
    QString suggested = QFileInfo(named).completeBaseName();
    if (suggested.isEmpty())
        suggested = QStringLiteral("poolscope");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested + QStringLiteral("-report.html"),
                                                      tr("HTML files (*.html *.htm)"));
    QString error;
    if (!path.isEmpty() && !exportReport(path, &error) && !qApp->platformName().startsWith(QLatin1String("offscreen")))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::updateTitle()
{
    QString title = QStringLiteral("PoolScope");
    if (m_investigation.source()) {
        title = m_investigation.label() + QStringLiteral(" — PoolScope");
        if (m_investigation.baseline())
            title = tr("%1 compared with %2 — PoolScope").arg(m_investigation.label(), m_investigation.baselineLabel());
    }
    setWindowTitle(title);
}

void MainWindow::addRecent(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(absolute);
    m_recent.prepend(absolute);
    while (m_recent.size() > kMaxRecent)
        m_recent.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), m_recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& path : m_recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openFile(path); });
    m_recentMenu->setEnabled(!m_recent.isEmpty());
}

void MainWindow::setSymbolFolders(const QStringList& folders, bool remember)
{
    m_symbolFolders = folders;
    SourceOptions options;
    for (const QString& folder : folders)
        options.symbolDirs.push_back(QDir::fromNativeSeparators(folder).toStdString());
    m_loader->setSourceOptions(std::move(options));
    if (remember)
        QSettings().setValue(QStringLiteral("symbolFolders"), folders);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    m_recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    setSymbolFolders(settings.value(QStringLiteral("symbolFolders")).toStringList());
    updateRecentMenu();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 900);
    m_dockSized = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (const QString& name : viewNames()) {
        showView(name);
        if (views::RecordTableView* table = currentTable())
            table->restoreHeaderState(settings.value(QStringLiteral("columns/") + name).toByteArray());
    }
    showView(QStringLiteral("overview"));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    const int current = m_tabs->currentIndex();
    for (const QString& name : viewNames()) {
        showView(name);
        if (views::RecordTableView* table = currentTable())
            settings.setValue(QStringLiteral("columns/") + name, table->saveHeaderState());
    }
    m_tabs->setCurrentIndex(current);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_dockSized)
        return;
    m_dockSized = true;
    // A third of the window, whatever the language's longest title: at 1024 pixels the
    // views keep the columns that carry the answer on screen.
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("inspectorDock")))
        resizeDocks({dock}, {std::clamp(width() / 3, 280, 460)}, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    paths.sort();
    if (!paths.isEmpty()) {
        openFiles(paths);
        event->acceptProposedAction();
    }
}

} // namespace poolscope::app
