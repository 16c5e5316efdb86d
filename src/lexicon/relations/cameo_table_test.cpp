// The CAMEO table: structure, and every fact checked against the shared
// reference files (GDELT/ICEWS code lists, Goldstein scale, CAMEO->PLOVER).
#include <doctest/doctest.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "actorgraph/relation_lexicon.hpp"

using namespace actorgraph;

namespace {

std::string shared_dir() {
  const char* s = std::getenv("AG_SHARED");
  return s ? s : "../shared";
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string l;
  while (std::getline(in, l)) {
    if (!l.empty() && l.back() == '\r') l.pop_back();
    out.push_back(l);
  }
  return out;
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && (s[b] == ' ' || s[b] == '\t')) ++b;
  return s.substr(b);
}

// "CODE\tVALUE" lines after a header -> map.
std::map<std::string, std::string> read_tsv(const std::string& text) {
  std::map<std::string, std::string> out;
  auto ls = lines_of(text);
  for (std::size_t i = 1; i < ls.size(); ++i) {
    auto tab = ls[i].find('\t');
    if (tab != std::string::npos) out[ls[i].substr(0, tab)] = trim(ls[i].substr(tab + 1));
  }
  return out;
}

}  // namespace

TEST_CASE("CAMEO table: all 20 roots, codes unique, quad from root, PLOVER types valid") {
  const auto& codes = RelationLexicon::cameo_codes();
  CHECK(codes.size() >= 300);
  std::set<std::string> seen;
  const std::set<std::string> plover{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                                     "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
  for (const auto& c : codes) {
    CAPTURE(c.code);
    CHECK(seen.insert(c.code).second);
    CHECK((c.code.size() >= 2 && c.code.size() <= 4));
    CHECK(!c.name.empty());
    CHECK(c.goldstein >= -10.0);
    CHECK(c.goldstein <= 10.0);
    int root = std::stoi(c.code.substr(0, 2));
    int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    CHECK(c.quad == quad);
    if (root >= 2) CHECK(plover.count(c.plover) == 1);
    if (c.code.size() > 2) CHECK(RelationLexicon::cameo(c.code.substr(0, 2)) != nullptr);
    if (c.code.size() == 4) CHECK(RelationLexicon::cameo(c.code.substr(0, 3)) != nullptr);
  }
  for (int r = 1; r <= 20; ++r) {
    char root[8];
    std::snprintf(root, sizeof root, "%02d", r);
    CHECK_MESSAGE(RelationLexicon::cameo(root) != nullptr, root);
  }
}

TEST_CASE("CAMEO lookup and complete(): known, unknown and partly set relations side by side") {
  struct Case {
    const char* code;
    bool known;
    const char* root;
    int quad;
    const char* plover;
  };
  const Case cases[] = {
      {"026", true, "02", 1, "REQUEST"}, {"042", true, "04", 1, "CONSULT"}, {"0874", true, "08", 2, "RETREAT"},
      {"081", true, "08", 2, "CONCEDE"}, {"112", true, "11", 3, "ACCUSE"},  {"163", true, "16", 4, "COERCE"},
      {"192", true, "19", 4, "COERCE"},  {"195", true, "19", 4, "ASSAULT"}, {"2042", true, "20", 4, "ASSAULT"},
      {"10", true, "10", 3, "REQUEST"},  {"999", false, "99", 0, ""},       {"", false, "", 0, ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.code);
    CHECK((RelationLexicon::cameo(c.code) != nullptr) == c.known);
    Relation r;
    r.cameo = c.code;
    RelationLexicon::complete(r);
    CHECK(r.root == c.root);
    CHECK(r.quad == c.quad);
    CHECK(r.plover == c.plover);
  }
  Relation r;
  r.cameo = "190";
  RelationLexicon::complete(r);
  CHECK(r.goldstein == doctest::Approx(-10.0));
  Relation keep;
  keep.cameo = "190";
  keep.plover = "COERCE";
  keep.goldstein = -3;
  RelationLexicon::complete(keep);
  CHECK(keep.plover == "COERCE");
  CHECK(keep.goldstein == doctest::Approx(-3.0));
  CHECK(keep.quad == 4);
}

TEST_CASE("CAMEO table agrees with the shared GDELT, ICEWS and CAMEO->PLOVER files") {
  const std::string dir = shared_dir() + "/eval/";
  std::string names, scale, icews, plover_txt;
  if (!read_file(dir + "cameo/CAMEO.eventcodes.txt", names) ||
      !read_file(dir + "cameo/CAMEO.goldsteinscale.txt", scale) || !read_file(dir + "cameo/icews-cameo-codes.csv", icews) ||
      !read_file(dir + "plover/CAMEO2PLOVER-2021.txt", plover_txt)) {
    MESSAGE("skipped: shared CAMEO/PLOVER reference files not found under " << dir);
    return;
  }
  const auto gdelt = read_tsv(names);
  const auto goldstein = read_tsv(scale);
  // ICEWS CSV: "",eventtype_ID,name,code,goldstein,... -> code, goldstein (fields 4 and 5).
  std::map<std::string, double> icews_g;
  for (const auto& l : lines_of(icews)) {
    std::vector<std::string> f;
    std::string cur;
    bool q = false;
    for (char ch : l) {
      if (ch == '"') q = !q;
      else if (ch == ',' && !q) { f.push_back(cur); cur.clear(); }
      else cur += ch;
    }
    f.push_back(cur);
    if (f.size() > 4 && !f[3].empty() && std::isdigit(static_cast<unsigned char>(f[3][0])))
      icews_g[f[3]] = std::stod(f[4]);
  }
  REQUIRE(gdelt.size() >= 300);
  REQUIRE(icews_g.size() >= 300);
  // Every reference code is in our table, and ours are all in a reference.
  for (const auto& [code, _] : gdelt) CHECK_MESSAGE(RelationLexicon::cameo(code) != nullptr, "missing " << code);
  for (const auto& [code, _] : icews_g) CHECK_MESSAGE(RelationLexicon::cameo(code) != nullptr, "missing " << code);
  std::set<std::string> plover_codes;
  for (const auto& l : lines_of(plover_txt))
    if (!l.empty() && std::isdigit(static_cast<unsigned char>(l[0]))) plover_codes.insert(l.substr(0, l.find(':')));
  for (const auto& c : RelationLexicon::cameo_codes())
    CHECK_MESSAGE((gdelt.count(c.code) + icews_g.count(c.code) + plover_codes.count(c.code)) > 0,
                  "not in a reference: " << c.code);
  // Goldstein: GDELT value, or ICEWS where the two editions differ / GDELT lacks the code.
  for (const auto& c : RelationLexicon::cameo_codes()) {
    CAPTURE(c.code);
    auto g = goldstein.find(c.code);
    auto i = icews_g.find(c.code);
    bool ok = (g != goldstein.end() && std::abs(std::stod(g->second) - c.goldstein) < 1e-9) ||
              (i != icews_g.end() && std::abs(i->second - c.goldstein) < 1e-9);
    if (g == goldstein.end() && i == icews_g.end()) {  // only in the PLOVER table: the parent's value
      const CameoCode* parent = RelationLexicon::cameo(c.code.substr(0, c.code.size() - 1));
      ok = parent && parent->goldstein == c.goldstein;
    }
    CHECK(ok);
  }
  // PLOVER: "CODE: TYPE, mode, context # description" (a root may be listed twice: 08 CONCEDE/RETREAT).
  std::size_t checked = 0;
  for (const auto& l : lines_of(plover_txt)) {
    auto colon = l.find(':');
    if (l.empty() || l[0] == '#' || colon == std::string::npos || !std::isdigit(static_cast<unsigned char>(l[0]))) continue;
    std::string code = l.substr(0, colon);
    std::string rest = l.substr(colon + 1);
    std::string type = trim(rest.substr(0, rest.find_first_of(",#")));
    const CameoCode* c = RelationLexicon::cameo(code);
    CAPTURE(code);
    REQUIRE(c != nullptr);
    if (code.size() == 2 && c->plover != type) {
      // a root listed under two types: ours must be one of them
      CHECK((code == "08" && (type == "RETREAT" || type == "CONCEDE")));
      continue;
    }
    CHECK(c->plover == type);
    ++checked;
  }
  CHECK(checked > 250);
}

TEST_CASE("framed(): the parallel branches of the codebook") {
  struct Case {
    const char* code;
    CameoFrame frame;
    const char* expected;
  };
  const Case cases[] = {
      {"0841", CameoFrame::reject, "1243"},  {"0841", CameoFrame::intent, "0353"},
      {"0841", CameoFrame::appeal, "0253"},  {"0841", CameoFrame::demand, "1053"},
      {"072", CameoFrame::appeal, "0232"},   {"072", CameoFrame::intent, "0332"},
      {"040", CameoFrame::intent, "036"},    {"042", CameoFrame::reject, "125"},
      {"045", CameoFrame::intent, "039"},    {"057", CameoFrame::appeal, "027"},
      {"087", CameoFrame::demand, "1056"},   {"0871", CameoFrame::appeal, "0256"},
      {"083", CameoFrame::intent, "034"},    {"0832", CameoFrame::reject, "1232"},
      {"163", CameoFrame::threaten, "1312"}, {"161", CameoFrame::intent, "1313"},
      {"190", CameoFrame::threaten, "1384"}, {"192", CameoFrame::threaten, "1382"},
      {"2041", CameoFrame::threaten, "1385"}, {"1723", CameoFrame::threaten, "1323"},
      // no counterpart
      {"111", CameoFrame::reject, ""},       {"190", CameoFrame::appeal, ""},
      {"072", CameoFrame::threaten, ""},     {"0999", CameoFrame::intent, ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.code);
    CAPTURE(static_cast<int>(c.frame));
    CHECK(RelationLexicon::framed(c.code, c.frame) == c.expected);
  }
  // every counterpart is a code of the right branch
  const char* roots[] = {"03", "02", "10", "12", "13"};
  std::size_t n = 0;
  for (const auto& c : RelationLexicon::cameo_codes()) {
    for (int f = 0; f < 5; ++f) {
      auto to = RelationLexicon::framed(c.code, static_cast<CameoFrame>(f));
      if (to.empty()) continue;
      ++n;
      CAPTURE(c.code);
      REQUIRE(RelationLexicon::cameo(to) != nullptr);
      const bool conflict = std::stoi(c.code.substr(0, 2)) >= 14;
      CHECK(to.substr(0, 2) == (conflict ? std::string_view("13") : std::string_view(roots[f])));
    }
  }
  CHECK(n > 300);
}
