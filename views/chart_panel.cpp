#include "chart_panel.h"

#include "views/wrapped_label.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QStackedLayout>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace poolscope::views {

namespace {

// A palette that reads on light and dark backgrounds and in print; the first colour is the suspect.
const QColor kColours[] = {QColor(0xd9, 0x5f, 0x3b), QColor(0x3b, 0x7d, 0xd9), QColor(0x5a, 0xa8, 0x4f),
                           QColor(0xe0, 0xa8, 0x2e), QColor(0x8e, 0x5c, 0xc2), QColor(0x4c, 0xb5, 0xb0),
                           QColor(0x9a, 0x9a, 0x9a), QColor(0xc2, 0x5c, 0x8e)};

QColor colourAt(std::size_t i)
{
    return kColours[i % std::size(kColours)];
}

// Qt Charts elides a category axis's labels to "..." as soon as a label is taller than the
// room one category gets, which with fifteen tags is always: the bars of the top-N chart
// carried no name at all. The labels are drawn here instead, each in full, beside its bar.
class LabelItem : public QGraphicsSimpleTextItem {
public:
    using QGraphicsSimpleTextItem::QGraphicsSimpleTextItem;
    std::function<void()> onClick;
    std::function<void()> onDoubleClick;

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override
    {
        if (onDoubleClick && event->button() == Qt::LeftButton) {
            onDoubleClick();
            event->accept();
            return;
        }
        QGraphicsSimpleTextItem::mouseDoubleClickEvent(event);
    }

