// The window at the smallest size it is used at (1024x700), in English and in Chinese: the
// places where a cut value hides the answer (diagnostics, verdicts, descriptions, the
// inspector's fields) show their whole text, the columns that carry the answer are on
// screen, the charts count in whole ticks and name small tags in KB, and the inspector
// follows the view in front.
// moc cannot parse <stop_token>'s concepts: the capture loop is for the compiler only.
#ifndef Q_MOC_RUN
#include "analysis/capture/capture_loop.h"
#endif
#include "app/gui/language.h"
#include "tests/gui/test_window.h"
#include "tests/support/fake_system.h"
#include "tests/support/kd_log_generator.h"
#include "views/chart_panel.h"
#include "views/compare_models.h"
#include "views/diagnostics_view.h"
#include "views/handle_models.h"
#include "views/handles_view.h"
#include "views/inspector_view.h"
#include "views/investigation.h"
#include "views/overview_view.h"
#include "views/pool_tag_model.h"
#include "views/pool_tags_view.h"
#include "views/port_view.h"
#include "views/completion_port_model.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_view.h"
#include "views/walk_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <fstream>

using namespace poolscope;
using namespace poolscope::views;

namespace {

const QSize kSmall(1024, 700);

// The room the item delegate leaves the text inside its cell (the style's text margin).
int textMargin(const QWidget* view)
{
    return view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
}

// Whether the cell shows its whole text: on one line, or wrapped within the row's height
// when the view wraps. What the eye sees: a value cut with "…" fails.
QString cutText(const QAbstractItemView* view, const QModelIndex& index, bool wraps)
{
    const QString text = index.data().toString();
    if (text.isEmpty())
        return {};
    const QRect cell = view->visualRect(index);
    const int width = cell.width() - 2 * textMargin(view);
    QFont font = view->font();
    if (const QVariant f = index.data(Qt::FontRole); f.isValid())
        font = f.value<QFont>();
    const QFontMetrics metrics(font);
    const bool fits = wraps ? metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap | Qt::TextWrapAnywhere, text)
                                      .height() <= cell.height()
                            : metrics.horizontalAdvance(text) <= width;
    return fits ? QString() : QStringLiteral("'%1' in %2x%3").arg(text).arg(cell.width()).arg(cell.height());
}

// Every cut cell of one column of a table, "" when none.
QString cutCells(const RecordTableView* table, int column, bool wraps)
{
    QStringList cut;
    const QTableView* view = table->table();
    for (int r = 0; r < table->proxy()->rowCount(); ++r)
        if (QString c = cutText(view, table->proxy()->index(r, column), wraps); !c.isEmpty())
            cut << c;
    return cut.join(QStringLiteral("; "));
}

// Whether the column lies within the table's viewport without scrolling.
bool onScreen(const RecordTableView* table, int column)
{
    const QTableView* view = table->table();
    const QHeaderView* header = view->horizontalHeader();
    const int left = header->sectionViewportPosition(column);
    return left >= 0 && left + header->sectionSize(column) <= view->viewport()->width();
}

QString countLabel(const RecordTableView* table)
{
    for (const QLabel* label : table->findChildren<QLabel*>())
        if (label->text().contains(QLatin1String("row")) || label->text().contains(QStringLiteral("行")))
            return label->text();
    return {};
}

} // namespace

class SmallWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(testgui::isolateSettings(m_settings, QStringLiteral("PoolScopeSmallWindowTest")));
    }

    void cleanup()
    {
        m_window.reset();
        m_investigation.reset();
        app::applyLanguage(QStringLiteral("en"));
    }

    void noAnswerIsCut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void noAnswerIsCut()
    {
        QFETCH(QString, language);
        open(language);

        auto* diagnostics = static_cast<DiagnosticsView*>(m_window->viewWidget(QStringLiteral("diagnostics")));
        m_window->showView(QStringLiteral("diagnostics"));
        QVERIFY(diagnostics->table()->proxy()->rowCount() >= 3);
        const int message = diagnostics->table()->proxy()->columnCount() - 1;
        QVERIFY2(cutCells(diagnostics->table(), message, true).isEmpty(), qPrintable(cutCells(diagnostics->table(), message, true)));
        QVERIFY(onScreen(diagnostics->table(), message));

        auto* ports = static_cast<PortView*>(m_window->viewWidget(QStringLiteral("ports")));
        m_window->showView(QStringLiteral("ports"));
        QVERIFY(ports->table()->proxy()->rowCount() >= 1);
        QVERIFY2(cutCells(ports->table(), VerdictColumn, false).isEmpty(), qPrintable(cutCells(ports->table(), VerdictColumn, false)));
        QVERIFY2(onScreen(ports->table(), VerdictColumn), "the verdict is scrolled out of sight");
        QVERIFY(onScreen(ports->table(), QueuedColumn));

        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        m_window->showView(QStringLiteral("tags"));
        QVERIFY(tags->table()->proxy()->rowCount() >= 8);
        QVERIFY2(cutCells(tags->table(), DescriptionColumn, false).isEmpty(), qPrintable(cutCells(tags->table(), DescriptionColumn, false)));
        QVERIFY(!tags->table()->proxy()->index(0, DescriptionColumn).data().toString().isEmpty());

        auto* handles = static_cast<HandlesView*>(m_window->viewWidget(QStringLiteral("handles")));
        m_window->showView(QStringLiteral("handles"));
        QVERIFY(handles->typeTable()->proxy()->rowCount() > 10);
        QVERIFY2(onScreen(handles->typeTable(), HtCountColumn), "the handle counts are scrolled out of sight");
        QVERIFY(onScreen(handles->typeTable(), HtTypeColumn));

        // The inspector on the deepest port (the Ports view picks it): names and values whole.
        m_window->showView(QStringLiteral("ports"));
        QTreeWidget* tree = m_window->inspector()->tree();
        QVERIFY(tree->topLevelItemCount() > 4);
        QStringList cut;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            for (int column = 0; column < 2; ++column)
                if (QString c = cutText(tree, tree->indexFromItem(*it, column), true); !c.isEmpty())
                    cut << c;
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    }

    void theCompareColumnsThatAnswerStayOnScreen()
    {
        open(QStringLiteral("en"), true);
        QVERIFY(m_investigation->snapshotCount() >= 2);
        m_investigation->compareWithIndex(0);
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        m_window->showView(QStringLiteral("tags"));
        QCOMPARE(tags->table()->proxy()->headerData(TagCompareBytesDelta, Qt::Horizontal).toString(), QStringLiteral("Δ Bytes"));
        QVERIFY2(onScreen(tags->table(), TagCompareBytesDelta), "Δ Bytes is scrolled out of sight");
        QVERIFY2(onScreen(tags->table(), TagCompareBytesDelta + 1), "Δ Outstanding is scrolled out of sight");
        // The CSV keeps the model's order that scripts read.
        QVERIFY(tags->table()->exportCsv().startsWith("Tag,Pool,Bytes before,Bytes after,Δ Bytes"));
    }

    void chartsCountInWholeTicksAndNameSmallTagsInKilobytes()
    {
        ChartPanel panel;
        panel.resize(420, 300);
        ChartData one;
        one.kind = ChartData::Kind::Bars;
        one.categories << QStringLiteral("IOCPLeak.exe");
        one.valueLabels << QStringLiteral("1");
        one.valueAxis = QStringLiteral("handles");
        ChartSeries handles;
        handles.name = QStringLiteral("handles");
        handles.values = {1.0};
        one.series.push_back(handles);
        panel.show(one);
        QStringList ticks = panel.axisTickLabels(Qt::Horizontal);
        QVERIFY2(ticks.size() >= 2, qPrintable(ticks.join(u' ')));
        QCOMPARE(ticks.front(), QStringLiteral("0"));
        QCOMPARE(ticks.removeDuplicates(), 0); // "0 0 1 1 2" under a bar of 1 repeats itself
        QVERIFY(ticks.contains(QStringLiteral("1")));

        ChartData screens;
        screens.kind = ChartData::Kind::Lines;
        screens.xAxis = QStringLiteral("screen");
        screens.valueAxis = QStringLiteral("KB");
        ChartSeries line;
        line.name = QStringLiteral("Irp Nonp");
        line.points = {{1, 10.5}, {2, 11.0}, {3, 12.25}};
        screens.series.push_back(line);
        panel.show(screens);
        QCOMPARE(panel.axisTickLabels(Qt::Horizontal), (QStringList{"1", "2", "3"}));
        // Twelve screens: the axis is screens 1 to 12, no screen 0 or 15.
        line.points.clear();
        for (int x = 1; x <= 12; ++x)
            line.points.emplace_back(x, 10.0 + x * 0.25);
        screens.series = {line};
        panel.show(screens);
        const QStringList twelve = panel.axisTickLabels(Qt::Horizontal);
        QVERIFY2(!twelve.contains(QStringLiteral("0")) && !twelve.contains(QStringLiteral("15")), qPrintable(twelve.join(u' ')));
        QVERIFY2(twelve.contains(QStringLiteral("12")) && twelve.size() >= 5, qPrintable(twelve.join(u' ')));

        open(QStringLiteral("en"));
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        const ChartData& top = tags->topChart()->data();
        const qsizetype ioco = top.categories.indexOf(QStringLiteral("IoCo Nonp"));
        QVERIFY(ioco >= 0);
        QCOMPARE(top.valueLabels.value(ioco), QStringLiteral("51.5 KB"));
        QCOMPARE(top.valueLabels.value(0), QStringLiteral("199.3 MB"));
        // A log is one snapshot: no growth chart takes room from the top tags.
        QVERIFY(!tags->seriesChart()->isVisibleTo(tags));
    }

    void aSeriesShowsItsGrowthChart()
    {
        open(QStringLiteral("en"), true);
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        QVERIFY(tags->seriesChart()->isVisibleTo(tags));
        QVERIFY(!tags->seriesChart()->data().series.empty());
    }

    void theInspectorFollowsTheViewInFront()
    {
        open(QStringLiteral("en"));
        // A process picked in Handles...
        auto* handles = static_cast<HandlesView*>(m_window->viewWidget(QStringLiteral("handles")));
        m_window->showView(QStringLiteral("handles"));
        QVERIFY(handles->typeTable()->selectKey(handles->typeTable()->proxy()->index(0, 0).data(KeyRole).toString()));
        QVERIFY2(m_window->inspector()->title().contains(QLatin1String("xxxxxx.EXE")), qPrintable(m_window->inspector()->title()));
        // ...then the Walk with the port's queue in front, no step picked: the queue's head.
        const auto port = m_investigation->selectedPort();
        QVERIFY(port.has_value());
        m_window->showView(QStringLiteral("walk"));
        auto* walk = static_cast<WalkView*>(m_window->viewWidget(QStringLiteral("walk")));
        QVERIFY(walk->table()->proxy()->rowCount() > 100);
        QVERIFY2(m_window->inspector()->title().contains(QLatin1String("_KQUEUE")), qPrintable(m_window->inspector()->title()));
        QVERIFY2(m_window->inspector()->stepText().contains(QLatin1String("head")), qPrintable(m_window->inspector()->stepText()));
    }

    void smallWordsAreRight()
    {
        open(QStringLiteral("en"));
        auto* handles = static_cast<HandlesView*>(m_window->viewWidget(QStringLiteral("handles")));
        QCOMPARE(handles->holdersTable()->proxy()->rowCount(), 1);
        QCOMPARE(countLabel(handles->holdersTable()), QStringLiteral("1 row"));
        auto* ports = static_cast<PortView*>(m_window->viewWidget(QStringLiteral("ports")));
        QVERIFY2(ports->answerText().contains(QLatin1String("held by 1 process)")), qPrintable(ports->answerText()));
    }

    void loadingIsNotNothingOpen()
    {
        QVERIFY(testgui::openWindow(m_investigation, m_window, kSmall));
        const QString path = m_dir.filePath(QStringLiteral("big.log"));
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            testdata::KdLogOptions options;
            options.leakedThreadHandles = 200000;
            options.handleEntries = true;
            out << testdata::generateKdLog(options);
        }
        auto* overview = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
        QVERIFY(overview->sourceText().startsWith(QLatin1String("Nothing open")));
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFile(path);
        QVERIFY2(overview->sourceText().startsWith(QLatin1String("Opening big.log")), qPrintable(overview->sourceText()));
        QVERIFY(finished.wait(60000));
        QVERIFY(!overview->sourceText().contains(QLatin1String("Opening")));
        QVERIFY(overview->sourceText().contains(QLatin1String("big.log")));
    }

    void aWindows10PoolHasNoFixedMaximum()
    {
        // The pool lines of a Windows 10 !vm: the "maximum" it prints is the pools' 16 TB range.
        const QString path = m_dir.filePath(QStringLiteral("vm10.log"));
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            out << "lkd> !vm\n"
                   "Physical Memory:          4194044 (   16776176 Kb)\n"
                   "NonPagedPool Usage:           239 (        956 Kb)\n"
                   "NonPagedPoolNx Usage:       30120 (     120480 Kb)\n"
                   "NonPagedPool Max:      4294967296 (17179869184 Kb)\n"
                   "PagedPool Usage:            37783 (     151132 Kb)\n"
                   "PagedPool Maximum:     4294967296 (17179869184 Kb)\n";
        }
        QVERIFY(testgui::openWindow(m_investigation, m_window, kSmall));
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFile(path);
        QVERIFY(finished.wait(20000));
        auto* overview = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
        QVERIFY2(!overview->nonPagedText().contains(QLatin1String("TB")), qPrintable(overview->nonPagedText()));
        QVERIFY2(overview->nonPagedText().contains(QLatin1String("no fixed maximum")), qPrintable(overview->nonPagedText()));
        QVERIFY2(overview->pagedText().contains(QLatin1String("no fixed maximum")), qPrintable(overview->pagedText()));
    }

    void aCaptureOpensWithItsGrowthChart()
    {
        // What `poolscope-cli capture` writes on Windows, from the source the tests replace the
        // system with: a tag (Thre) and a process's Thread handles that grow every screen.
        const QString path = m_dir.filePath(QStringLiteral("capture.log"));
        testdata::FakeSystemOptions fakeOptions;
        testdata::FakeSystem system(fakeOptions);
        std::string why;
        auto sink = capture::FileSink::create(path.toStdString(), why);
        QVERIFY2(sink, why.c_str());
        capture::CaptureOptions options;
        options.interval = std::chrono::milliseconds(0);
        options.screens = 8;
        const capture::CaptureResult result = capture::runCapture(system, *sink, options, {}, {});
        QVERIFY2(result.error.empty(), result.error.c_str());
        QCOMPARE(result.screens, std::size_t{8});
        sink.reset();

        QVERIFY(testgui::openWindow(m_investigation, m_window, kSmall));
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFile(path);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(m_investigation->snapshotCount(), 8);
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        m_window->showView(QStringLiteral("tags"));
        QVERIFY(tags->seriesChart()->isVisibleTo(tags));
        const ChartData& growth = tags->seriesChart()->data();
        QCOMPARE(growth.xAxis, QStringLiteral("seconds")); // the capture times its screens
        QVERIFY(!growth.series.empty());
        QCOMPARE(growth.series.front().name, QStringLiteral("Thre Nonp"));
        QCOMPARE(growth.series.front().points.size(), std::size_t{8});
        QVERIFY(growth.series.front().points.back().y() > growth.series.front().points.front().y());
        // The handles the process piles up, counted per type in the Handles view.
        auto* handles = static_cast<HandlesView*>(m_window->viewWidget(QStringLiteral("handles")));
        QVERIFY(handles->typeTable()->proxy()->rowCount() > 0);
        QCOMPARE(handles->typeTable()->proxy()->index(0, HtProcessColumn).data().toString(),
                 QString::fromLatin1(testdata::FakeSystem::kLeakingImage));
        QCOMPARE(handles->typeTable()->proxy()->index(0, HtTypeColumn).data().toString(), QStringLiteral("Thread"));
    }

private:
    void open(const QString& language, bool poolmon = false)
    {
        app::applyLanguage(language);
        QVERIFY(testgui::openWindow(m_investigation, m_window, kSmall));
        m_window->openDemo(poolmon);
        QCoreApplication::processEvents();
    }

    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    std::unique_ptr<Investigation> m_investigation;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(SmallWindowTest)
#include "small_window_test.moc"
