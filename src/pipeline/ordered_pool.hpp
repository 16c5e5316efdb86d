// Internal: a fixed pool of worker threads that maps chunks of work and hands
// the results back in submission order, with a bounded number in flight.
// Used by run_pipeline (articles -> triples) and by `parse` (sentences ->
// CoNLL-U text).
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace actorgraph::pipeline {

/// One unit of work: inputs, their outputs, and an error if the work threw.
template <class In, class Out>
struct Chunk {
  std::vector<In> in;
  std::vector<Out> out;
  std::exception_ptr error;
  bool done = false;
};

template <class In, class Out>
class OrderedPool {
 public:
  using Work = std::function<void(Chunk<In, Out>&)>;
  using Deliver = std::function<void(Chunk<In, Out>&)>;

  /// `work` runs on the workers (fills chunk.out); `deliver` runs on the
  /// calling thread, in submission order. At most 4 chunks per thread are
  /// in flight; push() blocks delivering the oldest until there is room.
  OrderedPool(unsigned threads, std::size_t chunk_size, Work work, Deliver deliver)
      : work_(std::move(work)), deliver_(std::move(deliver)), chunk_size_(chunk_size),
        max_inflight_(4 * static_cast<std::size_t>(threads)), open_(std::make_unique<Chunk<In, Out>>()) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { run(); });
  }
  ~OrderedPool() { stop(); }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  void push(In&& item) {
    open_->in.push_back(std::move(item));
    if (open_->in.size() >= chunk_size_) {
      submit(std::move(open_));
      open_ = std::make_unique<Chunk<In, Out>>();
      drain_to(max_inflight_);
    }
  }
  /// Submits what is left, delivers everything and stops the workers.
  /// Rethrows the first error of a work call (after the workers stopped).
  void finish() {
    if (!open_->in.empty()) submit(std::move(open_));
    open_ = std::make_unique<Chunk<In, Out>>();
    drain_to(0);
    stop();
  }

 private:
  void submit(std::unique_ptr<Chunk<In, Out>> c) {
    std::lock_guard lock(mu_);
    queue_.push_back(c.get());
    inflight_.push_back(std::move(c));
    work_cv_.notify_one();
  }
  void drain_to(std::size_t keep) {
    for (;;) {
      std::unique_ptr<Chunk<In, Out>> c;
      {
        std::unique_lock lock(mu_);
        if (inflight_.size() <= keep) return;
        done_cv_.wait(lock, [&] { return inflight_.front()->done; });
        c = std::move(inflight_.front());
        inflight_.pop_front();
      }
      if (c->error) {
        stop();
        std::rethrow_exception(c->error);
      }
      deliver_(*c);
    }
  }
  void stop() {
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
    }
    work_cv_.notify_all();
    for (auto& w : workers_)
      if (w.joinable()) w.join();
  }
  void run() {
    for (;;) {
      Chunk<In, Out>* c = nullptr;
      {
        std::unique_lock lock(mu_);
        work_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        c = queue_.front();
        queue_.pop_front();
      }
      try {
        work_(*c);
      } catch (...) {
        c->error = std::current_exception();
      }
      {
        std::lock_guard lock(mu_);
        c->done = true;
      }
      done_cv_.notify_all();
    }
  }

  Work work_;
  Deliver deliver_;
  std::size_t chunk_size_, max_inflight_;
  std::unique_ptr<Chunk<In, Out>> open_;
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<Chunk<In, Out>*> queue_;
  std::deque<std::unique_ptr<Chunk<In, Out>>> inflight_;
  std::vector<std::thread> workers_;
  bool stopping_ = false;
};

}  // namespace actorgraph::pipeline
