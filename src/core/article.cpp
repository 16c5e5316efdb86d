#include "actorgraph/article.hpp"

#include <cstdint>
#include <cstdio>

namespace actorgraph {
namespace {

// Two independent 64-bit FNV-1a streams over length-prefixed fields: a change
// detector (not a security hash); 128 bits make accidental collisions moot.
struct Hasher {
  std::uint64_t a = 0xcbf29ce484222325ULL, b = 0x84222325cbf29ce4ULL;
  void byte(unsigned char c) {
    a = (a ^ c) * 0x100000001b3ULL;
    b = (b ^ static_cast<unsigned char>(c ^ 0x5a)) * 0x100000001b3ULL;
  }
  void field(const std::string& s) {
    std::uint64_t n = s.size();
    for (int i = 0; i < 8; ++i) byte(static_cast<unsigned char>(n >> (8 * i)));
    for (char c : s) byte(static_cast<unsigned char>(c));
  }
};

}  // namespace

std::string content_hash(const Article& art) {
  Hasher h;
  for (const std::string* f : {&art.id, &art.date, &art.title, &art.text, &art.source, &art.url}) h.field(*f);
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.a),
                static_cast<unsigned long long>(h.b));
  return buf;
}

}  // namespace actorgraph
