// The Pool tags view as an engineer uses it: the tag table sorted by bytes, the top-N bar
// chart beside it, the growth lines of a poolmon series, and the tag selection shared with
// the other views. Snapshots come through the real readers: a `!poolused 2` transcript
// written in the debugger's layout, the real poolmon fixtures, and generated poolmon logs.
#include "analysis/conclusions/correlation.h"
#include "analysis/poolmon_reader.h"
#include "analysis/pooltag_database.h"
#include "analysis/source_open.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/poolmon_log_generator.h"
#include "tests/support/shared_data.h"
#include "views/chart_panel.h"
#include "views/investigation.h"
#include "views/pool_tag_model.h"
#include "views/pool_tags_view.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_model.h"
#include "views/record_table_view.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace poolscope;
using namespace poolscope::views;

namespace {

// Windows 10 x64 `!poolused 2`: the Used column runs into the description when the number
// is wider than its field, as the debugger prints it.
constexpr const char* kPoolusedLog =
    "Windows 10 Kernel Version 19041 MP (4 procs) Free x64\n"
    "0: kd> !poolused 2\n"
    "   Sorting by NonPaged Pool Consumed\n"
    "\n"
    "  Pool Used:\n"
    "            NonPaged            Paged\n"
    " Tag    Allocs     Used    Allocs     Used\n"
    " Thre   326514 208968960         0        0Thread objects , Binary: nt!ps\n"
    " MmCm      647  2830624         0        0Calls made to MmAllocateContiguousMemory , Binary: nt!mm\n"
    " Npfs     1681  1276672      1202   208320Npfs Allocations , Binary: npfs.sys\n"
    " File     5863   945472         0        0File objects \n"
    " IoCo      412    52736         0        0Io completion , Binary: nt!io\n"
    " CM31        0        0     30412 124567552Internal Configuration manager allocations , Binary: nt!cm\n"
    " TOTAL    364917 214073792     31614 124775872\n"
    "\n";

using testdata::fileText;

std::shared_ptr<const OpenedSource> windbgSource(const char* text)
{
    auto snapshot = readWindbgLog(decodeText(text, "poolused.log"));
    auto source = std::make_shared<OpenedSource>();
    source->kind = SourceKind::WindbgLog;
    if (snapshot.ok())
        source->series.snapshots.push_back(std::move(snapshot.value()));
    return source;
}

std::shared_ptr<const OpenedSource> poolmonSource(const std::string& text)
{
    auto series = readPoolmon(decodeText(text, "poolmon.log"));
    auto source = std::make_shared<OpenedSource>();
    source->kind = SourceKind::Poolmon;
    if (series.ok())
        source->series = std::move(series.value());
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

QStringList column(const RecordTableView* table, int c)
{
    QStringList cells;
    for (int r = 0; r < table->proxy()->rowCount(); ++r)
        cells << table->proxy()->index(r, c).data().toString();
    return cells;
}

// Clicks a cell the way a user does, so the view's own selection wiring runs.
void clickRow(RecordTableView* table, int r)
{
    QTableView* view = table->table();
    const QRect rect = view->visualRect(view->model()->index(r, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

// Stacked bars split one value over the series; what the user reads is their sum.
double barValue(const ChartData& chart, int category)
{
    double sum = 0;
    for (const ChartSeries& s : chart.series)
        sum += s.values.at(static_cast<std::size_t>(category));
    return sum;
}

} // namespace

class PoolTagViewTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_investigation = std::make_unique<Investigation>(PoolTagDatabase::builtin());
        m_view = std::make_unique<PoolTagsView>(*m_investigation);
        m_view->resize(1200, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_tester = std::make_unique<QAbstractItemModelTester>(m_view->table()->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_view->table()->proxy(),
                                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_tester.reset();
        m_view.reset();
        m_investigation.reset();
    }

    void emptyBeforeASourceIsOpen()
    {
        QCOMPARE(m_view->table()->proxy()->rowCount(), 0);
        QVERIFY(m_view->topChart()->data().categories.isEmpty());
        QVERIFY(m_view->seriesChart()->data().series.empty());
        QCOMPARE(m_view->exportWidget(), static_cast<QWidget*>(m_view.get()));
    }

    void poolusedTagsSortByBytesWithTheirDescriptions()
    {
        m_investigation->setSource(windbgSource(kPoolusedLog), QStringLiteral("poolused.log"));
        RecordTableView* table = m_view->table();
        // Npfs has figures in both pools: two rows, one per pool.
        QCOMPARE(table->proxy()->rowCount(), 7);
        QCOMPARE(column(table, TagColumn), (QStringList{"Thre", "CM31", "MmCm", "Npfs", "File", "Npfs", "IoCo"}));
        QCOMPARE(column(table, PoolColumn),
                 (QStringList{"Nonpaged", "Paged", "Nonpaged", "Nonpaged", "Nonpaged", "Paged", "Nonpaged"}));
        QCOMPARE(table->proxy()->index(0, OutstandingColumn).data().toString(), QStringLiteral("326,514"));
        QCOMPARE(table->proxy()->index(0, BytesPerAllocColumn).data().toString(), QStringLiteral("640"));
        QCOMPARE(table->proxy()->index(0, DriverColumn).data().toString(), QStringLiteral("nt!ps"));
        QCOMPARE(table->proxy()->index(0, DescriptionColumn).data().toString(), QStringLiteral("Thread objects"));
        QCOMPARE(table->proxy()->index(1, DescriptionColumn).data().toString(),
                 QStringLiteral("Internal Configuration manager allocations"));
        // The bytes bar is drawn against the largest tag.
        QCOMPARE(table->proxy()->index(0, BytesColumn).data(BarRole).toDouble(), 1.0);

        // A click on the Tag header sorts by name; the same order sortBy gives.
        QHeaderView* header = table->table()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(TagColumn) + 5, header->height() / 2));
        QCOMPARE(column(table, TagColumn), (QStringList{"CM31", "File", "IoCo", "MmCm", "Npfs", "Npfs", "Thre"}));
        table->sortBy(TagColumn, Qt::DescendingOrder);
        QCOMPARE(column(table, TagColumn), (QStringList{"Thre", "Npfs", "Npfs", "MmCm", "IoCo", "File", "CM31"}));
        // Bytes sort as numbers: 945,472 bytes (0.9 MB) below 1,276,672 (1.2 MB).
        table->sortBy(BytesColumn, Qt::AscendingOrder);
        QCOMPARE(column(table, TagColumn), (QStringList{"IoCo", "Npfs", "File", "Npfs", "MmCm", "CM31", "Thre"}));
        // Outstanding sorts as numbers, not as text ("412" < "1,681").
        table->sortBy(OutstandingColumn, Qt::AscendingOrder);
        QCOMPARE(column(table, OutstandingColumn).mid(0, 3), (QStringList{"412", "647", "1,202"}));

        // The filter matches any column, case-insensitively: tags, drivers, descriptions.
        table->setFilterText(QStringLiteral("npfs"));
        QCOMPARE(table->proxy()->rowCount(), 2);
        table->setFilterText(QStringLiteral("configuration MANAGER"));
        QCOMPARE(table->proxy()->rowCount(), 1);
        QCOMPARE(row(table, 0), (QStringList{"CM31", "Paged", table->proxy()->index(0, BytesColumn).data().toString(), "30,412"}));
        table->setFilterText(QStringLiteral("no such tag"));
        QCOMPARE(table->proxy()->rowCount(), 0);
        table->setFilterText({});
        QCOMPARE(table->proxy()->rowCount(), 7);
    }

    void theTopChartIsTheLargestTagsInMegabytes()
    {
        m_investigation->setSource(windbgSource(kPoolusedLog), QStringLiteral("poolused.log"));
        const ChartData& top = m_view->topChart()->data();
        QCOMPARE(top.kind, ChartData::Kind::Bars);
        // Seven rows, fewer than the default fifteen: every one is charted.
        QCOMPARE(top.categories.size(), 7);
        m_view->setTopCount(4);
        const ChartData& four = m_view->topChart()->data();
        QCOMPARE(four.valueAxis, QStringLiteral("MB"));
        // Each bar named by its tag and pool, its size at the bar's end and in its tooltip.
        QCOMPARE(four.categories, (QStringList{"Thre Nonp", "CM31 Paged", "MmCm Nonp", "Npfs Nonp"}));
        QCOMPARE(four.valueLabels, (QStringList{"199.3 MB", "118.8 MB", "2.7 MB", "1.2 MB"}));
        QVERIFY2(four.toolTips.value(0).startsWith(QStringLiteral("Thre (Nonpaged): 199 MB in 326,514 allocations")),
                 qPrintable(four.toolTips.value(0)));
        QCOMPARE(four.keys.value(1), QStringLiteral("CM31|Paged"));
        QCOMPARE(four.series.size(), std::size_t{1});
        QCOMPARE(four.series.front().values.size(), std::size_t{4});
        QVERIFY(qFuzzyCompare(four.series.front().values[0], 208968960.0 / (1024.0 * 1024.0)));
        QVERIFY(qFuzzyCompare(four.series.front().values[1], 124567552.0 / (1024.0 * 1024.0)));
        QVERIFY(qFuzzyCompare(four.series.front().values[3], 1276672.0 / (1024.0 * 1024.0)));
        // One snapshot: no growth to draw, and no empty chart taking the top chart's room.
        const ChartData& lines = m_view->seriesChart()->data();
        QCOMPARE(lines.kind, ChartData::Kind::Lines);
        QVERIFY(lines.series.empty());
        QVERIFY(!m_view->seriesChart()->isVisibleTo(m_view.get()));
    }

    void selectingATagIsSharedBothWays()
    {
        m_investigation->setSource(windbgSource(kPoolusedLog), QStringLiteral("poolused.log"));
        QSignalSpy selected(m_investigation.get(), &Investigation::tagSelected);
        RecordTableView* table = m_view->table();
        clickRow(table, 1);
        QCOMPARE(m_investigation->selectedTag(), QStringLiteral("CM31|Paged"));
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.last().at(0).toString(), QStringLiteral("CM31|Paged"));

        // Picked elsewhere (the overview, the inspector): the row follows, even past a filter.
        table->setFilterText(QStringLiteral("Thre"));
        m_investigation->selectTag(QStringLiteral("Npfs|Paged"));
        QCOMPARE(table->currentKey(), QStringLiteral("Npfs|Paged"));
        QCOMPARE(row(table, table->table()->currentIndex().row(), 2), (QStringList{"Npfs", "Paged"}));
        // A tag this snapshot does not have leaves the table alone.
        m_investigation->selectTag(QStringLiteral("Zzzz|Nonpaged"));
        QCOMPARE(table->currentKey(), QStringLiteral("Npfs|Paged"));
    }

    void twoRealPoolmonScreensAreASeries()
    {
        const auto first = testdata::sharedFile("fixtures/poolmon/poolmon-examples__18.txt");
        const auto second = testdata::sharedFile("fixtures/poolmon/poolmon-examples__19.txt");
        if (first.empty() || second.empty())
            QSKIP("../shared/fixtures not present");
        // Opened as the window opens a file: one appended log, detected and read as poolmon.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("poolmon.log"));
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            out << fileText(first) << fileText(second);
        }
        auto opened = openSource(path.toStdString());
        QVERIFY(opened.ok());
        QCOMPARE(opened->kind, SourceKind::Poolmon);
        QCOMPARE(opened->series.size(), std::size_t{2});
        m_investigation->setSource(std::make_shared<OpenedSource>(std::move(opened.value())), QStringLiteral("poolmon.log"));

        // The last screen: "Drsd Paged 737 (0) 710 (0) 27 22464 (0) 832".
        RecordTableView* table = m_view->table();
        QCOMPARE(table->proxy()->rowCount(), 1);
        QCOMPARE(row(table, 0, 7), (QStringList{"Drsd", "Paged", "21.9 KB", "27", "832", "737", "710"}));
        QCOMPARE(m_view->topChart()->data().categories, QStringList{QStringLiteral("Drsd Paged")});
        QCOMPARE(m_view->topChart()->data().valueLabels, QStringList{QStringLiteral("21.9 KB")});
        QCOMPARE(m_view->topChart()->data().valueAxis, QStringLiteral("KB"));

        // Nothing selected: the tag that grew is drawn, 17472 then 22464 bytes, per screen.
        const ChartData& lines = m_view->seriesChart()->data();
        QCOMPARE(lines.kind, ChartData::Kind::Lines);
        QCOMPARE(lines.xAxis, QStringLiteral("screen"));
        QCOMPARE(lines.valueAxis, QStringLiteral("KB"));
        QCOMPARE(lines.series.size(), std::size_t{1});
        QCOMPARE(lines.series.front().name, QStringLiteral("Drsd Paged"));
        QCOMPARE(lines.series.front().points, (std::vector<QPointF>{{1.0, 17472.0 / 1024.0}, {2.0, 22464.0 / 1024.0}}));

        // The first screen: the table and the bars change, the selection stays.
        m_investigation->selectTag(QStringLiteral("Drsd|Paged"));
        m_investigation->setCurrentIndex(0);
        QCOMPARE(row(table, 0, 7), (QStringList{"Drsd", "Paged", "17.1 KB", "21", "832", "560", "539"}));
        QCOMPARE(m_view->topChart()->data().categories, QStringList{QStringLiteral("Drsd Paged")});
        QCOMPARE(m_view->topChart()->data().valueLabels, QStringList{QStringLiteral("17.1 KB")});
        QCOMPARE(table->currentKey(), QStringLiteral("Drsd|Paged"));
        QCOMPARE(m_investigation->selectedTag(), QStringLiteral("Drsd|Paged"));
    }

