// The !list walk in the window, done the way a new user does it on the demo: from the port
// in the inspector, follow EntryListHead's Flink, press Next entry after entry to the end and
// back to the head; the Walk tab shows the same steps, sorts, filters, exports and offers the
// command to paste into WinDbg. On a generated dump with a planted cycle, the inspector says
// where the list closes.
#include "app/gui/main_window.h"
#include "model/format.h"
#include "tests/support/kernel_scenario.h"
#include "views/inspector_view.h"
#include "views/investigation.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_view.h"
#include "views/walk_model.h"
#include "views/walk_view.h"
#include "tests/gui/test_window.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <fstream>

using namespace poolscope;
using namespace poolscope::views;

namespace {

constexpr Address kPort = 0xffffe00005248840ull;
constexpr Address kFirstEntry = 0xffffe00008b00cb8ull; // the demo's IRPs are 0x11000 apart
constexpr Address kIrpStride = 0x11000ull;

QString addr(Address a)
{
    return QString::fromStdString(format::address(a, 8));
}

Address entry(std::size_t step)
{
    return kFirstEntry + (step - 1) * kIrpStride;
}

QStringList row(const RecordTableView* table, int r)
{
    QStringList cells;
    const QAbstractItemModel* model = table->proxy();
    for (int c = 0; c < model->columnCount(); ++c)
        cells << model->index(r, c).data().toString();
    return cells;
}

} // namespace

class WalkTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(testgui::isolateSettings(m_settings, QStringLiteral("PoolScopeWalkTest")));
    }

    void init()
    {
        QVERIFY(testgui::openWindow(m_investigation, m_window));
    }

    void cleanup()
    {
        m_window.reset();
        m_investigation.reset();
    }

    void theDemoQueueStepByStepFromItsHeadBackToItsHead()
    {
        m_window->openDemo();
        InspectorView* inspector = m_window->inspector();
        auto* next = inspector->findChild<QToolButton*>(QStringLiteral("nextStep"));
        auto* previous = inspector->findChild<QToolButton*>(QStringLiteral("previousStep"));
        QVERIFY(next && previous);

        // The deepest port is picked on load: the inspector is on its head.
        QCOMPARE(inspector->title(), QStringLiteral("_KQUEUE ffffe000`05248840 (IoCompletion port)"));
        QCOMPARE(inspector->stepText(), QStringLiteral("the head of the list: EntryListHead of port ffffe000`05248840 "
                                                       "(156 entries)"));
        QCOMPARE(inspector->fieldValue(QStringLiteral("EntryListHead")),
                 QStringLiteral("_LIST_ENTRY [ ffffe000`08b00cb8 - ffffe000`0954bcb8 ]"));
        QCOMPARE(inspector->fieldValue(QStringLiteral("Flink")),
                 QStringLiteral("ffffe000`08b00cb8 -> nt!_IRP ffffe000`08b00c10"));

        // Following the Flink applies CONTAINING_RECORD: the first queued IRP.
        QVERIFY(inspector->followField(QStringLiteral("Flink")));
        QCOMPARE(inspector->title(), QStringLiteral("_IRP ffffe000`08b00c10"));
        QCOMPARE(inspector->stepText(), QStringLiteral("entry 1 of 156 on port ffffe000`05248840"));
        QCOMPARE(inspector->arithmeticText(),
                 QStringLiteral("CONTAINING_RECORD(ffffe000`08b00cb8, nt!_IRP, Tail.Overlay.ListEntry) = "
                                "ffffe000`08b00c10 (entry - 0xa8)"));
        QCOMPARE(m_investigation->selectedList(), std::optional<ListRef>(ListRef{ListKind::PortQueue, kPort}));

        // Next, as !list does, one CONTAINING_RECORD at a time.
        for (std::size_t step = 2; step <= 37; ++step)
            QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(inspector->stepText(), QStringLiteral("entry 37 of 156 on port ffffe000`05248840"));
        QCOMPARE(inspector->title(), QStringLiteral("_IRP %1").arg(addr(entry(37) - 0xa8)));
        QCOMPARE(inspector->arithmeticText(),
                 QStringLiteral("CONTAINING_RECORD(%1, nt!_IRP, Tail.Overlay.ListEntry) = %2 (entry - 0xa8)")
                     .arg(addr(entry(37)), addr(entry(37) - 0xa8)));
        // The IRP's own ListEntry links lead on as well: its Blink is entry 36.
        QVERIFY(inspector->followField(QStringLiteral("Blink")));
        QCOMPARE(inspector->stepText(), QStringLiteral("entry 36 of 156 on port ffffe000`05248840"));
        QVERIFY(inspector->nextStep());

        for (std::size_t step = 38; step <= 156; ++step)
            QVERIFY(inspector->nextStep());
        QCOMPARE(inspector->stepText(), QStringLiteral("entry 156 of 156 on port ffffe000`05248840"));
        QCOMPARE(inspector->title(), QStringLiteral("_IRP ffffe000`0954bc10"));
        QCOMPARE(inspector->fieldValue(QStringLiteral("Flink")),
                 QStringLiteral("ffffe000`05248858 (the head: EntryListHead of port ffffe000`05248840)"));

        // Its Flink is the head: the walk is back where it started, and says so.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(inspector->stepText(),
                 QStringLiteral("back at the head: EntryListHead of port ffffe000`05248840, after 156 entries"));
        QCOMPARE(inspector->title(), QStringLiteral("_KQUEUE ffffe000`05248840 (IoCompletion port)"));
        QVERIFY(!inspector->nextStep());
        QCOMPARE(inspector->stepMessage(), QStringLiteral("The walk is complete: every entry was visited."));
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(inspector->stepText(), QStringLiteral("entry 156 of 156 on port ffffe000`05248840"));
        QVERIFY(inspector->back());
        QCOMPARE(inspector->stepText(),
                 QStringLiteral("back at the head: EntryListHead of port ffffe000`05248840, after 156 entries"));
        // From the head, Previous follows its Blink to the last entry.
        inspector->showStep(ListRef{ListKind::PortQueue, kPort}, 0);
        QVERIFY(inspector->previousStep());
        QCOMPARE(inspector->stepText(), QStringLiteral("entry 156 of 156 on port ffffe000`05248840"));
    }

    void theWalkTabIsTheListOutputAsATable()
    {
        m_window->openDemo();
        QVERIFY(m_window->showView(QStringLiteral("walk")));
        auto* walk = static_cast<WalkView*>(m_window->viewWidget(QStringLiteral("walk")));
        RecordTableView* table = walk->table();
        QCOMPARE(m_window->currentTable(), table);
        QCOMPARE(walk->list(), std::optional<ListRef>(ListRef{ListKind::PortQueue, kPort}));
        QCOMPARE(table->proxy()->rowCount(), 156);
        QVERIFY2(walk->heading().contains(QStringLiteral("EntryListHead of port ffffe000`05248840")), qPrintable(walk->heading()));
        QVERIFY(walk->heading().contains(QStringLiteral("nt!_IRP.Tail.Overlay.ListEntry at +0xa8")));
        QCOMPARE(walk->ending(), QStringLiteral("back at the head (ffffe000`05248858) after 156 entries"));
        const QString command = QStringLiteral("!list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x \"!irp @$extret\" "
                                               "@@(#CONTAINING_RECORD(0xffffe000`08b00cb8, nt!_IRP, Tail.Overlay.ListEntry))");
        QCOMPARE(walk->command(), command);
        walk->copyCommand();
        QCOMPARE(QApplication::clipboard()->text(), command);

        const QStringList first = row(table, 0);
        QCOMPARE(first, (QStringList{QStringLiteral("1"), addr(entry(1)), addr(entry(1) - 0xa8), QStringLiteral("IRP"),
                                     addr(entry(2)), QStringLiteral("ffffe000`01665080"),
                                     QStringLiteral("IOCPLeak.exe (0x1a2c)"), QString(),
                                     QStringLiteral("\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt"), QString()}));
        QCOMPARE(row(table, 155).value(4), QStringLiteral("ffffe000`05248858")); // the last Flink: the head

        // CSV: the table as shown, raw addresses, one line per step.
        const QByteArray csv = table->exportCsv();
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 158); // header, 156 steps, the empty rest after the last CRLF
        QCOMPARE(lines[0], QByteArray("Step,Entry,Record,Kind,Flink,Thread,Process,Status,File,Note\r"));
        QCOMPARE(lines[1], QByteArray("1,0xffffe00008b00cb8,0xffffe00008b00c10,IRP,0xffffe00008b11cb8,0xffffe00001665080,"
                                      "IOCPLeak.exe (0x1a2c),,\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt,\r"));
        QCOMPARE(lines[156], QByteArray("156,0xffffe0000954bcb8,0xffffe0000954bc10,IRP,0xffffe00005248858,"
                                        "0xffffe00001665080,IOCPLeak.exe (0x1a2c),,"
                                        "\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt,\r"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("walk.csv"));
        QString error;
        QVERIFY2(m_window->exportCurrentTableCsv(path, &error), qPrintable(error));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), csv);

        // Sorted and filtered like every table; the export follows what is shown.
        table->sortBy(WalkStepColumn, Qt::DescendingOrder);
        QCOMPARE(row(table, 0).value(0), QStringLiteral("156"));
        table->setFilterText(QStringLiteral("08d64c10"));
        QCOMPARE(table->proxy()->rowCount(), 1);
        QCOMPARE(row(table, 0).value(0), QStringLiteral("37"));
        QVERIFY(table->exportCsv().startsWith("Step,Entry,Record,Kind,Flink,Thread,Process,Status,File,Note\r\n37,"));
        table->setFilterText({});

        // Picking a step shows it in the inspector, with its place on the list.
        QVERIFY(table->selectKey(QStringLiteral("37")));
        QCOMPARE(m_window->inspector()->stepText(), QStringLiteral("entry 37 of 156 on port ffffe000`05248840"));
        QCOMPARE(m_window->inspector()->title(), QStringLiteral("_IRP %1").arg(addr(entry(37) - 0xa8)));
    }

    void aCyclicQueueInADumpShowsWhereItCloses()
    {
        testdata::KernelScenario scenario;
        scenario.kind = testdata::ScenarioKind::IocpLeak;
        scenario.layout = *builtinLayout(22000);
        scenario.damage = testdata::DumpDamage::CyclicQueue;
        testdata::GeneratedKernel kernel = testdata::generateKernel(scenario);
        const QString path = m_dir.filePath(QStringLiteral("cyclic.dmp"));
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            kernel.memory.write(out, testdata::DumpBuilder::Format::Kernel);
        }
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFile(path);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);

        const testdata::PlantedKernel& p = kernel.planted;
        const KernelLayout layout = *builtinLayout(22000);
        InspectorView* inspector = m_window->inspector();
        QCOMPARE(m_investigation->selectedPort(), std::optional<Address>(p.leakPort));
        QVERIFY(inspector->followField(QStringLiteral("Flink")));
        QCOMPARE(inspector->arithmeticText(),
                 QStringLiteral("CONTAINING_RECORD(%1, nt!_IRP, Tail.Overlay.ListEntry) = %2 (entry - %3)")
                     .arg(addr(p.leakIrps[0] + layout.irpListEntry), addr(p.leakIrps[0]),
                          QStringLiteral("0x%1").arg(layout.irpListEntry, 0, 16)));
        // The queue never comes back to its head: the count is Header.SignalState's.
        for (std::size_t step = 2; step <= 156; ++step)
            QVERIFY(inspector->nextStep());
        QCOMPARE(inspector->stepText(), QStringLiteral("entry 156 of 156 on port %1").arg(addr(p.leakPort)));
        QVERIFY(!inspector->nextStep());
        const QString closes = QStringLiteral("The walk stops here: cyclic: the Flink of step 156 is %1, the entry of "
                                              "step 10 again; the list closes at step 157 onto step 10 without coming "
                                              "back to its head.")
                                   .arg(addr(p.leakIrps[9] + layout.irpListEntry));
        QCOMPARE(inspector->stepMessage(), closes);
        // Following that Flink by hand lands on step 10, where the cycle closes.
        QVERIFY(inspector->followField(QStringLiteral("Flink")));
        QCOMPARE(inspector->stepText(), QStringLiteral("entry 10 of 156 on port %1").arg(addr(p.leakPort)));

        auto* walk = static_cast<WalkView*>(m_window->viewWidget(QStringLiteral("walk")));
        QCOMPARE(walk->table()->proxy()->rowCount(), 156);
        QVERIFY(walk->ending().startsWith(QStringLiteral("cyclic: the Flink of step 156")));
    }

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    std::unique_ptr<Investigation> m_investigation;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(WalkTest)
#include "walk_test.moc"
