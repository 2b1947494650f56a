// Charts read at every size: each bar named by its full tag (or process) at the window's
// smallest useful size and at the README's, every name inside the chart and clear of its
// neighbours; the size at the bar's end; and the growth chart on a scale where a 260 KB tag
// and a 12 MB tag can both be read (log, or the change since the first screen).
#include "app/gui/main_window.h"
#include "views/chart_panel.h"
#include "views/handles_view.h"
#include "views/investigation.h"
#include "views/overview_view.h"
#include "views/pool_tags_view.h"
#include "tests/gui/test_window.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace poolscope;
using namespace poolscope::views;


namespace {

// Every category drawn, in full, inside the panel, one under the other without overlap,
// in a font a user can read.
void checkLabels(const ChartPanel* chart, const char* what)
{
    const ChartData& data = chart->data();
    QVERIFY2(!data.categories.isEmpty(), what);
    const std::vector<DrawnLabel> drawn = chart->drawnCategoryLabels();
    QStringList texts;
    for (const DrawnLabel& label : drawn)
        texts << label.text;
    QCOMPARE(texts, data.categories);
    const QRect panel = chart->rect();
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        const DrawnLabel& label = drawn[i];
        QVERIFY2(panel.contains(label.rect),
                 qPrintable(QStringLiteral("%1: '%2' at %3,%4 %5x%6 is outside the %7x%8 chart")
                                .arg(QLatin1String(what), label.text)
                                .arg(label.rect.x())
                                .arg(label.rect.y())
                                .arg(label.rect.width())
                                .arg(label.rect.height())
                                .arg(panel.width())
                                .arg(panel.height())));
        QVERIFY2(label.pixelSize >= 9, qPrintable(QStringLiteral("%1: '%2' drawn %3 px high").arg(QLatin1String(what), label.text).arg(label.pixelSize)));
        if (i > 0)
            QVERIFY2(drawn[i - 1].rect.bottom() <= label.rect.top() + 1,
                     qPrintable(QStringLiteral("%1: '%2' overlaps '%3'").arg(QLatin1String(what), label.text, drawn[i - 1].text)));
    }
}

} // namespace

class ChartLabelsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(testgui::isolateSettings(m_settings, QStringLiteral("PoolScopeChartsTest")));
    }

    void init()
    {
        m_investigation = std::make_unique<Investigation>(PoolTagDatabase::builtin());
        m_window = std::make_unique<app::MainWindow>(*m_investigation);
    }

    void cleanup()
    {
        m_window.reset();
        m_investigation.reset();
    }

    void everyBarIsNamedInFull_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("smallest useful window") << QSize(1024, 700);
        QTest::newRow("README screenshots") << QSize(1500, 900);
    }

    void everyBarIsNamedInFull()
    {
        QFETCH(QSize, size);
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // Fifteen tags of a poolmon series, the growing ones marked, in the Pool tags view.
        m_window->openDemo(true);
        m_window->showView(QStringLiteral("tags"));
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        QTest::qWait(50);
        const ChartData& top = tags->topChart()->data();
        QCOMPARE(top.categories.size(), 15);
        QCOMPARE(top.categories.value(0), QStringLiteral("▲ Irp Nonp"));
        QCOMPARE(top.valueLabels.size(), 15);
        QVERIFY(top.valueLabels.value(0).endsWith(QStringLiteral(" MB")));
        checkLabels(tags->topChart(), "top tags");
        // At the size asked for: no chart's minimum height grew the window to make room.
        QCOMPARE(m_window->size(), size);

        // The handles of the top processes, one stack per process.
        m_window->openDemo(false);
        m_window->showView(QStringLiteral("handles"));
        QTest::qWait(50);
        auto* handles = static_cast<HandlesView*>(m_window->viewWidget(QStringLiteral("handles")));
        QCOMPARE(handles->chart()->data().categories.value(0), QStringLiteral("xxxxxx.EXE"));
        checkLabels(handles->chart(), "handles");
        QCOMPARE(m_window->size(), size);

        // The Overview's small charts, scrolled into view.
        m_window->showView(QStringLiteral("overview"));
        auto* overview = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
        QTRY_VERIFY_WITH_TIMEOUT(!overview->findingsPending(), 30000);
        QTest::qWait(50);
        checkLabels(overview->tagsChart(), "overview tags");
        checkLabels(overview->handlesChart(), "overview handles");
        checkLabels(overview->portsChart(), "overview ports");
    }

    void aSmallAndALargeTagAreReadOnOneGrowthChart()
    {
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openDemo(true);
        auto* tags = static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")));
        const SnapshotSeries& series = *m_investigation->series();
        // The steadily growing tags: Thre grows from a few hundred KB, Irp to 12 MB.
        const ChartData* lines = &tags->seriesChart()->data();
        QCOMPARE(lines->kind, ChartData::Kind::Lines);
        const auto largest = [](const ChartSeries& s) {
            double m = 0;
            for (const QPointF& p : s.points)
                m = std::max(m, p.y());
            return m;
        };
        double smallest = 0, biggest = 0;
        for (const ChartSeries& s : lines->series) {
            const double m = largest(s);
            smallest = smallest == 0 ? m : std::min(smallest, m);
            biggest = std::max(biggest, m);
        }
        QVERIFY2(biggest / smallest >= 20, "the demo's growing tags should span more than an order of magnitude");
        // So the chart opens on the log scale, the values still the bytes themselves.
        QCOMPARE(tags->growthScale(), PoolTagsView::GrowthScale::LogBytes);
        QCOMPARE(lines->scale, ChartData::Scale::Log);
        QVERIFY(lines->title.endsWith(QStringLiteral(", log scale")));
        const auto thre = std::find_if(lines->series.begin(), lines->series.end(),
                                       [](const ChartSeries& s) { return s.name == QLatin1String("Thre Nonp"); });
        QVERIFY(thre != lines->series.end());
        const double unit = lines->valueAxis.startsWith(QLatin1String("MB")) ? 1024.0 * 1024.0 : 1024.0;
        const auto bytesOn = [&](std::size_t screen) {
            for (const PoolTagStat& stat : series.snapshots[screen].poolTags)
                if (stat.tag == PoolTag("Thre") && stat.type == PoolType::NonPaged)
                    return static_cast<double>(stat.bytes.value_or(0));
            return 0.0;
        };
        QVERIFY(qFuzzyCompare(thre->points.front().y(), bytesOn(0) / unit));
        QVERIFY(qFuzzyCompare(thre->points.back().y(), bytesOn(series.size() - 1) / unit));

        // The change since the first screen: every line starts at 0%, Thre ends where its bytes say.
        tags->setGrowthScale(PoolTagsView::GrowthScale::SinceFirst);
        lines = &tags->seriesChart()->data();
        QCOMPARE(lines->scale, ChartData::Scale::Linear);
        for (const ChartSeries& s : lines->series)
            QCOMPARE(s.points.front().y(), 0.0);
        const auto since = std::find_if(lines->series.begin(), lines->series.end(),
                                        [](const ChartSeries& s) { return s.name == QLatin1String("Thre Nonp"); });
        QVERIFY(since != lines->series.end());
        QVERIFY(std::abs(since->points.back().y() - 100.0 * (bytesOn(series.size() - 1) / bytesOn(0) - 1.0)) < 1e-9);
        QVERIFY(since->points.back().y() > 10.0);

        // The user's choice stays, through another screen of the series.
        m_investigation->setCurrentIndex(5);
        QCOMPARE(tags->growthScale(), PoolTagsView::GrowthScale::SinceFirst);
        tags->setGrowthScale(PoolTagsView::GrowthScale::Bytes);
        QCOMPARE(tags->seriesChart()->data().scale, ChartData::Scale::Linear);
        QVERIFY(!tags->seriesChart()->data().title.contains(QStringLiteral("log")));
    }

private:
    QTemporaryDir m_settings;
    std::unique_ptr<Investigation> m_investigation;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(ChartLabelsTest)
#include "chart_labels_test.moc"
