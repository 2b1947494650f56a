#pragma once
#include "views/tag_allocations.h"

#include <QObject>

#include <memory>
#include <vector>

namespace poolscope::views {

// Looks tags up off the GUI thread, one at a time: a new request cancels the one running,
// and a result that is no longer the current request is dropped (as SnapshotLoader does).
class AllocationLoader : public QObject {
    Q_OBJECT
public:
    explicit AllocationLoader(QObject* parent = nullptr);
    ~AllocationLoader() override; // cancels and waits for the workers

    // The source must hold a pool.
    int request(std::shared_ptr<const OpenedSource> source, PoolTag tag, PoolType pool);
    void cancel();
    bool isBusy() const { return !m_running.empty(); }
    int currentJob() const { return m_job; }

signals:
    void progress(int job, double fraction);
    void loaded(int job, std::shared_ptr<const poolscope::views::TagAllocations> result);
    void cancelled(int job);

private:
    struct Job;
    void finish(int job, std::shared_ptr<Job> state);

    int m_job = 0;
    std::vector<std::shared_ptr<Job>> m_running;
};

} // namespace poolscope::views
