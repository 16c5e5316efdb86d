// Triple <-> JSON (the extract output format of ARCHITECTURE.md). Internal to
// io; the writer is the public actorgraph::to_json(const Triple&).
#pragma once

#include <string>
#include <string_view>

#include "actorgraph/triple.hpp"

namespace actorgraph::io {

/// Parses one triple JSON object (one line of `extract` output), validates it
/// against schemas/triple.schema.json and fills `out` (all fields, including
/// the optional ones; missing optional fields get their defaults). Returns
/// false with a readable `error` ("field 'subject.name': is missing",
/// "malformed JSON: …") when the text is not a valid triple. Never throws
/// except std::bad_alloc. Thread-safe.
bool triple_from_json(std::string_view json, Triple& out, std::string& error);

/// Shortest text that reads back as exactly `v` ("0.9", "3.0", "-2.5",
/// "1e-07"); always has a '.' or an exponent so readers see a float; non-finite
/// values are written as "0.0" (JSON has no NaN). Returns the length written
/// into `buf` (at least 32 bytes).
std::size_t format_double(double v, char* buf);

}  // namespace actorgraph::io
