#!/usr/bin/env python3
"""Runs one end-to-end CLI case: the real actorgraph binary in a fresh temp dir.

usage: run_cli_test.py --bin PATH --case NAME [--update]

Cases live in cases.py. Each step runs a command and checks its exit code, and
stdout/stderr against golden files (tests/cli/golden/CASE.N.out / .err) or
`contains` fragments. Paths in output are normalised: the temp dir to {TMP},
the project's tests/data to {DATA}, ../shared to {SHARED}. --update rewrites
the golden files of the case (review the diff before committing).
Exit 0 pass, 1 fail, 77 skip (meson's skip code) when ../shared is absent and
the case needs it.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, "tests", "data")
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
GOLDEN = os.path.join(HERE, "golden")
sys.path.insert(0, HERE)
import cases  # noqa: E402


def normalise(text, tmp):
    for real, tag in ((tmp, "{TMP}"), (DATA, "{DATA}"), (SHARED, "{SHARED}"), (ROOT, "{ROOT}")):
        text = text.replace(real, tag)
    return text


def expand(arg, tmp, binary):
    return (arg.replace("{TMP}", tmp).replace("{DATA}", DATA).replace("{SHARED}", SHARED)
            .replace("{ROOT}", ROOT).replace("{BIN}", binary))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--case", required=True)
    ap.add_argument("--update", action="store_true")
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    case = cases.CASES[a.case]
    if case.get("needs_shared") and not os.path.isdir(SHARED):
        print(f"skip: {SHARED} is absent")
        return 77
    tmp = tempfile.mkdtemp(prefix="ag-cli-")
    failures = []
    try:
        for i, step in enumerate(case["steps"]):
            if "shell" in step:
                cmd = expand(step["shell"], tmp, binary)
                p = subprocess.run(cmd, shell=True, executable="/bin/bash", cwd=tmp, capture_output=True, text=True,
                                   stdin=subprocess.DEVNULL if "stdin" not in step else None,
                                   input=step.get("stdin"))
            else:
                argv = [binary] + [expand(x, tmp, binary) for x in step["args"]]
                p = subprocess.run(argv, cwd=tmp, capture_output=True, text=True, input=step.get("stdin", ""))
            out, err = normalise(p.stdout, tmp), normalise(p.stderr, tmp)
            label = f"step {i} ({step.get('args') or step.get('shell')})"
            if p.returncode != step.get("exit", 0):
                failures.append(f"{label}: exit {p.returncode}, expected {step.get('exit', 0)}\nstdout:\n{out}\nstderr:\n{err}")
            for stream, text in (("out", out), ("err", err)):
                if step.get("golden_" + stream):
                    path = os.path.join(GOLDEN, f"{a.case}.{i}.{stream}")
                    if a.update:
                        with open(path, "w", encoding="utf-8") as f:
                            f.write(text)
                    elif not os.path.exists(path):
                        failures.append(f"{label}: golden file {path} missing (run with --update)")
                    else:
                        want = open(path, encoding="utf-8").read()
                        if want != text:
                            failures.append(f"{label}: std{stream} differs from {path}\n--- want\n{want}\n--- got\n{text}")
                for frag in step.get("std" + stream + "_contains", []):
                    if frag not in text:
                        failures.append(f"{label}: std{stream} lacks {frag!r}\n--- got\n{text}")
                for frag in step.get("std" + stream + "_lacks", []):
                    if frag in text:
                        failures.append(f"{label}: std{stream} has {frag!r}\n--- got\n{text}")
            if "check" in step:
                msg = step["check"](tmp, p)
                if msg:
                    failures.append(f"{label}: {msg}")
            if failures and not step.get("continue_on_failure"):
                break
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print("FAIL", f)
    print(f"{a.case}: {'FAIL' if failures else 'ok'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
