#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The core contract from Python: formatting for people in the locale of
the process (run with the locale as argument: C.UTF-8, fr_FR.UTF-8), issue
codes as an enumeration, and the referrers of an id."""
import locale
import os
import sys
import unittest

LOCALE = sys.argv.pop(1) if len(sys.argv) > 1 and '.' in sys.argv[1] else 'C.UTF-8'
os.environ['LC_ALL'] = LOCALE
os.environ.pop('LANGUAGE', None)
locale.setlocale(locale.LC_ALL, '')

import gi  # noqa: E402
gi.require_version('Aict', '1')
from gi.repository import Aict  # noqa: E402

NBSP, NNBSP, MINUS = '\u00a0', '\u202f', '\u2212'

EXPECTED = {
    'C.UTF-8': {
        'day': '20 September 2016', 'period': '2014 – 2016', 'until': 'until 2016',
        'amount': '€30000', 'range': '€30000–70000', 'xof': '1500000 XOF',
        'percent': '33.5%', 'negative': '-75%', 'fte': '1.5 FTE', 'money': '-€5000',
    },
    'fr_FR.UTF-8': {
        'day': '20 septembre 2016', 'period': '2014 – 2016', 'until': 'jusqu’à 2016',
        'amount': f'30{NNBSP}000{NBSP}€', 'range': f'30{NNBSP}000 – 70{NNBSP}000{NBSP}€',
        'xof': f'1{NNBSP}500{NNBSP}000{NBSP}XOF', 'percent': f'33,5{NNBSP}%',
        'negative': f'{MINUS}75{NNBSP}%', 'fte': '1,5 ETP', 'money': f'{MINUS}5{NNBSP}000{NBSP}€',
    },
}

DATA = '''{"format": "aict/1",
 "actors": [{"id": "cd24", "name": "CD 24", "kind": "departement", "country": "FR"}],
 "partnerships": [{"id": "pa", "title": "P", "status": "active",
                   "participants": [{"actor": "cd24", "role": "lead"}]}],
 "budgets": [{"id": "b1", "kind": "allocated", "partnership": "pa", "staff_fte": 1}],
 "meetings": [{"id": "m", "title": "M", "date": "2016-09-20",
               "agenda": [{"id": "g", "title": "G", "parent": "h"}, {"id": "h", "title": "H", "parent": "g"}],
               "outcomes": [{"id": "o", "kind": "decision", "text": "T", "partnerships": ["pa"]}]}]}'''


class TestDisplay(unittest.TestCase):
    def test_formats(self):
        e = EXPECTED[LOCALE]
        date = Aict.PartialDate.parse('2016-09-20')
        self.assertEqual(date.format_for_display(), e['day'])
        self.assertEqual(date.to_string(), '2016-09-20')
        self.assertEqual(Aict.format_period(Aict.PartialDate.parse('2014'), Aict.PartialDate.parse('2016')),
                         e['period'])
        self.assertEqual(Aict.format_period(None, Aict.PartialDate.parse('2016')), e['until'])
        self.assertIsNone(Aict.format_period(None, None))
        self.assertEqual(Aict.Amount.new(3000000, 'EUR').format_for_display(), e['amount'])
        self.assertEqual(Aict.Amount.new_range(3000000, 7000000, 'EUR').format_for_display(), e['range'])
        self.assertEqual(Aict.Amount.new(1500000, 'XOF').format_for_display(), e['xof'])
        self.assertEqual(Aict.format_percent(3350), e['percent'])
        self.assertEqual(Aict.format_percent(-7500), e['negative'])
        self.assertEqual(Aict.format_fte(150), e['fte'])
        self.assertEqual(Aict.format_money(-500000, 'EUR', False), e['money'])


class TestIssueCodes(unittest.TestCase):
    def test_agenda_cycle_has_its_code(self):
        dataset = Aict.Dataset.new_from_data(DATA.encode())
        report = dataset.validate()
        cycles = [i for i in report if i.get_code_enum() == Aict.IssueCode.REFERENCE_CYCLE]
        self.assertEqual([i.get_path() for i in cycles],
                         ['$.meetings[0].agenda[0].parent', '$.meetings[0].agenda[1].parent'])
        for issue in report:
            self.assertEqual(Aict.IssueCode(issue.get_code_enum()).value_nick, issue.get_code())
        self.assertEqual(Aict.Issue.new(Aict.Severity.INFO, 'mine', '$', None, 'm').get_code_enum(),
                         Aict.IssueCode.UNKNOWN)


class TestReferrers(unittest.TestCase):
    def test_partnership(self):
        dataset = Aict.Dataset.new_from_data(DATA.encode())
        found = [(r.get_entity().get_id(), r.props.member, r.props.index)
                 for r in dataset.list_referrers('pa')]
        self.assertEqual(found, [('b1', 'budget.partnership', -1), ('o', 'outcome.partnerships', 0)])
        holder = dataset.list_referrers('g')[0]
        self.assertEqual((holder.get_entity().get_id(), holder.get_member(), holder.get_index()),
                         ('m', 'meeting.agenda', 0))
        self.assertEqual(len(dataset.list_referrers('nothing')), 0)


if __name__ == '__main__':
    unittest.main(verbosity=2)
