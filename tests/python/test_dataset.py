# SPDX-License-Identifier: LGPL-2.1-or-later
"""Loading, collections, validation, saving and threads, from Python."""
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

import json
import tempfile
import threading
import unittest

SOURCE_ROOT = os.environ.get(
    'AICT_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATASET = os.path.join(SOURCE_ROOT, 'data', 'meeting-2016.json')

COLLECTIONS = ('sources', 'actors', 'persons', 'partnerships', 'budgets',
               'meetings')


def load_json():
    with open(DATASET, encoding='utf-8') as f:
        return json.load(f)


class LoadTestCase(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.dataset = Aict.Dataset.new_from_file(DATASET)
        cls.json = load_json()

    def test_counts_match_the_file(self):
        for name in COLLECTIONS:
            model = getattr(self.dataset, 'get_' + name)()
            self.assertIsInstance(model, Gio.ListModel)
            self.assertEqual(len(model), len(self.json.get(name, [])), name)
        self.assertGreater(len(self.dataset.get_actors()), 0)
        self.assertGreater(len(self.dataset.get_partnerships()), 0)
        self.assertGreater(len(self.dataset.get_meetings()), 0)

    def test_header(self):
        self.assertEqual(self.dataset.get_title(), self.json['title'])
        self.assertEqual(self.dataset.props.title, self.json['title'])
        self.assertEqual(self.dataset.get_language(), self.json.get('language'))
        self.assertEqual(Aict.FORMAT_NAME, self.json['format'])

    def test_iteration_follows_file_order(self):
        for name in ('actors', 'partnerships', 'meetings'):
            model = getattr(self.dataset, 'get_' + name)()
            ids = [entity.get_id() for entity in model]
            self.assertEqual(ids, [o['id'] for o in self.json[name]], name)
            self.assertEqual([e.props.id for e in model], ids)

    def test_index_and_negative_index(self):
        for name in ('actors', 'partnerships', 'meetings'):
            model = getattr(self.dataset, 'get_' + name)()
            n = len(model)
            first, last = self.json[name][0]['id'], self.json[name][-1]['id']
            self.assertEqual(model[0].get_id(), first)
            self.assertEqual(model[-1].get_id(), last)
            self.assertEqual(model[n - 1].get_id(), last)
            self.assertEqual(model[-n].get_id(), first)
            with self.assertRaises(IndexError):
                model[n]
            with self.assertRaises(IndexError):
                model[-n - 1]
            self.assertEqual([e.get_id() for e in model[:2]],
                             [o['id'] for o in self.json[name][:2]])
            self.assertIn(model[0], model)

    def test_item_types(self):
        expected = {
            'sources': Aict.Source, 'actors': Aict.Actor,
            'persons': Aict.Person, 'partnerships': Aict.Partnership,
            'budgets': Aict.Budget, 'meetings': Aict.Meeting,
        }
        for name, cls in expected.items():
            model = getattr(self.dataset, 'get_' + name)()
            self.assertEqual(model.get_item_type().pytype, cls)
            for entity in model:
                self.assertIsInstance(entity, cls)
                self.assertIsInstance(entity, Aict.Entity)

    def test_collections_are_shared_not_copied(self):
        # get_ borrows: the same model every time, so a signal handler on it
        # sees later additions.
        self.assertIs(self.dataset.get_actors(), self.dataset.get_actors())

    def test_lookup(self):
        actor = self.json['actors'][0]
        found = self.dataset.lookup_actor(actor['id'])
        self.assertIsInstance(found, Aict.Actor)
        self.assertEqual(found.get_name(), actor['name'])
        self.assertIs(self.dataset.lookup(actor['id']), found)
        partnership_id = self.json['partnerships'][0]['id']
        self.assertIsInstance(self.dataset.lookup_partnership(partnership_id),
                              Aict.Partnership)
        # The wrong kind and an unknown id are both None, not an error.
        self.assertIsNone(self.dataset.lookup_actor(partnership_id))
        self.assertIsNone(self.dataset.lookup('no-such-id'))
        outcome = self.json['meetings'][0]['outcomes'][0]
        found = self.dataset.lookup_outcome(outcome['id'])
        self.assertEqual(found.get_text(), outcome['text'])
        self.assertEqual(found.get_meeting_id(), self.json['meetings'][0]['id'])

    def test_meeting_collections(self):
        meeting = self.dataset.get_meetings()[0]
        data = self.json['meetings'][0]
        self.assertEqual(len(meeting.get_agenda()), len(data.get('agenda', [])))
        self.assertEqual(len(meeting.get_contributions()),
                         len(data.get('contributions', [])))
        self.assertEqual(len(meeting.get_outcomes()), len(data.get('outcomes', [])))
        self.assertEqual(len(meeting.dup_attendance()),
                         len(data.get('attendance', [])))
        self.assertEqual([o.get_id() for o in meeting.get_outcomes()],
                         [o['id'] for o in data['outcomes']])
        self.assertEqual(meeting.get_outcomes()[-1].get_id(),
                         data['outcomes'][-1]['id'])


class ReportTestCase(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.dataset = Aict.Dataset.new_from_file(DATASET)
        cls.report = cls.dataset.validate()

    def test_report_is_a_list_model(self):
        report = self.report
        self.assertIsInstance(report, Gio.ListModel)
        issues = list(report)
        self.assertEqual(len(report), len(issues))
        self.assertEqual(len(report.get_issues()), len(report))
        if issues:
            self.assertIs(report[0], issues[0])
            self.assertIs(report[-1], issues[-1])
            with self.assertRaises(IndexError):
                report[len(report)]

    def test_counts(self):
        report = self.report
        severities = [issue.get_severity() for issue in report]
        self.assertEqual(report.get_n_errors(),
                         severities.count(Aict.Severity.ERROR))
        self.assertEqual(report.get_n_warnings(),
                         severities.count(Aict.Severity.WARNING))
        self.assertEqual(report.props.n_errors, report.get_n_errors())
        self.assertEqual(report.is_valid(), report.get_n_errors() == 0)
        # The bundled dataset is valid; it may carry warnings.
        self.assertTrue(report.is_valid(), [repr(i) for i in report])

    def test_issues_point_into_the_dataset(self):
        for issue in self.report:
            self.assertRegex(issue.get_code(), r'^[a-z]+(-[a-z]+)*$')
            self.assertTrue(issue.get_path().startswith('$.'), issue.get_path())
            self.assertTrue(issue.get_message())
            self.assertIn(issue.get_severity(), (Aict.Severity.INFO,
                                                 Aict.Severity.WARNING,
                                                 Aict.Severity.ERROR))
            if issue.get_object_id() is not None:
                self.assertIsNotNone(self.dataset.lookup(issue.get_object_id()),
                                     repr(issue))
            found = self.report.find(issue.get_code(), issue.get_path())
            self.assertEqual((found.get_code(), found.get_path()),
                             (issue.get_code(), issue.get_path()))

    def test_issue_codes_agree_with_the_data(self):
        for issue in self.report:
            if issue.get_code() == 'status-ended-without-end':
                p = self.dataset.lookup_partnership(issue.get_object_id())
                self.assertIn(p.get_status(), (Aict.PartnershipStatus.ENDED,
                                               Aict.PartnershipStatus.ABANDONED))
                self.assertIsNone(p.get_end())
                self.assertEqual(issue.get_severity(), Aict.Severity.WARNING)

    def test_validate_is_repeatable(self):
        again = self.dataset.validate()
        self.assertEqual([(i.get_code(), i.get_path()) for i in again],
                         [(i.get_code(), i.get_path()) for i in self.report])

    def test_report_on_a_built_dataset(self):
        dataset = Aict.Dataset.new()
        dataset.add(Aict.Actor(id='fr', name='Département', country='FR',
                               kind=Aict.ActorKind.DEPARTEMENT))
        dataset.add(Aict.Actor(id='ma', name='Province', country='MA',
                               kind=Aict.ActorKind.FOREIGN_AUTHORITY))
        ended = Aict.Partnership(id='p1', title='Ended',
                                 status=Aict.PartnershipStatus.ENDED)
        ended.add_participant(Aict.Participant.new('fr', Aict.ParticipantRole.LEAD))
        ended.add_participant(Aict.Participant.new('ma', Aict.ParticipantRole.PARTNER))
        dataset.add(ended)
        dangling = Aict.Partnership(id='p2', title='Dangling',
                                    status=Aict.PartnershipStatus.ACTIVE)
        dangling.add_participant(Aict.Participant.new('fr', Aict.ParticipantRole.LEAD))
        dangling.add_participant(Aict.Participant.new('nowhere', Aict.ParticipantRole.PARTNER))
        dataset.add(dangling)

        report = dataset.validate()
        self.assertFalse(report.is_valid())
        ended_issue = report.find('status-ended-without-end', None)
        self.assertIsNotNone(ended_issue)
        self.assertEqual(ended_issue.get_path(), '$.partnerships[0].status')
        self.assertEqual(ended_issue.get_object_id(), 'p1')
        self.assertEqual(ended_issue.get_severity(), Aict.Severity.WARNING)
        unresolved = report.find('reference-unresolved', None)
        self.assertIsNotNone(unresolved)
        self.assertEqual(unresolved.get_path(),
                         '$.partnerships[1].participants[1].actor')
        self.assertEqual(unresolved.get_severity(), Aict.Severity.ERROR)
        self.assertIn('nowhere', unresolved.get_message())
        self.assertGreaterEqual(report.get_n_errors(), 1)
        self.assertIsNone(report.find('no-such-code', None))

    def test_validate_at(self):
        dataset = Aict.Dataset.new()
        dataset.add(Aict.Actor(id='fr', name='Département', country='FR',
                               kind=Aict.ActorKind.DEPARTEMENT))
        dataset.add(Aict.Actor(id='ma', name='Province', country='MA',
                               kind=Aict.ActorKind.FOREIGN_AUTHORITY))
        p = Aict.Partnership(id='p', title='Active', status=Aict.PartnershipStatus.ACTIVE,
                             end=Aict.PartialDate.parse('2018'))
        p.add_participant(Aict.Participant.new('fr', Aict.ParticipantRole.LEAD))
        p.add_participant(Aict.Participant.new('ma', Aict.ParticipantRole.PARTNER))
        dataset.add(p)
        before = dataset.validate_at(GLib.Date.new_dmy(1, GLib.DateMonth.JUNE, 2018))
        after = dataset.validate_at(GLib.Date.new_dmy(1, GLib.DateMonth.JANUARY, 2019))
        self.assertIsNone(before.find('status-active-past-end', None))
        self.assertIsNotNone(after.find('status-active-past-end', None))


class SaveAndBytesTestCase(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.dataset = Aict.Dataset.new_from_file(DATASET)
        cls.bytes = cls.dataset.to_bytes()

    def test_to_bytes_is_glib_bytes(self):
        self.assertIsInstance(self.bytes, GLib.Bytes)
        data = self.bytes.get_data()
        self.assertIsInstance(data, bytes)
        self.assertEqual(len(data), self.bytes.get_size())
        self.assertTrue(data.endswith(b'\n'))
        self.assertEqual(json.loads(data.decode('utf-8'))['format'], 'aict/1')

    def test_bytes_round_trip_is_identical(self):
        again = Aict.Dataset.new_from_bytes(self.bytes)
        self.assertEqual(again.to_bytes().get_data(), self.bytes.get_data())
        self.assertTrue(again.to_bytes().equal(self.bytes))

    def test_bytes_from_python(self):
        data = self.bytes.get_data()
        from_bytes = Aict.Dataset.new_from_bytes(GLib.Bytes.new(data))
        self.assertEqual(from_bytes.to_bytes().get_data(), data)
        # new_from_data takes the document as Python bytes; the length
        # argument of the C function is implied.
        from_data = Aict.Dataset.new_from_data_full(data, None)
        self.assertEqual(from_data.to_bytes().get_data(), data)
        with open(DATASET, 'rb') as f:
            from_file_bytes = Aict.Dataset.new_from_data_full(f.read(), None)
        self.assertEqual(from_file_bytes.to_bytes().get_data(), data)

    def test_stream(self):
        stream = Gio.MemoryInputStream.new_from_bytes(self.bytes)
        from_stream = Aict.Dataset.new_from_stream(stream)
        self.assertEqual(from_stream.to_bytes().get_data(), self.bytes.get_data())

    def test_to_data_is_c_only(self):
        # to_data() is (skip): bindings use to_bytes().
        self.assertFalse(hasattr(self.dataset, 'to_data'))

    def test_save_and_reload(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'saved.json')
            self.assertTrue(self.dataset.save_to_file(path))
            with open(path, 'rb') as f:
                self.assertEqual(f.read(), self.bytes.get_data())
            reloaded = Aict.Dataset.new_from_file(path)
            self.assertEqual(reloaded.to_bytes().get_data(), self.bytes.get_data())
            for name in COLLECTIONS:
                self.assertEqual(len(getattr(reloaded, 'get_' + name)()),
                                 len(getattr(self.dataset, 'get_' + name)()))

    def test_save_built_dataset(self):
        dataset = Aict.Dataset.new()
        dataset.set_title('Essai — accents éàü')
        dataset.add(Aict.Actor(id='cd24', name='Conseil départemental de la Dordogne',
                               kind=Aict.ActorKind.DEPARTEMENT, country='FR'))
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'built.json')
            dataset.save_to_file(path)
            reloaded = Aict.Dataset.new_from_file(path)
        self.assertEqual(reloaded.get_title(), 'Essai — accents éàü')
        actor = reloaded.lookup_actor('cd24')
        self.assertEqual(actor.get_name(), 'Conseil départemental de la Dordogne')
        self.assertEqual(actor.get_kind(), Aict.ActorKind.DEPARTEMENT)
        self.assertEqual(actor.get_country(), 'FR')
        self.assertEqual(reloaded.to_bytes().get_data(), dataset.to_bytes().get_data())

    def test_load_options(self):
        options = Aict.LoadOptions.new()
        self.assertFalse(options.get_validate())
        options.set_max_file_size(64 * 1024 * 1024)
        self.assertEqual(options.get_max_file_size(), 64 * 1024 * 1024)
        again = Aict.Dataset.new_from_bytes_full(self.bytes, options)
        self.assertEqual(again.to_bytes().get_data(), self.bytes.get_data())


class ThreadTestCase(unittest.TestCase):

    def test_threads_give_identical_results(self):
        # PyGObject releases the GIL around C calls: each thread loads,
        # validates and serialises its own dataset.
        results = [None] * 4
        errors = []

        def work(i):
            try:
                out = []
                for _ in range(3):
                    dataset = Aict.Dataset.new_from_file(DATASET)
                    report = dataset.validate()
                    out.append((
                        len(dataset.get_actors()),
                        len(dataset.get_partnerships()),
                        len(dataset.get_meetings()),
                        report.get_n_errors(),
                        report.get_n_warnings(),
                        tuple((issue.get_code(), issue.get_path()) for issue in report),
                        dataset.to_bytes().get_data(),
                    ))
                results[i] = out
            except Exception as e:  # reported in the main thread
                errors.append(e)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

        self.assertEqual(errors, [])
        expected = results[0][0]
        for out in results:
            for result in out:
                self.assertEqual(result, expected)
        with open(DATASET, 'rb') as f:
            self.assertEqual(expected[6], Aict.Dataset.new_from_data_full(f.read(), None)
                             .to_bytes().get_data())


if __name__ == '__main__':
    unittest.main(verbosity=2)
