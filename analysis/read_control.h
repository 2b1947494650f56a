#pragma once
#include <atomic>
#include <cstdint>
#include <functional>

namespace poolscope {

// How a long read reports progress and learns that the user cancelled. Readers call
// report() from their loops; it only forwards when the fraction moved by >= 0.1%, so a
// GUI is never flooded.
class ReadControl {
public:
    using ProgressFn = std::function<void(double fraction)>;

    ReadControl() = default;
    ReadControl(ProgressFn progress, const std::atomic<bool>* cancel)
        : m_progress(std::move(progress)), m_cancel(cancel)
    {
    }

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    // A control for one stage of this read: its progress fills [from, to) of `total` here,
    // and it is cancelled with this one. It must not outlive this control.
    ReadControl stage(std::uint64_t from, std::uint64_t to, std::uint64_t total)
    {
        return ReadControl(
            [this, from, to, total](double fraction) {
                report(from + static_cast<std::uint64_t>(fraction * static_cast<double>(to - from)), total);
            },
            m_cancel);
    }

    // A control that reports to `progress` instead and is cancelled with this one: for work
    // on another thread, whose progress this one's thread takes from it.
    ReadControl reportingTo(ProgressFn progress) const { return ReadControl(std::move(progress), m_cancel); }

    void report(std::uint64_t done, std::uint64_t total)
    {
        if (!m_progress || total == 0)
            return;
        const double fraction = static_cast<double>(done) / static_cast<double>(total);
        if (fraction - m_lastReported >= 0.001 || (done >= total && m_lastReported < 1.0)) {
            m_lastReported = fraction;
            m_progress(fraction);
        }
    }

private:
    ProgressFn m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
    double m_lastReported = -1.0;
};

} // namespace poolscope
