// CLI subcommands (osmium-tool style): setup() parses and validates with no
// I/O, run() does the work. main() is the only catch site.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "cli/args.hpp"

namespace actorgraph::cli {

/// Exit codes of the actorgraph command.
enum ExitCode : int { kOk = 0, kError = 1, kUsage = 2 };

class Command {
 public:
  virtual ~Command() = default;
  virtual std::string name() const = 0;
  virtual std::string synopsis() const = 0;     ///< "actorgraph build FILE... [--db PATH]"
  virtual std::string description() const = 0;  ///< one paragraph
  /// Declares options on args_ (called once before parse).
  virtual void declare(Args& args) = 0;
  /// Validates parsed options and positionals; throws UsageError.
  virtual void setup(const Args& args) = 0;
  /// Does the work; returns the exit code. Throws actorgraph::Error on failure.
  virtual int run(std::ostream& out, std::ostream& err) = 0;

  /// The full --help text.
  std::string help(const Args& args) const;
};

/// Every command, in the order `actorgraph --help` lists them.
std::vector<std::unique_ptr<Command>> all_commands();
/// The command called `name`, or nullptr.
std::unique_ptr<Command> make_command(const std::string& name);

}  // namespace actorgraph::cli
