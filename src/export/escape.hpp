// Internal: text hygiene and escaping shared by the exporters.
//
// Every exporter sends user text (actor names, relation text, sentences)
// through clean_text first, then through its format's escaper. All functions
// append to a caller-owned buffer so a writer can reuse one string for the
// whole document. None of them throws (except std::bad_alloc).
#pragma once

#include <string>
#include <string_view>

namespace actorgraph::exporting {

/// Appends `s` as valid UTF-8 that XML 1.0 accepts: invalid byte sequences
/// (overlongs, surrogates, truncated sequences) become U+FFFD; C0 control
/// characters other than tab, LF and CR, and the non-characters U+FFFE and
/// U+FFFF are dropped (XML 1.0 forbids them; every parser rejects them).
void append_clean(std::string& out, std::string_view s);
std::string clean_text(std::string_view s);

/// Appends `s` cleaned and escaped for XML element content or a quoted
/// attribute value: & < > " ' become entities; tab, LF and CR become
/// character references so attribute-value normalisation cannot eat them.
void append_xml(std::string& out, std::string_view s);

/// Appends `s` as a double-quoted Graphviz DOT string: \ and " escaped with a
/// backslash, LF written as \n, CR dropped. Quoting every id and value also
/// quotes the DOT keywords (node, edge, graph, digraph, subgraph, strict).
void append_dot_quoted(std::string& out, std::string_view s);

/// Appends one RFC 4180 CSV field: quoted (with "" for ") when it contains a
/// comma, quote, CR, LF or leading/trailing spaces (Neo4j trims unquoted
/// values); cleaned of control characters like append_clean.
void append_csv_field(std::string& out, std::string_view s);

/// Appends the shortest decimal text that reads back as exactly `v`
/// (std::to_chars). Returns false and appends nothing when `v` is NaN or
/// infinite: callers leave such values out rather than write "nan".
bool append_double(std::string& out, double v);

/// A stable XML/NMTOKEN-safe id for an actor id: ASCII letters, digits, '-'
/// and '.' are kept; every other byte (including '_') becomes "_XX" (upper
/// hex), so the mapping is injective and slugs ("xi-jinping") are unchanged.
/// An empty id becomes "_". A leading digit/'-'/'.' is kept (NMTOKEN allows it).
std::string node_id(std::string_view actor_id);

}  // namespace actorgraph::exporting
