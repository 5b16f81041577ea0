#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Every load limit has an option, --help-load lists them all, and the
error of each limit names the option and the AictLoadOptions setter that
raise it; the option does raise it."""
import json
import os
import re
import subprocess
import tempfile
import unittest

AICT = os.environ.get('AICT_TOOL', 'aict')
ROOT = os.environ['AICT_SOURCE_ROOT']


def run(*args):
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
    return subprocess.run([AICT, *args], capture_output=True, text=True, env=env, timeout=60)


def nested(depth):
    return '{"format": "aict/1", "x": ' + '[' * depth + ']' * depth + '}'


# limit: (document over the default, options that let it past the limit)
CASES = {
    'max-depth': (nested(40), ['--max-depth', '64']),
    'max-string-length': (json.dumps({'format': 'aict/1', 'title': 'x' * 70000}),
                          ['--max-string-length', '128K']),
    'max-name-length': (json.dumps({'format': 'aict/1', 'n' * 300: 1}), ['--max-name-length', '1K']),
    'max-members': (json.dumps({'format': 'aict/1', 'x': {'m%d' % i: 1 for i in range(300)}}),
                    ['--max-members', '1000']),
    'max-number-length': ('{"format": "aict/1", "x": ' + '1' * 40 + '}', ['--max-number-length', '64']),
    'max-items': (json.dumps({'format': 'aict/1', 'x': list(range(10))}), ['--max-items', '100']),
    'max-values': (json.dumps({'format': 'aict/1', 'x': list(range(10))}), ['--max-values', '100']),
    'max-file-size': (json.dumps({'format': 'aict/1', 'title': 'x' * 2000}), ['--max-file-size', '1M']),
}
# Limits whose default is too large for a quick test: lowered first.
LOWERED = {'max-items': ['--max-items', '5'], 'max-values': ['--max-values', '5'],
           'max-file-size': ['--max-file-size', '1K']}


class TestLimits(unittest.TestCase):
    def test_every_setter_has_an_option(self):
        header = open(os.path.join(ROOT, 'include', 'aict', 'aict-load-options.h')).read()
        setters = set(re.findall(r'aict_load_options_set_(max_\w+)', header))
        self.assertEqual({s.replace('_', '-') for s in setters}, set(CASES))
        r = run('info', '--help-load')
        self.assertEqual(r.returncode, 0, r.stderr)
        listed = set(re.findall(r'^  --(max-[a-z-]+)=', r.stdout, re.M))
        self.assertEqual(listed, set(CASES))

    def test_each_limit_names_what_raises_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            for limit, (text, raise_args) in sorted(CASES.items()):
                path = os.path.join(tmp, limit + '.json')
                with open(path, 'w') as f:
                    f.write(text)
                r = run('info', *LOWERED.get(limit, []), path)
                self.assertEqual(r.returncode, 1, (limit, r.stdout))
                setter = 'aict_load_options_set_' + limit.replace('-', '_') + '()'
                self.assertIn(setter, r.stderr, limit)
                self.assertIn('aict --' + limit + ' ', r.stderr, limit)
                self.assertIn('--help-load', r.stderr, limit)
                self.assertEqual(len(r.stderr.splitlines()), 1, r.stderr)
                # The option raises it: past this limit, the file is either
                # loaded or refused for something else.
                r = run('info', *raise_args, path)
                self.assertNotIn(setter, r.stderr, (limit, r.stderr))
                self.assertNotIn('--help-load', r.stderr, (limit, r.stderr))

    def test_bad_values(self):
        dataset = os.path.join(ROOT, 'tests', 'data', 'valid', 'minimal.json')
        for option, value in (('--max-depth', '1025'), ('--max-depth', '0'), ('--max-members', 'x'),
                              ('--max-string-length', '2G'), ('--max-number-length', '-3')):
            r = run('info', option, value, dataset)
            self.assertEqual(r.returncode, 2, (option, value))
            self.assertIn(option, r.stderr.splitlines()[0])
        r = run('info', '--max-depth', '1024', '--max-string-length', '1G', dataset)
        self.assertEqual(r.returncode, 0, r.stderr)


if __name__ == '__main__':
    unittest.main(verbosity=2)
