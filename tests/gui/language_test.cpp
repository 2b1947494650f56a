// The window in Simplified Chinese, chosen the way main chooses it (app::applyLanguage before
// the window is built, from --language or Settings > Language): menus, tabs, table headers,
// status tips and the Overview's headings read in Chinese, while pool tags, WinDbg commands,
// addresses and CSV headers stay as they are; English comes back when it is chosen again.
#include "app/gui/language.h"
#include "app/gui/main_window.h"
#include "views/finding_card.h"
#include "views/inspector_view.h"
#include "views/investigation.h"
#include "views/overview_view.h"
#include "views/pool_tag_model.h"
#include "views/pool_tags_view.h"
#include "views/port_view.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_view.h"

#include "analysis/pooltag_database.h"
#include "tests/gui/test_window.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace poolscope;
using namespace poolscope::views;

namespace {

QStringList menuTitles(const QMainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList tabTitles(const QMainWindow& window)
{
    QStringList titles;
    const auto* tabs = window.findChild<QTabWidget*>();
    for (int i = 0; tabs && i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    return titles;
}

QStringList headers(const RecordTableView* table)
{
    QStringList titles;
    const QAbstractItemModel* model = table->proxy();
    for (int c = 0; c < model->columnCount(); ++c)
        titles << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return titles;
}

QMenu* menuTitled(const QMainWindow& window, const QString& title)
{
    for (QAction* action : window.menuBar()->actions())
        if (action->text() == title)
            return action->menu();
    return nullptr;
}

QAction* actionTitled(const QMenu* menu, const QString& title)
{
    for (QAction* action : menu->actions()) {
        if (action->text() == title)
            return action;
        if (action->menu())
            if (QAction* inner = actionTitled(action->menu(), title))
                return inner;
    }
    return nullptr;
}

bool hasLabel(const QWidget& widget, const QString& text)
{
    for (const QLabel* label : widget.findChildren<QLabel*>())
        if (label->text().contains(text))
            return true;
    return false;
}

} // namespace

class LanguageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(testgui::isolateSettings(m_settings, QStringLiteral("PoolScopeLanguageTest")));
    }

    void cleanup()
    {
        m_window.reset();
        m_investigation.reset();
        app::applyLanguage(QStringLiteral("en"));
    }

