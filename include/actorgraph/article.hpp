// Article: one news story as read from the input.
#pragma once

#include <cstddef>
#include <string>

namespace actorgraph {

/// One news article. Plain value type; all strings are valid UTF-8 once the
/// reader has accepted the article.
struct Article {
  std::string id;      ///< unique within a database; readers derive one when absent
  std::string date;    ///< ISO 8601 "YYYY-MM-DD" (may be empty when unknown)
  std::string title;   ///< may be empty
  std::string text;    ///< body text, never empty for an accepted article
  std::string source;  ///< publisher or feed name, may be empty
  std::string url;     ///< may be empty
  // Where the article came from, for messages and provenance.
  std::string origin_file;     ///< path as given on the command line ("-" for stdin)
  std::size_t origin_line = 0; ///< 1-based line (JSON Lines) or 0
};

/// A stable content hash of an article (id, date, title, text, source, url),
/// hex encoded; used to recognise a re-ingested, unchanged article.
std::string content_hash(const Article& a);

}  // namespace actorgraph
