// SPDX-License-Identifier: LGPL-2.1-or-later
// Loading, collections, validation and saving, from GJS (gjs -m).
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
function assertArrayEqual(actual, expected, msg = '') {
    assertEqual(JSON.stringify(Array.from(actual)), JSON.stringify(Array.from(expected)), msg);
}

// The collections are read-only Gio.ListModels; GJS 1.74 iterates only
// Gio.ListStore with for…of (later GJS any Gio.ListModel), so walk them
// by index.
function* items(model) {
    for (let i = 0; i < model.get_n_items(); i++)
        yield model.get_item(i);
}

const SOURCE_ROOT = GLib.getenv('AICT_SOURCE_ROOT') ??
    GLib.build_filenamev([GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]), '..', '..']);
const DATASET = GLib.build_filenamev([SOURCE_ROOT, 'data', 'meeting-2016.json']);
const COLLECTIONS = ['sources', 'actors', 'persons', 'partnerships', 'budgets', 'meetings'];

function readJson() {
    const [, contents] = GLib.file_get_contents(DATASET);
    return JSON.parse(new TextDecoder().decode(contents));
}

const dataset = Aict.Dataset.new_from_file(DATASET);
const json = readJson();

test('counts match the file', () => {
    for (const name of COLLECTIONS) {
        const model = dataset[`get_${name}`]();
        assert(model instanceof Gio.ListModel, `${name} is a GListModel`);
        assertEqual(model.get_n_items(), (json[name] ?? []).length, name);
        assertEqual(model.n_items, model.get_n_items(), name);
    }
    assert(dataset.get_actors().get_n_items() > 0);
    assertEqual(dataset.title, json.title);
    assertEqual(dataset.get_language(), json.language ?? null);
});

test('collections are read-only list models, in file order', () => {
    for (const name of ['actors', 'partnerships', 'meetings']) {
        const model = dataset[`get_${name}`]();
        assert(model instanceof Gio.ListModel, `${name} is a Gio.ListModel`);
        assert(!(model instanceof Gio.ListStore), `${name} is not a Gio.ListStore`);
        const ids = [];
        for (const entity of items(model))
            ids.push(entity.id);
        assertArrayEqual(ids, json[name].map(o => o.id), name);
        assertArrayEqual([...items(model)].map(e => e.get_id()), ids, name);
    }
    for (const a of items(dataset.get_actors()))
        assert(a instanceof Aict.Actor && a instanceof Aict.Entity);
});

test('index and negative index', () => {
    const at = (model, i) => model.get_item(i < 0 ? model.get_n_items() + i : i);
    for (const name of ['actors', 'partnerships', 'meetings']) {
        const model = dataset[`get_${name}`]();
        const n = model.get_n_items();
        assertEqual(at(model, 0).id, json[name][0].id, name);
        assertEqual(at(model, -1).id, json[name][n - 1].id, name);
        assertEqual(at(model, -n).id, json[name][0].id, name);
        assertEqual(model.get_item(n), null, `${name} past the end`);
    }
});

test('item types', () => {
    const types = {
        sources: Aict.Source, actors: Aict.Actor, persons: Aict.Person,
        partnerships: Aict.Partnership, budgets: Aict.Budget, meetings: Aict.Meeting,
    };
    for (const [name, type] of Object.entries(types)) {
        const model = dataset[`get_${name}`]();
        assertEqual(model.get_item_type(), type.$gtype, name);
        for (const entity of items(model))
            assert(entity instanceof type, name);
    }
});

test('lookup', () => {
    const first = json.actors[0];
    const actor = dataset.lookup_actor(first.id);
    assert(actor instanceof Aict.Actor);
    assertEqual(actor.name, first.name);
    assertEqual(dataset.lookup(first.id), actor);
    assertEqual(dataset.lookup_actor(json.partnerships[0].id), null, 'wrong kind');
    assertEqual(dataset.lookup('no-such-id'), null);
    const outcome = json.meetings[0].outcomes[0];
    assertEqual(dataset.lookup_outcome(outcome.id).text, outcome.text);
    assertEqual(dataset.lookup_outcome(outcome.id).get_meeting_id(), json.meetings[0].id);
});

