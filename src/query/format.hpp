// Internal: shared output helpers of the queries (tables and JSON).
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/actor.hpp"
#include "actorgraph/graph.hpp"
#include "actorgraph/triple.hpp"

namespace actorgraph::query {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

/// Display width of UTF-8 text (code points; good enough for names).
std::size_t display_width(std::string_view s);
/// Pads (or cuts with "…") `s` to `width` display columns.
std::string fit(std::string_view s, std::size_t width);
/// "Xi Jinping (person, CHN, CHNGOV)"
std::string describe(const Actor& a);
/// "call for talks with [036 REQUEST]" (+ " (negated)")
std::string describe(const Relation& r, bool negated);
/// "2022-08-04" or "2022-08-04..2022-09-01" ("undated" when both empty)
std::string date_range(const std::string& first, const std::string& last);
/// A sentence shortened to `width` columns, quoted.
std::string quote_sentence(std::string_view s, std::size_t width);

void write_actor(JsonWriter& w, const Actor& a);
void write_relation(JsonWriter& w, const Relation& r);
void write_mention(JsonWriter& w, const Mention& m);
/// The counts and dates of an edge (mentions, factual, articles, sources, first_date, last_date, negated).
void write_edge_counts(JsonWriter& w, const EdgeInfo& e);
void key(JsonWriter& w, std::string_view k);
void str(JsonWriter& w, std::string_view s);

/// Writes the buffer of `w` followed by a newline.
void flush_json(const rapidjson::StringBuffer& sb, std::ostream& out);

}  // namespace actorgraph::query
