#include "lexicon/actors/legacy_codes.hpp"

#include <array>
#include <cctype>

namespace actorgraph::actors {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool all_code_chars(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '~')) return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Parses the date part of a block: "", "130314-", "-130314", "<130314",
// ">130314", "950601 - 990815", "130314-140101".
bool parse_dates(std::string_view s, std::string& from, std::string& to, std::string& error) {
  std::string compact;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) compact += c;
  if (compact.empty()) return true;
  std::string_view d = compact;
  auto date = [&](std::string_view x, std::string& out) {
    out = iso_date(x);
    if (out.empty()) error = "bad date '" + std::string(x) + "' (expected YYMMDD or YYYYMMDD)";
    return !out.empty();
  };
  if (d.front() == '<') return date(d.substr(1), to);
  if (d.front() == '>') return date(d.substr(1), from);
  auto dash = d.find('-');
  if (dash == std::string_view::npos) return date(d, from);
  std::string_view a = d.substr(0, dash), b = d.substr(dash + 1);
  if (!a.empty() && !date(a, from)) return false;
  if (!b.empty() && !date(b, to)) return false;
  return true;
}

constexpr std::array<std::string_view, 12> kNonCountryPrefixes = {
    "IGO", "NGO", "NGM", "IMG", "MNC", "UNO", "INT", "MED", "REB", "UAF", "GOV", "MIL"};

/// A 4-letter upper-case token read as a word: letters only, two or three
/// vowels (Y counts after the first letter).
bool is_word_like(std::string_view t) {
  int vowels = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(t[i])));
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    if (std::string_view("AEIOU").find(c) != std::string_view::npos || (c == 'Y' && i > 0)) ++vowels;
  }
  return vowels == 2 || vowels == 3;
}

}  // namespace

std::string iso_date(std::string_view d) {
  if (!all_digits(d)) return {};
  std::string year, rest;
  if (d.size() == 6) {
    int yy = (d[0] - '0') * 10 + (d[1] - '0');
    year = (yy < 30 ? "20" : "19") + std::string(d.substr(0, 2));
    rest = std::string(d.substr(2));
  } else if (d.size() == 8) {
    year = std::string(d.substr(0, 4));
    rest = std::string(d.substr(4));
  } else {
    return {};
  }
  int mm = (rest[0] - '0') * 10 + (rest[1] - '0');
  int dd = (rest[2] - '0') * 10 + (rest[3] - '0');
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return {};
  return year + "-" + rest.substr(0, 2) + "-" + rest.substr(2, 2);
}

