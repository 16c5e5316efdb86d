// extract_dev: a development driver for the pattern extractor.
//   extract_dev FILE.jsonl [--bench]
// Reads JSON Lines articles (id, date, text), runs the built-in dictionaries
// through make_pattern_extractor and prints one JSON triple a line (the
// fields the scorers read). --bench prints only sentences/s to stderr.
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "actorgraph/actor_dictionary.hpp"
#include "actorgraph/extractor.hpp"
#include "actorgraph/relation_lexicon.hpp"
#include "actorgraph/text.hpp"

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void put_actor(Writer& w, const actorgraph::ActorMention& m) {
  w.StartObject();
  w.Key("id"); w.String(m.actor.id.c_str());
  w.Key("name"); w.String(m.actor.name.c_str());
  w.Key("type"); w.String(std::string(actorgraph::to_string(m.actor.type)).c_str());
  w.Key("country"); w.String(m.actor.country.c_str());
  w.Key("sector"); w.String(m.actor.sector.c_str());
  w.Key("code"); w.String(m.actor.code.c_str());
  w.Key("mention"); w.String(m.mention.c_str());
  w.Key("begin"); w.Uint(m.begin);
  w.Key("end"); w.Uint(m.end);
  w.EndObject();
}

std::string json_of(const actorgraph::Triple& t) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartObject();
  w.Key("article"); w.String(t.article.c_str());
  w.Key("date"); w.String(t.date.c_str());
  w.Key("sentence"); w.Uint(t.sentence);
  w.Key("span"); w.StartArray(); w.Uint(t.span_begin); w.Uint(t.span_end); w.EndArray();
  w.Key("subject"); put_actor(w, t.subject);
  w.Key("relation");
  w.StartObject();
  w.Key("text"); w.String(t.relation.text.c_str());
  w.Key("lemma"); w.String(t.relation.lemma.c_str());
  w.Key("cameo"); w.String(t.relation.cameo.c_str());
  w.Key("root"); w.String(t.relation.root.c_str());
  w.Key("quad"); w.Int(t.relation.quad);
  w.Key("goldstein"); w.Double(t.relation.goldstein);
  w.Key("plover"); w.String(t.relation.plover.c_str());
  w.EndObject();
  w.Key("object"); put_actor(w, t.object);
  w.Key("negated"); w.Bool(t.negated);
  w.Key("modality"); w.String(std::string(actorgraph::to_string(t.modality)).c_str());
  w.Key("claimant"); w.String(t.claimant.c_str());
  w.Key("confidence"); w.Double(t.confidence);
  w.Key("extractor"); w.String(t.extractor.c_str());
  w.Key("rule"); w.String(t.rule.c_str());
  w.Key("text"); w.String(t.sentence_text.c_str());
  w.EndObject();
  return sb.GetString();
}

std::string str(const rapidjson::Value& v, const char* k) {
  auto it = v.FindMember(k);
  return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : std::string();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: extract_dev FILE.jsonl [--bench]\n";
    return 2;
  }
  bool bench = argc > 2 && std::string(argv[2]) == "--bench";
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "cannot open " << argv[1] << "\n";
    return 1;
  }
  std::vector<actorgraph::Article> arts;
  std::string line;
  while (std::getline(in, line)) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    if (d.HasParseError() || !d.IsObject()) continue;
    actorgraph::Article a;
    a.id = str(d, "id");
    a.date = str(d, "date");
    a.text = str(d, "text");
    a.title = str(d, "title");
    if (!a.text.empty()) arts.push_back(std::move(a));
  }
  auto t0 = std::chrono::steady_clock::now();
  auto actors = actorgraph::ActorDictionary::builtin();
  auto relations = actorgraph::RelationLexicon::builtin();
  auto ex = actorgraph::make_pattern_extractor(actors, relations);
  auto t1 = std::chrono::steady_clock::now();
  std::vector<actorgraph::Triple> out;
  std::size_t triples = 0;
  const std::clock_t c1 = std::clock();
  for (const auto& a : arts) {
    out.clear();
    ex->extract(a, out);
    triples += out.size();
    if (!bench)
      for (const auto& t : out) std::cout << json_of(t) << '\n';
  }
  auto t2 = std::chrono::steady_clock::now();
  const std::clock_t c2 = std::clock();
  if (bench) {
    std::size_t sentences = 0;
    actorgraph::text::Document doc;
    for (const auto& a : arts) {
      actorgraph::text::analyse(a.text, doc);
      sentences += doc.sentences.size();
    }
    double s = std::chrono::duration<double>(t2 - t1).count();
    double cpu = static_cast<double>(c2 - c1) / CLOCKS_PER_SEC;
    std::fprintf(stderr,
                 "setup %.3f s; %zu articles, %zu sentences, %zu triples in %.3f s wall, %.3f s CPU: "
                 "%.0f sentences/s wall, %.0f sentences/s CPU\n",
                 std::chrono::duration<double>(t1 - t0).count(), arts.size(), sentences, triples, s, cpu,
                 static_cast<double>(sentences) / s, static_cast<double>(sentences) / cpu);
  }
  return 0;
}
