// Turning one parsed JSON article into an Article: schema validation and
// normalisation. Internal to io.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "actorgraph/article.hpp"
#include "actorgraph/reader.hpp"

namespace actorgraph::io {

/// Validates `v` against json::article_schema() plus the rules a schema
/// cannot state (text with a non-space character, a real calendar date) and
/// fills `out` (id, date, title, text, source, url): integer ids become
/// strings, nulls become "", "YYYYMMDD", "YYMMDD" (30-99 are 19yy) and
/// "YYYY-MM-DDThh:mm…" dates become "YYYY-MM-DD". A missing or empty id is left empty for the caller to derive.
/// Returns false and sets `field`/`message` when the article is rejected.
bool article_from_json(const rapidjson::Value& v, Article& out, std::string& field, std::string& message);

/// Normalises a date string accepted by the schema to "YYYY-MM-DD"; returns
/// false (with `message`) when it is not a real calendar date.
bool normalise_date(std::string_view in, std::string& out, std::string& message);

/// "malformed JSON: <reason> at column N" for a RapidJSON parse error at byte
/// `offset` of a one-line document.
std::string parse_error_message(int code, std::size_t offset, bool show_column);

/// For a line known to hold invalid UTF-8: the name of the top-level field
/// whose string value holds it, or "" when it cannot be told.
std::string field_with_invalid_utf8(std::string_view line);

}  // namespace actorgraph::io
