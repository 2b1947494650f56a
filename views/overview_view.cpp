#include "overview_view.h"

#include "analysis/conclusions/explain.h"
#include "analysis/dump/pool/pool_census.h"
#include "analysis/conclusions/growth.h"
#include "analysis/conclusions/handle_tally.h"
#include "analysis/conclusions/leak_queries.h"
#include "analysis/conclusions/suspects.h"
#include "model/format.h"
#include "views/chart_panel.h"
#include "views/completion_port_model.h"
#include "views/finding_card.h"
#include "views/handle_chart.h"
#include "views/investigation.h"
#include "views/pool_tag_model.h"
#include "views/port_chart.h"
#include "views/record_columns.h"
#include "views/record_table_view.h"
#include "views/tag_chart.h"
#include "views/wrapped_label.h"

#include <fmt/format.h>

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QThread>
#include <QTableView>
#include <QVBoxLayout>

#include <unordered_set>

namespace poolscope::views {

struct SuspectRow {
    Suspect suspect;
    QString key;  // what the target view selects
    QString view; // "tags", "ports", "handles"
};

namespace {

constexpr int kChartTags = 8;
constexpr int kChartProcesses = 5;
constexpr int kChartTypes = 3; // and Other: a legend that fits under a small chart
constexpr int kChartPorts = 5;
constexpr int kChartMinimumWidth = 340; // below it the small charts go one under the other

// The warning colour of a pool past 80%: the charts' suspect colour, readable on light and dark.
const QColor kWarning(0xd9, 0x5f, 0x3b);

std::unique_ptr<RecordTableModel<SuspectRow>> makeSuspectModel()
{
    using R = SuspectRow;
    RecordTableModel<R>::Columns c;
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Suspect")), [](const R& r) { return r.suspect.title; }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Record")), [](const R& r) { return r.suspect.record; }));
    auto figure = columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Figure")), [](const R& r) { return r.suspect.figure; });
    figure.alignment = columns::kRight;
    c.push_back(figure);
    // The view's name (as --view takes it) read as a word: its tab's name in the window's
    // language, the name itself in CSV.
    [[maybe_unused]] static const char* const viewWords[] = {
        QT_TRANSLATE_NOOP("Cell", "tags"), QT_TRANSLATE_NOOP("Cell", "ports"), QT_TRANSLATE_NOOP("Cell", "irps"),
        QT_TRANSLATE_NOOP("Cell", "handles")};
    c.push_back(columns::word<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Open in")), [](const R& r) { return r.view.toStdString(); }));
    // Last, so that it takes the room left: the reason is the longest cell, and wraps.
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Why")), [](const R& r) { return r.suspect.explanation; }));
    return std::make_unique<RecordTableModel<R>>(std::move(c), [](const R& r) { return r.view + QLatin1Char('/') + r.key; });
}

// One pool's usage against its maximum, the way !vm states it.
void showUsage(QLabel* label, QProgressBar* bar, const QString& pool, const std::optional<std::uint64_t>& used,
               const std::optional<std::uint64_t>& maximum, bool noFixedMaximum = false)
{
    bar->setPalette(QPalette());
    if (!used && !maximum) {
        label->setText(QObject::tr("%1: not in this source").arg(pool));
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setEnabled(false);
        return;
    }
    const QString usedText = used ? QString::fromStdString(format::bytes(*used)) : QObject::tr("unknown");
    QString text;
    bar->setEnabled(true);
    if (used && maximum && *maximum > 0) {
        const double fraction = static_cast<double>(*used) / static_cast<double>(*maximum);
        text = QObject::tr("%1: %2 of %3 (%4)")
                   .arg(pool, usedText, QString::fromStdString(format::bytes(*maximum)),
                        QString::fromStdString(format::percent(fraction)));
        bar->setRange(0, 1000);
        bar->setValue(static_cast<int>(std::min(fraction, 1.0) * 1000));
        // Past 80% the pool is the emergency this tool exists for.
        if (fraction >= 0.8) {
            QPalette warning = bar->palette();
            warning.setColor(QPalette::Highlight, kWarning);
            bar->setPalette(warning);
        }
    } else if (maximum) { // a maximum of zero: nothing to fill the bar against either
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setEnabled(false);
        text = QObject::tr("%1: %2 of %3").arg(pool, usedText, QString::fromStdString(format::bytes(*maximum)));
    } else {
        // Without the pool's size there is nothing to fill the bar against (a dump's tracker
        // tables give what is used, not the maximum): say so instead of an empty gauge.
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setEnabled(false);
        text = noFixedMaximum
            ? QObject::tr("%1: %2 (no fixed maximum on this Windows: the pools grow until memory or commit runs out)")
                  .arg(pool, usedText)
            : QObject::tr("%1: %2 (the pool's maximum is not in this source)").arg(pool, usedText);
    }
    label->setText(text);
}

