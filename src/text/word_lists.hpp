// Internal: closed word lists used by the tokeniser and sentence splitter.
#pragma once

#include <string_view>

namespace actorgraph::text::detail {

/// How an abbreviation that keeps its final period behaves at a sentence end.
enum class AbbrevKind : unsigned char {
  none,     ///< not an abbreviation
  title,    ///< precedes a name ("Mr.", "Gen.", "Dr."): never ends a sentence
  numeral,  ///< only an abbreviation before a number ("No. 1", "Nos. 3")
  other,    ///< "Inc.", "Feb.", "etc.": ends a sentence only before a common sentence starter
  proper,   ///< like `other`, but only when capitalised ("Ill.", "Wash.", "Del.": US states)
};

/// Kind of the lower-case word `w` (without its period) when a period follows it.
AbbrevKind abbreviation_kind(std::string_view w) noexcept;

/// True for lower-case words that commonly begin a sentence ("the", "he", "but").
bool is_sentence_starter(std::string_view w) noexcept;

/// True for lower-case reporting verbs that follow a quotation ("said", "asked").
bool is_reporting_verb(std::string_view w) noexcept;

/// True for lower-case words after which "'s" is "is"/"has"/"us", not a possessive.
bool is_non_possessive_host(std::string_view w) noexcept;

}  // namespace actorgraph::text::detail
