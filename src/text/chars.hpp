// Internal: character classes for the tokeniser: an ASCII table, a UTF-8
// decoder that never throws, Unicode classes and simple case folding
// (Latin-1, Latin Extended-A/B pairs, Greek, Cyrillic).
#pragma once

#include <cstdint>
#include <string>

namespace actorgraph::text::detail {

/// Class of a character as the tokeniser sees it.
enum class Ch : std::uint8_t {
  space,         ///< separator (ASCII blanks, NBSP, U+2000..U+200B, ideographic space, BOM)
  newline,       ///< '\n', NEL, U+2028 (U+2029 counts as a paragraph break)
  paragraph,     ///< U+2029 paragraph separator
  upper,         ///< upper-case letter
  lower,         ///< lower-case letter or letter without case (CJK, Arabic ...)
  mark,          ///< combining mark or joiner: continues a word
  digit,         ///< ASCII digit
  apostrophe,    ///< ' or U+2019 (may be a clitic or a closing single quote)
  open_single,   ///< U+2018, U+201A, U+201B, U+2039
  dquote,        ///< ASCII " (direction decided by context)
  open_double,   ///< U+201C, U+201E, U+201F, U+00AB
  close_double,  ///< U+201D, U+00BB
  close_single,  ///< U+203A
  hyphen,        ///< '-', U+2010, U+2011: joins words when between letters/digits
  dash,          ///< U+2012..U+2015, U+2212: always a separate "-" token
  ellipsis,      ///< U+2026
  punct,         ///< any other punctuation or symbol
  invalid,       ///< a byte that does not start a valid UTF-8 sequence
};

/// Class of each ASCII byte.
inline constexpr auto kAsciiClass = [] {
  struct Table { Ch c[128]; } t{};
  for (int i = 0; i < 128; ++i) t.c[i] = Ch::punct;
  for (int i = 0; i < 32; ++i) t.c[i] = Ch::space;
  t.c[' '] = Ch::space;
  t.c['\n'] = Ch::newline;
  t.c[127] = Ch::space;
  for (int i = 'A'; i <= 'Z'; ++i) t.c[i] = Ch::upper;
  for (int i = 'a'; i <= 'z'; ++i) t.c[i] = Ch::lower;
  for (int i = '0'; i <= '9'; ++i) t.c[i] = Ch::digit;
  t.c['\''] = Ch::apostrophe;
  t.c['"'] = Ch::dquote;
  t.c['-'] = Ch::hyphen;
  return t;
}();

/// Decodes one UTF-8 sequence at p (p < end). Sets len to its byte length, or
/// to 1 and returns 0xFFFFFFFF when the bytes are not valid UTF-8.
inline std::uint32_t decode_utf8(const unsigned char* p, const unsigned char* end,
                                 std::uint32_t& len) noexcept {
  const std::uint32_t c = p[0];
  len = 1;
  auto cont = [&](std::ptrdiff_t i) { return p + i < end && (p[i] & 0xC0u) == 0x80u; };
  if (c < 0x80u) return c;
  if (c >= 0xC2u && c <= 0xDFu && cont(1)) {
    len = 2;
    return ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
  }
  if (c >= 0xE0u && c <= 0xEFu && cont(1) && cont(2)) {
    const std::uint32_t cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    if (cp < 0x800u || (cp >= 0xD800u && cp <= 0xDFFFu)) return 0xFFFFFFFFu;
    len = 3;
    return cp;
  }
  if (c >= 0xF0u && c <= 0xF4u && cont(1) && cont(2) && cont(3)) {
    const std::uint32_t cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) |
                             ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    if (cp < 0x10000u || cp > 0x10FFFFu) return 0xFFFFFFFFu;
    len = 4;
    return cp;
  }
  return 0xFFFFFFFFu;
}

/// Lower-case counterpart of an upper-case code point (identity otherwise).
inline std::uint32_t fold_case(std::uint32_t cp) noexcept {
  if (cp < 0x80u) return (cp >= 'A' && cp <= 'Z') ? cp + 32u : cp;
  if (cp >= 0xC0u && cp <= 0xDEu && cp != 0xD7u) return cp + 0x20u;
  if (cp == 0x130u) return 'i';  // capital I with dot above (Turkish)
  if (cp >= 0x100u && cp <= 0x137u) return cp | 1u;
  if (cp >= 0x139u && cp <= 0x148u) return (cp & 1u) ? cp + 1u : cp;
  if (cp >= 0x14Au && cp <= 0x177u) return cp | 1u;
  if (cp == 0x178u) return 0xFFu;
  if (cp >= 0x179u && cp <= 0x17Eu) return (cp & 1u) ? cp + 1u : cp;
  if ((cp >= 0x200u && cp <= 0x21Fu) || (cp >= 0x222u && cp <= 0x233u)) return cp | 1u;
  if (cp >= 0x391u && cp <= 0x3ABu && cp != 0x3A2u) return cp + 0x20u;
  if (cp == 0x386u) return 0x3ACu;
  if (cp >= 0x388u && cp <= 0x38Au) return cp + 0x25u;
  if (cp == 0x38Cu) return 0x3CCu;
  if (cp == 0x38Eu || cp == 0x38Fu) return cp + 0x3Fu;
  if (cp >= 0x410u && cp <= 0x42Fu) return cp + 0x20u;
  if (cp >= 0x400u && cp <= 0x40Fu) return cp + 0x50u;
  if ((cp >= 0x460u && cp <= 0x481u) || (cp >= 0x48Au && cp <= 0x4BFu) ||
      (cp >= 0x4D0u && cp <= 0x52Fu))
    return cp | 1u;
  return cp;
}

