#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""aict list, budget, overlaps and actions, run as a user runs them: human
output (80 columns), --json checked against doc/cli-schemas/, errors and
exit codes.

The expected answers on tests/data/query/small.json are those worked out
by hand in tests/test-query.c; those on data/meeting-2016.json come from
the report of the meeting (the Pyrénées-Atlantiques pôle went from
200 000 € in 2015 to 50 000 € in 2016)."""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

AICT = os.environ.get('AICT_TOOL', 'aict')
ROOT = os.environ['AICT_SOURCE_ROOT']
SEED = os.path.join(ROOT, 'data', 'meeting-2016.json')
SMALL = os.path.join(ROOT, 'tests', 'data', 'query', 'small.json')
SCHEMAS = os.path.join(ROOT, 'doc', 'cli-schemas')

try:
    import jsonschema
except ImportError:
    # Debian's python3-jsonschema, for an interpreter of our own.
    sys.path.append('/usr/lib/python3/dist-packages')
    try:
        import jsonschema
    except ImportError:
        jsonschema = None

# French groups digits with a no-break space, narrow (U+202F) in glibc
# 2.28 and later.
FR_SPACE = '[\u202f\u00a0 ]'


def run(*args, env=None):
    full_env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
    full_env.update(env or {})
    return subprocess.run([AICT, *args], capture_output=True, text=True,
                          env=full_env, timeout=60)


def french_env(localedir=None):
    """LANG=fr_FR.UTF-8 as a user sets it: no LC_ALL, no LANGUAGE."""
    env = {k: v for k, v in os.environ.items() if k not in ('LC_ALL', 'LANGUAGE')}
    env['LANG'] = 'fr_FR.UTF-8'
    if localedir is not None:
        env['AICT_LOCALEDIR'] = localedir
    return env


def run_env(env, *args):
    return subprocess.run([AICT, *args], capture_output=True, text=True,
                          env=env, timeout=60)


_validators = {}


def validator(name):
    if name not in _validators:
        with open(os.path.join(SCHEMAS, name + '.schema.json'), encoding='utf-8') as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        _validators[name] = jsonschema.Draft202012Validator(schema)
    return _validators[name]


class QueryTestCase(unittest.TestCase):
    def human(self, *args):
        r = run(*args)
        self.assertEqual(r.returncode, 0, (args, r.stderr))
        self.assertEqual(r.stderr, '', args)
        self.assert_fits(r.stdout)
        return r.stdout

    def json(self, schema, *args):
        r = run(*args, '--json')
        self.assertEqual(r.returncode, 0, (args, r.stderr))
        self.assertEqual(r.stderr, '', args)
        self.assertTrue(r.stdout.endswith('}\n'))
        doc = json.loads(r.stdout)
        self.assert_valid(schema, doc)
        return doc

    def assert_valid(self, schema, doc):
        if jsonschema is None:
            return
        errors = sorted(validator(schema).iter_errors(doc), key=lambda e: list(e.absolute_path))
        self.assertEqual([], [f'{list(e.absolute_path)}: {e.message}' for e in errors[:3]])

    def assert_fits(self, text):
        for line in text.splitlines():
            self.assertLessEqual(len(line), 80, line)

    def ids(self, schema, *args, key='items'):
        return [item['id'] for item in self.json(schema, *args)[key]]

    def first_column(self, text):
        """The ids of a list table: the first word of each row under the rule."""
        lines = text.splitlines()
        rule = next(i for i, line in enumerate(lines) if line.startswith('--'))
        rows = []
        for line in lines[rule + 1:]:
            if line == '':
                break
            rows.append(line.split()[0])
        return rows


class TestList(QueryTestCase):
    def test_partnerships_by_country(self):
        out = self.human('list', 'partnerships', '--country', 'SN', SMALL)
        self.assertEqual(self.first_column(out), ['p2', 'p3', 'p4'])
        self.assertTrue(out.endswith('\n3 partnerships\n'), out)
        header = out.splitlines()[0].split()
        self.assertEqual(header, ['Id', 'Title', 'Countries', 'Status', 'Period'])
        self.assertRegex(out, r'\np3\s+Écoles de Podor\s+Senegal\s+dormant\s+March 2016 – June 2016\n')
        self.assertRegex(out, r'\np2\s+Santé et eau à Kolda\s+Senegal\s+active\s+2012 – 2015\n')

        doc = self.json('list', 'list', 'partnerships', '--country', 'SN', SMALL)
        self.assertEqual((doc['what'], doc['count']), ('partnerships', 3))
        self.assertEqual([p['id'] for p in doc['items']], ['p2', 'p3', 'p4'])
        self.assertEqual(doc['filter']['countries'], ['SN'])
        p2 = doc['items'][0]
        self.assertEqual(p2, {'id': 'p2', 'title': 'Santé et eau à Kolda', 'status': 'active',
                              'start': '2012', 'end': '2015',
                              'participants': [{'actor': 'd2', 'role': 'lead'},
                                               {'actor': 'sn1', 'role': 'partner'},
                                               {'actor': 'min', 'role': 'funder'}],
                              'countries': ['SN'], 'subdivisions': [], 'themes': ['water', 'health']})

    def test_values_repeated_or_comma_separated(self):
        everything = ['p1', 'p2', 'p3', 'p4', 'p5']
        for args in [('--country', 'SN', '--country', 'MA'), ('--country', 'sn,MA'),
                     ('--country', 'SN, MA', '--country', 'SN')]:
            doc = self.json('list', 'list', 'partnerships', *args, SMALL)
            self.assertEqual([p['id'] for p in doc['items']], everything, args)
            # Normalised: upper case, no repeat, in the order given.
            self.assertEqual(doc['filter']['countries'], ['SN', 'MA'], args)
        doc = self.json('list', 'list', 'partnerships', '--status', 'planned,DORMANT', '--status', 'suspended',
                        SMALL)
        self.assertEqual([p['id'] for p in doc['items']], ['p3', 'p4'])
        # In the order of the format.
        self.assertEqual(doc['filter']['statuses'], ['planned', 'dormant', 'suspended'])

    def test_partnership_criteria(self):
        cases = [
            (('--theme', 'health'), ['p2', 'p3']),
            (('--theme', 'health', '--country', 'SN', '--status', 'dormant'), ['p3']),
            (('--actor', 'd1'), ['p1', 'p3']),
            (('--actor', 'd2', '--role', 'supporter'), ['p4']),
            (('--role', 'funder'), ['p2']),
            (('--from', '2016', '--to', '2016'), ['p1', 'p3']),
            (('--from', '2014-06', '--to', '2014-07'), ['p1', 'p2']),
            (('--to', '2014-06'), ['p1', 'p2', 'p5']),
            (('--text', 'SÉNÉGAL'), ['p2', 'p3', 'p4']),
            (('--text', 'eau, Larache!'), ['p1']),
        ]
        for args, expected in cases:
            self.assertEqual(self.ids('list', 'list', 'partnerships', *args, SMALL), expected, args)

    def test_filter_is_echoed(self):
        doc = self.json('list', 'list', 'partnerships', '--actor', 'd2', '--role', 'supporter,lead',
                        '--from', '2014-06', '--text', 'kolda', SMALL)
        self.assertEqual(doc['filter'], {
            'countries': [], 'themes': [], 'statuses': [], 'actor': 'd2', 'roles': ['lead', 'supporter'],
            'kinds': [], 'from': '2014-06', 'to': None, 'text': 'kolda', 'owner': None, 'meeting': None,
            'overdue_at': None})
        # p4 (Kolda, d2 supporter) has no date: it matches no period.
        self.assertEqual([p['id'] for p in doc['items']], ['p2'])

    def test_other_types(self):
        cases = [
            (('actors', '--country', 'MA'), ['d1', 'asso', 'ma1']),
            (('actors', '--actor', 'd2'), ['d3', 'min', 'sn1']),
            (('actors', '--country', 'SN', '--role', 'lead'), ['d1-svc', 'd2', 'd3']),
            (('actors', '--kind', 'departement'), ['d1', 'd2']),
            (('actors', '--kind', 'departement', '--text', 'deux'), ['d2']),
            (('persons', '--actor', 'd1'), ['per1']),
            (('persons', '--text', 'afrique'), ['per1']),
            (('meetings', '--text', 'perigueux'), ['m1']),
            (('meetings', '--country', 'FR', '--from', '2015', '--to', '2015'), []),
            (('budgets', '--actor', 'd1'), ['b1', 'b2', 'b3', 'b4']),
            (('budgets', '--actor', 'd2'), ['b5', 'b6', 'b7']),
            (('budgets', '--actor', 'd2', '--kind', 'spent'), ['b6']),
            (('budgets', '--from', '2015', '--to', '2015'), ['b1', 'b7']),
            (('outcomes', '--actor', 'd2'), ['o2', 'o3', 'o4']),
            (('outcomes', '--meeting', 'm1', '--kind', 'decision'), ['o3']),
            (('actions',), ['o1', 'o2', 'o4']),
            (('actions', '--owner', 'd1'), ['o1']),
            (('actions', '--overdue-at', '2017-01-01'), ['o1', 'o4']),
            (('actions', '--overdue-at', '2016-12-15'), ['o4']),
            (('actions', '--overdue-at', '2016-12-15', '--status', 'open'), []),
        ]
        for args, expected in cases:
            doc = self.json('list', 'list', *args, SMALL)
            self.assertEqual([item['id'] for item in doc['items']], expected, args)
            self.assertEqual(doc['count'], len(expected), args)
            self.assertEqual(doc['what'], args[0])
            out = self.human('list', *args, SMALL)
            if expected:
                self.assertEqual(self.first_column(out), expected, args)

    def test_actions_are_outcomes_of_kind_action(self):
        doc = self.json('list', 'list', 'actions', SMALL)
        self.assertEqual(doc['filter']['kinds'], ['action'])
        self.assertEqual({item['kind'] for item in doc['items']}, {'action'})
        o1 = doc['items'][0]
        self.assertEqual(o1, {'id': 'o1', 'kind': 'action', 'text': 'Envoyer le bilan des écoles', 'meeting': 'm1',
                              'agenda_item': None, 'owner': 'd1-svc', 'due': '2016-12', 'status': 'open',
                              'actors': [], 'partnerships': [], 'themes': ['education']})
        out = self.human('list', 'actions', SMALL)
        self.assertEqual(out.splitlines()[0].split(), ['Id', 'Owner', 'Due', 'Status', 'Text'])
        self.assertRegex(out, r'\no4\s+Département Deux\s+15 November 2016\s+in progress\s+Préparer la mission\n')
        self.assertTrue(out.endswith('\n3 actions\n'))

    def test_human_columns(self):
        out = self.human('list', 'actors', '--country', 'MA', SMALL)
        self.assertRegex(out, r'\nma1\s+Commune de Larache\s+foreign local authority\s+Morocco\n')
        self.assertTrue(out.endswith('\n3 actors\n'))
        out = self.human('list', 'persons', SMALL)
        self.assertRegex(out, r'\nper1\s+Anne Martin\s+Chargée de mission Afrique, Service des')
        self.assertTrue(out.endswith('\n2 persons\n'))
        out = self.human('list', 'meetings', SMALL)
        self.assertRegex(out, r'\nm1\s+20 September 2016\s+Réunion des services\s+Hôtel du département, P')
        self.assertTrue(out.endswith('\n1 meeting\n'))
        out = self.human('list', 'budgets', '--actor', 'd1', SMALL)
        self.assertRegex(out, r'\nb3\s+Département Un\s+allocated\s+2016\s+€10000–20000\n')
        self.assertRegex(out, r'\nb4\s+Département Un\s+allocated\s+2016\s+1000000 XOF\n')
        self.assertTrue(out.endswith('\n4 budget lines\n'))
        out = self.human('list', 'budgets', '--actor', 'd3', SMALL)
        self.assertRegex(out, r'\nb8\s+Région Trois\s+estimate\s+2 FTE\n')

    def test_budget_items(self):
        doc = self.json('list', 'list', 'budgets', '--actor', 'd2', SMALL)
        b5, b6 = doc['items'][0], doc['items'][1]
        self.assertEqual(b5['amount'], {'currency': 'EUR', 'value': '100000', 'min': '100000', 'max': '100000',
                                        'approximate': False})
        self.assertEqual(b5['funders'][0], {'actor': 'd2', 'share': '70', 'amount': None})
        self.assertEqual(b6['funders'][0]['share'], '33.33')
        self.assertIsNone(b5['actor'])
        self.assertEqual(b5['partnership'], 'p2')
        b8 = self.json('list', 'list', 'budgets', '--actor', 'd3', SMALL)['items'][0]
        self.assertEqual((b8['amount'], b8['staff_fte']), (None, '2'))

    def test_nothing_matches(self):
        r = run('list', 'partnerships', '--country', 'JP', SMALL)
        self.assertEqual((r.returncode, r.stdout, r.stderr), (0, '0 partnerships\n', ''))
        doc = self.json('list', 'list', 'partnerships', '--country', 'JP', SMALL)
        self.assertEqual((doc['count'], doc['items']), (0, []))

    def test_seed(self):
        out = self.human('list', 'partnerships', '--country', 'MA', SEED)
        self.assertEqual(self.first_column(out), ['p-cd24-larache'])
        self.assertIn('Morocco', out)
        self.assertEqual(len(self.ids('list', 'list', 'partnerships', SEED)), 21)
        self.assertEqual(self.ids('list', 'list', 'actions', SEED),
                         ['o-c3-rrma-sensibilisation', 'o-c3-daect-reglementation', 'o-c3-daect-livre-blanc',
                          'o-c4-rrma-interface'])
        self.assertEqual(len(self.ids('list', 'list', 'outcomes', SEED)), 25)
        self.assertEqual(self.ids('list', 'list', 'budgets', '--actor', 'cd64', '--kind', 'allocated', SEED),
                         ['b-cd64-before', 'b-cd64-2016'])

    def test_every_type_fits_and_matches_its_schema(self):
        for path in (SEED, SMALL):
            for what in ('partnerships', 'actors', 'persons', 'meetings', 'actions', 'outcomes', 'budgets'):
                out = self.human('list', what, path)
                # Ids are never cut, however long.
                doc = self.json('list', 'list', what, path)
                self.assertEqual(self.first_column(out), [item['id'] for item in doc['items']], (what, path))
                self.assertNotIn('…  ', out.splitlines()[2].split('  ')[0], (what, path))

    def test_json_is_locale_independent(self):
        for args in (('list', 'partnerships', '--json', SEED), ('list', 'budgets', '--json', SEED)):
            c = run(*args)
            fr = run_env(french_env(), *args)
            self.assertEqual(c.returncode, 0, c.stderr)
            self.assertEqual(fr.stdout, c.stdout, args)


class TestBudget(QueryTestCase):
    def test_seed_change_of_the_pyrenees_atlantiques(self):
        out = self.human('budget', SEED)
        self.assertEqual(out.splitlines()[0].split(), ['Actor', 'Year', 'Kind', 'Amount', 'Change', '%', 'Lines'])
        self.assertRegex(out, r'\nPôle Coopération\S*( \S+)?\s+2015\s+allocated\s+€200000\s+1\n')
        self.assertRegex(out, r'\nPôle Coopération\S*( \S+)?\s+2016\s+allocated\s+€50000\s+-€150000\s+-75%\s+1\n')
        # Ranges stay ranges; the line of no year says so.
        self.assertRegex(out, r'\nService Politiques\S*( \S+)?\s+2016\s+estimate\s+€30000–70000\s+1\n')
        self.assertRegex(out, r'\nCharente-Maritime\s+—\s+allocated\s+€1400000\s+2\n')

        doc = self.json('budget', 'budget', SEED)
        self.assertEqual(doc['grouping'], ['actor', 'year'])
        rows = {(r['keys']['actor'], r['keys']['year'], r['kind']): r for r in doc['rows']}
        row = rows[('cd64-pole', '2016', 'allocated')]
        self.assertEqual(row, {
            'keys': {'actor': 'cd64-pole', 'year': '2016'}, 'kind': 'allocated', 'currency': 'EUR',
            'min': '50000', 'max': '50000', 'min_minor': 5000000, 'max_minor': 5000000,
            'is_range': False, 'approximate': False, 'lines': 1, 'budget_ids': ['b-cd64-2016'],
            'previous_year': '2015',
            'change': {'min': '-150000', 'max': '-150000', 'min_minor': -15000000, 'max_minor': -15000000},
            'comparable_previous': {'min': '200000', 'max': '200000', 'min_minor': 20000000,
                                    'max_minor': 20000000},
            'members_added': [], 'members_dropped': [], 'composition_changed': False,
            'change_basis_points': -7500})
        self.assertEqual(rows[('cd64-pole', '2015', 'allocated')]['min'], '200000')
        self.assertIsNone(rows[('cd64-pole', '2015', 'allocated')]['change'])
        self.assertEqual(rows[('cd17', None, 'allocated')]['budget_ids'],
                         ['b-cd17-guinee-before', 'b-cd17-guinee-ebola'])

    def test_small_by_actor_and_year(self):
        doc = self.json('budget', 'budget', '--by', 'actor,year', SMALL)
        rows = [(r['keys']['actor'], r['keys']['year'], r['kind'], r['currency'], r['min_minor'], r['max_minor'],
                 r['lines']) for r in doc['rows']]
        # b8 is staff only; b5 and b6 have no actor: they go to p2's lead.
        self.assertEqual(rows, [
            ('d1', '2015', 'allocated', 'EUR', 20000000, 20000000, 1),
            ('d1', '2016', 'allocated', 'EUR', 6000000, 7000000, 2),
            ('d1', '2016', 'allocated', 'XOF', 1000000, 1000000, 1),
            ('d2', '2014', 'allocated', 'EUR', 10000000, 10000000, 1),
            ('d2', '2014', 'spent', 'EUR', 33300, 33300, 1),
            ('d2', '2014-2016', 'planned', 'EUR', 9000000, 9000000, 1),
        ])
        d1_2016 = doc['rows'][1]
        self.assertEqual((d1_2016['min'], d1_2016['max'], d1_2016['is_range']), ('60000', '70000', True))
        self.assertEqual(d1_2016['previous_year'], '2015')
        self.assertEqual(d1_2016['change'], {'min': '-140000', 'max': '-130000',
                                             'min_minor': -14000000, 'max_minor': -13000000})
        # No percentage of a range; no change from euros to francs CFA.
        self.assertIsNone(d1_2016['change_basis_points'])
        self.assertIsNone(doc['rows'][2]['change'])
        self.assertEqual((doc['rows'][2]['min'], doc['rows'][2]['min_minor']), ('1000000', 1000000))

        out = self.human('budget', SMALL)
        self.assertRegex(out, r'\nDépartem\S*( \S+)?\s+2016\s+allocated\s+€60000–70000\s+-€140000 to -€130000\s+2\n')
        self.assertRegex(out, r'\nDépartem\S*( \S+)?\s+2016\s+allocated\s+1000000 XOF\s+1\n')
        self.assertRegex(out, r'\nDépartem\S*( \S+)?\s+2014 – 2016\s+planned\s+€90000\s+1\n')

    def test_small_by_year(self):
        # This used to show 2015 "+€100000 +100%": 2014 is d2's line (b5,
        # by the lead of p2) and 2015 d1's (b1), two different actors.  A
        # change is now over the actors present in both years only: none
        # here, so no change, and the output says who came and went.
        out = self.human('budget', '--by', 'year', SMALL)
        self.assertRegex(out, r'\n2015\s+allocated\s+€200000\s+1\n')
        self.assertIn('2015, allocated: no change shown, no actor has lines in both 2014 and this\n  year.\n'
                      '  added, not in the change: Département Un\n'
                      '  dropped, not in the change: Département Deux\n', out)
        doc = self.json('budget', 'budget', '--by', 'year', SMALL)
        self.assertEqual([set(r['keys']) for r in doc['rows']], [{'year'}] * len(doc['rows']))
        row = doc['rows'][3]
        self.assertEqual((row['previous_year'], row['change'], row['comparable_previous'],
                          row['change_basis_points']), ('2014', None, None, None))
        self.assertEqual((row['members_added'], row['members_dropped'], row['composition_changed']),
                         (['d1'], ['d2'], True))

    def test_none_and_funders(self):
        doc = self.json('budget', 'budget', '--by', 'none', SMALL)
        self.assertEqual(doc['grouping'], [])
        self.assertEqual([(r['keys'], r['kind'], r['currency'], r['min_minor'], r['max_minor']) for r in doc['rows']], [
            ({}, 'allocated', 'EUR', 36000000, 37000000),
            ({}, 'allocated', 'XOF', 1000000, 1000000),
            ({}, 'planned', 'EUR', 9000000, 9000000),
            ({}, 'spent', 'EUR', 33300, 33300),
        ])
        out = self.human('budget', '--by', 'none', SMALL)
        self.assertEqual(out.splitlines()[0].split(), ['Kind', 'Amount', 'Lines'])

        # Co-financing of d2's lines: b6's 333 € with 33.33 % for min is a
        # one-cent range, and nothing said for d2 is anything up to the line.
        doc = self.json('budget', 'budget', '--by', 'funder', '--actor', 'd2', SMALL)
        rows = [(r['keys']['funder'], r['kind'], r['min'], r['max']) for r in doc['rows']]
        self.assertEqual(rows, [('d2', 'allocated', '70000', '70000'), ('d2', 'planned', '90000', '90000'),
                                ('d2', 'spent', '0', '333'), ('min', 'allocated', '30000', '30000'),
                                ('min', 'spent', '110.98', '110.99')])
        self.assertEqual(doc['filter']['actor'], 'd2')
        out = self.human('budget', '--by', 'funder', '--actor', 'd2', SMALL)
        self.assertRegex(out, r'\nMinistère des\S*( \S+)*\s+spent\s+€110\.98–110\.99\s+1\n')

    def test_filters(self):
        doc = self.json('budget', 'budget', '--kind', 'spent', '--by', 'partnership', SMALL)
        self.assertEqual([(r['keys'], r['budget_ids']) for r in doc['rows']], [({'partnership': 'p2'}, ['b6'])])
        self.assertEqual(doc['filter']['kinds'], ['spent'])
        doc = self.json('budget', 'budget', '--country', 'SN', '--by', 'country,theme', SMALL)
        self.assertEqual({(r['keys']['country'], r['keys']['theme']) for r in doc['rows']},
                         {('SN', 'water'), ('SN', 'health')})
        r = run('budget', '--country', 'JP', SMALL)
        self.assertEqual((r.returncode, r.stderr), (0, ''))
        self.assertEqual(r.stdout, 'No budget line with an amount matches.\n')

    def test_every_grouping_matches_the_schema(self):
        for by in ('actor', 'year', 'country', 'theme', 'partnership', 'funder', 'actor,year,funder',
                   'actor,year,country,theme,partnership,funder'):
            for path in (SEED, SMALL):
                doc = self.json('budget', 'budget', '--by', by, path)
                self.assertEqual(doc['grouping'], by.split(','))
                for row in doc['rows']:
                    self.assertEqual(list(row['keys']), by.split(','))
            if by.count(',') < 3:
                self.human('budget', '--by', by, SEED)

    def test_overflow_exits_1(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'big.json')
            with open(path, 'w') as f:
                json.dump({'format': 'aict/1',
                           'actors': [{'id': 'a', 'name': 'A', 'kind': 'commune', 'country': 'FR'}],
                           'budgets': [{'id': 'b1', 'actor': 'a', 'kind': 'allocated',
                                        'amount': {'currency': 'XOF', 'value': 9007199254740991}},
                                       {'id': 'b2', 'actor': 'a', 'kind': 'allocated',
                                        'amount': {'currency': 'XOF', 'value': 1}}]}, f)
            r = run('budget', path)
            self.assertEqual((r.returncode, r.stdout), (1, ''))
            self.assertIn('b2', r.stderr)


class TestOverlaps(QueryTestCase):
    def test_small(self):
        doc = self.json('overlaps', 'overlaps', SMALL)
        self.assertEqual((doc['home'], doc['kinds'], doc['actor']),
                         ('FR', ['country', 'partner', 'theme', 'funder'], None))
        self.assertEqual([(o['rank'], o['kind'], o['key'], o['actors'], o['partnerships'], o['strength'], o['active'])
                          for o in doc['overlaps']], [
            (1, 'partner', 'sn1', ['d2', 'd3'], ['p2', 'p4'], 3, 1),
            (2, 'theme', 'water', ['d1', 'd2', 'd3'], ['p1', 'p2', 'p4'], 2, 2),
            (3, 'country', 'SN', ['d1', 'd2', 'd3'], ['p2', 'p3', 'p4'], 2, 1),
            (4, 'theme', 'health', ['d1', 'd2'], ['p2', 'p3'], 2, 1),
        ])
        self.assertEqual(doc['overlaps'][0]['shared_kinds'], ['country', 'partner', 'theme'])

        out = self.human('overlaps', SMALL)
        lines = out.splitlines()
        self.assertEqual(lines[0].split(), ['#', 'Shared', 'Actors', 'Partnerships', 'Active', 'Strength'])
        self.assertRegex(lines[2], r'^1  Partner: Région de K\S*\s+Département Deux, Rég\S*\s+2\s+1\s+3$')
        self.assertRegex(lines[3], r'^2  Theme: Water and san\S*\s+Département Un, .*\s+3\s+2\s+2$')
        self.assertRegex(lines[4], r'^3  Country: Senegal\s+Département Un, .*\s+3\s+1\s+2$')
        self.assertRegex(lines[5], r'^4  Theme: Health\s+Département Un, .*\s+2\s+1\s+2$')
        self.assertTrue(out.endswith('\n4 overlaps\n'))

    def test_options(self):
        doc = self.json('overlaps', 'overlaps', '--by', 'country', SMALL)
        self.assertEqual([(o['key'], o['shared_kinds'], o['strength']) for o in doc['overlaps']],
                         [('SN', ['country'], 1)])
        # Associations counted as home side: asso joins d1 in Morocco.
        doc = self.json('overlaps', 'overlaps', '--kind', 'departement,association', '--by', 'country', SMALL)
        self.assertEqual([(o['key'], o['actors']) for o in doc['overlaps']],
                         [('SN', ['d1', 'd2']), ('MA', ['d1', 'asso'])])
        self.assertEqual(doc['filter']['kinds'], ['departement', 'association'])
        # Only the active partnerships: p1 and p2 share water.
        doc = self.json('overlaps', 'overlaps', '--status', 'active', SMALL)
        self.assertEqual([(o['kind'], o['key']) for o in doc['overlaps']], [('theme', 'water')])
        # Another home: nothing in Senegal pools.
        doc = self.json('overlaps', 'overlaps', '--home', 'sn', SMALL)
        self.assertEqual((doc['home'], doc['count']), ('SN', 0))
        r = run('overlaps', '--home', 'SN', SMALL)
        self.assertEqual((r.returncode, r.stdout), (0, '0 overlaps\n'))

    def test_candidates(self):
        for actor in ('d1', 'd1-svc'):
            doc = self.json('overlaps', 'overlaps', '--actor', actor, SMALL)
            self.assertEqual(doc['actor'], actor)
            self.assertEqual([c['actor'] for c in doc['candidates']], ['d2', 'd3'])
            d2 = doc['candidates'][0]
            self.assertEqual(d2, {'rank': 1, 'actor': 'd2',
                                  'shared': {'country': ['SN'], 'partner': [], 'theme': ['health', 'water'],
                                             'funder': []},
                                  'shared_kinds': ['country', 'theme'], 'partnerships': ['p2', 'p4'],
                                  'strength': 2, 'n_shared': 3, 'active': 1})
            self.assertEqual((doc['candidates'][1]['n_shared'], doc['candidates'][1]['active']), (2, 0))
        out = self.human('overlaps', '--actor', 'd1', SMALL)
        lines = out.splitlines()
        self.assertEqual(lines[0].split(), ['#', 'Actor', 'Countries', 'Themes', 'Strength', 'Active'])
        self.assertRegex(lines[2], r'^1  Département Deux\s+Senegal\s+Health, Water and sanitation\s+2\s+1$')
        self.assertRegex(lines[3], r'^2  Région Trois\s+Senegal\s+Water and sanitation\s+2\s+0$')
        self.assertTrue(out.endswith('\n2 pooling candidates\n'))

    def test_seed(self):
        out = self.human('overlaps', SEED)
        self.assertIn('Theme: Youth', out)
        doc = self.json('overlaps', 'overlaps', SEED)
        self.assertEqual(doc['count'], len(doc['overlaps']))
        self.assertGreater(doc['count'], 0)
        self.assertEqual(doc['overlaps'][0]['key'], 'youth')
        self.human('overlaps', '--actor', 'cd24', SEED)
        doc = self.json('overlaps', 'overlaps', '--actor', 'cd24', SEED)
        self.assertIn('cd33', [c['actor'] for c in doc['candidates']])


class TestActions(QueryTestCase):
    def test_overdue_at(self):
        doc = self.json('actions', 'actions', '--overdue-at', '2017-01-01', SMALL)
        self.assertEqual(doc['overdue_at'], '2017-01-01')
        self.assertEqual([(a['id'], a['overdue']) for a in doc['actions']], [('o1', True), ('o4', True)])
        self.assertEqual(doc['actions'][0], {
            'id': 'o1', 'owner': 'd1-svc', 'status': 'open', 'due': '2016-12', 'overdue': True, 'meeting': 'm1',
            'agenda_item': None, 'text': 'Envoyer le bilan des écoles', 'themes': ['education'], 'actors': [],
            'partnerships': []})
        self.assertEqual(doc['filter']['overdue_at'], '2017-01-01')
        self.assertEqual(doc['filter']['kinds'], ['action'])

        out = self.human('actions', '--overdue-at', '2017-01-01', SMALL)
        self.assertEqual(out, (
            'Service des relations internationales (d1-svc)\n'
            '  - o1 · due December 2016 · open · OVERDUE\n'
            '    Envoyer le bilan des écoles\n'
            '    Decided at Réunion des services, 20 September 2016\n'
            '\n'
            'Département Deux (d2)\n'
            '  - o4 · due 15 November 2016 · in progress · OVERDUE\n'
            '    Préparer la mission\n'
            '    Decided at Réunion des services, 20 September 2016\n'
            '\n'
            '2 actions, 2 overdue\n'))
        self.assertEqual(self.ids('actions', 'actions', '--overdue-at', '2016-12-15', SMALL, key='actions'), ['o4'])

    def test_at_marks_without_filtering(self):
        doc = self.json('actions', 'actions', '--at', '2017-01-01', SMALL)
        self.assertEqual([(a['id'], a['overdue']) for a in doc['actions']],
                         [('o1', True), ('o2', False), ('o4', True)])
        self.assertIsNone(doc['filter']['overdue_at'])
        out = self.human('actions', '--at', '2017-01-01', SMALL)
        self.assertEqual(out.count('OVERDUE'), 2)
        self.assertIn('  - o2 · due October 2016 · done\n', out)
        self.assertTrue(out.endswith('\n3 actions, 2 overdue\n'))

    def test_no_date_assumed(self):
        doc = self.json('actions', 'actions', SMALL)
        self.assertIsNone(doc['overdue_at'])
        self.assertEqual([(a['id'], a['overdue']) for a in doc['actions']],
                         [('o1', None), ('o2', None), ('o4', None)])
        out = self.human('actions', SMALL)
        self.assertNotIn('OVERDUE', out)
        self.assertTrue(out.endswith('\n3 actions\n'))
        # Grouped by owner, in the order their first action comes.
        headings = [line for line in out.splitlines() if line and not line.startswith(' ')]
        self.assertEqual(headings, ['Service des relations internationales (d1-svc)', 'Département Deux (d2)',
                                    '3 actions'])

    def test_filters(self):
        cases = [
            (('--owner', 'd1'), ['o1']),
            (('--owner', 'd2'), ['o2', 'o4']),
            (('--status', 'done'), ['o2']),
            (('--status', 'open,in-progress'), ['o1', 'o4']),
            (('--meeting', 'm1'), ['o1', 'o2', 'o4']),
            (('--from', '2016-11', '--to', '2016-12'), ['o1', 'o4']),
            (('--actor', 'sn1'), ['o2']),
            (('--theme', 'education'), ['o1']),
            (('--text', 'mission'), ['o4']),
        ]
        for args, expected in cases:
            self.assertEqual(self.ids('actions', 'actions', *args, SMALL, key='actions'), expected, args)
        r = run('actions', '--owner', 'd3', SMALL)
        self.assertEqual((r.returncode, r.stdout), (0, '0 actions\n'))

    def test_seed(self):
        out = self.human('actions', SEED)
        self.assertEqual(out.count('no due date'), 4)
        headings = [line for line in out.splitlines() if line and not line.startswith(' ')]
        self.assertEqual(headings, ['RRMA Nouvelle Aquitaine (rrma-naq)',
                                    "Délégation pour l'action extérieure des collectivités territoriales (daect)",
                                    '4 actions'])
        self.assertIn('    Decided at Rencontre entre les services AECT', out)
        doc = self.json('actions', 'actions', '--at', '2026-11-26', SEED)
        self.assertEqual([a['overdue'] for a in doc['actions']], [False] * 4)
        self.assertEqual([a['owner'] for a in doc['actions']], ['rrma-naq', 'daect', 'daect', 'rrma-naq'])
        doc = self.json('actions', 'actions', '--owner', 'maedi', SEED)
        self.assertEqual([a['id'] for a in doc['actions']], ['o-c3-daect-reglementation', 'o-c3-daect-livre-blanc'])


class TestErrors(unittest.TestCase):
    def check(self, args, status, one_line=True):
        r = run(*args)
        self.assertEqual(r.returncode, status, (args, r.stderr))
        self.assertEqual(r.stdout, '', args)
        self.assertNotEqual(r.stderr, '', args)
        if one_line:
            self.assertEqual(len(r.stderr.splitlines()), 1, (args, r.stderr))
        return r.stderr

    def test_bad_values_exit_2_on_one_line(self):
        err = self.check(('list', 'partnerships', '--status', 'actif', SMALL), 2)
        self.assertEqual(err, 'aict list: --status: unknown status “actif” (expected planned, active, slowed, '
                              'dormant, suspended, ended, abandoned)\n')
        err = self.check(('list', 'actions', '--status', 'active', SMALL), 2)
        self.assertIn('--status: unknown status “active” (expected open, in-progress, done, cancelled)', err)
        err = self.check(('list', 'actors', '--kind', 'mairie', SMALL), 2)
        self.assertIn('--kind: unknown kind “mairie” (expected other, region, departement,', err)
        err = self.check(('budget', '--kind', 'voted', SMALL), 2)
        self.assertIn('(expected allocated, planned, spent, estimate)', err)
        err = self.check(('list', 'partnerships', '--role', 'boss', SMALL), 2)
        self.assertIn('--role: unknown role “boss” (expected lead, partner, operator, funder, supporter)', err)
        err = self.check(('list', 'partnerships', '--country', 'XX', SMALL), 2)
        self.assertIn('aict list: --country: “XX”', err)
        self.check(('list', 'partnerships', '--country', 'SN,', SMALL), 2)
        err = self.check(('list', 'partnerships', '--theme', 'nope', SMALL), 2)
        self.assertIn('--theme: “nope”', err)
        self.assertIn('water', err)
        for option in ('--from', '--to'):
            err = self.check(('list', 'partnerships', option, '2016-13', SMALL), 2)
            self.assertIn(f'{option}: “2016-13” is not a date', err)
        self.check(('actions', '--overdue-at', 'tomorrow', SMALL), 2)
        self.check(('actions', '--at', '2016-02-30', SMALL), 2)
        err = self.check(('budget', '--by', 'month', SMALL), 2)
        self.assertIn('--by: unknown dimension “month”', err)
        self.check(('overlaps', '--by', 'region', SMALL), 2)
        err = self.check(('overlaps', '--home', 'XX', SMALL), 2)
        self.assertIn('--home: “XX”', err)
        self.check(('overlaps', '--actor', 'd1', '--country', 'SN', SMALL), 2)
        self.check(('list', 'actions', '--kind', 'decision', SMALL), 2)
        # Checked before the file is read.
        self.check(('list', 'partnerships', '--status', 'actif', '/nonexistent/file.json'), 2)

    def test_criterion_that_does_not_apply_exits_2(self):
        for args, words in [(('list', 'persons', '--status', 'active'), ('status', 'persons')),
                            (('list', 'partnerships', '--owner', 'd1'), ('owner', 'partnerships')),
                            (('list', 'meetings', '--kind', 'region'), ('kind', 'meetings')),
                            (('list', 'partnerships', '--overdue-at', '2017'), ('overdue', 'partnerships')),
                            (('list', 'budgets', '--role', 'lead'), ('role', 'budget'))]:
            err = self.check((*args, SMALL), 2)
            for word in words:
                self.assertIn(word, err, args)
        # Not a home-side actor: no candidates.
        self.check(('overlaps', '--actor', 'ma1', SMALL), 2)

    def test_unknown_ids_exit_1(self):
        for args in [('list', 'partnerships', '--actor', 'nobody'), ('list', 'actions', '--meeting', 'nope'),
                     ('list', 'outcomes', '--owner', 'nobody'), ('budget', '--actor', 'nobody'),
                     ('overlaps', '--actor', 'nobody'), ('actions', '--owner', 'nobody'),
                     ('actions', '--meeting', 'nope')]:
            err = self.check((*args, SMALL), 1)
            self.assertTrue('nobody' in err or 'nope' in err, err)

    def test_files(self):
        for command in (('list', 'partnerships'), ('budget',), ('overlaps',), ('actions',)):
            err = self.check((*command, '/nonexistent/file.json'), 1)
            self.assertIn('/nonexistent/file.json', err)
            with tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, 'broken.json')
                with open(path, 'w') as f:
                    f.write('{"format": "aict/1",\n  "actors": [,]}')
                err = self.check((*command, path), 1)
                self.assertRegex(err, rf'^aict {command[0]}: .*broken\.json:2:\d+: ')

    def test_usage_errors_exit_2(self):
        for args in [('list',), ('list', 'partnerships'), ('list', 'things', SMALL), ('list', SMALL),
                     ('list', 'partnerships', SMALL, SMALL), ('list', 'partnerships', '--bogus', SMALL),
                     ('budget',), ('budget', SMALL, SMALL), ('budget', '--role', 'lead', SMALL),
                     ('overlaps',), ('overlaps', '--owner', 'd1', SMALL),
                     ('actions',), ('actions', '--kind', 'action', SMALL)]:
            err = self.check(args, 2, one_line=False)
            self.assertIn('Usage', err, args)

    def test_help(self):
        for command in ('list', 'budget', 'overlaps', 'actions'):
            for args in [('help', command), (command, '--help')]:
                r = run(*args)
                self.assertEqual((r.returncode, r.stderr), (0, ''), args)
                self.assertIn(f'aict {command} [OPTION…]', r.stdout)
                self.assertIn('Exit status', r.stdout)
                self.assertIn('--json', r.stdout)
        r = run('help', 'list')
        for option in ('--country', '--theme', '--status', '--actor', '--role', '--kind', '--from', '--to',
                       '--text', '--owner', '--meeting', '--overdue-at'):
            self.assertIn(option, r.stdout)
        r = run('--help')
        for command in ('list', 'budget', 'overlaps', 'actions'):
            self.assertRegex(r.stdout, rf'\n  {command}\s+\S')


class TestSchemas(unittest.TestCase):
    """The schemas are strict enough to catch a broken output."""

    def setUp(self):
        if jsonschema is None:
            self.skipTest('the python jsonschema module is not available')

    def rejects(self, schema, doc):
        return any(True for _ in validator(schema).iter_errors(doc))

    def test_schemas_reject(self):
        doc = json.loads(run('list', 'partnerships', '--json', SMALL).stdout)
        self.assertFalse(self.rejects('list', doc))
        bad = json.loads(json.dumps(doc))
        del bad['items'][0]['status']
        self.assertTrue(self.rejects('list', bad))
        bad = json.loads(json.dumps(doc))
        bad['filter']['from'] = '2016-1'
        self.assertTrue(self.rejects('list', bad))

        doc = json.loads(run('budget', '--json', SMALL).stdout)
        bad = json.loads(json.dumps(doc))
        bad['rows'][0]['min'] = 200000
        self.assertTrue(self.rejects('budget', bad))

        doc = json.loads(run('actions', '--json', SMALL).stdout)
        bad = json.loads(json.dumps(doc))
        bad['actions'][0]['overdue'] = True   # no date was given
        self.assertTrue(self.rejects('actions', bad))

        doc = json.loads(run('overlaps', '--actor', 'd1', '--json', SMALL).stdout)
        bad = json.loads(json.dumps(doc))
        bad['candidates'][0]['shared'].pop('funder')
        self.assertTrue(self.rejects('overlaps', bad))


# Proposed French translations of some of the tool's messages, compiled
# into a temporary catalogue: the words come from the catalogue, the digit
# grouping and the month names from the C library.
FRENCH = [
    (None, 'OVERDUE', 'EN RETARD'),
    (None, 'due %s', 'échéance %s'),
    ('action', 'Decided at %1$s, %2$s', 'Décidée à « %1$s », le %2$s'),
    ('money with symbol', '%1$s%2$s', '%2$s\u00a0%1$s'),
    ('percentage', '%s%%', '%s\u202f%%'),
    ('number sign', '-', '\u2212'),
]
FRENCH_PLURALS = [
    ('%1$s action, %2$s overdue', '%1$s actions, %2$s overdue',
     '%1$s action, %2$s en retard', '%1$s actions, %2$s en retard'),
    ('%s partnership', '%s partnerships', '%s partenariat', '%s partenariats'),
]


def po_string(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


class TestFrench(QueryTestCase):
    def setUp(self):
        r = run_env(french_env(), 'actions', '--at', '2017-01-01', SMALL)
        # Never a skip: scripts/setup-deps.sh installs the locale.
        self.assertIn('septembre', r.stdout,
                      'no French dates: is the fr_FR.UTF-8 locale installed (scripts/setup-deps.sh)?')

    def test_numbers_and_dates_follow_the_locale(self):
        r = run_env(french_env(), 'budget', SEED)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assert_fits(r.stdout)
        self.assertRegex(r.stdout, f'200{FR_SPACE}000')
        self.assertRegex(r.stdout, f'\\s2016\\s.*50{FR_SPACE}000.*150{FR_SPACE}000')
        r = run_env(french_env(), 'actions', '--at', '2017-01-01', SMALL)
        self.assertIn('décembre 2016', r.stdout)
        self.assertIn('20 septembre 2016', r.stdout)
        self.assertIn('15 novembre 2016', r.stdout)
        r = run_env(french_env(), 'list', 'meetings', SMALL)
        self.assertIn('20 septembre 2016', r.stdout)

    def test_words_from_the_catalogue(self):
        with tempfile.TemporaryDirectory() as tmp:
            po = os.path.join(tmp, 'fr.po')
            mo_dir = os.path.join(tmp, 'fr', 'LC_MESSAGES')
            os.makedirs(mo_dir)
            with open(po, 'w', encoding='utf-8') as f:
                f.write('msgid ""\nmsgstr ""\n"Project-Id-Version: test\\n"\n"Language: fr\\n"\n'
                        '"Content-Type: text/plain; charset=UTF-8\\n"\n'
                        '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n')
                for context, msgid, msgstr in FRENCH:
                    f.write('#, c-format\n')
                    if context is not None:
                        f.write(f'msgctxt {po_string(context)}\n')
                    f.write(f'msgid {po_string(msgid)}\nmsgstr {po_string(msgstr)}\n\n')
                for msgid, plural, one, many in FRENCH_PLURALS:
                    f.write(f'#, c-format\nmsgid {po_string(msgid)}\nmsgid_plural {po_string(plural)}\n'
                            f'msgstr[0] {po_string(one)}\nmsgstr[1] {po_string(many)}\n\n')
            subprocess.run(['msgfmt', '--check-format', '-o', os.path.join(mo_dir, 'libaict-1.mo'), po],
                           check=True)
            env = french_env(tmp)

            r = run_env(env, 'actions', '--at', '2017-01-01', SMALL)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn('  - o1 · échéance décembre 2016 · ouverte · EN RETARD\n', r.stdout)
            self.assertIn('    Décidée à « Réunion des services », le 20 septembre 2016\n', r.stdout)
            self.assertTrue(r.stdout.endswith('\n3 actions, 2 en retard\n'), r.stdout)

            r = run_env(env, 'budget', SEED)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assert_fits(r.stdout)
            self.assertRegex(r.stdout, f'\\s2016\\s+alloué\\s+50{FR_SPACE}000\u00a0€\\s+'
                                       f'\u2212150{FR_SPACE}000\u00a0€\\s+\u221275\u202f%\\s+1\n')

            r = run_env(env, 'list', 'partnerships', '--country', 'SN', SMALL)
            self.assertTrue(r.stdout.endswith('\n3 partenariats\n'), r.stdout)
            self.assertIn('Sénégal', r.stdout)
            r = run_env(env, 'list', 'partnerships', '--country', 'MA', '--status', 'ended', SMALL)
            self.assertTrue(r.stdout.endswith('\n1 partenariat\n'), r.stdout)


if __name__ == '__main__':
    unittest.main(verbosity=2)
