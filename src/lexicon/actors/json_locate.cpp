#include "lexicon/actors/json_locate.hpp"

#include <string>
#include <vector>

#include "util/json_schema.hpp"

namespace actorgraph::actors {
namespace {

struct Token {
  std::string key;          // member name, or "" for an index
  std::size_t index = 0;    // array index when key is empty
  bool is_index = false;
};

// "actors[5].roles[2].from" -> actors, [5], roles, [2], from
std::vector<Token> split_path(std::string_view path) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '.') {
      ++i;
    } else if (path[i] == '[') {
      std::size_t close = path.find(']', i);
      if (close == std::string_view::npos) break;
      Token t;
      t.is_index = true;
      for (std::size_t k = i + 1; k < close; ++k)
        if (path[k] >= '0' && path[k] <= '9') t.index = t.index * 10 + static_cast<std::size_t>(path[k] - '0');
      out.push_back(t);
      i = close + 1;
    } else {
      std::size_t end = path.find_first_of(".[", i);
      if (end == std::string_view::npos) end = path.size();
      Token t;
      t.key = std::string(path.substr(i, end - i));
      out.push_back(std::move(t));
      i = end;
    }
  }
  return out;
}

std::size_t skip_ws(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  return i;
}

// i at the opening quote; returns the index after the closing quote.
std::size_t skip_string(std::string_view s, std::size_t i) {
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\') ++i;
    else if (s[i] == '"') return i + 1;
  }
  return s.size();
}

// i at the first character of a value; returns the index after it.
std::size_t skip_value(std::string_view s, std::size_t i) {
  if (i >= s.size()) return i;
  if (s[i] == '"') return skip_string(s, i);
  if (s[i] == '{' || s[i] == '[') {
    int depth = 0;
    while (i < s.size()) {
      char c = s[i];
      if (c == '"') {
        i = skip_string(s, i);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
      ++i;
    }
    return i;
  }
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\n' &&
         s[i] != '\r' && s[i] != '\t')
    ++i;
  return i;
}

}  // namespace

std::size_t locate_path(std::string_view text, std::string_view path) {
  std::size_t pos = skip_ws(text, 0);
  for (const Token& t : split_path(path)) {
    if (pos >= text.size()) return pos;
    if (t.is_index) {
      if (text[pos] != '[') return pos;
      std::size_t i = skip_ws(text, pos + 1);
      for (std::size_t n = 0; n < t.index; ++n) {
        i = skip_ws(text, skip_value(text, i));
        if (i >= text.size() || text[i] != ',') return pos;
        i = skip_ws(text, i + 1);
      }
      if (i >= text.size() || text[i] == ']') return pos;
      pos = i;
    } else {
      if (text[pos] != '{') return pos;
      std::size_t i = skip_ws(text, pos + 1);
      bool found = false;
      while (i < text.size() && text[i] == '"') {
        std::size_t key_end = skip_string(text, i);
        std::string_view key = text.substr(i + 1, key_end - i - 2);
        i = skip_ws(text, key_end);
        if (i < text.size() && text[i] == ':') i = skip_ws(text, i + 1);
        if (key == t.key) {
          found = true;
          break;
        }
        i = skip_ws(text, skip_value(text, i));
        if (i < text.size() && text[i] == ',') i = skip_ws(text, i + 1);
      }
      if (!found) return pos;
      pos = i;
    }
  }
  return pos;
}

std::size_t line_of_path(std::string_view text, std::string_view path) {
  return json::line_of_offset(text, locate_path(text, path));
}

}  // namespace actorgraph::actors
