#include "cli/command.hpp"

namespace actorgraph::cli {

std::string Command::help(const Args& args) const {
  return "usage: " + synopsis() + "\n\n" + description() + "\n\noptions:\n" + args.options_help() +
         "  -h, --help                show this help\n";
}

}  // namespace actorgraph::cli
