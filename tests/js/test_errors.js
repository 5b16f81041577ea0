// SPDX-License-Identifier: LGPL-2.1-or-later
// GLib.Error from libaict in GJS: domains, codes, messages with line:col.
import Aict from 'gi://Aict?version=1';
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';

// -- a tiny test harness: a failed test is printed, and any failure ends
// -- the run with an uncaught exception (gjs exits 1).
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
        assert(e instanceof Aict.Error, `${msg} not an Aict.Error`);
        assert(e.matches(Aict.Error, code), `${msg} wrong code ${e.code}: ${e.message}`);
        assertEqual(e.domain, Aict.error_quark(), msg);
        assertEqual(e.code, code, msg);
        assert(e.message.length > 0);
        return e;
    }
    throw new Error(`${msg} no error thrown`);
}

const SOURCE_ROOT = GLib.getenv('AICT_SOURCE_ROOT') ??
    GLib.build_filenamev([GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]), '..', '..']);
const DATASET = GLib.build_filenamev([SOURCE_ROOT, 'data', 'meeting-2016.json']);
const ACTOR = '{"id": "a", "name": "A", "kind": "region"}';

const load = (text, options = null) => Aict.Dataset.new_from_data_full(text, options);
const loadFails = (text, code, options = null) =>
    assertThrowsAict(() => load(text, options), code, text).message;

test('the error domain is registered', () => {
    assertEqual(GLib.quark_to_string(Aict.error_quark()), 'aict-error-quark');
    assertEqual(Aict.Error.PARSE, 2);
    assertEqual(Aict.Error.DUPLICATE_ID, 6);
});

test('bad JSON is PARSE with line:col', () => {
    const message = loadFails('{\n  "format": "aict/1",\n  "actors": [,]\n}', Aict.Error.PARSE);
    assert(message.startsWith('<data>:3:14: '), message);
});

test('strict JSON', () => {
    for (const text of [
        '{"format": "aict/1", "title": "a", "title": "b"}',
        '{"format": "aict/1",}',
        "{'format': 'aict/1'}",
        '{"format": "aict/1"} {}',
        '',
        '{"format": "aict/1", "title": NaN}',
    ]) {
        const message = loadFails(text, Aict.Error.PARSE);
        assert(/^<data>:\d+:\d+: /.test(message), message);
    }
});

test('unknown member is SCHEMA with line:col and path', () => {
    const message = loadFails('{\n  "format": "aict/1",\n  "actorz": []\n}', Aict.Error.SCHEMA);
    assert(message.startsWith('<data>:3:3: '), message);
    assert(message.includes('$.actorz'), message);
});

test('schema errors', () => {
    for (const [text, path] of [
        ['{"format": "aict/2"}', '$.format'],
        ['{"format": "aict/1", "actors": [{"id": "a", "name": "A", "kind": "regio"}]}', '$.actors[0].kind'],
        ['{"format": "aict/1", "actors": [{"id": "a", "name": 3, "kind": "region"}]}', '$.actors[0].name'],
        [`{"format": "aict/1", "actors": [${ACTOR}], "budgets": [{"id": "b", "actor": "a", ` +
         '"kind": "spent", "amount": {"currency": "EUR", "value": 1.234}}]}', '$.budgets[0].amount.value'],
        ['{"format": "aict/1", "meetings": [{"id": "m", "title": "T", "date": "2016-13"}]}', '$.meetings[0].date'],
        ['[]', '$'],
    ]) {
        const message = loadFails(text, Aict.Error.SCHEMA);
        assert(message.includes(path), message);
        assert(/^<data>:\d+:\d+: /.test(message), message);
    }
});

test('line:col point at the offending value', () => {
    const text = '{\n  "format": "aict/1",\n  "actors": [\n    {"id": "a", "name": "A", "kind": 3}\n  ]\n}';
    const message = loadFails(text, Aict.Error.SCHEMA);
    const [, line, col] = message.match(/^<data>:(\d+):(\d+): /).map(Number);
    assertEqual(line, 4);
    assertEqual(text.split('\n')[line - 1][col - 1], '3');
});

test('required member: a report error, or SCHEMA when loading validates', () => {
    const text = '{"format": "aict/1", "actors": [{"id": "a", "kind": "region"}]}';
    const issue = load(text).validate().find('required-missing', null);
    assertEqual(issue.path, '$.actors[0]');
    assertEqual(issue.severity, Aict.Severity.ERROR);
    const options = Aict.LoadOptions.new();
    options.set_validate(true);
    assert(loadFails(text, Aict.Error.SCHEMA, options).includes('$.actors[0]'));
});

test('overflow', () => {
    const text = `{"format": "aict/1", "actors": [${ACTOR}], "budgets": [{"id": "b", "actor": "a", ` +
        '"kind": "spent", "amount": {"currency": "EUR", "value": 90071992547409.92}}]}';
    loadFails(text, Aict.Error.OVERFLOW);
    assertEqual(load(text.replace('.92', '.91')).lookup_budget('b').amount.get_value(), 2 ** 53 - 1);
});