QLabel* sectionHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    label->setFont(font);
    return label;
}

} // namespace

OverviewView::OverviewView(Investigation& investigation, QWidget* parent)
    : QWidget(parent), m_investigation(investigation), m_model(makeSuspectModel())
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text wraps to the width instead
    outer->addWidget(m_scroll);
    auto* page = new QWidget(m_scroll);
    m_scroll->setWidget(page);
    auto* layout = new QVBoxLayout(page);
    layout->setSpacing(10);

    m_source = new WrappedLabel(page);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_source);

    auto* usage = new QGridLayout;
    usage->setColumnStretch(1, 1);
    m_nonPagedLabel = new QLabel(page);
    m_nonPaged = new QProgressBar(page);
    m_nonPaged->setTextVisible(false);
    m_nonPaged->setMaximumHeight(m_nonPagedLabel->fontMetrics().height());
    m_pagedLabel = new QLabel(page);
    m_paged = new QProgressBar(page);
    m_paged->setTextVisible(false);
    m_paged->setMaximumHeight(m_pagedLabel->fontMetrics().height());
    usage->addWidget(m_nonPagedLabel, 0, 0);
    usage->addWidget(m_nonPaged, 0, 1);
    usage->addWidget(m_pagedLabel, 1, 0);
    usage->addWidget(m_paged, 1, 1);
    layout->addLayout(usage);

    m_counts = new WrappedLabel(page);
    layout->addWidget(m_counts);

    layout->addWidget(sectionHeading(tr("Findings"), page));
    m_summary = new WrappedLabel(page);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setToolTip(tr("Each finding in one line: click one to go to its chain below"));
    layout->addWidget(m_summary);
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString& link) {
        bool ok = false;
        const int index = link.mid(link.indexOf(QLatin1Char(':')) + 1).toInt(&ok);
        if (ok && index >= 0 && index < m_cards.size())
            m_scroll->ensureWidgetVisible(m_cards[index], 0, 0);
    });
    m_findingsLayout = new QVBoxLayout;
    m_findingsLayout->setSpacing(10);
    layout->addLayout(m_findingsLayout);
    m_findingsNote = new WrappedLabel(page);
    m_findingsNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findingsNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_findingsNote);

    layout->addWidget(sectionHeading(tr("At a glance"), page));
    m_charts = new QWidget(page);
    m_chartGrid = new QGridLayout(m_charts);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    m_chartBoxes << chartBox(tr("Largest tags"), QStringLiteral("tags"), m_tagsChart)
                 << chartBox(tr("Handles of the top processes, by type"), QStringLiteral("handles"), m_handlesChart)
                 << chartBox(tr("Deepest completion ports"), QStringLiteral("ports"), m_portsChart);
    layout->addWidget(m_charts);
    connect(m_tagsChart, &ChartPanel::categoryActivated, this, [this](int index) {
        RecordRef ref;
        ref.kind = RecordKind::PoolTag;
        if (parsePoolTagKey(m_tagsChart->data().keys.value(index), ref.tag, ref.pool))
            m_investigation.openRecord(ref);
    });
    connect(m_handlesChart, &ChartPanel::categoryActivated, this, [this](int index) {
        if (const auto process = parseAddressKey(m_handlesChart->data().keys.value(index)))
            m_investigation.openRecord(RecordRef{RecordKind::Process, *process, 0, {}, PoolType::Unknown});
    });
    connect(m_portsChart, &ChartPanel::categoryActivated, this, [this](int index) {
        if (const auto port = parseAddressKey(m_portsChart->data().keys.value(index)))
            m_investigation.openRecord(RecordRef{RecordKind::Port, *port, 0, {}, PoolType::Unknown});
    });

    m_suspects = new RecordTableView(tr("All suspects (Enter or double click opens the view)"), page);
    m_suspects->setModel(m_model.get());
    m_suspects->setRowsWrapped(true);
    m_suspects->table()->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_suspects);
    layout->addStretch(1);

    connect(m_suspects, &RecordTableView::keyActivated, this, &OverviewView::openSuspect);
    connect(&m_investigation, &Investigation::snapshotChanged, this, &OverviewView::reload);
    reload();
}

OverviewView::~OverviewView() = default;

