#include "cli/args.hpp"

#include <charconv>

#include "actorgraph/errors.hpp"

namespace actorgraph::cli {

Args& Args::value(std::string name, std::string help, bool repeat) {
  order_.push_back(name);
  specs_[std::move(name)] = Spec{std::move(help), true, repeat};
  return *this;
}

Args& Args::flag(std::string name, std::string help) {
  order_.push_back(name);
  specs_[std::move(name)] = Spec{std::move(help), false, false};
  return *this;
}

Args& Args::alias(std::string short_name, std::string long_name) {
  aliases_[std::move(short_name)] = std::move(long_name);
  return *this;
}

void Args::parse(const std::vector<std::string>& argv) {
  bool options_done = false;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    std::string arg = argv[i];
    if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
      positionals_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    std::string inline_value;
    bool has_inline = false;
    if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      inline_value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      has_inline = true;
    }
    if (auto a = aliases_.find(arg); a != aliases_.end()) arg = a->second;
    auto s = specs_.find(arg);
    if (s == specs_.end()) throw UsageError("unknown option '" + arg + "' (see --help)");
    auto& vals = values_[arg];
    if (!s->second.repeat && !vals.empty())
      throw UsageError("option '" + arg + "' given twice");
    if (s->second.takes_value) {
      if (has_inline) {
        vals.push_back(inline_value);
      } else {
        if (i + 1 >= argv.size()) throw UsageError("option '" + arg + "' needs a value");
        vals.push_back(argv[++i]);
      }
    } else {
      if (has_inline) throw UsageError("option '" + arg + "' takes no value");
      vals.emplace_back("1");
    }
  }
}

bool Args::has(std::string_view name) const { return values_.find(name) != values_.end(); }

std::string Args::get(std::string_view name, std::string fallback) const {
  auto it = values_.find(name);
  return it == values_.end() || it->second.empty() ? fallback : it->second.back();
}

const std::vector<std::string>& Args::all(std::string_view name) const {
  static const std::vector<std::string> kNone;
  auto it = values_.find(name);
  return it == values_.end() ? kNone : it->second;
}

unsigned long Args::get_uint(std::string_view name, unsigned long fallback, unsigned long min,
                             unsigned long max) const {
  if (!has(name)) return fallback;
  std::string v = get(name);
  unsigned long out = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (ec != std::errc() || p != v.data() + v.size() || out < min || out > max)
    throw UsageError("option '" + std::string(name) + "': '" + v + "' is not a whole number in " +
                     std::to_string(min) + ".." + std::to_string(max));
  return out;
}

std::string Args::options_help() const {
  std::string out;
  for (const auto& name : order_) {
    const Spec& s = specs_.at(name);
    std::string left = "  " + name + (s.takes_value ? " VALUE" : "");
    for (const auto& [short_name, long_name] : aliases_)
      if (long_name == name) left = "  " + short_name + ", " + name + (s.takes_value ? " VALUE" : "");
    if (left.size() < 28) left.resize(28, ' ');
    else left += "  ";
    out += left + s.help + "\n";
  }
  return out;
}

}  // namespace actorgraph::cli
