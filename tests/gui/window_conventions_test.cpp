// What a desktop application owes its user: a toolbar with icons for the common actions
// (the same actions as the menus), a status-bar hint for every action, the file named in
// the title, the inspector following the view in front, the desktop's dark palette taken
// everywhere, charts included, and every view reachable and usable from the keyboard.
#include "app/gui/dark_palette.h"
#include "app/gui/main_window.h"
#include "views/chart_panel.h"
#include "views/finding_card.h"
#include "views/handles_view.h"
#include "views/inspector_view.h"
#include "views/investigation.h"
#include "views/irp_view.h"
#include "views/overview_view.h"
#include "views/pool_tags_view.h"
#include "views/port_view.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_view.h"
#include "views/walk_view.h"
#include "tests/gui/test_window.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

#include <set>

using namespace poolscope;
using namespace poolscope::views;

namespace {

void collectActions(const QMenu* menu, QList<QAction*>& out)
{
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            collectActions(action->menu(), out);
        else
            out << action;
    }
}

double luminance(const QImage& image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++n;
        }
    return n ? sum / n : 0;
}

void clickRow(RecordTableView* table, int r)
{
    QTableView* view = table->table();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(r, 0)).center());
}

} // namespace

class WindowConventionsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(testgui::isolateSettings(m_settings, QStringLiteral("PoolScopeConventionsTest")));
    }

    void init()
    {
        QVERIFY(testgui::openWindow(m_investigation, m_window));
        m_window->openDemo();
    }

    void cleanup()
    {
        m_window.reset();
        m_investigation.reset();
    }

    void theToolbarHasTheCommonActionsWithIcons()
    {
        auto* bar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        const QList<QAction*> actions = m_window->toolBarActions();
        QStringList names;
        for (QAction* action : actions) {
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
            QVERIFY(bar->actions().contains(action));
            // A button that shows the icon and the name, and triggers the menu's own action.
            auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action));
            QVERIFY(button);
            QCOMPARE(button->defaultAction(), action);
            QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
            names << action->iconText();
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Open"), QStringLiteral("Compare"), QStringLiteral("Export CSV"),
                                     QStringLiteral("Export PNG"), QStringLiteral("Report")}));
        // The same actions as File's, shortcuts and all.
        QList<QAction*> file;
        collectActions(m_window->menuBar()->actions().first()->menu(), file);
        for (QAction* action : actions)
            QVERIFY2(file.contains(action), qPrintable(action->text()));
        QAction* report = actions.last();
        QCOMPARE(report->text(), QStringLiteral("Export &Report…"));
        QCOMPARE(report->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(actions.first()->shortcut(), QKeySequence(QKeySequence::Open));
    }

    void everyActionHasAStatusBarHint()
    {
        QList<QAction*> all;
        for (QAction* menu : m_window->menuBar()->actions())
            collectActions(menu->menu(), all);
        QVERIFY(all.size() >= 20);
        for (QAction* action : all) {
            const bool recent = action->text().startsWith(QLatin1Char('/'));
            if (recent)
                continue; // Open Recent's entries are the files' own paths
            QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->text()));
        }
        // Hovering an action writes its hint in the status bar.
        QAction* csv = m_window->toolBarActions().at(2);
        csv->showStatusText(m_window.get());
        QCOMPARE(m_window->statusBar()->currentMessage(), csv->statusTip());
        QVERIFY(csv->statusTip().contains(QStringLiteral("CSV")));
    }

    void theTitleNamesWhatIsOpen()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Demo: IOCP leak and thread-handle leak (KD log) — PoolScope"));
        m_window->openDemo(true);
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Demo: ")));
        m_investigation->compareWithIndex(0);
        QVERIFY2(m_window->windowTitle().contains(QStringLiteral(" compared with demo_poolmon.log screen 1 — PoolScope")),
                 qPrintable(m_window->windowTitle()));
    }

    void theInspectorFollowsTheViewInFront()
    {
        InspectorView* inspector = m_window->inspector();
        // The deepest port is picked on load.
        QCOMPARE(inspector->title(), QStringLiteral("_KQUEUE ffffe000`05248840 (IoCompletion port)"));
        // A tag picked in Pool tags: the inspector shows what carries it.
        m_window->showView(QStringLiteral("tags"));
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        QVERIFY(tags->table()->selectKey(QStringLiteral("Thre|Nonpaged")));
        QCOMPARE(inspector->title(), QStringLiteral("Pool tag 'Thre' (Nonpaged)"));
        QCOMPARE(inspector->fieldValue(QStringLiteral("Objects of type")), QStringLiteral("Thread"));
        // Completion ports in front: its port, the one selected there.
        m_window->showView(QStringLiteral("ports"));
        QCOMPARE(inspector->title(), QStringLiteral("_KQUEUE ffffe000`05248840 (IoCompletion port)"));
        // Back to Pool tags: its tag again, not the port picked earlier.
        m_window->showView(QStringLiteral("tags"));
        QCOMPARE(inspector->title(), QStringLiteral("Pool tag 'Thre' (Nonpaged)"));
        // An IRP picked in IRPs, a process in Handles: each comes back with its view.
        m_window->showView(QStringLiteral("irps"));
        auto* irps = static_cast<IrpView*>(m_window->viewWidget(QStringLiteral("irps")));
        clickRow(irps->table(), 3);
        const QString irp = inspector->title();
        QVERIFY(irp.startsWith(QStringLiteral("_IRP ")));
        m_window->showView(QStringLiteral("handles"));
        auto* handles = static_cast<HandlesView*>(m_window->viewWidget(QStringLiteral("handles")));
        clickRow(handles->typeTable(), 0);
        QCOMPARE(inspector->title(), QStringLiteral("_EPROCESS ffffe000`0286f080 (xxxxxx.EXE)"));
        m_window->showView(QStringLiteral("irps"));
        QCOMPARE(inspector->title(), irp);
        m_window->showView(QStringLiteral("handles"));
        QCOMPARE(inspector->title(), QStringLiteral("_EPROCESS ffffe000`0286f080 (xxxxxx.EXE)"));
        // The walk: the step selected, at its place on the list.
        m_window->showView(QStringLiteral("walk"));
        auto* walk = static_cast<WalkView*>(m_window->viewWidget(QStringLiteral("walk")));
        clickRow(walk->table(), 36);
        QCOMPARE(inspector->stepText(), QStringLiteral("entry 37 of 156 on port ffffe000`05248840"));
        m_window->showView(QStringLiteral("tags"));
        m_window->showView(QStringLiteral("walk"));
        QCOMPARE(inspector->stepText(), QStringLiteral("entry 37 of 156 on port ffffe000`05248840"));
        // The Overview: the suspect selected.
        m_window->showView(QStringLiteral("overview"));
        auto* overview = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
        QVERIFY(overview->suspects()->selectKey(QStringLiteral("tags/CM31|Paged")));
        m_window->showView(QStringLiteral("ports"));
        m_window->showView(QStringLiteral("overview"));
        QCOMPARE(inspector->title(), QStringLiteral("Pool tag 'CM31' (Paged)"));
    }

    void theDesktopsDarkPaletteIsTaken()
    {
        cleanup();
        QStyle* previousStyle = QApplication::style();
        const QString previousName = previousStyle->name();
        const QPalette previous = QApplication::palette();
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(app::darkPalette());
        init();
        QTemporaryDir dir;
        const QColor base = app::darkPalette().color(QPalette::Base);
        for (const QString& view : {QStringLiteral("overview"), QStringLiteral("tags"), QStringLiteral("handles"), QStringLiteral("irps")}) {
            m_window->showView(view);
            QTest::qWait(50);
            const QString path = dir.filePath(view + QStringLiteral(".png"));
            QString error;
            QVERIFY2(m_window->exportViewPng(view, path, &error), qPrintable(error));
            const QImage image(path);
            QVERIFY2(luminance(image) < 0.3, qPrintable(QStringLiteral("%1 is light: %2").arg(view).arg(luminance(image))));
        }
        // The charts draw on the palette's base, their names in its text colour.
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        m_window->showView(QStringLiteral("tags"));
        const QImage chart = tags->topChart()->grab().toImage();
        QCOMPARE(QColor(chart.pixel(2, 2)), base);
        const std::vector<DrawnLabel> labels = tags->topChart()->drawnCategoryLabels();
        QVERIFY(!labels.empty());
        bool light = false;
        for (int x = labels[0].rect.left(); x <= labels[0].rect.right(); ++x)
            for (int y = labels[0].rect.top(); y <= labels[0].rect.bottom(); ++y)
                light = light || QColor(chart.pixel(x, y)).lightnessF() > 0.8;
        QVERIFY2(light, "the chart's tag names are not drawn in the palette's light text");
        // The Overview's findings: cards in the window's colours, their text light.
        m_window->showView(QStringLiteral("overview"));
        auto* overview = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
        QTRY_VERIFY_WITH_TIMEOUT(!overview->findingsPending(), 30000);
        FindingCard* card = overview->findingCards().value(0);
        QVERIFY(card);
        QVERIFY(card->palette().color(QPalette::WindowText).lightnessF() > 0.8);
        QVERIFY(card->grab().toImage().pixelColor(3, card->height() / 2).lightnessF() < 0.3);

        cleanup();
        QApplication::setPalette(previous);
        QApplication::setStyle(previousName);
        init();
    }

    void everyViewIsReachedAndUsedFromTheKeyboard()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto* tabs = m_window->findChild<QTabWidget*>();
        const QStringList views = app::MainWindow::viewNames();
        for (int i = 0; i < views.size(); ++i) {
            // Ctrl+1..7 bring each view forward.
            QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(tabs->currentWidget(), m_window->viewWidget(views[i]));
            // Tab from the tab bar goes round every control of the view and comes back.
            tabs->tabBar()->setFocus();
            std::set<QWidget*> reached;
            for (int step = 0; step < 200; ++step) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget* focus = QApplication::focusWidget();
                QVERIFY(focus);
                if (focus == tabs->tabBar())
                    break;
                reached.insert(focus);
            }
            QWidget* view = m_window->viewWidget(views[i]);
            // Every table and its filter box, every combo box and button of the view.
            int expected = 0;
            for (QWidget* control : view->findChildren<QWidget*>()) {
                const bool interactive = qobject_cast<QTableView*>(control) || qobject_cast<QComboBox*>(control)
                    || qobject_cast<QAbstractButton*>(control) || qobject_cast<QLineEdit*>(control);
                if (!interactive || !control->isVisibleTo(view) || !control->isEnabled() || control->focusPolicy() == Qt::NoFocus
                    || qobject_cast<QLineEdit*>(control->parentWidget()) || qobject_cast<QComboBox*>(control->parentWidget())
                    || qobject_cast<QAbstractSpinBox*>(control->parentWidget())) // their own parts: the box takes the focus
                    continue;
                ++expected;
                QVERIFY2(reached.count(control), qPrintable(QStringLiteral("%1: Tab never reaches %2 '%3'")
                                                                .arg(views[i], QLatin1String(control->metaObject()->className()),
                                                                     control->objectName().isEmpty()
                                                                         ? control->property("text").toString()
                                                                         : control->objectName())));
            }
            QVERIFY2(expected > 0, qPrintable(views[i]));
            // The inspector is on the way round too.
            QVERIFY(reached.count(static_cast<QWidget*>(m_window->inspector()->tree())));
        }
        // A finding's link opens from the keyboard.
        m_window->showView(QStringLiteral("overview"));
        auto* overview = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
        QTRY_VERIFY_WITH_TIMEOUT(!overview->findingsPending(), 30000);
        QAbstractButton* open = overview->findingCards().value(0)->openButtons().front();
        open->setFocus();
        QTest::keyClick(open, Qt::Key_Space);
        QCOMPARE(tabs->currentWidget(), m_window->viewWidget(QStringLiteral("tags")));
    }

private:
    QTemporaryDir m_settings;
    std::unique_ptr<Investigation> m_investigation;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(WindowConventionsTest)
#include "window_conventions_test.moc"
