// SPDX-License-Identifier: LGPL-2.1-or-later
// Ergonomics of the bindings in GJS: load options by keyword, amounts in
// major units, short constructors, analysis results as JSON, iteration.
import Aict from 'gi://Aict?version=1';
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import System from 'system';

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

// @@MORE@@

if (failures.length > 0)
    throw new Error(`${failures.length} test(s) failed: ${failures.join(', ')}`);