/// Class of a non-ASCII code point.
inline Ch classify(std::uint32_t cp) noexcept {
  if (cp == 0xFFFFFFFFu) return Ch::invalid;
  if (cp < 0x100u) {
    if (cp == 0x85u) return Ch::newline;
    if (cp < 0xA1u) return Ch::space;  // C1 controls, NBSP
    if (cp == 0xABu) return Ch::open_double;
    if (cp == 0xBBu) return Ch::close_double;
    if (cp == 0xAAu || cp == 0xB5u || cp == 0xBAu || cp == 0xDFu || cp >= 0xE0u)
      return cp == 0xF7u ? Ch::punct : Ch::lower;
    if (cp >= 0xC0u) return cp == 0xD7u ? Ch::punct : Ch::upper;
    if (cp == 0xADu) return Ch::mark;  // soft hyphen
    return Ch::punct;
  }
  if (cp < 0x2000u) {
    if (cp >= 0x300u && cp <= 0x36Fu) return Ch::mark;
    if (cp == 0x37Eu || cp == 0x387u || cp == 0x589u || cp == 0x5BEu || cp == 0x60Cu ||
        cp == 0x61Bu || cp == 0x61Fu || cp == 0x6D4u || (cp >= 0x66Au && cp <= 0x66Du))
      return Ch::punct;
    if (cp == 0x1680u) return Ch::space;
    return fold_case(cp) != cp ? Ch::upper : Ch::lower;
  }
  if (cp <= 0x206Fu) {
    if (cp <= 0x200Bu || cp == 0x202Fu || cp == 0x205Fu) return Ch::space;
    switch (cp) {
      case 0x200Cu: case 0x200Du: case 0x2060u: return Ch::mark;
      case 0x2028u: return Ch::newline;
      case 0x2029u: return Ch::paragraph;
      case 0x2010u: case 0x2011u: return Ch::hyphen;
      case 0x2012u: case 0x2013u: case 0x2014u: case 0x2015u: return Ch::dash;
      case 0x2018u: case 0x201Au: case 0x201Bu: case 0x2039u: return Ch::open_single;
      case 0x2019u: return Ch::apostrophe;
      case 0x203Au: return Ch::close_single;
      case 0x201Cu: case 0x201Eu: case 0x201Fu: return Ch::open_double;
      case 0x201Du: return Ch::close_double;
      case 0x2026u: return Ch::ellipsis;
      default: return Ch::punct;
    }
  }
  if (cp == 0x2212u || cp == 0xFE58u || cp == 0xFE63u || cp == 0xFF0Du) return Ch::dash;
  if (cp <= 0x2BFFu) return Ch::punct;
  if (cp == 0x3000u || cp == 0xFEFFu) return Ch::space;
  if ((cp >= 0x3001u && cp <= 0x303Fu) || (cp >= 0xE000u && cp <= 0xF8FFu) ||
      (cp >= 0xFE10u && cp <= 0xFE6Fu) || (cp >= 0xFF01u && cp <= 0xFF0Fu) ||
      (cp >= 0xFF1Au && cp <= 0xFF20u) || (cp >= 0xFFF0u && cp <= 0xFFFFu) || cp >= 0x1F000u)
    return Ch::punct;
  if (cp >= 0xFE00u && cp <= 0xFE0Fu) return Ch::mark;  // variation selectors
  return fold_case(cp) != cp ? Ch::upper : Ch::lower;
}

/// Appends the UTF-8 encoding of cp to out.
inline void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80u) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800u) {
    out.push_back(static_cast<char>(0xC0u | (cp >> 6)));
    out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
  } else if (cp < 0x10000u) {
    out.push_back(static_cast<char>(0xE0u | (cp >> 12)));
    out.push_back(static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu)));
    out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
  } else {
    out.push_back(static_cast<char>(0xF0u | (cp >> 18)));
    out.push_back(static_cast<char>(0x80u | ((cp >> 12) & 0x3Fu)));
    out.push_back(static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu)));
    out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
  }
}

}  // namespace actorgraph::text::detail
