// The CAMEO table (RelationLexicon::cameo_codes, cameo, complete): parsed once
// from the compiled-in data/cameo.json.
#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

#include "actorgraph/errors.hpp"
#include "actorgraph/relation_lexicon.hpp"
#include "lexicon/relations/relations_data.hpp"
#include "util/json_schema.hpp"

namespace actorgraph {
namespace {

constexpr const char* kFrameKeys[] = {"intent", "appeal", "demand", "reject", "threaten"};  // CameoFrame order

struct CameoTable {
  std::vector<CameoCode> codes;
  std::vector<std::array<std::string, 5>> frames;  // parallel to codes
  std::unordered_map<std::string_view, std::size_t> index;  // views into codes[i].code

  CameoTable() {
    rapidjson::Document doc;
    json::parse(relations_data::cameo, doc, "builtin:cameo.json");
    const auto& arr = doc["codes"];
    codes.reserve(arr.Size());
    for (const auto& v : arr.GetArray()) {
      CameoCode c;
      c.code = v["code"].GetString();
      c.name = v["name"].GetString();
      c.goldstein = v["goldstein"].GetDouble();
      c.quad = v["quad"].GetInt();
      c.plover = v["plover"].GetString();
      codes.push_back(std::move(c));
      auto& f = frames.emplace_back();
      for (std::size_t k = 0; k < f.size(); ++k)
        if (v.HasMember(kFrameKeys[k])) f[k] = v[kFrameKeys[k]].GetString();
    }
    for (std::size_t i = 0; i < codes.size(); ++i) index.emplace(codes[i].code, i);
  }
};

const CameoTable& table() {
  static const CameoTable t;
  return t;
}

}  // namespace

const std::vector<CameoCode>& RelationLexicon::cameo_codes() noexcept { return table().codes; }

const CameoCode* RelationLexicon::cameo(std::string_view code) noexcept {
  const auto& t = table();
  auto it = t.index.find(code);
  return it == t.index.end() ? nullptr : &t.codes[it->second];
}

std::string_view RelationLexicon::framed(std::string_view code, CameoFrame frame) noexcept {
  const auto& t = table();
  auto it = t.index.find(code);
  if (it == t.index.end()) return {};
  return t.frames[it->second][static_cast<std::size_t>(frame)];
}

void RelationLexicon::complete(Relation& r) noexcept {
  if (r.cameo.size() < 2) return;
  const CameoCode* c = cameo(r.cameo);
  if (r.root.empty()) r.root = r.cameo.substr(0, 2);
  const CameoCode* root = cameo(r.root);
  if (!c) c = root;
  if (!c) return;
  if (r.quad == 0) r.quad = c->quad;
  if (r.goldstein == 0) r.goldstein = c->goldstein;
  if (r.plover.empty()) r.plover = c->plover;
}

}  // namespace actorgraph