    void mousePressEvent(QGraphicsSceneMouseEvent* event) override
    {
        if (onClick && event->button() == Qt::LeftButton) {
            onClick();
            event->accept();
            return;
        }
        QGraphicsSimpleTextItem::mousePressEvent(event);
    }
};

constexpr int kLabelGap = 6;
constexpr int kMinimumPlotWidth = 160;
// A value axis tick label needs this much room per tick, or Qt Charts prints "..." instead.
constexpr double kTickRoom = 1.8;

// Whole ticks for figures that are whole (counts, screens, and bars labelled "%.0f"): a
// step of 1, 2 or 5 times a power of ten, never below 1, so a bar of 1 reads "0 1", not
// "0 0 1 1 2". A bar axis ends on a tick at or above `high`; a series' axis keeps its
// first and last screen as its ends (no screen 0, no screen 15 of 12).
enum class AxisEnds { OnTicks, AtData };
void setWholeTicks(QValueAxis* axis, double low, double high, AxisEnds ends = AxisEnds::OnTicks)
{
    const double span = std::max(high - low, 1.0);
    const double rough = span / (ends == AxisEnds::AtData ? 8.0 : 4.0);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10.0 * power;
    for (double m : {1.0, 2.0, 5.0})
        if (m * power >= rough) {
            step = m * power;
            break;
        }
    step = std::max(step, 1.0);
    const double start = std::floor(low / step) * step;
    if (ends == AxisEnds::AtData)
        axis->setRange(low, std::max(high, low + 1));
    else
        axis->setRange(start, start + std::ceil((high - start) / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(start);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

bool allWhole(const std::vector<double>& values)
{
    return std::all_of(values.begin(), values.end(), [](double v) { return std::floor(v) == v; });
}

QColor mixed(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

struct ChartPanel::Impl {
    QChartView* view = nullptr;
    QLabel* empty = nullptr;
    QLabel* title = nullptr;  // ours, like the legend: Qt Charts cuts a long title to "Hand..."
    QLabel* legend = nullptr; // ours, not Qt Charts': it wraps where that one cuts names to "Thr..."
    QStackedLayout* stack = nullptr;
    QAbstractBarSeries* bars = nullptr;
    std::vector<LabelItem*> labels;              // top to bottom, as data.categories
    std::vector<QGraphicsSimpleTextItem*> values; // the figure at each bar's end
    std::vector<double> totals;                  // each category's bar length, in axis units
    bool clickable = false;
};

namespace {

// The chart in the widget's palette: a dark desktop gets a dark chart, not a white card.
void applyPalette(QChart* chart, QChartView* view, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(mixed(base, text, 0.45));
        axis->setGridLineColor(mixed(base, text, 0.15));
        axis->setMinorGridLineColor(mixed(base, text, 0.07));
    }
    view->setBackgroundBrush(base);
}

double scaleFor(const ChartData& data)
{
    // Large counts read better in thousands than as "323155" crammed against its neighbour.
    double largest = 0;
    for (const ChartSeries& cs : data.series)
        for (double v : cs.values)
            largest = std::max(largest, v);
    return largest >= 100000 ? 1000.0 : 1.0;
}

// Returns the series; `totals` gets each category's bar length in axis units.
QAbstractBarSeries* addBars(QChart* chart, const ChartData& data, bool stacked, std::vector<double>& totals)
{
    const double scale = scaleFor(data);
    QAbstractBarSeries* series = stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                                         : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    const auto n = static_cast<std::size_t>(data.categories.size());
    totals.assign(n, 0.0);
    for (std::size_t s = 0; s < data.series.size(); ++s) {
        auto* set = new QBarSet(data.series[s].name);
        set->setColor(colourAt(s));
        set->setBorderColor(colourAt(s).darker(120));
        // QBarSeries draws its first value at the bottom; the table's first row goes on top.
        const auto& values = data.series[s].values;
        for (std::size_t i = n; i-- > 0;) {
            const double v = i < values.size() ? values[i] / scale : 0.0;
            *set << v;
            totals[i] = stacked ? totals[i] + v : std::max(totals[i], v);
        }
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);

    // The category axis places the bars; its own labels stay hidden (see LabelItem).
    QStringList categories = data.categories;
    std::reverse(categories.begin(), categories.end());
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    axisY->setVisible(false);
    const double maximum = n == 0 ? 0.0 : *std::max_element(totals.begin(), totals.end());
    auto* axisX = new QValueAxis;
    // Room at the end of the longest bar for its figure.
    const double end = maximum > 0 ? maximum * (data.valueLabels.isEmpty() ? 1.05 : 1.2) : 1;
    bool whole = true;
    for (const ChartSeries& cs : data.series)
        whole = whole && allWhole(cs.values);
    if (whole || end >= 4)
        setWholeTicks(axisX, 0, end);
    else {
        // A few KB or MB: "%.0f" would print 0 0 1 1; tenths say what the bars are.
        axisX->setRange(0, end);
        axisX->applyNiceNumbers();
        axisX->setLabelFormat(QStringLiteral("%.1f"));
        axisX->setTickCount(5);
    }
    axisX->setTitleText(scale > 1 ? QObject::tr("%1 ×1000").arg(data.valueAxis) : data.valueAxis);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return series;
}

void addLines(QChart* chart, const ChartData& data)
{
    const bool log = data.scale == ChartData::Scale::Log;
    double minX = 0, maxX = 1, minY = 0, maxY = 0, minPositive = 0;
    bool first = true;
    for (std::size_t s = 0; s < data.series.size(); ++s) {
        auto* line = new QLineSeries;
        line->setName(data.series[s].name);
        line->setPointsVisible(data.series[s].points.size() < 60);
        QPen pen(colourAt(s));
        pen.setWidthF(2.0);
        line->setPen(pen);
        for (const QPointF& p : data.series[s].points) {
            if (log && p.y() <= 0)
                continue; // a log scale has no zero: the point is left out, not drawn at the floor
            line->append(p);
            minX = first ? p.x() : std::min(minX, p.x());
            maxX = first ? p.x() : std::max(maxX, p.x());
            minY = first ? p.y() : std::min(minY, p.y());
            maxY = first ? p.y() : std::max(maxY, p.y());
            if (p.y() > 0)
                minPositive = minPositive > 0 ? std::min(minPositive, p.y()) : p.y();
            first = false;
        }
        chart->addSeries(line);
    }
    auto* axisX = new QValueAxis;
    bool wholeX = true, wholeY = true;
    for (const ChartSeries& cs : data.series)
        for (const QPointF& p : cs.points) {
            wholeX = wholeX && std::floor(p.x()) == p.x();
            wholeY = wholeY && std::floor(p.y()) == p.y();
        }
    // Screens are counted: 1, 2, 3, never 1.5.
    if (wholeX)
        setWholeTicks(axisX, minX, maxX > minX ? maxX : minX + 1, AxisEnds::AtData);
    else {
        axisX->setRange(minX, maxX > minX ? maxX : minX + 1);
        axisX->setLabelFormat(QStringLiteral("%.0f"));
    }
    axisX->setTitleText(data.xAxis);
    chart->addAxis(axisX, Qt::AlignBottom);
    QAbstractAxis* axisY = nullptr;
    if (log) {
        auto* logAxis = new QLogValueAxis;
        logAxis->setBase(10);
        logAxis->setLabelFormat(QStringLiteral("%g"));
        logAxis->setMinorTickCount(-1); // the 2..9 ticks of each decade
        const double low = minPositive > 0 ? std::pow(10.0, std::floor(std::log10(minPositive))) : 0.1;
        const double high = maxY > 0 ? std::pow(10.0, std::ceil(std::log10(maxY * 1.01))) : 1.0;
        logAxis->setRange(low, std::max(high, low * 10));
        axisY = logAxis;
    } else {
        auto* valueAxis = new QValueAxis;
        const double low = std::min(0.0, minY);
        if (wholeY && maxY >= 1) {
            setWholeTicks(valueAxis, low < 0 ? low * 1.1 : 0, maxY * 1.1);
        } else {
            valueAxis->setRange(low < 0 ? low * 1.1 : 0, maxY > 0 ? maxY * 1.1 : 1);
            valueAxis->applyNiceNumbers();
            valueAxis->setLabelFormat(QStringLiteral("%.1f"));
        }
        axisY = valueAxis;
    }
    axisY->setTitleText(data.valueAxis);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
}

// The series' names with their colours, as text that wraps under the chart.
QString legendHtml(const ChartData& data)
{
    const bool shown = data.kind == ChartData::Kind::Lines || data.kind == ChartData::Kind::StackedBars || data.series.size() > 1;
    if (!shown)
        return {};
    QStringList items;
    for (std::size_t s = 0; s < data.series.size(); ++s)
        items << QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2")
                     .arg(colourAt(s).name(), data.series[s].name.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    return items.join(QStringLiteral(" &nbsp; "));
}

} // namespace

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent), m_impl(new Impl)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_impl->title = new WrappedLabel(this);
    m_impl->title->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_impl->title->setContentsMargins(4, 4, 4, 0);
    m_impl->title->setBackgroundRole(QPalette::Base);
    m_impl->title->setAutoFillBackground(true);
    QFont titleFont = m_impl->title->font();
    titleFont.setBold(true);
    m_impl->title->setFont(titleFont);
    layout->addWidget(m_impl->title);
    m_impl->stack = new QStackedLayout;
    layout->addLayout(m_impl->stack, 1);
    m_impl->legend = new WrappedLabel(this);
    m_impl->legend->setTextFormat(Qt::RichText);
    m_impl->legend->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_impl->legend->setContentsMargins(4, 0, 4, 4);
    m_impl->legend->setBackgroundRole(QPalette::Base); // one surface with the chart above it
    m_impl->legend->setAutoFillBackground(true);
    layout->addWidget(m_impl->legend);
    m_impl->view = new QChartView(this);
    m_impl->view->setRenderHint(QPainter::Antialiasing);
    m_impl->view->setMinimumHeight(130);
    m_impl->view->setFrameShape(QFrame::NoFrame);
    m_impl->view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_impl->view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const int index = categoryAt(m_impl->view->mapTo(this, pos));
        if (m_impl->clickable && index >= 0)
            emit categoryMenuRequested(index, m_impl->view->viewport()->mapToGlobal(pos));
    });
    m_impl->empty = new QLabel(tr("Nothing to chart"), this);
    m_impl->empty->setAlignment(Qt::AlignCenter);
    m_impl->empty->setWordWrap(true);
    m_impl->empty->setEnabled(false);
    m_impl->stack->addWidget(m_impl->empty);
    m_impl->stack->addWidget(m_impl->view);
    show(ChartData{});
}

ChartPanel::~ChartPanel()
{
    delete m_impl;
}

void ChartPanel::show(const ChartData& data)
{
    m_data = data;
    m_impl->bars = nullptr;
    m_impl->labels.clear();
    m_impl->values.clear();
    m_impl->totals.clear();
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(false);
    const bool hasData = std::any_of(data.series.begin(), data.series.end(),
                                     [](const ChartSeries& s) { return !s.values.empty() || !s.points.empty(); });
    const ChartData::Kind kind = hasData ? data.kind : ChartData::Kind::None;
    switch (kind) {
    case ChartData::Kind::Bars:
    case ChartData::Kind::StackedBars:
        m_impl->bars = addBars(chart, data, kind == ChartData::Kind::StackedBars, m_impl->totals);
        break;
    case ChartData::Kind::Lines:
        addLines(chart, data);
        break;
    case ChartData::Kind::None:
        break;
    }
    applyPalette(chart, m_impl->view, palette());

    const QFontMetrics metrics(font());
    // A line chart stays readable lower than a bar chart, whose names need a line each: at
    // the smallest useful window (1024x700) the growth chart shares its page with the top tags.
    int minimumHeight = 130;
    int minimumWidth = 0;
    if (m_impl->bars) {
        // One line of text per bar at the least: the labels never have to shrink below the
        // window's font, whatever the window's size (the view's layout makes room).
        const int axis = metrics.height() * 3;
        minimumHeight = std::max(160, static_cast<int>(data.categories.size()) * (metrics.height() + 3) + axis + 16);
        int widest = 0;
        for (const QString& category : data.categories)
            widest = std::max(widest, metrics.horizontalAdvance(category));
        chart->setMargins(QMargins(widest + 2 * kLabelGap, 4, 8, 4));
        // Room for the bars beside their names: a splitter cannot squeeze the chart to a
        // column of names with slivers of bars.
        minimumWidth = widest + 2 * kLabelGap + kMinimumPlotWidth;
        for (int i = 0; i < data.categories.size(); ++i) {
            auto* label = new LabelItem(data.categories[i], chart);
            label->setFont(font());
            label->setBrush(palette().color(QPalette::Text));
            if (i < data.toolTips.size())
                label->setToolTip(data.toolTips[i]);
            label->onClick = [this, i] { activateCategory(i); };
            label->onDoubleClick = [this, i] { openCategory(i); };
            if (m_impl->clickable)
                label->setCursor(Qt::PointingHandCursor);
            m_impl->labels.push_back(label);
            auto* value = new QGraphicsSimpleTextItem(i < data.valueLabels.size() ? data.valueLabels[i] : QString(), chart);
            value->setZValue(1000); // above the bars: a figure drawn inside its bar must show
            value->setFont(font());
            value->setBrush(palette().color(QPalette::Text));
            m_impl->values.push_back(value);
        }
        const auto n = static_cast<int>(data.categories.size());
        connect(m_impl->bars, &QAbstractBarSeries::clicked, this, [this, n](int index, QBarSet*) {
            activateCategory(n - 1 - index);
        });
        connect(m_impl->bars, &QAbstractBarSeries::doubleClicked, this, [this, n](int index, QBarSet*) {
            openCategory(n - 1 - index);
        });
        connect(m_impl->bars, &QAbstractBarSeries::hovered, this, [this, n](bool on, int index, QBarSet*) {
            const int category = n - 1 - index;
            if (on && category >= 0 && category < m_data.toolTips.size())
                QToolTip::showText(QCursor::pos(), m_data.toolTips[category], m_impl->view);
            else
                QToolTip::hideText();
        });
        // Placed whenever the plot area moves: a resize, the legend, the first layout.
        connect(chart, &QChart::plotAreaChanged, this, [this, chart] {
            const QRectF plot = chart->plotArea();
            const auto count = static_cast<int>(m_impl->labels.size());
            if (count == 0 || plot.isEmpty() || !m_impl->bars)
                return;
            // As many ticks as their labels have room for at this width.
            for (QAbstractAxis* horizontal : chart->axes(Qt::Horizontal))
                if (auto* values = qobject_cast<QValueAxis*>(horizontal)) {
                    const QFontMetrics tickMetrics(values->labelsFont());
                    const double room = tickMetrics.horizontalAdvance(QString::number(values->max(), 'f', 0)) * kTickRoom;
                    const int fit = static_cast<int>(plot.width() / std::max(room, 1.0)) + 1;
                    // 5, 3 or 2: the nice range splits into 4 or 2 round steps, never 3.
                    const int ticks = fit >= 5 ? 5 : fit >= 3 ? 3 : 2;
                    if (values->tickCount() != ticks)
                        values->setTickCount(ticks);
                }
            const double slot = plot.height() / count;
            QFont labelFont = font();
            const int natural = QFontInfo(labelFont).pixelSize();
            // Squeezed below a line per bar (a splitter dragged small): smaller, never elided.
            labelFont.setPixelSize(std::clamp(static_cast<int>(slot) - 2, 7, natural));
            for (int i = 0; i < count; ++i) {
                LabelItem* label = m_impl->labels[static_cast<std::size_t>(i)];
                QGraphicsSimpleTextItem* value = m_impl->values[static_cast<std::size_t>(i)];
                label->setFont(labelFont);
                value->setFont(labelFont);
                const double category = count - 1 - i;
                const double y = chart->mapToPosition(QPointF(0, category), m_impl->bars).y();
                const QRectF text = label->boundingRect();
                label->setPos(plot.left() - kLabelGap - text.width(), y - text.height() / 2);
                const double total = m_impl->totals[static_cast<std::size_t>(i)];
                const double end = chart->mapToPosition(QPointF(total, category), m_impl->bars).x();
                const QRectF figure = value->boundingRect();
                if (end + kLabelGap + figure.width() <= plot.right() + 4) {
                    value->setPos(end + kLabelGap, y - figure.height() / 2);
                    value->setBrush(palette().color(QPalette::Text));
                } else if (end - plot.left() >= figure.width() + kLabelGap) {
                    // No room past the bar: inside its end, light on the bar's colour.
                    value->setPos(end - kLabelGap / 2.0 - figure.width(), y - figure.height() / 2);
                    value->setBrush(QColor(Qt::white));
                }
                // Room for neither: the figure stays in the tooltip rather than over the name.
                value->setVisible(end + kLabelGap + figure.width() <= plot.right() + 4
                                  || end - plot.left() >= figure.width() + kLabelGap);
            }
        });
    }
    m_impl->view->setMinimumHeight(minimumHeight);
    m_impl->view->setMinimumWidth(minimumWidth);

    QChart* old = m_impl->view->chart();
    m_impl->view->setChart(chart);
    delete old;
    m_impl->empty->setText(data.title.isEmpty() ? tr("Nothing to chart") : tr("%1: nothing to chart").arg(data.title));
    m_impl->stack->setCurrentWidget(kind != ChartData::Kind::None ? static_cast<QWidget*>(m_impl->view) : m_impl->empty);
    m_impl->title->setText(kind == ChartData::Kind::None ? QString() : data.title);
    m_impl->title->setVisible(kind != ChartData::Kind::None && !data.title.isEmpty());
    const QString legend = kind == ChartData::Kind::None ? QString() : legendHtml(data);
    m_impl->legend->setText(legend);
    m_impl->legend->setVisible(!legend.isEmpty());
}

QString ChartPanel::legendText() const
{
    return m_impl->legend->isVisibleTo(this) ? QTextDocumentFragment::fromHtml(m_impl->legend->text()).toPlainText() : QString();
}

QStringList ChartPanel::axisTickLabels(Qt::Orientation orientation) const
{
    QStringList labels;
    const QChart* chart = m_impl->view->chart();
    for (QAbstractAxis* axis : chart->axes(orientation)) {
        const auto* values = qobject_cast<const QValueAxis*>(axis);
        if (!values || !values->isVisible())
            continue;
        const QByteArray format = values->labelFormat().toLatin1();
        const auto print = [&](double v) { return QString::asprintf(format.constData(), v); };
        if (values->tickType() == QValueAxis::TicksDynamic && values->tickInterval() > 0) {
            const double step = values->tickInterval();
            double v = values->tickAnchor() + std::ceil((values->min() - values->tickAnchor()) / step - 1e-9) * step;
            for (; v <= values->max() + step * 1e-9 && labels.size() < 1000; v += step)
                labels << print(v);
        } else {
            const int count = std::max(values->tickCount(), 2);
            for (int i = 0; i < count; ++i)
                labels << print(values->min() + (values->max() - values->min()) * i / (count - 1));
        }
    }
    return labels;
}

std::vector<DrawnLabel> ChartPanel::drawnCategoryLabels() const
{
    std::vector<DrawnLabel> out;
    for (const LabelItem* label : m_impl->labels) {
        if (!label->isVisible())
            continue;
        const QRect inView = m_impl->view->mapFromScene(label->sceneBoundingRect()).boundingRect();
        const QRect inPanel(m_impl->view->mapTo(this, inView.topLeft()), inView.size());
        out.push_back({label->text(), inPanel, QFontInfo(label->font()).pixelSize()});
    }
    return out;
}

void ChartPanel::setCategoriesClickable(bool clickable)
{
    m_impl->clickable = clickable;
    for (LabelItem* label : m_impl->labels)
        label->setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void ChartPanel::activateCategory(int index)
{
    if (m_impl->clickable && index >= 0 && index < m_data.categories.size())
        emit categoryActivated(index);
}

void ChartPanel::openCategory(int index)
{
    if (m_impl->clickable && index >= 0 && index < m_data.categories.size())
        emit categoryOpened(index);
}

int ChartPanel::categoryAt(const QPoint& pos) const
{
    QChart* chart = m_impl->view->chart();
    if (!m_impl->bars || !chart || m_impl->labels.empty())
        return -1;
    const QPoint inView = m_impl->view->mapFrom(this, pos);
    const QPointF inChart = chart->mapFromScene(m_impl->view->mapToScene(inView));
    const QRectF plot = chart->plotArea();
    // Beside the plot (the names) or over it (the bars), within the bars' height.
    if (inChart.y() < plot.top() || inChart.y() > plot.bottom() || inChart.x() > plot.right())
        return -1;
    const auto count = static_cast<int>(m_impl->labels.size());
    // The category axis puts category i (from the bottom) at i, each one unit high.
    const int fromBottom = qRound(chart->mapToValue(inChart, m_impl->bars).y());
    const int index = count - 1 - fromBottom;
    return index >= 0 && index < count ? index : -1;
}

void ChartPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The desktop switched between light and dark: redraw in the new palette.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        show(ChartData(m_data));
}

} // namespace poolscope::views
