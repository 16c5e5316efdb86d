// Import of CAMEO verb-pattern dictionaries into relation lexicon entries:
// PETRARCH (CAMEO.2.0.txt: synonym sets, "--- NAME [code] ---" verb blocks,
// "- * WORDS + [code]" patterns shared by every verb of the block) and TABARI
// (.verbs: <SYNSETS>, verb lines "VERB [code]" each with its own patterns).
// Internal to the relations component.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/relation_lexicon.hpp"

namespace actorgraph::relations {

/// Reads a PETRARCH or TABARI verb dictionary (the format is detected from the
/// text) and appends the entries that map onto our pattern language (head
/// verb, then words, "+" object and "*" skip; synonym sets and alternatives
/// are expanded) to `out`. A pattern that names no target gets one after its
/// words ("- * AID [070]" under RUSH -> head "rush", pattern "aid * +"); a
/// verb with a code of its own or of its block gets the direct-object entry
/// (empty pattern). What does not map (words before the verb, an object
/// before the verb, target-only or null codes, codes outside the CAMEO table,
/// compound markers) is skipped and reported: up to three "FILE:LINE: message"
/// examples per kind of problem, then one "FILE: ..." summary line with the
/// counts. Throws ParseError when the file cannot be read.
std::vector<std::string> import_verb_dictionary(const std::string& path, std::vector<RelationEntry>& out);

/// As above, for text already in memory; `origin` names it in messages.
std::vector<std::string> import_verb_dictionary_text(std::string_view text, const std::string& origin,
                                                     std::vector<RelationEntry>& out);

}  // namespace actorgraph::relations
