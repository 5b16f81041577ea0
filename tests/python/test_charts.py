# SPDX-License-Identifier: LGPL-2.1-or-later
"""Charts and the HTML report from Python: PNG bytes, an SVG file, and a
report where text from the data stays text."""

import json
import os
import struct
import sys
import tempfile
import unittest

import gi

try:
    gi.require_version('Aict', '1')
    from gi.repository import Aict, GLib  # noqa: E402
except (ImportError, ValueError) as e:
    print(f'FAIL: cannot load the Aict 1 typelib through PyGObject: {e}\n'
          f'(GI_TYPELIB_PATH={os.environ.get("GI_TYPELIB_PATH")!r})', file=sys.stderr)
    sys.exit(1)

DATASET = os.path.join(os.environ['AICT_SOURCE_ROOT'], 'data', 'meeting-2016.json')


class TestCharts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dataset = Aict.Dataset.new_from_file(DATASET)

    def test_png_bytes(self):
        png = self.dataset.render_chart(Aict.ChartKind.COUNTRIES, Aict.ChartFormat.PNG, None, None)
        data = png.get_data()
        self.assertEqual(data[:8], b'\x89PNG\r\n\x1a\n')
        width, height = struct.unpack('>II', data[16:24])
        self.assertEqual(width, 720)
        # A title line and 15 bars at most, 22 px each.
        self.assertGreater(height, 15 * 22)

    def test_svg_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'budget.svg')
            self.assertTrue(self.dataset.render_chart_to_file(
                Aict.ChartKind.BUDGET, Aict.ChartFormat.SVG, 'cd64', None, path))
            with open(path, encoding='utf-8') as f:
                svg = f.read()
        self.assertIn('<title>Budget over the years — ', svg)
        self.assertIn('(-75%)', svg)

    def test_unknown_actor(self):
        with self.assertRaises(GLib.Error) as caught:
            self.dataset.render_chart(Aict.ChartKind.BUDGET, Aict.ChartFormat.SVG, 'nobody', None)
        self.assertTrue(caught.exception.matches(Aict.error_quark(), Aict.Error.NOT_FOUND))

    def test_html_escapes_the_data(self):
        with open(DATASET, encoding='utf-8') as f:
            data = json.load(f)
        data['partnerships'][0]['title'] = '<script>alert(1)</script> & co'
        data['actors'][0]['name'] = '<img src=x onerror=alert(1)>'
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'evil.json')
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(data, f, ensure_ascii=False)
            dataset = Aict.Dataset.new_from_file(path)
        html = dataset.render_html_report(None, None).get_data().decode('utf-8')
        self.assertNotIn('<script', html)
        self.assertNotIn('<img', html)
        self.assertIn('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co', html)
        actor_html = dataset.render_html_report(data['actors'][0]['id'], None).get_data().decode('utf-8')
        self.assertNotIn('<img', actor_html)
        self.assertIn('&lt;img src=x onerror=alert(1)&gt;', actor_html)


if __name__ == '__main__':
    unittest.main(verbosity=2)
