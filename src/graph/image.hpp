// Internal: a graph image, an ActorGraph as one flat byte string.
//
// Loading a million-edge graph from the store's rows steps a million SQLite
// rows of eighteen columns; most of the second that takes is SQLite decoding
// records. An image holds the same graph as fixed-size records over one pool
// of distinct strings, so decoding it is a pass over memory. The store keeps
// the image of its default-filter graph beside the rows (store/image.cpp);
// evidence is never part of an image.
//
// Layout (host byte order; an image made on another architecture or by
// another format version is rejected, and the store falls back to its rows):
//   header   magic "AGIMAGE", byte-order mark, format, record sizes, counts
//   offsets  (strings + 1) x u64: string i is pool[offsets[i], offsets[i+1])
//   pool     the distinct strings, padded to 8 bytes
//   actors   ActorRecord per vertex, in vertex order
//   aliases  u32 string index per alias (actor a: alias_begin[a] .. [a+1]),
//            padded to 8 bytes
//   relations RelationRecord per distinct (key, codes, text, lemma)
//   edges    EdgeRecord per edge, in the graph's edge order: by source
//            vertex, the edges of one source in the order added (48 bytes)
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "actorgraph/graph.hpp"

namespace actorgraph::image {

/// Writes an image actor by actor and edge by edge, without an ActorGraph:
/// 48 bytes and a few interned strings per edge instead of a ~340-byte
/// EdgeInfo (the store saves its image from a scan of its rows).
class Encoder {
 public:
  Encoder();
  ~Encoder();
  Encoder(const Encoder&) = delete;
  Encoder& operator=(const Encoder&) = delete;
  /// Adds an actor (with its aliases) as the next vertex; returns its index.
  std::uint32_t add_actor(const Actor& a);
  void reserve_edges(std::size_t n);
  /// Adds an edge (not its evidence) between vertices already added; returns
  /// its index in the order of addition (the image orders edges by source).
  std::uint32_t add_edge(const EdgeInfo& e);
  /// The image of what was added; the encoder is then empty.
  std::string finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// The image of g (its actors, with aliases, and edges; not the evidence).
std::string encode(const ActorGraph& g);

/// Whether `head` starts with the header of an image in this format and for
/// this architecture (the rest may be missing): images written by other
/// versions are replaced, not kept.
bool readable_format(std::string_view head);
/// Bytes of `head` readable_format needs.
std::size_t header_bytes();

/// Room for an image read from storage: not zero-filled, and in transparent
/// huge pages when big (a 55 MiB image in 4 KiB pages is 14,000 page faults).
struct Buffer {
  std::unique_ptr<char[]> data;
  std::size_t size = 0;
  explicit Buffer(std::size_t bytes);
  std::string_view view() const { return {data.get(), size}; }
};

/// The graph of an image, with the same vertex and edge indices (ActorGraph
/// and the image order edges alike); nullopt when
/// `bytes` is not a whole, consistent image of this format and architecture.
std::optional<ActorGraph> decode(std::string_view bytes);

}  // namespace actorgraph::image
