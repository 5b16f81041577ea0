#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The CSV and XLSX tables through gi, read by real clients: Python's csv
module and pandas read both dialects to the same values; LibreOffice Calc
(headless) opens the French CSV and the XLSX workbook and converts them
back to CSV with accents, numbers and dates intact.  And the import
through gi: the round trip is exact, the result says what changed."""
import csv
import glob
import os
import re
import shutil
import subprocess
import tempfile
import unittest

import gi
gi.require_version('Aict', '1')
from gi.repository import Aict, GLib  # noqa: E402

ROOT = os.environ['AICT_SOURCE_ROOT']
DATASET = os.path.join(ROOT, 'data', 'meeting-2016.json')
NUMERIC = {'amount', 'amount_min', 'amount_max', 'staff_fte', 'share',
           'n_budget_lines', 'budget_min', 'budget_max'}
# scripts/setup-deps.sh installs libreoffice-calc-nogui: no skip.
SOFFICE = shutil.which('soffice') or shutil.which('libreoffice') or 'soffice'


def read_rfc(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.reader(f))


def read_french(path):
    with open(path, 'rb') as f:
        assert f.read(3) == b'\xef\xbb\xbf', path
    with open(path, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.reader(f, delimiter=';'))
    header = rows[0]
    return [header] + [[c.replace(',', '.') if header[i] in NUMERIC else c
                        for i, c in enumerate(row)] for row in rows[1:]]


def same_number(a, b):
    if a == b:
        return True
    try:
        return float(a) == float(b)
    except ValueError:
        return False


class Clients(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dataset = Aict.Dataset.new_from_file(DATASET)
        cls.rfc = os.path.join(cls.tmp.name, 'rfc')
        cls.fr = os.path.join(cls.tmp.name, 'fr')
        os.makedirs(cls.rfc)
        os.makedirs(cls.fr)
        cls.dataset.export_csv(cls.rfc, Aict.CsvDialect.RFC4180, Aict.CsvFlags.NONE)
        cls.dataset.export_csv(cls.fr, Aict.CsvDialect.FRENCH, Aict.CsvFlags.NONE)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_python_csv_both_dialects(self):
        names = Aict.csv_get_table_names()
        self.assertEqual(len(names), 18)
        for name in names:
            with self.subTest(table=name):
                a = read_rfc(os.path.join(self.rfc, name + '.csv'))
                b = read_french(os.path.join(self.fr, name + '.csv'))
                self.assertEqual(a, b)
        budgets = read_rfc(os.path.join(self.rfc, 'budgets.csv'))
        row = dict(zip(budgets[0], budgets[1]))
        self.assertEqual((row['id'], row['amount_min'], row['amount_max']),
                         ('b-cd24-2016', '30000', '70000'))
        actors = read_rfc(os.path.join(self.rfc, 'actors.csv'))
        self.assertNotIn('email', actors[0])   # no personal data by default
        self.assertIn('Conseil départemental de la Dordogne', [r[1] for r in actors])

    def test_pandas_both_dialects(self):
        import pandas
        for name in Aict.csv_get_table_names():
            with self.subTest(table=name):
                a = pandas.read_csv(os.path.join(self.rfc, name + '.csv'))
                b = pandas.read_csv(os.path.join(self.fr, name + '.csv'), sep=';',
                                    decimal=',', encoding='utf-8-sig')
                self.assertTrue(a.equals(b), name)
        wide = pandas.read_csv(os.path.join(self.rfc, 'partnerships_wide.csv'))
        self.assertEqual(len(wide), self.dataset.get_partnerships().get_n_items())

    def test_round_trip_gi(self):
        full = os.path.join(self.tmp.name, 'personal')
        os.makedirs(full)
        # The contact columns (actors' e-mail…) only with the flag.
        self.dataset.export_csv(full, Aict.CsvDialect.FRENCH, Aict.CsvFlags.PERSONAL)
        paths = [os.path.join(full, n + '.csv') for n in Aict.csv_get_table_names()
                 if n != 'partnerships_wide']
        back, result = Aict.Dataset.new_from_csv(paths, Aict.CsvDialect.AUTO, None)
        self.assertEqual(back.to_bytes().get_data(), self.dataset.to_bytes().get_data())
        self.assertEqual(result.count(Aict.ImportChange.UPDATED), 0)
        self.assertEqual(result.get_item_table(0), 'dataset')
        again, result = self.dataset.import_csv(paths, Aict.CsvDialect.FRENCH, None)
        self.assertEqual(result.count(Aict.ImportChange.UNCHANGED), result.get_n_items())

    def test_import_error_gi(self):
        bad = os.path.join(self.tmp.name, 'bad')
        os.makedirs(bad, exist_ok=True)
        path = os.path.join(bad, 'budgets.csv')
        with open(path, 'w', encoding='utf-8') as f:
            f.write('id,actor,kind,currency,amount\nb1,cd24,planned,EUR,1.2.3\n')
        with self.assertRaises(GLib.Error) as ctx:
            self.dataset.import_csv([path], Aict.CsvDialect.AUTO, None)
        self.assertIn('budgets.csv:2:amount: not a number', ctx.exception.message)

    def soffice(self, source, out, infilter=None, sheets=False):
        profile = os.path.join(self.tmp.name, 'lo-profile')
        args = [SOFFICE, '-env:UserInstallation=file://' + profile, '--headless',
                '--norestore']
        if infilter:
            args.append('--infilter=' + infilter)
        options = '44,34,76,1,,1033' + (',,,,,,-1' if sheets else '')
        args += ['--convert-to', 'csv:Text - txt - csv (StarCalc):' + options,
                 '--outdir', out, source]
        subprocess.run(args, check=True, capture_output=True, timeout=240)

    def compare(self, reference, converted):
        a = read_rfc(reference)
        b = read_rfc(converted)
        self.assertEqual(a[0], b[0])
        self.assertEqual(len(a), len(b))
        header = a[0]
        for ra, rb in zip(a[1:], b[1:]):
            for name, x, y in zip(header, ra, rb + [''] * (len(ra) - len(rb))):
                if name in NUMERIC:
                    self.assertTrue(same_number(x, y), (name, x, y))
                elif x in ('true', 'false'):
                    self.assertEqual(x.upper(), y.upper())
                elif re.fullmatch(r'[0-2][0-9]:[0-5][0-9]', x):
                    # Calc reads HH:MM as a time and writes its seconds.
                    self.assertIn(y, (x, x + ':00'), name)
                else:
                    self.assertEqual(x, y, name)

    def test_libreoffice_french_csv(self):
        out = os.path.join(self.tmp.name, 'lo-csv')
        for name in ('budgets', 'actors', 'meetings'):
            src = os.path.join(self.tmp.name, name + '-fr.csv')
            shutil.copy(os.path.join(self.fr, name + '.csv'), src)
            # ";" separator, '"' quote, UTF-8, from line 1, French locale.
            self.soffice(src, out, infilter='CSV:59,34,76,1,,1036')
            self.compare(os.path.join(self.rfc, name + '.csv'),
                         os.path.join(out, name + '-fr.csv'))

    def test_libreoffice_xlsx(self):
        book = os.path.join(self.tmp.name, 'tables.xlsx')
        self.dataset.export_xlsx(book, Aict.CsvFlags.NONE)
        out = os.path.join(self.tmp.name, 'lo-xlsx')
        self.soffice(book, out, sheets=True)
        for name in ('budgets', 'actors', 'meetings', 'partnerships_wide'):
            self.compare(os.path.join(self.rfc, name + '.csv'),
                         os.path.join(out, 'tables-' + name + '.csv'))


if __name__ == '__main__':
    unittest.main()
