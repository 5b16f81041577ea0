#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Bulk export benchmark: rows of partnerships, five ways, side by side.

Usage:
  bench_records.py --build-dir DIR --bench-table EXE [--n 100000] [--runs 3]

On a dataset of N partnerships made by bench/gen-dataset.py (cached in
DIR/bench-data/, loaded with Aict.LoadOptions.new_trusted()):

  dict rows     Dataset.to_dict_records('partnerships'): the pure-Python
                rows over Entity.to_dict() (the to_records() of 0.1)
  getter loop   a hand-written Python loop of getters building the same
                values as a table row
  to_records    Dataset.to_records('partnerships'): AictTable in C, then
                one call per column into Python
  to_pandas     Dataset.to_pandas('partnerships') (if pandas is installed)
  C scan        a plain C loop of the public getters (bench-table)
  C table       aict_dataset_to_table() alone (bench-table)

Best of --runs (the dict rows once: it is slow).  Prints a table: seconds,
rows, microseconds per row and the ratio to to_records.
"""

import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

import gi  # noqa: E402
gi.require_version('Aict', '1')
from gi.repository import Aict  # noqa: E402


def best(runs, fn):
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def getter_loop(dataset):
    rows = []
    for p in dataset.get_partnerships():
        n_participants = p.get_n_participants()
        lead = None
        for i in range(n_participants):
            participant = p.get_participant(i)
            if participant.get_role() == Aict.ParticipantRole.LEAD:
                lead = participant.get_actor_id()
                break
        start, end = p.get_start(), p.get_end()
        rows.append({
            'id': p.get_id(),
            'title': p.get_title(),
            'status': p.get_status().value_nick,
            'start': start.to_string() if start is not None else None,
            'end': end.to_string() if end is not None else None,
            'countries': ';'.join(p.get_countries() or []) or None,
            'subdivisions': ';'.join(p.get_subdivisions() or []) or None,
            'themes': ';'.join(p.get_themes() or []) or None,
            'lead': lead,
            'n_participants': n_participants,
            'n_components': p.get_n_components(),
        })
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument('--build-dir', required=True)
    ap.add_argument('--bench-table', required=True)
    ap.add_argument('--n', type=int, default=100000)
    ap.add_argument('--runs', type=int, default=3)
    args = ap.parse_args(argv)

    data_dir = os.path.join(args.build_dir, 'bench-data')
    os.makedirs(data_dir, exist_ok=True)
    path = os.path.join(data_dir, 'aict-records-%d.json' % args.n)
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(HERE, 'gen-dataset.py'),
                        str(args.n), path], check=True)

    start = time.perf_counter()
    dataset = Aict.Dataset.new_from_file_full(path, Aict.LoadOptions.new_trusted())
    print('load: %.2f s, %d partnerships' % (time.perf_counter() - start,
                                             dataset.get_partnerships().get_n_items()),
          flush=True)
    dataset.to_table(Aict.TableKind.ACTORS, None)   # builds the query index

    results = []
    t, rows = best(args.runs, lambda: dataset.to_records('partnerships'))
    results.append(('to_records (AictTable)', t, len(rows)))
    reference = rows
    t, rows = best(args.runs, lambda: getter_loop(dataset))
    if rows != reference:
        print('MISMATCH: the getter loop and to_records differ', file=sys.stderr)
        return 1
    results.append(('hand loop of getters', t, len(rows)))
    try:
        import pandas  # noqa: F401
        t, frame = best(args.runs, lambda: dataset.to_pandas('partnerships'))
        results.append(('to_pandas', t, len(frame)))
    except ImportError:
        results.append(('to_pandas (pandas missing)', None, 0))
    t, rows = best(1, lambda: dataset.to_dict_records('partnerships'))
    results.append(('old to_records (to_dict rows)', t, len(rows)))

    out = subprocess.run([args.bench_table, path, str(args.runs)], check=True,
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        name, seconds, n = line.split()
        label = {'scan': 'plain C scan (getters)', 'table': 'C aict_dataset_to_table'}[name]
        results.append((label, float(seconds), int(n)))

    base = results[0][1]
    print('\n%-32s %10s %8s %10s %9s' % ('method', 'seconds', 'rows', 'µs/row', 'vs new'))
    for name, t, n in results:
        if t is None:
            print('%-32s %10s' % (name, '-'))
            continue
        print('%-32s %10.3f %8d %10.2f %8.2fx' % (name, t, n, 1e6 * t / max(n, 1), t / base))
    return 0


if __name__ == '__main__':
    sys.exit(main())
