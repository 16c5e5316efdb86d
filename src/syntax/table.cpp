#include "syntax/table.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace actorgraph::syntax {
namespace {

struct TableHeader {
  std::uint32_t classes;
  std::uint32_t rows;
  std::uint64_t slots;
  float scale;
  std::uint32_t reserved[3];
};
static_assert(sizeof(TableHeader) == 32);

std::size_t pad8(std::size_t n) { return (n + 7) & ~std::size_t(7); }

// The header of a table of `rows` rows: slots a power of two at most half full,
// the scale that maps the largest |weight| to 32767.
TableHeader header_for(std::size_t rows, std::uint32_t classes, float max_abs) {
  TableHeader h{};
  h.slots = 16;
  while (h.slots < rows * 2) h.slots *= 2;
  h.classes = classes;
  h.rows = static_cast<std::uint32_t>(rows);
  h.scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  return h;
}

std::int16_t quantise(float w, float scale) {
  return static_cast<std::int16_t>(std::lround(std::clamp(w / scale, -32767.0f, 32767.0f)));
}

}  // namespace

std::int64_t TrainTable::lookup(std::uint64_t key) const noexcept {
  if (keys_.empty()) return -1;
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t i = key & mask;; i = (i + 1) & mask) {
    if (keys_[i] == key) return rowof_[i];
    if (keys_[i] == 0) return -1;
  }
}

std::uint32_t TrainTable::insert(std::uint64_t key) {
  if ((used_ + 1) * 2 > keys_.size()) {
    std::vector<std::uint64_t> old_keys(std::max<std::size_t>(1024, keys_.size() * 2), 0);
    std::vector<std::uint32_t> old_rows(old_keys.size(), 0);
    old_keys.swap(keys_);
    old_rows.swap(rowof_);
    const std::size_t mask = keys_.size() - 1;
    for (std::size_t j = 0; j < old_keys.size(); ++j) {
      if (old_keys[j] == 0) continue;
      std::size_t i = old_keys[j] & mask;
      while (keys_[i] != 0) i = (i + 1) & mask;
      keys_[i] = old_keys[j];
      rowof_[i] = old_rows[j];
    }
  }
  const std::size_t mask = keys_.size() - 1;
  std::size_t i = key & mask;
  while (keys_[i] != 0) {
    if (keys_[i] == key) return rowof_[i];
    i = (i + 1) & mask;
  }
  keys_[i] = key;
  rowof_[i] = static_cast<std::uint32_t>(rows());
  ++used_;
  w_.resize(w_.size() + classes_, 0.0f);
  u_.resize(u_.size() + classes_, 0.0);
  return rowof_[i];
}

void TrainTable::update(std::uint64_t key, std::uint32_t cls, float delta, double now) {
  const std::size_t r = insert(key);
  w_[r * classes_ + cls] += delta;
  u_[r * classes_ + cls] += now * delta;
}

void TrainTable::averaged(double now, float min_abs, std::vector<std::uint64_t>& keep_keys, std::vector<float>& avg,
                          float& max_abs) const {
  std::vector<float> row(classes_);
  max_abs = 0.0f;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == 0) continue;
    const std::size_t r = rowof_[i];
    bool keep = false;
    for (std::uint32_t c = 0; c < classes_; ++c) {
      row[c] = static_cast<float>(w_[r * classes_ + c] - u_[r * classes_ + c] / now);
      if (std::fabs(row[c]) >= min_abs) keep = true;
    }
    if (!keep) continue;
    keep_keys.push_back(keys_[i]);
    for (float v : row) max_abs = std::max(max_abs, std::fabs(v));
    avg.insert(avg.end(), row.begin(), row.end());
  }
}

std::string TrainTable::finish_inline3(double now, float min_abs) const {
  std::vector<std::uint64_t> keys;
  std::vector<float> avg;
  float max_abs = 0.0f;
  averaged(now, min_abs, keys, avg, max_abs);
  const TableHeader h = header_for(keys.size(), 3, max_abs);
  const std::uint64_t slots = h.slots;
  std::vector<std::uint64_t> slot(slots, 0);
  for (std::size_t r = 0; r < keys.size(); ++r) {
    const std::uint64_t fp = InlineTable3::fingerprint(keys[r]);
    std::uint64_t i = keys[r] & (slots - 1);
    bool clash = false;
    while (slot[i] != 0) {
      if ((slot[i] & 0xFFFFu) == fp) { clash = true; break; }
      i = (i + 1) & (slots - 1);
    }
    if (clash) continue;
    std::uint64_t v = fp;
    for (int c = 0; c < 3; ++c) {
      const std::int16_t q = quantise(avg[r * 3 + c], h.scale);
      v |= static_cast<std::uint64_t>(static_cast<std::uint16_t>(q)) << (16 * (c + 1));
    }
    slot[i] = v;
  }
  std::string out(sizeof h, '\0');
  std::memcpy(out.data(), &h, sizeof h);
  out.append(reinterpret_cast<const char*>(slot.data()), slot.size() * sizeof(std::uint64_t));
  return out;
}

