// SPDX-License-Identifier: LGPL-2.1-or-later
// Ergonomics of the bindings in GJS: load options by keyword, amounts in
// major units, short constructors, analysis results as JSON, iteration.
import Aict from 'gi://Aict?version=1';
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import System from 'system';

const AictJS = await import(`file://${GLib.getenv('AICT_SOURCE_ROOT') ?? GLib.get_current_dir()}/bindings/gjs/aict.js`);

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
function assert(cond, msg = 'assertion failed') {
    if (!cond)
        throw new Error(msg);
}
function assertEqual(actual, expected, msg = '') {
    if (actual !== expected)
        throw new Error(`${msg} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
function assertThrowsAict(fn, code, msg = '') {
    try {
        fn();
    } catch (e) {
        assert(e instanceof GLib.Error, `${msg} not a GLib.Error: ${e}`);
        assert(e.matches(Aict.Error, code), `${msg} wrong code ${e.code}: ${e.message}`);
        return e;
    }
    throw new Error(`${msg} no error thrown`);
}

const SOURCE_ROOT = GLib.getenv('AICT_SOURCE_ROOT') ?? '.';
const DATASET = GLib.build_filenamev([SOURCE_ROOT, 'data', 'meeting-2016.json']);

test('load options by keyword', () => {
    const options = new Aict.LoadOptions({max_file_size: 64 * 1024 * 1024, max_depth: 40, validate: true});
    assertEqual(options.max_file_size, 64 * 1024 * 1024);
    assertEqual(options.get_max_depth(), 40);
    assertEqual(options.validate, true);
    assertEqual(options.max_items, 100000);
    options.max_values = 123;
    assertEqual(options.get_max_values(), 123);
    const dataset = Aict.Dataset.new_from_file_full(DATASET, new Aict.LoadOptions({max_file_size: 1 << 20}));
    assert(dataset.get_actors().get_n_items() > 0);
    assertThrowsAict(() => Aict.Dataset.new_from_file_full(DATASET, new Aict.LoadOptions({max_file_size: 16})),
        Aict.Error.LIMIT);
});

test('load options out of range fail the load', () => {
    for (const [props, name] of [[{max_depth: 100000}, 'max-depth'], [{max_file_size: 2 ** 40}, 'max-file-size']]) {
        const options = new Aict.LoadOptions(props);
        const e = assertThrowsAict(() => Aict.Dataset.new_from_file_full(DATASET, options),
            Aict.Error.INVALID_ARGUMENT, name);
        assert(e.message.includes(name), e.message);
        assertThrowsAict(() => options.check(), Aict.Error.INVALID_ARGUMENT, name);
    }
    const trusted = Aict.LoadOptions.new_trusted();
    assert(trusted.check());
    assertEqual(trusted.max_file_size, 1024 ** 3);
    assert(Aict.Dataset.new_from_file_full(DATASET, trusted).get_actors().get_n_items() > 0);
});

test('amounts in major units', () => {
    assertEqual(Aict.Amount.new_minor(30000, 'EUR').to_string(), '300 EUR');
    assertEqual(Aict.Amount.new_major(30000, 'EUR').get_value(), 3000000);
    assertEqual(Aict.Amount.new_from_string('30000.50', 'EUR').get_value(), 3000050);
    assertThrowsAict(() => Aict.Amount.new_from_string('0.005', 'EUR'), Aict.Error.INVALID_ARGUMENT);
    assertThrowsAict(() => Aict.Amount.new_from_string('1e3', 'EUR'), Aict.Error.INVALID_ARGUMENT);
});

test('record constructors have short forms without trailing nulls', () => {
    const ref = Aict.SourceRef.new('cr-2016');
    assertEqual(ref.get_source(), 'cr-2016');
    assertEqual(ref.get_locator(), null);
    assertEqual(Aict.SourceRef.new_full('cr-2016', 'p. 3').get_locator(), 'p. 3');
    const affiliation = Aict.Affiliation.new('cd24');
    assertEqual(affiliation.get_actor_id(), 'cd24');
    assertEqual(affiliation.get_post(), null);
    assertEqual(affiliation.get_start(), null);
    assertEqual(Aict.Affiliation.new_full('cd24', 'élu', Aict.PartialDate.parse('2015'), null).get_post(), 'élu');
    const funder = Aict.Funder.new('cd24');
    assertEqual(funder.get_share(), -1);
    assertEqual(funder.get_amount(), null);
    assertEqual(Aict.Funder.new_full('cd24', 7000, Aict.Amount.new_minor(5, 'EUR')).get_share(), 7000);
    const place = Aict.Place.new('Maison des Suds');
    assertEqual(place.get_name(), 'Maison des Suds');
    assertEqual(place.get_country(), null);
    assertEqual(Aict.Place.new_full(null, null, null, 'Pessac', 'FR').get_locality(), 'Pessac');
    assertEqual(Aict.Participant.new('cd24', Aict.ParticipantRole.LEAD).get_notes(), null);
    assertEqual(Aict.Component.new('Eau').get_title(), 'Eau');
});

test('for…of: list stores work in GJS 1.74, collections and reports need the helper', () => {
    const dataset = Aict.Dataset.new_from_file(DATASET);
    // Analysis results are Gio.ListStore: iterable as they are.
    const totals = dataset.get_budget_totals(Aict.BudgetGrouping.ACTOR, null);
    assertEqual([...totals].length, totals.get_n_items());
    assert([...dataset.count(Aict.CountBy.COUNTRY, null)].length > 0);
    assertEqual([...dataset.filter_partnerships(null)].length, dataset.get_partnerships().get_n_items());
    // A report's issues are a list store too.
    const text = '{"format": "aict/1", "actors": [{"id": "a", "kind": "region"}]}';
    const report = Aict.Dataset.new_from_data(text, -1).validate();
    assert(report.get_n_items() > 0);
    assertEqual([...report.get_issues()].length, report.get_n_items());
    // The collections (read-only views) and the report itself implement
    // Gio.ListModel, which GJS 1.74 does not make iterable; install() adds
    // the iterator (a no-op where GJS already has one).
    const collection = dataset.get_actors();
    if (System.version < 17600) {
        for (const model of [collection, report]) {
            if (typeof model[Symbol.iterator] === 'function')
                continue;
            let threw = false;
            try {
                for (const item of model)
                    void item;
            } catch (e) {
                threw = e instanceof TypeError;
            }
            assert(threw, 'for…of was expected to fail before install()');
        }
    }
    AictJS.install();
    const codes = [];
    for (const issue of report)
        codes.push(issue.code);
    assertEqual(codes.length, report.get_n_items());
    assert(codes.includes('required-missing'), codes.join());
    let n = 0;
    for (const actor of dataset.get_actors())
        n += actor instanceof Aict.Actor ? 1 : 0;
    assertEqual(n, collection.get_n_items());
    const meeting = dataset.get_meetings().get_item(0);
    assertEqual([...meeting.get_agenda()].length, meeting.get_agenda().get_n_items());
    assertEqual(JSON.parse(JSON.stringify(dataset.get_sources())).length, dataset.get_sources().get_n_items());
});

test('JSON.stringify of analysis results and values', () => {
    AictJS.install();
    const dataset = Aict.Dataset.new_from_file(DATASET);
    const totals = dataset.get_budget_totals(Aict.BudgetGrouping.ACTOR | Aict.BudgetGrouping.YEAR, null);
    const plain = JSON.parse(JSON.stringify(totals));
    assertEqual(plain.length, totals.get_n_items());
    const first = totals.get_item(0);
    assertEqual(plain[0].kind, ['estimate', 'allocated', 'spent'].find(k => k === plain[0].kind), 'kind nick');
    assertEqual(JSON.stringify(plain[0].grouping), '["actor","year"]');
    assertEqual(plain[0].actor, first.get_key(Aict.BudgetGrouping.ACTOR));
    assertEqual(plain[0].amount.min, first.get_amount().get_min());
    assertEqual(plain[0].amount.currency, first.get_amount().get_currency());
    assertEqual(plain[0].n_budgets, first.get_n_budgets());
    assertEqual(JSON.stringify(plain[0].budget_ids), JSON.stringify(first.get_budget_ids()));
    const count = JSON.parse(JSON.stringify(dataset.count(Aict.CountBy.ACTOR_KIND, null).get_item(0)));
    assertEqual(count.by, 'actor-kind');
    assert(count.n_partnerships > 0);
    const overlaps = dataset.find_overlaps(Aict.OverlapKind.COUNTRY, 'FR', null);
    if (overlaps.get_n_items() > 0) {
        const overlap = JSON.parse(JSON.stringify(overlaps.get_item(0)));
        assertEqual(JSON.stringify(overlap.kind), '["country"]');
        assert(overlap.actor_ids.length >= 2);
    }
    const profile = JSON.parse(JSON.stringify(dataset.get_actor_profile('cd24')));
    assertEqual(profile.actor.id, 'cd24');
    assert(Array.isArray(profile.partnerships) && profile.partnerships.length > 0);
    assertEqual(JSON.stringify(Aict.Amount.new_minor(5, 'EUR')),
        '{"currency":"EUR","min":5,"max":5,"is_range":false,"approximate":false}');
    const table = JSON.parse(JSON.stringify(dataset.to_table(Aict.TableKind.BUDGETS, null)));
    assertEqual(table.kind, 'budgets');
    assertEqual(table.columns.id.length, dataset.get_budgets().get_n_items());
    assert(table.columns.amount_min.includes(null));
    const issues = JSON.parse(JSON.stringify(Aict.Dataset.new_from_data(
        '{"format": "aict/1", "actors": [{"id": "a", "kind": "region"}]}', -1).validate()));
    assertEqual(issues[0].severity, 'error');
    // toPlain() without install().
    assertEqual(AictJS.toPlain(Aict.PartialDate.parse('2016-03')), '2016-03');
});

test('table columns in GJS', () => {
    const dataset = Aict.Dataset.new_from_file(DATASET);
    const table = dataset.to_table(Aict.TableKind.PARTNERSHIPS, null);
    assertEqual(table.n_rows, dataset.get_partnerships().get_n_items());
    const ids = table.get_strings(table.lookup_column('id'));
    assertEqual(ids[0], dataset.get_partnerships().get_item(0).get_id());
    const n = table.get_int64s(table.lookup_column('n_participants'));
    assertEqual(Number(n[0]), dataset.get_partnerships().get_item(0).get_n_participants());
});

// @@MORE@@

if (failures.length > 0)
    throw new Error(`${failures.length} test(s) failed: ${failures.join(', ')}`);
