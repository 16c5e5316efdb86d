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
/// Linux charges a child the parent's peak RSS when it is spawned from a big
/// process (the old mm's high-water mark is kept across exec), so when
/// `measure_file` is given the command is run through a fresh copy of this
/// program (`--measure FILE -- argv…`, see measure_main) that spawns it,
/// and its numbers are read back from that file.
RunResult run_process(const std::vector<std::string>& argv, const std::string& stdout_path = "",
                      const std::string& stderr_path = "", const std::string& measure_file = "");

/// The `--measure FILE -- argv…` mode: runs argv, writes "status wall cpu
/// peak_kib" to FILE, returns 0 (or 1 when FILE cannot be written).
int measure_main(const std::string& file, const std::vector<std::string>& argv);

/// Resets this process's peak RSS to its current RSS (Linux clear_refs 5).
void reset_peak_rss();

/// Peak resident set of this process so far (since reset_peak_rss), KiB.
long self_peak_rss_kib();
/// CPU seconds (user + system) of this process so far.
double self_cpu_seconds();

}  // namespace actorgraph::bench
