// Internal: distributional word clusters (a word's path in a binary cluster
// tree, as bits below a leading 1), a read-only view into a model image.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace actorgraph::syntax {

class Clusters {
 public:
  Clusters() = default;
  /// A view of a section written by write_clusters(). Throws std::runtime_error when malformed.
  Clusters(const char* data, std::size_t size);
  /// The cluster path of a word hash (WordFeats::word), 0 when unknown.
  std::uint32_t find(std::uint64_t word) const noexcept {
    if (mask_ == 0) return 0;
    for (std::uint64_t i = word & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == word) return slots_[i].path;
      if (slots_[i].key == 0) return 0;
    }
  }
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }

  struct Slot {
    std::uint64_t key;
    std::uint32_t path;
    std::uint32_t pad;
  };

 private:
  const Slot* slots_ = nullptr;
  std::uint64_t mask_ = 0;
  std::size_t size_ = 0;
};

/// Serialises (word hash, path) pairs as a clusters section.
std::string write_clusters(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& words);

/// The first `bits` bits of a path (with its leading 1 kept), for prefix features.
inline std::uint32_t path_prefix(std::uint32_t path, int bits) noexcept {
  if (path == 0) return 0;
  const int len = 31 - __builtin_clz(path);
  return len <= bits ? path : path >> (len - bits);
}

}  // namespace actorgraph::syntax
