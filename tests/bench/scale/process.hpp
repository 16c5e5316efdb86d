// Child processes for the scale benchmark: spawn, wait, measure.
#pragma once

#include <string>
#include <vector>

namespace actorgraph::bench {

/// What a finished child did: exit status, wall time and its own peak memory.
struct RunResult {
  int status = -1;           ///< exit code; 128+N when killed by signal N; -1 when it could not start
  double wall_seconds = 0;   ///< from spawn to exit
  double cpu_seconds = 0;    ///< user + system CPU time of the child
  long peak_rss_kib = 0;     ///< the child's peak resident set (ru_maxrss)
};

/// Runs argv[0] (a path; no PATH search) with argv, stdout to `stdout_path`
/// ("" = inherit) and stderr to `stderr_path` ("" = inherit). Waits for it.
RunResult run_process(const std::vector<std::string>& argv, const std::string& stdout_path = "",
                      const std::string& stderr_path = "");

/// Peak resident set of this process so far, KiB.
long self_peak_rss_kib();
/// CPU seconds (user + system) of this process so far.
double self_cpu_seconds();

}  // namespace actorgraph::bench
