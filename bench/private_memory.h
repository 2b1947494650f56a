#pragma once
// Private memory as the kernel counts it (RssAnon: heap and stacks, not the mapped dump),
// sampled while a benchmark runs: the figure the README gives beside each time.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <string>
#include <thread>

namespace poolscope::bench {

inline std::uint64_t rssAnonKb()
{
    std::ifstream status("/proc/self/status");
    std::string word;
    while (status >> word)
        if (word == "RssAnon:") {
            std::uint64_t kb = 0;
            status >> kb;
            return kb;
        }
    return 0;
}

// The highest RssAnon seen, every 2 ms, from construction to stop().
class PeakPrivateMemory {
public:
    PeakPrivateMemory() : m_sampler([this] { sample(); }) {}
    ~PeakPrivateMemory() { stop(); }
    std::uint64_t stop()
    {
        m_done = true;
        if (m_sampler.joinable())
            m_sampler.join();
        return m_peakKb;
    }

private:
    void sample()
    {
        while (!m_done.load()) {
            m_peakKb = std::max(m_peakKb.load(), rssAnonKb());
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        m_peakKb = std::max(m_peakKb.load(), rssAnonKb());
    }

    std::atomic<bool> m_done{false};
    std::atomic<std::uint64_t> m_peakKb{0};
    std::thread m_sampler;
};

} // namespace poolscope::bench