QWidget* OverviewView::chartBox(const QString& title, const QString& view, ChartPanel*& chart)
{
    auto* box = new QWidget(m_charts);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* heading = new WrappedLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    auto* open = new QPushButton(tr("Open view"), box);
    open->setToolTip(tr("Bring the view this chart comes from forward (a bar opens its record there)"));
    connect(open, &QPushButton::clicked, this, [this, view] { emit m_investigation.showViewRequested(view); });
    top->addWidget(heading, 1);
    top->addWidget(open);
    layout->addLayout(top);
    chart = new ChartPanel(box);
    chart->setCategoriesClickable(true);
    layout->addWidget(chart, 1);
    return box;
}

QString OverviewView::nonPagedText() const
{
    return m_nonPagedLabel->text();
}

QString OverviewView::pagedText() const
{
    return m_pagedLabel->text();
}

QString OverviewView::countsText() const
{
    return m_counts->text();
}

QString OverviewView::sourceText() const
{
    return m_source->text();
}

QString OverviewView::findingsNote() const
{
    return m_findingsNote->text();
}

QString OverviewView::findingsSummary() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

std::optional<RecordRef> OverviewView::selectedRecord() const
{
    const QString key = m_suspects->currentKey();
    const QString view = key.section(QLatin1Char('/'), 0, 0);
    const QString target = key.section(QLatin1Char('/'), 1);
    RecordRef ref;
    if (view == QLatin1String("tags")) {
        ref.kind = RecordKind::PoolTag;
        if (parsePoolTagKey(target, ref.tag, ref.pool))
            return ref;
    } else if (const auto address = parseAddressKey(target.section(QLatin1Char('|'), 0, 0))) {
        ref.kind = view == QLatin1String("ports") ? RecordKind::Port : RecordKind::Process;
        ref.address = *address;
        return ref;
    }
    return std::nullopt;
}

void OverviewView::openSuspect(const QString& key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return;
    const QString view = key.left(slash);
    const QString target = key.mid(slash + 1);
    if (view == QLatin1String("tags")) {
        m_investigation.selectTag(target);
    } else if (view == QLatin1String("ports")) {
        m_investigation.selectPort(parseAddressKey(target));
    } else if (view == QLatin1String("handles")) {
        m_investigation.selectProcess(parseAddressKey(target.section(QLatin1Char('|'), 0, 0)));
    }
    emit m_investigation.showViewRequested(view);
}

void OverviewView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutCharts();
    fitSuspects();
}

void OverviewView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_source)
        reload(); // the demo badge and the pool gauges take their colours from the palette
}