bool parse_code_block(std::string_view inside, std::vector<CodeBlock>& out, std::string& error) {
  std::string_view s = trim(inside);
  if (s.empty()) {
    error = "empty code block []";
    return false;
  }
  // The code is the leading run of code characters; what follows are dates.
  std::size_t end = 0;
  while (end < s.size() && (std::isupper(static_cast<unsigned char>(s[end])) || std::isdigit(static_cast<unsigned char>(s[end])) ||
                            s[end] == '~' || s[end] == '/' || s[end] == '-' || s[end] == '#' || s[end] == '+'))
    ++end;
  std::string_view code = s.substr(0, end);
  std::string_view dates = s.substr(end);
  // "---" is the null code, but "950601-990815" alone is a block without a code.
  if (!code.empty() && (std::isdigit(static_cast<unsigned char>(code.front())) || code.front() == '-') &&
      code != "---") {
    error = "code block without a code: [" + std::string(s) + "]";
    return false;
  }
  if (code.size() > 3 && code.substr(0, 3) == "---") {  // "---" glued to a date: "--- <950630"
    dates = s.substr(3);
    code = "---";
  }
  CodeBlock proto;
  if (!parse_dates(dates, proto.from, proto.to, error)) return false;
  if (code == "---") {
    out.push_back(proto);
    return true;
  }
  if (code == "###" || code == "+++") {
    proto.discard = code == "###";
    proto.complex = code == "+++";
    out.push_back(proto);
    return true;
  }
  std::size_t start = 0;
  while (start <= code.size()) {
    auto slash = code.find('/', start);
    std::string_view one = code.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    // A code with digits glued to letters ("AAA950601") is malformed.
    bool digits_after_letters = false;
    for (std::size_t i = 1; i < one.size(); ++i)
      if (std::isdigit(static_cast<unsigned char>(one[i])) && std::isalpha(static_cast<unsigned char>(one[i - 1])) &&
          one.size() - i >= 4)
        digits_after_letters = true;
    if (!all_code_chars(one) || digits_after_letters) {
      error = "bad code '" + std::string(one) + "' in [" + std::string(s) + "]";
      return false;
    }
    CodeBlock b = proto;
    b.code = std::string(one);
    out.push_back(std::move(b));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return true;
}

void split_code(std::string_view code, std::string& country, std::string& sector) {
  country.clear();
  sector.clear();
  std::string c;
  for (char ch : code)
    if (ch != '~') c += ch;
  if (c.size() < 3) {
    sector = c;
    return;
  }
  std::string_view first = std::string_view(c).substr(0, 3);
  for (auto p : kNonCountryPrefixes) {
    if (first == p) {
      sector = c;
      return;
    }
  }
  country = std::string(first);
  sector = c.substr(3);
}

ActorType type_of_code(std::string_view code) {
  std::string country, sector;
  split_code(code, country, sector);
  if (!country.empty() && sector.empty()) return ActorType::country;
  return type_of_sector(sector);
}

ActorType type_of_sector(std::string_view sector) {
  std::string s;
  for (char c : sector)
    if (c != '~') s += c;
  auto has = [&](std::string_view x) {
    for (std::size_t i = 0; i + 3 <= s.size(); i += 3)
      if (s.substr(i, 3) == x) return true;
    return false;
  };
  if (s.substr(0, 3) == "IGO" || s.substr(0, 3) == "NGO" || s.substr(0, 3) == "NGM") return ActorType::organization;
  if (has("MED")) return ActorType::media;
  if (has("MIL")) return ActorType::military;
  if (has("REB") || has("UAF") || s.substr(0, 3) == "IMG" || has("OPP")) return ActorType::group;
  if (has("GOV") || has("JUD") || has("LEG") || has("COP")) return ActorType::government;
  if (s.substr(0, 3) == "MNC" || has("BUS")) return ActorType::organization;
  return ActorType::unknown;
}

std::string display_phrase(std::string_view phrase) {
  std::string words;
  for (char c : phrase) words += (c == '_') ? ' ' : c;
  std::string_view t = trim(words);
  while (!t.empty() && (t.back() == '=' || t.back() == ' ')) t.remove_suffix(1);
  // Single short token: an acronym ("IMF", "UN", "U.N.", "UNDP"). The
  // dictionaries are all upper case, so a 4-letter word is told apart by its
  // vowels: a pronounceable one is a name ("BREE", "IRAN", "GAZA" -> "Bree"...,
  // which matches "Bree" and "BREE" in text; "NATO" -> "Nato", as British
  // style writes it) and the rest stay acronyms ("UNDP", "FARC", "IAEA").
  if (t.find(' ') == std::string_view::npos && (t.size() <= 3 || (t.size() == 4 && !is_word_like(t))))
    return std::string(t);
  static constexpr std::array<std::string_view, 9> kLower = {"of", "the", "and", "for", "in", "on", "de", "to", "at"};
  std::string out;
  bool word_start = true;
  std::size_t word_begin = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (word_start) word_begin = out.size();
    if (std::isalpha(static_cast<unsigned char>(c))) {
      out += word_start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
                        : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      word_start = false;
    } else {
      out += c;
      word_start = (c == ' ' || c == '-' || c == '(' || c == '.' || c == '/');
    }
    const bool word_end = i + 1 == t.size() || t[i + 1] == ' ';
    if (word_end && word_begin > 0) {  // lower-case function words after the first
      std::string_view w = std::string_view(out).substr(word_begin);
      for (auto lw : kLower) {
        if (w.size() == lw.size() && std::tolower(static_cast<unsigned char>(w[0])) == lw[0] &&
            std::string_view(out).substr(word_begin + 1) == lw.substr(1)) {
          out[word_begin] = lw[0];
          break;
        }
      }
    }
  }
  return out;
}

std::string form_phrase(std::string_view phrase) {
  std::string out;
  for (char c : phrase) out += (c == '_') ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string_view t = trim(out);
  while (!t.empty() && (t.back() == '=' || t.back() == ' ')) t.remove_suffix(1);
  return std::string(t);
}

}  // namespace actorgraph::actors
