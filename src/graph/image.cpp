#include "graph/image.hpp"

#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "graph/graph_impl.hpp"

namespace actorgraph::image {
namespace {

constexpr char kMagic[8] = {'A', 'G', 'I', 'M', 'A', 'G', 'E', '\0'};
constexpr std::uint32_t kByteOrder = 0x01020304;
// 3: edges in the order of the graph (by source vertex; 2 had them by id).
constexpr std::uint32_t kFormat = 3;

struct Header {
  char magic[8];
  std::uint32_t byte_order, format, actor_record, relation_record, edge_record, pad;
  std::uint64_t strings, pool_bytes, actors, aliases, relations, edges;
};

struct ActorRecord {
  std::uint32_t id, name, country, sector, code;
  std::uint32_t alias_begin;  ///< index of the actor's first alias
  std::uint8_t type;
  std::uint8_t pad[3];
};

/// An edge's relation key and codes: a graph has a few hundred distinct
/// ones, so edges refer to them by index (an edge record is 48 bytes, not 80).
struct RelationRecord {
  std::uint32_t key, text, lemma, cameo, root, plover;  ///< string indices
  std::int32_t quad;
  std::uint32_t pad;
  double goldstein;
  bool operator==(const RelationRecord& o) const { return std::memcmp(this, &o, sizeof o) == 0; }
};

struct EdgeRecord {
  std::int64_t id;
  std::uint32_t source, target, relation;
  std::uint32_t first_date, last_date;  ///< string indices
  std::uint32_t mentions, factual, articles, sources;
  std::uint8_t negated;
  std::uint8_t pad[3];
};

static_assert(std::is_trivially_copyable_v<Header> && std::is_trivially_copyable_v<ActorRecord> &&
              std::is_trivially_copyable_v<RelationRecord> && std::is_trivially_copyable_v<EdgeRecord>);

struct RelationHash {
  std::size_t operator()(const RelationRecord& r) const noexcept {
    return std::hash<std::string_view>{}(std::string_view(reinterpret_cast<const char*>(&r), sizeof r));
  }
};

std::size_t padded(std::size_t n) { return (n + 7) & ~std::size_t{7}; }

// Interns strings into the pool while encoding.
class Pool {
 public:
  std::uint32_t add(const std::string& s) {
    auto [it, inserted] = index_.try_emplace(s, static_cast<std::uint32_t>(offsets_.size()));
    if (inserted) {
      offsets_.push_back(bytes_.size());
      bytes_ += s;
    }
    return it->second;
  }
  const std::string& bytes() const { return bytes_; }
  std::vector<std::uint64_t> offsets() const {
    std::vector<std::uint64_t> o = offsets_;
    o.push_back(bytes_.size());
    return o;
  }
  std::size_t size() const { return offsets_.size(); }

