// Shared helpers of the benchmarks: CPU time of the calling thread and the
// process's peak resident memory.
#pragma once

#include <sys/resource.h>

#include <ctime>

namespace actorgraph::bench {

inline double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

inline long peak_rss_mib() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;
}

}  // namespace actorgraph::bench
