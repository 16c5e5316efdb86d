#include "export/escape.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace actorgraph::exporting {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence starting at s[i] and its code point, or
// 0 when the bytes there are not valid UTF-8 (RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF).
std::size_t utf8_sequence(std::string_view s, std::size_t i, std::uint32_t& cp) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len = 0;
  std::uint32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, cp = b0 & 0x1Fu, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, cp = b0 & 0x0Fu, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, cp = b0 & 0x07u, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0u) != 0x80u) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

bool xml_allowed(std::uint32_t cp) noexcept {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  return cp != 0xFFFE && cp != 0xFFFF;
}

// Calls f(piece) for each clean piece of s: runs of valid allowed text, and
// the replacement character for each invalid byte.
template <class F>
void for_each_clean(std::string_view s, F&& f) {
  std::size_t run = 0, i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x20 && b < 0x80) {  // fast path: printable ASCII
      ++i;
      continue;
    }
    std::uint32_t cp = 0;
    const std::size_t len = utf8_sequence(s, i, cp);
    if (len != 0 && xml_allowed(cp)) {
      i += len;
      continue;
    }
    if (i > run) f(s.substr(run, i - run));
    if (len == 0) {
      f(kReplacement);
      i += 1;
    } else {
      i += len;  // a forbidden control character or non-character: dropped
    }
    run = i;
  }
  if (i > run) f(s.substr(run, i - run));
}

}  // namespace

void append_clean(std::string& out, std::string_view s) {
  for_each_clean(s, [&](std::string_view piece) { out.append(piece); });
}

std::string clean_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_clean(out, s);
  return out;
}

void append_xml(std::string& out, std::string_view s) {
  for_each_clean(s, [&](std::string_view piece) {
    std::size_t run = 0;  // start of the pending run of plain bytes
    for (std::size_t i = 0; i < piece.size(); ++i) {
      std::string_view entity;
      switch (piece[i]) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        case '\'': entity = "&apos;"; break;
        case '\t': entity = "&#9;"; break;
        case '\n': entity = "&#10;"; break;
        case '\r': entity = "&#13;"; break;
        default: continue;
      }
      out.append(piece.substr(run, i - run));
      out.append(entity);
      run = i + 1;
    }
    out.append(piece.substr(run));
  });
}

void append_dot_quoted(std::string& out, std::string_view s) {
  out += '"';
  for_each_clean(s, [&](std::string_view piece) {
    for (char c : piece) {
      switch (c) {
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        case '\n': out += "\\n"; break;
        case '\r': break;
        default: out += c;
      }
    }
  });
  out += '"';
}

void append_csv_field(std::string& out, std::string_view s) {
  bool quote = !s.empty() && (s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t');
  for (char c : s) {
    if (c == ',' || c == '"' || c == '\n' || c == '\r') {
      quote = true;
      break;
    }
  }
  if (!quote) {
    append_clean(out, s);
    return;
  }
  out += '"';
  for_each_clean(s, [&](std::string_view piece) {
    for (char c : piece) {
      if (c == '"') out += '"';
      out += c;
    }
  });
  out += '"';
}

bool append_double(std::string& out, double v) {
  if (!std::isfinite(v)) return false;
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
  return true;
}

std::string node_id(std::string_view actor_id) {
  if (actor_id.empty()) return "_";
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(actor_id.size());
  for (char ch : actor_id) {
    const auto c = static_cast<unsigned char>(ch);
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.';
    if (keep) {
      out += ch;
    } else {
      out += '_';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

}  // namespace actorgraph::exporting
