# SPDX-License-Identifier: LGPL-2.1-or-later
"""Ergonomics of the bindings: amounts in major units, load options by
keyword, analysis results as dicts, bulk export to records and pandas."""
import os
import sys

try:
    import gi
    gi.require_version('Aict', '1')
    from gi.repository import Aict, GLib
except (ImportError, ValueError) as e:
    # meson registers this test only when the typelib is built: not
    # finding it is a broken build or environment, never a skip.
    print(f'FAIL: cannot load the Aict 1 typelib through PyGObject: {e}\n'
          f'(GI_TYPELIB_PATH={os.environ.get("GI_TYPELIB_PATH")!r})', file=sys.stderr)
    sys.exit(1)

import unittest
from decimal import Decimal

SOURCE_ROOT = os.environ.get(
    'AICT_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATASET = os.path.join(SOURCE_ROOT, 'data', 'meeting-2016.json')


class AmountTestCase(unittest.TestCase):

    def test_minor_and_major(self):
        self.assertEqual(Aict.Amount.new_minor(30000, 'EUR').get_value(), 30000)
        self.assertEqual(str(Aict.Amount.new_minor(30000, 'EUR')), '300 EUR')
        self.assertEqual(Aict.Amount.new_major(30000, 'EUR').get_value(), 3000000)
        self.assertEqual(Aict.Amount.new_major(30000, 'XOF').get_value(), 30000)
        self.assertEqual(Aict.Amount.new_from_string('30000.50', 'EUR').get_value(),
                         3000050)

    def test_from_major_is_exact(self):
        cases = [(Decimal('30000.50'), 'EUR', 3000050),
                 (Decimal('1E+3'), 'EUR', 100000),
                 (Decimal('-0.005'), 'TND', -5),
                 (Decimal('12.300'), 'EUR', 1230),
                 ('30000.50', 'EUR', 3000050),
                 (30000, 'EUR', 3000000),
                 (30000, 'XOF', 30000)]
        for value, currency, minor in cases:
            with self.subTest(value=value):
                amount = Aict.Amount.from_major(value, currency)
                self.assertEqual(amount.get_value(), minor)
                self.assertEqual(amount.get_currency(), currency)
        # Round trip through to_dict().
        amount = Aict.Amount.from_major(Decimal('1234.56'), 'EUR')
        self.assertEqual(amount.to_dict()['value'], Decimal('1234.56'))

    def test_floats_are_refused(self):
        for call in (lambda: Aict.Amount.from_major(0.1, 'EUR'),
                     lambda: Aict.Amount.from_major(30000.0, 'EUR'),
                     lambda: Aict.Amount.new_minor(1.5, 'EUR'),
                     lambda: Aict.Amount.new(1.5, 'EUR'),
                     lambda: Aict.Amount.new_major(0.7, 'EUR'),
                     lambda: Aict.Amount.new_range(1, 2.5, 'EUR'),
                     lambda: Aict.Amount.new_full(1.0, 1, 'EUR', False, False),
                     lambda: Aict.Amount.new_minor(Decimal('1.5'), 'EUR'),
                     lambda: Aict.Amount.new_minor(True, 'EUR')):
            with self.assertRaises(TypeError):
                call()

    def test_excess_precision_is_refused(self):
        for value, currency in ((Decimal('0.005'), 'EUR'),
                                (Decimal('1.5'), 'XOF'),
                                (Decimal('0.0001'), 'TND'),
                                ('0.005', 'EUR')):
            with self.subTest(value=value), self.assertRaises(ValueError) as cm:
                Aict.Amount.from_major(value, currency)
            self.assertIn(currency, str(cm.exception))
            self.assertIn('decimal places', str(cm.exception))

    def test_garbage_and_overflow(self):
        for value in ('abc', '1,5', '1e3', ' 1', '', Decimal('NaN'),
                      Decimal('Infinity')):
            with self.subTest(value=value), self.assertRaises(ValueError):
                Aict.Amount.from_major(value, 'EUR')
        with self.assertRaises(ValueError):
            Aict.Amount.from_major(1, 'euro')
        with self.assertRaises(OverflowError):
            Aict.Amount.from_major(Decimal('1E+20'), 'EUR')
        with self.assertRaises(OverflowError):
            Aict.Amount.from_major(2 ** 60, 'EUR')
        with self.assertRaises(OverflowError):
            Aict.Amount.new_minor(2 ** 60, 'EUR')
        # The C API: a GLib.Error with a code.
        with self.assertRaises(GLib.Error) as cm:
            Aict.Amount.new_from_string('0.005', 'EUR')
        self.assertTrue(cm.exception.matches(Aict.error_quark(),
                                             Aict.Error.INVALID_ARGUMENT))


class LoadOptionsTestCase(unittest.TestCase):

    def setUp(self):
        with open(DATASET, 'rb') as f:
            self.data = f.read()

    def load(self, options):
        return Aict.Dataset.new_from_bytes_full(GLib.Bytes.new(self.data), options)

    def test_keyword_construction(self):
        options = Aict.LoadOptions(max_file_size=64 * 1024 * 1024, max_depth=40,
                                   validate=True)
        self.assertEqual(options.get_max_file_size(), 64 * 1024 * 1024)
        self.assertEqual(options.props.max_file_size, 64 * 1024 * 1024)
        self.assertEqual(options.get_max_depth(), 40)
        self.assertTrue(options.props.validate)
        self.assertEqual(options.props.max_items, 100000)   # default kept
        options.props.max_values = 123
        self.assertEqual(options.get_max_values(), 123)
        options.props.max_values = 10 ** 6
        options.props.validate = False
        self.assertEqual(self.load(options).get_actors().get_n_items(),
                         Aict.Dataset.new_from_file(DATASET).get_actors().get_n_items())
        small = Aict.LoadOptions(max_file_size=16)
        with self.assertRaises(GLib.Error) as cm:
            self.load(small)
        self.assertTrue(cm.exception.matches(Aict.error_quark(), Aict.Error.LIMIT))

    def test_copy_is_independent(self):
        options = Aict.LoadOptions(max_depth=7)
        copy = options.copy()
        copy.props.max_depth = 8
        self.assertEqual(options.props.max_depth, 7)
        self.assertEqual(copy.props.max_depth, 8)

    def test_out_of_range_raises(self):
        for kwargs, name in (({'max_depth': 100000}, 'max-depth'),
                             ({'max_file_size': 2 ** 40}, 'max-file-size')):
            with self.subTest(name=name):
                options = Aict.LoadOptions(**kwargs)
                with self.assertRaises(GLib.Error) as cm:
                    options.check()
                self.assertTrue(cm.exception.matches(Aict.error_quark(),
                                                     Aict.Error.INVALID_ARGUMENT))
                self.assertIn(name, cm.exception.message)
                with self.assertRaises(GLib.Error) as cm:
                    self.load(options)
                self.assertIn(name, cm.exception.message)
                with self.assertRaises(GLib.Error):
                    Aict.Dataset.new_from_file_full(DATASET, options)
        # The setters too: the value is kept and the load says why.
        options = Aict.LoadOptions.new()
        options.set_max_depth(100000)
        self.assertEqual(options.get_max_depth(), 100000)
        with self.assertRaisesRegex(GLib.Error, 'max-depth is 100000'):
            self.load(options)
        options.set_max_depth(1024)
        options.set_max_file_size(2 ** 40)
        with self.assertRaisesRegex(GLib.Error, 'max-file-size'):
            self.load(options)

    def test_trusted(self):
        trusted = Aict.LoadOptions.new_trusted()
        trusted.check()
        self.assertEqual(trusted.props.max_file_size, 1024 ** 3)
        self.assertGreater(trusted.props.max_items, 10 ** 9)
        self.assertFalse(trusted.props.validate)
        self.load(trusted)


def generated_dataset(n=3000):
    """A dataset from bench/gen-dataset.py, in a temporary file."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'gen.json')
        subprocess.run([sys.executable,
                        os.path.join(SOURCE_ROOT, 'bench', 'gen-dataset.py'),
                        str(n), path], check=True, stderr=subprocess.DEVNULL)
        return Aict.Dataset.new_from_file(path)


def totals_by_actor_year(dataset):
    totals = dataset.get_budget_totals(
        Aict.BudgetGrouping.ACTOR | Aict.BudgetGrouping.YEAR, None)
    result = {}
    for t in totals:
        key = (t.get_key(Aict.BudgetGrouping.ACTOR),
               t.get_key(Aict.BudgetGrouping.YEAR),
               t.get_kind().value_nick, t.get_amount().get_currency())
        result[key] = (t.get_amount().get_min(), t.get_amount().get_max(),
                       t.get_n_budgets())
    return result


class TableTestCase(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.meeting = Aict.Dataset.new_from_file(DATASET)
        cls.generated = generated_dataset()

    def test_columns_and_types(self):
        table = self.meeting.to_table(Aict.TableKind.BUDGETS, None)
        self.assertEqual(len(table), self.meeting.get_budgets().get_n_items())
        self.assertRegex(repr(table), r"^Aict\.Table\(kind='budgets', rows=\d+, columns=\d+\)$")
        columns = table.to_columns()
        for name in ('id', 'kind', 'owner', 'year', 'currency', 'amount_min',
                     'amount_max', 'amount_is_range', 'staff_fte'):
            self.assertIn(name, columns)
        for value in columns['amount_min']:
            self.assertIsInstance(value, (int, type(None)))
            self.assertNotIsInstance(value, bool)
        for value in columns['amount_is_range']:
            self.assertIsInstance(value, (bool, type(None)))
        # Exact minor units: the same as the amounts.
        for budget, low in zip(self.meeting.get_budgets(), columns['amount_min']):
            amount = budget.get_amount()
            self.assertEqual(low, amount.get_min() if amount is not None else None)

    def test_to_records(self):
        for kind, collection in (('partnerships', 'get_partnerships'),
                                 ('budgets', 'get_budgets'),
                                 ('actors', 'get_actors')):
            rows = self.meeting.to_records(kind)
            entities = list(getattr(self.meeting, collection)())
            self.assertEqual([r['id'] for r in rows], [e.get_id() for e in entities])
            self.assertEqual(len({tuple(r) for r in rows}), 1)   # same keys
        self.assertEqual(self.meeting.to_records(Aict.TableKind.ACTORS),
                         self.meeting.to_records('actors'))
        partnership = self.meeting.to_records('partnerships')[0]
        first = self.meeting.get_partnerships()[0]
        self.assertEqual(partnership['countries'], ';'.join(first.get_countries() or []) or None)
        self.assertEqual(partnership['status'], first.get_status().value_nick)
        # Other collections: the to_dict() rows.
        self.assertEqual(self.meeting.to_records('meetings'),
                         self.meeting.to_dict_records('meetings'))
        with self.assertRaises(ValueError):
            self.meeting.to_records('nothing')
        # A filter.
        f = Aict.Filter.new()
        f.add_status(Aict.PartnershipStatus.ACTIVE)
        active = self.meeting.to_records('partnerships', f)
        self.assertEqual([r['id'] for r in active],
                         [p.get_id() for p in self.meeting.filter_partnerships(f)])

    def assertGroupbyIsTotals(self, dataset):
        sums = {}
        for row in dataset.to_records('budgets'):
            if row['currency'] is None:
                continue
            key = (row['owner'], row['year'], row['kind'], row['currency'])
            low, high, n = sums.get(key, (0, 0, 0))
            sums[key] = (low + row['amount_min'], high + row['amount_max'], n + 1)
        self.assertEqual(sums, totals_by_actor_year(dataset))

    def test_groupby_is_totals(self):
        self.assertGroupbyIsTotals(self.meeting)
        self.assertGroupbyIsTotals(self.generated)

    def assertPandasGroupbyIsTotals(self, dataset):
        frame = dataset.to_pandas('budgets')
        self.assertEqual(str(frame['amount_min'].dtype), 'Int64')
        money = frame[frame['currency'].notna()]
        grouped = money.groupby(['owner', 'year', 'kind', 'currency'], dropna=False).agg(
            low=('amount_min', 'sum'), high=('amount_max', 'sum'), n=('id', 'count'))
        sums = {}
        for key, row in grouped.iterrows():
            key = tuple(None if isinstance(k, float) else k for k in key)   # NaN keys
            sums[key] = (int(row['low']), int(row['high']), int(row['n']))
        self.assertEqual(sums, totals_by_actor_year(dataset))

    def test_pandas_groupby_is_totals(self):
        try:
            import pandas   # noqa: F401
        except ImportError:
            # python3-pandas is in scripts/setup-deps.sh: a broken setup.
            self.fail('pandas is not installed (python3-pandas)')
        self.assertPandasGroupbyIsTotals(self.meeting)
        self.assertPandasGroupbyIsTotals(self.generated)
        frame = self.generated.to_pandas('partnerships')
        self.assertEqual(len(frame), 3000)
        self.assertEqual(str(frame['n_participants'].dtype), 'Int64')

    def test_pandas_missing_is_a_clear_error(self):
        import builtins
        real_import = builtins.__import__

        def no_pandas(name, *args, **kwargs):
            if name == 'pandas' or name.startswith('pandas.'):
                raise ImportError('No module named %r' % name)
            return real_import(name, *args, **kwargs)

        builtins.__import__ = no_pandas
        try:
            with self.assertRaises(ImportError) as cm:
                self.meeting.to_pandas('budgets')
        finally:
            builtins.__import__ = real_import
        self.assertIn('python3-pandas', str(cm.exception))


class ResultsTestCase(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.dataset = Aict.Dataset.new_from_file(DATASET)

    def test_total(self):
        totals = self.dataset.get_budget_totals(
            Aict.BudgetGrouping.ACTOR | Aict.BudgetGrouping.YEAR, None)
        for total in totals:
            d = total.to_dict()
            self.assertEqual(d['grouping'], ['actor', 'year'])
            self.assertEqual(d['kind'], total.get_kind().value_nick)
            self.assertEqual(d['actor'], total.get_key(Aict.BudgetGrouping.ACTOR))
            self.assertEqual(d['year'], total.get_key(Aict.BudgetGrouping.YEAR))
            self.assertIsNone(d['country'])
            self.assertEqual(d['amount'], total.get_amount().to_dict())
            self.assertEqual(d['budget_ids'], list(total.get_budget_ids()))
            self.assertEqual(d['n_budgets'], total.get_n_budgets())
            has, bp = total.get_change_percent()
            self.assertEqual(d['has_change_percent'], has)
            self.assertEqual(d['change_basis_points'], bp)
            self.assertEqual(total.props.n_budgets, total.get_n_budgets())
            self.assertTrue(repr(total).startswith("Aict.Total(amount='"), repr(total))
            self.assertIn("kind='%s'" % d['kind'], repr(total))

    def test_count_overlap_profile(self):
        count = self.dataset.count(Aict.CountBy.ACTOR_KIND, None)[0]
        self.assertEqual(count.to_dict(), {
            'by': 'actor-kind', 'key': count.get_key(),
            'n_partnerships': count.get_n_partnerships(),
            'n_actors': count.get_n_actors()})
        self.assertEqual(repr(count), "Aict.Count(by='actor-kind', key=%r, "
                         "n_partnerships=%d, n_actors=%d)" % (
                             count.get_key(), count.get_n_partnerships(),
                             count.get_n_actors()))
        overlaps = self.dataset.find_overlaps(Aict.OverlapKind.COUNTRY, 'FR', None)
        self.assertGreater(len(overlaps), 0)
        d = overlaps[0].to_dict()
        self.assertEqual(d['kind'], ['country'])
        self.assertEqual(d['actor_ids'], list(overlaps[0].get_actor_ids()))
        self.assertEqual(d['strength'], overlaps[0].get_strength())
        self.assertIn("Aict.Overlap(kind=['country']", repr(overlaps[0]))
        profile = self.dataset.get_actor_profile('cd24')
        d = profile.to_dict()
        self.assertEqual(d['actor'], 'cd24')
        self.assertEqual(d['partnerships'], [p.get_id() for p in profile.get_partnerships()])
        self.assertTrue(repr(profile).startswith("Aict.ActorProfile(actor='cd24'"))
        candidates = self.dataset.find_pooling_candidates(
            'cd24', Aict.OverlapKind.COUNTRY | Aict.OverlapKind.THEME, 'FR')
        for candidate in candidates:
            d = candidate.to_dict()
            self.assertEqual(d['actor_id'], candidate.get_actor_id())
            self.assertEqual(d['n_active'], candidate.get_n_active())

    def test_gjs_helper_nicks(self):
        # bindings/gjs/aict.js derives nicks from value names: check it.
        for enum in (Aict.BudgetKind, Aict.BudgetGrouping, Aict.CountBy,
                     Aict.OverlapKind, Aict.PartnershipStatus, Aict.ActorKind,
                     Aict.TableKind, Aict.ColumnType, Aict.Severity):
            values = getattr(enum, '__enum_values__', None) or enum.__flags_values__
            for value in values.values():
                nicks = getattr(value, 'value_nicks', None) or [value.value_nick]
                names = getattr(value, 'value_names', None) or [value.value_name]
                for nick, name in zip(nicks, names):
                    short = name[len('AICT_'):]
                    prefix = enum.__gtype__.name[len('Aict'):]
                    snake = ''.join('_' + c if c.isupper() else c for c in prefix).lstrip('_').upper()
                    self.assertTrue(short.startswith(snake + '_'), (name, snake))
                    self.assertEqual(nick, short[len(snake) + 1:].lower().replace('_', '-'),
                                     name)


class LocaleTestCase(unittest.TestCase):
    """Messages follow LC_MESSAGES once the program calls setlocale()."""

    SCRIPT = r"""
import locale, sys
import gi
gi.require_version('Aict', '1')
from gi.repository import Aict, GLib
if sys.argv[1] == 'setlocale':
    locale.setlocale(locale.LC_ALL, '')
try:
    Aict.Amount.new_from_string('0.005', 'EUR')
except GLib.Error as e:
    print(e.message)
report = Aict.Dataset.new_from_bytes(GLib.Bytes.new(
    b'{"format": "aict/1", "actors": [{"id": "a", "kind": "region"}]}')).validate()
print(report.get_item(0).get_message())
print(Aict.Amount.new_minor(150, 'EUR').to_string())
"""

    def run_french(self, mode):
        import subprocess
        env = dict(os.environ, LC_ALL='fr_FR.UTF-8', LANGUAGE='')
        out = subprocess.run([sys.executable, '-c', self.SCRIPT, mode], env=env,
                             capture_output=True, encoding='utf-8', check=True)
        return out.stdout.splitlines()

    def setUp(self):
        # The French tests need the locale and the catalogue: their absence
        # is a broken environment (scripts/setup-deps.sh), never a skip.
        import locale
        saved = locale.setlocale(locale.LC_ALL)
        try:
            locale.setlocale(locale.LC_ALL, 'fr_FR.UTF-8')
        except locale.Error:
            self.fail('the fr_FR.UTF-8 locale is not installed')
        finally:
            locale.setlocale(locale.LC_ALL, saved)
        localedir = os.environ.get('AICT_LOCALEDIR')
        self.assertTrue(localedir and os.path.exists(
            os.path.join(localedir, 'fr', 'LC_MESSAGES')),
            'AICT_LOCALEDIR=%r has no French catalogue' % localedir)

    def test_french_after_setlocale(self):
        amount, issue, text = self.run_french('setlocale')
        self.assertEqual(amount, '« 0.005 » : EUR a au plus 2 décimales')
        self.assertIn('obligatoire', issue)
        self.assertEqual(text, '1.5 EUR')      # machine form: no locale

    def test_english_without_setlocale(self):
        # What doc/python.md says: Python does not set LC_MESSAGES itself.
        amount, issue, text = self.run_french('none')
        self.assertEqual(amount, '“0.005”: EUR has at most 2 decimal places')
        self.assertIn('name', issue)
        self.assertEqual(text, '1.5 EUR')


if __name__ == '__main__':
    unittest.main(verbosity=2)
