#include "lexicon/relations/dictionary_text.hpp"

#include <cctype>

#include "actorgraph/relation_lexicon.hpp"

namespace actorgraph::relations {
namespace {
constexpr std::size_t kExamplesPerKind = 3;
}  // namespace

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split_ws(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    std::size_t b = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (b < i) out.emplace_back(s.substr(b, i - b));
  }
  return out;
}

// A dictionary code "[042]", "[042:043]", "[:054]", "[---]" -> CAMEO code or
// an empty string with `problem` set.
std::string read_code(std::string_view code, std::string& problem) {
  code = trim(code);
  std::string_view source = code.substr(0, code.find(':'));
  source = trim(source);
  if (source.empty() && code.find(':') != std::string_view::npos) {
    problem = "target-only code";
    return "";
  }
  if (source.empty() || source.find("---") != std::string_view::npos) {
    problem = "null code (no event)";
    return "";
  }
  std::string c(source);
  if (!RelationLexicon::cameo(c)) {
    problem = "not a CAMEO event code";
    return "";
  }
  return c;
}

// Splits "TEXT [CODE] comment" into the text before the code and the code.
bool split_code(std::string_view line, std::string_view& text, std::string_view& code) {
  auto open = line.find('[');
  if (open == std::string_view::npos) {
    text = line;
    code = {};
    return false;
  }
  auto close = line.find(']', open);
  text = line.substr(0, open);
  code = line.substr(open + 1, (close == std::string_view::npos ? line.size() : close) - open - 1);
  return true;
}

void Problems::add(std::size_t line, const std::string& kind, const std::string& detail) {
  auto& k = kinds_[kind];
  if (++k.count <= kExamplesPerKind)
    k.examples.push_back(origin_ + ":" + std::to_string(line) + ": " + kind + (detail.empty() ? "" : ": " + detail));
}

std::vector<std::string> Problems::report(std::size_t imported, std::size_t patterns, std::size_t verbs) const {
  std::vector<std::string> out;
  std::string summary = origin_ + ": imported " + std::to_string(imported) + " entries from " +
                        std::to_string(patterns) + " pattern lines and " + std::to_string(verbs) + " verbs";
  std::size_t total = 0;
  for (const auto& [kind, k] : kinds_) {
    for (const auto& e : k.examples) out.push_back(e);
    total += k.count;
  }
  if (total) {
    summary += "; skipped " + std::to_string(total) + ":";
    bool first = true;
    for (const auto& [kind, k] : kinds_) {
      summary += (first ? " " : ", ") + std::to_string(k.count) + " " + kind;
      first = false;
    }
  }
  out.push_back(summary);
  return out;
}

}  // namespace actorgraph::relations
