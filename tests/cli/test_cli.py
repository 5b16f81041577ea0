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
        # The countries of partnerships (France is the home side, named by
        # none); Senegal has two partnerships and six actors take part.
        self.assertTrue({'MA', 'CL', 'GN'} <= codes)
        self.assertNotIn('FR', codes)
        self.assertEqual(doc['countries'][0], {'code': 'SN', 'partnerships': 2, 'actors': 6})
        # allocated: 200 000 + 1 200 000 (Guinea) + 200 000 + 50 000 + 170 000
        self.assertEqual([(t['kind'], t['currency'], t['lines'], t['min'], t['max'])
                          for t in doc['budget_totals']],
                         [('allocated', 'EUR', 5, '1820000', '1820000'),
                          ('estimate', 'EUR', 3, '430000', '580000')])
        for total in doc['budget_totals']:
            self.assertEqual(set(total), {'kind', 'currency', 'lines', 'min', 'max'})
            # Exact decimal strings, never floats.
            self.assertIsInstance(total['min'], str)

    def test_french(self):
        r = run('info', DATASET, env={'LC_ALL': 'fr_FR.UTF-8', 'LANGUAGE': 'fr'})
        # Never a skip: the catalogue is built with the tool (po/) and
        # scripts/setup-deps.sh installs the locale.
        self.assertIn('fr_FR.utf8', subprocess.run(['locale', '-a'], capture_output=True,
                                                   text=True).stdout.split(),
                      'the fr_FR.UTF-8 locale is missing: run scripts/setup-deps.sh')
        mo = os.path.join(os.environ.get('AICT_LOCALEDIR', ''), 'fr', 'LC_MESSAGES', 'libaict-1.mo')
        self.assertTrue(os.path.exists(mo), f'no French catalogue at {mo}: build po/ first')
        self.assertIn('Partenariats', r.stdout, r.stderr)
        self.assertIn('Maroc', r.stdout)
        r = run('info', '--json', DATASET, env={'LC_ALL': 'fr_FR.UTF-8', 'LANGUAGE': 'fr'})
        self.assertEqual(json.loads(r.stdout)['counts']['partnerships'], 21)



def read_bytes(path):
    with open(path, 'rb') as f:
        return f.read()


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


# French groups digits with a no-break space, narrow (U+202F) in glibc
# 2.28 and later.
FR_SPACE = '[\u202f\u00a0]'


