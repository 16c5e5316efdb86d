#include "export/test_graph.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "actorgraph/export.hpp"

namespace actorgraph::exporting::testing {
namespace {

Actor actor(std::string id, std::string name, ActorType type, std::string country, std::string sector,
            std::string code, std::vector<std::string> aliases = {}) {
  Actor a;
  a.id = std::move(id);
  a.name = std::move(name);
  a.type = type;
  a.country = std::move(country);
  a.sector = std::move(sector);
  a.code = std::move(code);
  a.aliases = std::move(aliases);
  return a;
}

Relation relation(std::string text, std::string lemma, std::string cameo, int quad, double goldstein,
                  std::string plover) {
  Relation r;
  r.text = std::move(text);
  r.lemma = std::move(lemma);
  r.cameo = cameo;
  r.root = cameo.size() >= 2 ? cameo.substr(0, 2) : "";
  r.quad = quad;
  r.goldstein = goldstein;
  r.plover = std::move(plover);
  return r;
}

Triple triple(const Actor& s, const Relation& r, const Actor& o, std::string article, std::string date,
              std::string sentence, bool negated = false) {
  Triple t;
  t.article = std::move(article);
  t.date = std::move(date);
  t.sentence = 0;
  t.span_begin = 0;
  t.span_end = static_cast<std::uint32_t>(sentence.size());
  t.sentence_text = std::move(sentence);
  t.subject.actor = s;
  t.subject.mention = s.name;
  t.relation = r;
  t.object.actor = o;
  t.object.mention = o.name;
  t.negated = negated;
  t.confidence = 0.9;
  t.extractor = "pattern";
  return t;
}

}  // namespace

std::vector<Triple> fixture_triples() {
  const Actor zelenskyy = actor("volodymyr-zelenskyy", "Volodymyr Zelenskyy", ActorType::person, "UKR", "GOV",
                                "UKRGOV", {"Zelensky", "Zelenskiy"});
  const Actor xi = actor("xi-jinping", "Xi Jinping", ActorType::person, "CHN", "GOV", "CHNGOV", {"Xi"});
  const Actor erdogan = actor("recep-tayyip-erdogan", "Recep Tayyip Erdo\xC4\x9F" "an", ActorType::person, "TUR",
                              "GOV", "TURGOV", {"Erdo\xC4\x9F" "an", "Erdogan; Recep"});
  const Actor att = actor("at-t", "AT&T <Mobility> \"Wireless\" 'US'", ActorType::organization, "USA", "BUS", "",
                          {"AT&T"});
  const Actor node = actor("node", "node C:\\path\\", ActorType::unknown, "", "", "");

  std::vector<Triple> ts;
  ts.push_back(triple(zelenskyy, relation("has called for direct talks with", "call for talks with", "026", 1, 3.0,
                                     "REQUEST"),
                 xi, "seed-zelenskyy-xi", "2022-08-04",
                 "Ukrainian President Volodymyr Zelenskyy has called for direct talks with China's Xi Jinping."));
  ts.push_back(triple(zelenskyy, relation("met", "meet with", "036", 1, 4.0, "CONSULT"), xi, "a2", "2022-09-01",
                 "Zelenskyy met Xi in Samarkand."));
  ts.push_back(triple(zelenskyy, relation("urged talks with", "call for talks with", "026", 1, 3.0, "REQUEST"), xi,
                 "a3", "2023-03-20T10:00:00Z", "Zelenskyy again urged talks with Xi, \"soon\"."));
  ts.push_back(triple(erdogan, relation("has yet to condemn", "condemn", "122", 3, -2.0, "ACCUSE"), zelenskyy, "a4",
                 "2023-01-02", "Erdo\xC4\x9F" "an has yet to condemn Zelenskyy.", true));
  ts.push_back(triple(erdogan, relation("praised", "praise", "051", 1, 3.4, "APPEAL"), erdogan, "a5", "2023-02",
                 "Erdo\xC4\x9F" "an praised himself & his <party>."));
  ts.push_back(triple(att, relation("sued\t(again)\nin \"court\"\x01", "sue", "", 0, 0.1, ""), node, "a6", "",
                 "AT&T <Mobility> sued \"node\"\x01 over\ta 'C:\\path\\' line,\nyes."));
  return ts;
}

ActorGraph fixture_graph(bool db_ids) {
  ActorGraphBuilder g;
  for (const Triple& t : fixture_triples()) g.merge(t);
  if (db_ids)
    for (std::uint32_t e = 0; e < g.num_edges(); ++e) g.edge(e).id = 101 + e;
  return g.build();
}

std::string export_to_string(const ActorGraph& g, const std::string& format) {
  std::ostringstream out;
  make_exporter(format)->write(g, out);
  return out.str();
}

namespace {
// The per-process scratch root, removed when the test program exits.
struct ScratchRoot {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("ag-export-test-" + std::to_string(::getpid()));
  ~ScratchRoot() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
};
}  // namespace

std::string temp_dir(const std::string& name) {
  namespace fs = std::filesystem;
  static const ScratchRoot root;
  const fs::path dir = root.path / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string source_root() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("AG_SOURCE_ROOT"); env && *env) return env;
  for (const char* guess : {".", "..", "../.."})
    if (fs::exists(fs::path(guess) / "src/export/meson.build")) return fs::absolute(guess).lexically_normal().string();
  return "";
}

std::string shared_root() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("AG_SHARED"); env && *env && fs::exists(env)) return env;
  const std::string root = source_root();
  if (!root.empty() && fs::exists(fs::path(root) / ".." / "shared"))
    return (fs::path(root) / ".." / "shared").lexically_normal().string();
  return "";
}

}  // namespace actorgraph::exporting::testing