    void aGeneratedSeriesDrawsTheGrowingTagsAndTheSelectedOnes()
    {
        testdata::PoolmonLogOptions options;
        options.screens = 6;
        options.tagsPerScreen = 40;
        testdata::PoolmonLogFacts facts;
        m_investigation->setSource(poolmonSource(testdata::generatePoolmonLog(options, &facts)), QStringLiteral("gen.log"));
        QCOMPARE(m_investigation->snapshotCount(), 6);
        const Snapshot& last = *m_investigation->current();

        // Fifteen bars unless asked otherwise; the top N of the last screen by bytes.
        QCOMPARE(m_view->topChart()->data().categories.size(), 15);
        m_view->setTopCount(5);
        std::vector<const PoolTagStat*> expected;
        for (const PoolTagStat& stat : last.poolTags)
            expected.push_back(&stat);
        std::stable_sort(expected.begin(), expected.end(), [](const PoolTagStat* a, const PoolTagStat* b) {
            return a->bytes.value_or(0) > b->bytes.value_or(0);
        });
        const ChartData& top = m_view->topChart()->data();
        QCOMPARE(top.categories.size(), 5);
        const double unit = top.valueAxis == QLatin1String("MB") ? 1024.0 * 1024.0 : 1024.0;
        for (int i = 0; i < 5; ++i) {
            const PoolTagStat& stat = *expected[static_cast<std::size_t>(i)];
            const QString tag = QString::fromStdString(stat.tag.display());
            QVERIFY2(top.categories[i].contains(tag + QLatin1Char(' ')), qPrintable(top.categories[i]));
            QVERIFY(qFuzzyCompare(barValue(top, i), static_cast<double>(*stat.bytes) / unit));
        }
        // The table agrees with the bars.
        QCOMPARE(m_view->table()->proxy()->index(0, TagColumn).data().toString(),
                 QString::fromStdString(expected.front()->tag.display()));

        // Nothing selected: one line per planted growing tag, a point per screen, ending at
        // the bytes of the last screen.
        const ChartData& lines = m_view->seriesChart()->data();
        QCOMPARE(lines.xAxis, QStringLiteral("screen"));
        QCOMPARE(lines.series.size(), facts.growing.size());
        const double lineUnit = lines.valueAxis.startsWith(QLatin1String("MB")) ? 1024.0 * 1024.0 : 1024.0;
        for (const testdata::PlantedPoolmonGrowth& planted : facts.growing) {
            const QString name = QString::fromStdString(planted.tag.display());
            const auto it = std::find_if(lines.series.begin(), lines.series.end(),
                                         [&](const ChartSeries& s) { return s.name.startsWith(name + QLatin1Char(' ')); });
            QVERIFY2(it != lines.series.end(), qPrintable(name));
            QCOMPARE(it->points.size(), std::size_t{6});
            QCOMPARE(it->points.front().x(), 1.0);
            QCOMPARE(it->points.back().x(), 6.0);
            QVERIFY(qFuzzyCompare(it->points.front().y(), static_cast<double>(planted.firstBytes) / lineUnit));
            QVERIFY(qFuzzyCompare(it->points.back().y(), static_cast<double>(planted.lastBytes) / lineUnit));
        }

        // Two rows selected: exactly their two lines, named as the table names them.
        RecordTableView* table = m_view->table();
        table->sortBy(TagColumn, Qt::AscendingOrder);
        QItemSelectionModel* selection = table->table()->selectionModel();
        selection->select(table->proxy()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection->select(table->proxy()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const ChartData& picked = m_view->seriesChart()->data();
        QCOMPARE(picked.series.size(), std::size_t{2});
        const double pickedUnit = picked.valueAxis.startsWith(QLatin1String("MB")) ? 1024.0 * 1024.0 : 1024.0;
        for (int r = 0; r < 2; ++r) {
            const ChartSeries& line = picked.series[static_cast<std::size_t>(r)];
            QCOMPARE(line.name.left(5), row(table, r, 1).value(0).left(4) + QLatin1Char(' '));
            // A point for every screen that lists the tag, at its bytes on that screen.
            PoolTag tag;
            PoolType type = PoolType::Unknown;
            QVERIFY(parsePoolTagKey(table->proxy()->index(r, 0).data(KeyRole).toString(), tag, type));
            std::vector<QPointF> expectedPoints;
            for (std::size_t i = 0; i < m_investigation->series()->snapshots.size(); ++i)
                for (const PoolTagStat& stat : m_investigation->series()->snapshots[i].poolTags)
                    if (stat.tag == tag && stat.type == type && stat.bytes)
                        expectedPoints.emplace_back(static_cast<double>(i + 1), static_cast<double>(*stat.bytes) / pickedUnit);
            QVERIFY(!expectedPoints.empty());
            QCOMPARE(line.points, expectedPoints);
        }
        // Twelve rows selected: the chart stays readable at eight lines.
        for (int r = 2; r < 12; ++r)
            selection->select(table->proxy()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_view->seriesChart()->data().series.size(), std::size_t{8});
    }

    void theTagsThatGrowWithTheSelectedOneAreDrawnBesideIt()
    {
        // IoCo follows Irp step for step at an uneven pace; Thre and Toke grow on rhythms of
        // their own, so a steady rate alone would not tell them apart.
        testdata::PoolmonLogOptions options;
        options.screens = 12;
        options.tagsPerScreen = 40;
        options.irregularGrowth = true;
        testdata::PoolmonLogFacts facts;
        m_investigation->setSource(poolmonSource(testdata::generatePoolmonLog(options, &facts)), QStringLiteral("gen.log"));
        QCOMPARE(facts.partnerOf.display(), std::string("Irp"));
        const QString partner = QString::fromStdString(facts.partner.display());
        QCOMPARE(partner, QStringLiteral("IoCo"));

        // Irp alone selected, as a click selects it.
        RecordTableView* table = m_view->table();
        table->sortBy(TagColumn, Qt::AscendingOrder);
        int irpRow = -1;
        for (int r = 0; r < table->proxy()->rowCount(); ++r)
            if (table->proxy()->index(r, TagColumn).data().toString() == QLatin1String("Irp"))
                irpRow = r;
        QVERIFY(irpRow >= 0);
        clickRow(table, irpRow);
        QCOMPARE(m_view->partnerTags(), QStringList{QStringLiteral("IoCo Nonp")});
        const ChartData& lines = m_view->seriesChart()->data();
        QCOMPARE(lines.series.size(), std::size_t{2});
        QCOMPARE(lines.series[0].name, QStringLiteral("Irp Nonp"));
        QCOMPARE(lines.series[1].name, QStringLiteral("IoCo Nonp (grows with it)"));
        QCOMPARE(lines.series[1].points.size(), std::size_t{12});
        QVERIFY2(lines.title.startsWith(QStringLiteral("IoCo Nonp grows with Irp Nonp (correlation 1.00). ")),
                 qPrintable(lines.title));
        // The figures behind it, as `poolscope-cli series --correlate Irp` gives them.
        const TagCorrelation correlation = correlateTags(*m_investigation->series(), PoolTag("Irp"));
        const QString tip = m_view->seriesChart()->toolTip();
        QVERIFY2(tip.startsWith(QString::fromStdString(correlation.summary)), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("IoCo Nonp: its changes follow 'Irp'")), qPrintable(tip));
        // The legend the user reads names it so.
        QVERIFY2(m_view->seriesChart()->legendText().contains(QStringLiteral("IoCo Nonp (grows with it)")),
                 qPrintable(m_view->seriesChart()->legendText()));

        // Thre grows too, but on its own: nothing is drawn beside it.
        for (int r = 0; r < table->proxy()->rowCount(); ++r)
            if (table->proxy()->index(r, TagColumn).data().toString() == QLatin1String("Thre"))
                clickRow(table, r);
        QVERIFY(m_view->partnerTags().isEmpty());
        QCOMPARE(m_view->seriesChart()->data().series.size(), std::size_t{1});
        QVERIFY(!m_view->seriesChart()->data().title.contains(QStringLiteral("grows with")));
    }

    void aTimedSeriesIsDrawnOverSeconds()
    {
        testdata::PoolmonLogOptions options;
        options.screens = 4;
        options.tagsPerScreen = 20;
        auto series = readPoolmon(decodeText(testdata::generatePoolmonLog(options), "timed.log"));
        QVERIFY(series.ok());
        auto source = std::make_shared<OpenedSource>();
        source->kind = SourceKind::Poolmon;
        source->series = std::move(series.value());
        // As a capture with timestamps would give them: a screen every 30 seconds.
        for (std::size_t i = 0; i < source->series.snapshots.size(); ++i)
            source->series.snapshots[i].secondsSinceStart = 30.0 * static_cast<double>(i);
        m_investigation->setSource(source, QStringLiteral("timed.log"));
        m_investigation->selectTag(QStringLiteral("Thre|Nonpaged"));
        QCOMPARE(m_view->table()->currentKey(), QStringLiteral("Thre|Nonpaged"));
        const ChartData& lines = m_view->seriesChart()->data();
        QCOMPARE(lines.xAxis, QStringLiteral("seconds"));
        QCOMPARE(lines.series.size(), std::size_t{1});
        QCOMPARE(lines.series.front().name, QStringLiteral("Thre Nonp"));
        QCOMPARE(lines.series.front().points.size(), std::size_t{4});
        QCOMPARE(lines.series.front().points[0].x(), 0.0);
        QCOMPARE(lines.series.front().points[3].x(), 90.0);
        QVERIFY(lines.series.front().points[3].y() > lines.series.front().points[0].y());
    }

    void aBrokenPoolmonLogStillShowsWhatWasRead()
    {
        // The last screen cut off mid-row, plus a garbage line: the complete rows are shown.
        testdata::PoolmonLogOptions options;
        options.screens = 3;
        options.tagsPerScreen = 12;
        std::string text = testdata::generatePoolmonLog(options);
        text.resize(text.size() - 30);
        text.insert(text.find("\n", text.size() / 2) + 1, "\x01\x02 garbage \xff\n");
        m_investigation->setSource(poolmonSource(text), QStringLiteral("broken.log"));
        QCOMPARE(m_investigation->snapshotCount(), 3);
        const auto& screens = m_investigation->series()->snapshots;
        QCOMPARE(screens[0].skipCounts.lines, std::uint64_t{0});
        QCOMPARE(screens[1].skipCounts.lines, std::uint64_t{1});
        QCOMPARE(screens[1].poolTags.size(), std::size_t{12});
        QVERIFY(QString::fromStdString(screens[1].diagnostics.at(0).message).startsWith(QStringLiteral("not poolmon output: expected a row")));
        QCOMPARE(screens[2].skipCounts.lines, std::uint64_t{1});
        QCOMPARE(QString::fromStdString(screens[2].diagnostics.at(0).message),
                 QStringLiteral("poolmon row cut short: expected Diff after Frees"));
        // The last screen lost its cut row only: eleven of twelve tags are listed.
        QCOMPARE(m_view->table()->proxy()->rowCount(), 11);
        QVERIFY(!m_view->topChart()->data().categories.isEmpty());
        QVERIFY(!m_view->seriesChart()->data().series.empty());
    }

private:
    std::unique_ptr<Investigation> m_investigation;
    std::unique_ptr<PoolTagsView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_MAIN(PoolTagViewTest)
#include "pool_tag_view_test.moc"
