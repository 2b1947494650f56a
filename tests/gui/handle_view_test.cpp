// The Handles view as an engineer walks a handle leak: who holds the port picked elsewhere,
// every process's handle counts by object type with the outlier first, and the stacked chart
// where the process holding 323,155 thread handles stands out. Snapshots come through the
// real WinDbg reader: a transcript written in the Windows 10 x64 layouts, and generated logs.
#include "analysis/conclusions/leak_queries.h"
#include "analysis/pooltag_database.h"
#include "analysis/source_open.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/kd_log_generator.h"
#include "views/chart_panel.h"
#include "views/handle_models.h"
#include "views/handles_view.h"
#include "views/investigation.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_model.h"
#include "views/record_table_view.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <numeric>

using namespace poolscope;
using namespace poolscope::views;

namespace {

constexpr Address kLeaker = 0xffffe0000286f080ull;
constexpr Address kIocpProcess = 0xffffe00001ad0900ull;
constexpr Address kSvchost = 0xffffe00001a60080ull;
constexpr Address kPort = 0xffffe00005248840ull;

// `!process 0 0`, a port held by two processes (`!handle 0 3 <process> IoCompletion`), a
// few handles of svchost in full, and the leaker's handle count by type as seeds/004 shows
// it (blank lines between the rows, as the blog post pasted them).
constexpr const char* kTranscript =
    "Windows 10 Kernel Version 19041 MP (4 procs) Free x64\n"
    "0: kd> !process 0 0\n"
    "**** NT ACTIVE PROCESS DUMP ****\n"
    "PROCESS ffffe0000084f040\n"
    "    SessionId: none  Cid: 0004    Peb: 00000000  ParentCid: 0000\n"
    "    DirBase: 001aa000  ObjectTable: ffffc00000003000  HandleCount: 2185.\n"
    "    Image: System\n"
    "\n"
    "PROCESS ffffe00001a60080\n"
    "    SessionId: 0  Cid: 0358    Peb: 7ff5ffd6c000  ParentCid: 0264\n"
    "    DirBase: 1f2a4000  ObjectTable: ffffc00001a6b000  HandleCount: 1290.\n"
    "    Image: svchost.exe\n"
    "\n"
    "PROCESS ffffe00001ad0900\n"
    "    SessionId: 1  Cid: 1a2c    Peb: 7ff5ffd3d000  ParentCid: 0f5c\n"
    "    DirBase: 1a9a7000  ObjectTable: ffffc00002a4c3c0  HandleCount: 62.\n"
    "    Image: IOCPLeak.exe\n"
    "\n"
    "PROCESS ffffe0000286f080\n"
    "    SessionId: 1  Cid: 08e8    Peb: 7efde000  ParentCid: 016c\n"
    "    DirBase: 694bc000  ObjectTable: ffffc00004b3ec68  HandleCount: 388386.\n"
    "    Image: xxxxxx.EXE\n"
    "\n"
    "0: kd> !handle 0 3 ffffe00001ad0900 IoCompletion\n"
    "\n"
    "PROCESS ffffe00001ad0900\n"
    "    SessionId: 1  Cid: 1a2c    Peb: 7ff5ffd3d000  ParentCid: 0f5c\n"
    "    DirBase: 1a9a7000  ObjectTable: ffffc00002a4c3c0  HandleCount: 62.\n"
    "    Image: IOCPLeak.exe\n"
    "\n"
    "Handle table at ffffc00002a4c3c0 with 62 entries in use\n"
    "\n"
    "0088: Object: ffffe00005248840  GrantedAccess: 001f0003 Entry: ffffc00002c7e220\n"
    "Object: ffffe00005248840  Type: (ffffe00000290ae0) IoCompletion\n"
    "    ObjectHeader: ffffe00005248810 (new version)\n"
    "        HandleCount: 2  PointerCount: 32770\n"
    "\n"
    "0: kd> !handle 0 3 ffffe00001a60080\n"
    "\n"
    "PROCESS ffffe00001a60080\n"
    "    SessionId: 0  Cid: 0358    Peb: 7ff5ffd6c000  ParentCid: 0264\n"
    "    DirBase: 1f2a4000  ObjectTable: ffffc00001a6b000  HandleCount: 1290.\n"
    "    Image: svchost.exe\n"
    "\n"
    "Handle table at ffffc00001a6b000 with 1290 entries in use\n"
    "\n"
    "0004: Object: ffffe00001bb0000  GrantedAccess: 001f0003 Entry: ffffc00001a6c010\n"
    "Object: ffffe00001bb0000  Type: (ffffe000000b2c10) Event\n"
    "    ObjectHeader: ffffe00001baffd0 (new version)\n"
    "        HandleCount: 1  PointerCount: 32769\n"
    "\n"
    "0008: Object: ffffe00001bb0100  GrantedAccess: 001f0003 Entry: ffffc00001a6c020\n"
    "Object: ffffe00001bb0100  Type: (ffffe000000b2c10) Event\n"
    "    ObjectHeader: ffffe00001bb00d0 (new version)\n"
    "        HandleCount: 1  PointerCount: 32769\n"
    "\n"
    "01a4: Object: ffffe00005248840  GrantedAccess: 001f0003 Entry: ffffc00001a6c690\n"
    "Object: ffffe00005248840  Type: (ffffe00000290ae0) IoCompletion\n"
    "    ObjectHeader: ffffe00005248810 (new version)\n"
    "        HandleCount: 2  PointerCount: 32770\n"
    "\n"
    "0: kd> !process ffffe0000286f080 0\n"
    "PROCESS ffffe0000286f080\n"
    "    SessionId: 1  Cid: 08e8    Peb: 7efde000  ParentCid: 016c\n"
    "    DirBase: 694bc000  ObjectTable: ffffc00004b3ec68  HandleCount: 388386.\n"
    "    Image: xxxxxx.EXE\n"
    "\n"
    "       1  Token\n\n"
    "       1  Desktop\n\n"
    "       1  Section\n\n"
    "       2  WindowStation\n\n"
    "       3  Directory\n\n"
    "       4  IoCompletion\n\n"
    "       5  Mutant\n\n"
    "       7  Port\n\n"
    "       9  Semaphore\n\n"
    "      15  File\n\n"
    "      73  Event\n\n"
    "   65110  Key\n\n"
    "  323155  Thread\n\n\n"
    "  388386  Handles in process\n"
    "\n";

std::shared_ptr<const OpenedSource> windbgSource(std::string text)
{
    auto snapshot = readWindbgLog(decodeText(std::move(text), "handles.log"));
    auto source = std::make_shared<OpenedSource>();
    source->kind = SourceKind::WindbgLog;
    if (snapshot.ok())
        source->series.snapshots.push_back(std::move(snapshot.value()));
    return source;
}

QStringList row(const RecordTableView* table, int r, int columns = 4)
{
    QStringList cells;
    const QAbstractItemModel* model = table->proxy();
    for (int c = 0; c < std::min(columns, model->columnCount()); ++c)
        cells << model->index(r, c).data().toString();
    return cells;
}

void clickRow(RecordTableView* table, int r)
{
    QTableView* view = table->table();
    const QRect rect = view->visualRect(view->model()->index(r, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class HandleViewTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_investigation = std::make_unique<Investigation>(PoolTagDatabase::builtin());
        m_view = std::make_unique<HandlesView>(*m_investigation);
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(m_view->holdersTable()->model()),
                                          static_cast<QAbstractItemModel*>(m_view->holdersTable()->proxy()),
                                          static_cast<QAbstractItemModel*>(m_view->typeTable()->model()),
                                          static_cast<QAbstractItemModel*>(m_view->typeTable()->proxy())})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void cleanup()
    {
        m_testers.clear();
        m_view.reset();
        m_investigation.reset();
    }

    void theTypeTablePutsTheLeakFirst()
    {
        m_investigation->setSource(windbgSource(kTranscript), QStringLiteral("handles.log"));
        QCOMPARE(m_investigation->current()->skipCounts.lines, std::uint64_t{0});
        // Only the banner before the first prompt is passed over (and counted).
        QCOMPARE(m_investigation->current()->skipCounts.unrecognised, std::uint64_t{1});
        RecordTableView* types = m_view->typeTable();
        // 13 types of the leaker, Event and IoCompletion of svchost, IoCompletion of IOCPLeak.
        QCOMPARE(types->proxy()->rowCount(), 16);
        QCOMPARE(row(types, 0, 8), (QStringList{"xxxxxx.EXE", "0x8e8", "Thread", "323,155", "83%", "388,386",
                                                "type table", "ffffe000`0286f080"}));
        QCOMPARE(row(types, 1), (QStringList{"xxxxxx.EXE", "0x8e8", "Key", "65,110"}));
        QCOMPARE(row(types, 2), (QStringList{"xxxxxx.EXE", "0x8e8", "Event", "73"}));
        QCOMPARE(types->proxy()->index(0, HtCountColumn).data(BarRole).toDouble(), 1.0);

        // A click on the Process header sorts by name; counts sort as numbers.
        QHeaderView* header = types->table()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(HtProcessColumn) + 5, header->height() / 2));
        QCOMPARE(row(types, 0, 3), (QStringList{"IOCPLeak.exe", "0x1a2c", "IoCompletion"}));
        QCOMPARE(row(types, 1, 1).value(0), QStringLiteral("svchost.exe"));
        QCOMPARE(row(types, 3, 1).value(0), QStringLiteral("xxxxxx.EXE"));
        types->sortBy(HtCountColumn, Qt::AscendingOrder);
        QCOMPARE(row(types, 15), (QStringList{"xxxxxx.EXE", "0x8e8", "Thread", "323,155"}));
        types->sortBy(HtProcessColumn, Qt::DescendingOrder);
        QCOMPARE(row(types, 0, 1).value(0), QStringLiteral("xxxxxx.EXE"));
        QCOMPARE(row(types, 15, 3), (QStringList{"IOCPLeak.exe", "0x1a2c", "IoCompletion"}));

