#include "actorgraph/pipeline.hpp"

#include "actorgraph/extractor.hpp"
#include "pipeline/ordered_pool.hpp"

namespace actorgraph {
namespace {

constexpr std::size_t kChunkArticles = 32;

}  // namespace

PipelineStats run_pipeline(const std::vector<std::string>& paths, const Extractor& extractor, unsigned threads,
                           const std::function<void(Article&&, std::vector<Triple>&&)>& on_result,
                           const std::function<void(const ReadProblem&)>& on_problem) {
  PipelineStats stats;
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

  using Pool = pipeline::OrderedPool<Article, std::vector<Triple>>;
  Pool pool(
      threads, kChunkArticles,
      [&](pipeline::Chunk<Article, std::vector<Triple>>& c) {
        c.out.resize(c.in.size());
        for (std::size_t i = 0; i < c.in.size(); ++i) extractor.extract(c.in[i], c.out[i]);
      },
      [&](pipeline::Chunk<Article, std::vector<Triple>>& c) {
        for (std::size_t i = 0; i < c.in.size(); ++i) {
          stats.triples += c.out[i].size();
          on_result(std::move(c.in[i]), std::move(c.out[i]));
        }
      });
  read_articles(
      paths,
      [&](Article&& a) {
        ++stats.articles;
        stats.bytes += a.text.size();
        pool.push(std::move(a));
      },
      problem);
  pool.finish();
  return stats;
}

}  // namespace actorgraph
