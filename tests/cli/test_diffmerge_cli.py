#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""aict diff and aict merge: the summary for a meeting (in English and in
French), --json valid whatever the data, the exit statuses (diff: 0 same,
1 different, 2 trouble; merge: 0 merged, 1 conflict or failure, 2 usage)."""
import json
import os
import subprocess
import tempfile
import unittest

AICT = os.environ.get('AICT_TOOL', 'aict')
ROOT = os.environ['AICT_SOURCE_ROOT']
MERGE = os.path.join(ROOT, 'tests', 'data', 'merge')
BEFORE = os.path.join(MERGE, 'before.json')
AFTER = os.path.join(MERGE, 'after.json')
A = os.path.join(MERGE, 'member-a.json')
B = os.path.join(MERGE, 'member-b.json')
C = os.path.join(MERGE, 'conflict.json')
NBSP = '\u00a0'


def run(*args, french=False, cwd=None):
    env = dict(os.environ)
    if french:
        env.update(LC_ALL='fr_FR.UTF-8', LANGUAGE='fr')
    else:
        env.update(LC_ALL='C.UTF-8', LANGUAGE='')
    return subprocess.run([AICT, *args], capture_output=True, env=env,
                          timeout=60, cwd=cwd)


class DiffTest(unittest.TestCase):
    def test_same(self):
        result = run('diff', BEFORE, BEFORE)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(b'No change since', result.stdout)
        result = run('diff', '--json', BEFORE, BEFORE)
        self.assertEqual(result.returncode, 0)
        data = json.loads(result.stdout)
        self.assertTrue(data['identical'])
        self.assertEqual(data['entries'], [])

    def test_summary(self):
        result = run('diff', 'before.json', 'after.json', cwd=MERGE)
        self.assertEqual(result.returncode, 1, result.stderr)
        out = result.stdout.decode()
        self.assertTrue(out.startswith(
            'Changes since before.json (in after.json):\n'
            'Added: 1 partnership, 1 meeting, 2 outcomes\n'
            'Removed: 1 actor\n'
            'Changed: 3 partnerships\n'
            '  3 partnerships changed status\n'
            '  1 partnership changed end\n'), out)
        self.assertIn('~ partnership p-kindia\n'
                      '    status: "active" → "ended"\n'
                      '    end: null → "2024-06-30"\n', out)
        self.assertIn('+ outcome m2024-o2 (meeting m2024)\n', out)
        self.assertIn('- actor cmc\n', out)

    def test_french(self):
        result = run('diff', 'before.json', 'after.json', cwd=MERGE,
                     french=True)
        self.assertEqual(result.returncode, 1, result.stderr)
        out = result.stdout.decode()
        self.assertIn(f'Changements depuis before.json (dans after.json){NBSP}:\n',
                      out)
        self.assertIn(f'Ajouts{NBSP}: 1 partenariat, 1 réunion, 2 résultats\n',
                      out)
        self.assertIn('  3 partenariats ont changé de status\n', out)
        self.assertIn('+ outcome m2024-o2 (réunion m2024)\n', out)
        # --json does not depend on the locale.
        english = run('diff', '--json', BEFORE, AFTER)
        french = run('diff', '--json', BEFORE, AFTER, french=True)
        self.assertEqual(english.stdout, french.stdout)

    def test_json(self):
        result = run('diff', '--json', BEFORE, AFTER)
        self.assertEqual(result.returncode, 1)
        data = json.loads(result.stdout.decode('utf-8'))
        self.assertEqual(data['counts'],
                         {'added': 4, 'removed': 1, 'changed': 3})
        kindia = data['entries'][2]
        self.assertEqual((kindia['change'], kindia['type'], kindia['id']),
                         ('changed', 'partnership', 'p-kindia'))
        self.assertEqual(kindia['members'][0],
                         {'path': 'status', 'old': 'active', 'new': 'ended'})
        self.assertEqual(data['entries'][5]['meeting'], 'm2024')

    def test_json_any_data(self):
        # Tabs, line separators, quotes, backslashes: still valid JSON.
        odd = 'a\tb\u2028c"d\\e\u00e9\U0001F600'
        with open(BEFORE, encoding='utf-8') as f:
            document = json.load(f)
        document['partnerships'][0]['title'] = odd
        document['title'] = odd
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'odd.json')
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(document, f, ensure_ascii=False)
            result = run('diff', '--json', BEFORE, path)
            self.assertEqual(result.returncode, 1, result.stderr)
            self.assertNotIn(b'\t', result.stdout)
            self.assertNotIn('\u2028'.encode(), result.stdout)
            data = json.loads(result.stdout)
            self.assertEqual(data['entries'][0]['type'], 'dataset')
            self.assertEqual(data['entries'][0]['members'][0]['new'], odd)
            self.assertEqual(data['entries'][1]['members'][0]['new'], odd)
            # The text output prints values as JSON: no raw tab either.
            result = run('diff', BEFORE, path)
            self.assertNotIn(b'\t', result.stdout)

    def test_trouble(self):
        result = run('diff', BEFORE, os.path.join(MERGE, 'missing.json'))
        self.assertEqual(result.returncode, 2)
        self.assertIn(b'missing.json', result.stderr)
        self.assertEqual(result.stdout, b'')
        self.assertEqual(run('diff', BEFORE).returncode, 2)
        self.assertEqual(run('diff', '--nope', BEFORE, AFTER).returncode, 2)


class MergeTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.out = os.path.join(self.tmp.name, 'merged.json')

    def tearDown(self):
        self.tmp.cleanup()

    def merged(self):
        with open(self.out, encoding='utf-8') as f:
            return json.load(f)

    def test_merge(self):
        result = run('merge', A, B, '-o', self.out)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(b'Merged 2 files into', result.stdout)
        self.assertEqual(run('validate', self.out).returncode, 0)
        data = self.merged()
        self.assertEqual([a['id'] for a in data['actors']],
                         ['cd33', 'cd24', 'larache'])
        self.assertEqual(data['actors'][0]['sources'],
                         [{'source': 'cr-a'}, {'source': 'cr-b'}])
        self.assertEqual(len(data['meetings'][0]['outcomes']), 2)
        # Written as libaict writes: aict format leaves it alone.
        self.assertEqual(run('format', '--check', self.out).returncode, 0)
        # The same to standard output, bytes for bytes.
        result = run('merge', A, B, '-o', '-')
        self.assertEqual(result.returncode, 0)
        with open(self.out, 'rb') as f:
            self.assertEqual(result.stdout, f.read())

    def test_merge_self(self):
        # A file merged with itself is the file, as libaict writes it.
        for path in (A, BEFORE, os.path.join(ROOT, 'data', 'meeting-2016.json')):
            result = run('merge', path, path, '-o', '-')
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stdout,
                             run('format', '-o', '-', path).stdout)

    def test_refuse(self):
        result = run('merge', 'member-a.json', 'member-b.json',
                     'conflict.json', '-o', self.out, cwd=MERGE)
        self.assertEqual(result.returncode, 1)
        self.assertFalse(os.path.exists(self.out))
        out = result.stdout.decode()
        self.assertIn('2 conflicts:\n'
                      '  partnership p-gironde-larache, title\n'
                      '    member-a.json: "Coopération Gironde – Larache"\n'
                      '    conflict.json: "Coopération Gironde – Province de Larache"\n',
                      out)
        self.assertIn(b'disagree on 2 members', result.stderr)

        result = run('merge', 'member-a.json', 'conflict.json', '-o',
                     self.out, '--json', cwd=MERGE)
        self.assertEqual(result.returncode, 1)
        data = json.loads(result.stdout)
        self.assertFalse(data['merged'])
        self.assertEqual(data['n_unresolved'], 2)
        self.assertEqual(data['conflicts'][1]['path'], 'status')
        self.assertEqual(data['conflicts'][1]['first'],
                         {'file': 'member-a.json', 'value': 'active'})

        french = run('merge', 'member-a.json', 'conflict.json', '-o',
                     self.out, cwd=MERGE, french=True)
        self.assertIn(f'2 conflits{NBSP}:\n'.encode(), french.stdout)
        self.assertIn('divergent sur 2 membres'.encode(), french.stderr)

    def test_prefer(self):
        for option, chosen, status in ((['--prefer', C], C, 'slowed'),
                                       (['--prefer', A], A, 'active'),
                                       (['--prefer-newer'], C, 'slowed')):
            result = run('merge', A, B, C, '-o', self.out, *option)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertIn(f'    kept: {chosen}\n'.encode(), result.stdout)
            data = self.merged()
            self.assertEqual(data['partnerships'][0]['status'], status)
            result = run('merge', A, B, C, '-o', self.out, '--json', *option)
            self.assertEqual(result.returncode, 0)
            data = json.loads(result.stdout)
            self.assertTrue(data['merged'])
            self.assertEqual({c['chosen'] for c in data['conflicts']},
                             {chosen})

    def test_prefer_spelling(self):
        # The preferred file may be spelt otherwise than in the list.
        result = run('merge', 'member-a.json', 'conflict.json', '-o',
                     self.out, '--prefer', './conflict.json', cwd=MERGE)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(b'    kept: conflict.json\n', result.stdout)

    def test_control_characters_in_names(self):
        # A file name with a control character cannot rewrite the terminal.
        with tempfile.TemporaryDirectory() as tmp:
            odd = os.path.join(tmp, 'a\x1b[2Jb.json')
            with open(C, 'rb') as src, open(odd, 'wb') as dst:
                dst.write(src.read())
            result = run('merge', A, odd, '-o', self.out)
            self.assertEqual(result.returncode, 1)
            self.assertNotIn(b'\x1b', result.stdout)
            self.assertNotIn(b'\x1b', result.stderr)
            self.assertIn(b'\\u001b', result.stdout)
            result = run('merge', A, odd, '-o', self.out, '--json')
            data = json.loads(result.stdout)
            self.assertTrue(data['files'][1].endswith('a\x1b[2Jb.json'))

    def test_usage(self):
        self.assertEqual(run('merge', A, B).returncode, 2)
        self.assertEqual(run('merge', '-o', self.out).returncode, 2)
        self.assertEqual(run('merge', A, B, '-o', self.out, '--prefer',
                             'other.json').returncode, 2)
        self.assertEqual(run('merge', A, B, '-o', self.out, '--prefer', A,
                             '--prefer-newer').returncode, 2)
        self.assertEqual(run('merge', A, B, '-o', '-', '--json').returncode, 2)
        result = run('merge', A, os.path.join(MERGE, 'missing.json'),
                     '-o', self.out)
        self.assertEqual(result.returncode, 1)
        self.assertFalse(os.path.exists(self.out))


if __name__ == '__main__':
    unittest.main()
