#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Data that holds control characters never reaches the terminal raw, and
every --json document stays valid JSON: ids, kinds, member names and
times with each of U+0001–U+001F, ESC sequences and a forged
"\\nok.json: valid" line, and file names with the same characters."""
import json
import os
import subprocess
import tempfile
import unittest

AICT = os.environ.get('AICT_TOOL', 'aict')

CONTROLS = [chr(c) for c in range(0x01, 0x20)]
FORGERY = '\nok.json: valid'
ESC = '\x1b[2J\x1b[31mred\x1b[0m\x1b]0;title\x07'


def run(*args):
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
    # Bytes, not text: a cut UTF-8 character must fail the decode below.
    r = subprocess.run([AICT, *args], capture_output=True, env=env, timeout=60)
    return r.returncode, r.stdout.decode('utf-8'), r.stderr.decode('utf-8')


def raw_controls(text):
    """The control characters of @text other than the line breaks of its
    layout."""
    return sorted({c for c in text if (ord(c) < 0x20 and c != '\n') or ord(c) == 0x7F})


def dataset(actor=None, extra_member=None):
    actor = dict({'id': 'a', 'name': 'A', 'kind': 'commune', 'country': 'FR'}, **(actor or {}))
    if extra_member is not None:
        actor[extra_member] = 'x'
    return {'format': 'aict/1', 'actors': [actor]}


class TestEscaping(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def write(self, name, doc):
        path = os.path.join(self.tmp.name, name)
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(doc, f)   # ensure_ascii: every control as \\u00XX
        return path

    def hostile_files(self):
        """(path, value) for each hostile value in each place a loader
        message quotes one."""
        values = ['a%sb' % c for c in CONTROLS] + [FORGERY, 'x' + FORGERY, ESC, 'é' * 100]
        files = []
        for i, value in enumerate(values):
            files.append((self.write('id-%02d.json' % i, dataset({'id': value})), value))
            files.append((self.write('kind-%02d.json' % i, dataset({'kind': value})), value))
            files.append((self.write('member-%02d.json' % i, dataset(extra_member=value)), value))
            files.append((self.write('country-%02d.json' % i, dataset({'country': value})), value))
            doc = dataset()
            doc['meetings'] = [{'id': 'm', 'title': 'M', 'date': '2016-09-20', 'start_time': value}]
            files.append((self.write('time-%02d.json' % i, doc), value))
        return files

    def check_text(self, out, what):
        self.assertEqual(raw_controls(out), [], what)
        for line in out.splitlines():
            self.assertFalse(line.startswith('ok.json'), (what, line))

    def test_validate_text(self):
        for path, value in self.hostile_files():
            code, out, err = run('validate', path)
            self.assertEqual(code, 1, (path, out, err))
            self.check_text(out + err, path)
            # The file does not load: one line that says why, whatever
            # the value.
            self.assertEqual(out, '')
            self.assertEqual(len(err.splitlines()), 1, (path, err))
            self.assertTrue(err.startswith(path + ':'), (path, err))

    def test_long_value_cut_on_a_character(self):
        path = self.write('long.json', dataset({'id': 'é' * 100}))
        code, out, err = run('validate', path)
        self.assertEqual(code, 1)
        self.assertIn('“' + 'é' * 64 + '…”', err)

    def test_escapes_are_visible(self):
        path = self.write('esc.json', dataset({'id': 'x' + FORGERY + '\x1b\x1f"\\'}))
        code, out, err = run('validate', path)
        self.assertIn('“x\\nok.json: valid\\u001b\\u001f\\"\\\\”', err)

    def test_validate_json(self):
        files = self.hostile_files()
        code, out, err = run('validate', '--json', *[p for p, _ in files])
        self.assertEqual(code, 1, err)
        doc = json.loads(out)
        self.assertEqual(len(doc['files']), len(files))
        for (path, value), entry in zip(files, doc['files']):
            self.assertEqual(entry['file'], path)
            self.assertFalse(entry['loaded'])
            self.assertEqual(raw_controls(entry['error']['message']), [], path)

    def test_list_and_show_refuse_cleanly(self):
        for path, value in self.hostile_files()[:40]:
            for args in (('list', 'actors', '--json', path), ('show', '--json', path, 'a')):
                code, out, err = run(*args)
                self.assertEqual(code, 1, (args, out, err))
                self.assertEqual(out, '')
                self.check_text(err, args)

    def test_control_characters_in_file_names(self):
        """The file name is data too: json-glib 1.6 writes U+001F raw."""
        doc = dataset()
        doc['meetings'] = [{'id': 'm', 'title': 'M', 'date': '2016-09-20'}]
        for chars in [''.join(CONTROLS).replace('\n', ''), '\x1f', '\n' + 'ok.json: valid', ESC]:
            name = 'f' + chars + '.json'
            path = self.write(name, doc)
            for args in (('validate', '--json', path), ('list', 'actors', '--json', path),
                         ('list', 'meetings', '--json', path), ('show', '--json', path, 'a'),
                         ('show', '--json', path, 'm'), ('info', '--json', path)):
                code, out, err = run(*args)
                self.assertEqual(code, 0, (args, err))
                parsed = json.loads(out)
                self.assertEqual(parsed['files'][0]['file'] if args[0] == 'validate' else parsed['file'],
                                 path, args)


if __name__ == '__main__':
    unittest.main(verbosity=2)
