// actorgraph extract FILE... — triples as JSON Lines on stdout.
#include <ostream>
#include <thread>

#include "actorgraph/errors.hpp"
#include "actorgraph/extractor.hpp"
#include "actorgraph/pipeline.hpp"
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace actorgraph::cli {
namespace {

class ExtractCommand : public Command {
 public:
  std::string name() const override { return "extract"; }
  std::string synopsis() const override { return "actorgraph extract FILE... [--threads N] [--actors FILE]"; }
  std::string description() const override {
    return "Extracts actor-relation-actor triples from articles (.jsonl, .json, .txt, directories, or - for\n"
           "stdin) and prints them as JSON Lines, one triple a line (the format of schemas/triple.schema.json).\n"
           "Rejected articles are reported on stderr with file, line and field; the exit code is then 1.";
  }
  void declare(Args& a) override {
    a.value("--threads", "worker threads (default: all cores)");
    a.flag("--stats", "print articles, sentences/s and triples on stderr at the end");
    declare_date_option(a);
    declare_dictionary_options(a);
  }
  void setup(const Args& a) override {
    args_ = &a;
    paths_ = a.positionals();
    if (paths_.empty()) throw UsageError("extract: no input files (give FILE..., a directory, or - for stdin)");
    threads_ = static_cast<unsigned>(a.get_uint("--threads", default_threads(), 1, 256));
    date_ = read_assumed_date(a);
  }
  int run(std::ostream& out, std::ostream& err) override {
    auto dicts = load_dictionaries(*args_, err);
    auto extractor = make_pattern_extractor(dicts.actors, dicts.relations);
    std::unique_ptr<Extractor> holder;
    const Extractor& ex = dated(*extractor, date_, holder);
    std::string line;
    auto stats = run_pipeline(
        paths_, ex, threads_,
        [&](Article&&, std::vector<Triple>&& triples) {
          for (const auto& t : triples) {
            line = to_json(t);
            line += '\n';
            out.write(line.data(), static_cast<std::streamsize>(line.size()));
          }
        },
        [&](const ReadProblem& p) { err << "error: " << p.to_string() << "\n"; });
    out.flush();
    if (args_->has("--stats"))
      err << stats.articles << " articles, " << stats.triples << " triples, " << stats.rejected << " rejected\n";
    return stats.rejected > 0 ? kError : kOk;
  }

 private:
  const Args* args_ = nullptr;
  std::vector<std::string> paths_;
  unsigned threads_ = 1;
  std::string date_;
};

}  // namespace

unsigned default_threads() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

std::unique_ptr<Command> make_extract_command() { return std::make_unique<ExtractCommand>(); }

}  // namespace actorgraph::cli
