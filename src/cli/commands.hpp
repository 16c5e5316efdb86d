// Factories of the individual commands (one file each).
#pragma once

#include <memory>

#include "cli/command.hpp"

namespace actorgraph::cli {

unsigned default_threads();

std::unique_ptr<Command> make_extract_command();
std::unique_ptr<Command> make_mentions_command();
std::unique_ptr<Command> make_parse_command();
std::unique_ptr<Command> make_build_command();
std::unique_ptr<Command> make_query_command();
std::unique_ptr<Command> make_export_command();
std::unique_ptr<Command> make_stats_command();
std::unique_ptr<Command> make_remove_command();

}  // namespace actorgraph::cli
