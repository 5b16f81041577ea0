#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The HTML report in a real browser: headless Chromium opens the French
report of the bundled dataset, takes a screenshot and dumps the DOM.

Checks: the file makes no request (no http(s) or protocol-relative src,
href, url() or @import; no script), the French amounts and dates are
there, the screenshot is not blank, every chart is an <svg> with a size
in the DOM, and Chromium logged no console error.  Chromium is installed
by scripts/setup-deps.sh: not finding it fails, it is not a skip."""

import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import zlib

TOOL = os.environ['AICT_TOOL']
DATASET = os.path.join(os.environ['AICT_SOURCE_ROOT'], 'data', 'meeting-2016.json')
TIMEOUT = 120
CHROMIUM_FLAGS = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    # Any name the page would resolve fails: a request cannot leave.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--enable-logging=stderr', '--v=0',
]
N_CHARTS = 7


def png_pixels(path):
    """(width, height, decompressed scanlines) of an 8-bit PNG."""
    with open(path, 'rb') as f:
        data = f.read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos, idat, width, height = 8, b'', 0, 0
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height = struct.unpack('>II', chunk[:8])
        elif kind == b'IDAT':
            idat += chunk
        pos += 12 + length
    return width, height, zlib.decompress(idat)


class TestReportInBrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.chromium = shutil.which('chromium')
        if cls.chromium is None:
            raise AssertionError('chromium not found: scripts/setup-deps.sh installs it (Debian package chromium)')
        cls.tmp = tempfile.TemporaryDirectory()
        cls.html_path = os.path.join(cls.tmp.name, 'report.html')
        env = dict(os.environ, LC_ALL='fr_FR.UTF-8')
        subprocess.run([TOOL, 'report', '--format', 'html', '--at', '2017-01-01', '-o', cls.html_path, DATASET],
                       env=env, check=True, timeout=TIMEOUT)
        with open(cls.html_path, encoding='utf-8') as f:
            cls.html = f.read()
        cls.url = 'file://' + cls.html_path

        profile = os.path.join(cls.tmp.name, 'profile')
        cls.screenshot = os.path.join(cls.tmp.name, 'shot.png')
        shot = subprocess.run([cls.chromium, *CHROMIUM_FLAGS, f'--user-data-dir={profile}',
                               f'--screenshot={cls.screenshot}', '--window-size=1200,3000', cls.url],
                              capture_output=True, text=True, timeout=TIMEOUT)
        cls.shot_log = shot.stderr
        dom = subprocess.run([cls.chromium, *CHROMIUM_FLAGS, f'--user-data-dir={profile}-dom',
                              '--dump-dom', cls.url],
                             capture_output=True, text=True, timeout=TIMEOUT)
        cls.dom = dom.stdout
        cls.dom_log = dom.stderr

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_no_network_no_script(self):
        self.assertIsNone(re.search(r'''(src|href)\s*=\s*["']?\s*(https?:)?//''', self.html, re.I))
        self.assertIsNone(re.search(r'''url\(\s*["']?\s*(https?:)?//''', self.html, re.I))
        self.assertNotIn('@import', self.html)
        self.assertNotIn('<script', self.html.lower())
        self.assertNotIn('@font-face', self.html)

    def test_french(self):
        text = self.html.replace('\u202f', ' ').replace('\u00a0', ' ')
        self.assertTrue('lang="fr"' in self.html, 'the page says it is French')
        self.assertTrue('200 000 €' in text, 'a French amount')
        self.assertTrue('20 septembre 2016' in text, 'a French date')
        self.assertTrue('Partenariats' in text, 'French headings')

    def test_screenshot_not_blank(self):
        width, height, pixels = png_pixels(self.screenshot)
        self.assertEqual((width, height), (1200, 3000))
        # Uniform white would compress to a handful of distinct bytes.
        self.assertGreater(len(set(pixels)), 16)

    def test_charts_in_dom(self):
        svgs = re.findall(r'<svg\b[^>]*>', self.dom)
        self.assertGreaterEqual(len(svgs), N_CHARTS)
        for svg in svgs:
            width = re.search(r'\bwidth="([0-9.]+)pt"', svg)
            height = re.search(r'\bheight="([0-9.]+)pt"', svg)
            self.assertIsNotNone(width, svg)
            self.assertGreater(float(width.group(1)), 100)
            self.assertGreater(float(height.group(1)), 50)
        # Each chart's <title> and <desc> right after its start tag.
        self.assertEqual(len(re.findall(r'<svg\b[^>]*>\s*<title>[^<]+</title>\s*<desc>[^<]+</desc>', self.dom)),
                         len(svgs))
        self.assertIn('<figcaption>', self.dom)

    def test_no_console_error(self):
        for log in (self.shot_log, self.dom_log):
            for line in log.splitlines():
                self.assertNotIn(':CONSOLE(', line)
                self.assertNotIn('Uncaught', line)
                self.assertNotIn('ERR_NAME_NOT_RESOLVED', line)
                self.assertNotIn('net::ERR', line)

    def test_pdf(self):
        pdf = os.path.join(self.tmp.name, 'cd64.pdf')
        env = dict(os.environ, LC_ALL='fr_FR.UTF-8')
        subprocess.run([TOOL, 'report', '--format', 'pdf', '--actor', 'cd64', '-o', pdf, DATASET],
                       env=env, check=True, timeout=TIMEOUT)
        with open(pdf, 'rb') as f:
            data = f.read()
        self.assertEqual(data[:5], b'%PDF-')
        # A4 (595 x 842 pt), and the print CSS puts sections on pages of
        # their own.
        self.assertRegex(data, rb'/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]')
        self.assertGreater(len(re.findall(rb'/Type\s*/Page\b', data)), 3)

    def test_usage_errors(self):
        bad = subprocess.run([TOOL, 'report', '--format', 'docx', DATASET], capture_output=True, text=True,
                             timeout=TIMEOUT)
        self.assertEqual(bad.returncode, 2)
        self.assertIn('docx', bad.stderr)
        no_output = subprocess.run([TOOL, 'report', '--format', 'pdf', DATASET], capture_output=True, text=True,
                                   timeout=TIMEOUT)
        self.assertEqual(no_output.returncode, 2)
        unknown = subprocess.run([TOOL, 'report', '--format', 'html', '--actor', 'nobody', DATASET],
                                 capture_output=True, text=True, timeout=TIMEOUT)
        self.assertEqual(unknown.returncode, 1)
        self.assertIn('nobody', unknown.stderr)


if __name__ == '__main__':
    unittest.main(verbosity=2)
