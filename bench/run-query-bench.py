#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Query benchmark of libaict: bench-query, then `aict info` against a load.

Usage:
  run-query-bench.py --build-dir DIR --bench-query EXE --bench-aict EXE
                     --aict EXE [--sizes 10000,100000,1000000] [--seed S]
                     [--info-size 100000] [--runs 3] [--json]
                     [--skip-query] [--skip-info]

1. Runs bench-query (bench/bench-query.c) at the given sizes: the indexed
   filters, budget totals and overlaps of the library next to plain linear
   scans over the same objects, with its own tables and PASS/MISS lines
   (a fixed-size answer takes < 2x from the smallest to the largest size;
   overlaps by country over 1 000 000 partnerships < 1 s).  Its output is
   passed through.

2. `aict info` on the 100 000-partnership file of run-bench.py
   (DIR/bench-data/aict-bench-100000-s2016-compact.json, generated with
   bench/gen-dataset.py if missing, exactly as run-bench.py does) against
   `bench-aict load` on the same file: `aict info`'s wall time (median of
   --runs, from spawn to exit), the load time inside bench-aict
   (aict_dataset_new_from_file_full() alone; bench-aict also validates, which is
   reported apart and not counted), and the share of `aict info`'s time that
   the load takes.  The two run in alternation and are judged on the best
   run of each (the least disturbed by other work), medians beside.  Target of the issue: `aict info` dominated by the load,
   not the analysis: the load is more than half of its time.

   `aict info` is run first as a user would, with the default load limits
   (max_file_size 8 MiB, 100 000 items per array, 1 000 000 values), which
   the 100 000-partnership file exceeds.  If it refuses the file and the
   tool has load-limit options (`aict info --help-load` lists
   --max-file-size, --max-items, --max-values), it is timed again with the
   limits raised to what the file needs, as bench-aict raises them; the
   refusal is reported too.  If it cannot load the file at all, a MISS line
   gives the reason, and the same comparison is made on the
   10 000-partnership file, which it loads with the default limits, for
   information.

