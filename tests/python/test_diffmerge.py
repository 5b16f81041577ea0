# SPDX-License-Identifier: LGPL-2.1-or-later
"""aict_dataset_diff() and AictMerge from Python, through GObject
introspection."""
import sys

try:
    import gi
    gi.require_version('Aict', '1')
    from gi.repository import Aict, GLib
except (ImportError, ValueError) as e:
    print(f'SKIP: {e}')
    sys.exit(77)          # meson reports SKIP, not FAIL

import json
import os
import unittest

SOURCE_ROOT = os.environ.get(
    'AICT_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
MERGE = os.path.join(SOURCE_ROOT, 'tests', 'data', 'merge')


def load(name):
    return Aict.Dataset.new_from_file(os.path.join(MERGE, name))


def entries(diff):
    return [diff.get_entry(i) for i in range(diff.get_n_entries())]


def conflicts(merge):
    return [merge.get_conflict(i) for i in range(merge.get_n_conflicts())]


class DiffTest(unittest.TestCase):
    def test_self(self):
        for name in ('before.json', 'after.json', 'member-a.json'):
            dataset = load(name)
            self.assertTrue(dataset.diff(dataset).is_empty())
            self.assertTrue(dataset.diff(load(name)).is_empty())

    def test_meetings(self):
        diff = load('before.json').diff(load('after.json'))
        got = [(e.get_kind().value_nick, e.get_type_name(), e.get_id(),
                e.get_meeting_id()) for e in entries(diff)]
        self.assertEqual(got, [
            ('removed', 'actor', 'cmc', None),
            ('changed', 'partnership', 'p-larache', None),
            ('changed', 'partnership', 'p-kindia', None),
            ('changed', 'partnership', 'p-ziguinchor', None),
            ('added', 'partnership', 'p-larache-2', None),
            ('added', 'outcome', 'm2024-o2', 'm2024'),
            ('added', 'meeting', 'm2024b', None),
            ('added', 'outcome', 'm2024b-o1', 'm2024b'),
        ])
        kindia = entries(diff)[2]
        changes = [(kindia.get_change_path(i),
                    json.loads(kindia.get_change_old_value(i)),
                    json.loads(kindia.get_change_new_value(i)))
                   for i in range(kindia.get_n_changes())]
        self.assertEqual(changes, [('status', 'active', 'ended'),
                                   ('end', None, '2024-06-30')])
        self.assertEqual(kindia.get_new_entity().get_id(), 'p-kindia')
        self.assertEqual(diff.count(Aict.DiffKind.CHANGED, 'partnership'), 3)
        self.assertEqual(diff.count(Aict.DiffKind.ADDED, None), 4)

        data = json.loads(diff.to_json())
        self.assertFalse(data['identical'])
        self.assertEqual(data['counts'],
                         {'added': 4, 'removed': 1, 'changed': 3})
        self.assertEqual(data['entries'][0]['object']['name'],
                         'Charente-Maritime Coopération')
        self.assertEqual(data['entries'][2]['members'][1],
                         {'path': 'end', 'old': None, 'new': '2024-06-30'})


class MergeTest(unittest.TestCase):
    def test_members(self):
        a, b = load('member-a.json'), load('member-b.json')
        merged, merge = Aict.Dataset.merge([a, b], ["a.json", "b.json"],
                                           None)
        self.assertEqual(merge.get_n_conflicts(), 0)
        report = merged.validate()
        self.assertEqual(report.get_n_errors(), 0)
        self.assertIsNotNone(merged.lookup_actor('larache'))
        cd33 = merged.lookup_actor('cd33')
        self.assertEqual(
            [cd33.get_source_ref(i).get_source()
             for i in range(cd33.get_n_source_refs())], ['cr-a', 'cr-b'])
        # Only b's additions (and b's source for the shared actor).
        kinds = {e.get_kind() for e in entries(a.diff(merged))
                 if e.get_id() != 'cd33'}
        self.assertEqual(kinds, {Aict.DiffKind.ADDED})

    def test_refuse(self):
        merge = Aict.Merge.new(None)
        for name in ('member-a.json', 'member-b.json', 'conflict.json'):
            merge.add_dataset(load(name), name)
        with self.assertRaises(GLib.Error) as raised:
            merge.run()
        self.assertTrue(raised.exception.matches(Aict.error_quark(),
                                                 Aict.Error.CONFLICT))
        self.assertIn('p-gironde-larache', raised.exception.message)
        self.assertIsNone(merge.get_dataset())
        got = [(c.get_path(), c.get_first_file(),
                json.loads(c.get_first_value()), c.get_other_file(),
                json.loads(c.get_other_value()), c.get_resolved())
               for c in conflicts(merge)]
        self.assertEqual(got, [
            ('title', 'member-a.json', 'Coopération Gironde – Larache',
             'conflict.json', 'Coopération Gironde – Province de Larache',
             False),
            ('status', 'member-a.json', 'active', 'conflict.json', 'slowed',
             False),
        ])

    def test_options_properties(self):
        limits = Aict.LoadOptions(max_file_size=1000)
        options = Aict.MergeOptions(rule=Aict.MergeRule.PREFER_FILE,
                                    preferred_file=2, load_options=limits)
        self.assertEqual(options.get_rule(), Aict.MergeRule.PREFER_FILE)
        self.assertEqual(options.props.preferred_file, 2)
        self.assertEqual(options.get_load_options().props.max_file_size, 1000)
        copy = options.copy()
        self.assertEqual(copy.props.rule, Aict.MergeRule.PREFER_FILE)
        merge = Aict.Merge.new(copy)
        for name in ('member-a.json', 'member-b.json', 'conflict.json'):
            merge.add_dataset(load(name), name)
        # The merged file would pass the limit of 1000 bytes.
        with self.assertRaises(GLib.Error) as raised:
            merge.run()
        self.assertTrue(raised.exception.matches(Aict.error_quark(),
                                                 Aict.Error.LIMIT))

    def test_prefer(self):
        for rule, index, chosen, status in (
                (Aict.MergeRule.PREFER_FILE, 0, 'member-a.json',
                 Aict.PartnershipStatus.ACTIVE),
                (Aict.MergeRule.PREFER_NEWER, 0, 'conflict.json',
                 Aict.PartnershipStatus.SLOWED)):
            options = Aict.MergeOptions.new()
            options.set_rule(rule)
            options.set_preferred_file(index)
            merge = Aict.Merge.new(options)
            for name in ('member-a.json', 'member-b.json', 'conflict.json'):
                merge.add_dataset(load(name), name)
            self.assertTrue(merge.run())
            self.assertEqual({c.get_chosen_file() for c in conflicts(merge)},
                             {chosen})
            partnership = merge.get_dataset().lookup_partnership(
                'p-gironde-larache')
            self.assertEqual(partnership.get_status(), status)
            data = json.loads(merge.to_json())
            self.assertTrue(data['merged'])
            self.assertEqual(data['n_unresolved'], 0)


if __name__ == '__main__':
    unittest.main()
