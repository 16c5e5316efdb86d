#include "lexicon/relations/word_lists.hpp"

#include "actorgraph/errors.hpp"
#include "lexicon/relations/relations_data.hpp"
#include "util/json_schema.hpp"

namespace actorgraph::relations {

const std::vector<std::string>& WordLists::words(std::string_view name) const noexcept {
  static const std::vector<std::string> none;
  for (const auto& [n, w] : classes_)
    if (n == name) return w;
  return none;
}

WordLists WordLists::parse(std::string_view text, const std::string& origin) {
  rapidjson::Document doc;
  json::parse(text, doc, origin);
  std::string field, message;
  if (!json::word_lists_schema().check(doc, field, message)) {
    if (message.find("'additionalProperties'") != std::string::npos) message = "is not a known field";
    throw ParseError(origin, 1, field, message);
  }
  WordLists w;
  for (const auto& c : doc["classes"].GetObject()) {
    std::vector<std::string> words;
    for (const auto& v : c.value["words"].GetArray()) words.emplace_back(v.GetString(), v.GetStringLength());
    w.classes_.emplace_back(std::string(c.name.GetString(), c.name.GetStringLength()), std::move(words));
  }
  return w;
}

const WordLists& word_lists() {
  static const WordLists w = WordLists::parse(relations_data::word_lists, "builtin:word_lists.json");
  return w;
}

}  // namespace actorgraph::relations
