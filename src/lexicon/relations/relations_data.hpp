// The data files of src/lexicon/relations/data/, compiled in by src/util/embed.py.
// Internal to the relations component.
#pragma once

#include <array>
#include <string_view>

namespace actorgraph::relations_data {
extern const std::string_view cameo;        ///< data/cameo.json
extern const std::string_view word_lists;   ///< data/word_lists.json
extern const std::string_view statements;   ///< data/relations_statements.json (roots 01-05)
extern const std::string_view cooperation;  ///< data/relations_cooperation.json (roots 06-09)
extern const std::string_view conflict;     ///< data/relations_conflict.json (roots 10-20)

/// One built-in lexicon file: its name (for messages) and its text.
struct BuiltinFile {
  std::string_view name;
  const std::string_view* text;
};
inline constexpr std::array<BuiltinFile, 3> kLexiconFiles{{
    {"builtin:relations_statements.json", &statements},
    {"builtin:relations_cooperation.json", &cooperation},
    {"builtin:relations_conflict.json", &conflict},
}};
}  // namespace actorgraph::relations_data
