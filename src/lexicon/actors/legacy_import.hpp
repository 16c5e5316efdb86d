// Internal: importers for the TABARI/PETRARCH dictionary formats.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/actors/dictionary_data.hpp"

namespace actorgraph::actors {

/// Which legacy format a file holds.
enum class LegacyFormat { json, actors, agents };

/// Detects the format from the content (JSON object; agent code blocks
/// "[~GOV]"/"[NGO~]"; otherwise actors), using the file name ("*.agents",
/// "*agents*.txt") when the content is ambiguous.
LegacyFormat detect_format(std::string_view text, std::string_view path);

/// Imports a Phoenix/TABARI actors file ("XI_JINPING_", "+ALIAS" lines,
/// "[CHNGOV 130314-]" dated codes, '#' and ';' comments, <NOUN>…</NOUN>
/// blocks skipped, "~~FINISH" ends). Consecutive names without codes form a
/// group that shares the codes that follow (the first is the name, the others
/// aliases); a blank line ends an uncoded group. Entries whose id exists are merged
/// (aliases and roles added). Returns "FILE:LINE: message" for bad lines.
std::vector<std::string> import_actors(std::string_view text, const std::string& origin, DictionaryData& data);

/// Imports a Phoenix/TABARI agents file ("!PERSON! = MAN, MEN" substitution
/// sets, "NOUN {PLURAL} [~CODE]", regular plurals generated). Agents whose
/// id exists get the new forms. Returns "FILE:LINE: message" for bad lines.
std::vector<std::string> import_agents(std::string_view text, const std::string& origin, DictionaryData& data);

}  // namespace actorgraph::actors