        // The filter matches any column: a type, a process, a pid.
        types->setFilterText(QStringLiteral("iocompletion"));
        QCOMPARE(types->proxy()->rowCount(), 3);
        types->setFilterText(QStringLiteral("SVCHOST"));
        QCOMPARE(types->proxy()->rowCount(), 2);
        QCOMPARE(row(types, 0, 7).mid(2), (QStringList{"Event", "2", "67%", "3", "handle entries"}));
        types->setFilterText(QStringLiteral("0x8e8"));
        QCOMPARE(types->proxy()->rowCount(), 13);
        types->setFilterText({});
        QCOMPARE(types->proxy()->rowCount(), 16);
    }

    void selectingATypeRowSelectsItsProcess()
    {
        m_investigation->setSource(windbgSource(kTranscript), QStringLiteral("handles.log"));
        QSignalSpy selected(m_investigation.get(), &Investigation::processSelected);
        RecordTableView* types = m_view->typeTable();
        clickRow(types, 0);
        QCOMPARE(m_investigation->selectedProcess(), std::optional<Address>(kLeaker));
        QCOMPARE(selected.count(), 1);
        // Another row of the same process is no new selection.
        clickRow(types, 1);
        QCOMPARE(selected.count(), 1);
        types->setFilterText(QStringLiteral("svchost"));
        clickRow(types, 0);
        QCOMPARE(m_investigation->selectedProcess(), std::optional<Address>(kSvchost));
        QCOMPARE(selected.count(), 2);

        // Picked elsewhere: the process's largest type becomes the current row.
        m_investigation->selectProcess(kLeaker);
        QCOMPARE(types->currentKey(), QStringLiteral("0xffffe0000286f080|Thread"));
    }

    void theHoldersOfTheSelectedPort()
    {
        m_investigation->setSource(windbgSource(kTranscript), QStringLiteral("handles.log"));
        RecordTableView* holders = m_view->holdersTable();
        // Nothing picked yet: an empty table and a hint saying what to do.
        QCOMPARE(holders->proxy()->rowCount(), 0);
        QVERIFY(m_view->holdersTitle().contains(QStringLiteral("Select a completion port")));

        m_investigation->selectPort(kPort);
        QVERIFY(m_view->holdersTitle().contains(QStringLiteral("ffffe000`05248840")));
        QCOMPARE(holders->proxy()->rowCount(), 2);
        holders->sortBy(0, Qt::AscendingOrder);
        QCOMPARE(row(holders, 0, 5), (QStringList{"IOCPLeak.exe", "0x1a2c", "ffffe000`01ad0900", "0x88", "ffffe000`05248840"}));
        QCOMPARE(row(holders, 1, 4), (QStringList{"svchost.exe", "0x358", "ffffe000`01a60080", "0x1a4"}));
        holders->sortBy(0, Qt::DescendingOrder);
        QCOMPARE(row(holders, 0, 1).value(0), QStringLiteral("svchost.exe"));
        holders->setFilterText(QStringLiteral("1a2c"));
        QCOMPARE(holders->proxy()->rowCount(), 1);
        QCOMPARE(row(holders, 0, 1).value(0), QStringLiteral("IOCPLeak.exe"));
        holders->setFilterText({});

        // An object nobody in this log holds: said so, not an empty table without a word.
        m_investigation->selectObject(0xffffe00001bb0000ull + 0x10);
        QCOMPARE(holders->proxy()->rowCount(), 0);
        QVERIFY(m_view->holdersTitle().contains(QStringLiteral("No process")));
        // An event svchost holds: one holder.
        m_investigation->selectObject(0xffffe00001bb0100ull);
        QCOMPARE(holders->proxy()->rowCount(), 1);
        QCOMPARE(row(holders, 0, 4), (QStringList{"svchost.exe", "0x358", "ffffe000`01a60080", "0x8"}));
        m_investigation->selectObject(std::nullopt);
        QCOMPARE(holders->proxy()->rowCount(), 0);
        QVERIFY(m_view->holdersTitle().contains(QStringLiteral("Select a completion port")));
        QCOMPARE(m_view->exportWidget(), static_cast<QWidget*>(m_view.get()));
    }

    void theStackedChartShowsTheOutlierAtAGlance()
    {
        m_investigation->setSource(windbgSource(kTranscript), QStringLiteral("handles.log"));
        const ChartData& chart = m_view->chart()->data();
        QCOMPARE(chart.kind, ChartData::Kind::StackedBars);
        QCOMPARE(chart.categories, (QStringList{"xxxxxx.EXE", "svchost.exe", "IOCPLeak.exe"}));
        // Six types across the three processes, then the rest together.
        QCOMPARE(chart.series.size(), std::size_t{7});
        QCOMPARE(chart.series[0].name, QStringLiteral("Thread"));
        QCOMPARE(chart.series[0].values, (std::vector<double>{323155.0, 0.0, 0.0}));
        QCOMPARE(chart.series[1].name, QStringLiteral("Key"));
        QCOMPARE(chart.series[2].name, QStringLiteral("Event"));
        QCOMPARE(chart.series[2].values, (std::vector<double>{73.0, 2.0, 0.0}));
        QCOMPARE(chart.series[3].name, QStringLiteral("File"));
        QCOMPARE(chart.series[4].name, QStringLiteral("Semaphore"));
        QCOMPARE(chart.series[5].name, QStringLiteral("Port"));
        QCOMPARE(chart.series.back().name, QStringLiteral("Other"));
        // Token, Desktop, Section, WindowStation, Directory, IoCompletion, Mutant.
        QCOMPARE(chart.series.back().values, (std::vector<double>{17.0, 1.0, 1.0}));
    }

    void aLargeGeneratedLogChartsTheTopTenProcesses()
    {
        testdata::KdLogOptions options; // 40 healthy processes, 30 handles each, listed in full
        testdata::PlantedLeaks planted;
        m_investigation->setSource(windbgSource(testdata::generateKdLog(options, &planted)), QStringLiteral("kd.log"));
        const Snapshot& snapshot = *m_investigation->current();
        const ChartData& chart = m_view->chart()->data();
        QCOMPARE(chart.categories.size(), 10);
        QCOMPARE(chart.categories.front(), QString::fromStdString(planted.handleLeakImage));
        QCOMPARE(chart.series.front().name, QStringLiteral("Thread"));
        QCOMPARE(chart.series.front().values.front(), static_cast<double>(planted.threadHandles));
        QCOMPARE(chart.series.size(), std::size_t{7});
        QCOMPARE(chart.series.back().name, QStringLiteral("Other"));
        // Each bar adds up to its process's handle count: nothing is lost in "Other".
        std::vector<ProcessHandleTypes> counts = handleCountsByType(snapshot);
        std::sort(counts.begin(), counts.end(), [](const ProcessHandleTypes& a, const ProcessHandleTypes& b) {
            return a.total != b.total ? a.total > b.total : a.processAddress < b.processAddress;
        });
        QVERIFY(counts.size() > 10);
        for (int i = 0; i < 10; ++i) {
            double sum = 0;
            for (const ChartSeries& s : chart.series)
                sum += s.values.at(static_cast<std::size_t>(i));
            QCOMPARE(sum, static_cast<double>(counts[static_cast<std::size_t>(i)].total));
        }
        // The table: the leaker's threads first, with the share of its handles they are.
        QCOMPARE(row(m_view->typeTable(), 0), (QStringList{"xxxxxx.EXE", "0x8e8", "Thread", "323,155"}));

        // The port of the IOCP case, picked from the ports view: its one holder.
        m_investigation->selectPort(planted.port);
        QCOMPARE(m_view->holdersTable()->proxy()->rowCount(), 1);
        QCOMPARE(row(m_view->holdersTable(), 0),
                 (QStringList{"IOCPLeak.exe", "0x1a2c", "ffffe000`01ad0900", "0x88"}));
    }

    void aTruncatedTypeTableStillShowsItsRows()
    {
        // The paste ends before "Handles in process": the rows read so far are kept.
        std::string text = kTranscript;
        text.resize(text.find("  388386  Handles in process"));
        text.insert(text.find("      73  Event"), "##### garbled #####\n");
        m_investigation->setSource(windbgSource(std::move(text)), QStringLiteral("cut.log"));
        RecordTableView* types = m_view->typeTable();
        const Snapshot& snapshot = *m_investigation->current();
        QCOMPARE(snapshot.skipCounts.lines, std::uint64_t{1});
        QCOMPARE(snapshot.diagnostics.at(0).where.line, std::uint32_t{88});
        QCOMPARE(QString::fromStdString(snapshot.diagnostics.at(0).message),
                 QStringLiteral("!process: line not understood: ##### garbled #####"));
        // Every type row survives the garbage line and the missing total.
        QCOMPARE(types->proxy()->rowCount(), 16);
        QCOMPARE(row(types, 0), (QStringList{"xxxxxx.EXE", "0x8e8", "Thread", "323,155"}));
        QCOMPARE(m_view->chart()->data().categories.value(0), QStringLiteral("xxxxxx.EXE"));
    }

private:
    std::unique_ptr<Investigation> m_investigation;
    std::unique_ptr<HandlesView> m_view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(HandleViewTest)
#include "handle_view_test.moc"
