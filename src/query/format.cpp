#include "query/format.hpp"

namespace actorgraph::query {

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string fit(std::string_view s, std::size_t width) {
  std::size_t w = display_width(s);
  if (w <= width) return std::string(s) + std::string(width - w, ' ');
  std::string out;
  std::size_t cols = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (cols + 1 >= width) break;
      ++cols;
    }
    out += s[i];
  }
  // Drop a cut multi-byte sequence's lead bytes left dangling.
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0) out.pop_back();
  return out + "…";
}

std::string describe(const Actor& a) {
  std::string s = a.name + " (" + std::string(to_string(a.type));
  if (!a.country.empty()) s += ", " + a.country;
  if (!a.code.empty() && a.code != a.country) s += ", " + a.code;
  return s + ")";
}

std::string describe(const Relation& r, bool negated) {
  std::string s = negated ? "NOT " : "";
  s += r.lemma.empty() ? r.text : r.lemma;
  if (!r.cameo.empty() || !r.plover.empty()) {
    s += " [";
    s += r.cameo;
    if (!r.plover.empty()) s += (r.cameo.empty() ? "" : " ") + r.plover;
    s += "]";
  }
  return s;
}

std::string date_range(const std::string& first, const std::string& last) {
  if (first.empty() && last.empty()) return "undated";
  if (first == last || last.empty()) return first;
  if (first.empty()) return last;
  return first + ".." + last;
}

std::string quote_sentence(std::string_view s, std::size_t width) {
  std::string flat;
  flat.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !flat.empty()) flat += ' ';
    space = false;
    flat += c;
  }
  if (display_width(flat) > width) {
    std::string cut = fit(flat, width);
    return "\"" + cut + "\"";
  }
  return "\"" + flat + "\"";
}

void key(JsonWriter& w, std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
void str(JsonWriter& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void write_actor(JsonWriter& w, const Actor& a) {
  w.StartObject();
  key(w, "id"), str(w, a.id);
  key(w, "name"), str(w, a.name);
  key(w, "type"), str(w, to_string(a.type));
  key(w, "country"), str(w, a.country);
  key(w, "sector"), str(w, a.sector);
  key(w, "code"), str(w, a.code);
  w.EndObject();
}

void write_relation(JsonWriter& w, const Relation& r) {
  w.StartObject();
  key(w, "lemma"), str(w, r.lemma);
  key(w, "text"), str(w, r.text);
  key(w, "cameo"), str(w, r.cameo);
  key(w, "root"), str(w, r.root);
  key(w, "quad"), w.Int(r.quad);
  key(w, "goldstein"), w.Double(r.goldstein);
  key(w, "plover"), str(w, r.plover);
  w.EndObject();
}

void write_mention(JsonWriter& w, const Mention& m) {
  w.StartObject();
  key(w, "article"), str(w, m.article);
  key(w, "title"), str(w, m.title);
  key(w, "source"), str(w, m.source);
  key(w, "date"), str(w, m.date);
  key(w, "sentence_index"), w.Uint(m.sentence);
  key(w, "span");
  w.StartArray();
  w.Uint(m.begin);
  w.Uint(m.end);
  w.EndArray();
  key(w, "sentence"), str(w, m.sentence_text);
  key(w, "subject_mention"), str(w, m.subject_mention);
  key(w, "relation_text"), str(w, m.relation_text);
  key(w, "object_mention"), str(w, m.object_mention);
  key(w, "modality"), str(w, to_string(m.modality));
  if (!m.claimant.empty()) key(w, "claimant"), str(w, m.claimant);
  w.EndObject();
}

void write_edge_counts(JsonWriter& w, const EdgeInfo& e) {
  key(w, "negated"), w.Bool(e.negated);
  key(w, "mentions"), w.Uint(e.mentions);
  key(w, "factual"), w.Uint(e.factual);
  key(w, "articles"), w.Uint(e.articles);
  key(w, "sources"), w.Uint(e.sources);
  key(w, "first_date"), str(w, e.first_date);
  key(w, "last_date"), str(w, e.last_date);
}

void flush_json(const rapidjson::StringBuffer& sb, std::ostream& out) {
  out.write(sb.GetString(), static_cast<std::streamsize>(sb.GetSize()));
  out << '\n';
}

}  // namespace actorgraph::query
