#pragma once
#include "analysis/inspection.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;
class QIcon;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace poolscope::views {
class AllocationsView;
class DiagnosticsView;
class HandlesView;
class Investigation;
class InspectorView;
class IrpView;
class OverviewView;
class PoolTagsView;
class PortView;
class RecordTableView;
class SnapshotLoader;
class WalkView;
} // namespace poolscope::views

namespace poolscope::app {

// Layout and actions only: each view owns its behaviour and talks to the others through
// the Investigation.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(views::Investigation& investigation, QWidget* parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString& path);
    // Several files of one system, oldest first: one series (growth, compare screens).
    void openFiles(const QStringList& paths);
    void openCompareFile(const QString& path);
    void openDemo(bool poolmon = false);
    bool isLoading() const;
    // Loading, working out the Overview's findings or looking a tag's blocks up in the pool: a
    // screenshot waits for it.
    bool isBusy() const;
    // Where dumps' kernel symbol files are looked for; remembered in the settings unless
    // given for one run (--symbols).
    void setSymbolFolders(const QStringList& folders, bool remember = true);
    QStringList symbolFolders() const { return m_symbolFolders; }

    // "overview", "tags", "allocations", "ports", "irps", "walk", "handles", "diagnostics"
    static QStringList viewNames();
    bool showView(const QString& name);
    QWidget* viewWidget(const QString& name) const;
    // The table of the current view, or null when it has none.
    views::RecordTableView* currentTable() const;

    bool exportCurrentTableCsv(const QString& path, QString* error);
    views::InspectorView* inspector() const { return m_inspector; }
    // What the view in front has selected, which the inspector shows when it comes forward.
    std::optional<RecordRef> frontSelection() const;
    // The main toolbar's actions, as the menus have them: Open, Compare, Export CSV, Export
    // PNG, Export Report.
    QList<QAction*> toolBarActions() const;
    bool exportViewPng(const QString& name, const QString& path, QString* error);
    // The one-file HTML report of what is open (File > Export Report); says so in the status bar.
    bool exportReport(const QString& path, QString* error);
    // The status bar's message (what was opened, what a comparison must be read with).
    QString statusText() const;

signals:
    void loadFinished(bool ok, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createViews();
    void createMenus();
    void createToolBar();
    // Settings > Language: System / English / 简体中文, stored in the settings.
    void createLanguageMenu(QMenu* menu);
    void chooseLanguage(const QString& code);
    // The first of `names` the icon theme has, else the style's standard pixmap `fallback`.
    QIcon themeIcon(const QStringList& names, int fallback) const;
    void inspectFrontSelection();
    void updateTitle();
    void updateRecentMenu();
    void addRecent(const QString& path);
    void restoreSettings();
    void saveSettings();
    void startLoad(const QStringList& paths, bool compare);
    void chooseOpen();
    void chooseCompare();
    void chooseExportCsv();
    void chooseExportPng(bool wholeWindow);
    void chooseExportReport();

    views::Investigation& m_investigation;
    views::SnapshotLoader* m_loader = nullptr;
    QStringList m_symbolFolders;
    bool m_loadIsCompare = false;
    bool m_dockSized = false; // the inspector's first width set (or restored from the settings)
    QStringList m_loadingPaths;
    QStringList m_openedPaths; // the files of the open investigation, for the report

    QTabWidget* m_tabs = nullptr;
    views::OverviewView* m_overview = nullptr;
    views::PoolTagsView* m_tags = nullptr;
    views::AllocationsView* m_allocations = nullptr;
    views::PortView* m_ports = nullptr;
    views::IrpView* m_irps = nullptr;
    views::WalkView* m_walk = nullptr;
    views::HandlesView* m_handles = nullptr;
    views::DiagnosticsView* m_diagnostics = nullptr;
    views::InspectorView* m_inspector = nullptr;

    QAction* m_open = nullptr;
    QAction* m_compare = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_exportPng = nullptr;
    // File > Export Report… (Ctrl+R): the HTML report; its toolbar button triggers this action.
    QAction* m_exportReport = nullptr;
    QMenu* m_recentMenu = nullptr;
    QStringList m_recent;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace poolscope::app
