#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The aict tool, run as a user runs it: output, --json schema, exit codes."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

AICT = os.environ.get('AICT_TOOL', 'aict')
ROOT = os.environ['AICT_SOURCE_ROOT']
DATASET = os.path.join(ROOT, 'data', 'meeting-2016.json')
VALID = os.path.join(ROOT, 'tests', 'data', 'valid', 'minimal.json')


def run(*args, env=None):
    full_env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
    full_env.update(env or {})
    return subprocess.run([AICT, *args], capture_output=True, text=True,
                          env=full_env, timeout=60)


class TestValidate(unittest.TestCase):
    def test_bundled_dataset_is_valid(self):
        r = run('validate', '--date', '2026-11-26', DATASET)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('valid (0 errors', r.stdout.splitlines()[-1])

    def test_json_schema(self):
        r = run('validate', '--json', '--date', '2026-11-26', DATASET, VALID)
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual(set(doc), {'files', 'valid'})
        self.assertTrue(doc['valid'])
        self.assertEqual(len(doc['files']), 2)
        f = doc['files'][0]
        self.assertEqual(set(f), {'file', 'loaded', 'valid', 'errors', 'warnings', 'issues'})
        self.assertEqual(f['errors'], 0)
        self.assertEqual(f['warnings'], len(f['issues']))
        for issue in f['issues']:
            self.assertEqual(set(issue), {'severity', 'code', 'path', 'object_id', 'message'})
            self.assertIn(issue['severity'], ('info', 'warning', 'error'))
            self.assertTrue(issue['path'].startswith('$.'))

    def test_invalid_file_exits_1(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'bad.json')
            with open(path, 'w') as f:
                json.dump({'format': 'aict/1', 'actors': [
                    {'id': 'a', 'name': 'A', 'kind': 'other', 'country': 'XX'}]}, f)
            r = run('validate', path)
            self.assertEqual(r.returncode, 1)
            self.assertIn('$.actors[0].country', r.stdout)
            self.assertIn('[country-unknown]', r.stdout)
            r = run('validate', '--json', path)
            self.assertEqual(r.returncode, 1)
            doc = json.loads(r.stdout)
            self.assertFalse(doc['valid'])
            self.assertEqual(doc['files'][0]['issues'][0]['code'], 'country-unknown')

    def test_unloadable_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'broken.json')
            with open(path, 'w') as f:
                f.write('{"format": "aict/1",\n  "actors": [,]}')
            r = run('validate', path)
            self.assertEqual(r.returncode, 1)
            self.assertEqual(r.stdout, '')
            self.assertRegex(r.stderr, r'broken\.json:2:\d+: ')
            r = run('validate', '--json', path)
            self.assertEqual(r.returncode, 1)
            f = json.loads(r.stdout)['files'][0]
            self.assertFalse(f['loaded'])
            self.assertEqual(f['error']['code'], 'parse')
        r = run('validate', '/nonexistent/file.json')
        self.assertEqual(r.returncode, 1)
        self.assertIn('/nonexistent/file.json', r.stderr)

    def test_usage_errors_exit_2(self):
        for args in [('validate',), ('validate', '--bogus', VALID),
                     ('validate', '--date', '2016-13-01', VALID), ('info',),
                     ('info', VALID, VALID), ('no-such-command',), ()]:
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertEqual(r.stdout, '', args)
            self.assertNotEqual(r.stderr, '', args)

    def test_help_and_version(self):
        r = run('--version')
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r'^aict \d+\.\d+\.\d+')
        for args in [('help',), ('--help',), ('help', 'validate'), ('validate', '--help')]:
            r = run(*args)
            self.assertEqual(r.returncode, 0, args)
            self.assertIn('Usage', r.stdout)


class TestInfo(unittest.TestCase):
    def test_human(self):
        r = run('info', DATASET)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout, r'Partnerships\s+21')
        self.assertIn('Morocco', r.stdout)
        for line in r.stdout.splitlines():
            self.assertLessEqual(len(line), 110)

    def test_json(self):
        r = run('info', '--json', DATASET)
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual(set(doc), {'file', 'title', 'counts', 'period', 'countries', 'budget_totals'})
        self.assertEqual(doc['counts']['partnerships'], 21)
        self.assertEqual(doc['counts']['open_actions'], 4)
        self.assertEqual(doc['period']['first'], '1993')
        codes = {c['code'] for c in doc['countries']}
        self.assertTrue({'MA', 'CL', 'GN', 'FR'} <= codes)
        for total in doc['budget_totals']:
            self.assertEqual(set(total), {'kind', 'currency', 'lines', 'min', 'max', 'overflow'})
            # Exact decimal strings, never floats.
            self.assertIsInstance(total['min'], str)

    def test_french(self):
        r = run('info', DATASET, env={'LC_ALL': 'fr_FR.UTF-8', 'LANGUAGE': 'fr'})
        if 'Partenariats' not in r.stdout:
            self.skipTest('fr_FR.UTF-8 locale or the catalogue is not available')
        self.assertIn('Maroc', r.stdout)
        r = run('info', '--json', DATASET, env={'LC_ALL': 'fr_FR.UTF-8', 'LANGUAGE': 'fr'})
        self.assertEqual(json.loads(r.stdout)['counts']['partnerships'], 21)


if __name__ == '__main__':
    unittest.main(verbosity=2)
