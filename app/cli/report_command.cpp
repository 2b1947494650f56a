// poolscope-cli report: the one-file HTML report of what the other commands show, with
// the charts drawn by the window's chart adapter off screen.
#include "commands.h"

#include "analysis/file_path.h"
#include "analysis/report/html_report.h"
#include "app/build_info.h"
#include "model/format.h"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>

#ifdef POOLSCOPE_REPORT_CHARTS
#include "views/report/report_chart_painter.h"

#include <QApplication>
#endif

namespace poolscope::cli {

namespace {

std::string nowUtc()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
#ifdef _WIN32
    gmtime_s(&utc, &now);
#else
    gmtime_r(&now, &utc);
#endif
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &utc);
    return text;
}

#ifdef POOLSCOPE_REPORT_CHARTS
// Qt's notes about the off-screen platform ("XDG_RUNTIME_DIR not set") mean nothing to a
// person running a command; what goes wrong with a chart is said by the command itself.
void quietQtNotes(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "poolscope-cli: %s\n", qPrintable(qFormatLogMessage(type, context, message)));
}
#endif

} // namespace

bool reportAvailable()
{
#ifdef POOLSCOPE_REPORT_CHARTS
    return true;
#else
    return false;
#endif
}

Report runReport(const Context& context)
{
    ReportInput input;
    input.series = &context.source.series;
    input.current = context.screen;
    input.files = context.options.files;
    input.sourceKind = std::string(sourceKindName(context.source.kind));
    input.descriptions = &context.descriptions;
    input.generator = "PoolScope " + app::versionText();
    input.created = nowUtc();
    if (context.options.tagQuery.top)
        input.topRows = context.options.tagQuery.top;

    HtmlReport html;
#ifdef POOLSCOPE_REPORT_CHARTS
    {
        // The charts need a QApplication; off screen, so that the command works over ssh
        // and in scripts without a display.
        const QtMessageHandler previous = qInstallMessageHandler(quietQtNotes);
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "poolscope-cli";
        static char* argv[] = {name, nullptr};
        QApplication application(argc, argv);
        views::ReportChartPainter painter;
        html = buildHtmlReport(input, &painter);
        qInstallMessageHandler(previous);
    }
#else
    html = buildHtmlReport(input, nullptr);
#endif

    const std::string& path = context.options.output;
    std::ofstream file(pathFromUtf8(path), std::ios::binary | std::ios::trunc);
    file.write(html.html.data(), static_cast<std::streamsize>(html.html.size()));
    file.close();
    if (!file)
        throw OutputError(fmt::format("{}: the report could not be written", path));

    Report report;
    report.command = "report";
    report.lines.push_back(fmt::format("Wrote {} ({}): {} finding{}, {} chart{}.", path, format::bytes(html.html.size()),
                                       html.findings, html.findings == 1 ? "" : "s", html.charts,
                                       html.charts == 1 ? "" : "s"));
    for (const std::string& title : html.missing)
        report.warnings.push_back(fmt::format("chart not drawn: {}", title));
    return report;
}

} // namespace poolscope::cli
