// Text helpers of the verb-dictionary importer: case and space handling,
// dictionary codes ("[042:043]") and the problem report. Internal.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actorgraph::relations {

std::string lower(std::string_view s);
std::string_view trim(std::string_view s);
std::vector<std::string> split_ws(std::string_view s);

/// A dictionary code "[042]", "[042:043]" (source code taken), "[:054]",
/// "[---]" -> the CAMEO code, or "" with `problem` set (target-only code,
/// null code, not a CAMEO event code).
std::string read_code(std::string_view code, std::string& problem);

/// Splits "TEXT [CODE] comment" into the text before the code and the code;
/// false (code empty) when there is no "[".
bool split_code(std::string_view line, std::string_view& text, std::string_view& code);

/// Problems by kind: counts and the first few "FILE:LINE: kind: detail" examples.
class Problems {
 public:
  explicit Problems(std::string origin) : origin_(std::move(origin)) {}
  void add(std::size_t line, const std::string& kind, const std::string& detail = "");
  /// The examples, then one "FILE: imported N entries ...; skipped K: ..." summary line.
  std::vector<std::string> report(std::size_t imported, std::size_t patterns, std::size_t verbs) const;

 private:
  struct Kind {
    std::size_t count = 0;
    std::vector<std::string> examples;
  };
  std::string origin_;
  std::map<std::string, Kind> kinds_;
};

}  // namespace actorgraph::relations
