#include "lexicon/relations/lexicon_json.hpp"

#include <cctype>
#include <unordered_map>

#include "actorgraph/errors.hpp"
#include "actorgraph/text.hpp"
#include "util/json_schema.hpp"

namespace actorgraph::relations {
namespace {

// Index of the first "[N]" in a readable field path ("relations[3].cameo" -> 3).
std::size_t entry_index(const std::string& field, std::size_t fallback) {
  auto open = field.find('[');
  auto close = field.find(']', open);
  if (open == std::string::npos || close == std::string::npos) return fallback;
  std::size_t n = 0;
  for (std::size_t i = open + 1; i < close; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(field[i]))) return fallback;
    n = n * 10 + static_cast<std::size_t>(field[i] - '0');
  }
  return n;
}

std::size_t skip_string(std::string_view s, std::size_t i) {  // i at the opening quote
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\') ++i;
    else if (s[i] == '"') return i + 1;
  }
  return s.size();
}

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '-' || c == '.';
}

}  // namespace

std::vector<std::size_t> array_element_offsets(std::string_view s, std::string_view key) {
  std::vector<std::size_t> out;
  int depth = 0;
  std::size_t i = 0;
  bool want_array = false;  // the root member `key` was just read
  int array_depth = -1;     // depth inside the wanted array
  bool expect_element = false;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ':') {
      ++i;
      continue;
    }
    if (expect_element && c != ']') {
      out.push_back(i);
      expect_element = false;
    }
    if (c == '"') {
      std::size_t end = skip_string(s, i);
      if (depth == 1 && array_depth < 0) {
        std::size_t j = end;
        while (j < s.size() && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t')) ++j;
        if (j < s.size() && s[j] == ':' && s.substr(i + 1, end - i - 2) == key) want_array = true;
      }
      i = end;
      continue;
    }
    if (c == '{' || c == '[') {
      ++depth;
      if (want_array && c == '[' && depth == 2) {
        array_depth = depth;
        expect_element = true;
      }
      want_array = false;
    } else if (c == '}' || c == ']') {
      if (depth == array_depth) return out;
      --depth;
    } else if (c == ',') {
      if (depth == array_depth) expect_element = true;
    } else {
      want_array = false;
    }
    ++i;
  }
  return out;
}

std::string normalise_pattern(std::string_view pattern, std::string& error) {
  std::string out;
  int objects = 0;
  std::size_t i = 0;
  while (i < pattern.size()) {
    while (i < pattern.size() && pattern[i] == ' ') ++i;
    std::size_t b = i;
    while (i < pattern.size() && pattern[i] != ' ') ++i;
    if (b == i) break;
    std::string tok(pattern.substr(b, i - b));
    for (auto& ch : tok) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (tok == "+") {
      if (++objects > 1) {
        error = "has more than one '+' (object slot)";
        return "";
      }
    } else if (tok != "*") {
      for (char ch : tok) {
        if (!is_word_char(ch)) {
          error = "token '" + tok + "' is not a word, '+' or '*'";
          return "";
        }
      }
    }
    if (!out.empty()) out += ' ';
    out += tok;
  }
  return out;
}

std::string default_lemma(std::string_view head, std::string_view pattern) {
  std::string out(head);
  std::size_t i = 0;
  while (i < pattern.size()) {
    std::size_t e = pattern.find(' ', i);
    if (e == std::string_view::npos) e = pattern.size();
    std::string_view tok = pattern.substr(i, e - i);
    if (!tok.empty() && tok != "+" && tok != "*") {
      out += ' ';
      out += tok;
    }
    i = e + 1;
  }
  return out;
}

void parse_lexicon(std::string_view text, const std::string& origin, std::vector<RelationEntry>& out) {
  rapidjson::Document doc;
  json::parse(text, doc, origin);
  std::vector<std::size_t> offsets;  // computed only when an error needs a line
  auto line_of = [&](std::size_t index) -> std::size_t {
    if (offsets.empty()) offsets = array_element_offsets(text, "relations");
    if (index < offsets.size()) return json::line_of_offset(text, offsets[index]);
    return 1;
  };
  std::string field, message;
  if (!json::relations_schema().check(doc, field, message)) {
    // the validator points at the unknown member itself
    if (message.find("'additionalProperties'") != std::string::npos) message = "is not a known field";
    std::size_t idx = entry_index(field, static_cast<std::size_t>(-1));
    throw ParseError(origin, idx == static_cast<std::size_t>(-1) ? 1 : line_of(idx), field, message);
  }
  const auto& arr = doc["relations"];
  std::vector<RelationEntry> entries;
  entries.reserve(arr.Size());
  std::unordered_map<std::string, std::size_t> seen;
  for (rapidjson::SizeType i = 0; i < arr.Size(); ++i) {
    const auto& v = arr[i];
    const std::string at = "relations[" + std::to_string(i) + "]";
    auto fail = [&](const char* member, const std::string& msg) {
      throw ParseError(origin, line_of(i), at + "." + member, msg);
    };
    const bool has_verb = v.HasMember("verb"), has_noun = v.HasMember("noun");
    if (has_verb == has_noun) fail(has_verb ? "noun" : "verb", "an entry needs exactly one of 'verb' and 'noun'");
    RelationEntry e;
    e.id = v["id"].GetString();
    e.nominal = has_noun;
    e.head = v[has_noun ? "noun" : "verb"].GetString();
    if (v.HasMember("pattern")) {
      std::string err;
      e.pattern = normalise_pattern(v["pattern"].GetString(), err);
      if (!err.empty()) fail("pattern", err);
      if (!e.pattern.empty() && (" " + e.pattern + " ").find(" + ") == std::string::npos)
        fail("pattern", "needs the object slot '+' (an empty pattern means the direct object)");
    }
    Relation& r = e.relation;
    r.cameo = v["cameo"].GetString();
    if (!RelationLexicon::cameo(r.cameo)) fail("cameo", "'" + r.cameo + "' is not a CAMEO event code");
    r.lemma = v.HasMember("lemma") ? v["lemma"].GetString() : default_lemma(e.head, e.pattern);
    if (v.HasMember("plover")) r.plover = v["plover"].GetString();
    if (v.HasMember("quad")) r.quad = v["quad"].GetInt();
    if (v.HasMember("goldstein")) r.goldstein = v["goldstein"].GetDouble();
    if (v.HasMember("object_sense")) {
      // The schema checked the names; map each to its NounSense bit.
      for (const auto& name : v["object_sense"].GetArray()) {
        for (int k = 0; k < text::kNounSenseCount; ++k)
          if (name.GetString() == std::string_view(text::noun_sense_name(static_cast<text::NounSense>(k))))
            e.object_sense |= 1u << k;
      }
    }
    Relation table;
    table.cameo = r.cameo;
    RelationLexicon::complete(table);
    r.root = table.root;
    if (!v.HasMember("plover")) r.plover = table.plover;
    if (!v.HasMember("quad")) r.quad = table.quad;
    if (!v.HasMember("goldstein")) r.goldstein = table.goldstein;
    auto [it, fresh] = seen.emplace(e.id, i);
    if (!fresh)
      fail("id", "duplicate id '" + e.id + "' (first at line " + std::to_string(line_of(it->second)) + ")");
    entries.push_back(std::move(e));
  }
  for (auto& e : entries) out.push_back(std::move(e));
}

}  // namespace actorgraph::relations
