// Test-only: the small fixed graph behind the export golden files, and
// helpers shared by the export tests.
#pragma once

#include <string>
#include <vector>

#include "actorgraph/graph.hpp"

namespace actorgraph::exporting::testing {

/// 5 actors, 5 edges: names with < & " ' \ and non-ASCII letters
/// ("Recep Tayyip Erdoğan", "AT&T <Mobility> \"Wireless\" 'US'"), an actor whose id
/// and name are the DOT keyword "node", a parallel edge (Zelenskyy -> Xi
/// twice, different relations), a self-loop (Erdoğan -> Erdoğan), a negated
/// edge ("has yet to condemn"), an uncoded relation and a sentence holding a
/// control character. Built with ActorGraph::merge, so it has evidence; edge
/// ids are set to 101.. like a loaded graph when `db_ids`.
ActorGraph fixture_graph(bool db_ids = true);
/// The triples merged into fixture_graph, one article each (article ids
/// seed-zelenskyy-xi, a2 … a6), in merge order.
std::vector<Triple> fixture_triples();

/// Writes `g` in `format` to a string (make_exporter(format)->write).
std::string export_to_string(const ActorGraph& g, const std::string& format);

/// A fresh empty directory under the system temp dir, for files a test writes.
std::string temp_dir(const std::string& name);

/// Reads a whole file ("" when it cannot be read).
std::string read_file(const std::string& path);

/// AG_SOURCE_ROOT / AG_SHARED from the meson test environment, with fallbacks
/// relative to the working directory ("" when not found).
std::string source_root();
std::string shared_root();

}  // namespace actorgraph::exporting::testing
