#include "report_export.h"

#include "analysis/report/html_report.h"
#include "app/build_info.h"
#include "views/investigation.h"
#include "views/report/report_chart_painter.h"
#include "views/table_export.h"

#include <QDateTime>
#include <QDir>

#include <algorithm>

namespace poolscope::app {

bool writeReport(const views::Investigation& investigation, const QStringList& files, const QString& path,
                 ReportWritten* written, QString* error)
{
    const SnapshotSeries* series = investigation.series();
    if (!series || series->empty() || investigation.currentIndex() < 0) {
        if (error)
            *error = QObject::tr("nothing is open: open a file or the demo first");
        return false;
    }
    ReportInput input;
    input.series = series;
    input.current = static_cast<std::size_t>(investigation.currentIndex());
    input.baseline = investigation.baseline();
    input.baselineLabel = investigation.baselineLabel().toStdString();
    for (const QString& file : files)
        input.files.push_back(QDir::toNativeSeparators(file).toStdString());
    // The demo was not opened from disk: the files it was read from, as its records name them.
    for (const Snapshot& snapshot : series->snapshots)
        for (const std::string& source : snapshot.sources)
            if (files.isEmpty() && std::find(input.files.begin(), input.files.end(), source) == input.files.end())
                input.files.push_back(source);
    if (input.files.empty())
        input.files.push_back(investigation.label().toStdString());
    input.sourceKind = std::string(sourceKindName(investigation.source()->kind));
    input.descriptions = &investigation.descriptions();
    input.demo = investigation.isDemo();
    input.generator = "PoolScope " + versionText();
    input.created = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t")).toStdString();

    views::ReportChartPainter painter;
    const HtmlReport report = buildHtmlReport(input, &painter);
    if (!views::writeFile(path, QByteArray::fromStdString(report.html), error))
        return false;
    if (written) {
        written->bytes = static_cast<qint64>(report.html.size());
        written->findings = static_cast<int>(report.findings);
        written->charts = static_cast<int>(report.charts);
    }
    return true;
}

} // namespace poolscope::app
