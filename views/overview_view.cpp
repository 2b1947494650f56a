#include "overview_view.h"

#include "analysis/conclusions/growth.h"
#include "analysis/conclusions/suspects.h"
#include "model/format.h"
#include "views/completion_port_model.h"
#include "views/investigation.h"
#include "views/pool_tag_model.h"
#include "views/record_columns.h"
#include "views/record_table_view.h"

#include <fmt/format.h>

#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace poolscope::views {

struct SuspectRow {
    Suspect suspect;
    QString key;  // what the target view selects
    QString view; // "tags", "ports", "handles"
};

namespace {

std::unique_ptr<RecordTableModel<SuspectRow>> makeSuspectModel()
{
    using R = SuspectRow;
    RecordTableModel<R>::Columns c;
    c.push_back(columns::text<R>(QObject::tr("Suspect"), [](const R& r) { return r.suspect.title; }));
    c.push_back(columns::text<R>(QObject::tr("Record"), [](const R& r) { return r.suspect.record; }));
    auto figure = columns::text<R>(QObject::tr("Figure"), [](const R& r) { return r.suspect.figure; });
    figure.alignment = columns::kRight;
    c.push_back(figure);
    c.push_back(columns::text<R>(QObject::tr("Open in"), [](const R& r) { return r.view.toStdString(); }));
    // Last, so that it takes the room left: the reason is the longest cell.
    c.push_back(columns::text<R>(QObject::tr("Why"), [](const R& r) { return r.suspect.explanation; }));
    return std::make_unique<RecordTableModel<R>>(std::move(c), [](const R& r) { return r.view + QLatin1Char('/') + r.key; });
}

// One pool's usage against its maximum, the way !vm states it.
void showUsage(QLabel* label, QProgressBar* bar, const char* pool, const std::optional<std::uint64_t>& used,
               const std::optional<std::uint64_t>& maximum)
{
    QString text = QString::fromLatin1(pool) + QStringLiteral(": ");
    if (!used && !maximum) {
        label->setText(text + QObject::tr("not in this source"));
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setEnabled(false);
        return;
    }
    text += used ? QString::fromStdString(format::bytes(*used)) : QObject::tr("unknown");
    if (maximum)
        text += QObject::tr(" of %1").arg(QString::fromStdString(format::bytes(*maximum)));
    bar->setEnabled(true);
    if (used && maximum && *maximum > 0) {
        const double fraction = static_cast<double>(*used) / static_cast<double>(*maximum);
        text += QStringLiteral(" (%1)").arg(QString::fromStdString(format::percent(fraction)));
        bar->setRange(0, 1000);
        bar->setValue(static_cast<int>(std::min(fraction, 1.0) * 1000));
        // Past 80% the pool is the emergency this tool exists for.
        bar->setStyleSheet(fraction >= 0.8 ? QStringLiteral("QProgressBar::chunk { background: #d95f3b; }") : QString());
    } else {
        // Without the pool's size there is nothing to fill the bar against (a dump's tracker
        // tables give what is used, not the maximum): say so instead of an empty gauge.
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setEnabled(false);
        text += QObject::tr(" (the pool's maximum is not in this source)");
    }
    label->setText(text);
}

} // namespace

OverviewView::OverviewView(Investigation& investigation, QWidget* parent)
    : QWidget(parent), m_investigation(investigation), m_model(makeSuspectModel())
{
    auto* layout = new QVBoxLayout(this);
    m_source = new QLabel(this);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setWordWrap(true);
    layout->addWidget(m_source);

    auto* usage = new QFormLayout;
    m_nonPagedLabel = new QLabel(this);
    m_nonPaged = new QProgressBar(this);
    m_nonPaged->setTextVisible(false);
    m_pagedLabel = new QLabel(this);
    m_paged = new QProgressBar(this);
    m_paged->setTextVisible(false);
    usage->addRow(m_nonPagedLabel);
    usage->addRow(m_nonPaged);
    usage->addRow(m_pagedLabel);
    usage->addRow(m_paged);
    layout->addLayout(usage);

    m_counts = new QLabel(this);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    m_suspects = new RecordTableView(tr("Suspects (Enter or double click opens the view)"), this);
    m_suspects->setModel(m_model.get());
    layout->addWidget(m_suspects, 1);

    connect(m_suspects, &RecordTableView::keyActivated, this, &OverviewView::openSuspect);
    connect(&m_investigation, &Investigation::snapshotChanged, this, &OverviewView::reload);
    reload();
}

OverviewView::~OverviewView() = default;

QString OverviewView::nonPagedText() const
{
    return m_nonPagedLabel->text();
}

QString OverviewView::pagedText() const
{
    return m_pagedLabel->text();
}

QString OverviewView::sourceText() const
{
    return m_source->text();
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

void OverviewView::reload()
{
    const Snapshot* s = m_investigation.current();
    std::vector<SuspectRow> rows;
    if (!s) {
        m_source->setText(tr("Nothing open. File > Open a poolmon capture, a WinDbg/KD log or a kernel dump."));
        m_counts->clear();
        showUsage(m_nonPagedLabel, m_nonPaged, "Nonpaged pool", std::nullopt, std::nullopt);
        showUsage(m_pagedLabel, m_paged, "Paged pool", std::nullopt, std::nullopt);
        m_model->setRows({});
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
    if (m_investigation.isDemo())
        source += tr(" <span style='background:#ffe08a'>&nbsp;DEMO DATA, generated, not from a real machine&nbsp;</span>");
    m_source->setText(source);
    showUsage(m_nonPagedLabel, m_nonPaged, "Nonpaged pool", s->summary.nonPagedUsage, s->summary.nonPagedMaximum);
    showUsage(m_pagedLabel, m_paged, "Paged pool", s->summary.pagedUsage, s->summary.pagedMaximum);

    const auto n = [](std::size_t v, const char* one, const char* many) {
        return QString::fromStdString(format::count(std::uint64_t{v})) + QLatin1Char(' ')
            + QString::fromLatin1(v == 1 ? one : many);
    };
    QString counts = tr("In this snapshot: %1, %2, %3, %4, %5, %6.")
                         .arg(n(s->poolTags.size(), "pool tag", "pool tags"), n(s->processes.size(), "process", "processes"),
                              n(s->handles.size(), "handle", "handles"), n(s->ports.size(), "completion port", "completion ports"),
                              n(s->irps.size(), "IRP", "IRPs"), n(s->fileObjects.size(), "file object", "file objects"));
    if (s->skipCounts.lines > 0 || !s->skipped.empty())
        counts += tr(" <b>%1 lines skipped, %2 not parsed</b> — see Diagnostics.")
                      .arg(QString::fromStdString(format::count(s->skipCounts.lines)), n(s->skipped.size(), "command", "commands"));
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
            suspect.title = "Tag that keeps growing";
            suspect.record = fmt::format("{} ({})", g.tag.display(), poolTypeName(g.type));
            suspect.figure = fmt::format("{}{}", format::signedBytes(static_cast<std::int64_t>(g.bytesRate)),
                                         g.perSecond ? "/s" : "/screen");
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
}

} // namespace poolscope::views
