#include "lexicon/actors/json_loader.hpp"

#include <unordered_map>
#include <vector>

#include <rapidjson/document.h>

#include "actorgraph/errors.hpp"
#include "lexicon/actors/json_locate.hpp"
#include "util/json_schema.hpp"

namespace actorgraph::actors {
namespace {

std::string str(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::vector<std::string> strings(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
  out.reserve(it->value.Size());
  for (const auto& v : it->value.GetArray())
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

ActorType type_of(const rapidjson::Value& obj) {
  ActorType t = ActorType::unknown;
  parse_actor_type(str(obj, "type"), t);
  return t;
}

ActorEntry to_actor(const rapidjson::Value& v) {
  ActorEntry e;
  e.actor.id = str(v, "id");
  e.actor.name = str(v, "name");
  e.actor.type = type_of(v);
  e.actor.country = str(v, "country");
  e.actor.sector = str(v, "sector");
  e.actor.code = str(v, "code");
  e.actor.aliases = strings(v, "aliases");
  e.adjectives = strings(v, "adjectives");
  e.metonyms = strings(v, "metonyms");
  e.gender = str(v, "gender");
  e.surname = str(v, "surname");
  if (e.surname.empty() && e.actor.type == ActorType::person) e.surname = default_surname(e.actor.name);
  auto roles = v.FindMember("roles");
  if (roles != v.MemberEnd() && roles->value.IsArray()) {
    for (const auto& r : roles->value.GetArray()) {
      if (!r.IsObject()) continue;
      Role role;
      role.title = str(r, "title");
      role.country = str(r, "country");
      role.org = str(r, "org");
      role.sector = str(r, "sector");
      role.code = str(r, "code");
      role.from = str(r, "from");
      role.to = str(r, "to");
      e.roles.push_back(std::move(role));
    }
  }
  return e;
}

AgentEntry to_agent(const rapidjson::Value& v) {
  AgentEntry a;
  a.id = str(v, "id");
  a.forms = strings(v, "forms");
  a.sector = str(v, "sector");
  a.type = ActorType::group;
  if (v.HasMember("type")) a.type = type_of(v);
  auto p = v.FindMember("person");
  a.person = p != v.MemberEnd() && p->value.IsBool() && p->value.GetBool();
  a.title = str(v, "title");
  if (auto r = v.FindMember("refers"); r != v.MemberEnd() && r->value.IsString())
    parse_actor_type(std::string_view(r->value.GetString(), r->value.GetStringLength()), a.refers);
  return a;
}

NameWords to_name_words(const rapidjson::Value& v) {
  NameWords w;
  static constexpr std::string_view kWhere[] = {"head", "first", "before", "after", "name"};
  static constexpr std::string_view kTypes[] = {"person", "organization", "group", "place", "event", "document", "product"};
  const std::string where = str(v, "where"), type = str(v, "type");
  for (std::size_t i = 0; i < std::size(kWhere); ++i)
    if (where == kWhere[i]) w.where = static_cast<NameWhere>(i);
  for (std::size_t i = 0; i < std::size(kTypes); ++i)
    if (type == kTypes[i]) w.type = static_cast<NameType>(i);
  w.sector = str(v, "sector");
  w.words = strings(v, "words");
  return w;
}

[[noreturn]] void fail(std::string_view text, const std::string& origin, const std::string& field,
                       const std::string& message) {
  throw ParseError(origin, line_of_path(text, field), field, message);
}

// Checks what the schema cannot express: ids unique within the file and
// roles that end before they start.
void check_semantics(std::string_view text, const std::string& origin, const rapidjson::Value& list,
                     const char* member) {
  std::unordered_map<std::string, std::size_t> first_line;
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    const auto& v = list[i];
    const std::string base = std::string(member) + "[" + std::to_string(i) + "]";
    const std::string id = str(v, "id");
    auto [it, inserted] = first_line.emplace(id, 0);
    if (inserted) {
      it->second = line_of_path(text, base);
    } else {
      fail(text, origin, base + ".id",
           "duplicate id '" + id + "' (first defined on line " + std::to_string(it->second) + ")");
    }
    auto roles = v.FindMember("roles");
    if (roles == v.MemberEnd()) continue;
    for (rapidjson::SizeType k = 0; k < roles->value.Size(); ++k) {
      const std::string from = str(roles->value[k], "from");
      const std::string to = str(roles->value[k], "to");
      if (!from.empty() && !to.empty() && to.compare(0, std::string::npos, from.substr(0, to.size())) < 0)
        fail(text, origin, base + ".roles[" + std::to_string(k) + "].to",
             "'" + to + "' is before 'from' " + from);
    }
  }
}

}  // namespace

void load_json(std::string_view text, const std::string& origin, DictionaryData& data, bool validate) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a UTF-8 byte-order mark (no newline)
  rapidjson::Document doc;
  std::string buffer;  // compiled-in data: parsed in place, no string copies inside RapidJSON
  if (validate) {
    json::parse(text, doc, origin);
  } else {
    buffer.assign(text);
    doc.ParseInsitu(buffer.data());
    if (doc.HasParseError())
      throw ParseError(origin, json::line_of_offset(text, doc.GetErrorOffset()), "", "malformed JSON");
  }
  if (!doc.IsObject()) throw ParseError(origin, 1, "(document)", "must be of type \"object\"");
  if (validate) {
    std::string field, message;
    if (!json::actors_schema().check(doc, field, message)) fail(text, origin, field, message);
  }
  auto actors = doc.FindMember("actors");
  auto agents = doc.FindMember("agents");
  const bool has_actors = actors != doc.MemberEnd() && actors->value.IsArray();
  const bool has_agents = agents != doc.MemberEnd() && agents->value.IsArray();
  if (validate) {
    if (has_actors) check_semantics(text, origin, actors->value, "actors");
    if (has_agents) check_semantics(text, origin, agents->value, "agents");
  }
  if (has_actors) {
    data.actors.reserve(data.actors.size() + actors->value.Size());
    for (const auto& v : actors->value.GetArray())
      if (v.IsObject()) data.put_actor(to_actor(v));
  }
  if (has_agents) {
    for (const auto& v : agents->value.GetArray())
      if (v.IsObject()) data.put_agent(to_agent(v));
  }
  if (auto words = doc.FindMember("name_words"); words != doc.MemberEnd() && words->value.IsArray())
    for (const auto& v : words->value.GetArray())
      if (v.IsObject()) data.name_words.push_back(to_name_words(v));
  data.reindex();
}

}  // namespace actorgraph::actors