    void theWindowSpeaksSimplifiedChinese()
    {
        open(QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        QCOMPARE(menuTitles(*m_window), (QStringList{QStringLiteral("文件(&F)"), QStringLiteral("设置(&S)"),
                                                     QStringLiteral("视图(&V)"), QStringLiteral("帮助(&H)")}));
        QStringList tabs = tabTitles(*m_window);
        // Allocations, after Pool tags: in Chinese, whatever its words.
        const QString allocations = tabs.takeAt(2);
        QVERIFY2(allocations != QLatin1String("Allocations") && !allocations.isEmpty(), qPrintable(allocations));
        QCOMPARE(tabs, (QStringList{QStringLiteral("概览"), QStringLiteral("池标记"), QStringLiteral("完成端口"),
                                    QStringLiteral("IRP"), QStringLiteral("遍历"), QStringLiteral("句柄"),
                                    QStringLiteral("诊断")}));
        QCOMPARE(m_window->toolBarActions().front()->statusTip(),
                 QStringLiteral("打开内核转储、poolmon 捕获或 WinDbg/KD 日志（同一系统的多个文件构成一个序列）"));
        QCOMPARE(m_window->toolBarActions().front()->iconText(), QStringLiteral("打开"));
        // Qt's own dialogs (File > Open, Save) speak it too: Qt's translation is loaded.
        QCOMPARE(QCoreApplication::translate("QFileDialog", "Open"), QStringLiteral("打开"));
        // The source line and the pool cells, not only the headings.
        auto* tagsView = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        QCOMPARE(tagsView->table()->proxy()->index(0, PoolColumn).data().toString(), QStringLiteral("非分页"));
        QVERIFY(tagsView->table()->exportCsv().contains(",Nonpaged,"));
        // The status bar says what is open, in Chinese.
        QVERIFY(m_window->statusBar()->findChild<QLabel*>()->text().startsWith(QStringLiteral("演示数据：")));

        // The Overview: its headings, the pool figures and the suspects table's header.
        auto* overview = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
        QVERIFY(hasLabel(*overview, QStringLiteral("发现")));
        QVERIFY(hasLabel(*overview, QStringLiteral("一览")));
        QVERIFY(hasLabel(*overview, QStringLiteral("队列最深的完成端口")));
        QCOMPARE(overview->nonPagedText(), QStringLiteral("非分页池：282 MB，共 370 MB（76%）"));
        QCOMPARE(headers(overview->suspects()).value(0), QStringLiteral("嫌疑"));

        // The ports table: Chinese headers and words, the address and the verdict's meaning intact.
        auto* ports = static_cast<PortView*>(m_window->viewWidget(QStringLiteral("ports")));
        QCOMPARE(headers(ports->table()).mid(0, 3),
                 (QStringList{QStringLiteral("#"), QStringLiteral("端口"), QStringLiteral("已排队条目")}));
        const QAbstractItemModel* portModel = ports->table()->proxy();
        QCOMPARE(portModel->index(0, 1).data().toString(), QStringLiteral("ffffe000`05248840"));
        QCOMPARE(portModel->index(0, 2).data().toString(), QStringLiteral("156"));
        QCOMPARE(portModel->index(0, portModel->columnCount() - 1).data().toString(),
                 QStringLiteral("有已排队条目，无线程等待"));

        // Tags stay as poolmon and !poolused print them.
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        QStringList tagNames;
        for (int r = 0; r < tags->table()->proxy()->rowCount(); ++r)
            tagNames << tags->table()->proxy()->index(r, 0).data().toString();
        QVERIFY2(tagNames.contains(QStringLiteral("Thre")) && tagNames.contains(QStringLiteral("IoCo")),
                 qPrintable(tagNames.join(QLatin1Char(' '))));
        QCOMPARE(headers(tags->table()).value(0), QStringLiteral("标记"));

        // WinDbg commands stay commands: the finding cards' and the inspector's.
        QTRY_VERIFY(!overview->findingsPending());
        QVERIFY(!overview->findingCards().isEmpty());
        QStringList commands;
        for (const FindingCard* card : overview->findingCards())
            commands << card->commandTexts();
        QVERIFY2(commands.contains(QStringLiteral("!poolused 2 Thre")), qPrintable(commands.join(QLatin1Char('|'))));
        m_window->showView(QStringLiteral("ports"));
        ports->table()->selectKey(QStringLiteral("0xffffe00005248840"));
        QTRY_VERIFY(m_window->inspector()->commandTexts().contains(QStringLiteral("!icpleak 1")));
        QCOMPARE(m_window->inspector()->commandTexts().value(0), QStringLiteral("dt -r1 nt!_KQUEUE ffffe000`05248840"));
    }

    void csvKeepsItsEnglishHeaderInChinese()
    {
        open(QStringLiteral("zh_CN"));
        auto* ports = static_cast<PortView*>(m_window->viewWidget(QStringLiteral("ports")));
        QCOMPARE(headers(ports->table()).value(2), QStringLiteral("已排队条目"));
        const QList<QByteArray> lines = ports->table()->exportCsv().split('\n');
        QVERIFY(lines.size() > 2);
        // Scripts read the same header and words whatever the window's language.
        QCOMPARE(lines[0], QByteArray("#,Port,Queued entries,IRPs seen,Max concurrency,Active threads,Waiting threads,"
                                      "Packets,Holders,Held by,Verdict\r"));
        QVERIFY2(lines[1].startsWith("1,0xffffe00005248840,156,"), lines[1].constData());
        QVERIFY2(lines[1].endsWith(",\"entries queued, no thread waiting\"\r"), lines[1].constData());
        QVERIFY(!ports->table()->exportCsv().contains(QStringLiteral("端口").toUtf8()));
    }

    void settingsLanguageStoresTheChoiceForTheNextStart()
    {
        open(QStringLiteral("en")); // for this run only: the stored choice stays "System"
        QCOMPARE(app::savedLanguage(), QString());
        QMenu* settings = menuTitled(*m_window, QStringLiteral("&Settings"));
        QVERIFY(settings);
        QAction* chinese = actionTitled(settings, QStringLiteral("简体中文"));
        QAction* english = actionTitled(settings, QStringLiteral("English"));
        QAction* system = actionTitled(settings, QStringLiteral("System"));
        QVERIFY(chinese && english && system);
        QVERIFY(system->isChecked() && !chinese->isChecked());
        chinese->trigger();
        QVERIFY(chinese->isChecked() && !system->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(app::savedLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(m_window->statusBar()->findChild<QLabel*>()->text(),
                 QStringLiteral("The language changes when PoolScope starts again"));

        // The next start, as main makes it: the saved choice is applied before the window.
        m_window.reset();
        open(app::savedLanguage());
        QCOMPARE(tabTitles(*m_window).value(0), QStringLiteral("概览"));
        QMenu* chineseSettings = menuTitled(*m_window, QStringLiteral("设置(&S)"));
        QVERIFY(chineseSettings);
        QVERIFY(actionTitled(chineseSettings, QStringLiteral("简体中文"))->isChecked());
        QVERIFY(actionTitled(chineseSettings, QStringLiteral("跟随系统")));
        app::saveLanguage(QString());
    }

    void englishComesBack()
    {
        open(QStringLiteral("zh_CN"));
        QCOMPARE(tabTitles(*m_window).value(1), QStringLiteral("池标记"));
        m_window.reset();
        open(QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(menuTitles(*m_window), (QStringList{QStringLiteral("&File"), QStringLiteral("&Settings"),
                                                     QStringLiteral("&View"), QStringLiteral("&Help")}));
        QCOMPARE(tabTitles(*m_window), (QStringList{QStringLiteral("Overview"), QStringLiteral("Pool tags"),
                                                    QStringLiteral("Allocations"),
                                                    QStringLiteral("Completion ports"), QStringLiteral("IRPs"),
                                                    QStringLiteral("Walk"), QStringLiteral("Handles"),
                                                    QStringLiteral("Diagnostics")}));
        auto* overview = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
        QCOMPARE(overview->nonPagedText(), QStringLiteral("Nonpaged pool: 282 MB of 370 MB (76%)"));
        auto* ports = static_cast<PortView*>(m_window->viewWidget(QStringLiteral("ports")));
        QCOMPARE(headers(ports->table()).value(2), QStringLiteral("Queued entries"));
    }

private:
    void open(const QString& language)
    {
        app::applyLanguage(language);
        QVERIFY(testgui::openWindow(m_investigation, m_window));
        m_window->openDemo();
    }

    QTemporaryDir m_settings;
    std::unique_ptr<Investigation> m_investigation;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(LanguageTest)
#include "language_test.moc"
