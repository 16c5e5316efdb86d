// Feature hashing for the tagger and parser: 64-bit keys built from small
// integers and strings. The functions are fixed (a trained model stores the
// keys), so they must never change without a new model format version.
#pragma once

#include <cstdint>
#include <string_view>

namespace actorgraph::syntax {

/// A strong 64-bit finaliser (MurmurHash3's fmix64).
constexpr std::uint64_t mix64(std::uint64_t x) noexcept {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

/// Combines a hash with one more value.
constexpr std::uint64_t hash_add(std::uint64_t h, std::uint64_t v) noexcept {
  return mix64(h * 0x9E3779B97F4A7C15ULL + v + 0x632BE59BD9B4E019ULL);
}

/// FNV-1a over bytes, finalised.
constexpr std::uint64_t hash_bytes(std::string_view s) noexcept {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return mix64(h ^ s.size());
}

/// The key of feature template `tmpl` over values a, b, c (word hashes or
/// small numbers): a multiply-add of the values, then one finaliser round.
/// Cheap (five multiplications), and never 0 (0 marks an empty slot).
constexpr std::uint64_t feature_key(std::uint32_t tmpl, std::uint64_t a, std::uint64_t b = 0,
                                    std::uint64_t c = 0) noexcept {
  std::uint64_t h = a * 0x9E3779B97F4A7C15ULL + b * 0xC2B2AE3D27D4EB4FULL + c * 0x165667B19E3779F9ULL +
                    (tmpl + 1) * 0xD6E8FEB86659FD93ULL;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 32;
  return h ? h : 1;
}

}  // namespace actorgraph::syntax
