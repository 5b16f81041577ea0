#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The diff benchmark: aict_dataset_diff() on two files of N partnerships
(10 000 by default) next to a linear scan comparing aict_entity_to_json()
strings (bench-diff.c).

OLD is made by gen-dataset.py --seed S; NEW is OLD with a small set of
changes, chosen with the same seed: 20 partnerships change status, 5
actors change name, 5 partnerships are removed and 10 added.  bench-diff
checks that the diff and the scan find exactly these objects.

Usage: run-diff-bench.py --build-dir DIR --bench-diff EXE [--n N]
                         [--seed S] [--runs R] [--smoke]
--smoke: 500 partnerships, one run (the bench-diff-smoke test)."""
import argparse
import copy
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STATUSES = ['planned', 'active', 'slowed', 'dormant', 'suspended', 'ended',
            'abandoned']
N_STATUS, N_NAMES, N_REMOVED, N_ADDED = 20, 5, 5, 10


def make_new(old, seed):
    rng = random.Random(seed)
    new = copy.deepcopy(old)
    partnerships = new['partnerships']
    picked = rng.sample(range(len(partnerships)), N_STATUS + N_REMOVED)
    for i in picked[:N_STATUS]:
        p = partnerships[i]
        p['status'] = rng.choice([s for s in STATUSES if s != p['status']])
    removed = {partnerships[i]['id'] for i in picked[N_STATUS:]}
    for i in rng.sample(range(len(new['actors'])), N_NAMES):
        new['actors'][i]['name'] += ' (nouveau nom)'
    added = []
    for k, i in enumerate(rng.sample(range(len(partnerships)), N_ADDED)):
        p = copy.deepcopy(partnerships[i])
        p['id'] = f'bench-added-{k}'
        added.append(p)
    new['partnerships'] = [p for p in partnerships
                           if p['id'] not in removed] + added
    return new


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build-dir', required=True)
    ap.add_argument('--bench-diff', required=True)
    ap.add_argument('--n', type=int, default=10000)
    ap.add_argument('--seed', type=int, default=2016)
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--smoke', action='store_true')
    args = ap.parse_args()
    n, runs = (500, 1) if args.smoke else (args.n, args.runs)

    old_path = os.path.join(args.build_dir, f'diff-old-{n}-{args.seed}.json')
    new_path = os.path.join(args.build_dir, f'diff-new-{n}-{args.seed}.json')
    subprocess.run([sys.executable, os.path.join(HERE, 'gen-dataset.py'),
                    '--seed', str(args.seed), str(n), old_path], check=True)
    with open(old_path, encoding='utf-8') as f:
        old = json.load(f)
    with open(new_path + '.tmp', 'w', encoding='utf-8') as f:
        json.dump(make_new(old, args.seed), f, ensure_ascii=False, indent=2)
        f.write('\n')
    os.replace(new_path + '.tmp', new_path)

    print(f'diff benchmark: {n} partnerships, seed {args.seed}', flush=True)
    result = subprocess.run([args.bench_diff, '--runs', str(runs),
                             '--expect-added', str(N_ADDED),
                             '--expect-removed', str(N_REMOVED),
                             '--expect-changed', str(N_STATUS + N_NAMES),
                             old_path, new_path])
    return result.returncode


if __name__ == '__main__':
    sys.exit(main())
