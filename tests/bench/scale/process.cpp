#include "process.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <chrono>

extern char** environ;

namespace actorgraph::bench {
namespace {

double seconds(const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; }

}  // namespace

RunResult run_process(const std::vector<std::string>& argv, const std::string& stdout_path,
                      const std::string& stderr_path, const std::string& measure_file) {
  RunResult r;
  if (!measure_file.empty()) {
    std::vector<std::string> helper{"/proc/self/exe", "--measure", measure_file, "--"};
    helper.insert(helper.end(), argv.begin(), argv.end());
    std::remove(measure_file.c_str());
    auto outer = run_process(helper, stdout_path, stderr_path);
    std::FILE* f = std::fopen(measure_file.c_str(), "r");
    if (outer.status != 0 || !f) {
      if (f) std::fclose(f);
      return r;
    }
    if (std::fscanf(f, "%d %lf %lf %ld", &r.status, &r.wall_seconds, &r.cpu_seconds, &r.peak_rss_kib) != 4)
      r = RunResult{};
    std::fclose(f);
    return r;
  }
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (!stdout_path.empty())
    posix_spawn_file_actions_addopen(&actions, 1, stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (!stderr_path.empty())
    posix_spawn_file_actions_addopen(&actions, 2, stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return r;
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0)
    if (errno != EINTR) return r;
  r.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.cpu_seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
  r.peak_rss_kib = usage.ru_maxrss;
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : -1;
  return r;
}

int measure_main(const std::string& file, const std::vector<std::string>& argv) {
  auto r = run_process(argv);
  std::FILE* f = std::fopen(file.c_str(), "w");
  if (!f) return 1;
  std::fprintf(f, "%d %.6f %.6f %ld\n", r.status, r.wall_seconds, r.cpu_seconds, r.peak_rss_kib);
  return std::fclose(f) == 0 ? 0 : 1;
}

void reset_peak_rss() {
  if (std::FILE* f = std::fopen("/proc/self/clear_refs", "w")) {
    std::fputs("5", f);
    std::fclose(f);
  }
}

long self_peak_rss_kib() {
  // VmHWM honours reset_peak_rss; ru_maxrss does not.
  long kib = -1;
  if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
    char line[256];
    while (std::fgets(line, sizeof line, f))
      if (std::sscanf(line, "VmHWM: %ld kB", &kib) == 1) break;
    std::fclose(f);
  }
  if (kib >= 0) return kib;
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

double self_cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return seconds(u.ru_utime) + seconds(u.ru_stime);
}

}  // namespace actorgraph::bench
