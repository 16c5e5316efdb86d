// The plain-text article format. Internal to io.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "actorgraph/article.hpp"

namespace actorgraph::io {

/// Where and why a plain-text article was rejected.
struct TextProblem {
  std::size_t line = 0;
  std::string field;
  std::string message;
};

/// Parses one plain-text article: the first non-blank line is the title; a
/// leading "date YYYY-MM-DD" on that line (case-insensitive "date", optional
/// ':') sets the date and is removed from the title; everything after the
/// title line, trimmed of surrounding white space, is the text. Fills
/// out.title/date/text (not id). Returns false with `problem` for an empty
/// file, invalid UTF-8 (naming its line), a bad date or an empty text.
bool parse_plain_text(std::string_view content, Article& out, TextProblem& problem);

/// Splits a leading "date YYYY-MM-DD" off `title_line`. Returns true when
/// present, with `date` the raw date and `rest` the remaining title
/// (trimmed); false leaves both untouched.
bool split_date_prefix(std::string_view title_line, std::string_view& date, std::string_view& rest);

}  // namespace actorgraph::io
