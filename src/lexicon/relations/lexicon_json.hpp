// Reading relation lexicon JSON (schemas/relations.schema.json) into entries,
// with errors located at the offending entry's line. Internal.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/relation_lexicon.hpp"

namespace actorgraph::relations {

/// Parses and validates a lexicon document and appends its entries to `out`
/// in file order (codes completed from the CAMEO table, overrides applied).
/// Throws ParseError(origin, line, field, message): line is the 1-based line
/// where the bad entry starts (or the syntax error's line), field is a path
/// such as "relations[3].cameo". Nothing is appended when it throws.
void parse_lexicon(std::string_view json, const std::string& origin, std::vector<RelationEntry>& out);

/// Byte offsets where the elements of the array value of the root object's
/// member `key` start. `json` must be syntactically valid; empty when absent.
std::vector<std::size_t> array_element_offsets(std::string_view json, std::string_view key);

/// Normalises a pattern (lower case, single spaces). Returns "" and sets
/// `error` when a token is not a word, "+" or "*", or "+" occurs twice.
std::string normalise_pattern(std::string_view pattern, std::string& error);

/// The default lemma phrase of an entry: head and pattern words ("+"/"*" dropped).
std::string default_lemma(std::string_view head, std::string_view pattern);

}  // namespace actorgraph::relations
