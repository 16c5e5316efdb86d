// Internal: the concrete exporters behind make_exporter, one file each.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "actorgraph/export.hpp"

namespace actorgraph::exporting {

std::unique_ptr<Exporter> make_graphml_exporter();
std::unique_ptr<Exporter> make_gexf_exporter();
std::unique_ptr<Exporter> make_dot_exporter();
std::unique_ptr<Exporter> make_json_exporter();
std::unique_ptr<Exporter> make_neo4j_exporter();
std::unique_ptr<Exporter> make_csv_exporter();

/// The neo4j exporter writes two CSV files; export_graph asks for each.
/// write() puts both on one stream separated by a '#' comment line.
class Neo4jExporter : public Exporter {
 public:
  std::string name() const override { return "neo4j"; }
  std::string extension() const override { return ".csv"; }
  void write(const ActorGraph& g, std::ostream& out) const override;
  /// actorId:ID(Actor),name,type,country,sector,code,aliases:string[],:LABEL
  void write_nodes(const ActorGraph& g, std::ostream& out) const;
  /// :START_ID(Actor),:END_ID(Actor),:TYPE,relation,cameo,quad:int,…
  void write_relationships(const ActorGraph& g, std::ostream& out) const;
};

/// Whether the format writes one row per mention when evidence is loaded
/// (export_graph then loads the graph with evidence).
bool format_uses_evidence(std::string_view format);

/// A string buffer flushed to a stream every ~64 KiB: writers append small
/// pieces without per-piece stream calls. flush() at the end (the destructor
/// does not write, so an exception never leaves a partial tail behind twice).
class Chunked {
 public:
  explicit Chunked(std::ostream& out) : out_(out) { buf_.reserve(kChunk + 4096); }
  std::string& buf() noexcept { return buf_; }
  /// Writes the buffer when it is large; call after each element.
  void maybe_flush() {
    if (buf_.size() >= kChunk) flush();
  }
  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 private:
  static constexpr std::size_t kChunk = 64 * 1024;
  std::ostream& out_;
  std::string buf_;
};

}  // namespace actorgraph::exporting
