#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace mend {

/** Lowers the calling thread's scheduling priority (Linux and Android; elsewhere nothing). */
void lowerThisThreadPriority();

/**
 * Reads items 0..count-1 on worker threads, at most `ahead` items past the one the caller takes
 * next, and hands the results back in order. The caller's own work on each result (storing it)
 * is the critical path, so the workers run at a lower priority (they take what the caller leaves
 * of the machine and cannot slow it down) and free the results the caller gives back.
 */
template <typename Result> class ReadAhead
{
public:
    ReadAhead(int count, std::function<Result(int)> read, int threads, int ahead)
        : m_count(count), m_ahead(std::max(1, ahead)), m_read(std::move(read)),
          m_slots(std::size_t(m_ahead))
    {
        for (int t = 0; t < std::max(1, threads); ++t)
            m_workers.emplace_back([this] { work(); });
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;
    ~ReadAhead()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        for (auto &w : m_workers)
            w.join();
    }

    /** Result i, waiting for it if need be; call with i = 0, 1, 2, … in turn. */
    Result take(int i)
    {
        std::unique_lock lock(m_mutex);
        auto &slot = m_slots[std::size_t(i % m_ahead)];
        m_changed.wait(lock, [&] { return slot.has_value(); });
        Result r = std::move(*slot);
        slot.reset();
        m_taken = i + 1;
        lock.unlock();
        m_changed.notify_all();
        return r;
    }

    /** A result the caller is done with: a worker frees it, so the caller's thread does not. */
    void giveBack(Result &&used)
    {
        std::lock_guard lock(m_mutex);
        m_used.push_back(std::move(used));
    }

private:
    void work()
    {
        lowerThisThreadPriority();
        for (;;) {
            int i = 0;
            std::vector<Result> used; // freed after the lock below is released
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] {
                    return m_stopping || m_next >= m_count || m_next < m_taken + m_ahead;
                });
                used.swap(m_used);
                if (m_stopping || m_next >= m_count)
                    return;
                i = m_next++;
            }
            used.clear();
            Result r = m_read(i);
            {
                std::lock_guard lock(m_mutex);
                m_slots[std::size_t(i % m_ahead)] = std::move(r);
            }
            m_changed.notify_all();
        }
    }

    const int m_count;
    const int m_ahead;
    const std::function<Result(int)> m_read;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::optional<Result>> m_slots; // item i in slot i % ahead
    std::vector<Result> m_used;
    int m_next = 0;
    int m_taken = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_workers;
};

} // namespace mend
