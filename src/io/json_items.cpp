#include "io/json_items.hpp"

#include "actorgraph/text.hpp"
#include "io/article_json.hpp"

namespace actorgraph::io {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Turns ascending byte offsets into 1-based lines in one pass.
std::vector<std::size_t> lines_of(std::string_view s, const std::vector<std::size_t>& offsets) {
  std::vector<std::size_t> lines;
  lines.reserve(offsets.size());
  std::size_t line = 1, pos = 0;
  for (std::size_t off : offsets) {
    for (; pos < off && pos < s.size(); ++pos)
      if (s[pos] == '\n') ++line;
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

std::vector<std::size_t> array_item_offsets(std::string_view s, std::size_t open) {
  std::vector<std::size_t> out;
  int depth = 1;
  bool expect_value = true;
  for (std::size_t i = open + 1; i < s.size() && depth > 0; ++i) {
    const char c = s[i];
    if (is_ws(c)) continue;
    const bool starts_item = depth == 1 && expect_value && c != ']';
    if (starts_item) {
      out.push_back(i);
      expect_value = false;
    }
    switch (c) {
      case '"':
        for (++i; i < s.size() && s[i] != '"'; ++i)
          if (s[i] == '\\') ++i;
        break;
      case '[':
      case '{':
        ++depth;
        break;
      case ']':
      case '}':
        --depth;
        break;
      case ',':
        if (depth == 1) expect_value = true;
        break;
      default:
        break;
    }
  }
  return out;
}

bool parse_json_items(std::string_view content, JsonItems& out, std::string& message) {
  if (!text::is_valid_utf8(content)) {
    std::size_t line = 1;
    for (std::string_view rest = content;;) {
      const std::size_t nl = rest.find('\n');
      if (!text::is_valid_utf8(rest.substr(0, nl)) || nl == std::string_view::npos) break;
      rest.remove_prefix(nl + 1);
      ++line;
    }
    out.error_line = line;
    message = "invalid UTF-8";
    return false;
  }
  std::size_t start = 0;
  if (content.size() >= 3 && content.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  while (start < content.size() && is_ws(content[start])) ++start;
  const std::string_view body = content.substr(start);
  out.doc.Parse(body.data(), body.size());
  if (out.doc.HasParseError()) {
    const std::size_t off = start + out.doc.GetErrorOffset();
    out.error_line = lines_of(content, {off})[0];
    message = parse_error_message(out.doc.GetParseError(), 0, false);
    return false;
  }
  std::vector<std::size_t> offsets{start};
  if (out.doc.IsArray()) {
    const auto items = array_item_offsets(content, start);
    offsets.insert(offsets.end(), items.begin(), items.end());
  }
  out.item_lines = lines_of(content, offsets);
  return true;
}

}  // namespace actorgraph::io
