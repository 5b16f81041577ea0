# SPDX-License-Identifier: LGPL-2.1-or-later
"""GLib.Error from libaict: domains, codes, messages with line:col."""
import os
import sys

try:
    import gi
    gi.require_version('Aict', '1')
    from gi.repository import Aict, Gio, GLib
except (ImportError, ValueError) as e:
    # meson registers this test only when the typelib is built: not
    # finding it is a broken build or environment, never a skip.
    print(f'FAIL: cannot load the Aict 1 typelib through PyGObject: {e}\n'
          f'(GI_TYPELIB_PATH={os.environ.get("GI_TYPELIB_PATH")!r})', file=sys.stderr)
    sys.exit(1)

import re
import tempfile
import unittest

SOURCE_ROOT = os.environ.get(
    'AICT_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATASET = os.path.join(SOURCE_ROOT, 'data', 'meeting-2016.json')

ACTOR = '{"id": "a", "name": "A", "kind": "region"}'


def load(text, options=None):
    return Aict.Dataset.new_from_data_full(text.encode('utf-8'), options)


class ErrorTestCase(unittest.TestCase):

    def assertAictError(self, e, code):
        self.assertIsInstance(e, GLib.Error)
        self.assertIsInstance(e, RuntimeError)
        self.assertEqual(e.domain, 'aict-error-quark')
        self.assertEqual(GLib.quark_from_string(e.domain), Aict.error_quark())
        self.assertTrue(e.matches(Aict.error_quark(), code),
                        '%s, expected %s' % (e, code.value_nick))
        self.assertEqual(Aict.Error(e.code), code)
        self.assertTrue(e.message)

    def assertLoadFails(self, text, code, options=None):
        with self.assertRaises(GLib.Error) as cm:
            load(text, options)
        self.assertAictError(cm.exception, code)
        return cm.exception.message

    def test_error_domain_is_registered(self):
        self.assertEqual(GLib.quark_to_string(Aict.error_quark()), 'aict-error-quark')
        self.assertEqual(Aict.Error.DUPLICATE_ID.value_nick, 'duplicate-id')
        self.assertEqual(int(Aict.Error.PARSE), 2)

    def test_bad_json_is_parse(self):
        message = self.assertLoadFails('{\n  "format": "aict/1",\n  "actors": [,]\n}',
                                       Aict.Error.PARSE)
        self.assertTrue(message.startswith('<data>:3:14: '), message)
        self.assertRegex(message, r':\d+:\d+: ')

    def test_strict_json(self):
        for text in ('{"format": "aict/1", "title": "a", "title": "b"}',   # duplicate member
                     '{"format": "aict/1",}',                              # trailing comma
                     "{'format': 'aict/1'}",                               # single quotes
                     '{"format": "aict/1"} {}',                            # two values
                     '',                                                   # nothing
                     '{"format": "aict/1", "title": NaN}'):
            message = self.assertLoadFails(text, Aict.Error.PARSE)
            self.assertRegex(message, r'^<data>:\d+:\d+: ', text)

    def test_unknown_member_is_schema(self):
        message = self.assertLoadFails('{\n  "format": "aict/1",\n  "actorz": []\n}',
                                       Aict.Error.SCHEMA)
        self.assertTrue(message.startswith('<data>:3:3: '), message)
        self.assertIn('$.actorz', message)
        self.assertIn('actorz', message)

    def test_schema_errors(self):
        for text, path in (
                ('{"format": "aict/2"}', '$.format'),
                ('{"format": "aict/1", "actors": [{"id": "a", "name": "A", "kind": "regio"}]}',
                 '$.actors[0].kind'),
                ('{"format": "aict/1", "actors": [{"id": "a", "name": 3, "kind": "region"}]}',
                 '$.actors[0].name'),
                ('{"format": "aict/1", "actors": [%s], "budgets": [{"id": "b", "actor": "a", '
                 '"kind": "spent", "amount": {"currency": "EUR", "value": 1.234}}]}' % ACTOR,
                 '$.budgets[0].amount.value'),
                ('{"format": "aict/1", "meetings": [{"id": "m", "title": "T", '
                 '"date": "2016-13"}]}', '$.meetings[0].date'),
                ('[]', '$')):
            message = self.assertLoadFails(text, Aict.Error.SCHEMA)
            self.assertIn(path, message, text)
            self.assertRegex(message, r'^<data>:\d+:\d+: ', text)

    def test_required_member(self):
        # Loading keeps what it can; a missing required member is a report
        # error, or a load error when loading validates.
        text = '{"format": "aict/1", "actors": [{"id": "a", "kind": "region"}]}'
        report = load(text).validate()
        issue = report.find('required-missing', None)
        self.assertIsNotNone(issue)
        self.assertEqual(issue.get_path(), '$.actors[0]')
        self.assertEqual(issue.get_severity(), Aict.Severity.ERROR)
        options = Aict.LoadOptions.new()
        options.set_validate(True)
        message = self.assertLoadFails(text, Aict.Error.SCHEMA, options)
        self.assertIn('$.actors[0]', message)

    def test_overflow(self):
        text = ('{"format": "aict/1", "actors": [%s], "budgets": [{"id": "b", "actor": "a", '
                '"kind": "spent", "amount": {"currency": "EUR", "value": 90071992547409.92}}]}'
                % ACTOR)
        self.assertLoadFails(text, Aict.Error.OVERFLOW)
        # One minor unit less is the largest amount that loads.
        dataset = load(text.replace('.92', '.91'))
        self.assertEqual(dataset.get_budgets()[0].get_amount().get_value(), 2 ** 53 - 1)

    def test_limit(self):
        options = Aict.LoadOptions.new()
        options.set_max_depth(2)
        self.assertEqual(options.get_max_depth(), 2)
        message = self.assertLoadFails('{"format": "aict/1", "actors": [%s]}' % ACTOR,
                                       Aict.Error.LIMIT, options)
        self.assertRegex(message, r'^<data>:1:\d+: ')
        options = Aict.LoadOptions.new()
        options.set_max_file_size(16)
        with self.assertRaises(GLib.Error) as cm:
            Aict.Dataset.new_from_file_full(DATASET, options)
        self.assertAictError(cm.exception, Aict.Error.LIMIT)

    def test_reference_when_validating(self):
        text = ('{"format": "aict/1", "partnerships": [{"id": "p", "title": "T", '
                '"status": "active", "participants": [{"actor": "nope", "role": "lead"}]}]}')
        # Without validation the dataset loads and the report has the error …
        report = load(text).validate()
        self.assertFalse(report.is_valid())
        self.assertIsNotNone(report.find('reference-unresolved',
                                         '$.partnerships[0].participants[0].actor'))
        # … with it, loading fails.
        options = Aict.LoadOptions.new()
        options.set_validate(True)
        message = self.assertLoadFails(text, Aict.Error.REFERENCE, options)
        self.assertIn('$.partnerships[0].participants[0].actor', message)

    def test_missing_file_is_io(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'missing.json')
            with self.assertRaises(GLib.Error) as cm:
                Aict.Dataset.new_from_file(path)
        self.assertAictError(cm.exception, Aict.Error.IO)
        self.assertIn(path, cm.exception.message)

    def test_file_errors_name_the_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'bad.json')
            with open(path, 'w', encoding='utf-8') as f:
                f.write('{\n  "format": "aict/1",\n  "titre": "x"\n}\n')
            with self.assertRaises(GLib.Error) as cm:
                Aict.Dataset.new_from_file(path)
        self.assertAictError(cm.exception, Aict.Error.SCHEMA)
        self.assertTrue(cm.exception.message.startswith(path + ':3:3: '),
                        cm.exception.message)

    def test_bytes_and_stream_errors(self):
        with self.assertRaises(GLib.Error) as cm:
            Aict.Dataset.new_from_bytes(GLib.Bytes.new(b'{"format": '))
        self.assertAictError(cm.exception, Aict.Error.PARSE)
        stream = Gio.MemoryInputStream.new_from_bytes(GLib.Bytes.new(b'{"format": 1}'))
        with self.assertRaises(GLib.Error) as cm:
            Aict.Dataset.new_from_stream(stream)
        self.assertAictError(cm.exception, Aict.Error.SCHEMA)

    def test_save_to_bad_path_is_io(self):
        dataset = Aict.Dataset.new()
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'no-such-dir', 'out.json')
            with self.assertRaises(GLib.Error) as cm:
                dataset.save_to_file(path)
        self.assertAictError(cm.exception, Aict.Error.IO)

    def test_duplicate_id(self):
        dataset = Aict.Dataset.new()
        dataset.add(Aict.Actor(id='x', name='Conseil départemental',
                               kind=Aict.ActorKind.DEPARTEMENT, country='FR'))
        try:
            dataset.add(Aict.Actor(id='x', name='Autre', kind=Aict.ActorKind.REGION))
        except GLib.Error as e:
            self.assertTrue(e.matches(Aict.error_quark(), Aict.Error.DUPLICATE_ID))
            self.assertFalse(e.matches(Aict.error_quark(), Aict.Error.NOT_FOUND))
            self.assertIn('x', e.message)
        else:
            self.fail('a duplicate id was accepted')
        self.assertEqual(dataset.lookup_actor('x').get_name(), 'Conseil départemental')

    def test_duplicate_id_inside_a_meeting(self):
        meeting = Aict.Meeting(id='m', title='T', date=Aict.PartialDate.parse('2016'))
        meeting.add_outcome(Aict.Outcome(id='o', kind=Aict.OutcomeKind.DECISION, text='a'))
        with self.assertRaises(GLib.Error) as cm:
            meeting.add_outcome(Aict.Outcome(id='o', kind=Aict.OutcomeKind.DECISION, text='b'))
        self.assertAictError(cm.exception, Aict.Error.DUPLICATE_ID)

    def test_amount_errors(self):
        eur = Aict.Amount.new(100, 'EUR')
        with self.assertRaises(GLib.Error) as cm:
            eur.add(Aict.Amount.new(100, 'XOF'))
        self.assertAictError(cm.exception, Aict.Error.CURRENCY)
        with self.assertRaises(GLib.Error) as cm:
            Aict.Amount.new(Aict.AMOUNT_MAX, 'EUR').add(eur)
        self.assertAictError(cm.exception, Aict.Error.OVERFLOW)
        with self.assertRaises(GLib.Error) as cm:
            Aict.Amount.new_range(1, 2, 'EUR').percent_change(eur)
        self.assertAictError(cm.exception, Aict.Error.INVALID_ARGUMENT)
        with self.assertRaises(GLib.Error) as cm:
            Aict.Amount.new(0, 'EUR').percent_change(eur)
        self.assertAictError(cm.exception, Aict.Error.INVALID_ARGUMENT)

    def test_partial_date_errors(self):
        for text in ('2016-13', '2016-02-30', '16', '2016-9', '', '0999'):
            with self.assertRaises(GLib.Error) as cm:
                Aict.PartialDate.parse(text)
            self.assertAictError(cm.exception, Aict.Error.SCHEMA)

    def test_message_positions(self):
        # line:col are 1-based and count lines of the document.
        text = '{\n  "format": "aict/1",\n  "actors": [\n    {"id": "a", "name": "A", "kind": 3}\n  ]\n}'
        message = self.assertLoadFails(text, Aict.Error.SCHEMA)
        match = re.match(r'^<data>:(\d+):(\d+): ', message)
        self.assertIsNotNone(match, message)
        line, col = int(match.group(1)), int(match.group(2))
        self.assertEqual(line, 4)
        self.assertEqual(text.split('\n')[line - 1][col - 1], '3')


if __name__ == '__main__':
    unittest.main(verbosity=2)
