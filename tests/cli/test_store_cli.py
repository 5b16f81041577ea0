#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""aict with stores: import, log, format --revision, store URIs everywhere."""
import json
import os
import sqlite3
import subprocess
import tempfile
import unittest

AICT = os.environ.get('AICT_TOOL', 'aict')
ROOT = os.environ['AICT_SOURCE_ROOT']
DATASET = os.path.join(ROOT, 'data', 'meeting-2016.json')
INVALID = os.path.join(ROOT, 'tests', 'data', 'invalid', 'reference-unresolved-participant.json')


def run(*args, env=None):
    full_env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
    full_env.update(env or {})
    return subprocess.run([AICT, *args], capture_output=True, env=full_env, timeout=120)


class TestStoreCli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.db = os.path.join(self.tmp.name, 'store.sqlite')
        self.uri = 'sqlite:' + self.db

    def tearDown(self):
        self.tmp.cleanup()

    def import_(self, path, author='Marie', message='Import'):
        r = run('import', path, self.uri, '--author', author, '--message', message)
        self.assertEqual(r.returncode, 0, r.stderr)
        return int(r.stdout)

    def test_import_log_format_revision(self):
        self.assertEqual(self.import_(DATASET), 1)
        # The same file again: nothing changed, no revision.
        self.assertEqual(self.import_(DATASET, message='encore'), 1)

        edited = os.path.join(self.tmp.name, 'edited.json')
        with open(DATASET, encoding='utf-8') as f:
            text = f.read()
        with open(edited, 'w', encoding='utf-8') as f:
            f.write(text.replace('Coopération de la Dordogne avec la Région de l\'Araucanie (Chili)',
                                 'Coopération « renommée » \\"citée\\"', 1))
        self.assertEqual(self.import_(edited, author='Jean', message="'; DROP TABLE revision; --"), 2)

        r = run('log', self.uri)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.decode('utf-8').splitlines()
        self.assertEqual(len(lines), 2)
        self.assertTrue(lines[0].startswith('1  '))
        self.assertIn('Marie', lines[0])
        self.assertIn('+135 ~0 -0', lines[0])
        self.assertIn("'; DROP TABLE revision; --", lines[1])

        r = run('log', '--json', self.uri, env={'LC_ALL': 'C'})
        self.assertEqual(r.returncode, 0, r.stderr)
        log = json.loads(r.stdout.decode('utf-8'))
        self.assertEqual([e['number'] for e in log], [1, 2])
        self.assertEqual(set(log[0]), {'number', 'time', 'author', 'message',
                                       'added', 'modified', 'removed'})
        self.assertEqual((log[1]['added'], log[1]['modified'], log[1]['removed']), (0, 1, 0))
        self.assertEqual(log[1]['author'], 'Jean')

        out = os.path.join(self.tmp.name, 'r1.json')
        r = run('format', '--revision', '1', self.uri, '-o', out)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(out, 'rb') as a, open(DATASET, 'rb') as b:
            self.assertEqual(a.read(), b.read())
        r = run('format', '--revision', '2', self.uri, '-o', '-')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('Coopération « renommée » \\"citée\\"', r.stdout.decode('utf-8'))
        r = run('format', '--revision', '3', self.uri, '-o', '-')
        self.assertEqual(r.returncode, 1)
        self.assertIn(b'no revision 3', r.stderr)

        with sqlite3.connect(self.db) as db:
            self.assertEqual(db.execute('SELECT count(*) FROM history WHERE revision = 2')
                             .fetchone()[0], 1)

    def test_commands_read_store_uris(self):
        self.import_(DATASET)
        for args in (['info'], ['validate', '--date', '2026-11-26'], ['list', 'partnerships'],
                     ['budget'], ['show', 'cd24']):
            from_file = run(*args, DATASET)
            from_store = run(*args, self.uri)
            self.assertEqual(from_store.returncode, from_file.returncode, from_store.stderr)
            self.assertEqual(from_store.stdout.replace(self.uri.encode(), b'F'),
                             from_file.stdout.replace(DATASET.encode(), b'F'), args)
        r = run('info', 'file:' + DATASET)
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_refusals(self):
        r = run('import', INVALID, self.uri, '-a', 'A', '-m', 'M')
        self.assertEqual(r.returncode, 1)
        self.assertIn(b'reference-unresolved', r.stderr)
        r = run('log', 'postgresql://localhost/aict')
        self.assertEqual(r.returncode, 1)
        self.assertIn(b'PostgreSQL', r.stderr)
        r = run('format', self.uri)
        self.assertEqual(r.returncode, 2)
        r = run('format', '--revision', '1', DATASET, '-o', '-')
        self.assertEqual(r.returncode, 2)
        r = run('log')
        self.assertEqual(r.returncode, 2)


if __name__ == '__main__':
    unittest.main()
