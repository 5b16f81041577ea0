// SPDX-License-Identifier: LGPL-2.1-or-later
// The core contract from GJS (gjs -m): issue codes as an enumeration, the
// referrers of an id, formatting for people (C.UTF-8 here; French is
// checked in C and Python).  The same facts as tests/python/test_contract.py.
import Aict from 'gi://Aict?version=1';
import System from 'system';

let failures = 0;
function test(name, fn) {
    try {
        fn();
        print(`ok - ${name}`);
    } catch (e) {
        failures++;
        printerr(`not ok - ${name}: ${e.message}\n${e.stack ?? ''}`);
    }
}
function assertEqual(actual, expected, msg = '') {
    if (actual !== expected)
        throw new Error(`${msg} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const DATA = JSON.stringify({
    format: 'aict/1',
    actors: [{id: 'cd24', name: 'CD 24', kind: 'departement', country: 'FR'}],
    partnerships: [{id: 'pa', title: 'P', status: 'active', participants: [{actor: 'cd24', role: 'lead'}]}],
    budgets: [{id: 'b1', kind: 'allocated', partnership: 'pa', staff_fte: 1}],
    meetings: [{
        id: 'm', title: 'M', date: '2016-09-20',
        agenda: [{id: 'g', title: 'G', parent: 'h'}, {id: 'h', title: 'H', parent: 'g'}],
        outcomes: [{id: 'o', kind: 'decision', text: 'T', partnerships: ['pa']}],
    }],
});
const dataset = Aict.Dataset.new_from_data_full(DATA, null);

test('agenda cycles have their code', () => {
    const report = dataset.validate();
    const paths = [];
    for (let i = 0; i < report.get_n_items(); i++) {
        const issue = report.get_item(i);
        if (issue.get_code_enum() === Aict.IssueCode.REFERENCE_CYCLE)
            paths.push(issue.get_path());
    }
    assertEqual(paths.join(' '), '$.meetings[0].agenda[0].parent $.meetings[0].agenda[1].parent');
});

test('referrers', () => {
    const referrers = dataset.list_referrers('pa');
    const found = [];
    for (let i = 0; i < referrers.get_n_items(); i++) {
        const r = referrers.get_item(i);
        found.push(`${r.get_entity().get_id()} ${r.member} ${r.index}`);
    }
    assertEqual(found.join('; '), 'b1 budget.partnership -1; o outcome.partnerships 0');
    assertEqual(dataset.list_referrers('nothing').get_n_items(), 0);
});

test('formatting for people', () => {
    assertEqual(Aict.PartialDate.parse('2016-09-20').format_for_display(), '20 September 2016');
    assertEqual(Aict.Amount.new_range(3000000, 7000000, 'EUR').format_for_display(), '€30000–70000');
    assertEqual(Aict.format_percent(3350), '33.5%');
    assertEqual(Aict.format_period(null, Aict.PartialDate.parse('2016')), 'until 2016');
    assertEqual(Aict.format_money(-500000, 'EUR', false), '-€5000');
});

if (failures > 0) {
    printerr(`${failures} test(s) failed`);
    System.exit(1);
}