class TestFormat(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.canonical = read_bytes(DATASET)

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, data):
        path = os.path.join(self.dir, name)
        with open(path, 'wb') as f:
            f.write(data)
        return path

    def non_canonical(self, name='messy.json'):
        # The same dataset, on one line with the members of each object
        # reversed: what a hand edit or another tool leaves.
        def reverse(value):
            if isinstance(value, dict):
                return {k: reverse(v) for k, v in reversed(list(value.items()))}
            if isinstance(value, list):
                return [reverse(v) for v in value]
            return value
        doc = json.loads(self.canonical)
        doc = dict(reverse(doc))
        return self.write(name, json.dumps(doc, ensure_ascii=False).encode())

    def test_bundled_dataset_is_canonical(self):
        path = self.write('m.json', self.canonical)
        before = os.stat(path).st_mtime_ns
        r = run('format', '--check', path)
        self.assertEqual((r.returncode, r.stdout, r.stderr), (0, '', ''))
        r = run('format', path)
        self.assertEqual((r.returncode, r.stdout, r.stderr), (0, '', ''))
        # Nothing to change: the file is not even rewritten.
        self.assertEqual(os.stat(path).st_mtime_ns, before)
        self.assertEqual(read_bytes(path), self.canonical)

    def test_in_place(self):
        path = self.non_canonical()
        self.assertNotEqual(read_bytes(path), self.canonical)
        r = run('format', path)
        self.assertEqual((r.returncode, r.stdout, r.stderr), (0, '', ''))
        self.assertEqual(read_bytes(path), self.canonical)
        # Atomic replacement leaves no temporary file behind.
        self.assertEqual(os.listdir(self.dir), ['messy.json'])

    def test_check_non_canonical(self):
        path = self.non_canonical()
        before = read_bytes(path)
        r = run('format', '--check', path)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stdout, '')
        self.assertIn(path, r.stderr)
        self.assertEqual(len(r.stderr.splitlines()), 1)
        self.assertEqual(read_bytes(path), before)

    def test_output(self):
        path = self.non_canonical()
        before = read_bytes(path)
        out = os.path.join(self.dir, 'out.json')
        r = run('format', '--output', out, path)
        self.assertEqual((r.returncode, r.stdout, r.stderr), (0, '', ''))
        self.assertEqual(read_bytes(out), self.canonical)
        self.assertEqual(read_bytes(path), before)
        r = run('format', '-o', '-', path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.encode(), self.canonical)
        self.assertEqual(read_bytes(path), before)

    def test_invalid_input_is_refused(self):
        broken = b'{"format": "aict/1",\n  "actors": [,]}'
        path = self.write('broken.json', broken)
        for args in [(path,), ('--check', path), ('--output', os.path.join(self.dir, 'out.json'), path)]:
            r = run('format', *args)
            self.assertEqual(r.returncode, 1, args)
            self.assertEqual(r.stdout, '', args)
            self.assertEqual(len(r.stderr.splitlines()), 1, (args, r.stderr))
            self.assertRegex(r.stderr, r'^aict format: .*broken\.json:2:\d+: ')
            self.assertEqual(read_bytes(path), broken, args)
            self.assertEqual(os.listdir(self.dir), ['broken.json'], args)
        r = run('format', os.path.join(self.dir, 'missing.json'))
        self.assertEqual(r.returncode, 1)
        self.assertIn('missing.json', r.stderr)

    def test_loadable_but_invalid_data_is_formatted(self):
        # format is about the bytes, validate about the rules: a dataset
        # with an unknown country still gets formatted.
        path = self.write('xx.json', json.dumps(
            {'actors': [{'country': 'XX', 'kind': 'other', 'name': 'A', 'id': 'a'}],
             'format': 'aict/1'}).encode())
        r = run('format', path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(read_bytes(path).decode(),
                         '{\n  "format": "aict/1",\n  "actors": [\n    {\n      "id": "a",\n'
                         '      "name": "A",\n      "kind": "other",\n      "country": "XX"\n'
                         '    }\n  ]\n}\n')

    def test_symbolic_link_is_kept(self):
        target = self.non_canonical('target.json')
        link = os.path.join(self.dir, 'link.json')
        os.symlink('target.json', link)
        r = run('format', link)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(os.path.islink(link))
        self.assertEqual(read_bytes(target), self.canonical)

    def test_usage_errors_exit_2(self):
        path = self.write('m.json', self.canonical)
        for args in [('format',), ('format', '--bogus', path), ('format', path, path),
                     ('format', '--check', '--output', os.path.join(self.dir, 'o.json'), path)]:
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertEqual(r.stdout, '', args)
            self.assertIn('Usage', r.stderr, args)
        self.assertEqual(os.listdir(self.dir), ['m.json'])


class TestShow(unittest.TestCase):
    def show(self, *args):
        r = run('show', *args)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, '')
        return r.stdout

    def show_json(self, object_id):
        doc = json.loads(self.show('--json', DATASET, object_id))
        self.assertEqual(set(doc), {'file', 'id', 'type', 'object', 'related', 'refs'})
        self.assertEqual(doc['id'], object_id)
        self.assertEqual(doc['object']['id'], object_id)
        # Every id the document names is resolved in refs.
        for ref in doc['refs'].values():
            self.assertEqual(set(ref), {'type', 'name'})
        return doc

    def assert_fits(self, text):
        for line in text.splitlines():
            self.assertLessEqual(len(line), 80, line)

    def test_partnership(self):
        out = self.show(DATASET, 'p-cd24-larache')
        self.assert_fits(out)
        lines = out.splitlines()
        self.assertEqual(lines[0], 'Coopération de la Dordogne avec la Province de Larache (Maroc)')
        self.assertEqual(lines[1], 'Partnership · p-cd24-larache')
        self.assertRegex(out, r'Status\s+active')
        self.assertRegex(out, r'Countries\s+Morocco \(MA\)')
        self.assertRegex(out, r'Themes\s+Agriculture, Social welfare, Youth, Education')
        # Participants resolved to their names, with their roles.
        self.assertRegex(out, r'\n  Conseil départemental de la Dordogne\s+cd24\s+lead\s+France\n')
        self.assertRegex(out, r'\n  Province de Larache\s+ma-larache\s+partner\s+Morocco\n')
        self.assertIn('  - mfr: En lien étroit.', out)
        self.assertIn('· Annexe — Dordogne (24)', out)

        doc = self.show_json('p-cd24-larache')
        self.assertEqual(doc['type'], 'partnership')
        o = doc['object']
        self.assertEqual(set(o), {'id', 'title', 'status', 'start', 'end', 'participants', 'countries',
                                  'subdivisions', 'themes', 'components', 'notes', 'sources'})
        self.assertEqual(o['status'], 'active')
        self.assertIsNone(o['start'])
        self.assertEqual(o['countries'], ['MA'])
        self.assertEqual({p['actor']: p['role'] for p in o['participants']}['ma-larache'], 'partner')
        self.assertEqual(doc['refs']['ma-larache'], {'type': 'actor', 'name': 'Province de Larache'})
        self.assertEqual(doc['refs']['cr-2016-09-20']['type'], 'source')
        self.assertEqual(doc['related'], {'budgets': [], 'outcomes': []})

    def test_partnership_budget_lines(self):
        out = self.show(DATASET, 'p-cd17-guinee')
        self.assertIn('\nBudget lines\n', out)
        self.assertRegex(out, r'b-cd17-guinee-ebola\s+allocated\s+€1200000\n')
        self.assertRegex(out, r'Period\s+since 1993')
        doc = self.show_json('p-cd17-guinee')
        self.assertEqual(doc['object']['start'], '1993')
        self.assertEqual(doc['related']['budgets'],
                         ['b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd17-guinee-staff'])
        self.assertEqual(doc['refs']['b-cd17-guinee-ebola']['type'], 'budget')

    def test_actor(self):
        out = self.show(DATASET, 'cd24')
        self.assert_fits(out)
        self.assertTrue(out.startswith('Conseil départemental de la Dordogne\nActor · cd24\n'))
        self.assertRegex(out, r'Short name\s+Dordogne\n')
        self.assertRegex(out, r'Kind\s+département\n')
        self.assertRegex(out, r'Country\s+France \(FR\)\n')
        self.assertRegex(out, r'Subdivision\s+Dordogne \(FR-24\)\n')
        self.assertIn('Mireille Bordes', out)
        doc = self.show_json('cd24')
        self.assertEqual(doc['type'], 'actor')
        o = doc['object']
        self.assertEqual((o['kind'], o['country'], o['subdivision'], o['short_name']),
                         ('departement', 'FR', 'FR-24', 'Dordogne'))
        self.assertIsNone(o['parent'])
        self.assertEqual(o['identifiers'], [])
        self.assertEqual(len(o['sources']), 3)

    def test_actor_profile(self):
        # The Pyrénées-Atlantiques with its units: the pôle's people,
        # partnerships and budget lines come with it.
        out = self.show(DATASET, 'cd64')
        self.assert_fits(out)
        units = out.split('\nUnits\n')[1].split('\n\n')[0]
        self.assertIn('Pôle Coopération internationale (cd64-pole)', units)
        self.assertIn('Direction générale des services (cd64-dgs)', units)
        self.assertIn('\nPeople\n', out)
        self.assertIn('Jérôme KOHL', out)
        self.assertIn('p-cd64-benin', out)
        self.assertIn('\nBudget lines\n', out)
        doc = self.show_json('cd64')
        related = doc['related']
        self.assertEqual(related['units'], ['cd64-dgs', 'cd64-pole'])
        self.assertEqual(related['partnerships'], ['p-cd64-benin', 'p-cd64-misiones', 'p-cd64-californie'])
        self.assertEqual(related['budgets'], ['b-cd64-before', 'b-cd64-2016', 'b-cd64-staff-2016', 'b-cd64-csi'])
        self.assertEqual(related['actions'], [])
        self.assertEqual(related['meetings'], ['m-2016-09-20'])
        for key in ('units', 'staff', 'partnerships', 'budgets', 'meetings', 'actions', 'contributions'):
            for ref in related[key]:
                self.assertIn(ref, doc['refs'])

    def test_actor_parent(self):
        out = self.show(DATASET, 'cd24-service')
        self.assertRegex(out, r'Part of\s+Conseil départemental de la Dordogne \(cd24\)')
        doc = self.show_json('cd24-service')
        self.assertEqual(doc['object']['parent'], 'cd24')
        self.assertEqual(doc['refs']['cd24']['name'], 'Conseil départemental de la Dordogne')

    def test_person(self):
        out = self.show(DATASET, 'per-valerie-coustillas')
        self.assert_fits(out)
        self.assertTrue(out.startswith('Valérie COUSTILLAS\nPerson · per-valerie-coustillas\n'))
        self.assertRegex(out, r'Works for\s+Adjointe au chef de service')
        self.assertIn('(cd24-service)', out)
        self.assertIn('\nMeetings\n', out)
        self.assertIn('20 September 2016 · present · participant · representing', out)
        self.assertIn('c-b1-cd24', out)
        doc = self.show_json('per-valerie-coustillas')
        self.assertEqual(doc['type'], 'person')
        self.assertEqual(doc['object']['affiliations'][0]['actor'], 'cd24-service')
        self.assertEqual(doc['related']['meetings'], ['m-2016-09-20'])
        self.assertIn('c-b1-cd24', doc['related']['contributions'])
        self.assertEqual(doc['refs']['m-2016-09-20']['type'], 'meeting')

    def test_meeting(self):
        out = self.show(DATASET, 'm-2016-09-20')
        self.assert_fits(out)
        self.assertRegex(out, r'Date\s+20 September 2016\n')
        self.assertRegex(out, r'Time\s+10:30 – 17:00\n')
        self.assertRegex(out, r'Place\s+Maison des Suds, 12 Esplanade des Antilles, 33607 Pessac,')
        self.assertRegex(out, r'Organisers\s+Cap Coopération \(capcoop\)\n\s+RESODI \(resodi\)\n')
        # Attendance, one row per person, resolved to names.
        self.assertRegex(out, r'\n  Valérie COUSTILLAS\s+Dordogne\s+participant\s+present\n')
        self.assertRegex(out, r'\n  Larissa MONTEIRO\s+Charente\s+participant\s+excused\n')
        self.assertRegex(out, r'\n    - B\.1 Les problématiques actuelles')
        # What the meeting decided: outcomes grouped by kind, decisions first.
        sections = [line for line in out.splitlines()
                    if line in ('Decisions', 'Follow-up actions', 'Proposals', 'Conclusions',
                                'Syntheses', 'Next meeting')]
        self.assertEqual(sections, ['Decisions', 'Follow-up actions', 'Proposals', 'Conclusions',
                                    'Syntheses', 'Next meeting'])
        decisions = out.split('\nDecisions\n')[1].split('\nFollow-up actions\n')[0]
        self.assertIn('o-a-reseau-unique · due 1 January 2017 · open', decisions)
        self.assertIn('o-c4-groupe-restreint', decisions)
        self.assertNotIn('o-b1-plateforme', decisions)
        actions = out.split('\nFollow-up actions\n')[1].split('\nProposals\n')[0]
        self.assertEqual(sum(1 for line in actions.splitlines() if line.startswith('  - ')), 4)
        self.assertIn('o-c3-daect-reglementation · owner: Délégation pour', actions)

        doc = self.show_json('m-2016-09-20')
        o = doc['object']
        self.assertEqual(doc['type'], 'meeting')
        self.assertEqual((o['date'], o['start_time'], o['end_time']), ('2016-09-20', '10:30', '17:00'))
        self.assertEqual(o['place']['locality'], 'Pessac')
        self.assertEqual(o['organisers'], ['capcoop', 'resodi'])
        self.assertEqual((len(o['attendance']), len(o['agenda']), len(o['contributions']),
                          len(o['outcomes'])), (14, 8, 41, 25))
        self.assertEqual(sum(1 for x in o['outcomes'] if x['kind'] == 'action'), 4)
        self.assertEqual(doc['refs']['per-valerie-coustillas']['name'], 'Valérie COUSTILLAS')
        self.assertEqual(doc['related'], {})

    def test_outcome(self):
        out = self.show(DATASET, 'o-c3-daect-reglementation')
        self.assert_fits(out)
        self.assertTrue(out.startswith('Outcome · o-c3-daect-reglementation\n'))
        self.assertRegex(out, r'Kind\s+action\n')
        self.assertRegex(out, r'Owner\s+Délégation pour l\'action extérieure des collectivités')
        self.assertRegex(out, r'Meeting\s+Rencontre entre les services AECT')
        self.assertRegex(out, r'Agenda item\s+C\.3 Éléments de réflexion discutés \(m-2016-09-20-C3\)')
        doc = self.show_json('o-c3-daect-reglementation')
        o = doc['object']
        self.assertEqual(doc['type'], 'outcome')
        self.assertEqual((o['kind'], o['owner'], o['status']), ('action', 'daect', 'open'))
        self.assertEqual(doc['related'], {'meeting': 'm-2016-09-20'})
        self.assertEqual(doc['refs']['daect']['type'], 'actor')

        doc = self.show_json('o-a-reseau-unique')
        self.assertEqual((doc['object']['kind'], doc['object']['due']), ('decision', '2017-01-01'))
        out = self.show(DATASET, 'o-a-reseau-unique')
        self.assertRegex(out, r'Due\s+1 January 2017\n')

    def test_budget(self):
        out = self.show(DATASET, 'b-cd24-2016')
        self.assert_fits(out)
        self.assertIn('Budget line · b-cd24-2016\n', out)
        self.assertRegex(out, r'Kind\s+estimate\n')
        self.assertRegex(out, r'Actor\s+Service Politiques territoriales et européennes\s+\(cd24-service\)')
        self.assertRegex(out, r'Period\s+2016\n')
        # C.UTF-8 has no digit grouping; the order is English.
        self.assertRegex(out, r'Amount\s+€30000–70000\n')
        doc = self.show_json('b-cd24-2016')
        o = doc['object']
        self.assertEqual(doc['type'], 'budget')
        self.assertEqual(o['amount'], {'currency': 'EUR', 'value': None, 'min': '30000',
                                       'max': '70000', 'approximate': False})
        self.assertEqual((o['kind'], o['start'], o['end'], o['staff_fte']), ('estimate', '2016', '2016', None))

        out = self.show(DATASET, 'b-cd64-staff-2016')
        self.assertRegex(out, r'Staff\s+1\.5 FTE\n')
        self.assertEqual(self.show_json('b-cd64-staff-2016')['object']['staff_fte'], '1.5')

        out = self.show(DATASET, 'b-cd17-guinee-ebola')
        self.assertIn('\nFunders\n', out)
        self.assertRegex(out, r'\n  Conseil départemental de la Charente-Maritime\s+cd17\s+€60000\n')
        self.assertRegex(out, r'\n  Syndicat des eaux\s+syndicat-eaux\n')
        doc = self.show_json('b-cd17-guinee-ebola')
        self.assertEqual([f['actor'] for f in doc['object']['funders']], ['cd17', 'syndicat-eaux', 'pnud'])
        self.assertEqual(doc['object']['funders'][0]['amount']['value'], '60000')

    def test_nested_objects(self):
        doc = self.show_json('m-2016-09-20-B1')
        self.assertEqual(doc['type'], 'agenda-item')
        self.assertEqual((doc['object']['label'], doc['object']['parent']), ('B.1', 'm-2016-09-20-B'))
        self.assertEqual(doc['related']['meeting'], 'm-2016-09-20')
        self.assertIn('c-b1-cd24', doc['related']['contributions'])
        self.assertIn('o-b1-plateforme', doc['related']['outcomes'])
        out = self.show(DATASET, 'm-2016-09-20-B1')
        self.assertRegex(out, r'Label\s+B\.1\n')

        doc = self.show_json('c-b1-cd24')
        self.assertEqual(doc['type'], 'contribution')
        self.assertEqual(doc['object']['person'], 'per-valerie-coustillas')
        self.assertEqual(doc['related'], {'meeting': 'm-2016-09-20'})
        out = self.show(DATASET, 'c-b1-cd24')
        self.assertRegex(out, r'Person\s+Valérie COUSTILLAS \(per-valerie-coustillas\)')

        doc = self.show_json('cr-2016-09-20')
        self.assertEqual((doc['type'], doc['object']['date']), ('source', '2016-09-20'))

    def test_json_is_locale_independent(self):
        for object_id in ('m-2016-09-20', 'b-cd24-2016', 'p-cd24-larache'):
            c = run('show', '--json', DATASET, object_id)
            fr = run_env(french_env(), 'show', '--json', DATASET, object_id)
            self.assertEqual(c.returncode, 0)
            self.assertEqual(fr.stdout, c.stdout, object_id)

    def test_unknown_id(self):
        for args in [(DATASET, 'no-such-id'), ('--json', DATASET, 'no-such-id')]:
            r = run('show', *args)
            self.assertEqual(r.returncode, 1)
            self.assertEqual(r.stdout, '')
            self.assertEqual(r.stderr, f'aict show: no object with id “no-such-id” in {DATASET}\n')

    def test_unloadable_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'broken.json')
            with open(path, 'w') as f:
                f.write('{"format": "aict/1",\n  "actors": [,]}')
            r = run('show', path, 'cd24')
            self.assertEqual(r.returncode, 1)
            self.assertEqual(r.stdout, '')
            self.assertRegex(r.stderr, r'^aict show: .*broken\.json:2:\d+: [^\n]*\n$')

    def test_usage_errors_exit_2(self):
        for args in [('show',), ('show', DATASET), ('show', '--bogus', DATASET, 'cd24'),
                     ('show', DATASET, 'cd24', 'extra')]:
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertEqual(r.stdout, '', args)
            self.assertIn('Usage', r.stderr, args)

    def test_help(self):
        for args in [('help', 'show'), ('show', '--help'), ('help', 'format'), ('format', '--help')]:
            r = run(*args)
            self.assertEqual(r.returncode, 0, args)
            self.assertIn(f'aict {args[1] if args[0] == "help" else args[0]} [OPTION…]', r.stdout)
            self.assertIn('Exit status', r.stdout)
        r = run('help')
        self.assertRegex(r.stdout, r'\n  show\s+Show one object')
        self.assertRegex(r.stdout, r'\n  format\s+Rewrite a file in canonical form')


