#include "actorgraph/pipeline.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

#include "actorgraph/extractor.hpp"

namespace actorgraph {
namespace {

constexpr std::size_t kChunkArticles = 32;

struct Chunk {
  std::vector<Article> articles;
  std::vector<std::vector<Triple>> triples;
  std::exception_ptr error;  // an extractor that broke its no-throw contract
  bool done = false;
};

void extract_chunk(const Extractor& ex, Chunk& c) {
  c.triples.resize(c.articles.size());
  for (std::size_t i = 0; i < c.articles.size(); ++i) ex.extract(c.articles[i], c.triples[i]);
}

// A fixed pool of workers taking chunks from a queue; the reader thread keeps
// the chunks in order in `inflight` and hands out finished ones from the front.
class OrderedPool {
 public:
  OrderedPool(const Extractor& ex, unsigned threads) : ex_(ex) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }
  ~OrderedPool() { stop(); }

  void stop() {
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
    }
    work_cv_.notify_all();
    for (auto& w : workers_)
      if (w.joinable()) w.join();
  }

  void submit(std::unique_ptr<Chunk> c) {
    std::lock_guard lock(mu_);
    queue_.push_back(c.get());
    inflight_.push_back(std::move(c));
    work_cv_.notify_one();
  }

  std::size_t inflight() {
    std::lock_guard lock(mu_);
    return inflight_.size();
  }

  // Waits for the oldest chunk and returns it (nullptr when none in flight).
  std::unique_ptr<Chunk> pop_front() {
    std::unique_lock lock(mu_);
    if (inflight_.empty()) return nullptr;
    done_cv_.wait(lock, [&] { return inflight_.front()->done; });
    auto c = std::move(inflight_.front());
    inflight_.pop_front();
    return c;
  }

 private:
  void work() {
    for (;;) {
      Chunk* c = nullptr;
      {
        std::unique_lock lock(mu_);
        work_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        c = queue_.front();
        queue_.pop_front();
      }
      try {
        extract_chunk(ex_, *c);
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

  const Extractor& ex_;
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<Chunk*> queue_;
  std::deque<std::unique_ptr<Chunk>> inflight_;
  std::vector<std::thread> workers_;
  bool stopping_ = false;
};

}  // namespace

PipelineStats run_pipeline(const std::vector<std::string>& paths, const Extractor& extractor, unsigned threads,
                           const std::function<void(Article&&, std::vector<Triple>&&)>& on_result,
                           const std::function<void(const ReadProblem&)>& on_problem) {
  PipelineStats stats;
  auto deliver = [&](Chunk& c) {
    if (c.error) std::rethrow_exception(c.error);
    for (std::size_t i = 0; i < c.articles.size(); ++i) {
      stats.triples += c.triples[i].size();
      on_result(std::move(c.articles[i]), std::move(c.triples[i]));
    }
  };
  auto problem = [&](const ReadProblem& p) {
    ++stats.rejected;
    on_problem(p);
  };

  if (threads <= 1) {
    std::vector<Triple> triples;
    read_articles(
        paths,
        [&](Article&& a) {
          ++stats.articles;
          stats.bytes += a.text.size();
          triples.clear();
          extractor.extract(a, triples);
          stats.triples += triples.size();
          on_result(std::move(a), std::move(triples));
          triples = {};
        },
        problem);
    return stats;
  }

  OrderedPool pool(extractor, threads);
  auto chunk = std::make_unique<Chunk>();
  const std::size_t max_inflight = 4 * static_cast<std::size_t>(threads);
  auto drain_to = [&](std::size_t keep) {
    while (pool.inflight() > keep) deliver(*pool.pop_front());
  };
  read_articles(
      paths,
      [&](Article&& a) {
        ++stats.articles;
        stats.bytes += a.text.size();
        chunk->articles.push_back(std::move(a));
        if (chunk->articles.size() >= kChunkArticles) {
          pool.submit(std::move(chunk));
          chunk = std::make_unique<Chunk>();
          drain_to(max_inflight);
        }
      },
      problem);
  if (!chunk->articles.empty()) pool.submit(std::move(chunk));
  drain_to(0);
  pool.stop();
  return stats;
}

}  // namespace actorgraph