test('meeting collections', () => {
    const meeting = dataset.get_meetings().get_item(0);
    const data = json.meetings[0];
    assertEqual(meeting.get_agenda().get_n_items(), (data.agenda ?? []).length);
    assertEqual(meeting.get_contributions().get_n_items(), (data.contributions ?? []).length);
    assertEqual(meeting.dup_attendance().length, (data.attendance ?? []).length);
    const ids = [];
    for (const o of items(meeting.get_outcomes()))
        ids.push(o.id);
    assertArrayEqual(ids, data.outcomes.map(o => o.id));
    assertArrayEqual(meeting.organisers, data.organisers ?? []);
});

test('validation report', () => {
    const report = dataset.validate();
    assert(report instanceof Gio.ListModel);
    assertEqual(report.get_n_items(), report.get_issues().get_n_items());
    let errors = 0, warnings = 0;
    // The report is a GListModel of its own; in GJS iterate get_issues(),
    // which is a Gio.ListStore.
    for (const issue of report.get_issues()) {
        assert(/^[a-z]+(-[a-z]+)*$/.test(issue.code), issue.code);
        assert(issue.path.startsWith('$.'), issue.path);
        assert(issue.message.length > 0);
        if (issue.severity === Aict.Severity.ERROR)
            errors++;
        else if (issue.severity === Aict.Severity.WARNING)
            warnings++;
        if (issue.object_id !== null)
            assert(dataset.lookup(issue.object_id) !== null, issue.object_id);
        const found = report.find(issue.code, issue.path);
        assertEqual(found.code, issue.code);
        if (issue.code === 'status-ended-without-end') {
            const p = dataset.lookup_partnership(issue.object_id);
            assert([Aict.PartnershipStatus.ENDED, Aict.PartnershipStatus.ABANDONED].includes(p.status));
            assertEqual(p.end, null);
        }
    }
    assertEqual(report.n_errors, errors);
    assertEqual(report.get_n_warnings(), warnings);
    assertEqual(report.is_valid(), errors === 0);
    assert(report.is_valid(), 'the bundled dataset is valid');
    const n = report.get_n_items();
    if (n > 0) {
        assertEqual(report.get_item(0).code, report.get_issues().get_item(0).code);
        assertEqual(report.get_item(n - 1).path, report.get_issues().get_item(n - 1).path);
    }
});

test('report on a built dataset', () => {
    const ds = Aict.Dataset.new();
    ds.add(new Aict.Actor({id: 'fr', name: 'Département', kind: Aict.ActorKind.DEPARTEMENT, country: 'FR'}));
    ds.add(new Aict.Actor({id: 'ma', name: 'Province', kind: Aict.ActorKind.FOREIGN_AUTHORITY, country: 'MA'}));
    const ended = new Aict.Partnership({id: 'p1', title: 'Ended', status: Aict.PartnershipStatus.ENDED});
    ended.add_participant(Aict.Participant.new('fr', Aict.ParticipantRole.LEAD));
    ended.add_participant(Aict.Participant.new('ma', Aict.ParticipantRole.PARTNER));
    ds.add(ended);
    const dangling = new Aict.Partnership({id: 'p2', title: 'Dangling', status: Aict.PartnershipStatus.ACTIVE});
    dangling.add_participant(Aict.Participant.new('fr', Aict.ParticipantRole.LEAD));
    dangling.add_participant(Aict.Participant.new('nowhere', Aict.ParticipantRole.PARTNER));
    ds.add(dangling);

    const report = ds.validate();
    assert(!report.is_valid());
    const issue = report.find('status-ended-without-end', null);
    assertEqual(issue.path, '$.partnerships[0].status');
    assertEqual(issue.object_id, 'p1');
    assertEqual(issue.severity, Aict.Severity.WARNING);
    const unresolved = report.find('reference-unresolved', null);
    assertEqual(unresolved.path, '$.partnerships[1].participants[1].actor');
    assertEqual(unresolved.severity, Aict.Severity.ERROR);
    assertEqual(report.find('no-such-code', null), null);
});

