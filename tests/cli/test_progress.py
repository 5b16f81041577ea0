#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Progress of aict loads and saves: on a terminal only, never for --json
or a pipe, only past AICT_PROGRESS_DELAY_MS.  stderr is a pty."""
import json
import os
import pty
import subprocess
import sys
import tempfile
import time
import unittest

AICT = os.environ.get('AICT_TOOL', 'aict')
ROOT = os.environ['AICT_SOURCE_ROOT']
GENERATOR = os.path.join(ROOT, 'bench', 'gen-dataset.py')
N = 5000    # ~5.4 MB: within the default limits, decoded in many steps


def run(*args, delay_ms=None, tty=True):
    """Runs aict with stderr on a pseudo-terminal (or a pipe); returns
    (exit code, stdout bytes, stderr bytes)."""
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
    env.pop('AICT_PROGRESS_DELAY_MS', None)
    if delay_ms is not None:
        env['AICT_PROGRESS_DELAY_MS'] = str(delay_ms)
    if not tty:
        r = subprocess.run([AICT, *args], capture_output=True, env=env, timeout=120)
        return r.returncode, r.stdout, r.stderr
    master, slave = pty.openpty()
    proc = subprocess.Popen([AICT, *args], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=slave, env=env)
    os.close(slave)
    err = b''
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:     # EIO: the child closed the terminal
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    out = proc.stdout.read()
    proc.stdout.close()
    proc.wait(timeout=120)
    return proc.returncode, out, err


def percents(err, word):
    """The percentages of the progress lines that start with @word."""
    values = []
    for part in err.decode('utf-8').split('\r'):
        part = part.replace('\x1b[K', '')
        if part.startswith(word) and part.endswith('%'):
            values.append(int(part.rsplit(' ', 1)[1][:-1]))
    return values


class TestProgress(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.path = os.path.join(cls.tmp.name, 'big.json')
        subprocess.run([sys.executable, GENERATOR, str(N), cls.path],
                       check=True, capture_output=True, timeout=300)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_load_on_a_terminal(self):
        code, out, err = run('info', self.path, delay_ms=0)
        self.assertEqual(code, 0, err)
        values = percents(err, 'Loading ')
        self.assertGreaterEqual(len(values), 2, err)
        self.assertEqual(values, sorted(values))
        self.assertEqual(values[-1], 100)
        # The line is erased at the end; the output is the usual one.
        self.assertTrue(err.endswith(b'\r\x1b[K'), err[-40:])
        code2, out2, err2 = run('info', self.path, tty=False)
        self.assertEqual((code2, out2), (code, out))

    def test_not_within_the_delay(self):
        code, out, err = run('info', self.path, delay_ms=600000)
        self.assertEqual(code, 0, err)
        self.assertEqual(err, b'')

    def test_default_delay_is_about_a_second(self):
        # This load takes well under a second: nothing by default (on a
        # machine so busy that it took longer, progress is allowed).
        start = time.monotonic()
        code, out, err = run('info', self.path)
        elapsed = time.monotonic() - start
        self.assertEqual(code, 0, err)
        if elapsed < 1.0:
            self.assertEqual(err, b'')
        else:
            self.assertTrue(err == b'' or err.startswith(b'\rLoading '), err)

    def test_never_with_json(self):
        code, out, err = run('info', '--json', self.path, delay_ms=0)
        self.assertEqual(code, 0, err)
        self.assertEqual(err, b'')
        code2, out2, err2 = run('info', '--json', self.path, tty=False)
        self.assertEqual(out, out2)
        json.loads(out)
        code, out, err = run('validate', '--json', '--date', '2026-11-26', self.path, delay_ms=0)
        self.assertEqual(err, b'')
        json.loads(out)

    def test_never_in_a_pipe(self):
        code, out, err = run('info', self.path, delay_ms=0, tty=False)
        self.assertEqual(code, 0, err)
        self.assertEqual(err, b'')

    def test_save(self):
        target = os.path.join(self.tmp.name, 'copy.json')
        code, out, err = run('format', self.path, '-o', target, delay_ms=0)
        self.assertEqual(code, 0, err)
        self.assertGreaterEqual(len(percents(err, 'Loading ')), 2, err)
        saving = percents(err, 'Saving ')
        self.assertGreaterEqual(len(saving), 1, err)
        self.assertEqual(saving, sorted(saving))
        self.assertEqual(saving[-1], 100)
        with open(self.path, 'rb') as a, open(target, 'rb') as b:
            self.assertEqual(a.read(), b.read())

    def test_errors_print_as_before(self):
        bad = os.path.join(self.tmp.name, 'bad.json')
        with open(bad, 'w') as f:
            f.write('{"format": "aict/1", "actors": [}')
        code, out, err = run('info', bad, delay_ms=0)
        code2, out2, err2 = run('info', bad, tty=False)
        self.assertEqual(code, code2)
        self.assertEqual(code, 1)
        # On the terminal, the error line follows the erased progress line.
        self.assertTrue(err.replace(b'\r\n', b'\n').endswith(err2), (err, err2))


if __name__ == '__main__':
    unittest.main(verbosity=2)
