// Internal: reads actor dictionaries in the JSON format of
// schemas/actors.schema.json into DictionaryData.
#pragma once

#include <string>
#include <string_view>

#include "lexicon/actors/dictionary_data.hpp"

namespace actorgraph::actors {

/// Parses `text` (named `origin` in messages) and adds its actors and agents
/// to `data`, replacing entries with the same id, then reindexes. With
/// `validate` the document is checked against the actors schema and for
/// duplicate ids and inverted role dates first; the first problem throws
/// ParseError(origin, line of the bad value, field path, message) and leaves
/// `data` unchanged. Without it (compiled-in data, validated at build time)
/// only JSON syntax is checked.
void load_json(std::string_view text, const std::string& origin, DictionaryData& data, bool validate);

}  // namespace actorgraph::actors
