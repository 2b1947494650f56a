// The window on the demo investigation, clicked through the way an engineer walks the IOCP
// and handle leaks: what each view shows, how a selection in one filters the others, what
// the inspector says and which command it offers, and what the exports write.
#include "app/gui/main_window.h"
#include "tests/support/kd_log_generator.h"
#include "tests/support/shared_data.h"
#include "views/diagnostics_view.h"
#include "views/chart_panel.h"
#include "views/handles_view.h"
#include "views/inspector_view.h"
#include "views/investigation.h"
#include "views/irp_view.h"
#include "views/overview_view.h"
#include "views/pool_tags_view.h"
#include "views/port_view.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_model.h"
#include "views/record_table_view.h"
#include "tests/gui/test_window.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <set>

using namespace poolscope;
using namespace poolscope::views;

namespace {

QStringList row(const RecordTableView* table, int r)
{
    QStringList cells;
    const QAbstractItemModel* model = table->proxy();
    for (int c = 0; c < model->columnCount(); ++c)
        cells << model->index(r, c).data().toString();
    return cells;
}

int column(const RecordTableView* table, const QString& title)
{
    const QAbstractItemModel* model = table->proxy();
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == title)
            return c;
    return -1;
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(testgui::isolateSettings(m_settings, QStringLiteral("PoolScopeTest")));
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

    void demoIsLabelledAndTheOverviewStatesThePools()
    {
        QVERIFY(m_investigation->isDemo());
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Demo:")));
        auto* overview = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
        QVERIFY(overview->sourceText().contains(QStringLiteral("DEMO DATA")));
        QCOMPARE(overview->nonPagedText(), QStringLiteral("Nonpaged pool: 282 MB of 370 MB (76%)"));
        const RecordTableView* suspects = overview->suspects();
        // Leak signatures, strongest first, each with its reason.
        QCOMPARE(suspects->proxy()->rowCount(), 5);
        QCOMPARE(row(suspects, 0), (QStringList{QStringLiteral("Completion port nobody dequeues"), QStringLiteral("ffffe000`05248840"),
                                                QStringLiteral("156 queued"), QStringLiteral("ports"),
                                                QStringLiteral("156 entries queued and no thread waiting on it (max concurrency 8); "
                                                               "held by IOCPLeak.exe (pid 0x1a2c)")}));
        QCOMPARE(row(suspects, 1).mid(1, 2), (QStringList{QStringLiteral("xxxxxx.EXE (pid 0x8e8)"),
                                                           QStringLiteral("323,155 Thread")}));
        QCOMPARE(row(suspects, 3).mid(0, 3), (QStringList{QStringLiteral("Tag taking most of nonpaged pool"),
                                                           QStringLiteral("Thre"), QStringLiteral("199 MB")}));
        QVERIFY(row(suspects, 3).value(4).startsWith(QStringLiteral("199 MB in 326,514 allocations, 71% of the nonpaged pool")));
    }

