# SPDX-License-Identifier: LGPL-2.1-or-later
"""The core contract: collections are live read-only views, records are
read through accessors, and every change through the API keeps lookups,
queries, validation and saving right (doc/integrity.md)."""
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

import unittest

SOURCE_ROOT = os.environ.get(
    'AICT_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATASET = os.path.join(SOURCE_ROOT, 'data', 'meeting-2016.json')

COLLECTIONS = ('sources', 'actors', 'persons', 'partnerships', 'budgets',
               'meetings')
MEETING_COLLECTIONS = ('agenda', 'contributions', 'outcomes')
# Every method of Gio.ListStore that changes it.
MUTATORS = ('append', 'insert', 'insert_sorted', 'remove', 'remove_all',
            'splice', 'sort', 'find', 'find_with_equal_func')


def ids(model):
    return [entity.get_id() for entity in model]


def partnerships_of(dataset, actor_id):
    f = Aict.Filter.new()
    f.set_actor(actor_id)
    return ids(dataset.filter_partnerships(f))


class ReadOnlyTestCase(unittest.TestCase):

    def setUp(self):
        self.ds = Aict.Dataset.new_from_file(DATASET)
        self.meeting = self.ds.get_meetings()[0]

    def models(self):
        for name in COLLECTIONS:
            yield name, getattr(self.ds, 'get_' + name)()
        for name in MEETING_COLLECTIONS:
            yield name, getattr(self.meeting, 'get_' + name)()

    def test_collections_are_list_models_not_stores(self):
        for name, model in self.models():
            self.assertIsInstance(model, Gio.ListModel, name)
            self.assertNotIsInstance(model, Gio.ListStore, name)
            for method in MUTATORS:
                self.assertFalse(hasattr(model, method), (name, method))

    def test_append_remove_all_splice_are_impossible(self):
        actors = self.ds.get_actors()
        n = len(actors)
        intruder = Aict.Actor(id='intruder', name='I',
                              kind=Aict.ActorKind.OTHER)
        with self.assertRaises(AttributeError):
            actors.append(intruder)
        with self.assertRaises(AttributeError):
            actors.remove_all()
        with self.assertRaises(AttributeError):
            actors.splice(0, 1, [])
        # Nor through the class of a store: the view is not one.
        with self.assertRaises(TypeError):
            Gio.ListStore.append(actors, intruder)
        with self.assertRaises(TypeError):
            Gio.ListStore.remove_all(actors)
        with self.assertRaises(TypeError):
            Gio.ListStore.splice(actors, 0, 1, [])
        self.assertEqual(len(actors), n)
        self.assertIsNone(self.ds.lookup('intruder'))
        self.assertNotIn(b'"intruder"', self.ds.to_bytes().get_data())

    def test_agenda_cannot_be_emptied_behind_the_meeting(self):
        # This was a use-after-free: the meeting's id index kept pointing
        # at the agenda items that remove_all() had freed.
        agenda = self.meeting.get_agenda()
        first_id = agenda[0].get_id()
        n = len(agenda)
        with self.assertRaises(AttributeError):
            agenda.remove_all()
        with self.assertRaises(TypeError):
            Gio.ListStore.remove_all(agenda)
        del agenda
        item = self.meeting.lookup_agenda_item(first_id)
        self.assertIsNotNone(item)
        self.assertEqual(item.get_id(), first_id)
        self.assertIs(self.ds.lookup(first_id), item)
        self.assertEqual(len(self.meeting.get_agenda()), n)

    def test_records_are_copies(self):
        p = self.ds.get_partnerships()[0]
        n = p.get_n_participants()
        self.assertGreater(n, 0)
        copies = p.dup_participants()
        self.assertIsInstance(copies, list)
        self.assertEqual(len(copies), n)
        copies.append(Aict.Participant.new('x', Aict.ParticipantRole.PARTNER))
        self.assertEqual(p.get_n_participants(), n)
        self.assertEqual([r.get_actor_id() for r in copies[:n]],
                         [p.get_participant(i).get_actor_id()
                          for i in range(n)])
        # The old getters that gave the entity's own array are gone.
        for old in ('get_participants', 'get_components'):
            self.assertFalse(hasattr(p, old), old)
        self.assertFalse(hasattr(p, 'get_source_refs'))

    def test_record_accessors_of_every_entity_type(self):
        accessors = {
            'actors': ('identifiers', 'identifier'),
            'persons': ('affiliations', 'affiliation'),
            'partnerships': ('participants', 'participant'),
            'budgets': ('funders', 'funder'),
            'meetings': ('attendance', 'attendance'),
        }
        checked = 0
        for collection, (plural, one) in accessors.items():
            for entity in getattr(self.ds, 'get_' + collection)():
                n = getattr(entity, 'get_n_' + plural)()
                copies = getattr(entity, 'dup_' + plural)()
                self.assertEqual(len(copies), n)
                for i in range(n):
                    record = getattr(entity, 'get_' + one)(i)
                    self.assertEqual(record.to_dict(), copies[i].to_dict())
                    checked += 1
                refs = entity.dup_source_refs()
                self.assertEqual(len(refs), entity.get_n_source_refs())
                for i, ref in enumerate(refs):
                    self.assertTrue(ref.equal(entity.get_source_ref(i)))
        self.assertGreater(checked, 50)


class LiveTestCase(unittest.TestCase):

    def test_views_follow_add_and_remove(self):
        ds = Aict.Dataset.new()
        actors = ds.get_actors()
        self.assertIs(ds.get_actors(), actors)
        changes = []
        actors.connect('items-changed', lambda model, pos, removed, added:
                       changes.append((pos, removed, added)))
        ds.add(Aict.Actor(id='a', name='A', kind=Aict.ActorKind.OTHER))
        ds.add(Aict.Actor(id='b', name='B', kind=Aict.ActorKind.OTHER))
        self.assertEqual(actors.props.n_items, 2)
        self.assertEqual(ids(actors), ['a', 'b'])
        self.assertTrue(ds.remove('a'))
        self.assertEqual(changes, [(0, 0, 1), (1, 0, 1), (0, 1, 0)])
        self.assertEqual(ids(actors), ['b'])

    def test_meeting_views_follow_the_meeting(self):
        meeting = Aict.Meeting.new('m', 'M', None)
        agenda = meeting.get_agenda()
        changes = []
        agenda.connect('items-changed', lambda model, pos, removed, added:
                       changes.append((pos, removed, added)))
        meeting.add_agenda_item(Aict.AgendaItem.new('m-1', 'Ouverture'))
        self.assertEqual(changes, [(0, 0, 1)])
        self.assertEqual(ids(agenda), ['m-1'])

    def test_view_outlives_its_dataset(self):
        ds = Aict.Dataset.new()
        ds.add(Aict.Actor(id='a', name='A', kind=Aict.ActorKind.OTHER))
        actors = ds.get_actors()
        del ds
        self.assertEqual(ids(actors), ['a'])


class MutationTestCase(unittest.TestCase):

    def setUp(self):
        self.ds = Aict.Dataset.new_from_file(DATASET)

    def test_participant_added_through_the_api_is_found_by_a_query(self):
        p = self.ds.lookup_partnership('p-cd24-larache')
        self.ds.add(Aict.Actor(id='newcomer', name='Newcomer',
                               kind=Aict.ActorKind.COMMUNE, country='FR'))
        # Build the index first: the change must drop it.
        self.assertEqual(partnerships_of(self.ds, 'newcomer'), [])
        p.add_participant(Aict.Participant.new(
            'newcomer', Aict.ParticipantRole.PARTNER))
        self.assertEqual(partnerships_of(self.ds, 'newcomer'),
                         ['p-cd24-larache'])

    def test_nothing_lost_on_a_round_trip(self):
        meeting = self.ds.get_meetings()[0]
        self.ds.add(Aict.Actor(id='newcomer', name='Newcomer',
                               kind=Aict.ActorKind.COMMUNE, country='FR'))
        self.ds.lookup_partnership('p-cd24-larache').add_participant(
            Aict.Participant.new('newcomer', Aict.ParticipantRole.PARTNER))
        self.assertTrue(meeting.add_agenda_item(
            Aict.AgendaItem.new(meeting.get_id() + '-Z', 'Divers')))
        self.ds.lookup_actor('cd24').add_identifier('siren', '222400012')
        self.ds.lookup_actor('cd24').add_source(
            self.ds.get_sources()[0].get_id(), 'Annexe')

        data = self.ds.to_bytes()
        again = Aict.Dataset.new_from_bytes(data)
        self.assertEqual(again.to_bytes().get_data(), data.get_data())
        self.assertIsNotNone(again.lookup_actor('newcomer'))
        self.assertIsNotNone(again.lookup(meeting.get_id() + '-Z'))
        self.assertEqual(partnerships_of(again, 'newcomer'),
                         ['p-cd24-larache'])
        cd24 = again.lookup_actor('cd24')
        self.assertIn(('siren', '222400012'),
                      [(i.get_scheme(), i.get_value())
                       for i in cd24.dup_identifiers()])
        for name in COLLECTIONS:
            self.assertEqual(len(getattr(again, 'get_' + name)()),
                             len(getattr(self.ds, 'get_' + name)()), name)

    def test_duplicate_add_is_refused(self):
        n = len(self.ds.get_actors())
        before = self.ds.to_bytes().get_data()
        twin = Aict.Actor(id='cd24', name='Twin', kind=Aict.ActorKind.OTHER)
        with self.assertRaises(GLib.Error) as cm:
            self.ds.add(twin)
        self.assertTrue(cm.exception.matches(Aict.error_quark(),
                                             Aict.Error.DUPLICATE_ID))
        self.assertEqual(len(self.ds.get_actors()), n)
        self.assertIsNot(self.ds.lookup('cd24'), twin)
        self.assertEqual(self.ds.to_bytes().get_data(), before)
        codes = [issue.get_code() for issue in self.ds.validate().get_issues()]
        self.assertNotIn('duplicate-id', codes)

    def test_changed_signal(self):
        seen = []
        self.ds.connect('changed', lambda ds, entity: seen.append(entity.get_id()))
        actor = Aict.Actor(id='newcomer', name='N', kind=Aict.ActorKind.OTHER)
        self.ds.add(actor)
        actor.set_name('Newcomer')
        actor.add_identifier('siren', '222400012')
        self.ds.lookup_partnership('p-cd24-larache').add_participant(
            Aict.Participant.new('newcomer', Aict.ParticipantRole.PARTNER))
        outcome = self.ds.get_meetings()[0].get_outcomes()[0]
        outcome.set_text('Autre texte')
        self.assertTrue(self.ds.remove('newcomer'))
        actor.set_name('Gone')          # no longer in the dataset: silent
        self.ds.set_title('Titre')      # the dataset's own property: notify
        self.assertEqual(seen, ['newcomer', 'newcomer', 'newcomer',
                                'p-cd24-larache', outcome.get_id(),
                                'newcomer'])


if __name__ == '__main__':
    unittest.main(verbosity=2)
