// to_json(const Triple&) and its inverse, triple_from_json.
#include "io/triple_json.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "io/article_json.hpp"
#include "io/concat.hpp"
#include "util/json_schema.hpp"

namespace actorgraph {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void key(JsonWriter& w, std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }

void str(JsonWriter& w, std::string_view k, std::string_view v) {
  key(w, k);
  w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}

void num(JsonWriter& w, std::string_view k, double v) {
  char buf[40];
  const std::size_t n = io::format_double(v, buf);
  key(w, k);
  w.RawValue(buf, n, rapidjson::kNumberType);
}

void span(JsonWriter& w, std::uint32_t b, std::uint32_t e) {
  key(w, "span");
  w.StartArray();
  w.Uint(b);
  w.Uint(e);
  w.EndArray();
}

void actor(JsonWriter& w, std::string_view k, const ActorMention& m) {
  key(w, k);
  w.StartObject();
  str(w, "id", m.actor.id);
  str(w, "name", m.actor.name);
  str(w, "type", to_string(m.actor.type));
  str(w, "country", m.actor.country);
  str(w, "sector", m.actor.sector);
  str(w, "code", m.actor.code);
  str(w, "mention", m.mention);
  span(w, m.begin, m.end);
  w.EndObject();
}

}  // namespace

std::string to_json(const Triple& t) {
  // One buffer per thread, reused: its capacity settles at the longest triple.
  thread_local rapidjson::StringBuffer sb;
  sb.Clear();
  JsonWriter w(sb);
  w.StartObject();
  str(w, "article", t.article);
  str(w, "date", t.date);
  if (!t.assumed_date.empty()) str(w, "assumed_date", t.assumed_date);
  key(w, "sentence");
  w.Uint(t.sentence);
  span(w, t.span_begin, t.span_end);
  actor(w, "subject", t.subject);
  key(w, "relation");
  w.StartObject();
  str(w, "text", t.relation.text);
  str(w, "lemma", t.relation.lemma);
  str(w, "cameo", t.relation.cameo);
  str(w, "root", t.relation.root);
  key(w, "quad");
  w.Int(t.relation.quad);
  num(w, "goldstein", t.relation.goldstein);
  str(w, "plover", t.relation.plover);
  w.EndObject();
  actor(w, "object", t.object);
  key(w, "negated");
  w.Bool(t.negated);
  if (t.reciprocal) {
    key(w, "reciprocal");
    w.Bool(true);
  }
  str(w, "modality", to_string(t.modality));
  if (!t.claimant.empty()) str(w, "claimant", t.claimant);
  if (!t.audience.empty()) str(w, "audience", t.audience);
  num(w, "confidence", t.confidence);
  str(w, "extractor", t.extractor);
  str(w, "rule", t.rule);
  str(w, "sentence_text", t.sentence_text);
  w.EndObject();
  return std::string(sb.GetString(), sb.GetSize());
}

namespace io {
namespace {

std::string get_string(const rapidjson::Value& obj, const char* name) {
  auto it = obj.FindMember(name);
  if (it == obj.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

void get_span(const rapidjson::Value& obj, std::uint32_t& b, std::uint32_t& e) {
  auto it = obj.FindMember("span");
  b = e = 0;
  if (it == obj.MemberEnd() || !it->value.IsArray() || it->value.Size() != 2) return;
  if (it->value[0].IsUint()) b = it->value[0].GetUint();
  if (it->value[1].IsUint()) e = it->value[1].GetUint();
}

void get_actor(const rapidjson::Value& obj, ActorMention& m) {
  m.actor.id = get_string(obj, "id");
  m.actor.name = get_string(obj, "name");
  if (!parse_actor_type(get_string(obj, "type"), m.actor.type)) m.actor.type = ActorType::unknown;
  m.actor.country = get_string(obj, "country");
  m.actor.sector = get_string(obj, "sector");
  m.actor.code = get_string(obj, "code");
  m.actor.aliases.clear();
  m.mention = get_string(obj, "mention");
  get_span(obj, m.begin, m.end);
}

}  // namespace

std::size_t format_double(double v, char* buf) {
  if (!std::isfinite(v)) v = 0;
  if (v == 0) v = 0;  // no "-0.0"
  auto [end, ec] = std::to_chars(buf, buf + 32, v);
  std::size_t n = ec == std::errc() ? static_cast<std::size_t>(end - buf) : 0;
  if (n == 0) {
    std::memcpy(buf, "0.0", 3);
    return 3;
  }
  if (!std::memchr(buf, '.', n) && !std::memchr(buf, 'e', n)) {
    buf[n++] = '.';
    buf[n++] = '0';
  }
  return n;
}

bool triple_from_json(std::string_view json, Triple& out, std::string& error) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (doc.HasParseError()) {
    error = parse_error_message(doc.GetParseError(), doc.GetErrorOffset(), true);
    return false;
  }
  std::string field, message;
  if (!json::triple_schema().check(doc, field, message)) {
    error = cat({"field '", field, "': ", message});
    return false;
  }
  out.article = get_string(doc, "article");
  out.date = get_string(doc, "date");
  out.assumed_date = get_string(doc, "assumed_date");
  out.sentence = doc["sentence"].GetUint();
  get_span(doc, out.span_begin, out.span_end);
  out.sentence_text = get_string(doc, "sentence_text");
  get_actor(doc["subject"], out.subject);
  get_actor(doc["object"], out.object);
  const auto& r = doc["relation"];
  out.relation.text = get_string(r, "text");
  out.relation.lemma = get_string(r, "lemma");
  out.relation.cameo = get_string(r, "cameo");
  out.relation.root = get_string(r, "root");
  auto quad = r.FindMember("quad");
  out.relation.quad = quad != r.MemberEnd() && quad->value.IsInt() ? quad->value.GetInt() : 0;
  auto gold = r.FindMember("goldstein");
  out.relation.goldstein = gold != r.MemberEnd() && gold->value.IsNumber() ? gold->value.GetDouble() : 0;
  out.relation.plover = get_string(r, "plover");
  out.negated = doc["negated"].GetBool();
  out.reciprocal = doc.HasMember("reciprocal") && doc["reciprocal"].IsBool() && doc["reciprocal"].GetBool();
  if (!parse_modality(get_string(doc, "modality"), out.modality)) out.modality = Modality::asserted;
  out.claimant = get_string(doc, "claimant");
  out.audience = get_string(doc, "audience");
  auto conf = doc.FindMember("confidence");
  out.confidence = conf != doc.MemberEnd() && conf->value.IsNumber() ? conf->value.GetDouble() : 0;
  out.extractor = get_string(doc, "extractor");
  out.rule = get_string(doc, "rule");
  return true;
}

}  // namespace io
}  // namespace actorgraph
