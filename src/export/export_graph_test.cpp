// export_graph end to end over a real Store: filter, --around, --aggregate,
// output files (temp + rename), stdout, and the errors.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "actorgraph/errors.hpp"
#include "actorgraph/export.hpp"
#include "actorgraph/store.hpp"
#include "export/test_graph.hpp"

using namespace actorgraph;
using namespace actorgraph::exporting::testing;
namespace fs = std::filesystem;

namespace {

// A database holding the fixture triples, one article per triple.
std::string fixture_db(const std::string& dir) {
  const std::string path = dir + "/fixture.db";
  Store store(path, Store::Mode::read_write);
  auto batch = store.begin_batch();
  for (const Triple& t : fixture_triples()) {
    Article a;
    a.id = t.article;
    a.date = t.date;
    a.title = "Title of " + t.article;
    a.text = t.sentence_text;
    a.source = "Wire";
    batch.add(a, {t});
  }
  batch.commit();
  return path;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::vector<std::string> files_in(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

ExportOptions everything() {
  ExportOptions o;
  o.filter.include_negated = true;
  return o;
}

}  // namespace

TEST_CASE("export_graph writes the filtered graph to a file, atomically") {
  const std::string dir = temp_dir("export_graph_file");
  const Store store(fixture_db(dir), Store::Mode::read_only);
  const std::string out_dir = temp_dir("export_graph_file/out");
  std::ostringstream stdout_stream;

  export_graph(store, "graphml", ExportOptions{}, out_dir + "/g.graphml", stdout_stream);
  CHECK(stdout_stream.str().empty());
  CHECK(files_in(out_dir) == std::vector<std::string>{"g.graphml"});  // no temporary left behind
  const std::string defaults = read_file(out_dir + "/g.graphml");
  CHECK(count(defaults, "<node ") == 5);
  CHECK(count(defaults, "<edge ") == 4);  // the negated edge is left out by default
  CHECK(defaults.find(">condemn<") == std::string::npos);
  // The writer's output for Store::load, byte for byte.
  std::ostringstream direct;
  make_exporter("graphml")->write(store.load(Filter{}), direct);
  CHECK(defaults == direct.str());

  export_graph(store, "graphml", everything(), out_dir + "/g.graphml", stdout_stream);  // overwrites
  CHECK(count(read_file(out_dir + "/g.graphml"), "<edge ") == 5);

  ExportOptions recent = everything();
  recent.filter.since = "2023";
  export_graph(store, "json", recent, out_dir + "/recent.json", stdout_stream);
  const std::string json = read_file(out_dir + "/recent.json");
  CHECK(count(json, "\"source\":") == 3);  // 026 (a3 only), condemn, praise
  CHECK(json.find("\"meet with\"") == std::string::npos);
}

TEST_CASE("export_graph writes to the stream for '-' and ''") {
  const std::string dir = temp_dir("export_graph_stdout");
  const Store store(fixture_db(dir), Store::Mode::read_only);
  for (const std::string output : {"-", ""}) {
    CAPTURE(output);
    std::ostringstream out;
    export_graph(store, "dot", everything(), output, out);
    CHECK(out.str().rfind("digraph \"actorgraph\" {", 0) == 0);
    CHECK(count(out.str(), " -> ") == 5);
  }
  CHECK(files_in(dir) == std::vector<std::string>{"fixture.db"});
}

TEST_CASE("export_graph neo4j writes two files beside the prefix, or both to the stream") {
  const std::string dir = temp_dir("export_graph_neo4j");
  const Store store(fixture_db(dir), Store::Mode::read_only);
  const std::string out_dir = temp_dir("export_graph_neo4j/out");
  std::ostringstream out;
  for (const std::string output : {"/graph.csv", "/other"}) {
    CAPTURE(output);
    export_graph(store, "neo4j", everything(), out_dir + output, out);
  }
  CHECK(files_in(out_dir) == std::vector<std::string>{"graph_nodes.csv", "graph_relationships.csv",
                                                      "other_nodes.csv", "other_relationships.csv"});
  const std::string nodes = read_file(out_dir + "/graph_nodes.csv");
  const std::string rels = read_file(out_dir + "/graph_relationships.csv");
  CHECK(nodes.rfind("actorId:ID(Actor),name,", 0) == 0);
  CHECK(rels.rfind(":START_ID(Actor),:END_ID(Actor),:TYPE,", 0) == 0);
  CHECK(count(nodes, "\n") == 6);
  CHECK(count(rels, "\n") == 6);
  CHECK(out.str().empty());

  export_graph(store, "neo4j", everything(), "-", out);
  CHECK(out.str() == nodes + "# --- relationships (save the lines below as <name>_relationships.csv) ---\n" + rels);
}

TEST_CASE("export_graph csv loads the evidence: one row per mention") {
  const std::string dir = temp_dir("export_graph_csv");
  const Store store(fixture_db(dir), Store::Mode::read_only);
  std::ostringstream out;
  export_graph(store, "csv", everything(), "-", out);
  CHECK(count(out.str(), "\n") >= 7);  // header + 6 mentions (the last sentence holds a quoted newline)
  CHECK(out.str().find("Zelenskyy met Xi in Samarkand.") != std::string::npos);
  CHECK(out.str().find(",seed-zelenskyy-xi,2022-08-04,Ukrainian President") != std::string::npos);
}

TEST_CASE("export_graph --around: the ego network of a resolved name") {
  const std::string dir = temp_dir("export_graph_around");
  const Store store(fixture_db(dir), Store::Mode::read_only);
  struct Case {
    std::string around;
    unsigned depth;
    std::size_t nodes, edges;
  };
  const Case cases[] = {
      {"Xi Jinping", 1, 2, 2},           // Zelenskyy and the two parallel edges
      {"xi-jinping", 2, 3, 4},           // + Erdoğan via Zelenskyy, the negated edge and the self-loop
      {"Zelensky", 1, 3, 4},             // an alias
      {"AT&T <Mobility> \"Wireless\" 'US'", 1, 2, 1},
      {"Xi Jinping", 0, 1, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.around);
    CAPTURE(c.depth);
    ExportOptions o = everything();
    o.around = c.around;
    o.depth = c.depth;
    std::ostringstream out;
    export_graph(store, "graphml", o, "-", out);
    CHECK(count(out.str(), "<node ") == c.nodes);
    CHECK(count(out.str(), "<edge ") == c.edges);
  }
  // A known actor whose edges are all filtered out: just the actor.
  ExportOptions o;
  o.around = "node C:\\path\\";
  o.filter.since = "2022";  // e105 has no date
  std::ostringstream out;
  export_graph(store, "json", o, "-", out);
  CHECK(count(out.str(), "\"id\":") == 1);
  CHECK(count(out.str(), "\"source\":") == 0);
}

TEST_CASE("export_graph --aggregate: one edge per actor pair") {
  const std::string dir = temp_dir("export_graph_aggregate");
  const Store store(fixture_db(dir), Store::Mode::read_only);
  ExportOptions o = everything();
  o.aggregate = true;
  std::ostringstream out;
  export_graph(store, "graphml", o, "-", out);
  CHECK(count(out.str(), "<edge ") == 4);
  CHECK(out.str().find("<data key=\"e_weight\">3</data>") != std::string::npos);
  CHECK(out.str().find(">call for talks with; meet with<") != std::string::npos);
  o.around = "Zelensky";  // around, then aggregate
  std::ostringstream ego;
  export_graph(store, "graphml", o, "-", ego);
  CHECK(count(ego.str(), "<edge ") == 3);
}

TEST_CASE("export_graph errors leave no file behind and keep an older one") {
  const std::string dir = temp_dir("export_graph_errors");
  const Store store(fixture_db(dir), Store::Mode::read_only);
  const std::string out_dir = temp_dir("export_graph_errors/out");
  const std::string target = out_dir + "/g.graphml";
  { std::ofstream(target) << "previous export"; }
  std::ostringstream out;

  CHECK_THROWS_WITH_AS(export_graph(store, "gml", everything(), target, out),
                       "unknown export format 'gml' (valid: graphml, gexf, dot, json, neo4j, csv)", UsageError);
  ExportOptions bad_date = everything();
  bad_date.filter.since = "2022-13";
  CHECK_THROWS_AS(export_graph(store, "graphml", bad_date, target, out), UsageError);
  ExportOptions unknown = everything();
  unknown.around = "Zelenskky";
  try {
    export_graph(store, "graphml", unknown, target, out);
    FAIL("expected NotFoundError");
  } catch (const NotFoundError& e) {
    const std::string msg = e.what();
    CHECK(msg.find("unknown actor 'Zelenskky'") == 0);
    CHECK(msg.find("Zelenskyy") != std::string::npos);  // suggested
  }
  CHECK_THROWS_AS(export_graph(store, "graphml", everything(), out_dir + "/missing/dir/g.graphml", out), UsageError);

  CHECK(read_file(target) == "previous export");
  CHECK(files_in(out_dir) == std::vector<std::string>{"g.graphml"});
  CHECK(out.str().empty());
}

TEST_CASE("export_graph writes through symlinks and into devices instead of replacing them") {
  const std::string dir = temp_dir("export_graph_special");
  const Store store(fixture_db(dir), Store::Mode::read_only);
  std::ostringstream out;
  const std::string real = dir + "/real.dot", link = dir + "/link.dot";
  { std::ofstream(real) << "old"; }
  fs::create_symlink(real, link);
  export_graph(store, "dot", everything(), link, out);
  CHECK(fs::is_symlink(link));
  CHECK(read_file(real).rfind("digraph", 0) == 0);
  if (fs::exists("/dev/null")) {
    export_graph(store, "graphml", everything(), "/dev/null", out);
    CHECK(fs::is_character_file("/dev/null"));
  }
  CHECK(out.str().empty());
}