InlineTable3 inline_table_view(const char* data, std::size_t size) {
  TableHeader h;
  if (size < sizeof h) throw std::runtime_error("weight table truncated");
  std::memcpy(&h, data, sizeof h);
  if (h.classes != 3 || h.slots == 0 || (h.slots & (h.slots - 1)) != 0 || h.rows * 2 > h.slots ||
      !(h.scale > 0.0f) || !std::isfinite(h.scale))
    throw std::runtime_error("inline weight table header is invalid");
  if (sizeof h + h.slots * sizeof(std::uint64_t) > size) throw std::runtime_error("weight table truncated");
  if (reinterpret_cast<std::uintptr_t>(data) % 8 != 0) throw std::runtime_error("weight table misaligned");
  InlineTable3 v;
  v.mask = h.slots - 1;
  v.slots = reinterpret_cast<const std::uint64_t*>(data + sizeof h);
  v.rows = h.rows;
  v.scale = h.scale;
  // A probe ends at an empty slot: a damaged table without one must not loop.
  bool has_empty = false;
  for (std::uint64_t i = 0; i < h.slots && !has_empty; ++i) has_empty = v.slots[i] == 0;
  if (!has_empty) throw std::runtime_error("weight table has no empty slot");
  return v;
}

std::string TrainTable::finish(double now, float min_abs) const {
  std::vector<std::uint64_t> keep_keys;
  std::vector<float> avg;
  float max_abs = 0.0f;
  averaged(now, min_abs, keep_keys, avg, max_abs);
  const TableHeader h = header_for(keep_keys.size(), classes_, max_abs);
  const std::uint64_t slots = h.slots;
  std::vector<std::uint64_t> slot(slots, 0);
  for (std::size_t r = 0; r < keep_keys.size(); ++r) {
    const std::uint64_t key = keep_keys[r];
    const std::uint64_t fp = key >> 32;
    std::uint64_t i = key & (slots - 1);
    // A fingerprint may repeat in a probe run; the first one wins at lookup,
    // so a later equal fingerprint would be unreachable: skip such a row.
    bool clash = false;
    while (slot[i] != 0) {
      if ((slot[i] >> 32) == fp) { clash = true; break; }
      i = (i + 1) & (slots - 1);
    }
    if (!clash) slot[i] = (fp << 32) | (r + 1);
  }
  std::vector<std::int16_t> q(avg.size());
  for (std::size_t k = 0; k < avg.size(); ++k) q[k] = quantise(avg[k], h.scale);
  std::string out(sizeof h, '\0');
  std::memcpy(out.data(), &h, sizeof h);
  out.append(reinterpret_cast<const char*>(slot.data()), slot.size() * sizeof(std::uint64_t));
  out.append(reinterpret_cast<const char*>(q.data()), q.size() * sizeof(std::int16_t));
  out.resize(pad8(out.size()), '\0');
  return out;
}

TableView table_view(const char* data, std::size_t size) {
  TableHeader h;
  if (size < sizeof h) throw std::runtime_error("weight table truncated");
  std::memcpy(&h, data, sizeof h);
  if (h.classes == 0 || h.classes > 4096 || h.slots == 0 || (h.slots & (h.slots - 1)) != 0 ||
      h.rows > h.slots || !(h.scale > 0.0f) || !std::isfinite(h.scale))
    throw std::runtime_error("weight table header is invalid");
  const std::size_t need = sizeof h + h.slots * sizeof(std::uint64_t) +
                           std::size_t(h.rows) * h.classes * sizeof(std::int16_t);
  if (need > size) throw std::runtime_error("weight table truncated");
  if (reinterpret_cast<std::uintptr_t>(data) % 8 != 0) throw std::runtime_error("weight table misaligned");
  TableView v;
  v.classes = h.classes;
  v.rows = h.rows;
  v.mask = h.slots - 1;
  v.slots = reinterpret_cast<const std::uint64_t*>(data + sizeof h);
  v.weights = reinterpret_cast<const std::int16_t*>(data + sizeof h + h.slots * sizeof(std::uint64_t));
  v.scale = h.scale;
  // Every occupied slot must point at a row: a damaged image must not read
  // past the weights.
  for (std::uint64_t i = 0; i < h.slots; ++i) {
    const std::uint32_t r = static_cast<std::uint32_t>(v.slots[i]);
    if (v.slots[i] != 0 && (r == 0 || r > h.rows)) throw std::runtime_error("weight table slot is invalid");
  }
  bool has_empty = false;
  for (std::uint64_t i = 0; i < h.slots && !has_empty; ++i) has_empty = v.slots[i] == 0;
  if (!has_empty) throw std::runtime_error("weight table has no empty slot");
  return v;
}

}  // namespace actorgraph::syntax
