#include "app/batch.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <utility>

namespace jxlint {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kProgressEvery = std::chrono::milliseconds(100);

void run_serial(std::size_t count, const std::function<FileResult(std::size_t)>& lint,
                const std::function<void(std::size_t, FileResult&&)>& emit,
                const std::function<void(std::size_t)>& progress) {
  auto last = Clock::now();
  for (std::size_t i = 0; i < count; ++i) {
    emit(i, lint(i));
    if (progress && Clock::now() - last > kProgressEvery) {
      progress(i + 1);
      last = Clock::now();
    }
  }
}

// What a worker left for input i: a result, or the exception lint(i) threw,
// rethrown on the calling thread when i's turn to be reported comes.
struct Slot {
  std::optional<FileResult> result;
  std::exception_ptr error;
  bool ready() const { return result.has_value() || error; }
};

// Starts up to `jobs` threads running `worker`. A process or thread limit
// (ulimit -u, a container's pids limit, -j 400) makes std::thread throw;
// the batch then runs on the threads that did start, or on the calling
// thread when none did, instead of ending in std::terminate.
template <typename Worker>
std::vector<std::thread> start_workers(std::size_t jobs, Worker& worker) {
  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (std::size_t t = 0; t < jobs; ++t) {
    try {
      threads.emplace_back(worker);
    } catch (const std::exception&) {  // std::system_error; bad_alloc for the stack
      break;
    }
  }
  return threads;
}

}  // namespace

int default_jobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

void run_batch(std::size_t count, const BatchOptions& options,
               const std::function<FileResult(std::size_t)>& lint,
               const std::function<void(std::size_t, FileResult&&)>& emit,
               const std::function<void(std::size_t)>& progress) {
  std::size_t jobs = static_cast<std::size_t>(std::max(1, options.jobs));
  jobs = std::min(jobs, count);
  if (jobs <= 1) return run_serial(count, lint, emit, progress);

  std::size_t window = options.window > 0 ? options.window : jobs * 4;
  std::mutex mutex;
  std::condition_variable ready;     // a worker filled a slot
  std::condition_variable may_take;  // the window moved, or the batch stopped
  std::vector<Slot> slots(count);
  std::size_t next_to_take = 0;
  std::size_t next_to_emit = 0;
  std::size_t done = 0;
  bool stopping = false;

  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mutex);
        may_take.wait(lock, [&] {
          return stopping || next_to_take >= count || next_to_take < next_to_emit + window;
        });
        if (stopping || next_to_take >= count) return;
        i = next_to_take++;
      }
      Slot slot;
      try {
        slot.result = lint(i);
      } catch (...) {
        slot.error = std::current_exception();
      }
      {
        std::lock_guard lock(mutex);
        slots[i] = std::move(slot);
        ++done;
      }
      ready.notify_one();
    }
  };
  std::vector<std::thread> threads = start_workers(jobs, worker);
  if (threads.empty()) return run_serial(count, lint, emit, progress);
  {
    // Fewer workers than asked for: the window follows the ones running.
    std::lock_guard lock(mutex);
    if (options.window == 0) window = threads.size() * 4;
  }
  auto stop = [&] {
    {
      std::lock_guard lock(mutex);
      stopping = true;
    }
    may_take.notify_all();
    for (auto& t : threads)
      t.join();
  };

  try {
    auto last_progress = Clock::now();
    while (next_to_emit < count) {
      Slot slot;
      std::size_t done_now = 0;
      {
        std::unique_lock lock(mutex);
        ready.wait_for(lock, kProgressEvery, [&] { return slots[next_to_emit].ready(); });
        done_now = done;
        if (slots[next_to_emit].ready()) slot = std::exchange(slots[next_to_emit], Slot{});
      }
      if (slot.error) std::rethrow_exception(slot.error);
      if (slot.result) {
        emit(next_to_emit, std::move(*slot.result));
        {
          std::lock_guard lock(mutex);
          ++next_to_emit;
        }
        may_take.notify_all();
      }
      if (progress && Clock::now() - last_progress > kProgressEvery) {
        progress(done_now);
        last_progress = Clock::now();
      }
    }
  } catch (...) {
    stop();
    throw;
  }
  stop();
}

}  // namespace jxlint
