#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""CSV benchmark: every table of a dataset of N partnerships, written and
read by libaict and by Python's csv module, side by side.

Usage:
  bench_csv.py --build-dir DIR [--n 100000] [--runs 3] [--smoke]

The dataset is made by bench/gen-dataset.py (cached in DIR/bench-data/)
and loaded with Aict.LoadOptions.new_trusted().  Measured, best of --runs:

  export         Dataset.export_csv(): the 18 tables, RFC 4180
  export (fr)    the same in the French dialect
  import         Dataset.new_from_csv() of the 17 importable tables: CSV
                 reading, every cell checked, and the aict/1 load with its
                 validation (trusted limits)
  python write   csv.writer writing the same rows (already in lists) to
                 the same files
  python read    csv.reader reading those files into lists of strings

Python's csv does much less (no types, no checks, no model); it is the
floor a script would start from.  Prints a table of seconds and rows.
"""

import argparse
import csv
import glob
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

import gi  # noqa: E402
gi.require_version('Aict', '1')
from gi.repository import Aict  # noqa: E402


def best(runs, fn):
    times = []
    result = None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build-dir', required=True)
    ap.add_argument('--n', type=int, default=100000)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--smoke', action='store_true')
    args = ap.parse_args()
    if args.smoke:
        args.n, args.runs = 500, 1

    data_dir = os.path.join(args.build_dir, 'bench-data')
    os.makedirs(data_dir, exist_ok=True)
    source = os.path.join(data_dir, 'csv-%d.json' % args.n)
    if not os.path.exists(source):
        subprocess.run([sys.executable, os.path.join(HERE, 'gen-dataset.py'),
                        str(args.n), source], check=True, capture_output=True)
    options = Aict.LoadOptions.new_trusted()
    dataset = Aict.Dataset.new_from_file_full(source, options)
    expected = dataset.to_bytes().get_data()

    with tempfile.TemporaryDirectory() as tmp:
        rfc = os.path.join(tmp, 'rfc')
        fr = os.path.join(tmp, 'fr')
        py = os.path.join(tmp, 'py')
        for d in (rfc, fr, py):
            os.makedirs(d)
        t_export, _ = best(args.runs, lambda: dataset.export_csv(
            rfc, Aict.CsvDialect.RFC4180, Aict.CsvFlags.PERSONAL))
        t_export_fr, _ = best(args.runs, lambda: dataset.export_csv(
            fr, Aict.CsvDialect.FRENCH, Aict.CsvFlags.PERSONAL))
        names = [n for n in Aict.csv_get_table_names() if n != 'partnerships_wide']
        paths = [os.path.join(rfc, n + '.csv') for n in names]

        def do_import():
            back, _ = Aict.Dataset.new_from_csv(paths, Aict.CsvDialect.AUTO, options)
            return back
        t_import, back = best(args.runs, do_import)
        if back.to_bytes().get_data() != expected:
            print('import does not give back the dataset', file=sys.stderr)
            return 1

        tables = {}
        for n in Aict.csv_get_table_names():
            with open(os.path.join(rfc, n + '.csv'), encoding='utf-8', newline='') as f:
                tables[n] = list(csv.reader(f))
        rows = sum(len(t) - 1 for t in tables.values())

        def py_write():
            for n, t in tables.items():
                with open(os.path.join(py, n + '.csv'), 'w', encoding='utf-8',
                          newline='') as f:
                    csv.writer(f).writerows(t)

        def py_read():
            out = {}
            for n in tables:
                with open(os.path.join(py, n + '.csv'), encoding='utf-8',
                          newline='') as f:
                    out[n] = list(csv.reader(f))
            return out
        t_py_write, _ = best(args.runs, py_write)
        t_py_read, again = best(args.runs, py_read)
        if again != tables:
            print('python csv does not read its own tables back', file=sys.stderr)
            return 1
        size = sum(os.path.getsize(p) for p in glob.glob(rfc + '/*.csv'))

    # As TAP comments in the smoke test.
    out = (lambda line: print('# ' + line)) if args.smoke else print
    out('CSV tables of %d partnerships: %d rows in %d tables, %.1f MB (best of %d)'
        % (args.n, rows, len(tables), size / 1e6, args.runs))
    out('%-36s %10s' % ('operation', 'seconds'))
    for label, t in (('libaict export_csv (rfc4180)', t_export),
                     ('libaict export_csv (french)', t_export_fr),
                     ('python csv.writer, same rows', t_py_write),
                     ('libaict new_from_csv (checked+load)', t_import),
                     ('python csv.reader, same files', t_py_read)):
        out('%-36s %10.3f' % (label, t))
    if args.smoke:
        print('1..1\nok 1 - csv benchmark smoke')
    return 0


if __name__ == '__main__':
    sys.exit(main())
