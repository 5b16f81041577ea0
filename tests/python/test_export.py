# SPDX-License-Identifier: LGPL-2.1-or-later
"""The IATI and DOT exports through PyGObject: the bytes, the report of
what was not mapped, the errors, and a GOutputStream as the target."""
import sys

try:
    import gi
    gi.require_version('Aict', '1')
    from gi.repository import Aict, Gio, GLib
except (ImportError, ValueError) as e:
    print(f'SKIP: {e}')
    sys.exit(77)          # meson reports SKIP, not FAIL

import os
import unittest
import xml.etree.ElementTree as ET

SOURCE_ROOT = os.environ.get(
    'AICT_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
FIXTURE = os.path.join(SOURCE_ROOT, 'tests', 'data', 'iati', 'export.json')
SEED = os.path.join(SOURCE_ROOT, 'data', 'meeting-2016.json')


class TestIati(unittest.TestCase):
    def setUp(self):
        self.dataset = Aict.Dataset.new_from_file(FIXTURE)

    def test_to_bytes(self):
        today = GLib.Date.new_dmy(15, GLib.DateMonth.JUNE, 2026)
        xml, report = self.dataset.export_iati_to_bytes('cd17', None, today)
        root = ET.fromstring(xml.get_data())
        self.assertEqual(root.tag, 'iati-activities')
        self.assertEqual(root.get('version'), Aict.IATI_VERSION)
        ids = [a.findtext('iati-identifier') for a in root]
        self.assertIn('FR-RCS-000000000-p-roles', ids)
        self.assertNotIn('FR-RCS-000000000-p-undated', ids)
        codes = {(i.get_code(), i.get_object_id()) for i in report.get_issues()}
        self.assertIn(('iati-no-start', 'p-undated'), codes)
        self.assertIn(('iati-budget-range', 'b-range'), codes)
        self.assertIn(('iati-status-dormant', 'p-dormant'), codes)
        self.assertGreater(report.get_n_warnings(), 0)
        self.assertEqual(report.get_n_errors(), 0)

    def test_stream_and_filter(self):
        stream = Gio.MemoryOutputStream.new_resizable()
        f = Aict.Filter()
        f.add_status(Aict.PartnershipStatus.ENDED)
        report = self.dataset.export_iati('cd17', f, None, stream, None)
        self.assertIsInstance(report, Aict.Report)
        stream.close(None)
        root = ET.fromstring(stream.steal_as_bytes().get_data())
        self.assertEqual([a.findtext('iati-identifier') for a in root],
                         ['FR-RCS-000000000-p-ended', 'FR-RCS-000000000-p-ended-this-year'])
        self.assertEqual(root[0].find('activity-status').get('code'), '4')

    def test_no_identifier(self):
        with self.assertRaises(GLib.Error) as cm:
            self.dataset.export_iati_to_bytes('cd24', None, None)
        self.assertTrue(cm.exception.matches(Aict.error_quark(), Aict.Error.INVALID_ARGUMENT))
        self.assertIn('cd24', cm.exception.message)
        self.assertIn('Dordogne', cm.exception.message)
        with self.assertRaises(GLib.Error) as cm:
            self.dataset.export_iati_to_bytes('nobody', None, None)
        self.assertTrue(cm.exception.matches(Aict.error_quark(), Aict.Error.NOT_FOUND))

    def test_org_id(self):
        self.assertEqual(self.dataset.lookup_actor('cd17').dup_iati_org_id(), 'FR-RCS-000000000')
        self.assertIsNone(self.dataset.lookup_actor('asso-rna').dup_iati_org_id())

    def test_bundled_without_identifier(self):
        seed = Aict.Dataset.new_from_file(SEED)
        for actor in seed.get_actors():
            self.assertIsNone(actor.dup_iati_org_id())


class TestCodelists(unittest.TestCase):
    def test_theme_sectors_are_iati_sectors(self):
        # Every DAC code a theme maps to is an active code of the IATI
        # Sector codelist kept in data/iati/.
        tree = ET.parse(os.path.join(SOURCE_ROOT, 'data', 'iati', 'codelists', 'Sector.xml'))
        active = {item.findtext('code') for item in tree.iter('codelist-item')
                  if item.get('status', 'active') == 'active'}
        for theme in Aict.theme_list_codes():
            self.assertIn(Aict.theme_get_dac_code(theme), active, theme)


class TestDot(unittest.TestCase):
    def test_dot(self):
        seed = Aict.Dataset.new_from_file(SEED)
        text = seed.export_dot_to_bytes(None).get_data().decode('utf-8')
        self.assertTrue(text.startswith('digraph aict {'))
        self.assertIn('"cd17" -> "p-cd17-guinee" [label="lead"];', text)
        f = Aict.Filter()
        f.add_country('MA')
        text = seed.export_dot_to_bytes(f).get_data().decode('utf-8')
        self.assertIn('p-cd24-larache', text)
        self.assertNotIn('p-cd17-guinee', text)


if __name__ == '__main__':
    unittest.main(verbosity=2)
