// actorgraph stats — what the database holds. actorgraph remove — take articles out.
#include <ostream>

#include "actorgraph/errors.hpp"
#include "actorgraph/store.hpp"
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace actorgraph::cli {
namespace {

class StatsCommand : public Command {
 public:
  std::string name() const override { return "stats"; }
  std::string synopsis() const override { return "actorgraph stats [--db PATH] [--json]"; }
  std::string description() const override { return "Counts of articles, actors, aliases, edges and mentions."; }
  void declare(Args& a) override {
    declare_db_option(a);
    a.flag("--json", "JSON instead of text");
  }
  void setup(const Args& a) override {
    args_ = &a;
    if (!a.positionals().empty()) throw UsageError("stats: unexpected argument '" + a.positionals()[0] + "'");
  }
  int run(std::ostream& out, std::ostream&) override {
    Store store(db_path(*args_), Store::Mode::read_only);
    auto s = store.stats();
    if (args_->has("--json")) {
      out << "{\"articles\":" << s.articles << ",\"actors\":" << s.actors << ",\"aliases\":" << s.aliases
          << ",\"edges\":" << s.edges << ",\"mentions\":" << s.mentions << "}\n";
    } else {
      out << "articles  " << s.articles << "\nactors    " << s.actors << "\naliases   " << s.aliases
          << "\nedges     " << s.edges << "\nmentions  " << s.mentions << "\n";
    }
    return kOk;
  }

 private:
  const Args* args_ = nullptr;
};

class RemoveCommand : public Command {
 public:
  std::string name() const override { return "remove"; }
  std::string synopsis() const override { return "actorgraph remove [--db PATH] ARTICLE_ID..."; }
  std::string description() const override {
    return "Takes articles and their mentions out of the database (one transaction); edges left without\n"
           "evidence are deleted. Unknown ids are reported and the exit code is then 1.";
  }
  void declare(Args& a) override { declare_db_option(a); }
  void setup(const Args& a) override {
    args_ = &a;
    if (a.positionals().empty()) throw UsageError("remove: no article ids given");
  }
  int run(std::ostream& out, std::ostream& err) override {
    Store store(db_path(*args_), Store::Mode::read_write);
    const auto& ids = args_->positionals();
    auto missing = store.remove_articles(ids);
    store.save_graph_image();
    for (const auto& m : missing) err << "error: " << store.path() << ": no article with id '" << m << "'\n";
    out << store.path() << ": removed " << (ids.size() - missing.size()) << " articles\n";
    return missing.empty() ? kOk : kError;
  }

 private:
  const Args* args_ = nullptr;
};

}  // namespace

std::unique_ptr<Command> make_stats_command() { return std::make_unique<StatsCommand>(); }
std::unique_ptr<Command> make_remove_command() { return std::make_unique<RemoveCommand>(); }

}  // namespace actorgraph::cli
