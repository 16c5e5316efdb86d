// Internal: the pieces of the TABARI/PETRARCH dictionary syntax shared by the
// actor and agent importers: code blocks ("[CHNGOV 130314-]"), dates
// (YYMMDD/YYYYMMDD), CAMEO code structure and phrase spelling
// ("XI_JINPING_" -> "Xi Jinping").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/actor.hpp"

namespace actorgraph::actors {

/// One bracketed code block of an actor entry.
struct CodeBlock {
  std::string code;  ///< "CHNGOV"; "" for the null code [---]
  std::string from;  ///< ISO date or ""
  std::string to;    ///< ISO date or ""
  bool discard = false;  ///< [###]: the phrase marks a story to discard
  bool complex = false;  ///< [+++]: complexity marker
};

/// Parses the inside of "[...]" ("CHNGOV 130314-", "USAGOV <011214",
/// "HOBREB > 990816", "ELR/GAL"). Alternatives separated by '/' give one
/// block each. Returns false and sets `error` for a malformed block.
bool parse_code_block(std::string_view inside, std::vector<CodeBlock>& out, std::string& error);

/// "130314" -> "2013-03-14", "19270101" -> "1927-01-01" (two-digit years
/// below 30 are 20YY, as in the Phoenix files compiled in 2014). Returns ""
/// for anything else.
std::string iso_date(std::string_view yymmdd);

/// Splits a CAMEO code into its first three letters when they name a
/// country or region (not IGO/NGO/IMG/MNC …) and the rest as sector
/// ("CHNGOVMIL" -> "CHN", "GOVMIL"; "IGOUNO" -> "", "IGOUNO").
void split_code(std::string_view code, std::string& country, std::string& sector);

/// The actor type a code suggests ("CHN" country, "…MIL" military, "…MED"
/// media, "IGO…"/"NGO…" organisation, "…REB"/"…UAF"/"IMG…" group,
/// "…GOV" government).
ActorType type_of_code(std::string_view code);
/// The same for a sector alone ("GOV", "MIL", "NGO"; agents have no country).
ActorType type_of_sector(std::string_view sector);

/// A dictionary phrase as display text: '_' -> ' ', trailing '_'/'=' and
/// spaces dropped, words capitalised ("AL-QAEDA_IN_IRAQ" -> "Al-Qaeda in
/// Iraq"); one short word stays upper case ("IMF", "UN").
std::string display_phrase(std::string_view phrase);

/// The same phrase as a lower-case agent form ("FOREIGN_MINISTRY_" -> "foreign ministry").
std::string form_phrase(std::string_view phrase);

}  // namespace actorgraph::actors
