// Options shared by several commands: database, dictionaries, filters.
#pragma once

#include <iosfwd>
#include <string>

#include <memory>

#include "actorgraph/actor_dictionary.hpp"
#include "actorgraph/extractor.hpp"
#include "actorgraph/filter.hpp"
#include "actorgraph/relation_lexicon.hpp"
#include "cli/args.hpp"

namespace actorgraph::cli {

inline constexpr const char* kDefaultDb = "actorgraph.db";

void declare_db_option(Args& a);
std::string db_path(const Args& a);

/// --actors FILE and --relations FILE (repeatable). JSON files (.json) must
/// follow schemas/actors.schema.json / relations.schema.json; other files are
/// imported as Phoenix/PETRARCH or TABARI dictionaries.
void declare_dictionary_options(Args& a);

/// The built-in dictionaries extended by the user's files. Import problems
/// (bad lines of Phoenix/TABARI files) are written to `err` as warnings; a bad
/// JSON dictionary throws ParseError.
struct Dictionaries {
  ActorDictionary actors;
  RelationLexicon relations;
};
Dictionaries load_dictionaries(const Args& a, std::ostream& err);

/// --date YYYY[-MM[-DD]]: the date assumed for articles that carry none.
void declare_date_option(Args& a);
/// The --date value ("" when not given); UsageError when it is no date.
std::string read_assumed_date(const Args& a);
/// `e`, or (with an assumed date) `e` reading undated articles on that date;
/// `holder` keeps the wrapper alive.
const Extractor& dated(const Extractor& e, const std::string& date, std::unique_ptr<Extractor>& holder);

/// --since --until --cameo --root --quad --plover --min-mentions
/// --include-negated --include-hypothetical --type --country
void declare_filter_options(Args& a);
/// Reads and validates them (UsageError naming the option).
Filter read_filter(const Args& a);

}  // namespace actorgraph::cli
