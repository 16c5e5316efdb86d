// JSON parsing with located errors, and JSON Schema validation against the
// schemas compiled into the binary (schemas/*.json). Internal: RapidJSON types
// stay out of include/.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace actorgraph::json {

/// 1-based line of byte `offset` in `text`.
std::size_t line_of_offset(std::string_view text, std::size_t offset);

/// Parses `text` into `doc`. On a syntax error or invalid UTF-8 throws
/// ParseError(origin, first_line + line of the error, "", message).
void parse(std::string_view text, rapidjson::Document& doc, const std::string& origin,
           std::size_t first_line = 1);

/// A compiled JSON Schema. Immutable; check() is thread-safe.
class Schema {
 public:
  explicit Schema(std::string_view schema_json);
  ~Schema();
  /// Returns true when `v` is valid; otherwise fills `field` with the
  /// offending field as a readable path ("text", "triples[2].subject") and
  /// `message` with what is wrong.
  bool check(const rapidjson::Value& v, std::string& field, std::string& message) const;
  /// Throws ParseError(origin, line, field, message) when `v` is invalid.
  void require(const rapidjson::Value& v, const std::string& origin, std::size_t line) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The compiled-in schemas (built once, on first use; thread-safe).
const Schema& article_schema();
const Schema& triple_schema();
const Schema& actors_schema();
const Schema& relations_schema();
const Schema& word_lists_schema();

}  // namespace actorgraph::json
