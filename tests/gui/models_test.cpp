// Every item model of the window under QAbstractItemModelTester, filled from real
// fixtures through the real readers, dumped as the user would read it.
#include "analysis/poolmon_reader.h"
#include "analysis/pooltag_database.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/kd_log_generator.h"
#include "tests/support/shared_data.h"
#include "views/compare_models.h"
#include "views/completion_port_model.h"
#include "views/handle_models.h"
#include "views/irp_model.h"
#include "views/pool_tag_model.h"
#include "views/record_filter_proxy.h"
#include "views/table_export.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace poolscope;
using namespace poolscope::views;

namespace {

using testdata::fileText;

Snapshot readLog(std::string text)
{
    auto s = readWindbgLog(decodeText(std::move(text), "test.log"));
    return s.ok() ? std::move(s.value()) : Snapshot{};
}

// The table as lines of "a | b | c", in the proxy's order.
QStringList dump(const QAbstractItemModel& model, int rows = -1)
{
    QStringList lines;
    const int n = rows < 0 ? model.rowCount() : std::min(rows, model.rowCount());
    for (int r = 0; r < n; ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines;
}

} // namespace

class ModelsTest : public QObject {
    Q_OBJECT
private slots:
    void poolTagModelOnThePoolusedFixture()
    {
        const auto path = testdata::sharedFile("fixtures/windbg/cmd-poolused__1.txt");
        if (path.empty())
            QSKIP("../shared/fixtures not present");
        const Snapshot s = readLog(fileText(path));
        auto model = makePoolTagModel();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecordFilterProxy proxy;
        proxy.setSourceModel(model.get());
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setRows(poolTagRows(s, PoolTagDatabase::builtin()));
        proxy.sort(BytesColumn, Qt::DescendingOrder);
        QCOMPARE(dump(proxy, 3), (QStringList{
                                      QStringLiteral("usbp | Nonpaged | 75.2 KB | 18 | 4,280 |  |  |  | "),
                                      QStringLiteral("vPrt | Paged | 66.6 KB | 18 | 3,786 |  |  |  | "),
                                      QStringLiteral("Wmit | Paged | 48.3 KB | 7 | 7,068 |  |  |  | Wmi Trace"),
                                  }));
        proxy.setFilterText(QStringLiteral("acpi.sys"));
        QCOMPARE(proxy.rowCount(), 7); // AcpA twice (both pools), AcpB, AcpD, AcpF, AcpM, AcpO
        proxy.setFilterText(QStringLiteral("OHCI"));
        QCOMPARE(dump(proxy), QStringList{QStringLiteral("ohci | Nonpaged | 136 B | 1 | 136 |  |  |  | 1394 OHCI host controller driver")});
        // CSV keeps raw numbers.
        QCOMPARE(tableToCsv(proxy),
                 QByteArray("Tag,Pool,Bytes,Outstanding,Bytes/alloc,Allocs,Frees,Driver,Description\r\n"
                            "ohci,Nonpaged,136,1,136,,,,1394 OHCI host controller driver\r\n"));
    }