    void aSuspectOpensItsViewWithTheRecordSelected()
    {
        auto* overview = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
        QTableView* table = overview->suspects()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(1, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto* handles = static_cast<HandlesView*>(m_window->viewWidget(QStringLiteral("handles")));
        QCOMPARE(m_window->currentTable(), handles->typeTable());
        QCOMPARE(m_investigation->selectedProcess(), std::optional<Address>(0xffffe0000286f080ull));
        QCOMPARE(handles->typeTable()->currentKey(), QStringLiteral("0xffffe0000286f080|Thread"));

        table->setCurrentIndex(table->model()->index(3, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        QCOMPARE(m_window->currentTable(), tags->table());
        QCOMPARE(tags->table()->currentKey(), QStringLiteral("Thre|Nonpaged"));
        // Selecting a tag shows what carries it in the inspector.
        QCOMPARE(m_window->inspector()->title(), QStringLiteral("Pool tag 'Thre' (Nonpaged)"));
        QCOMPARE(m_window->inspector()->commandTexts().value(1), QStringLiteral("!poolfind Thre 0"));
    }

    void thePortIsTheIcpleakAnswerAndFiltersIrpsAndHolders()
    {
        auto* ports = static_cast<PortView*>(m_window->viewWidget(QStringLiteral("ports")));
        const RecordTableView* table = ports->table();
        QCOMPARE(table->proxy()->rowCount(), 7);
        const QStringList first = row(table, 0);
        QCOMPARE(first.mid(0, 9), (QStringList{QStringLiteral("1"), QStringLiteral("ffffe000`05248840"),
                                               QStringLiteral("156"), QStringLiteral("156"), QStringLiteral("8"),
                                               QStringLiteral("0"), QStringLiteral("0"), QString(), QStringLiteral("1")}));
        QCOMPARE(first.last(), QStringLiteral("entries queued, no thread waiting"));
        // Picked on load: IRPs and holders already follow it.
        QCOMPARE(m_investigation->selectedPort(), std::optional<Address>(0xffffe00005248840ull));
        auto* irps = static_cast<IrpView*>(m_window->viewWidget(QStringLiteral("irps")));
        QCOMPARE(irps->table()->proxy()->rowCount(), 156);
        auto* handles = static_cast<HandlesView*>(m_window->viewWidget(QStringLiteral("handles")));
        QCOMPARE(handles->holdersTable()->proxy()->rowCount(), 1);
        QCOMPARE(row(handles->holdersTable(), 0).mid(0, 4),
                 (QStringList{QStringLiteral("IOCPLeak.exe"), QStringLiteral("0x1a2c"), QStringLiteral("ffffe000`01ad0900"),
                              QStringLiteral("0x88")}));

        // Another port: its IRPs (none) and its holder.
        ports->table()->selectKey(QStringLiteral("0xffffe00006100040"));
        QCOMPARE(m_investigation->selectedPort(), std::optional<Address>(0xffffe00006100040ull));
        QCOMPARE(irps->table()->proxy()->rowCount(), 0);
        QCOMPARE(row(handles->holdersTable(), 0).value(0), QStringLiteral("smss.exe"));
        irps->setShowAll(true);
        QCOMPARE(irps->table()->proxy()->rowCount(), 166);
    }

    void sortingAndFilteringTheIrpTable()
    {
        auto* irps = static_cast<IrpView*>(m_window->viewWidget(QStringLiteral("irps")));
        irps->setShowAll(true);
        RecordTableView* table = irps->table();
        const int process = column(table, QStringLiteral("Process"));
        QVERIFY(process >= 0);
        table->sortBy(process, Qt::DescendingOrder);
        // The ten healthy IRPs name no process: empty sorts below every name.
        QCOMPARE(row(table, 0).value(process), QStringLiteral("IOCPLeak.exe (0x1a2c)"));
        QCOMPARE(row(table, 165).value(process), QString());
        table->setFilterText(QStringLiteral("08b00c10"));
        QCOMPARE(table->proxy()->rowCount(), 1);
        QCOMPARE(row(table, 0).value(0), QStringLiteral("ffffe000`08b00c10"));
        table->setFilterText(QStringLiteral("iocpleak.EXE"));
        QCOMPARE(table->proxy()->rowCount(), 156);
        table->setFilterText({});
        QCOMPARE(table->proxy()->rowCount(), 166);
    }

    void theInspectorFollowsPointersWithHistory()
    {
        InspectorView* inspector = m_window->inspector();
        QCOMPARE(inspector->title(), QStringLiteral("_KQUEUE ffffe000`05248840 (IoCompletion port)"));
        QCOMPARE(inspector->fieldValue(QStringLiteral("Header.SignalState (queued entries)")), QStringLiteral("156"));
        QCOMPARE(inspector->fieldValue(QStringLiteral("Waiting threads (ThreadListHead)")), QStringLiteral("0"));
        QVERIFY(inspector->commandTexts().contains(
            QStringLiteral("!list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x \"!irp @$extret\" "
                           "@@(#CONTAINING_RECORD(0xffffe000`08b00cb8, nt!_IRP, Tail.Overlay.ListEntry))")));
        inspector->copyCommand(0);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("dt -r1 nt!_KQUEUE ffffe000`05248840"));

        QVERIFY(inspector->followField(QStringLiteral("IOCPLeak.exe")));
        QCOMPARE(inspector->title(), QStringLiteral("_EPROCESS ffffe000`01ad0900 (IOCPLeak.exe)"));
        QCOMPARE(inspector->fieldValue(QStringLiteral("UniqueProcessId (Cid)")), QStringLiteral("0x1a2c"));
        QVERIFY(inspector->commandTexts().contains(QStringLiteral("!handle 0 3 ffffe000`01ad0900")));
        QVERIFY(inspector->back());
        QCOMPARE(inspector->title(), QStringLiteral("_KQUEUE ffffe000`05248840 (IoCompletion port)"));
        QVERIFY(inspector->forward());
        QVERIFY(inspector->title().contains(QStringLiteral("IOCPLeak.exe")));

        // Selecting an IRP shows it; its file object is a link.
        auto* irps = static_cast<IrpView*>(m_window->viewWidget(QStringLiteral("irps")));
        irps->table()->selectKey(QStringLiteral("0xffffe00008b00c10"));
        QCOMPARE(inspector->title(), QStringLiteral("_IRP ffffe000`08b00c10"));
        QCOMPARE(inspector->fieldValue(QStringLiteral("Completed (CurrentLocation > StackCount)")), QStringLiteral("yes"));
        QVERIFY(inspector->followField(QStringLiteral("OriginalFileObject")));
        QCOMPARE(inspector->fieldValue(QStringLiteral("FileName")),
                 QStringLiteral("\"\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt\""));
        QVERIFY(inspector->commandTexts().contains(QStringLiteral("dt nt!_IO_COMPLETION_CONTEXT ffffe000`00ea8470")));
    }

    void theHandleChartShowsTheOutlier()
    {
        auto* handles = static_cast<HandlesView*>(m_window->viewWidget(QStringLiteral("handles")));
        const ChartData& chart = handles->chart()->data();
        QCOMPARE(chart.kind, ChartData::Kind::StackedBars);
        QCOMPARE(chart.categories.value(0), QStringLiteral("xxxxxx.EXE"));
        QCOMPARE(chart.series.front().name, QStringLiteral("Thread"));
        QCOMPARE(chart.series.front().values.front(), 323155.0);
        QCOMPARE(row(handles->typeTable(), 0).mid(0, 4), (QStringList{QStringLiteral("xxxxxx.EXE"), QStringLiteral("0x8e8"),
                                                                      QStringLiteral("Thread"), QStringLiteral("323,155")}));
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        tags->setTopCount(3);
        const ChartData& top = tags->topChart()->data();
        QCOMPARE(top.categories, (QStringList{QStringLiteral("Thre Nonp"), QStringLiteral("CM31 Paged"), QStringLiteral("MmCm Nonp")}));
        QCOMPARE(top.valueLabels, (QStringList{QStringLiteral("199.3 MB"), QStringLiteral("118.8 MB"), QStringLiteral("2.7 MB")}));
        QCOMPARE(top.series.front().values.size(), std::size_t{3});
    }

    void csvExportIsTheTableAsShown()
    {
        QVERIFY(m_window->showView(QStringLiteral("ports")));
        auto* ports = static_cast<PortView*>(m_window->viewWidget(QStringLiteral("ports")));
        ports->table()->setFilterText(QStringLiteral("IOCPLeak"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ports.csv"));
        QString error;
        QVERIFY2(m_window->exportCurrentTableCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("#,Port,Queued entries,IRPs seen,Max concurrency,Active threads,Waiting threads,Packets,Holders,Held by,Verdict\r\n"
                            "1,0xffffe00005248840,156,156,8,0,0,,1,IOCPLeak.exe,\"entries queued, no thread waiting\"\r\n"));
    }

    void pngExportIsARealImageOfTheView()
    {
        QTemporaryDir dir;
        for (const QString& view : {QStringLiteral("tags"), QStringLiteral("window")}) {
            const QString path = dir.filePath(view + QStringLiteral(".png"));
            QString error;
            QVERIFY2(m_window->exportViewPng(view, path, &error), qPrintable(error));
            const QImage image(path);
            QVERIFY(!image.isNull());
            const QWidget* widget = view == QLatin1String("window") ? static_cast<QWidget*>(m_window.get())
                                                                     : m_window->viewWidget(view);
            QCOMPARE(image.size(), widget->size());
            std::set<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 20, "the image is (nearly) blank");
        }
        QString error;
        QVERIFY(!m_window->exportViewPng(QStringLiteral("nonsense"), dir.filePath(QStringLiteral("x.png")), &error));
        QVERIFY(error.contains(QStringLiteral("no view named 'nonsense'")));
    }

    void comparingTwoScreensOfAPoolmonCapture()
    {
        m_window->openDemo(true);
        QCOMPARE(m_investigation->snapshotCount(), 12);
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        const ChartData& growth = tags->seriesChart()->data();
        QCOMPARE(growth.kind, ChartData::Kind::Lines);
        // The tags that grow steadily, fastest first (the three leaks and IoCo, which follows
        // Irp), and the top chart marks them.
        QCOMPARE(growth.series.size(), std::size_t{4});
        QCOMPARE(growth.series.front().name, QStringLiteral("Toke Paged"));
        const ChartData& bars = tags->topChart()->data();
        QCOMPARE(bars.kind, ChartData::Kind::StackedBars);
        QCOMPARE(bars.series.front().name, QStringLiteral("Growing steadily"));
        QVERIFY(bars.categories.value(0).startsWith(QStringLiteral("▲ Irp Nonp")));
        QVERIFY(bars.series.front().values.front() > 12.0);
        QCOMPARE(bars.series.back().values.front(), 0.0);
        QCOMPARE(growth.series.front().points.size(), std::size_t{12});
        m_investigation->compareWithIndex(0);
        QVERIFY(tags->isComparing());
        const RecordTableView* table = tags->table();
        QCOMPARE(table->proxy()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Δ Bytes"));
        // Largest growth first; every delta is after - before.
        const QStringList top = row(table, 0);
        QCOMPARE(top.value(0), QStringLiteral("Toke"));
        QVERIFY(top.value(4).startsWith(QLatin1Char('+')));
        const QModelIndex delta = table->proxy()->index(0, 4);
        QVERIFY(delta.data(BarRole).toDouble() > 0.99);
        const int rows = table->proxy()->rowCount();
        QVERIFY(table->proxy()->index(rows - 1, 4).data(ExportRole).toString().startsWith(QLatin1Char('-')));
        m_investigation->stopComparing();
        QVERIFY(!tags->isComparing());
        QCOMPARE(table->proxy()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Bytes"));
    }

    void openingAFileLoadsInTheBackgroundAndIsRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.log"));
        {
            testdata::KdLogOptions options;
            options.handleLeak = false;
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(testdata::generateKdLog(options)));
        }
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFile(path);
        QVERIFY(m_window->isLoading());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!m_investigation->isDemo());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("case.log — PoolScope"));
        QCOMPARE(m_investigation->current()->irps.size(), std::size_t{166});
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0), QFileInfo(path).absoluteFilePath());

