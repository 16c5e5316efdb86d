// actorgraph query SUBCOMMAND … — relationship questions.
#include <ostream>

#include "actorgraph/errors.hpp"
#include "actorgraph/query.hpp"
#include "actorgraph/store.hpp"
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace actorgraph::cli {
namespace {

struct Sub {
  const char* name;
  std::size_t min_args, max_args;
  const char* usage;
};

constexpr Sub kSubs[] = {
    {"actor", 1, 1, "actor NAME            relations of one actor, by counterpart and relation"},
    {"between", 2, 2, "between A B           every relation between two actors, oldest first"},
    {"evidence", 2, 2, "evidence A B          the sentences behind the relations of A and B (--relation R)"},
    {"path", 2, 2, "path A B              shortest chains of relations linking A and B (--max-hops N)"},
    {"top", 0, 0, "top                   most central actors (--by degree|mentions|pagerank|betweenness)"},
    {"timeline", 1, 2, "timeline A [B]        mentions per month (--by week|month|year), by quad class"},
    {"actors", 0, 1, "actors [PATTERN]      search actors by name or alias"},
};

class QueryCommand : public Command {
 public:
  std::string name() const override { return "query"; }
  std::string synopsis() const override { return "actorgraph query [--db PATH] SUBCOMMAND ARGS... [filters] [--json]"; }
  std::string description() const override {
    std::string d = "Answers questions about how actors relate. Names resolve through aliases (\"Zelensky\",\n"
                    "\"Volodymyr Zelenskyy\"); an unknown name is reported with close matches.\n\nsubcommands:\n";
    for (const auto& s : kSubs) d += std::string("  ") + s.usage + "\n";
    return d;
  }
  void declare(Args& a) override {
    declare_db_option(a);
    a.flag("--json", "JSON instead of a table");
    a.value("--limit", "rows or paths to show (default 50; top: 20)");
    a.value("--relation", "evidence: relation key, lemma or CAMEO prefix");
    a.value("--max-hops", "path: longest chain (default 4)");
    a.value("--by", "top: degree|mentions|pagerank|betweenness; timeline: week|month|year");
    declare_filter_options(a);
  }
  void setup(const Args& a) override {
    args_ = &a;
    const auto& pos = a.positionals();
    if (pos.empty()) throw UsageError("query: which question? (actor, between, evidence, path, top, timeline, actors)");
    sub_ = pos[0];
    params_.assign(pos.begin() + 1, pos.end());
    const Sub* found = nullptr;
    for (const auto& s : kSubs)
      if (sub_ == s.name) found = &s;
    if (!found)
      throw UsageError("query: unknown subcommand '" + sub_ +
                       "' (valid: actor, between, evidence, path, top, timeline, actors)");
    if (params_.size() < found->min_args || params_.size() > found->max_args)
      throw UsageError(std::string("query ") + found->usage);
    opts_.filter = read_filter(a);
    opts_.json = a.has("--json");
    opts_.limit = a.get_uint("--limit", sub_ == "top" ? 20 : 50, 1, 1000000);
    opts_.relation = a.get("--relation");
    opts_.max_hops = a.get_uint("--max-hops", 4, 1, 12);
    opts_.by = a.get("--by");
    if (!opts_.by.empty()) {
      bool ok = sub_ == "top" ? (opts_.by == "degree" || opts_.by == "mentions" || opts_.by == "pagerank" ||
                                 opts_.by == "betweenness")
                : sub_ == "timeline" ? (opts_.by == "week" || opts_.by == "month" || opts_.by == "year")
                                     : false;
      if (!ok)
        throw UsageError("--by '" + opts_.by + "' does not apply to query " + sub_ +
                         " (top: degree|mentions|pagerank|betweenness; timeline: week|month|year)");
    }
  }
  int run(std::ostream& out, std::ostream&) override {
    Store store(db_path(*args_), Store::Mode::read_only);
    auto p = [&](std::size_t i) { return i < params_.size() ? std::string_view(params_[i]) : std::string_view(); };
    if (sub_ == "actor") query_actor(store, p(0), opts_, out);
    else if (sub_ == "between") query_between(store, p(0), p(1), opts_, out);
    else if (sub_ == "evidence") query_evidence(store, p(0), p(1), opts_, out);
    else if (sub_ == "path") query_path(store, p(0), p(1), opts_, out);
    else if (sub_ == "top") query_top(store, opts_, out);
    else if (sub_ == "timeline") query_timeline(store, p(0), p(1), opts_, out);
    else query_actors(store, p(0), opts_, out);
    return kOk;
  }

 private:
  const Args* args_ = nullptr;
  std::string sub_;
  std::vector<std::string> params_;
  QueryOptions opts_;
};

}  // namespace

std::unique_ptr<Command> make_query_command() { return std::make_unique<QueryCommand>(); }

}  // namespace actorgraph::cli
