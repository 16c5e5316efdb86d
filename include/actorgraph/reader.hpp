// Article readers: JSON Lines, JSON arrays, plain text, directories, stdin.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "actorgraph/article.hpp"

namespace actorgraph {

/// One rejected article or unreadable input, with where and why.
struct ReadProblem {
  std::string file;       ///< path as given ("-" for stdin)
  std::size_t line = 0;   ///< 1-based line, 0 when not applicable
  std::string field;      ///< JSON field ("text", "date" …), empty when not applicable
  std::string message;    ///< what is wrong, without the location
  /// "FILE:LINE: field 'FIELD': MESSAGE"
  std::string to_string() const;
};

/// Streams articles from the given paths, in order, calling `on_article` for
/// each accepted article and `on_problem` for each rejected one (a malformed
/// JSON line, a missing/empty/mistyped field, invalid UTF-8, an empty file, a
/// directory with no articles, a path that does not exist).
///
/// Formats by extension: ".jsonl"/".ndjson" one JSON article per line; ".json"
/// a JSON array of articles (or one article object); ".txt" (and any other
/// regular file) plain text whose first non-empty line is the title, with an
/// optional leading "date YYYY-MM-DD" on that line; a directory is walked
/// recursively in sorted order (only .jsonl .ndjson .json .txt files); "-"
/// reads stdin as JSON Lines when its first non-blank byte is '{', else as
/// plain text. Every JSON article is validated against
/// schemas/article.schema.json (compiled in).
///
/// Never throws for bad data; throws only when a callback throws. Memory stays
/// bounded by the largest single article (JSON arrays excepted, which are
/// parsed whole).
void read_articles(const std::vector<std::string>& paths,
                   const std::function<void(Article&&)>& on_article,
                   const std::function<void(const ReadProblem&)>& on_problem);

}  // namespace actorgraph
