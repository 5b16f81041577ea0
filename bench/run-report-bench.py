#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Report benchmark: `aict report` as Markdown and as HTML (with its inline
SVG charts) for generated datasets of 10 000 and 100 000 partnerships
(bench-data/aict-bench-N-s2016-compact.json, generated as run-bench.py
does).  Prints wall time (median of --runs), peak RSS and output size of
each, and the time of a bare `aict info` on the same file (the load, which
both reports include).  Fails when the HTML report of the largest dataset
is 5 MB or more, or takes 5 s or more of CPU beyond the load (wall
times are printed too; on a shared machine they measure the neighbours)."""

import argparse
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_BYTES = 5 * 1000 * 1000
MAX_SECONDS = 5.0


def load_run_bench():
    spec = importlib.util.spec_from_file_location("run_bench", os.path.join(HERE, "run-bench.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def timed(argv, env):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL, timeout=600)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_maxrss, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--build-dir", required=True)
    ap.add_argument("--aict", required=True)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=2016)
    args = ap.parse_args()

    run_bench = load_run_bench()
    env = dict(os.environ, LC_ALL="fr_FR.UTF-8")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(s) for s in args.sizes.split(",")]:
            path, _ = run_bench.ensure_dataset(os.path.join(args.build_dir, "bench-data"), n, args.seed, "compact")
            entry = {"partnerships": n, "file_bytes": os.path.getsize(path)}
            # The load limits raised to what the file needs (as run-query-bench.py does).
            limits = ["--max-file-size=%dM" % max((entry["file_bytes"] >> 20) + 1, 8),
                      "--max-items=10000000", "--max-values=100000000"]
            load = [timed([args.aict, "info"] + limits + [path], env) for _ in range(args.runs)]
            entry["info_s"] = statistics.median(r[0] for r in load)
            entry["info_cpu_s"] = statistics.median(r[2] for r in load)
            for fmt in ("markdown", "html"):
                out = os.path.join(tmp, "report." + fmt)
                runs = [timed([args.aict, "report"] + limits + ["--format", fmt, "--at", "2026-06-01", "-o", out, path], env)
                        for _ in range(args.runs)]
                entry[fmt] = {
                    "wall_s": statistics.median(r[0] for r in runs),
                    "cpu_s": statistics.median(r[2] for r in runs),
                    "max_rss_kib": max(r[1] for r in runs),
                    "bytes": os.path.getsize(out),
                }
            results.append(entry)
            print("%7d partnerships (%.1f MB file, aict info %.2f s wall %.2f s CPU): "
                  "markdown %.2f s wall %.2f s CPU %.2f MB; html %.2f s wall %.2f s CPU %.2f MB "
                  "(CPU beyond the load: %.2f s)"
                  % (n, entry["file_bytes"] / 1e6, entry["info_s"], entry["info_cpu_s"],
                     entry["markdown"]["wall_s"], entry["markdown"]["cpu_s"], entry["markdown"]["bytes"] / 1e6,
                     entry["html"]["wall_s"], entry["html"]["cpu_s"], entry["html"]["bytes"] / 1e6,
                     entry["html"]["cpu_s"] - entry["info_cpu_s"]), flush=True)

    print(json.dumps({"report_bench": results}, indent=2))
    # Judged on CPU time (user + system) beyond the load: the build machine
    # is shared, and wall time there measures the neighbours as much.
    last = results[-1]["html"]
    beyond = last["cpu_s"] - results[-1]["info_cpu_s"]
    ok = last["bytes"] < MAX_BYTES and beyond < MAX_SECONDS
    if not ok:
        print("FAIL: the HTML report of %d partnerships is %d bytes and takes %.2f s of CPU beyond the load "
              "(targets: < %d bytes, < %.0f s)" % (results[-1]["partnerships"], last["bytes"],
                                                    beyond, MAX_BYTES, MAX_SECONDS),
              file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
