#include "allocation_loader.h"

#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace poolscope::views {

struct AllocationLoader::Job {
    std::atomic<bool> cancel{false};
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    std::shared_ptr<const TagAllocations> result;
};

AllocationLoader::AllocationLoader(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const poolscope::views::TagAllocations>>();
}

AllocationLoader::~AllocationLoader()
{
    // No worker may outlive this object: they post to it and read its job number.
    for (const auto& job : m_running) {
        job->cancel = true;
        std::unique_lock lock(job->mutex);
        job->done.wait(lock, [&] { return job->finished; });
    }
}

int AllocationLoader::request(std::shared_ptr<const OpenedSource> source, PoolTag tag, PoolType pool)
{
    cancel();
    const int job = ++m_job;
    auto state = std::make_shared<Job>();
    m_running.push_back(state);
    QPointer<AllocationLoader> self(this);
    QThreadPool::globalInstance()->start([self, state, job, source = std::move(source), tag, pool] {
        ReadControl control(
            [self, job](double fraction) {
                if (self)
                    QMetaObject::invokeMethod(self, [self, job, fraction] {
                        if (self && job == self->m_job)
                            emit self->progress(job, fraction);
                    }, Qt::QueuedConnection);
            },
            &state->cancel);
        std::shared_ptr<const TagAllocations> result = findTagAllocations(*source, tag, pool, control);
        {
            std::lock_guard lock(state->mutex);
            state->result = std::move(result);
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

void AllocationLoader::cancel()
{
    for (const auto& job : m_running)
        job->cancel = true;
}

void AllocationLoader::finish(int job, std::shared_ptr<Job> state)
{
    std::erase(m_running, state);
    if (job != m_job)
        return; // superseded by a later request, which says how it ends
    if (state->cancel || !state->result) {
        emit cancelled(job);
        return;
    }
    emit loaded(job, state->result);
}

} // namespace poolscope::views
