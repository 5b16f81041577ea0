#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""aict budget --by year on data/meeting-2016.json: the change of 2016 is
over the actor of both years (cd64-pole, 200 000 → 50 000 €, −75 %), not
the "+€20 000 +10 %" of comparing the Pyrénées-Atlantiques alone with the
Pyrénées-Atlantiques and Gironde; the output says Gironde was added.  In
English, in French and as JSON."""
import json
import os
import subprocess
import tempfile
import unittest

AICT = os.environ.get('AICT_TOOL', 'aict')
ROOT = os.environ['AICT_SOURCE_ROOT']
MEETING = os.path.join(ROOT, 'data', 'meeting-2016.json')
NBSP = '\u00a0'


def run(*args, french=False):
    env = {k: v for k, v in os.environ.items() if k not in ('LC_ALL', 'LANGUAGE')}
    env['LANG'] = 'fr_FR.UTF-8' if french else 'C.UTF-8'
    r = subprocess.run([AICT, *args], capture_output=True, text=True, env=env, timeout=60)
    if r.returncode != 0:
        raise AssertionError(r.stderr)
    return r.stdout


class TrendTest(unittest.TestCase):
    def test_english(self):
        out = run('budget', '--by', 'year', MEETING)
        self.assertRegex(out, r'\n2016\s+allocated\s+€220000\s+-€150000\s+-75%\s+2\n')
        self.assertNotIn('+€20000', out)
        self.assertNotIn('+10%', out)
        self.assertIn('2016, allocated: the actors changed since 2015; the change is over the actors\n'
                      '  with lines in both years only.\n'
                      '  added, not in the change: Mission Coopération Relations internationales\n'
                      '    Citoyenneté européenne\n', out)
        for line in out.splitlines():
            self.assertLessEqual(len(line), 80, line)
        # By actor and year (the default) nothing changes: the cut shows.
        out = run('budget', MEETING)
        self.assertRegex(out, r'\nPôle Coopération\S*( \S+)?\s+2016\s+allocated\s+€50000\s+-€150000\s+-75%\s+1\n')
        self.assertNotIn('not in the change', out)

    def test_french(self):
        out = run('budget', '--by', 'year', MEETING, french=True)
        self.assertRegex(out, '\n2016 +alloué +220\u202f000\xa0€ +−150\u202f000\xa0€ +−75\u202f% +2\n')
        self.assertNotIn('+10', out)
        self.assertIn(f'2016, alloué{NBSP}: les acteurs ont changé depuis 2015{NBSP};', out)
        self.assertIn(f'ajoutés, hors évolution{NBSP}: Mission Coopération', out)

    def test_json(self):
        doc = json.loads(run('budget', '--json', '--by', 'year', MEETING))
        rows = {(r['keys']['year'], r['kind']): r for r in doc['rows']}
        row = rows[('2016', 'allocated')]
        self.assertEqual((row['min'], row['lines']), ('220000', 2))
        self.assertEqual(row['previous_year'], '2015')
        self.assertEqual(row['comparable_previous']['min_minor'], 20000000)
        self.assertEqual(row['change'], {'min': '-150000', 'max': '-150000',
                                         'min_minor': -15000000, 'max_minor': -15000000})
        self.assertEqual(row['change_basis_points'], -7500)
        self.assertEqual((row['members_added'], row['members_dropped'], row['composition_changed']),
                         (['cd33-mission'], [], True))
        first = rows[('2015', 'allocated')]
        self.assertEqual((first['members_added'], first['composition_changed']), (None, False))

    def test_line_without_an_actor_is_a_member(self):
        # 2015: a 100; 2016: a 50 and a line of no actor 100.  The change
        # is a's (100 → 50, -50 %), the line of no actor is named as added.
        data = {'format': 'aict/1',
                'actors': [{'id': 'a', 'name': 'A', 'kind': 'commune', 'country': 'FR'}],
                'budgets': [{'id': 'b1', 'actor': 'a', 'kind': 'allocated', 'start': '2015', 'end': '2015',
                             'amount': {'currency': 'EUR', 'value': 100}},
                            {'id': 'b2', 'kind': 'allocated', 'start': '2016', 'end': '2016',
                             'amount': {'currency': 'EUR', 'value': 100}},
                            {'id': 'b3', 'actor': 'a', 'kind': 'allocated', 'start': '2016', 'end': '2016',
                             'amount': {'currency': 'EUR', 'value': 50}}]}
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'd.json')
            with open(path, 'w') as f:
                json.dump(data, f)
            out = run('budget', '--by', 'year', path)
            self.assertRegex(out, r'\n2016\s+allocated\s+€150\s+-€50\s+-50%\s+2\n')
            self.assertIn('  added, not in the change: lines without an actor\n', out)
            row = json.loads(run('budget', '--json', '--by', 'year', path))['rows'][1]
            self.assertEqual((row['members_added'], row['change_basis_points']), ([''], -5000))


if __name__ == '__main__':
    unittest.main()
