// Internal: maps a field path reported by the schema validator
// ("actors[5].roles[2].from") back to a position in the JSON text, so that
// errors can name the line of the bad entry. Runs only on the error path.
#pragma once

#include <cstddef>
#include <string_view>

namespace actorgraph::actors {

/// Byte offset of the value at `path` in the (syntactically valid) JSON
/// `text`; when the path does not exist to its end (a missing field), the
/// offset of the deepest existing container on the path.
std::size_t locate_path(std::string_view text, std::string_view path);

/// 1-based line of `path` in `text`.
std::size_t line_of_path(std::string_view text, std::string_view path);

}  // namespace actorgraph::actors