    void portIrpHolderAndHandleModelsOnTheGeneratedCases()
    {
        testdata::KdLogOptions options;
        options.leakedThreadHandles = 100000;
        const Snapshot s = readLog(testdata::generateKdLog(options));
        auto ports = makeCompletionPortModel();
        QAbstractItemModelTester portTester(ports.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ports->setRows(portRows(s));
        QCOMPARE(ports->rowCount(), 7);
        QCOMPARE(dump(*ports, 1), QStringList{QStringLiteral(
                                      "1 | ffffe000`05248840 | 156 | 156 | 8 | 0 | 0 |  | 1 | IOCPLeak.exe | entries queued, no thread waiting")});
        QCOMPARE(ports->index(0, QueuedColumn).data(BarRole).toDouble(), 1.0);

        auto irps = makeIrpModel();
        QAbstractItemModelTester irpTester(irps.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        irps->setRows(irpRows(s, 0xffffe00005248840ull));
        QCOMPARE(irps->rowCount(), 156);
        QCOMPARE(irps->index(0, IrpFileColumn).data().toString(),
                 QStringLiteral("\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt"));
        QCOMPARE(irps->index(0, IrpLocationColumn).data().toString(), QStringLiteral("12 / 10"));
        QCOMPARE(irps->index(0, IrpAddressColumn).data(ExportRole).toString(), QStringLiteral("0xffffe00008b00c10"));

        auto holders = makeHolderModel();
        QAbstractItemModelTester holderTester(holders.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        holders->setRows(holderRows(s, 0xffffe00005248840ull));
        QCOMPARE(dump(*holders), QStringList{QStringLiteral(
                                     "IOCPLeak.exe | 0x1a2c | ffffe000`01ad0900 | 0x88 | ffffe000`05248840")});

        const auto counts = handleCountsByType(s);
        auto types = makeHandleTypeModel();
        QAbstractItemModelTester typeTester(types.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecordFilterProxy proxy;
        proxy.setSourceModel(types.get());
        types->setRows(handleTypeRows(counts, s.pointerSize));
        proxy.sort(HtCountColumn, Qt::DescendingOrder);
        QCOMPARE(dump(proxy, 2), (QStringList{
                                     QStringLiteral("xxxxxx.EXE | 0x8e8 | Thread | 100,000 | 61% | 165,231 | type table | ffffe000`0286f080"),
                                     QStringLiteral("xxxxxx.EXE | 0x8e8 | Key | 65,110 | 39% | 165,231 | type table | ffffe000`0286f080"),
                                 }));
        proxy.sort(HtShareColumn, Qt::DescendingOrder);
        QVERIFY(proxy.index(0, HtShareColumn).data().toString() >= proxy.index(1, HtShareColumn).data().toString());
    }

    void compareModelsOnTwoRealPoolmonScreens()
    {
        const auto first = testdata::sharedFile("fixtures/poolmon/poolmon-examples__18.txt");
        const auto second = testdata::sharedFile("fixtures/poolmon/poolmon-examples__19.txt");
        if (first.empty() || second.empty())
            QSKIP("../shared/fixtures not present");
        auto series = readPoolmon(decodeText(fileText(first) + fileText(second), "two.log"));
        QVERIFY(series.ok());
        auto model = makeTagCompareModel();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setRows(tagCompareRows(series->snapshots[0], series->snapshots[1], PoolTagDatabase::builtin()));
        QCOMPARE(dump(*model), QStringList{QStringLiteral("Drsd | Paged | 17.1 KB | 21.9 KB | +4.9 KB | +6 |  | ")});
        QCOMPARE(model->index(0, TagCompareBytesDelta).data(ExportRole).toString(), QStringLiteral("4992"));

        // One-sided rows are marked, and deltas sort as numbers, negatives last.
        testdata::KdLogOptions small;
        small.queuedIrps = 100;
        small.leakedThreadHandles = 1000;
        const Snapshot before = readLog(testdata::generateKdLog(small));
        testdata::KdLogOptions big;
        big.leakedThreadHandles = 2000;
        big.noisePorts = 2;
        const Snapshot after = readLog(testdata::generateKdLog(big));
        auto portsModel = makePortCompareModel();
        QAbstractItemModelTester portTester(portsModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecordFilterProxy proxy;
        proxy.setSourceModel(portsModel.get());
        portsModel->setRows(portCompareRows(before, after));
        proxy.sort(PortCompareDepthDelta, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 7);
        QCOMPARE(dump(proxy, 1), QStringList{QStringLiteral("ffffe000`05248840 | 100 | 156 | +56 | 0 | ")});
        int gone = 0;
        for (int r = 0; r < proxy.rowCount(); ++r)
            gone += proxy.index(r, 5).data().toString() == QLatin1String("gone");
        QCOMPARE(gone, 4); // six healthy ports before, two after

        auto handles = makeHandleTypeCompareModel();
        QAbstractItemModelTester handleTester(handles.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecordFilterProxy handleProxy;
        handleProxy.setSourceModel(handles.get());
        handles->setRows(handleTypeCompareRows(before, after));
        handleProxy.sort(HandleTypeCompareDelta, Qt::DescendingOrder);
        QCOMPARE(dump(handleProxy, 1),
                 QStringList{QStringLiteral("xxxxxx.EXE | 0x8e8 | Thread | 1,000 | 2,000 | +1,000 | ")});
    }
};

QTEST_MAIN(ModelsTest)
#include "models_test.moc"