 private:
  std::unordered_map<std::string, std::uint32_t> index_;
  std::vector<std::uint64_t> offsets_;
  std::string bytes_;
};

template <class T>
void append(std::string& out, const T& value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <class T>
void append_array(std::string& out, const std::vector<T>& values) {
  if (!values.empty()) out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

// Reads the sections of an image in order, refusing to read past its end.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  /// The next n bytes, or nullptr when fewer are left.
  const char* take(std::uint64_t n) {
    if (n > bytes_.size() - at_) return nullptr;
    const char* p = bytes_.data() + at_;
    at_ += static_cast<std::size_t>(n);
    return p;
  }
  /// n records of T; false when fewer bytes are left (or n*sizeof(T) overflows).
  bool records(std::uint64_t n, std::size_t size, const char*& p) {
    if (n > (bytes_.size() - at_) / size) return false;
    p = take(n * size);
    return p != nullptr;
  }
  /// Skips the padding to the next multiple of 8 bytes.
  bool align() { return take(padded(at_) - at_) != nullptr; }
  bool at_end() const { return at_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
};

template <class T>
T load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

}  // namespace

struct Encoder::State {
  Pool pool;
  std::vector<ActorRecord> actors;
  std::vector<std::uint32_t> aliases;
  std::vector<RelationRecord> relations;
  std::unordered_map<RelationRecord, std::uint32_t, RelationHash> relation_index;
  std::vector<EdgeRecord> edges;
};

Encoder::Encoder() : state_(std::make_unique<State>()) {}
Encoder::~Encoder() = default;

std::uint32_t Encoder::add_actor(const Actor& a) {
  State& s = *state_;
  ActorRecord r{};
  r.id = s.pool.add(a.id);
  r.name = s.pool.add(a.name);
  r.country = s.pool.add(a.country);
  r.sector = s.pool.add(a.sector);
  r.code = s.pool.add(a.code);
  r.alias_begin = static_cast<std::uint32_t>(s.aliases.size());
  r.type = static_cast<std::uint8_t>(a.type);
  for (const std::string& alias : a.aliases) s.aliases.push_back(s.pool.add(alias));
  s.actors.push_back(r);
  return static_cast<std::uint32_t>(s.actors.size() - 1);
}

void Encoder::reserve_edges(std::size_t n) { state_->edges.reserve(n); }

std::uint32_t Encoder::add_edge(const EdgeInfo& e) {
  State& s = *state_;
  if (e.source >= s.actors.size() || e.target >= s.actors.size())
    throw std::out_of_range("image::Encoder::add_edge: vertex index out of range");
  RelationRecord rel{};
  rel.key = s.pool.add(e.key);
  rel.text = s.pool.add(e.relation.text);
  rel.lemma = s.pool.add(e.relation.lemma);
  rel.cameo = s.pool.add(e.relation.cameo);
  rel.root = s.pool.add(e.relation.root);
  rel.plover = s.pool.add(e.relation.plover);
  rel.quad = e.relation.quad;
  rel.goldstein = e.relation.goldstein;
  auto [it, inserted] = s.relation_index.try_emplace(rel, static_cast<std::uint32_t>(s.relations.size()));
  if (inserted) s.relations.push_back(rel);
  EdgeRecord r{};
  r.id = e.id;
  r.source = e.source;
  r.target = e.target;
  r.relation = it->second;
  r.first_date = s.pool.add(e.first_date);
  r.last_date = s.pool.add(e.last_date);
  r.mentions = e.mentions;
  r.factual = e.factual;
  r.articles = e.articles;
  r.sources = e.sources;
  r.negated = e.negated ? 1 : 0;
  s.edges.push_back(r);
  return static_cast<std::uint32_t>(s.edges.size() - 1);
}

std::string Encoder::finish() {
  State& s = *state_;
  if (s.pool.size() > UINT32_MAX || s.aliases.size() > UINT32_MAX)
    throw std::length_error("graph image: more than 2^32 strings");
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.byte_order = kByteOrder;
  h.format = kFormat;
  h.actor_record = sizeof(ActorRecord);
  h.relation_record = sizeof(RelationRecord);
  h.edge_record = sizeof(EdgeRecord);
  h.strings = s.pool.size();
  h.pool_bytes = s.pool.bytes().size();
  h.actors = s.actors.size();
  h.aliases = s.aliases.size();
  h.relations = s.relations.size();
  h.edges = s.edges.size();
  // In the graph's order: by source vertex, the edges of one source in the
  // order they were added (a counting sort), so decode() fills Boost's edge
  // array front to back.
  const std::vector<std::uint32_t> slot = slots_by_source(s.edges, s.actors.size());
  std::vector<EdgeRecord> by_source(s.edges.size());
  for (std::size_t i = 0; i < slot.size(); ++i) by_source[slot[i]] = s.edges[i];

  std::string out;
  out.reserve(sizeof h + 8 * (s.pool.size() + 1) + padded(s.pool.bytes().size()) +
              s.actors.size() * sizeof(ActorRecord) + s.aliases.size() * 4 + 8 +
              s.relations.size() * sizeof(RelationRecord) + by_source.size() * sizeof(EdgeRecord));
  append(out, h);
  append_array(out, s.pool.offsets());
  out += s.pool.bytes();
  out.append(padded(out.size()) - out.size(), '\0');
  append_array(out, s.actors);
  append_array(out, s.aliases);
  out.append(padded(out.size()) - out.size(), '\0');
  append_array(out, s.relations);
  append_array(out, by_source);
  state_ = std::make_unique<State>();
  return out;
}

std::string encode(const ActorGraph& g) {
  Encoder e;
  for (std::uint32_t v = 0; v < g.num_actors(); ++v) e.add_actor(g.actor(v));
  e.reserve_edges(g.num_edges());
  for (std::uint32_t i = 0; i < g.num_edges(); ++i) e.add_edge(g.edge(i));
  return e.finish();
}

Buffer::Buffer(std::size_t bytes) : data(new char[bytes]), size(bytes) { advise_huge_pages(data.get(), bytes); }

std::size_t header_bytes() { return sizeof(Header); }

bool readable_format(std::string_view head) {
  if (head.size() < sizeof(Header)) return false;
  const auto h = load<Header>(head.data());
  return std::memcmp(h.magic, kMagic, sizeof kMagic) == 0 && h.byte_order == kByteOrder && h.format == kFormat &&
         h.actor_record == sizeof(ActorRecord) && h.relation_record == sizeof(RelationRecord) &&
         h.edge_record == sizeof(EdgeRecord);
}

std::optional<ActorGraph> decode(std::string_view bytes) {
  if (!readable_format(bytes)) return std::nullopt;
  Reader in(bytes);
  const auto h = load<Header>(in.take(sizeof(Header)));
  if (h.strings > UINT32_MAX || h.aliases > UINT32_MAX || h.actors > UINT32_MAX || h.relations > UINT32_MAX ||
      h.edges > UINT32_MAX)
    return std::nullopt;

  const char *offsets_at, *pool_at, *actors_at, *aliases_at, *relations_at, *edges_at;
  if (!in.records(h.strings + 1, 8, offsets_at)) return std::nullopt;
  if (!(pool_at = in.take(h.pool_bytes)) || !in.align()) return std::nullopt;
  if (!in.records(h.actors, sizeof(ActorRecord), actors_at) || !in.records(h.aliases, 4, aliases_at) ||
      !in.align() || !in.records(h.relations, sizeof(RelationRecord), relations_at) ||
      !in.records(h.edges, sizeof(EdgeRecord), edges_at) || !in.at_end())
    return std::nullopt;

  // The strings, each checked once; records then index them.
  std::vector<std::string_view> strings(static_cast<std::size_t>(h.strings));
  std::uint64_t previous = load<std::uint64_t>(offsets_at);
  if (previous != 0) return std::nullopt;
  for (std::size_t i = 0; i < strings.size(); ++i) {
    const auto next = load<std::uint64_t>(offsets_at + 8 * (i + 1));
    if (next < previous || next > h.pool_bytes) return std::nullopt;
    strings[i] = std::string_view(pool_at + previous, static_cast<std::size_t>(next - previous));
    previous = next;
  }
  if (previous != h.pool_bytes) return std::nullopt;
  bool ok = true;
  auto str = [&](std::uint32_t i) -> std::string_view {
    if (i >= strings.size()) {
      ok = false;
      return {};
    }
    return strings[i];
  };

  // Each relation once, as an edge prototype that edges are copied from.
  std::vector<EdgeInfo> prototypes(static_cast<std::size_t>(h.relations));
  for (std::size_t i = 0; i < prototypes.size(); ++i) {
    const auto r = load<RelationRecord>(relations_at + i * sizeof(RelationRecord));
    EdgeInfo& e = prototypes[i];
    e.key = str(r.key);
    e.relation.text = str(r.text);
    e.relation.lemma = str(r.lemma);
    e.relation.cameo = str(r.cameo);
    e.relation.root = str(r.root);
    e.relation.quad = r.quad;
    e.relation.goldstein = r.goldstein;
    e.relation.plover = str(r.plover);
  }
  if (!ok) return std::nullopt;
  // The edges, in the graph's order (sources ascending, checked here).
  std::vector<EdgeInfo> edges;
  reserve_edges(edges, static_cast<std::size_t>(h.edges));
  for (std::uint64_t i = 0; i < h.edges; ++i) {
    const auto r = load<EdgeRecord>(edges_at + i * sizeof(EdgeRecord));
    if (r.source >= h.actors || r.target >= h.actors || r.relation >= h.relations || r.negated > 1 ||
        (i > 0 && r.source < edges.back().source))
      return std::nullopt;
    EdgeInfo& e = edges.emplace_back(prototypes[r.relation]);
    e.id = r.id;
    e.source = r.source;
    e.target = r.target;
    e.negated = r.negated != 0;
    e.mentions = r.mentions;
    e.factual = r.factual;
    e.articles = r.articles;
    e.sources = r.sources;
    e.first_date = str(r.first_date);
    e.last_date = str(r.last_date);
  }
  if (!ok) return std::nullopt;
  // The actors, straight into the graph's vertex bundles.
  auto impl = GraphAssembly::storage(static_cast<std::size_t>(h.actors), std::move(edges));
  ActorIndex& by_id = impl->by_id;
  by_id.reserve(static_cast<std::size_t>(h.actors));
  for (std::uint32_t v = 0; v < h.actors; ++v) {
    const auto r = load<ActorRecord>(actors_at + std::size_t{v} * sizeof(ActorRecord));
    const std::uint64_t end =
        v + 1 < h.actors ? load<ActorRecord>(actors_at + (v + 1) * sizeof(ActorRecord)).alias_begin : h.aliases;
    if (r.alias_begin > end || end > h.aliases || r.type > static_cast<std::uint8_t>(ActorType::unknown))
      return std::nullopt;
    Actor& a = impl->csr[v];
    a.id = str(r.id);
    a.name = str(r.name);
    a.type = static_cast<ActorType>(r.type);
    a.country = str(r.country);
    a.sector = str(r.sector);
    a.code = str(r.code);
    for (std::uint64_t i = r.alias_begin; i < end; ++i) a.aliases.emplace_back(str(load<std::uint32_t>(aliases_at + 4 * i)));
    if (!ok || !by_id.try_emplace(a.id, v).second) return std::nullopt;  // a bad index or a repeated id
  }
  return GraphAssembly::adopt(std::move(impl));
}

}  // namespace actorgraph::image