        // A file that is not evidence: an error that names it, and the investigation stays.
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(notes);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("shopping list\n");
        }
        m_window->openFile(notes);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY(finished.at(1).at(1).toString().contains(QStringLiteral("notes.txt")));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("case.log — PoolScope"));
    }

    void severalLogsOfOneSystemAreASeriesWithItsGrowth()
    {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 1; i <= 3; ++i) {
            testdata::KdLogOptions options;
            options.iocpLeak = false;
            options.leakedThreadHandles = 100000 * static_cast<std::size_t>(i);
            const QString path = dir.filePath(QStringLiteral("day%1.log").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(testdata::generateKdLog(options)));
            paths << path;
        }
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFiles(paths);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(m_investigation->snapshotCount(), 3);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("day1.log and 2 more — PoolScope"));
        auto* overview = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
        const QStringList first = row(overview->suspects(), 0);
        QCOMPARE(first.mid(0, 3), (QStringList{QStringLiteral("Tag that keeps growing"), QStringLiteral("Thre (Nonpaged)"),
                                               QStringLiteral("+61.0 MB/screen")}));
        QVERIFY(first.value(4).startsWith(QStringLiteral("grows +61.0 MB per snapshot in 100% of steps")));
    }

    void theRealHandleLeakSeedThroughTheWindow()
    {
        const auto seed = testdata::sharedFile("seeds/004_5534fcd0e08ba444.txt");
        if (seed.empty())
            QSKIP("../shared/seeds not present");
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFile(QString::fromStdString(seed.string()));
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.at(0).at(0).toBool());
        auto* overview = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
        QCOMPARE(overview->nonPagedText(), QStringLiteral("Nonpaged pool: 233 MB of 271 MB (86%)"));
        // The log counts the handles in a table and lists none: never "0 handles" above the
        // finding that counts 323,155 of them.
        QVERIFY2(overview->countsText().contains(QStringLiteral("handles counted by type, none listed one by one")),
                 qPrintable(overview->countsText()));
        QVERIFY2(!overview->countsText().contains(QStringLiteral(" 0 handles")), qPrintable(overview->countsText()));
        auto* handles = static_cast<HandlesView*>(m_window->viewWidget(QStringLiteral("handles")));
        QCOMPARE(row(handles->typeTable(), 0).mid(0, 4), (QStringList{QStringLiteral("xxxxxx.EXE"), QStringLiteral("0x8e8"),
                                                                      QStringLiteral("Thread"), QStringLiteral("323,155")}));
        // The prose between the commands is counted, with its lines.
        auto* diagnostics = static_cast<DiagnosticsView*>(m_window->viewWidget(QStringLiteral("diagnostics")));
        QVERIFY(diagnostics->summaryText().startsWith(QStringLiteral("18 lines of recognised output skipped")));
        QVERIFY(diagnostics->table()->proxy()->rowCount() >= 18);
        // The leaked thread, from the seed's !thread output, in the inspector.
        emit m_investigation->inspectRequested(QStringLiteral("thread"), QStringLiteral("0x81098620"));
        QCOMPARE(m_window->inspector()->title(), QStringLiteral("_ETHREAD 81098620"));
        QCOMPARE(m_window->inspector()->fieldValue(QStringLiteral("State")), QStringLiteral("TERMINATED"));
        QVERIFY(m_window->inspector()->followField(QStringLiteral("Owning process")));
        QCOMPARE(m_window->inspector()->title(), QStringLiteral("_EPROCESS 886f5020 (xxxxxx.EXE)"));
        QCOMPARE(m_window->inspector()->fieldValue(QStringLiteral("Thread")), QStringLiteral("323,155"));
    }

private:
    QTemporaryDir m_settings;
    std::unique_ptr<Investigation> m_investigation;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
