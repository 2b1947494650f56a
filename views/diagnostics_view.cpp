#include "diagnostics_view.h"

#include "model/format.h"
#include "model/snapshot.h"
#include "views/investigation.h"
#include "views/record_columns.h"
#include "views/record_table_view.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace poolscope::views {

struct DiagnosticRow {
    std::string severity;
    std::string source;
    std::uint32_t line = 0;
    std::uint64_t offset = 0;
    std::string message;
};

namespace {

std::unique_ptr<RecordTableModel<DiagnosticRow>> makeDiagnosticModel()
{
    using R = DiagnosticRow;
    RecordTableModel<R>::Columns c;
    c.push_back(columns::word<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Severity")), [](const R& r) { return r.severity; }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "File")), [](const R& r) { return r.source; }));
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Line")), [](const R& r) {
        return r.line ? std::optional<std::uint32_t>(r.line) : std::nullopt;
    }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Message")), [](const R& r) { return r.message; }));
    return std::make_unique<RecordTableModel<R>>(std::move(c), [](const R& r) {
        return QString::fromStdString(r.source) + QLatin1Char(':') + QString::number(r.line);
    });
}

const char* severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QT_TRANSLATE_NOOP("Cell", "info");
    case Severity::Warning:
        return QT_TRANSLATE_NOOP("Cell", "warning");
    case Severity::Error:
        return QT_TRANSLATE_NOOP("Cell", "error");
    }
    return "warning";
}

} // namespace

DiagnosticsView::DiagnosticsView(Investigation& investigation, QWidget* parent)
    : QWidget(parent), m_investigation(investigation), m_model(makeDiagnosticModel())
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new RecordTableView(tr("Diagnostics"), this);
    m_table->setLastColumnWrapped(); // a message cut in the middle loses what it says
    m_table->setModel(m_model.get());
    layout->addWidget(m_table, 1);
    connect(&m_investigation, &Investigation::snapshotChanged, this, &DiagnosticsView::reload);
    reload();
}

DiagnosticsView::~DiagnosticsView() = default;

QString DiagnosticsView::summaryText() const
{
    return m_summary->text();
}

void DiagnosticsView::reload()
{
    const Snapshot* s = m_investigation.current();
    std::vector<DiagnosticRow> rows;
    if (!s) {
        m_summary->clear();
        m_model->setRows({});
        return;
    }
    const auto sourceName = [&](std::uint32_t index) {
        return index < s->sources.size() ? s->sources[index] : std::string();
    };
    for (const Diagnostic& d : s->diagnostics)
        rows.push_back({severityName(d.severity), sourceName(d.where.source), d.where.line, d.where.offset, d.message});
    for (const SkippedCommand& c : s->skipped)
        rows.push_back({QT_TRANSLATE_NOOP("Cell", "not parsed"), sourceName(c.where.source), c.where.line, c.where.offset,
                        (c.lines == 1 ? tr("'%1' (1 line of output): PoolScope does not read this command")
                                            .arg(QString::fromStdString(c.command))
                                      : tr("'%1' (%2 lines of output): PoolScope does not read this command")
                                            .arg(QString::fromStdString(c.command),
                                                 QLocale().toString(static_cast<qulonglong>(c.lines))))
                            .toStdString()});
    m_model->setRows(std::move(rows));
    m_summary->setText(tr("%1 lines of recognised output skipped, %2 commands not parsed, %3 lines outside any "
                          "command passed over. Each skip with its line is listed below (the list keeps the first %4).")
                           .arg(QString::fromStdString(format::count(s->skipCounts.lines)),
                                QString::fromStdString(format::count(std::uint64_t{s->skipped.size()})),
                                QString::fromStdString(format::count(s->skipCounts.unrecognised)),
                                QStringLiteral("5,000")));
}

} // namespace poolscope::views
