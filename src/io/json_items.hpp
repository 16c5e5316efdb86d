// A whole JSON document (a .json file) with the line of each top-level array
// item, for messages and article origins. Internal to io.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

namespace actorgraph::io {

struct JsonItems {
  rapidjson::Document doc;
  /// [0]: 1-based line where the document's value starts; when it is an
  /// array, [i + 1]: line where item i starts.
  std::vector<std::size_t> item_lines;
  std::size_t error_line = 0;  ///< line of the error when parsing failed
};

/// Checks `content` for invalid UTF-8 and parses it. Returns false with
/// `message` ("invalid UTF-8", "malformed JSON: …") and out.error_line set.
bool parse_json_items(std::string_view content, JsonItems& out, std::string& message);

/// Byte offsets of the items of the syntactically valid JSON array that
/// starts at content[open] ('['), in order.
std::vector<std::size_t> array_item_offsets(std::string_view content, std::size_t open);

}  // namespace actorgraph::io
