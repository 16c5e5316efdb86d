// actorgraph: the command line. The only place errors are caught and mapped
// to exit codes (0 ok, 1 error, 2 usage).
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "actorgraph/errors.hpp"
#include "cli/command.hpp"
#include "cli/commands.hpp"

namespace actorgraph::cli {

std::vector<std::unique_ptr<Command>> all_commands() {
  std::vector<std::unique_ptr<Command>> c;
  c.push_back(make_extract_command());
  c.push_back(make_mentions_command());
  c.push_back(make_parse_command());
  c.push_back(make_build_command());
  c.push_back(make_query_command());
  c.push_back(make_export_command());
  c.push_back(make_stats_command());
  c.push_back(make_remove_command());
  return c;
}

std::unique_ptr<Command> make_command(const std::string& name) {
  for (auto& c : all_commands())
    if (c->name() == name) return std::move(c);
  return nullptr;
}

namespace {

constexpr const char* kVersion = "actorgraph 0.1.0";

std::string main_help() {
  std::string s =
      "usage: actorgraph COMMAND [ARGS...]\n\n"
      "Builds a knowledge graph of who does what to whom from news articles: actor-relation-actor\n"
      "triples with CAMEO/PLOVER codes, merged into a graph with the sentence behind every edge.\n\n"
      "commands:\n";
  for (const auto& c : all_commands()) {
    std::string n = "  " + c->name();
    n.resize(12, ' ');
    s += n + c->synopsis() + "\n";
  }
  s += "\n'actorgraph COMMAND --help' describes a command. Exit codes: 0 ok, 1 error, 2 usage.\n";
  return s;
}

int run(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << main_help();
    return kUsage;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << main_help();
    return kOk;
  }
  if (args[0] == "--version") {
    std::cout << kVersion << "\n";
    return kOk;
  }
  auto cmd = make_command(args[0]);
  if (!cmd) {
    std::cerr << "actorgraph: unknown command '" << args[0] << "'\n\n" << main_help();
    return kUsage;
  }
  Args parsed;
  cmd->declare(parsed);
  std::vector<std::string> rest(args.begin() + 1, args.end());
  for (const auto& r : rest) {
    if (r == "--") break;
    if (r == "--help" || r == "-h") {
      std::cout << cmd->help(parsed);
      return kOk;
    }
  }
  try {
    parsed.parse(rest);
    cmd->setup(parsed);
  } catch (const UsageError& e) {
    std::cerr << "actorgraph " << cmd->name() << ": " << e.what() << "\nusage: " << cmd->synopsis() << "\n";
    return kUsage;
  }
  std::ios::sync_with_stdio(false);
  return cmd->run(std::cout, std::cerr);
}

}  // namespace
}  // namespace actorgraph::cli

int main(int argc, char** argv) {
  using namespace actorgraph;
  try {
    return cli::run(argc, argv);
  } catch (const UsageError& e) {
    std::cerr << "actorgraph: " << e.what() << "\n";
    return cli::kUsage;
  } catch (const Error& e) {
    std::cerr << "actorgraph: error: " << e.what() << "\n";
    return cli::kError;
  } catch (const std::bad_alloc&) {
    std::cerr << "actorgraph: error: out of memory\n";
    return cli::kError;
  } catch (const std::exception& e) {
    std::cerr << "actorgraph: internal error: " << e.what() << "\n";
    return cli::kError;
  }
}
