#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The IATI export benchmark (meson benchmark "iati"): generates datasets
of 25 000, 50 000 and 100 000 partnerships with bench/gen-dataset.py into
DIR/bench-data (reusing earlier ones, as run-bench.py does) and runs
bench-iati on them.

Usage: run-iati-bench.py --build-dir DIR --bench-iati EXE [--sizes N,N…]
       [--runs N] [--smoke]

--smoke: one 2 000-partnership file, one run: that the benchmark runs."""
import argparse
import importlib.util
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("run_bench", os.path.join(HERE, "run-bench.py"))
run_bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(run_bench)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build-dir", required=True)
    ap.add_argument("--bench-iati", required=True)
    ap.add_argument("--sizes", default="25000,50000,100000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--smoke", action="store_true")
    args = ap.parse_args()
    sizes = [2000] if args.smoke else [int(s) for s in args.sizes.split(",")]
    runs = 1 if args.smoke else args.runs
    data_dir = os.path.join(args.build_dir, "bench-data")
    paths = [run_bench.ensure_dataset(data_dir, n, run_bench.DEFAULT_SEED)[0] for n in sizes]
    return subprocess.run([args.bench_iati, "--runs", str(runs), *paths]).returncode


if __name__ == "__main__":
    sys.exit(main())
