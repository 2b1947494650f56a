#pragma once
#include <QString>
#include <QStringList>

namespace poolscope::views {
class Investigation;
}

namespace poolscope::app {

struct ReportWritten {
    qint64 bytes = 0;
    int findings = 0;
    int charts = 0;
};

// The one-file HTML report of the open investigation (the snapshot shown, the series, the
// comparison when one is open) written to `path`, with the same builder and the same chart
// painter as `poolscope-cli report`. `files` are the paths that were opened (empty for the
// demo). False with a message naming the file when nothing is open or it cannot be written.
bool writeReport(const views::Investigation& investigation, const QStringList& files, const QString& path,
                 ReportWritten* written, QString* error);

} // namespace poolscope::app