# The French translations proposed for the tool's formatting patterns (see
# tools/aict-format.c): with them, French word order and typography.
FRENCH_PATTERNS = [
    ('money with symbol', '%1$s%2$s', '%2$s\u00a0%1$s'),
    ('money range with symbol', '%1$s%2$s–%3$s', '%2$s – %3$s\u00a0%1$s'),
    ('money with code', '%2$s %1$s', '%2$s\u00a0%1$s'),
    ('money range with code', '%2$s–%3$s %1$s', '%2$s – %3$s\u00a0%1$s'),
    ('percentage', '%s%%', '%s\u202f%%'),
    ('number sign', '-', '\u2212'),
    ('staff', '%s FTE', '%s ETP'),
    ('period', 'since %s', 'depuis %s'),
]


class TestFrench(unittest.TestCase):
    def show(self, object_id, localedir=None):
        r = run_env(french_env(localedir), 'show', DATASET, object_id)
        self.assertEqual(r.returncode, 0, r.stderr)
        return r.stdout

    def test_dates_and_numbers_follow_the_locale(self):
        out = self.show('m-2016-09-20')
        self.assertRegex(out, r'Date\s+20 septembre 2016\n')
        self.assertNotIn('September', out)
        out = self.show('b-cd24-2016')
        self.assertRegex(out, f'30{FR_SPACE}000')
        self.assertRegex(out, f'70{FR_SPACE}000')
        out = self.show('b-cd64-staff-2016')
        self.assertIn('1,5', out)
        out = self.show('p-cd24-larache')
        self.assertIn('Maroc (MA)', out)
        self.assertIn('partenaire', out)
        out = self.show('o-a-reseau-unique')
        self.assertIn('1er janvier 2017', out)

    def test_french_order_from_the_catalogue(self):
        with tempfile.TemporaryDirectory() as tmp:
            po = os.path.join(tmp, 'fr.po')
            mo_dir = os.path.join(tmp, 'fr', 'LC_MESSAGES')
            os.makedirs(mo_dir)
            with open(po, 'w', encoding='utf-8') as f:
                f.write('msgid ""\nmsgstr ""\n"Project-Id-Version: test\\n"\n"Language: fr\\n"\n'
                        '"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
                for context, msgid, msgstr in FRENCH_PATTERNS:
                    f.write(f'#, c-format\nmsgctxt "{context}"\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n\n')
            subprocess.run(['msgfmt', '--check-format', '-o', os.path.join(mo_dir, 'libaict-1.mo'), po],
                           check=True)

            out = self.show('b-cd24-2016', tmp)
            self.assertRegex(out, f'Amount\\s+30{FR_SPACE}000 – 70{FR_SPACE}000\u00a0€\n')
            out = self.show('b-cd17-guinee-ebola', tmp)
            self.assertRegex(out, f'60{FR_SPACE}000\u00a0€\n')
            out = self.show('b-cd64-staff-2016', tmp)
            self.assertRegex(out, r'1,5 ETP\n')
            out = self.show('p-cd17-guinee', tmp)
            self.assertIn('depuis 1993', out)


SMALL = os.path.join(ROOT, 'tests', 'data', 'query', 'small.json')


class TestReport(unittest.TestCase):
    def report(self, *args, env=None):
        r = run('report', *args, env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, '')
        return r.stdout

    def assert_tables_well_formed(self, text):
        """Every Markdown table has as many cells in each row as in its head."""
        width = None
        for line in text.splitlines():
            if line.startswith('|'):
                cells = len(line.replace('\\|', '')) - len(line.replace('\\|', '').replace('|', '')) - 1
                if width is None:
                    width = cells
                self.assertEqual(cells, width, line)
            else:
                width = None

    def sections(self, text):
        return [line[3:] for line in text.splitlines() if line.startswith('## ')]

    def test_dataset(self):
        out = self.report(DATASET)
        self.assert_tables_well_formed(out)
        self.assertTrue(out.startswith('# Rencontre des services AECT'))
        self.assertEqual(self.sections(out),
                         ['Summary', 'Partnerships by country', 'Partnerships by status', 'Partnerships',
                          'Budget', 'Pooling opportunities', 'Open follow-up actions', 'Meetings'])
        self.assertIn('| 80 | 21 | 14 | 1 |', out)
        self.assertIn('| Senegal | 2 | 6 |', out)
        # The pôle's fall, from the library's totals.
        self.assertRegex(out, r'\| Pôle Coopération internationale \| 2016 \| allocated \| €50000 \| -€150000 \(-75%\) \|')
        # The Senegal overlap: Gironde, Ardèche and Drôme.
        self.assertIn('| Country | Senegal | Gironde, Ardèche, Drôme | 2 | 1 |', out)
        # Four open actions, none judged overdue without --at.
        actions = out.split('## Open follow-up actions')[1].split('## Meetings')[0]
        self.assertEqual(actions.count('\n- '), 4)
        self.assertNotIn('OVERDUE', out)
        self.assertIn('- decision: Cap Coopération et RESODI évoluent', out)

    def test_actor(self):
        out = self.report('--actor', 'cd64', DATASET)
        self.assert_tables_well_formed(out)
        self.assertTrue(out.startswith('# Conseil départemental des Pyrénées-Atlantiques\n'))
        self.assertEqual(self.sections(out),
                         ['Units', 'People', 'Partnerships', 'Budget', 'Pooling candidates',
                          'Open follow-up actions', 'Meetings'])
        self.assertIn('-€150000 (-75%)', out)
        self.assertIn('| Accord de coopération décentralisée des Pyrénées-Atlantiques avec le Bénin | Benin | active | — | lead |', out)
        candidates = out.split('## Pooling candidates')[1].split('##')[0]
        self.assertIn('| Charente-Maritime | Theme: Culture, Migration | 2 |', candidates)

    def test_overdue_actions_at_a_date(self):
        # tests/data/query/small.json: o1 (due 2016-12, open) and o4 (due
        # 2016-11-15, in progress) are overdue on 1 January 2017; o2 is done.
        out = self.report('--at', '2017-01-01', SMALL)
        actions = out.split('## Open follow-up actions')[1].split('## Meetings')[0]
        lines = [line for line in actions.splitlines() if line.startswith('- ')]
        self.assertEqual(len(lines), 2)
        self.assertTrue(lines[0].startswith('- OVERDUE — Département Deux — due 15 November 2016'), lines[0])
        self.assertTrue(lines[1].startswith('- OVERDUE — Service des relations internationales — due December 2016'), lines[1])
        self.assertIn('1 action done or cancelled.', actions)
        out = self.report('--at', '2016-12-15', SMALL)
        self.assertEqual(out.count('OVERDUE'), 1)
        # One actor: its own actions only.
        out = self.report('--actor', 'd1', '--at', '2017', SMALL)
        actions = out.split('## Open follow-up actions')[1].split('## Meetings')[0]
        self.assertEqual([line for line in actions.splitlines() if line.startswith('- ')],
                         ['- OVERDUE — due December 2016 (open): Envoyer le bilan des écoles'])

    def test_output_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'report.md')
            r = run('report', '--output', path, '--actor', 'd2', SMALL)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stdout, '')
            with open(path, encoding='utf-8') as f:
                text = f.read()
            self.assertTrue(text.startswith('# Département Deux\n'))
            self.assertEqual(text, self.report('--actor', 'd2', SMALL))

    def test_markdown_is_escaped(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'pipes.json')
            with open(SMALL, encoding='utf-8') as f:
                doc = json.load(f)
            doc['partnerships'][0]['title'] = 'Eau | *potable* \n# titre'
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(doc, f, ensure_ascii=False)
            out = self.report(path)
            self.assert_tables_well_formed(out)
            self.assertIn('Eau \\| \\*potable\\*  \\# titre', out)

    def test_french_dates(self):
        out = self.report('--at', '2017-01-01', SMALL, env={'LC_ALL': 'fr_FR.UTF-8'})
        self.assertIn('20 septembre 2016', out)
        self.assertIn('15 novembre 2016', out)

    def test_errors(self):
        r = run('report', '--actor', 'nobody', SMALL)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stdout, '')
        self.assertEqual(r.stderr.splitlines(), [f'aict report: no actor with id “nobody” in {SMALL}'])
        r = run('report', '--at', '2016-13', SMALL)
        self.assertEqual(r.returncode, 2)
        self.assertIn('--at', r.stderr.splitlines()[0])
        r = run('report', '--top', '0', SMALL)
        self.assertEqual(r.returncode, 2)
        r = run('report')
        self.assertEqual(r.returncode, 2)
        r = run('report', os.path.join(ROOT, 'no', 'such.json'))
        self.assertEqual(r.returncode, 1)
        self.assertEqual(len(r.stderr.splitlines()), 1)
        r = run('report', '--output', os.path.join(ROOT, 'no', 'such', 'dir', 'r.md'), SMALL)
        self.assertEqual(r.returncode, 1)


class TestLoadLimits(unittest.TestCase):
    def test_limit_hit_names_the_options(self):
        r = run('info', '--max-file-size', '1K', DATASET)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(len(r.stderr.splitlines()), 1)
        self.assertIn('--help-load', r.stderr)
        r = run('info', '--max-file-size', '16M', DATASET)
        self.assertEqual(r.returncode, 0, r.stderr)
        r = run('info', '--max-items', '5', DATASET)
        self.assertEqual(r.returncode, 1)
        self.assertIn('meeting-2016.json:127:5: array has more than 5 items', r.stderr)

    def test_bad_values(self):
        for option, value in (('--max-items', 'x'), ('--max-items', '0'), ('--max-file-size', '2G'),
                              ('--max-values', '-1'), ('--max-file-size', 'K')):
            r = run('info', option, value, DATASET)
            self.assertEqual(r.returncode, 2, (option, value))
            self.assertIn(option, r.stderr.splitlines()[0])


if __name__ == '__main__':
    unittest.main(verbosity=2)