test('validate_at', () => {
    const ds = Aict.Dataset.new();
    ds.add(new Aict.Actor({id: 'fr', name: 'D', kind: Aict.ActorKind.DEPARTEMENT, country: 'FR'}));
    ds.add(new Aict.Actor({id: 'ma', name: 'P', kind: Aict.ActorKind.FOREIGN_AUTHORITY, country: 'MA'}));
    const p = new Aict.Partnership({
        id: 'p', title: 'Active', status: Aict.PartnershipStatus.ACTIVE,
        end: Aict.PartialDate.parse('2018'),
    });
    p.add_participant(Aict.Participant.new('fr', Aict.ParticipantRole.LEAD));
    p.add_participant(Aict.Participant.new('ma', Aict.ParticipantRole.PARTNER));
    ds.add(p);
    const before = ds.validate_at(GLib.Date.new_dmy(1, GLib.DateMonth.JUNE, 2018));
    const after = ds.validate_at(GLib.Date.new_dmy(1, GLib.DateMonth.JANUARY, 2019));
    assertEqual(before.find('status-active-past-end', null), null);
    assert(after.find('status-active-past-end', null) !== null);
});

const bytes = dataset.to_bytes();

test('to_bytes is a GLib.Bytes', () => {
    assert(bytes instanceof GLib.Bytes);
    const data = bytes.toArray();
    assert(data instanceof Uint8Array);
    assertEqual(data.length, bytes.get_size());
    assertEqual(data[data.length - 1], 0x0a, 'ends with a newline');
    assertEqual(JSON.parse(new TextDecoder().decode(data)).format, 'aict/1');
});

test('bytes round trip is identical', () => {
    const again = Aict.Dataset.new_from_bytes(bytes);
    assert(again.to_bytes().equal(bytes));
    const copy = Aict.Dataset.new_from_bytes_full(new GLib.Bytes(bytes.toArray()), null);
    assertEqual(copy.to_bytes().compare(bytes), 0);
});

test('new_from_data takes a Uint8Array or a string', () => {
    const fromArray = Aict.Dataset.new_from_data_full(bytes.toArray(), null);
    assert(fromArray.to_bytes().equal(bytes));
    const text = new TextDecoder().decode(bytes.toArray());
    const fromString = Aict.Dataset.new_from_data_full(text, null);
    assert(fromString.to_bytes().equal(bytes));
});

test('stream', () => {
    const stream = Gio.MemoryInputStream.new_from_bytes(bytes);
    const fromStream = Aict.Dataset.new_from_stream(stream);
    assert(fromStream.to_bytes().equal(bytes));
});

test('to_data is C only: bindings use to_bytes', () => {
    assertEqual(typeof dataset.to_data, 'undefined');
});

test('save to a temporary file and reload', () => {
    const dir = GLib.dir_make_tmp('aict-XXXXXX');
    const path = GLib.build_filenamev([dir, 'saved.json']);
    try {
        assert(dataset.save_to_file(path));
        const [, contents] = GLib.file_get_contents(path);
        assert(new GLib.Bytes(contents).equal(bytes), 'the file holds to_bytes()');
        const reloaded = Aict.Dataset.new_from_file(path);
        assert(reloaded.to_bytes().equal(bytes));
        for (const name of COLLECTIONS)
            assertEqual(reloaded[`get_${name}`]().get_n_items(), dataset[`get_${name}`]().get_n_items(), name);
    } finally {
        GLib.unlink(path);
        GLib.rmdir(dir);
    }
});

test('load options', () => {
    const options = Aict.LoadOptions.new();
    assertEqual(options.get_validate(), false);
    options.set_max_file_size(64 * 1024 * 1024);
    assertEqual(options.get_max_file_size(), 64 * 1024 * 1024);
    assert(Aict.Dataset.new_from_bytes_full(bytes, options).to_bytes().equal(bytes));
});

if (failures.length > 0)
    throw new Error(`${failures.length} test(s) failed: ${failures.join(', ')}`);
