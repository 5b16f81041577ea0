#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Every --json of the aict tool writes the same UTF-8 bytes in every
locale: under "env -i" (the C locale, ASCII charset), C.UTF-8 and
fr_FR.UTF-8 with the French catalogue.  g_print() converts to the locale's
charset (an "é" becomes "?" in the C locale), so machine output must be
written as bytes.  Human output under "env -i" must not crash either.
"""
import json
import os
import subprocess
import sys
import unittest

AICT = os.environ['AICT_TOOL']
ROOT = os.environ['AICT_SOURCE_ROOT']
LOCALEDIR = os.environ['AICT_LOCALEDIR']
DATASET = os.path.join(ROOT, 'data', 'meeting-2016.json')

# One entry per machine-output path of tools/ (each command's --json,
# every WHAT of list, every kind of object of show).
JSON_COMMANDS = [
    ['info', '--json', DATASET],
    ['validate', '--json', '--date', '2026-11-26', DATASET],
    ['budget', '--json', '--by', 'actor,year', DATASET],
    ['budget', '--json', '--by', 'country', DATASET],
    ['overlaps', '--json', DATASET],
    ['overlaps', '--json', '--actor', 'cd24', DATASET],
    ['actions', '--json', '--overdue-at', '2017-01-01', DATASET],
    ['diff', '--json', os.path.join(ROOT, 'tests', 'data', 'merge', 'before.json'),
     os.path.join(ROOT, 'tests', 'data', 'merge', 'after.json')],
    ['merge', '--json', '-o', os.devnull, os.path.join(ROOT, 'tests', 'data', 'merge', 'member-a.json'),
     os.path.join(ROOT, 'tests', 'data', 'merge', 'conflict.json')],
] + [
    ['list', what, '--json', DATASET]
    for what in ('partnerships', 'actors', 'persons', 'meetings',
                 'actions', 'outcomes', 'budgets')
]

TEXT_COMMANDS = [[a for a in argv if a != '--json'] for argv in JSON_COMMANDS] + [
    ['report', DATASET],
    ['report', '--actor', 'cd64', DATASET],
    ['--help'],
    ['--version'],
]


def ids_of_each_kind():
    with open(DATASET, encoding='utf-8') as f:
        doc = json.load(f)
    ids = []
    for key in ('actors', 'persons', 'partnerships', 'budgets', 'meetings', 'sources'):
        if doc.get(key):
            ids.append(doc[key][0]['id'])
    meeting = doc['meetings'][0]
    for key in ('agenda', 'outcomes'):
        if meeting.get(key):
            ids.append(meeting[key][0]['id'])
    return ids


def run(argv, env):
    # The binary finds libaict through LD_LIBRARY_PATH (the build's rpath
    # also points there); nothing else of the caller's environment leaks in.
    base = {'LD_LIBRARY_PATH': os.environ.get('LD_LIBRARY_PATH', '')}
    base.update(env)
    return subprocess.run([AICT, *argv], capture_output=True, env=base, timeout=60)


# Byte for byte: the C locale and C.UTF-8; fr_FR.UTF-8 (French digit
# grouping, decimal comma, month names) without the catalogue and with it,
# where only a "message" member (a sentence for people, in the user's
# language: doc/cli.md) may differ.
LOCALES = {
    'env -i': {},
    'C.UTF-8': {'LC_ALL': 'C.UTF-8'},
}
FRENCH = {
    'fr_FR.UTF-8': {'LC_ALL': 'fr_FR.UTF-8', 'AICT_LOCALEDIR': '/nonexistent'},
    'fr_FR.UTF-8 + catalogue': {'LC_ALL': 'fr_FR.UTF-8', 'LANGUAGE': 'fr',
                                'AICT_LOCALEDIR': LOCALEDIR},
}


def without_messages(value):
    if isinstance(value, dict):
        return {k: without_messages(v) for k, v in value.items() if k != 'message'}
    if isinstance(value, list):
        return [without_messages(v) for v in value]
    return value


class TestJsonBytes(unittest.TestCase):
    def check_same_bytes(self, argv):
        outputs = {}
        for name, env in LOCALES.items():
            r = run(argv, env)
            self.assertIn(r.returncode, (0, 1), f'{name}: {argv}: {r.stderr!r}')
            outputs[name] = r.stdout
        reference = outputs['C.UTF-8']
        self.assertTrue(reference.endswith(b'\n'), argv)
        text = reference.decode('utf-8')          # valid UTF-8
        json.loads(text)                          # and JSON
        for name, out in outputs.items():
            self.assertEqual(out, reference, f'{name} differs for {argv}')
        for name, env in FRENCH.items():
            r = run(argv, env)
            if '"message"' not in text:
                self.assertEqual(r.stdout, reference, f'{name} differs for {argv}')
            else:
                self.assertEqual(without_messages(json.loads(r.stdout.decode('utf-8'))),
                                 without_messages(json.loads(text)), f'{name}: {argv}')
        return text

    def test_commands(self):
        non_ascii = 0
        for argv in JSON_COMMANDS:
            with self.subTest(argv=argv[:-1]):
                text = self.check_same_bytes(argv)
                non_ascii += any(ord(c) > 127 for c in text)
        # The dataset is French: most outputs carry accents, so the test
        # would see a charset conversion.
        self.assertGreaterEqual(non_ascii, 5)

    def test_show_every_kind(self):
        for ident in ids_of_each_kind():
            with self.subTest(id=ident):
                self.check_same_bytes(['show', '--json', DATASET, ident])

    def test_accent_survives_the_c_locale(self):
        r = run(['info', '--json', DATASET], {})
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('Conseils départementaux'.encode('utf-8'), r.stdout)
        self.assertNotIn(b'd?partementaux', r.stdout)


class TestTextUnderEnvI(unittest.TestCase):
    def test_no_crash(self):
        for argv in TEXT_COMMANDS + [['show', DATASET, i] for i in ids_of_each_kind()]:
            with self.subTest(argv=argv):
                r = run(argv, {})
                self.assertIn(r.returncode, (0, 1), f'{argv}: {r.returncode} {r.stderr!r}')
                self.assertNotEqual(r.stdout, b'', argv)
                self.assertNotIn(b'CRITICAL', r.stderr)
                self.assertNotIn(b'WARNING', r.stderr)


class TestWriteError(unittest.TestCase):
    def test_full_disk_is_an_error(self):
        if not os.path.exists('/dev/full'):
            self.fail('/dev/full is missing')
        with open('/dev/full', 'wb') as full:
            r = subprocess.run([AICT, 'info', '--json', DATASET], stdout=full,
                               stderr=subprocess.PIPE, env={'LC_ALL': 'C.UTF-8'}, timeout=60)
        self.assertEqual(r.returncode, 1)
        self.assertIn(b'cannot write to standard output', r.stderr)


if __name__ == '__main__':
    unittest.main(verbosity=2)
