// SPDX-License-Identifier: LGPL-2.1-or-later
// aict_dataset_diff() and AictMerge from GJS (gjs -m), every argument
// given (GJS 1.74 demands them, nullable or not); the JSON they give goes
// through JSON.parse().
import Aict from 'gi://Aict?version=1';
import GLib from 'gi://GLib';

const failures = [];
function test(name, fn) {
    try {
        fn();
        print(`ok - ${name}`);
    } catch (e) {
        failures.push(name);
        printerr(`not ok - ${name}: ${e}\n${e.stack ?? ''}`);
    }
}
function assertEqual(actual, expected, msg = '') {
    if (actual !== expected)
        throw new Error(`${msg} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const SOURCE_ROOT = GLib.getenv('AICT_SOURCE_ROOT');
const MERGE = GLib.build_filenamev([SOURCE_ROOT, 'tests', 'data', 'merge']);
const load = name => Aict.Dataset.new_from_file(GLib.build_filenamev([MERGE, name]));

test('diff of the meeting files', () => {
    const diff = load('before.json').diff(load('after.json'));
    assertEqual(diff.get_n_entries(), 8);
    assertEqual(diff.count(Aict.DiffKind.CHANGED, 'partnership'), 3);
    const entry = diff.get_entry(2);
    assertEqual(entry.get_id(), 'p-kindia');
    assertEqual(entry.get_change_path(0), 'status');
    assertEqual(JSON.parse(entry.get_change_new_value(0)), 'ended');
    const data = JSON.parse(diff.to_json());
    assertEqual(data.counts.added, 4);
    assertEqual(data.entries[5].meeting, 'm2024');
});

test('diff of a file with itself', () => {
    const dataset = load('member-a.json');
    assertEqual(dataset.diff(dataset).is_empty(), true);
});

test('merge, refused then settled', () => {
    const names = ['member-a.json', 'member-b.json', 'conflict.json'];
    let merge = Aict.Merge.new(null);
    for (const name of names)
        merge.add_dataset(load(name), name);
    let threw = false;
    try {
        merge.run();
    } catch (e) {
        threw = e.matches(Aict.error_quark(), Aict.Error.CONFLICT);
    }
    assertEqual(threw, true, 'conflict error');
    assertEqual(merge.get_n_conflicts(), 2);
    assertEqual(merge.get_conflict(1).get_path(), 'status');

    const options = Aict.MergeOptions.new();
    options.set_rule(Aict.MergeRule.PREFER_NEWER);
    merge = Aict.Merge.new(options);
    for (const name of names)
        merge.add_dataset(load(name), name);
    assertEqual(merge.run(), true);
    assertEqual(merge.get_conflict(0).get_chosen_file(), 'conflict.json');
    const merged = merge.get_dataset();
    assertEqual(merged.validate().get_n_errors(), 0);
    assertEqual(JSON.parse(merge.to_json()).n_unresolved, 0);
});

if (failures.length > 0)
    throw new Error(`${failures.length} test(s) failed: ${failures.join(', ')}`);
