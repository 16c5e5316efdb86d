// A small command-line parser: options declared up front, values checked in
// setup(), no I/O. Throws UsageError for unknown options or missing values.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::cli {

class Args {
 public:
  /// Declares an option ("--db") that takes a value; `repeat` allows it more than once.
  Args& value(std::string name, std::string help, bool repeat = false);
  /// Declares a flag ("--json").
  Args& flag(std::string name, std::string help);
  /// Declares a short alias ("-o" for "--output").
  Args& alias(std::string short_name, std::string long_name);

  /// Parses argv (without the program and command names). "--" ends options;
  /// "--name=value" and "--name value" both work; "-" is a positional.
  void parse(const std::vector<std::string>& argv);

  bool has(std::string_view name) const;
  /// The last value of an option, or `fallback`.
  std::string get(std::string_view name, std::string fallback = {}) const;
  const std::vector<std::string>& all(std::string_view name) const;
  /// A non-negative integer option; UsageError naming the option when not one.
  unsigned long get_uint(std::string_view name, unsigned long fallback, unsigned long min = 0,
                         unsigned long max = ~0UL) const;
  const std::vector<std::string>& positionals() const noexcept { return positionals_; }

  /// "  --db PATH   help" lines for --help output.
  std::string options_help() const;

 private:
  struct Spec {
    std::string help;
    bool takes_value = false;
    bool repeat = false;
  };
  std::map<std::string, Spec, std::less<>> specs_;
  std::vector<std::string> order_;
  std::map<std::string, std::string, std::less<>> aliases_;
  std::map<std::string, std::vector<std::string>, std::less<>> values_;
  std::vector<std::string> positionals_;
};

}  // namespace actorgraph::cli
