# SPDX-License-Identifier: LGPL-2.1-or-later
"""aict_dataset_find_dormant_partnerships() from Python, through GObject
introspection, on the bundled dataset (figures checked by hand, see
tests/test-dormancy.c)."""
import sys

try:
    import gi
    gi.require_version('Aict', '1')
    from gi.repository import Aict, GLib
except (ImportError, ValueError) as e:
    print(f'SKIP: {e}')
    sys.exit(77)          # meson reports SKIP, not FAIL

import os
import unittest

SOURCE_ROOT = os.environ.get(
    'AICT_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATASET = os.path.join(SOURCE_ROOT, 'data', 'meeting-2016.json')


def find(at, years):
    dataset = Aict.Dataset.new_from_file(DATASET)
    model = dataset.find_dormant_partnerships(Aict.PartialDate.parse(at), years)
    return [model.get_item(i) for i in range(model.get_n_items())]


class DormancyTest(unittest.TestCase):
    def test_default_years(self):
        self.assertEqual(Aict.DORMANCY_DEFAULT_YEARS, 3)
        ids = [d.get_partnership().get_id() for d in find('2019-06-30', 0)]
        self.assertEqual(ids, ['p-cd24-araucania', 'p-cd24-larache',
                               'p-cd64-benin', 'p-cd33-serbie',
                               'p-cd33-burkina', 'p-cd33-cork',
                               'p-ados-senegal', 'p-adf-tunisie'])

    def test_last_sign(self):
        by_id = {d.get_partnership().get_id(): d for d in find('2020-03-01', 3)}
        self.assertEqual(len(by_id), 11)
        chine = by_id['p-cd17-horizon-chine']
        self.assertEqual(chine.get_last_date().to_string(), '2016-09-20')
        self.assertEqual(chine.get_last_member(), 'outcome.partnerships')
        self.assertEqual(chine.get_last_entity().get_id(), 'o-c3-economie-synthese')
        self.assertEqual(chine.props.last_member, 'outcome.partnerships')
        guinee = by_id['p-cd17-guinee']
        self.assertEqual(guinee.get_last_entity().get_id(), 'b-cd17-guinee-staff')
        larache = by_id['p-cd24-larache']
        self.assertIsNone(larache.get_last_date())
        self.assertIsNone(larache.get_last_entity())

    def test_error(self):
        dataset = Aict.Dataset.new_from_file(DATASET)
        with self.assertRaises(GLib.Error) as cm:
            dataset.find_dormant_partnerships(Aict.PartialDate.new(1000, 0, 0), 1000)
        self.assertTrue(cm.exception.matches(Aict.error_quark(),
                                             Aict.Error.INVALID_ARGUMENT))


if __name__ == '__main__':
    unittest.main()
