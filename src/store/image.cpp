// The graph image in the store: the default-filter graph kept as one binary
// image (graph/image.hpp) in the graph_image table, split in parts so that no
// blob nears SQLite's 1 GB limit. The write transactions that change the graph
// drop it (drop_image); save_graph_image writes it again. A damaged or foreign
// image is never trusted: load() then reads the rows.
#include <algorithm>
#include <optional>

#include "graph/image.hpp"
#include "store/store_impl.hpp"

namespace actorgraph {
namespace store {

constexpr std::size_t kPartBytes = std::size_t{64} << 20;  ///< at most per graph_image row

namespace {

// Memory-maps the database file while an image is read: SQLite then copies
// its overflow pages from the mapping instead of one read() call per 4 KiB
// page (half the time for 55 MiB). Point queries keep the default, no map
// (see open_database).
class MapScope {
 public:
  explicit MapScope(SQLite::Database& db) : db_(db) { db_.exec("PRAGMA mmap_size = 2147483648"); }
  ~MapScope() { sqlite3_exec(db_.getHandle(), "PRAGMA mmap_size = 0", nullptr, nullptr, nullptr); }
  MapScope(const MapScope&) = delete;
  MapScope& operator=(const MapScope&) = delete;

 private:
  SQLite::Database& db_;
};

bool has_image_table(SQLite::Database& db) { return db.tableExists("graph_image"); }

// The image's bytes, or nullopt when there is none (no table, or dropped).
std::optional<image::Buffer> read_image(SQLite::Database& db) {
  if (!has_image_table(db)) return std::nullopt;
  std::vector<std::pair<std::int64_t, std::size_t>> parts;
  std::size_t total = 0;
  {
    SQLite::Statement st(db, "SELECT part, length(data) FROM graph_image ORDER BY part");
    while (st.executeStep()) {
      const auto bytes = static_cast<std::size_t>(st.getColumn(1).getInt64());
      parts.emplace_back(st.getColumn(0).getInt64(), bytes);
      total += bytes;
    }
  }
  if (parts.empty()) return std::nullopt;
  // Each part straight into the one buffer (incremental blob I/O), not
  // through a row copy.
  image::Buffer bytes(total);
  std::size_t at = 0;
  for (const auto& [part, size] : parts) {
    sqlite3_blob* blob = nullptr;
    int rc = sqlite3_blob_open(db.getHandle(), "main", "graph_image", "data", part, 0, &blob);
    if (rc == SQLITE_OK && static_cast<std::size_t>(sqlite3_blob_bytes(blob)) == size)
      rc = sqlite3_blob_read(blob, bytes.data.get() + at, static_cast<int>(size), 0);
    else if (rc == SQLITE_OK)
      rc = SQLITE_CORRUPT;
    sqlite3_blob_close(blob);
    if (rc != SQLITE_OK) throw SQLite::Exception(db.getHandle(), rc);
    at += size;
  }
  return bytes;
}

// An image is current when there is one (changes drop it) in this build's format.
bool image_current(SQLite::Database& db) {
  if (!has_image_table(db)) return false;
  SQLite::Statement st(db, "SELECT substr(data, 1, ?) FROM graph_image ORDER BY part LIMIT 1");
  st.bind(1, static_cast<std::int64_t>(image::header_bytes()));
  if (!st.executeStep()) return false;
  const SQLite::Column head = st.getColumn(0);
  return image::readable_format(std::string_view(static_cast<const char*>(head.getBlob()),
                                                 static_cast<std::size_t>(head.getBytes())));
}

}  // namespace

void drop_image(SQLite::Database& db) { db.exec("DELETE FROM graph_image"); }

}  // namespace store

ActorGraph Store::load(const Filter& f, bool with_evidence) const {
  if (store::image_answers(f) && !with_evidence) {
    std::optional<ActorGraph> g = store::guarded(impl_->path, [&]() -> std::optional<ActorGraph> {
      store::MapScope map(impl_->db);
      store::ReadScope read(impl_->db);
      std::optional<image::Buffer> bytes = store::read_image(impl_->db);
      if (!bytes) return std::nullopt;
      return image::decode(bytes->view());
    });
    if (g) return store::filter_graph(std::move(*g), f);
  }
  return load_from_rows(f, with_evidence);
}

bool Store::save_graph_image() {
  impl_->require_writable("save the graph image");
  return store::guarded(impl_->path, [&] {
    SQLite::Database& db = impl_->db;
    SQLite::Transaction tx(db);
    if (store::image_current(db)) return false;
    store::drop_image(db);  // one of another format
    // Straight from the rows into the encoder: 48 bytes per edge, where a
    // loaded graph would hold ~340.
    image::Encoder encoder;
    struct Sink : store::GraphSink {
      image::Encoder& e;
      explicit Sink(image::Encoder& encoder) : e(encoder) {}
      void reserve_edges(std::size_t n) override { e.reserve_edges(n); }
      std::uint32_t add_actor(const Actor& a) override { return e.add_actor(a); }
      std::uint32_t add_edge(EdgeInfo&& edge) override { return e.add_edge(edge); }
    } sink(encoder);
    store::scan_graph(db, Filter{}, sink, nullptr);
    const std::string bytes = encoder.finish();
    SQLite::Statement put(db, "INSERT INTO graph_image(part, data) VALUES(?, ?)");
    std::int64_t part = 0;
    std::size_t at = 0;
    do {  // an empty graph still has a header: at least one part
      const std::size_t n = std::min(store::kPartBytes, bytes.size() - at);
      put.bind(1, part++);
      put.bindNoCopy(2, bytes.data() + at, static_cast<int>(n));
      put.exec();
      put.reset();
      at += n;
    } while (at < bytes.size());
    tx.commit();
    return true;
  });
}

}  // namespace actorgraph
