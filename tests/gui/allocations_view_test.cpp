// The Allocations view as an engineer uses it on a customer's dump: from the Pool tags row
// Thre (or its bar) to the tag's blocks grouped by what they hold, one block in the
// inspector with the way from the block to the thread's body and a link to its process, a
// driver's own tag read by what its blocks point at, the tables exported as CSV, a log that
// says why it has no blocks, the header whole at the smallest window, and the view in
// Chinese. The dumps come from the test-data generator (handle leak, reference leak).
#include "analysis/dump/kernel_layout.h"
#include "analysis/source_open.h"
#include "app/gui/language.h"
#include "app/gui/main_window.h"
#include "model/format.h"
#include "tests/gui/test_window.h"
#include "tests/support/kernel_scenario.h"
#include "views/allocation_loader.h"
#include "views/allocation_models.h"
#include "views/allocations_view.h"
#include "views/chart_panel.h"
#include "views/completion_port_model.h"
#include "views/inspector_view.h"
#include "views/investigation.h"
#include "views/pool_tag_model.h"
#include "views/pool_tags_view.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_view.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <fstream>
#include <set>

using namespace poolscope;
using namespace poolscope::views;

namespace {

constexpr std::uint64_t kLeakedThreads = 3000; // a few thousand: the case's shape, fast

QStringList row(const RecordTableView* table, int r)
{
    QStringList cells;
    const QAbstractItemModel* model = table->proxy();
    for (int c = 0; c < model->columnCount(); ++c)
        cells << model->index(r, c).data().toString();
    return cells;
}

QStringList headers(const RecordTableView* table)
{
    QStringList titles;
    const QAbstractItemModel* model = table->proxy();
    for (int c = 0; c < model->columnCount(); ++c)
        titles << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return titles;
}

int columnTitled(const RecordTableView* table, const QString& title)
{
    return static_cast<int>(headers(table).indexOf(title));
}

void clickRow(RecordTableView* table, int r)
{
    QTableView* view = table->table();
    view->scrollTo(view->model()->index(r, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(r, 0)).center());
}

bool hasChinese(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

testdata::PlantedKernel writeDump(const QString& path, testdata::ScenarioKind kind)
{
    testdata::KernelScenario scenario;
    scenario.kind = kind;
    scenario.layout = *builtinLayout(19041);
    scenario.leakedThreadHandles = kLeakedThreads;
    testdata::GeneratedKernel kernel = testdata::generateKernel(scenario);
    std::ofstream out(path.toStdString(), std::ios::binary);
    kernel.memory.write(out, testdata::DumpBuilder::Format::Bitmap);
    return kernel.planted;
}

} // namespace

class AllocationsViewTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(testgui::isolateSettings(m_settings, QStringLiteral("PoolScopeAllocationsTest")));
        m_handleDump = m_dir.filePath(QStringLiteral("handle-leak.dmp"));
        m_handle = writeDump(m_handleDump, testdata::ScenarioKind::HandleLeak);
        m_referenceDump = m_dir.filePath(QStringLiteral("ref-leak.dmp"));
        m_reference = writeDump(m_referenceDump, testdata::ScenarioKind::ReferenceLeak);
    }

    void cleanup()
    {
        m_window.reset();
        m_investigation.reset();
        app::applyLanguage(QStringLiteral("en"));
    }

    void fromThePoolTagsRowToABlockAndItsProcess()
    {
        openDump(m_handleDump);
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        m_window->showView(QStringLiteral("tags"));
        // The tag table holds the scan's figures beside the tracker's.
        const int inPool = columnTitled(tags->table(), QStringLiteral("In pool"));
        const int found = columnTitled(tags->table(), QStringLiteral("Found"));
        QVERIFY(inPool >= 0 && found >= 0);
        QVERIFY(!tags->table()->table()->isColumnHidden(inPool));
        QVERIFY(tags->table()->selectKey(QStringLiteral("Thre|Nonpaged")));
        const int threRow = tags->table()->table()->currentIndex().row();
        const std::uint64_t threBlocks = m_handle.pool.tags.at("Thre").nonPaged.blocks();
        QCOMPARE(row(tags->table(), threRow).value(inPool), QString::fromStdString(format::count(threBlocks)));
        QVERIFY2(row(tags->table(), threRow).value(found).endsWith(QLatin1Char('%')), qPrintable(row(tags->table(), threRow).join('|')));
        QVERIFY(tags->allocationsButton()->isEnabled());

        // Enter on the row: the Allocations view, the tag's blocks grouped by what they hold.
        QTableView* table = tags->table()->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        AllocationsView* view = allocations();
        QCOMPARE(m_window->findChild<QTabWidget*>()->currentWidget(), static_cast<QWidget*>(view));
        waitForBlocks(view);
        QCOMPARE(view->tagKey(), QStringLiteral("Thre|Nonpaged"));
        const QString leaked = QString::fromStdString(format::count(kLeakedThreads));
        QCOMPARE(headers(view->groupTable()), (QStringList{QStringLiteral("Type"), QStringLiteral("State"),
                                                           QStringLiteral("Owner"), QStringLiteral("Blocks"),
                                                           QStringLiteral("Share"), QStringLiteral("Bytes")}));
        QCOMPARE(row(view->groupTable(), 0).mid(0, 4),
                 (QStringList{QStringLiteral("Thread"), QStringLiteral("TERMINATED"), QStringLiteral("xxxxxx.EXE (pid 0x8e8)"),
                              leaked}));
        QVERIFY2(view->headlineText().startsWith(leaked + QStringLiteral(" of ")), qPrintable(view->headlineText()));
        QVERIFY2(view->headlineText().endsWith(QStringLiteral("Thre blocks hold TERMINATED threads of xxxxxx.EXE (pid 0x8e8)")),
                 qPrintable(view->headlineText()));
        // The header: the tag, and the scan's figures held against the tracker.
        QVERIFY2(view->headerText().contains(QStringLiteral("found in the pool")), qPrintable(view->headerText()));
        QVERIFY2(view->headerText().contains(QStringLiteral("Read from the pool's segment heaps: %1 heaps, ")
                                                 .arg(m_handle.pool.heaps.size())),
                 qPrintable(view->headerText()));

        // The group picked: its blocks, and only those.
        clickRow(view->groupTable(), 0);
        QCOMPARE(view->blockTable()->proxy()->rowCount(), static_cast<int>(kLeakedThreads));
        const std::set<Address> threads(m_handle.pool.leakedThreads.begin(), m_handle.pool.leakedThreads.end());
        const QAbstractItemModel* blocks = view->blockTable()->proxy();
        for (int r = 0; r < blocks->rowCount(); r += 97) {
            const auto body = parseAddressKey(blocks->index(r, BlockBodyColumn).data(ExportRole).toString());
            QVERIFY(body && threads.count(*body));
        }

        // A block in the inspector: its title, the way from the block to the thread's body.
        clickRow(view->blockTable(), 0);
        InspectorView* inspector = m_window->inspector();
        const QString block = blocks->index(0, BlockAddressColumn).data().toString();
        const QString body = blocks->index(0, BlockBodyColumn).data().toString();
        QCOMPARE(inspector->title(), QStringLiteral("Pool block %1 (Thre, Nonpaged pool)").arg(block));
        const QString arithmetic = inspector->fieldValue(QStringLiteral("Body"));
        QVERIFY2(arithmetic.startsWith(body + QStringLiteral(" = block ") + block + QStringLiteral(" + 0x10 (POOL_HEADER)")),
                 qPrintable(arithmetic));
        QVERIFY(inspector->commandTexts().contains(QStringLiteral("!pool ") + block));
        QVERIFY(inspector->commandTexts().contains(QStringLiteral("!thread ") + body));
        // Its owner is a link like any other; Back comes to the block again.
        QVERIFY(inspector->followField(QStringLiteral("Owning process")));
        QCOMPARE(inspector->title(), QStringLiteral("_EPROCESS %1 (xxxxxx.EXE)")
                                         .arg(QString::fromStdString(format::address(m_handle.handleProcess))));
        QVERIFY(inspector->back());
        QCOMPARE(inspector->title(), QStringLiteral("Pool block %1 (Thre, Nonpaged pool)").arg(block));
        // The view in front gives its block to the inspector when it comes back.
        m_window->showView(QStringLiteral("tags"));
        m_window->showView(QStringLiteral("allocations"));
        QCOMPARE(inspector->title(), QStringLiteral("Pool block %1 (Thre, Nonpaged pool)").arg(block));
    }

    void theTagsInspectorAndChartLeadThereToo()
    {
        openDump(m_handleDump);
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        m_window->showView(QStringLiteral("tags"));
        QVERIFY(tags->table()->selectKey(QStringLiteral("Thre|Nonpaged")));
        // The tag's inspector: the scan's figures, and a link to its blocks.
        InspectorView* inspector = m_window->inspector();
        QCOMPARE(inspector->title(), QStringLiteral("Pool tag 'Thre' (Nonpaged)"));
        QVERIFY2(inspector->fieldValue(QStringLiteral("In the pool")).startsWith(QStringLiteral("Thre (Nonpaged): ")),
                 qPrintable(inspector->fieldValue(QStringLiteral("In the pool"))));
        QVERIFY(inspector->followField(QStringLiteral("In the pool")));
        auto* tabs = m_window->findChild<QTabWidget*>();
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(allocations()));
        QCOMPARE(inspector->title(), QStringLiteral("The blocks of 'Thre' (Nonpaged)"));
        QVERIFY(!inspector->fieldValue(QStringLiteral("Allocated blocks")).isEmpty());
        waitForBlocks(allocations());

        // A double click on the bar's name in the tag chart opens the view as well.
        m_window->showView(QStringLiteral("tags"));
        QVERIFY(tags->table()->selectKey(QStringLiteral("File|Nonpaged")));
        ChartPanel* chart = tags->topChart();
        const int index = static_cast<int>(chart->data().keys.indexOf(QStringLiteral("Thre|Nonpaged")));
        QVERIFY(index >= 0);
        QTRY_VERIFY(static_cast<int>(chart->drawnCategoryLabels().size()) > index);
        const DrawnLabel label = chart->drawnCategoryLabels()[static_cast<std::size_t>(index)];
        QCOMPARE(chart->categoryAt(label.rect.center()), index);
        auto* chartView = chart->findChild<QChartView*>();
        QVERIFY(chartView);
        const QPoint at = chartView->viewport()->mapFrom(chart, label.rect.center());
        QTest::mouseDClick(chartView->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(allocations()));
        QCOMPARE(allocations()->tagKey(), QStringLiteral("Thre|Nonpaged"));
        QCOMPARE(tags->table()->currentKey(), QStringLiteral("Thre|Nonpaged"));
    }

    void lookupsRunOffTheGuiThreadAndCanBeCancelled()
    {
        openDump(m_handleDump);
        const RecordRef threads{RecordKind::PoolBlock, 0, 0, PoolTag("Thre"), PoolType::NonPaged};
        const RecordRef files{RecordKind::PoolBlock, 0, 0, PoolTag("File"), PoolType::NonPaged};
        AllocationsView* view = allocations();
        auto* cancel = view->findChild<QPushButton*>(QStringLiteral("cancelLookup"));
        // A lookup shows its progress and Cancel; a newer one supersedes it.
        m_investigation->openRecord(threads);
        QVERIFY(view->isBusy());
        QVERIFY(cancel->isVisibleTo(view));
        m_investigation->openRecord(files);
        waitForBlocks(view);
        QCOMPARE(view->tagKey(), QStringLiteral("File|Nonpaged"));
        QCOMPARE(row(view->groupTable(), 0).value(0), QStringLiteral("File"));
        QVERIFY(!cancel->isVisibleTo(view));

        // Cancelled: said so, and offered again.
        m_investigation->openRecord(threads);
        QVERIFY(view->isBusy());
        cancel->click();
        QTRY_VERIFY(!view->isBusy());
        QCOMPARE(view->messageText(), QStringLiteral("The lookup was cancelled: no block of this tag is listed."));
        QCOMPARE(m_window->currentTable(), nullptr);
        auto* again = view->findChild<QPushButton*>(QStringLiteral("lookUpAgain"));
        QVERIFY(again->isVisibleTo(view));
        again->click();
        waitForBlocks(view);
        QCOMPARE(row(view->groupTable(), 0).value(2), QStringLiteral("xxxxxx.EXE (pid 0x8e8)"));

        const QString threadBlock = view->blockTable()->proxy()->index(0, BlockAddressColumn).data(ExportRole).toString();

        // Looked up once per tag while the source is open: back to File at once.
        m_investigation->openRecord(files);
        QVERIFY(!view->isBusy());
        QCOMPARE(row(view->groupTable(), 0).value(0), QStringLiteral("File"));

        // A block opened from elsewhere (a link): its tag's blocks, the block selected in them.
        m_investigation->openRecord(RecordRef{RecordKind::PoolBlock, *parseAddressKey(threadBlock), 0, PoolTag("Thre"),
                                              PoolType::NonPaged});
        QCOMPARE(view->tagKey(), QStringLiteral("Thre|Nonpaged"));
        QCOMPARE(view->blockTable()->currentKey(), threadBlock);
        QCOMPARE(m_window->currentTable(), view->blockTable());
        QCOMPARE(m_window->inspector()->title(),
                 QStringLiteral("Pool block %1 (Thre, Nonpaged pool)")
                     .arg(QString::fromStdString(format::address(*parseAddressKey(threadBlock)))));
    }

    void aDriversTagReadsWhatItsBlocksPointAt()
    {
        openDump(m_referenceDump);
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        m_window->showView(QStringLiteral("tags"));
        const QString key = QString::fromStdString(m_reference.driverTag) + QStringLiteral("|Nonpaged");
        QVERIFY(tags->table()->selectKey(key));
        QTest::mouseClick(tags->allocationsButton(), Qt::LeftButton);
        AllocationsView* view = allocations();
        waitForBlocks(view);
        // No object in them: grouped by what their first pointer points at, then by size.
        QCOMPARE(view->groupKeys(), (std::vector<BlockKey>{BlockKey::Pointer, BlockKey::Size}));
        QCOMPARE(headers(view->groupTable()).mid(0, 3),
                 (QStringList{QStringLiteral("Points at"), QStringLiteral("Size"), QStringLiteral("Blocks")}));
        QCOMPARE(row(view->groupTable(), 0).value(0), QStringLiteral("a File object with no handle"));
        QCOMPARE(row(view->groupTable(), 0).value(2), QStringLiteral("1,800"));
        QCOMPARE(row(view->groupTable(), 1).value(0), QStringLiteral("leakydrv.sys+0x3040"));
        QVERIFY2(view->headlineText().contains(QStringLiteral("point at a File object with no handle")),
                 qPrintable(view->headlineText()));
        // The blocks list what they point at, and no object columns.
        QVERIFY(view->blockTable()->table()->isColumnHidden(BlockBodyColumn));
        QVERIFY(!view->blockTable()->table()->isColumnHidden(BlockPointsAtColumn));
        // Grouped by size alone: one row for all the driver's blocks.
        view->setGroupKeys({BlockKey::Size});
        QCOMPARE(view->groupTable()->proxy()->rowCount(), 1);
        QCOMPARE(row(view->groupTable(), 0).value(1),
                 QString::fromStdString(format::count(m_reference.pool.tags.at(m_reference.driverTag).nonPaged.blocks())));
        // The buttons say the same; the last key cannot be unchecked.
        auto* size = view->findChild<QCheckBox*>(QStringLiteral("groupBy_size"));
        QVERIFY(size && size->isChecked());
        size->click();
        QVERIFY(size->isChecked());
        QCOMPARE(view->groupKeys(), std::vector<BlockKey>{BlockKey::Size});
    }

    void ctrlEExportsTheTableInFront()
    {
        openDump(m_handleDump);
        m_investigation->openRecord(RecordRef{RecordKind::PoolBlock, 0, 0, PoolTag("Thre"), PoolType::NonPaged});
        AllocationsView* view = allocations();
        waitForBlocks(view);
        QCOMPARE(m_window->currentTable(), view->groupTable());
        const QString groupsPath = m_dir.filePath(QStringLiteral("groups.csv"));
        QString error;
        QVERIFY2(m_window->exportCurrentTableCsv(groupsPath, &error), qPrintable(error));
        const QList<QByteArray> groups = readLines(groupsPath);
        QCOMPARE(groups.value(0), QByteArray("Type,State,Owner,Blocks,Share,Bytes"));
        // Raw numbers: no thousands separators, bytes in bytes.
        const auto& sizes = m_handle.pool.tags.at("Thre").nonPaged.blockSizes;
        QCOMPARE(sizes.size(), std::size_t{1});
        const std::uint64_t bytes = kLeakedThreads * *sizes.begin();
        QVERIFY2(groups.value(1).startsWith(QByteArray("Thread,TERMINATED,xxxxxx.EXE (pid 0x8e8),")
                                            + QByteArray::number(static_cast<qulonglong>(kLeakedThreads)) + ','),
                 groups.value(1).constData());
        QVERIFY2(groups.value(1).endsWith(',' + QByteArray::number(static_cast<qulonglong>(bytes))), groups.value(1).constData());

        // A block picked: the blocks are the table in front.
        clickRow(view->groupTable(), 0);
        clickRow(view->blockTable(), 0);
        QCOMPARE(m_window->currentTable(), view->blockTable());
        const QString blocksPath = m_dir.filePath(QStringLiteral("blocks.csv"));
        QVERIFY2(m_window->exportCurrentTableCsv(blocksPath, &error), qPrintable(error));
        const QList<QByteArray> blocks = readLines(blocksPath);
        QCOMPARE(blocks.value(0), QByteArray("Block,Size,State,Found in,Object type,Body,HandleCount,PointerCount,"
                                             "Object state,Owner,Points at"));
        QCOMPARE(blocks.size(), static_cast<qsizetype>(kLeakedThreads + 1));
        // Addresses as WinDbg takes them, the size in bytes, the words in English.
        const QList<QByteArray> first = blocks.value(1).split(',');
        QCOMPARE(first.size(), 11);
        QVERIFY2(first.value(0).startsWith("0xffff"), blocks.value(1).constData());
        QCOMPARE(first.value(1), QByteArray::number(static_cast<qulonglong>(*sizes.begin())));
        QCOMPARE(first.value(2), QByteArray("Allocated"));
        QVERIFY2(first.value(3) == "LFH" || first.value(3) == "VS", first.value(3).constData());
        QCOMPARE(first.value(4), QByteArray("Thread"));
        QVERIFY(first.value(5).startsWith("0xffff"));
        QCOMPARE(first.mid(8, 3), (QList<QByteArray>{"TERMINATED", "xxxxxx.EXE (pid 0x8e8)", ""}));
    }

    void aLogSaysWhyItHasNoAllocations()
    {
        QVERIFY(testgui::openWindow(m_investigation, m_window, QSize(1024, 700)));
        m_window->openDemo(); // a KD log
        QVERIFY(m_window->showView(QStringLiteral("allocations")));
        AllocationsView* view = allocations();
        QTRY_COMPARE(view->messageText(),
                     QStringLiteral("Allocations are read from a kernel dump's pool pages; this source is a WinDbg log. "
                                    "Its !poolfind rows, if any, are in Pool tags."));
        // No empty tables: nothing to export, and the way to the tags offered.
        QVERIFY(!view->groupTable()->isVisibleTo(view) && !view->blockTable()->isVisibleTo(view));
        QCOMPARE(m_window->currentTable(), nullptr);
        auto* message = view->findChild<QLabel*>(QStringLiteral("allocationsMessage"));
        QTRY_VERIFY(message->height() >= message->heightForWidth(message->width()));
        auto* showTags = view->findChild<QPushButton*>(QStringLiteral("showPoolTags"));
        QVERIFY(showTags && showTags->isVisibleTo(view));
        QCOMPARE(showTags->text(), QStringLiteral("Show Pool tags"));
        showTags->click();
        QCOMPARE(m_window->findChild<QTabWidget*>()->currentWidget(), m_window->viewWidget(QStringLiteral("tags")));
        // Pool tags offers no Allocations for a log, and says why.
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        QVERIFY(tags->table()->selectKey(QStringLiteral("Thre|Nonpaged")));
        QVERIFY(!tags->allocationsButton()->isEnabled());
        QVERIFY(tags->allocationsButton()->toolTip().contains(QStringLiteral("kernel dump")));
        QVERIFY(!tags->openAllocations(QStringLiteral("Thre|Nonpaged")));
        QCOMPARE(tags->table()->proxy()->columnCount(), static_cast<int>(DescriptionColumn) + 1); // no pool columns
    }

    void theHeaderIsWholeAtTheSmallestWindow()
    {
        QVERIFY(testgui::openWindow(m_investigation, m_window, QSize(1024, 700)));
        openDumpInWindow(m_handleDump);
        m_investigation->openRecord(RecordRef{RecordKind::PoolBlock, 0, 0, PoolTag("Thre"), PoolType::NonPaged});
        AllocationsView* view = allocations();
        waitForBlocks(view);
        QTest::qWait(50);
        for (const char* name : {"allocationsHeader", "allocationsHeadline"}) {
            auto* label = view->findChild<QLabel*>(QLatin1String(name));
            QVERIFY(label && label->isVisible());
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(QStringLiteral("%1: %2 px high, its text needs %3 at %4 px")
                                    .arg(QLatin1String(name))
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()))
                                    .arg(label->width())));
            QVERIFY(label->geometry().bottom() < view->height());
        }
        // Room left for the tables: the first groups whole, and a screen of blocks.
        QTableView* groups = view->groupTable()->table();
        QVERIFY(groups->viewport()->rect().contains(groups->visualRect(groups->model()->index(2, 0))));
        QTableView* blocks = view->blockTable()->table();
        QVERIFY2(blocks->viewport()->height() >= 5 * blocks->rowHeight(0),
                 qPrintable(QStringLiteral("%1 px for the blocks").arg(blocks->viewport()->height())));
    }

    void theModelsPassTheModelTester()
    {
        auto opened = openSource(m_referenceDump.toStdString());
        QVERIFY(opened.ok());
        ReadControl control;
        const auto data = findTagAllocations(opened.value(), PoolTag(m_reference.driverTag), PoolType::NonPaged, control);
        QVERIFY(data);
        QCOMPARE(data->allocated, m_reference.pool.tags.at(m_reference.driverTag).nonPaged.blocks());
        auto groups = makeAllocationGroupModel({BlockKey::Pointer});
        QAbstractItemModelTester groupTester(groups.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        AllocationGrouping grouping = groupAllocations(*data, {BlockKey::Pointer}, false);
        std::vector<std::uint32_t> rowOfBlock = grouping.rowOfBlock;
        groups->setRows(std::move(grouping.rows));
        QStringList shown;
        for (int r = 0; r < groups->rowCount(); ++r)
            shown << groups->index(r, 0).data().toString() + QLatin1Char('=') + groups->index(r, 1).data().toString();
        QCOMPARE(shown, (QStringList{QStringLiteral("a File object with no handle=1,800"),
                                     QStringLiteral("leakydrv.sys+0x3040=600")}));
        // Each block is in the group its values make; a group's blocks are listed alone.
        grouping.rowOfBlock = rowOfBlock;
        auto blocks = makeAllocationBlockModel();
        QAbstractItemModelTester blockTester(blocks.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        blocks->setRows(allocationBlockRows(*data, grouping, 1u, false));
        QCOMPARE(blocks->rowCount(), 600);
        QCOMPARE(blocks->index(0, BlockPointsAtColumn).data().toString(), QStringLiteral("leakydrv.sys+0x3040"));
        QCOMPARE(blocks->index(0, BlockStateColumn).data().toString(), QStringLiteral("Allocated"));
        blocks->setRows(allocationBlockRows(*data, grouping, std::nullopt, false));
        QCOMPARE(blocks->rowCount(), 2400);
    }

    void theViewSpeaksChinese()
    {
        app::applyLanguage(QStringLiteral("zh_CN"));
        QVERIFY(testgui::openWindow(m_investigation, m_window));
        openDumpInWindow(m_handleDump);
        m_investigation->openRecord(RecordRef{RecordKind::PoolBlock, 0, 0, PoolTag("Thre"), PoolType::NonPaged});
        AllocationsView* view = allocations();
        waitForBlocks(view);
        // The view's own words: its tab, its tables' titles and columns, its buttons.
        auto* tabs = m_window->findChild<QTabWidget*>();
        QVERIFY2(hasChinese(tabs->tabText(tabs->indexOf(view))), qPrintable(tabs->tabText(tabs->indexOf(view))));
        for (const QString& title : headers(view->groupTable()) + headers(view->blockTable())) {
            if (title == QLatin1String("HandleCount") || title == QLatin1String("PointerCount"))
                continue; // the kernel's field names, as !object prints them
            QVERIFY2(hasChinese(title), qPrintable(title));
        }
        for (const QAbstractButton* button : view->findChildren<QAbstractButton*>())
            if (!button->text().isEmpty()) // not the tables' corner and clear buttons
                QVERIFY2(hasChinese(button->text()), qPrintable(button->text()));
        for (const QLabel* label : view->findChildren<QLabel*>())
            if (label->text().startsWith(QLatin1String("<b>")) && label->parentWidget() != view)
                QVERIFY2(hasChinese(label->text()), qPrintable(label->text())); // the tables' titles
        QVERIFY2(hasChinese(view->headerText()), qPrintable(view->headerText()));
        // Tags, addresses and WinDbg commands stay as the debugger prints them.
        QVERIFY(view->headerText().contains(QStringLiteral("<b>Thre</b>")));
        QCOMPARE(row(view->groupTable(), 0).value(2), QStringLiteral("xxxxxx.EXE (pid 0x8e8)"));
        clickRow(view->blockTable(), 0);
        const QString block = view->blockTable()->proxy()->index(0, BlockAddressColumn).data().toString();
        QVERIFY(block.startsWith(QStringLiteral("ffff")) && block.contains(QLatin1Char('`')));
        QVERIFY(m_window->inspector()->commandTexts().contains(QStringLiteral("!pool ") + block));
        // The CSV stays English for scripts.
        const QString path = m_dir.filePath(QStringLiteral("zh.csv"));
        QString error;
        QVERIFY2(m_window->exportCurrentTableCsv(path, &error), qPrintable(error));
        QCOMPARE(readLines(path).value(0), QByteArray("Block,Size,State,Found in,Object type,Body,HandleCount,PointerCount,"
                                                      "Object state,Owner,Points at"));
    }

private:
    AllocationsView* allocations() const
    {
        return static_cast<AllocationsView*>(m_window->viewWidget(QStringLiteral("allocations")));
    }

    void openDump(const QString& path)
    {
        QVERIFY(testgui::openWindow(m_investigation, m_window));
        openDumpInWindow(path);
    }

    void openDumpInWindow(const QString& path)
    {
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFile(path);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(m_investigation->source()->pool);
    }

    static void waitForBlocks(AllocationsView* view)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && view->groupTable()->proxy()->rowCount() > 0, 60000);
    }

    static QList<QByteArray> readLines(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        for (QByteArray& line : lines)
            if (line.endsWith('\r'))
                line.chop(1);
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    QString m_handleDump, m_referenceDump;
    testdata::PlantedKernel m_handle, m_reference;
    std::unique_ptr<Investigation> m_investigation;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(AllocationsViewTest)
#include "allocations_view_test.moc"