test('limits', () => {
    const options = Aict.LoadOptions.new();
    options.set_max_depth(2);
    assert(/^<data>:1:\d+: /.test(loadFails(`{"format": "aict/1", "actors": [${ACTOR}]}`, Aict.Error.LIMIT, options)));
    const small = Aict.LoadOptions.new();
    small.set_max_file_size(16);
    assertThrowsAict(() => Aict.Dataset.new_from_file_full(DATASET, small), Aict.Error.LIMIT);
});

test('references when loading validates', () => {
    const text = '{"format": "aict/1", "partnerships": [{"id": "p", "title": "T", "status": "active", ' +
        '"participants": [{"actor": "nope", "role": "lead"}]}]}';
    const report = load(text).validate();
    assert(!report.is_valid());
    assert(report.find('reference-unresolved', '$.partnerships[0].participants[0].actor') !== null);
    const options = Aict.LoadOptions.new();
    options.set_validate(true);
    assert(loadFails(text, Aict.Error.REFERENCE, options).includes('$.partnerships[0].participants[0].actor'));
});

test('file errors: IO, and messages that name the file', () => {
    const dir = GLib.dir_make_tmp('aict-XXXXXX');
    const missing = GLib.build_filenamev([dir, 'missing.json']);
    const bad = GLib.build_filenamev([dir, 'bad.json']);
    try {
        const e = assertThrowsAict(() => Aict.Dataset.new_from_file(missing), Aict.Error.IO);
        assert(e.message.includes(missing), e.message);
        GLib.file_set_contents(bad, '{\n  "format": "aict/1",\n  "titre": "x"\n}\n');
        const e2 = assertThrowsAict(() => Aict.Dataset.new_from_file(bad), Aict.Error.SCHEMA);
        assert(e2.message.startsWith(`${bad}:3:3: `), e2.message);
        assertThrowsAict(() => Aict.Dataset.new().save_to_file(GLib.build_filenamev([dir, 'no', 'x.json'])),
            Aict.Error.IO);
    } finally {
        GLib.unlink(bad);
        GLib.rmdir(dir);
    }
});

test('GLib.Bytes and stream errors', () => {
    const encoder = new TextEncoder();
    assertThrowsAict(() => Aict.Dataset.new_from_bytes_full(new GLib.Bytes(encoder.encode('{"format": ')), null),
        Aict.Error.PARSE);
    const stream = Gio.MemoryInputStream.new_from_bytes(new GLib.Bytes(encoder.encode('{"format": 1}')));
    assertThrowsAict(() => Aict.Dataset.new_from_stream(stream), Aict.Error.SCHEMA);
});

test('duplicate id', () => {
    const ds = Aict.Dataset.new();
    ds.add(new Aict.Actor({id: 'x', name: 'Conseil départemental', kind: Aict.ActorKind.DEPARTEMENT}));
    try {
        ds.add(new Aict.Actor({id: 'x', name: 'Autre', kind: Aict.ActorKind.REGION}));
        throw new Error('a duplicate id was accepted');
    } catch (e) {
        assert(e instanceof GLib.Error, String(e));
        assert(e.matches(Aict.Error, Aict.Error.DUPLICATE_ID));
        assert(!e.matches(Aict.Error, Aict.Error.NOT_FOUND));
    }
    assertEqual(ds.lookup_actor('x').name, 'Conseil départemental');
    const meeting = new Aict.Meeting({id: 'm', title: 'T', date: Aict.PartialDate.parse('2016')});
    meeting.add_outcome(new Aict.Outcome({id: 'o', kind: Aict.OutcomeKind.DECISION, text: 'a'}));
    assertThrowsAict(() => meeting.add_outcome(new Aict.Outcome({id: 'o', kind: Aict.OutcomeKind.DECISION, text: 'b'})),
        Aict.Error.DUPLICATE_ID);
});

test('amount errors', () => {
    const eur = Aict.Amount.new(100, 'EUR');
    assertThrowsAict(() => eur.add(Aict.Amount.new(100, 'XOF')), Aict.Error.CURRENCY);
    assertThrowsAict(() => Aict.Amount.new(Aict.AMOUNT_MAX, 'EUR').add(eur), Aict.Error.OVERFLOW);
    assertThrowsAict(() => Aict.Amount.new_range(1, 2, 'EUR').percent_change(eur), Aict.Error.INVALID_ARGUMENT);
    assertThrowsAict(() => Aict.Amount.new(0, 'EUR').percent_change(eur), Aict.Error.INVALID_ARGUMENT);
});

test('partial date errors', () => {
    for (const text of ['2016-13', '2016-02-30', '16', '2016-9', '', '0999'])
        assertThrowsAict(() => Aict.PartialDate.parse(text), Aict.Error.SCHEMA, text);
});

if (failures.length > 0)
    throw new Error(`${failures.length} test(s) failed: ${failures.join(', ')}`);
