#include "snapshot_loader.h"

#include <QPointer>
#include <QThreadPool>

#include <condition_variable>
#include <mutex>

namespace poolscope::views {

struct SnapshotLoader::Job {
    std::atomic<bool> cancel{false};
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    std::shared_ptr<const OpenedSource> result;
    QString error;
};

SnapshotLoader::SnapshotLoader(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const poolscope::OpenedSource>>();
}

SnapshotLoader::~SnapshotLoader()
{
    // No worker may outlive this object: they post to it and read its job number.
    for (const auto& job : m_running) {
        job->cancel = true;
        std::unique_lock lock(job->mutex);
        job->done.wait(lock, [&] { return job->finished; });
    }
}

int SnapshotLoader::load(const QString& path)
{
    return load(QStringList{path});
}

int SnapshotLoader::load(const QStringList& paths)
{
    cancel();
    const int job = ++m_job;
    auto state = std::make_shared<Job>();
    m_running.push_back(state);
    QPointer<SnapshotLoader> self(this);
    std::vector<std::string> files;
    for (const QString& path : paths)
        files.push_back(path.toStdString());
    QThreadPool::globalInstance()->start([self, state, job, files, options = m_options] {
        // Several files are one series, in the order given (oldest first): snapshots of one
        // system taken at different times, of any source.
        OpenedSource combined;
        QString error;
        for (std::size_t i = 0; i < files.size() && error.isEmpty(); ++i) {
            ReadControl control(
                [self, job, i, n = files.size()](double fraction) {
                    if (self)
                        QMetaObject::invokeMethod(self, [self, job, fraction, i, n] {
                            if (self && job == self->m_job)
                                emit self->progress(job, (static_cast<double>(i) + fraction) / static_cast<double>(n));
                        }, Qt::QueuedConnection);
                },
                &state->cancel);
            auto opened = openSource(files[i], control, options);
            if (!opened) {
                error = QString::fromStdString(opened.error().describe());
                break;
            }
            combined.kind = opened->kind;
            // The last dump's pool, kept open for the Allocations view (its snapshot is the
            // series' last, the one shown first).
            combined.pool = opened->pool;
            for (Snapshot& snapshot : opened->series.snapshots)
                combined.series.snapshots.push_back(std::move(snapshot));
        }
        {
            std::lock_guard lock(state->mutex);
            if (error.isEmpty())
                state->result = std::make_shared<const OpenedSource>(std::move(combined));
            else
                state->error = error;
        }
        // Post before marking finished: the destructor waits for `finished`, so the loader
        // is alive while this runs.
        if (self)
            QMetaObject::invokeMethod(self, [self, job, state] {
                if (self)
                    self->finish(job, state);
            }, Qt::QueuedConnection);
        {
            std::lock_guard lock(state->mutex);
            state->finished = true;
        }
        state->done.notify_all();
    });
    return job;
}

void SnapshotLoader::cancel()
{
    for (const auto& job : m_running)
        job->cancel = true;
}

void SnapshotLoader::finish(int job, std::shared_ptr<Job> state)
{
    std::erase(m_running, state);
    if (state->cancel) {
        emit cancelled(job);
        return;
    }
    if (job != m_job)
        return; // superseded by a later load
    if (state->result)
        emit loaded(job, state->result);
    else
        emit failed(job, state->error);
}

} // namespace poolscope::views
