// actorgraph build FILE... [--db PATH] — extract, merge, persist.
#include <filesystem>
#include <ostream>

#include "actorgraph/errors.hpp"
#include "actorgraph/extractor.hpp"
#include "actorgraph/pipeline.hpp"
#include "actorgraph/store.hpp"
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace actorgraph::cli {
namespace {

class BuildCommand : public Command {
 public:
  std::string name() const override { return "build"; }
  std::string synopsis() const override { return "actorgraph build FILE... [--db PATH] [--skip-bad]"; }
  std::string description() const override {
    return "Extracts triples from the articles and merges them into the database (default ./actorgraph.db):\n"
           "one batch, one transaction. An unchanged article is skipped; a changed one replaces its old\n"
           "mentions. When any article is rejected nothing is written and the exit code is 1, unless\n"
           "--skip-bad is given: then the good articles are stored and the bad ones reported.";
  }
  void declare(Args& a) override {
    declare_db_option(a);
    a.flag("--skip-bad", "store the good articles even when some are rejected");
    a.value("--threads", "worker threads for extraction (default: all cores)");
    a.flag("--quiet", "print nothing but errors");
    a.flag("--keep-media-audience",
           "store statements to the press (\"told Reuters\", \"told reporters\") as edges with the outlet");
    declare_date_option(a);
    declare_dictionary_options(a);
  }
  void setup(const Args& a) override {
    args_ = &a;
    paths_ = a.positionals();
    if (paths_.empty()) throw UsageError("build: no input files (give FILE..., a directory, or - for stdin)");
    threads_ = static_cast<unsigned>(a.get_uint("--threads", default_threads(), 1, 256));
    date_ = read_assumed_date(a);
  }
  int run(std::ostream& out, std::ostream& err) override {
    auto dicts = load_dictionaries(*args_, err);
    auto extractor = make_pattern_extractor(dicts.actors, dicts.relations);
    std::unique_ptr<Extractor> holder;
    const Extractor& ex = dated(*extractor, date_, holder);
    const std::string db = db_path(*args_);
    std::error_code ec;
    const bool existed = std::filesystem::exists(db, ec);
    const bool quiet = args_->has("--quiet"), skip_bad = args_->has("--skip-bad");
    bool committed = false;
    PipelineStats stats;
    {
      Store store(db, Store::Mode::read_write);
      auto batch = store.begin_batch();
      std::size_t added = 0, unchanged = 0, replaced = 0, press = 0;
      const bool keep_press = args_->has("--keep-media-audience");
      stats = run_pipeline(
          paths_, ex, threads_,
          [&](Article&& a, std::vector<Triple>&& triples) {
            // A statement to the press is the article's sourcing, not a
            // relation with the outlet (Triple::audience): no edge by default.
            if (!keep_press) {
              const auto n = triples.size();
              std::erase_if(triples, [](const Triple& t) { return !t.audience.empty(); });
              press += n - triples.size();
            }
            switch (batch.add(a, triples)) {
              case IngestOutcome::added: ++added; break;
              case IngestOutcome::unchanged: ++unchanged; break;
              case IngestOutcome::replaced: ++replaced; break;
            }
          },
          [&](const ReadProblem& p) { err << "error: " << p.to_string() << "\n"; });
      const bool rejected = stats.rejected > 0;
      if ((!rejected || skip_bad) && stats.articles > 0) {
        batch.commit();
        committed = true;
        store.save_graph_image();  // what later loads of the whole graph read
      }
      if (!quiet || rejected) {
        std::ostream& o = rejected ? err : out;
        o << db << ": " << stats.articles << " articles accepted (" << added << " new, " << replaced
          << " replaced, " << unchanged << " unchanged), " << stats.rejected << " rejected; " << stats.triples
          << " triples\n";
        if (press > 0)
          o << db << ": " << press << " statements to the press left out of the graph (--keep-media-audience keeps them)\n";
        if (!committed) {
          o << db << ": nothing written (the database is as it was)";
          if (stats.articles > 0) o << "; use --skip-bad to store the good articles";
          o << "\n";
        }
      }
      if (committed && !quiet) {
        auto s = store.stats();
        out << db << ": " << s.articles << " articles, " << s.actors << " actors, " << s.edges << " edges, "
            << s.mentions << " mentions\n";
      }
    }
    // Nothing stored in a database this run created: leave no empty file behind.
    if (!committed && !existed) std::filesystem::remove(db, ec);
    if (stats.articles == 0 && stats.rejected == 0) {
      err << "error: no articles in the input\n";
      return kError;
    }
    return stats.rejected > 0 && !skip_bad ? kError : kOk;
  }

 private:
  const Args* args_ = nullptr;
  std::vector<std::string> paths_;
  unsigned threads_ = 1;
  std::string date_;
};

}  // namespace

std::unique_ptr<Command> make_build_command() { return std::make_unique<BuildCommand>(); }

}  // namespace actorgraph::cli