The exit status is 1 if bench-query finds an answer of the library that
differs from its linear scan's or a program fails to run, else 0 (MISS lines
are a benchmark's results, not failures).
"""

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 2016


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def load_run_bench():
    """run-bench.py as a module, for its ensure_dataset()."""
    spec = importlib.util.spec_from_file_location("run_bench", os.path.join(HERE, "run-bench.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_once(argv):
    """(exit status, wall s, cpu s, stdout, stderr) of @argv."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.monotonic()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - t0
        out.seek(0)
        err.seek(0)
        return (os.waitstatus_to_exitcode(status), wall, usage.ru_utime + usage.ru_stime,
                out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


RAISED = 2 ** 32 - 1


def limit_options(aict, path):
    """The options that raise aict info's load limits to what @path needs,
    or None if the tool has none."""
    status, _, _, out, err = run_once([aict, "info", "--help-load"])
    if status != 0 or "--max-file-size" not in out + err:
        return None
    mib = (os.path.getsize(path) + (1 << 20) - 1) >> 20
    options = ["--max-file-size=%dM" % max(mib, 8)]
    if "--max-items" in out + err:
        options.append("--max-items=%d" % RAISED)
    if "--max-values" in out + err:
        options.append("--max-values=%d" % RAISED)
    return options


def measure_info(aict, path, runs, options=()):
    walls, cpus = [], []
    for i in range(runs):
        status, wall, cpu, out, err = run_once([aict, "info"] + list(options) + [path])
        if status != 0:
            return {"ok": False, "exit": status, "options": list(options),
                    "reason": (err.strip() or out.strip())[-500:]}
        walls.append(wall)
        cpus.append(cpu)
        log("bench:   aict info %srun %d/%d: %.3f s wall"
            % (" ".join(options) + " " if options else "", i + 1, runs, wall))
    return {"ok": True, "options": list(options), "wall_s": statistics.median(walls),
            "best_s": min(walls), "cpu_s": statistics.median(cpus), "runs": runs}


def measure_load(bench_aict, path, runs):
    walls, loads, validates, frees = [], [], [], []
    for i in range(runs):
        status, wall, cpu, out, err = run_once([bench_aict, "load", path])
        if status != 0:
            return {"ok": False, "exit": status, "reason": (err.strip() or out.strip())[-500:]}
        result = json.loads(out.strip().splitlines()[-1])
        walls.append(wall)
        loads.append(result["load_s"])
        validates.append(result.get("validate_s", 0.0))
        frees.append(result.get("free_s", 0.0))
        log("bench:   bench-aict load run %d/%d: %.3f s wall, %.3f s load inside"
            % (i + 1, runs, wall, result["load_s"]))
    return {"ok": True, "wall_s": statistics.median(walls), "load_s": statistics.median(loads),
            "best_load_s": min(loads), "validate_s": statistics.median(validates),
            "free_s": statistics.median(frees), "runs": runs}


def info_vs_load(args, run_bench, n):
    """aict info and bench-aict load on the same file, in alternation (one
    run of each, --runs times), so that other work on the machine weighs on
    both alike; judged on the best run of each, the least disturbed."""
    data_dir = os.path.join(args.build_dir, "bench-data")
    path, _ = run_bench.ensure_dataset(data_dir, n, args.seed, "compact")
    options = []
    refused = None
    probe = measure_info(args.aict, path, 1)
    if not probe["ok"]:
        raised = limit_options(args.aict, path)
        if raised is not None:
            refused = probe
            options = raised
    infos, loads = [], []
    for i in range(args.runs):
        infos.append(measure_info(args.aict, path, 1, options))
        loads.append(measure_load(args.bench_aict, path, 1))
        if not infos[-1]["ok"] or not loads[-1]["ok"]:
            break
    info = merge(infos, ["wall_s", "cpu_s"])
    load = merge(loads, ["wall_s", "load_s", "validate_s", "free_s"])
    entry = {"partnerships": n, "file": path, "bytes": os.path.getsize(path),
             "info": info, "load": load}
    if refused is not None:
        entry["info_default_limits"] = refused
    if info["ok"] and load["ok"]:
        entry["load_share"] = load["best_load_s"] / info["best_s"]
        entry["load_share_median"] = load["load_s"] / info["wall_s"]
        entry["rest_s"] = info["best_s"] - load["best_load_s"]
    return entry


def merge(results, fields):
    """One result from single runs: medians of @fields, the best wall (and
    load) time, or the first failure."""
    for r in results:
        if not r["ok"]:
            return r
    merged = {"ok": True, "runs": len(results), "options": results[0].get("options", [])}
    for f in fields:
        merged[f] = statistics.median(r[f] for r in results)
    merged["best_s"] = min(r["wall_s"] for r in results)
    if "load_s" in fields:
        merged["best_load_s"] = min(r["load_s"] for r in results)
    return merged


def describe(entry):
    lines = []
    info, load = entry["info"], entry["load"]
    lines.append("%s (%d partnerships, %.1f MB)"
                 % (os.path.basename(entry["file"]), entry["partnerships"], entry["bytes"] / 1e6))
    if "info_default_limits" in entry:
        refused = entry["info_default_limits"]
        lines.append("  aict info FILE            refused with the default limits (exit %d): %s"
                     % (refused["exit"], refused["reason"]))
        lines.append("  aict info %s FILE:" % " ".join(info["options"]))
    if info["ok"]:
        lines.append("  aict info FILE            %8.1f ms wall, best of %d (median %.1f ms; cpu %.1f ms)"
                     % (info["best_s"] * 1e3, info["runs"], info["wall_s"] * 1e3, info["cpu_s"] * 1e3))
    else:
        lines.append("  aict info FILE            FAILED (exit %d): %s" % (info["exit"], info["reason"]))
    if load["ok"]:
        lines.append("  bench-aict load FILE      %8.1f ms load inside, best of %d (median %.1f ms); "
                     "%.1f ms wall (its validate %.1f ms and free %.1f ms not counted)"
                     % (load["best_load_s"] * 1e3, load["runs"], load["load_s"] * 1e3,
                        load["wall_s"] * 1e3, load["validate_s"] * 1e3, load["free_s"] * 1e3))
    else:
        lines.append("  bench-aict load FILE      FAILED (exit %d): %s" % (load["exit"], load["reason"]))
    if "load_share" in entry:
        lines.append("  load share of aict info   %8.0f %%  of the best runs (medians: %.0f %%); the rest "
                     "(analysis, printing, start-up, freeing) %.1f ms"
                     % (entry["load_share"] * 100, entry["load_share_median"] * 100, entry["rest_s"] * 1e3))
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--build-dir", required=True, help="where bench-data/ is (run-bench.py's)")
    ap.add_argument("--bench-query", required=True, help="the bench-query executable")
    ap.add_argument("--bench-aict", required=True, help="the bench-aict executable")
    ap.add_argument("--aict", required=True, help="the aict tool")
    ap.add_argument("--sizes", default="10000,100000,1000000", help="sizes for bench-query")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--info-size", type=int, default=100000,
                    help="partnerships of the file for aict info (run-bench.py's files)")
    ap.add_argument("--fallback-size", type=int, default=10000,
                    help="the file to compare on when aict info refuses the first")
    ap.add_argument("--runs", type=int, default=5, help="runs of aict info and of bench-aict load")
    ap.add_argument("--json", action="store_true", help="print the results as one JSON document")
    ap.add_argument("--skip-query", action="store_true", help="do not run bench-query")
    ap.add_argument("--skip-info", action="store_true", help="do not measure aict info")
    args = ap.parse_args(argv)

    failed = False
    query = None
    if not args.skip_query:
        argv_q = [args.bench_query, "--sizes", args.sizes, "--seed", str(args.seed)]
        if args.json:
            argv_q.append("--json")
            proc = subprocess.run(argv_q, stdout=subprocess.PIPE, text=True)
            try:
                query = json.loads(proc.stdout)
            except ValueError:
                query = {"error": "no JSON from bench-query", "output": proc.stdout[-2000:]}
        else:
            sys.stdout.flush()
            proc = subprocess.run(argv_q)
        if proc.returncode != 0:
            failed = True
            log("bench: bench-query exited with %d%s" % (
                proc.returncode, ": the library's answers differ from the linear scans'"
                if proc.returncode == 1 else ""))

    info_results = []
    checks = []
    if not args.skip_info:
        run_bench = load_run_bench()
        try:
            main_entry = info_vs_load(args, run_bench, args.info_size)
            info_results.append(main_entry)
            if not main_entry["info"]["ok"] and args.fallback_size and args.fallback_size != args.info_size:
                info_results.append(info_vs_load(args, run_bench, args.fallback_size))
        except (OSError, subprocess.CalledProcessError, ValueError) as e:
            log("bench: FAILED: %s" % e)
            failed = True
            main_entry = None

        if main_entry is not None:
            target = "aict info on the %d-partnership file dominated by the load (> 50 %%)" % args.info_size
            if not main_entry["load"]["ok"]:
                checks.append(("FAIL", target, "bench-aict load failed: %s" % main_entry["load"]["reason"]))
                failed = True
            elif not main_entry["info"]["ok"]:
                detail = "aict info cannot load the file: %s" % main_entry["info"]["reason"]
                if len(info_results) > 1 and "load_share" in info_results[1]:
                    fb = info_results[1]
                    detail += ("; on the %d-partnership file it can load, the load is %.0f %% of its "
                               "time (best runs: %.1f of %.1f ms)"
                               % (fb["partnerships"], fb["load_share"] * 100,
                                  fb["load"]["best_load_s"] * 1e3, fb["info"]["best_s"] * 1e3))
                checks.append(("MISS", target, detail))
            else:
                share = main_entry["load_share"]
                detail = ("the load is %.0f %% of aict info's time (best runs: %.1f of %.1f ms; "
                          "medians: %.0f %%)"
                          % (share * 100, main_entry["load"]["best_load_s"] * 1e3,
                             main_entry["info"]["best_s"] * 1e3, main_entry["load_share_median"] * 100))
                if "info_default_limits" in main_entry:
                    detail += ("; with the limits raised (%s): with its default limits aict info "
                               "refuses the file: %s" % (" ".join(main_entry["info"]["options"]),
                                                         main_entry["info_default_limits"]["reason"]))
                checks.append(("PASS" if share > 0.5 else "MISS", target, detail))

    if args.json:
        json.dump({"query": query, "info": info_results,
                   "targets": [{"verdict": v, "target": t, "detail": d} for v, t, d in checks]},
                  sys.stdout, indent=2)
        print()
    elif not args.skip_info:
        print("\n== aict info against a bare load (bench-aict load)")
        for entry in info_results:
            print(describe(entry))
        print("")
        for verdict, target, detail in checks:
            print("%-4s %s: %s" % (verdict, target, detail))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
