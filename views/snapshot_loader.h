#pragma once
#include "analysis/source_open.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace poolscope::views {

// Opens a source off the GUI thread. Each load gets a job number; starting a new load
// cancels the old one, and results of a job that is no longer current are dropped, so a
// slow load can never overwrite what the user opened after it.
class SnapshotLoader : public QObject {
    Q_OBJECT
public:
    explicit SnapshotLoader(QObject* parent = nullptr);
    ~SnapshotLoader() override; // cancels and waits for the worker

    int load(const QString& path);
    // Several files as one series, in the order given.
    int load(const QStringList& paths);
    void cancel();
    bool isLoading() const { return !m_running.empty(); }
    // Applies to the loads started after it (the symbol folders for dumps).
    void setSourceOptions(SourceOptions options) { m_options = std::move(options); }
    const SourceOptions& sourceOptions() const { return m_options; }
    int currentJob() const { return m_job; }

signals:
    void progress(int job, double fraction);
    void loaded(int job, std::shared_ptr<const poolscope::OpenedSource> source);
    void failed(int job, const QString& message);
    void cancelled(int job);

private:
    struct Job;
    void finish(int job, std::shared_ptr<Job> state);

    int m_job = 0;
    SourceOptions m_options;
    std::vector<std::shared_ptr<Job>> m_running; // the current job and cancelled ones still winding down
};

} // namespace poolscope::views
