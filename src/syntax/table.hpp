// Internal: hashed weight tables of the linear models. A trained table is a
// read-only view into a model image (no copy, no allocation): open addressing
// over 64-bit feature keys, each slot holding the key's upper 32 bits and a
// row index; a row holds one int16 weight per class, with one scale per table.
// TrainTable is the growable float table that training updates and averages.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace actorgraph::syntax {

/// A read-only weight table inside a model image.
struct TableView {
  std::uint32_t classes = 0;
  std::uint32_t rows = 0;
  std::uint64_t mask = 0;                 ///< slot count - 1 (a power of two minus one)
  const std::uint64_t* slots = nullptr;   ///< (key >> 32) << 32 | (row + 1); 0 = empty
  const std::int16_t* weights = nullptr;  ///< rows × classes
  float scale = 1.0f;                     ///< weight = int16 × scale

  /// The weights of `key`, or nullptr when the table has none.
  const std::int16_t* find(std::uint64_t key) const noexcept {
    if (slots == nullptr) return nullptr;
    const std::uint32_t fp = static_cast<std::uint32_t>(key >> 32);
    for (std::uint64_t i = key & mask;; i = (i + 1) & mask) {
      const std::uint64_t s = slots[i];
      if (s == 0) return nullptr;
      if (static_cast<std::uint32_t>(s >> 32) == fp)
        return weights + static_cast<std::size_t>(static_cast<std::uint32_t>(s) - 1) * classes;
    }
  }
  /// Prefetches the slot of `key`.
  void prefetch(std::uint64_t key) const noexcept {
    if (slots) __builtin_prefetch(slots + (key & mask));
  }
  /// Adds the rows of `keys` into scores[0..classes). Two passes: all slot
  /// look-ups first (independent loads the processor overlaps), then the rows
  /// found, prefetched before they are summed.
  void score(const std::uint64_t* keys, std::size_t n, std::int32_t* scores) const noexcept {
    const std::int16_t* rows[128];
    std::size_t found = 0;
    for (std::size_t k = 0; k < n; ++k) {
      if (found == 128) {
        add_rows(rows, found, scores);
        found = 0;
      }
      const std::int16_t* row = find(keys[k]);
      if (row == nullptr) continue;
      __builtin_prefetch(row);
      rows[found++] = row;
    }
    add_rows(rows, found, scores);
  }
  void add_rows(const std::int16_t* const* rows, std::size_t n, std::int32_t* scores) const noexcept {
    for (std::size_t r = 0; r < n; ++r)
      for (std::uint32_t c = 0; c < classes; ++c) scores[c] += rows[r][c];
  }
};

/// A read-only table of three classes with the weights inside the slots:
/// one 64-bit slot per feature holds a 16-bit fingerprint of the key and the
/// three int16 weights, so a look-up touches one cache line (the parser's
/// transition classifier; a false match of the fingerprint is rare enough,
/// about 1 in 20,000 probes of an absent key, to be noise).
struct InlineTable3 {
  std::uint64_t mask = 0;
  const std::uint64_t* slots = nullptr;
  std::uint32_t rows = 0;
  float scale = 1.0f;

  static constexpr std::uint64_t fingerprint(std::uint64_t key) noexcept {
    const std::uint64_t fp = key >> 48;
    return fp ? fp : 1;
  }
  void prefetch(std::uint64_t key) const noexcept {
    if (slots) __builtin_prefetch(slots + (key & mask));
  }
  void score(const std::uint64_t* keys, std::size_t n, std::int32_t* scores) const noexcept {
    if (slots == nullptr) return;
    for (std::size_t k = 0; k < n; ++k) {
      const std::uint64_t fp = fingerprint(keys[k]);
      for (std::uint64_t i = keys[k] & mask;; i = (i + 1) & mask) {
        const std::uint64_t s = slots[i];
        if (s == 0) break;
        if ((s & 0xFFFFu) == fp) {
          scores[0] += static_cast<std::int16_t>(s >> 16);
          scores[1] += static_cast<std::int16_t>(s >> 32);
          scores[2] += static_cast<std::int16_t>(s >> 48);
          break;
        }
      }
    }
  }
};

/// A trainable table: float weights with averaging (the "w - u/c" form of
/// the averaged perceptron: u accumulates update time × delta).
class TrainTable {
 public:
  explicit TrainTable(std::uint32_t classes = 0) : classes_(classes) {}
  std::uint32_t classes() const noexcept { return classes_; }
  std::size_t rows() const noexcept { return w_.size() / (classes_ ? classes_ : 1); }

  /// Current (not averaged) weights of `key`, or nullptr.
  const float* find(std::uint64_t key) const noexcept {
    const std::int64_t r = lookup(key);
    return r < 0 ? nullptr : w_.data() + static_cast<std::size_t>(r) * classes_;
  }
  void score(const std::uint64_t* keys, std::size_t n, float* scores) const noexcept {
    for (std::size_t k = 0; k < n; ++k) {
      const float* row = find(keys[k]);
      if (row == nullptr) continue;
      for (std::uint32_t c = 0; c < classes_; ++c) scores[c] += row[c];
    }
  }
  /// w[key][cls] += delta at update time `now` (>= 1, non-decreasing).
  void update(std::uint64_t key, std::uint32_t cls, float delta, double now);
  /// Averaged weights, pruned of rows whose every |weight| < min_abs, as a
  /// serialised table section (see model_file.hpp). `now` is the final time.
  std::string finish(double now, float min_abs) const;
  /// The same in the InlineTable3 layout (a table of three classes).
  std::string finish_inline3(double now, float min_abs) const;

 private:
  std::int64_t lookup(std::uint64_t key) const noexcept;
  /// Averaged rows kept by min_abs: their keys, weights (rows × classes) and the largest |weight|.
  void averaged(double now, float min_abs, std::vector<std::uint64_t>& keys, std::vector<float>& avg,
                float& max_abs) const;
  std::uint32_t insert(std::uint64_t key);
  std::uint32_t classes_;
  std::vector<std::uint64_t> keys_;  ///< open addressing; 0 = empty
  std::vector<std::uint32_t> rowof_;
  std::vector<float> w_;
  std::vector<double> u_;
  std::size_t used_ = 0;
};

/// Reads a table section written by TrainTable::finish. Throws std::runtime_error
/// when the section is malformed (the caller names the file).
TableView table_view(const char* data, std::size_t size);
/// Reads a section written by TrainTable::finish_inline3.
InlineTable3 inline_table_view(const char* data, std::size_t size);

}  // namespace actorgraph::syntax
