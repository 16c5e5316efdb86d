#include "io/plain_text.hpp"

#include "actorgraph/text.hpp"
#include "io/article_json.hpp"

namespace actorgraph::io {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// 1-based line of the first line holding invalid UTF-8, 0 when all is valid.
std::size_t first_invalid_line(std::string_view s) {
  if (text::is_valid_utf8(s)) return 0;
  std::size_t line = 1;
  while (!s.empty()) {
    std::size_t nl = s.find('\n');
    std::string_view l = s.substr(0, nl);
    if (!text::is_valid_utf8(l)) return line;
    if (nl == std::string_view::npos) break;
    s.remove_prefix(nl + 1);
    ++line;
  }
  return line;
}

// Removes '\r' before '\n' (Windows line ends) so offsets match what readers see.
std::string without_cr(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
    out += s[i];
  }
  return out;
}

}  // namespace

bool split_date_prefix(std::string_view title_line, std::string_view& date, std::string_view& rest) {
  std::string_view s = trim(title_line);
  if (s.size() < 5 || (s[4] != ':' && !is_space(s[4]))) return false;
  for (std::size_t i = 0; i < 4; ++i)
    if ((s[i] | 0x20) != "date"[i]) return false;
  std::size_t p = s[4] == ':' ? 5 : 4;
  while (p < s.size() && is_space(s[p])) ++p;
  if (s.size() - p < 10) return false;
  std::string_view d = s.substr(p, 10);
  for (std::size_t i = 0; i < 10; ++i) {
    const bool dash = (i == 4 || i == 7);
    if (dash ? d[i] != '-' : !is_digit(d[i])) return false;
  }
  if (p + 10 < s.size() && !is_space(s[p + 10])) return false;
  date = d;
  rest = trim(s.substr(p + 10));
  return true;
}

bool parse_plain_text(std::string_view content, Article& out, TextProblem& problem) {
  if (std::size_t bad = first_invalid_line(content)) {
    problem = {bad, "", "invalid UTF-8"};
    return false;
  }
  // Find the first non-blank line.
  std::size_t pos = 0, line = 1;
  std::string_view title_line;
  for (;;) {
    if (pos >= content.size()) {
      problem = {0, "", "empty file: no articles"};
      return false;
    }
    std::size_t nl = content.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? content.size() : nl;
    title_line = content.substr(pos, end - pos);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    if (!trim(title_line).empty()) break;
    ++line;
  }
  std::string_view date, title;
  if (split_date_prefix(title_line, date, title)) {
    std::string message;
    if (!normalise_date(date, out.date, message)) {
      problem = {line, "date", message};
      return false;
    }
  } else {
    out.date.clear();
    title = trim(title_line);
  }
  out.title.assign(title);
  std::string_view body = trim(content.substr(pos));
  if (body.empty()) {
    problem = {line, "text", "is empty: nothing follows the title line"};
    return false;
  }
  out.text = body.find('\r') == std::string_view::npos ? std::string(body) : without_cr(body);
  return true;
}

}  // namespace actorgraph::io
