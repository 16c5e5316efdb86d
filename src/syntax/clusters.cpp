#include "syntax/clusters.hpp"

#include <cstring>
#include <stdexcept>

namespace actorgraph::syntax {

Clusters::Clusters(const char* data, std::size_t size) {
  std::uint64_t n = 0, slots = 0;
  if (size < 16) throw std::runtime_error("clusters truncated");
  std::memcpy(&n, data, 8);
  std::memcpy(&slots, data + 8, 8);
  if (slots == 0 || (slots & (slots - 1)) != 0 || n >= slots || 16 + slots * sizeof(Slot) > size)
    throw std::runtime_error("clusters header is invalid");
  slots_ = reinterpret_cast<const Slot*>(data + 16);
  mask_ = slots - 1;
  size_ = n;
}

std::string write_clusters(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& words) {
  std::uint64_t slots = 16;
  while (slots < words.size() * 2) slots *= 2;
  std::vector<Clusters::Slot> table(slots, Clusters::Slot{0, 0, 0});
  std::uint64_t n = 0;
  for (const auto& [key, path] : words) {
    if (key == 0) continue;
    std::uint64_t i = key & (slots - 1);
    while (table[i].key != 0 && table[i].key != key) i = (i + 1) & (slots - 1);
    n += table[i].key == 0;
    table[i] = Clusters::Slot{key, path, 0};
  }
  std::string out(16, '\0');
  std::memcpy(out.data(), &n, 8);
  std::memcpy(out.data() + 8, &slots, 8);
  out.append(reinterpret_cast<const char*>(table.data()), table.size() * sizeof(Clusters::Slot));
  return out;
}

}  // namespace actorgraph::syntax
