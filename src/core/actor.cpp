#include "actorgraph/actor.hpp"

#include <array>
#include <cstdint>

namespace actorgraph {
namespace {

constexpr std::array<std::string_view, 8> kTypeNames = {
    "person", "country", "government", "organization", "military", "group", "media", "unknown"};

// Folds the Latin-1 Supplement and Latin Extended-A letters that occur in
// names to ASCII ("é" -> "e", "ł" -> "l"); returns 0 for other code points.
char fold_latin(std::uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xFF) {
    static constexpr char kMap[] =
        "aaaaaaaceeeeiiiidnooooo0ouuuuyts"   // C0..DF (D7 × -> 0 skipped below, DE þ -> t, DF ß -> s)
        "aaaaaaaceeeeiiiidnooooo0ouuuuyty";  // E0..FF
    static_assert(sizeof kMap == 0x40 + 1, "one letter per code point U+00C0..U+00FF");
    if (cp == 0xD7 || cp == 0xF7) return 0;
    return kMap[cp - 0xC0];
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    static constexpr char kExtA[] =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkklllllllllln"
        "nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    static_assert(sizeof kExtA == 0x80 + 1, "one letter per code point U+0100..U+017F");
    return kExtA[cp - 0x100];
  }
  return 0;
}

}  // namespace

std::string_view to_string(ActorType t) noexcept { return kTypeNames[static_cast<std::size_t>(t)]; }

bool parse_actor_type(std::string_view s, ActorType& out) noexcept {
  for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
    if (kTypeNames[i] == s) {
      out = static_cast<ActorType>(i);
      return true;
    }
  }
  if (s == "organisation" || s == "igo") {
    out = ActorType::organization;
    return true;
  }
  return false;
}

std::string slugify(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_dash = false;
  auto put = [&](char c) {
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out += c;
  };
  for (std::size_t i = 0; i < name.size();) {
    auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      ++i;
      if (c >= 'A' && c <= 'Z') put(static_cast<char>(c - 'A' + 'a'));
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) put(static_cast<char>(c));
      else if (c == '\'') continue;  // apostrophes join: "Xi'an" -> "xian"
      else pending_dash = true;
      continue;
    }
    // Decode one UTF-8 sequence (invalid bytes count as separators).
    std::uint32_t cp = 0;
    std::size_t len = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC0) ? 2 : 1;
    if (len == 1 || i + len > name.size()) {
      ++i;
      pending_dash = true;
      continue;
    }
    cp = c & (0x3F >> (len - 1));
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(name[i + k]) & 0x3F);
    i += len;
    if (cp == 0x2019 || cp == 0x2018) continue;  // curly apostrophes join like straight ones
    if (char f = fold_latin(cp)) put(f);
    else pending_dash = true;
  }
  return out;
}

}  // namespace actorgraph
