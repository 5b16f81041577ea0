// SPDX-License-Identifier: LGPL-2.1-or-later
// Like-for-like year-on-year budget changes from GJS (gjs -m), on
// data/meeting-2016.json (figures checked by hand in
// tests/test-budget-trends.c).
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
    if (JSON.stringify(actual) !== JSON.stringify(expected))
        throw new Error(`${msg} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const MEETING = GLib.build_filenamev([GLib.getenv('AICT_SOURCE_ROOT'), 'data', 'meeting-2016.json']);

test('2016 allocated is compared over cd64-pole only', () => {
    const dataset = Aict.Dataset.new_from_file(MEETING);
    const totals = dataset.get_budget_totals(Aict.BudgetGrouping.YEAR, null);
    const row = totals.get_item(1);
    assertEqual(row.get_key(Aict.BudgetGrouping.YEAR), '2016');
    assertEqual(row.get_amount().get_min(), 22000000);
    assertEqual(row.get_comparable_previous().get_min(), 20000000);
    assertEqual(row.get_change().get_max(), -15000000);
    assertEqual(row.get_change_percent(), [true, -7500]);
    assertEqual(row.get_composition_changed(), true);
    assertEqual(row.get_members_added(), ['cd33-mission']);
    assertEqual(row.get_members_dropped(), []);
    assertEqual(totals.get_item(0).get_members_added(), null);
});

if (failures.length > 0)
    throw new Error(`${failures.length} test(s) failed: ${failures.join(', ')}`);
