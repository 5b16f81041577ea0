# SPDX-License-Identifier: LGPL-2.1-or-later
"""Stores from Python: open by URI, edit, save, see the revision."""
import os
import sqlite3
import tempfile
import unittest

import gi
gi.require_version('Aict', '1')
from gi.repository import Aict, GLib  # noqa: E402

SOURCE_ROOT = os.environ.get(
    'AICT_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATASET = os.path.join(SOURCE_ROOT, 'data', 'meeting-2016.json')


class TestStore(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.tmp.name, 'store.sqlite')
        self.uri = 'sqlite:' + self.path

    def tearDown(self):
        self.tmp.cleanup()

    def test_open_edit_save_revision(self):
        store = Aict.Store.open(self.uri, None)
        self.assertIsInstance(store, Aict.SqliteStore)
        original = Aict.Dataset.new_from_file(DATASET)
        self.assertEqual(store.save(original, 'Marie', 'Import', None), 1)

        dataset = store.load(None)
        self.assertEqual(dataset.to_bytes().get_data(), original.to_bytes().get_data())
        partnership = dataset.get_partnerships().get_item(0)
        partnership.set_title("Titre « modifié » d'O'Brien")
        self.assertEqual(store.save(dataset, 'Jean', 'Nouveau titre', None), 2)

        revisions = store.list_revisions()
        self.assertEqual(revisions.get_n_items(), 2)
        last = revisions.get_item(1)
        self.assertEqual(last.get_number(), 2)
        self.assertEqual(last.get_author(), 'Jean')
        self.assertEqual(last.get_message(), 'Nouveau titre')
        self.assertEqual((last.get_n_added(), last.get_n_modified(), last.get_n_removed()),
                         (0, 1, 0))
        self.assertIsNotNone(last.get_time())

        past = store.load_revision(1, None)
        self.assertEqual(past.to_bytes().get_data(), original.to_bytes().get_data())
        store.close()

        # One history row for the one change.
        with sqlite3.connect(self.path) as db:
            (n,) = db.execute('SELECT count(*) FROM history WHERE revision = 2').fetchone()
        self.assertEqual(n, 1)

        again = Aict.Store.open(self.uri, None)
        self.assertEqual(again.load(None).lookup_partnership(partnership.get_id()).get_title(),
                         "Titre « modifié » d'O'Brien")

    def test_file_store(self):
        path = os.path.join(self.tmp.name, 'd.json')
        store = Aict.Store.open('file:' + path, None)
        self.assertIsInstance(store, Aict.FileStore)
        self.assertEqual(store.save(Aict.Dataset.new_from_file(DATASET), None, None, None), 1)
        self.assertEqual(store.list_revisions().get_n_items(), 1)

    def test_errors(self):
        with self.assertRaises(GLib.Error) as cm:
            Aict.Store.open('postgresql://localhost/aict', None)
        self.assertTrue(cm.exception.matches(Aict.error_quark(), Aict.Error.FAILED))
        store = Aict.Store.open(self.uri, None)
        with self.assertRaises(GLib.Error) as cm:
            store.load_revision(3, None)
        self.assertTrue(cm.exception.matches(Aict.error_quark(), Aict.Error.NOT_FOUND))


if __name__ == '__main__':
    unittest.main()
