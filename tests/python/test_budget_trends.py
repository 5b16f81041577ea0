# SPDX-License-Identifier: LGPL-2.1-or-later
"""Like-for-like year-on-year budget changes from Python, on
data/meeting-2016.json (figures checked by hand in
tests/test-budget-trends.c)."""
import sys

try:
    import gi
    gi.require_version('Aict', '1')
    from gi.repository import Aict
except (ImportError, ValueError) as e:
    print(f'SKIP: {e}')
    sys.exit(77)

import os
import unittest

SOURCE_ROOT = os.environ.get(
    'AICT_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
MEETING = os.path.join(SOURCE_ROOT, 'data', 'meeting-2016.json')


class TrendTest(unittest.TestCase):
    def test_by_year(self):
        dataset = Aict.Dataset.new_from_file(MEETING)
        totals = dataset.get_budget_totals(Aict.BudgetGrouping.YEAR, None)
        row = totals.get_item(1)
        self.assertEqual(row.get_key(Aict.BudgetGrouping.YEAR), '2016')
        # 50 000 + 170 000 in all, but the change is cd64-pole's alone.
        self.assertEqual(row.get_amount().get_min(), 22000000)
        self.assertEqual(row.get_comparable_previous().get_min(), 20000000)
        self.assertEqual(row.get_change().get_min(), -15000000)
        self.assertEqual(row.get_change_percent(), (True, -7500))
        self.assertTrue(row.get_composition_changed())
        self.assertEqual(row.get_members_added(), ['cd33-mission'])
        self.assertEqual(row.get_members_dropped(), [])
        first = totals.get_item(0)
        # No previous year: NULL in C, which PyGObject gives as [].
        self.assertEqual(first.get_members_added(), [])
        self.assertIsNone(first.get_previous_year())
        self.assertFalse(first.get_composition_changed())


if __name__ == '__main__':
    unittest.main()