void OverviewView::layoutCharts()
{
    // Three side by side when they fit, else fewer per row: a bar chart squeezed narrower
    // than its labels helps nobody.
    const int width = m_scroll->viewport()->width();
    const int columns = std::clamp(width / kChartMinimumWidth, 1, static_cast<int>(m_chartBoxes.size()));
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    for (QWidget* box : m_chartBoxes)
        m_chartGrid->removeWidget(box);
    for (int i = 0; i < m_chartBoxes.size(); ++i)
        m_chartGrid->addWidget(m_chartBoxes[i], i / columns, i % columns);
    for (int c = 0; c < 3; ++c)
        m_chartGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

void OverviewView::fitSuspects()
{
    // The page scrolls, not the table: every suspect shows with its whole reason.
    m_suspects->table()->resizeRowsToContents();
    m_suspects->setFixedHeight(m_suspects->heightForAllRows());
}

void OverviewView::setLoading(const QString& what)
{
    if (m_loading == what)
        return;
    m_loading = what;
    if (!m_investigation.current())
        reload();
}

void OverviewView::reload()
{
    const Snapshot* s = m_investigation.current();
    std::vector<SuspectRow> rows;
    if (!s) {
        m_source->setText(m_loading.isEmpty()
                              ? tr("Nothing open. File > Open a poolmon capture, a WinDbg/KD log or a kernel dump.")
                              : tr("Opening %1… The status bar shows how far the reading is; Cancel stops it.")
                                    .arg(m_loading.toHtmlEscaped()));
        m_counts->clear();
        showUsage(m_nonPagedLabel, m_nonPaged, tr("Nonpaged pool"), std::nullopt, std::nullopt);
        showUsage(m_pagedLabel, m_paged, tr("Paged pool"), std::nullopt, std::nullopt);
        m_model->setRows({});
        reloadFindings();
        reloadCharts();
        fitSuspects();
        return;
    }
    const std::string kind = s->kind.empty() ? std::string(sourceKindName(m_investigation.source()->kind)) : s->kind;
    QString source = QStringLiteral("<b>%1</b> — %2").arg(m_investigation.label().toHtmlEscaped(),
                                                           QString::fromStdString(kind).toHtmlEscaped());
    if (m_investigation.snapshotCount() > 1)
        source += tr(", snapshot %1 of %2").arg(m_investigation.currentIndex() + 1).arg(m_investigation.snapshotCount());
    if (!s->system.empty())
        source += QStringLiteral("<br>%1").arg(QString::fromStdString(s->system).toHtmlEscaped());
    if (!s->typeInformation.empty())
        source += tr("<br>Type information: %1").arg(QString::fromStdString(s->typeInformation).toHtmlEscaped());
    if (s->poolScan)
        source += tr("<br>Pool: %1").arg(QString::fromStdString(poolScanSentence(*s->poolScan)).toHtmlEscaped());
    if (m_investigation.isDemo()) {
        // The tooltip colours: a badge that stands out on light and dark desktops alike.
        const QPalette p = palette();
        source += QStringLiteral(" <span style='background:%1; color:%2'>&nbsp;%3&nbsp;</span>")
                      .arg(p.color(QPalette::ToolTipBase).name(), p.color(QPalette::ToolTipText).name(),
                           tr("DEMO DATA, generated, not from a real machine"));
    }
    m_source->setText(source);
    showUsage(m_nonPagedLabel, m_nonPaged, tr("Nonpaged pool"), s->summary.nonPagedUsage, s->summary.nonPagedMaximum,
              s->summary.noFixedMaximum);
    showUsage(m_pagedLabel, m_paged, tr("Paged pool"), s->summary.pagedUsage, s->summary.pagedMaximum,
              s->summary.noFixedMaximum);

    // Each figure a whole phrase for the translator, singular and plural alike.
    const auto n = [](std::size_t v, const QString& one, const QString& many) {
        return v == 1 ? one : many.arg(QString::fromStdString(format::count(std::uint64_t{v})));
    };
    QString counts = tr("In this snapshot: %1, %2, %3, %4, %5, %6.")
                         .arg(n(s->poolTags.size(), tr("1 pool tag"), tr("%1 pool tags")),
                              n(s->processes.size(), tr("1 process"), tr("%1 processes")),
                              QString::fromStdString(handleTallyText(tallyHandles(*s))),
                              n(s->ports.size(), tr("1 completion port"), tr("%1 completion ports")),
                              n(s->irps.size(), tr("1 IRP"), tr("%1 IRPs")),
                              n(s->fileObjects.size(), tr("1 file object"), tr("%1 file objects")));
    if (s->skipCounts.lines > 0 || !s->skipped.empty())
        counts += tr(" <b>%1, %2</b> — see Diagnostics.")
                      .arg(n(static_cast<std::size_t>(s->skipCounts.lines), tr("1 line skipped"), tr("%1 lines skipped")),
                           n(s->skipped.size(), tr("1 command not parsed"), tr("%1 commands not parsed")));
    m_counts->setText(counts);

    // Steady growth over the series first: the strongest evidence there is.
    if (const SnapshotSeries* series = m_investigation.series(); series && series->size() > 1) {
        for (const TagGrowth& g : analyzeGrowth(*series)) {
            if (!g.leaking)
                break;
            const PoolTagStat* stat = nullptr;
            for (const PoolTagStat& t : s->poolTags)
                if (t.tag == g.tag && t.type == g.type)
                    stat = &t;
            Suspect suspect;
            suspect.title = tr("Tag that keeps growing").toStdString();
            suspect.record = fmt::format("{} ({})", g.tag.display(), poolTypeText(g.type).toStdString());
            suspect.figure = (g.perSecond ? tr("%1/s") : tr("%1/screen"))
                                 .arg(QString::fromStdString(format::signedBytes(static_cast<std::int64_t>(g.bytesRate))))
                                 .toStdString();
            suspect.explanation = g.explanation;
            suspect.tag = stat;
            suspect.signature = true;
            rows.push_back({std::move(suspect), poolTagKey(g.tag, g.type), QStringLiteral("tags")});
        }
    }
    for (const Suspect& suspect : rankSuspects(*s)) {
        SuspectRow row{suspect, {}, {}};
        switch (suspect.kind) {
        case Suspect::Kind::NonPagedTag:
        case Suspect::Kind::PagedTag:
            row.view = QStringLiteral("tags");
            row.key = poolTagKey(suspect.tag->tag, suspect.tag->type);
            break;
        case Suspect::Kind::Port:
            row.view = QStringLiteral("ports");
            row.key = addressKey(*suspect.address);
            break;
        case Suspect::Kind::ProcessHandles:
            row.view = QStringLiteral("handles");
            row.key = addressKey(*suspect.address) + QLatin1Char('|') + QString::fromStdString(suspect.handleType);
            break;
        }
        rows.push_back(std::move(row));
    }
    m_model->setRows(std::move(rows));
    reloadFindings();
    reloadCharts();
    fitSuspects();
}

void OverviewView::reloadFindings()
{
    for (FindingCard* card : m_cards)
        delete card;
    m_cards.clear();
    m_summary->clear();
    m_summary->setVisible(false);
    const std::uint64_t job = ++m_findingsJob;
    const std::shared_ptr<const OpenedSource> source = m_investigation.sharedSource();
    if (!source || source->series.empty() || !m_investigation.current()) {
        m_findingsPending = false;
        m_findingsNote->setText(tr("Open a source to see what leaks and what holds it."));
        m_findingsNote->setVisible(true);
        emit findingsShown();
        return;
    }
    m_findingsPending = true;
    m_findingsNote->setText(tr("Working out what holds each leak…"));
    m_findingsNote->setVisible(true);
    // The chains are built on the series up to the snapshot shown (growth needs the screens
    // before it), in a worker that keeps the source alive while it reads it.
    const auto shown = static_cast<std::size_t>(m_investigation.currentIndex()) + 1;
    auto result = std::make_shared<Explanation>();
    QThread* worker = QThread::create([source, shown, result] {
        if (shown >= source->series.size()) {
            *result = explainLeaks(source->series);
        } else {
            SnapshotSeries upTo;
            upTo.snapshots.assign(source->series.snapshots.begin(),
                                  source->series.snapshots.begin() + static_cast<std::ptrdiff_t>(shown));
            *result = explainLeaks(upTo);
        }
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, job, result, source] {
        // Another snapshot or source came meanwhile: its own job shows it.
        if (job != m_findingsJob || m_investigation.sharedSource() != source)
            return;
        showFindings(*result);
    });
    worker->start(QThread::LowPriority);
}

void OverviewView::showFindings(const Explanation& explanation)
{
    const Snapshot* s = m_investigation.current();
    m_findingsPending = false;
    if (!s)
        return;
    QWidget* page = m_scroll->widget();
    QStringList lines;
    for (const LeakChain& chain : explanation.chains) {
        auto* card = new FindingCard(chain, *s, page);
        connect(card, &FindingCard::openRequested, &m_investigation, &Investigation::openRecord);
        m_findingsLayout->addWidget(card);
        lines << QStringLiteral("<li><a href='finding:%1' style='text-decoration:none; color:%2'>%3</a></li>")
                     .arg(m_cards.size())
                     .arg(palette().color(QPalette::WindowText).name(), card->summaryHtml());
        m_cards << card;
    }
    m_summary->setText(lines.isEmpty() ? QString() : QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(lines.join(QString())));
    m_summary->setVisible(!lines.isEmpty());
    QStringList note;
    if (explanation.nothingStandsOut) {
        note << tr("Nothing stands out in this source:");
        for (const std::string& figure : explanation.figures)
            note << QStringLiteral("• %1").arg(QString::fromStdString(figure));
    } else if (explanation.chains.empty()) {
        note << tr("No pool tag, port or handle count in this source points at a leak.");
    }
    for (const std::string& n : explanation.notes)
        note << QString::fromStdString(n);
    m_findingsNote->setText(note.join(QLatin1Char('\n')));
    m_findingsNote->setVisible(!note.isEmpty());
    emit findingsShown();
}

void OverviewView::reloadCharts()
{
    const Snapshot* s = m_investigation.current();
    if (!s) {
        for (ChartPanel* chart : {m_tagsChart, m_handlesChart, m_portsChart})
            chart->show(ChartData{});
        return;
    }
    std::unordered_set<std::uint64_t> growing;
    if (const SnapshotSeries* series = m_investigation.series(); series && series->size() > 1)
        for (const TagGrowth& g : analyzeGrowth(*series)) {
            if (!g.leaking)
                break;
            growing.insert(tagPoolKey(g.tag, g.type));
        }
    ChartData tags = topTagsChart(*s, kChartTags, growing);
    tags.title.clear(); // the box's heading says it
    m_tagsChart->show(tags);
    ChartData handles = handleTypesChart(handleCountsByType(*s), s->pointerSize, kChartProcesses, kChartTypes);
    handles.title.clear();
    m_handlesChart->show(handles);
    ChartData ports = deepestPortsChart(*s, kChartPorts);
    ports.title.clear();
    m_portsChart->show(ports);
}

} // namespace poolscope::views
