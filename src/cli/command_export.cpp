// actorgraph export --format F [-o FILE] — the graph for other tools.
#include <ostream>

#include "actorgraph/errors.hpp"
#include "actorgraph/export.hpp"
#include "actorgraph/store.hpp"
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace actorgraph::cli {
namespace {

class ExportCommand : public Command {
 public:
  std::string name() const override { return "export"; }
  std::string synopsis() const override {
    return "actorgraph export [--db PATH] --format FORMAT [-o FILE] [--around ACTOR --depth N] [--aggregate] [filters]";
  }
  std::string description() const override {
    std::string formats;
    for (const auto& f : export_formats()) formats += (formats.empty() ? "" : ", ") + f;
    return "Writes the graph (or an actor's ego network) for other tools. Formats: " + formats +
           ".\nOne edge per relation key by default; --aggregate gives one edge per actor pair (weight =\n"
           "mentions). neo4j writes FILE_nodes.csv and FILE_relationships.csv.";
  }
  void declare(Args& a) override {
    declare_db_option(a);
    a.value("--format", "graphml, gexf, dot, json, neo4j or csv");
    a.value("--output", "output file (default: stdout)");
    a.alias("-o", "--output");
    a.value("--around", "only this actor's ego network");
    a.value("--depth", "hops of the ego network (default 1)");
    a.flag("--aggregate", "one edge per actor pair instead of one per relation");
    declare_filter_options(a);
  }
  void setup(const Args& a) override {
    args_ = &a;
    if (!a.positionals().empty()) throw UsageError("export: unexpected argument '" + a.positionals()[0] + "'");
    format_ = a.get("--format");
    if (format_.empty()) throw UsageError("export: --format is required");
    make_exporter(format_);  // rejects unknown names with the valid list
    opts_.filter = read_filter(a);
    opts_.around = a.get("--around");
    opts_.depth = static_cast<unsigned>(a.get_uint("--depth", 1, 1, 10));
    if (a.has("--depth") && opts_.around.empty()) throw UsageError("export: --depth needs --around ACTOR");
    opts_.aggregate = a.has("--aggregate");
  }
  int run(std::ostream& out, std::ostream&) override {
    Store store(db_path(*args_), Store::Mode::read_only);
    export_graph(store, format_, opts_, args_->get("--output", "-"), out);
    return kOk;
  }

 private:
  const Args* args_ = nullptr;
  std::string format_;
  ExportOptions opts_;
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace actorgraph::cli
