#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""aict dormant: human (English, French) and --json output, exit codes,
on the bundled dataset (figures checked by hand, see tests/test-dormancy.c)."""
import json
import os
import subprocess
import unittest

AICT = os.environ.get('AICT_TOOL', 'aict')
ROOT = os.environ['AICT_SOURCE_ROOT']
DATASET = os.path.join(ROOT, 'data', 'meeting-2016.json')
VALID = os.path.join(ROOT, 'tests', 'data', 'valid', 'minimal.json')

NO_SIGN = ['p-cd24-larache', 'p-cd64-benin', 'p-cd33-serbie',
           'p-cd33-burkina', 'p-cd33-cork', 'p-ados-senegal',
           'p-adf-tunisie']


def run(*args, env=None):
    full_env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
    full_env.update(env or {})
    return subprocess.run([AICT, *args], capture_output=True, text=True,
                          env=full_env, timeout=60)


class TestDormant(unittest.TestCase):
    def test_english(self):
        r = run('dormant', '--years', '1', '--at', '2017-10-01', DATASET)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout
        self.assertTrue(out.startswith('Partnerships marked active or slowed with no sign of life in the 1 year before 1\nOctober 2017:\n'), out)
        self.assertIn('  - p-cd24-araucania · slowed · ', out)
        self.assertIn('    Last sign of life: 2008, start of the partnership\n', out)
        self.assertIn('    Last sign of life: 20 September 2016, outcome o-c3-economie-synthese of\n    meeting m-2016-09-20\n', out)
        self.assertEqual(out.count('No dated sign of life in this file'), 7)
        self.assertNotIn('p-cd17-guinee', out)
        self.assertTrue(out.endswith('\n9 partnerships without a recent sign of life\n'), out)

    def test_default_date(self):
        # The latest date in the file is 2016: the window starts on
        # 2013-12-31, after Araucania's start (2008) only.
        r = run('dormant', DATASET)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('in the 3 years before\n2016:', r.stdout)
        self.assertTrue(r.stdout.endswith('\n8 partnerships without a recent sign of life\n'), r.stdout)

    def test_french(self):
        r = run('dormant', '--at', '2020-03-01', DATASET,
                env={'LC_ALL': 'fr_FR.UTF-8', 'LANGUAGE': 'fr'})
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('sans signe de vie', r.stdout)
        self.assertIn('Dernier signe de vie : 2016, ligne budgétaire b-cd17-guinee-staff', r.stdout)
        self.assertIn('Aucun signe de vie daté dans ce fichier', r.stdout)
        self.assertTrue(r.stdout.endswith('\n11 partenariats sans signe de vie récent\n'), r.stdout)

    def test_json(self):
        r = run('dormant', '--json', '--at', '2019-06-30', DATASET)
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual(doc['at'], '2019-06-30')
        self.assertEqual(doc['years'], 3)
        self.assertEqual(doc['count'], 8)
        ids = [p['id'] for p in doc['partnerships']]
        self.assertEqual(ids, ['p-cd24-araucania'] + NO_SIGN)
        self.assertEqual(doc['partnerships'][0]['status'], 'slowed')
        self.assertEqual(doc['partnerships'][0]['last_sign'],
                         {'date': '2008', 'member': 'partnership.start',
                          'id': 'p-cd24-araucania'})
        self.assertIsNone(doc['partnerships'][1]['last_sign'])

    def test_json_bytes_in_c_locale(self):
        r = subprocess.run([AICT, 'dormant', '--json', '--at', '2020', DATASET],
                           capture_output=True, env={'PATH': os.environ.get('PATH', ''),
                                                     'LC_ALL': 'C'}, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('Coopération'.encode(), r.stdout)
        json.loads(r.stdout.decode('utf-8'))

    def test_usage_errors(self):
        for args in (['--years', '0'], ['--years', '-2'], ['--at', 'soon']):
            r = run('dormant', *args, DATASET)
            self.assertEqual(r.returncode, 2, (args, r.stdout, r.stderr))
        r = run('dormant')
        self.assertEqual(r.returncode, 2)

    def test_file_without_dates(self):
        r = run('dormant', VALID)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn('the file holds no date: give one with --at', r.stderr)
        r = run('dormant', '--at', '2020', VALID)
        self.assertEqual(r.returncode, 0, r.stderr)


if __name__ == '__main__':
    unittest.main()
