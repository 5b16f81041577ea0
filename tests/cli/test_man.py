#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""aict(1): doc/aict.rst is clean reStructuredText, the built page renders
without a groff warning, and it documents every command the tool has.

Usage: test_man.py RST2MAN SOURCE.rst BUILT.1 (AICT_TOOL names the tool)."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

RST2MAN, SOURCE, BUILT = sys.argv[1:4]
AICT = os.environ.get('AICT_TOOL', 'aict')

# Commands the tool is getting, documented ahead of their implementation.
DOCUMENTED = ['validate', 'info', 'list', 'show', 'budget', 'overlaps', 'actions',
              'report', 'format', 'diff', 'merge', 'help']


def render():
    env = dict(os.environ, MANWIDTH='80', LC_ALL='C.UTF-8', MAN_KEEP_FORMATTING='')
    return subprocess.run(['man', '--warnings', '-l', BUILT], capture_output=True,
                          text=True, env=env, timeout=60)


class TestManPage(unittest.TestCase):
    def test_source_is_strict_rst(self):
        # --strict: any docutils warning (a bad title, a broken list) fails.
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, 'aict.1')
            r = subprocess.run([RST2MAN, '--strict', SOURCE, out],
                               capture_output=True, text=True, timeout=60)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stderr, '')
            with open(out, encoding='utf-8') as f:
                self.assertRegex(f.read(), r'\n\.TH "AICT" "?1"? ')

    def test_renders(self):
        if shutil.which('man') is None:
            self.skipTest('man(1) is not installed')
        r = render()
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, '')
        text = r.stdout
        self.assertRegex(text, r'^AICT\(1\)')
        for section in ('NAME', 'SYNOPSIS', 'DESCRIPTION', 'COMMANDS', 'OPTIONS',
                        'EXIT STATUS', 'ENVIRONMENT', 'EXAMPLES', 'SEE ALSO'):
            self.assertRegex(text, f'\n{section}\n', section)
        for command in DOCUMENTED:
            self.assertRegex(text, f'\n   {command}\n', command)
        for name in ('LANG', 'AICT_LOCALEDIR', '--version', 'data/meeting-2016.json'):
            self.assertIn(name, text)
        for line in text.splitlines():
            self.assertLessEqual(len(line), 80, line)

    def test_every_command_of_the_tool_is_documented(self):
        r = subprocess.run([AICT, '--help'], capture_output=True, text=True,
                           env=dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE=''), timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        commands = re.findall(r'^  (\S+)\s', r.stdout.split('Commands:')[1], re.M)
        self.assertIn('validate', commands)
        with open(SOURCE, encoding='utf-8') as f:
            source = f.read()
        for command in commands + DOCUMENTED:
            self.assertRegex(source, f'\n{command}\n-+\n', command)
            self.assertIn(f'**aict {command}**', source, command)


if __name__ == '__main__':
    unittest.main(argv=sys.argv[:1], verbosity=2)
