// Golden files: each format's output for the fixture graph, byte for byte.
// Regenerate deliberately with AG_UPDATE_GOLDEN=1 (then review the diff).
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <limits>
#include <string>

#include "actorgraph/errors.hpp"
#include "actorgraph/export.hpp"
#include "export/test_graph.hpp"

using namespace actorgraph;
using namespace actorgraph::exporting::testing;

namespace {

void check_golden(const std::string& output, const std::string& file) {
  const std::string root = source_root();
  REQUIRE_MESSAGE(!root.empty(), "AG_SOURCE_ROOT not set and source tree not found");
  const std::string path = root + "/src/export/testdata/" + file;
  if (const char* update = std::getenv("AG_UPDATE_GOLDEN"); update && *update == '1') {
    std::ofstream(path, std::ios::binary) << output;
    MESSAGE("updated " << path);
  }
  const std::string expected = read_file(path);
  REQUIRE_MESSAGE(!expected.empty(), "missing golden file " << path << " (AG_UPDATE_GOLDEN=1 writes it)");
  if (output == expected) return;
  // Report the first differing line, not two whole documents.
  std::size_t line = 1, at = 0;
  while (at < output.size() && at < expected.size() && output[at] == expected[at]) line += output[at++] == '\n';
  auto line_at = [&](const std::string& s) {
    const std::size_t begin = s.rfind('\n', at == 0 ? 0 : at - 1);
    const std::size_t from = begin == std::string::npos || at == 0 ? 0 : begin + 1;
    return s.substr(from, s.find('\n', from) - from);
  };
  FAIL_CHECK("output differs from " << path << " at line " << line << "\n  got:      " << line_at(output)
                                    << "\n  expected: " << line_at(expected));
}

}  // namespace

TEST_CASE("golden files: every format on the fixture graph") {
  const ActorGraph g = fixture_graph();
  for (const std::string& format : export_formats()) {
    CAPTURE(format);
    const auto exporter = make_exporter(format);
    CHECK(exporter->name() == format);
    const std::string file = format == "neo4j" ? "fixture.neo4j.csv" : "fixture" + exporter->extension();
    check_golden(export_to_string(g, format), file);
  }
}

TEST_CASE("golden files: graph without evidence and with positional edge ids") {
  ActorGraph g = fixture_graph(false);
  for (std::uint32_t e = 0; e < g.num_edges(); ++e) g.edge(e).evidence.clear();
  check_golden(export_to_string(g, "csv"), "fixture_no_evidence.csv");
  check_golden(export_to_string(g, "graphml"), "fixture_index_ids.graphml");
}

TEST_CASE("make_exporter knows the six formats and rejects others with the list") {
  CHECK(export_formats() == std::vector<std::string>{"graphml", "gexf", "dot", "json", "neo4j", "csv"});
  struct Case {
    const char* name;
    const char* extension;
  };
  const Case valid[] = {{"graphml", ".graphml"}, {"gexf", ".gexf"}, {"dot", ".dot"},
                        {"json", ".json"},       {"neo4j", ".csv"}, {"csv", ".csv"}, {"GraphML", ".graphml"}};
  for (const Case& c : valid) {
    CAPTURE(c.name);
    CHECK(make_exporter(c.name)->extension() == c.extension);
  }
  for (const char* bad : {"xml", "", "graphml ", "cypher", "gml"}) {
    CAPTURE(bad);
    CHECK_THROWS_WITH_AS(make_exporter(bad),
                         (std::string("unknown export format '") + bad +
                          "' (valid: graphml, gexf, dot, json, neo4j, csv)").c_str(),
                         UsageError);
  }
}

TEST_CASE("writers handle an empty graph") {
  const ActorGraph g;
  for (const std::string& format : export_formats()) {
    CAPTURE(format);
    const std::string out = export_to_string(g, format);
    CHECK_FALSE(out.empty());
    CHECK(out.find("nan") == std::string::npos);
  }
  CHECK(export_to_string(g, "json") == "{\"directed\":true,\"multigraph\":true,\"graph\":{},\"nodes\":[],\"links\":[]}\n");
}

TEST_CASE("non-finite values are left out, never written as nan/inf") {
  ActorGraph g = fixture_graph();
  g.edge(0).relation.goldstein = std::numeric_limits<double>::quiet_NaN();
  g.edge(1).relation.goldstein = std::numeric_limits<double>::infinity();
  for (const std::string& format : export_formats()) {
    CAPTURE(format);
    const std::string out = export_to_string(g, format);
    CHECK(out.find("nan") == std::string::npos);
    CHECK(out.find("inf") == std::string::npos);
    CHECK(out.find("NaN") == std::string::npos);
  }
  const std::string graphml = export_to_string(g, "graphml");
  std::size_t goldsteins = 0;
  for (std::size_t at = graphml.find("key=\"e_goldstein\""); at != std::string::npos;
       at = graphml.find("key=\"e_goldstein\"", at + 1))
    ++goldsteins;
  CHECK(goldsteins == g.num_edges() - 2);
}
