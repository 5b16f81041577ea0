#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""aict export --format csv|csv-fr|xlsx and aict import: the round trip of
the bundled dataset and of a generated one is byte-identical, a dry run
writes nothing, every bad cell is reported (in English and in French) and
a failed import writes nothing."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

AICT = os.environ.get('AICT_TOOL', 'aict')
ROOT = os.environ['AICT_SOURCE_ROOT']
DATASET = os.path.join(ROOT, 'data', 'meeting-2016.json')
TABLES = ['dataset', 'sources', 'actors', 'identifiers', 'persons',
          'affiliations', 'partnerships', 'participants', 'components',
          'budgets', 'funders', 'meetings', 'attendance', 'agenda_items',
          'contributions', 'outcomes', 'source_refs']


def run(*args, french=False):
    env = dict(os.environ)
    if french:
        env.update(LC_ALL='fr_FR.UTF-8', LANGUAGE='fr')
    else:
        env.update(LC_ALL='C.UTF-8', LANGUAGE='')
    return subprocess.run([AICT, *args], capture_output=True, text=True,
                          env=env, timeout=300)


class CsvCli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def round_trip(self, source, fmt):
        out = os.path.join(self.dir, fmt)
        r = run('export', '--format', fmt, '--personal', '-o', out, source)
        self.assertEqual(r.returncode, 0, r.stderr)
        files = [os.path.join(out, t + '.csv') for t in TABLES]
        result = os.path.join(self.dir, fmt + '.json')
        r = run('import', '--format', fmt, '-o', result, *files)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('0 updated, 0 unchanged', r.stdout)
        canonical = os.path.join(self.dir, fmt + '-canonical.json')
        r = run('format', '-o', canonical, source)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(canonical, 'rb') as a, open(result, 'rb') as b:
            self.assertEqual(a.read(), b.read())
        return files

    def test_round_trip_bundled(self):
        for fmt in ('csv', 'csv-fr'):
            with self.subTest(fmt=fmt):
                self.round_trip(DATASET, fmt)

    def test_round_trip_generated(self):
        gen = os.path.join(self.dir, 'gen.json')
        subprocess.run([sys.executable, os.path.join(ROOT, 'bench', 'gen-dataset.py'),
                        '2000', gen], check=True, capture_output=True)
        for fmt in ('csv', 'csv-fr'):
            with self.subTest(fmt=fmt):
                self.round_trip(gen, fmt)

    def test_into_dry_run_json(self):
        out = os.path.join(self.dir, 'csv')
        self.assertEqual(run('export', '-f', 'csv', '-o', out, DATASET).returncode, 0)
        actors = os.path.join(self.dir, 'actors.csv')
        with open(os.path.join(out, 'actors.csv'), encoding='utf-8', newline='') as f:
            lines = f.read().split('\r\n')
        lines[1] = lines[1].replace('Dordogne', 'Dordogne (24)', 1)
        lines.insert(2, 'new-actor,Nouvel acteur,,commune,FR,,,,')
        with open(actors, 'w', encoding='utf-8', newline='') as f:
            f.write('\r\n'.join(lines))
        target = os.path.join(self.dir, 'out.json')
        r = run('import', '--into', DATASET, '--dry-run', '--json', actors)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertFalse(os.path.exists(target))
        report = json.loads(r.stdout)
        self.assertTrue(report['dry_run'])
        self.assertEqual((report['added'], report['updated']), (1, 1))
        self.assertEqual(report['items'][0],
                         {'table': 'actors', 'id': 'cd24', 'change': 'updated'})
        self.assertIn({'table': 'actors', 'id': 'new-actor', 'change': 'added'},
                      report['items'])
        r = run('import', '--into', DATASET, '-o', target, actors)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('added actors new-actor', r.stdout)
        r = run('show', target, 'new-actor')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('Nouvel acteur', r.stdout)

    def bad_files(self):
        actors = os.path.join(self.dir, 'actors.csv')
        with open(actors, 'w', encoding='utf-8') as f:
            f.write('id,name,kind,colour\nx,X,commune,red\n')
        budgets = os.path.join(self.dir, 'budgets.csv')
        with open(budgets, 'w', encoding='utf-8') as f:
            f.write('id,actor,kind,currency,amount,approximate\n'
                    'b1,cd24,planned,EUR,12.5.1,yes\n'
                    'b2,cd24,planned,EUR,"1,5",false\n')
        return actors, budgets

    def test_errors_english(self):
        actors, budgets = self.bad_files()
        target = os.path.join(self.dir, 'out.json')
        r = run('import', '--into', DATASET, '-o', target, actors, budgets)
        self.assertEqual(r.returncode, 1)
        self.assertFalse(os.path.exists(target))
        lines = r.stderr.splitlines()
        self.assertIn('aict import: ' + actors + ':1: unknown columns for the table '
                      '“actors”: “colour”', lines)
        self.assertIn('aict import: ' + budgets + ':2:amount: not a number with a '
                      'decimal point: “12.5.1”', lines)
        self.assertIn('aict import: ' + budgets + ':2:approximate: not true or false: '
                      '“yes”', lines)
        self.assertIn('aict import: ' + budgets + ':3:amount: not a number with a '
                      'decimal point: “1,5”', lines)

    def test_errors_french(self):
        actors, budgets = self.bad_files()
        r = run('import', '-n', actors, budgets, french=True)
        self.assertEqual(r.returncode, 1)
        self.assertIn(actors + ':1: colonnes inconnues pour la table « actors » : « colour »',
                      r.stderr)
        self.assertIn(budgets + ':2:approximate: ni true ni false : « yes »', r.stderr)

    def test_usage(self):
        self.assertEqual(run('export', '-f', 'ods', DATASET).returncode, 2)
        self.assertEqual(run('export', '-f', 'csv', DATASET).returncode, 2)
        self.assertEqual(run('import', 'x.csv').returncode, 2)
        r = run('import', '-n', os.path.join(self.dir, 'nothing.csv'))
        self.assertEqual(r.returncode, 1)
        r = run('export', '-f', 'csv', '-t', 'partnerships_wide', '-o', '-', DATASET)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith('id,title,status,start,end,lead,partners,'))

    def test_xlsx(self):
        target = os.path.join(self.dir, 'm.xlsx')
        r = run('export', '-f', 'xlsx', '-o', target, DATASET)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(target, 'rb') as f:
            self.assertEqual(f.read(2), b'PK')


if __name__ == '__main__':
    unittest.main()
