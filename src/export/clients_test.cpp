// Real clients read our exports: xmllint (GraphML 1.1 XSD), networkx and
// igraph (GraphML), networkx node_link_graph (JSON), xml.etree + networkx
// (GEXF), Graphviz dot (DOT), the csv module (Neo4j and triples CSV).
// The python checks live in tests/clients/*.py and run with /usr/bin/python3
// (Debian's networkx/igraph); each compares the client's view of the file
// with reference.json — the same graph as node-link JSON read by the plain
// json module — plus fixture facts (--fixture). Exit 77 = module missing.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "actorgraph/export.hpp"
#include "export/subgraph.hpp"
#include "export/test_graph.hpp"

using namespace actorgraph;
using namespace actorgraph::exporting::testing;
namespace fs = std::filesystem;

namespace {

constexpr const char* kPython = "/usr/bin/python3";

std::string quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs a shell command, returns its exit status (-1 when it did not exit).
int run(const std::string& command) {
  const int status = std::system(command.c_str());
  if (status == -1 || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

bool have_program(const std::string& name) {
  return run("command -v " + name + " >/dev/null 2>&1") == 0;
}

struct Exports {
  std::string dir;
  std::string file(const std::string& name) const { return dir + "/" + name; }
};

// Writes the fixture in every format (and the reference) once per test case.
Exports write_exports() {
  Exports x{temp_dir("clients")};
  const ActorGraph g = fixture_graph();
  for (const std::string& format : export_formats()) {
    std::ofstream out(x.file("fixture." + format), std::ios::binary);
    make_exporter(format)->write(g, out);
  }
  std::ofstream(x.file("reference.json"), std::ios::binary) << export_to_string(g, "json");
  std::ofstream(x.file("fixture_nodes.csv"), std::ios::binary) << [&] {
    const std::string both = export_to_string(g, "neo4j");
    return both.substr(0, both.find("\n#") + 1);
  }();
  std::ofstream(x.file("fixture_relationships.csv"), std::ios::binary) << [&] {
    const std::string both = export_to_string(g, "neo4j");
    return both.substr(both.find('\n', both.find("\n#") + 1) + 1);
  }();
  return x;
}

// Runs tests/clients/SCRIPT with ARGS; skips (MESSAGE) without python or module.
void run_client(const std::string& script, const std::string& args) {
  if (!fs::exists(kPython)) {
    MESSAGE("skipped " << script << ": " << kPython << " not found");
    return;
  }
  const std::string root = source_root();
  REQUIRE_MESSAGE(!root.empty(), "AG_SOURCE_ROOT not set and source tree not found");
  const std::string path = root + "/tests/clients/" + script;
  REQUIRE_MESSAGE(fs::exists(path), "missing " << path);
  const int rc = run(std::string(kPython) + " -B " + quoted(path) + " " + args);
  if (rc == 77) {
    MESSAGE("skipped " << script << ": a python module is missing (see its output)");
    return;
  }
  CHECK_MESSAGE(rc == 0, script << " " << args << " failed with exit " << rc << " (its output is above)");
}

}  // namespace

TEST_CASE("GraphML validates against the GraphML 1.1 XSD (xmllint, offline)") {
  const std::string shared = shared_root();
  if (shared.empty() || !fs::exists(shared + "/eval/graphml/graphml.xsd")) {
    MESSAGE("skipped: ../shared/eval/graphml not found (AG_SHARED)");
    return;
  }
  if (!have_program("xmllint")) {
    MESSAGE("skipped: xmllint (libxml2-utils) not installed");
    return;
  }
  const Exports x = write_exports();
  const std::string schema = shared + "/eval/graphml";
  std::ofstream(x.file("empty.graphml"), std::ios::binary) << export_to_string(ActorGraph(), "graphml");
  for (const std::string& file : {x.file("fixture.graphml"), x.file("empty.graphml")}) {
    CAPTURE(file);
    CHECK(run("XML_CATALOG_FILES=" + quoted(schema + "/catalog.xml") + " xmllint --nonet --noout --schema " +
              quoted(schema + "/graphml.xsd") + " " + quoted(file)) == 0);
  }
  // The schema is not a rubber stamp: a broken document fails it.
  std::ofstream(x.file("broken.graphml")) << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                                              "<graph edgedefault=\"sideways\"/></graphml>";
  CHECK(run("XML_CATALOG_FILES=" + quoted(schema + "/catalog.xml") + " xmllint --nonet --noout --schema " +
            quoted(schema + "/graphml.xsd") + " " + quoted(x.file("broken.graphml")) + " 2>/dev/null") != 0);
}

TEST_CASE("GraphML reads back in networkx and igraph with types, parallel edges and names intact") {
  const Exports x = write_exports();
  run_client("graphml_clients.py", quoted(x.file("fixture.graphml")) + " " + quoted(x.file("reference.json")) +
                                       " --fixture");
}

TEST_CASE("node-link JSON reads back with networkx node_link_graph") {
  const Exports x = write_exports();
  run_client("json_client.py", quoted(x.file("fixture.json")) + " " + quoted(x.file("reference.json")) +
                                   " --fixture");
}

TEST_CASE("GEXF 1.3 is well-formed and structurally sound; networkx reads it") {
  const Exports x = write_exports();
  run_client("gexf_client.py", quoted(x.file("fixture.gexf")) + " " + quoted(x.file("reference.json")) +
                                   " --fixture");
}

TEST_CASE("DOT renders with Graphviz dot and keeps every node and edge") {
  const Exports x = write_exports();
  if (!have_program("dot")) {
    MESSAGE("skipped: Graphviz dot not installed");
    return;
  }
  CHECK(run("dot -Tsvg " + quoted(x.file("fixture.dot")) + " > /dev/null") == 0);
  run_client("dot_client.py", quoted(x.file("fixture.dot")) + " " + quoted(x.file("reference.json")) +
                                  " --fixture");
}

TEST_CASE("CSV exports parse with the csv module (Neo4j headers, triples)") {
  const Exports x = write_exports();
  run_client("csv_client.py", "neo4j " + quoted(x.file("fixture_nodes.csv")) + " " +
                                  quoted(x.file("fixture_relationships.csv")) + " " +
                                  quoted(x.file("reference.json")) + " --fixture");
  run_client("csv_client.py", "triples " + quoted(x.file("fixture.csv")) + " " + quoted(x.file("reference.json")) +
                                  " --fixture");
}

TEST_CASE("aggregated exports (joined labels, summed weights) read back in every client") {
  const Exports x{temp_dir("clients_aggregated")};
  const ActorGraph g = exporting::aggregate_pairs(fixture_graph());
  for (const std::string& format : export_formats()) {
    std::ofstream out(x.file("agg." + format), std::ios::binary);
    make_exporter(format)->write(g, out);
  }
  std::ofstream(x.file("reference.json"), std::ios::binary) << export_to_string(g, "json");
  const std::string ref = quoted(x.file("reference.json"));
  run_client("graphml_clients.py", quoted(x.file("agg.graphml")) + " " + ref);
  run_client("json_client.py", quoted(x.file("agg.json")) + " " + ref);
  run_client("gexf_client.py", quoted(x.file("agg.gexf")) + " " + ref);
  if (have_program("dot")) run_client("dot_client.py", quoted(x.file("agg.dot")) + " " + ref);
  run_client("csv_client.py", "triples " + quoted(x.file("agg.csv")) + " " + ref);
}
