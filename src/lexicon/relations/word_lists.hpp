// The closed word classes the extraction engine and the recogniser read
// beside the relation lexicon (speech verbs, control verbs, negators,
// determiners, titles …): data in data/word_lists.json, compiled in and
// checked against schemas/word_lists.schema.json. The engine's WordClass
// bits (src/extract/model.hpp) are named by the class names here.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actorgraph::relations {

/// The word classes of one word-list document. Immutable after parse();
/// thread-safe reads.
class WordLists {
 public:
  /// The classes in the document's order: (name, words).
  const std::vector<std::pair<std::string, std::vector<std::string>>>& classes() const noexcept {
    return classes_;
  }
  /// The words of class `name`; empty when there is no such class.
  const std::vector<std::string>& words(std::string_view name) const noexcept;

  /// Parses and schema-checks a word-list document. Throws
  /// ParseError(origin, line, field, message) when it is malformed.
  static WordLists parse(std::string_view json, const std::string& origin);

 private:
  std::vector<std::pair<std::string, std::vector<std::string>>> classes_;
};

/// The compiled-in lists (parsed once, on first use; thread-safe).
const WordLists& word_lists();

}  // namespace actorgraph::relations
