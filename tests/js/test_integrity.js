// SPDX-License-Identifier: LGPL-2.1-or-later
// The core contract from GJS (gjs -m): collections are live read-only
// views, records are read through accessors, and every change through the
// API keeps lookups, queries and saving right (doc/integrity.md).
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
function assertThrows(fn, msg) {
    let threw = false;
    try {
        fn();
    } catch (e) {
        threw = true;
    }
    assert(threw, `${msg}: did not throw`);
}

// GJS 1.74 iterates only Gio.ListStore with for…of: walk views by index.
function* items(model) {
    for (let i = 0; i < model.get_n_items(); i++)
        yield model.get_item(i);
}
const ids = model => [...items(model)].map(e => e.get_id());

const SOURCE_ROOT = GLib.getenv('AICT_SOURCE_ROOT') ??
    GLib.build_filenamev([GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]), '..', '..']);
const DATASET = GLib.build_filenamev([SOURCE_ROOT, 'data', 'meeting-2016.json']);
const COLLECTIONS = ['sources', 'actors', 'persons', 'partnerships', 'budgets', 'meetings'];
const MUTATORS = ['append', 'insert', 'insert_sorted', 'remove', 'remove_all', 'splice', 'sort'];

function partnershipsOf(dataset, actorId) {
    const f = Aict.Filter.new();
    f.set_actor(actorId);
    return ids(dataset.filter_partnerships(f));
}

test('collections are read-only list models', () => {
    const dataset = Aict.Dataset.new_from_file(DATASET);
    const meeting = dataset.get_meetings().get_item(0);
    const models = [
        ...COLLECTIONS.map(name => [name, dataset[`get_${name}`]()]),
        ...['agenda', 'contributions', 'outcomes'].map(name => [name, meeting[`get_${name}`]()]),
    ];
    for (const [name, model] of models) {
        assert(model instanceof Gio.ListModel, `${name} is a Gio.ListModel`);
        assert(!(model instanceof Gio.ListStore), `${name} is not a Gio.ListStore`);
        for (const method of MUTATORS)
            assertEqual(typeof model[method], 'undefined', `${name}.${method}`);
    }
});

test('append, remove_all and splice are impossible', () => {
    const dataset = Aict.Dataset.new_from_file(DATASET);
    const actors = dataset.get_actors();
    const n = actors.get_n_items();
    const intruder = new Aict.Actor({id: 'intruder', name: 'I', kind: Aict.ActorKind.OTHER});
    assertThrows(() => actors.append(intruder), 'append');
    assertThrows(() => actors.remove_all(), 'remove_all');
    assertThrows(() => actors.splice(0, 1, []), 'splice');
    assertThrows(() => Gio.ListStore.prototype.append.call(actors, intruder), 'ListStore.append');
    assertThrows(() => Gio.ListStore.prototype.remove_all.call(actors), 'ListStore.remove_all');
    assertEqual(actors.get_n_items(), n);
    assertEqual(dataset.lookup('intruder'), null);
});

test('the agenda cannot be emptied behind the meeting', () => {
    const dataset = Aict.Dataset.new_from_file(DATASET);
    const meeting = dataset.get_meetings().get_item(0);
    const agenda = meeting.get_agenda();
    const n = agenda.get_n_items();
    const firstId = agenda.get_item(0).get_id();
    assertThrows(() => agenda.remove_all(), 'remove_all');
    assertThrows(() => Gio.ListStore.prototype.remove_all.call(agenda), 'ListStore.remove_all');
    const item = meeting.lookup_agenda_item(firstId);
    assert(item !== null, 'the item is still there');
    assertEqual(item.get_id(), firstId);
    assertEqual(dataset.lookup(firstId), item);
    assertEqual(meeting.get_agenda().get_n_items(), n);
});

test('views are live', () => {
    const dataset = Aict.Dataset.new();
    const actors = dataset.get_actors();
    const changes = [];
    actors.connect('items-changed', (model, pos, removed, added) => changes.push([pos, removed, added]));
    dataset.add(new Aict.Actor({id: 'a', name: 'A', kind: Aict.ActorKind.OTHER}));
    dataset.add(new Aict.Actor({id: 'b', name: 'B', kind: Aict.ActorKind.OTHER}));
    assertEqual(actors.n_items, 2);
    assert(dataset.remove('a'));
    assertEqual(JSON.stringify(changes), JSON.stringify([[0, 0, 1], [1, 0, 1], [0, 1, 0]]));
    assertArrayEqual(ids(actors), ['b']);
});

test('records are read through accessors and copied by dup', () => {
    const dataset = Aict.Dataset.new_from_file(DATASET);
    const p = dataset.lookup_partnership('p-cd24-larache');
    const n = p.get_n_participants();
    assert(n > 0);
    const copies = p.dup_participants();
    assertEqual(copies.length, n);
    copies.push(Aict.Participant.new('x', Aict.ParticipantRole.PARTNER));
    assertEqual(p.get_n_participants(), n);
    for (let i = 0; i < n; i++)
        assertEqual(p.get_participant(i).get_actor_id(), copies[i].get_actor_id());
    assertEqual(typeof p.get_participants, 'undefined', 'the old getter is gone');
    assertEqual(typeof p.get_source_refs, 'undefined', 'the old getter is gone');
});

test('a participant added through the API is found by a query', () => {
    const dataset = Aict.Dataset.new_from_file(DATASET);
    dataset.add(new Aict.Actor({id: 'newcomer', name: 'N', kind: Aict.ActorKind.COMMUNE, country: 'FR'}));
    assertArrayEqual(partnershipsOf(dataset, 'newcomer'), []);
    dataset.lookup_partnership('p-cd24-larache').add_participant(
        Aict.Participant.new('newcomer', Aict.ParticipantRole.PARTNER));
    assertArrayEqual(partnershipsOf(dataset, 'newcomer'), ['p-cd24-larache']);
});

test('nothing is lost on a round trip', () => {
    const dataset = Aict.Dataset.new_from_file(DATASET);
    const meeting = dataset.get_meetings().get_item(0);
    dataset.add(new Aict.Actor({id: 'newcomer', name: 'N', kind: Aict.ActorKind.COMMUNE, country: 'FR'}));
    dataset.lookup_partnership('p-cd24-larache').add_participant(
        Aict.Participant.new('newcomer', Aict.ParticipantRole.PARTNER));
    assert(meeting.add_agenda_item(Aict.AgendaItem.new(`${meeting.get_id()}-Z`, 'Divers')));
    const bytes = dataset.to_bytes();
    const again = Aict.Dataset.new_from_bytes(bytes);
    assert(again.to_bytes().equal(bytes), 'the same bytes');
    assert(again.lookup_actor('newcomer') !== null);
    assert(again.lookup(`${meeting.get_id()}-Z`) !== null);
    assertArrayEqual(partnershipsOf(again, 'newcomer'), ['p-cd24-larache']);
    for (const name of COLLECTIONS)
        assertEqual(again[`get_${name}`]().get_n_items(), dataset[`get_${name}`]().get_n_items(), name);
});

test('a duplicate add is refused', () => {
    const dataset = Aict.Dataset.new_from_file(DATASET);
    const n = dataset.get_actors().get_n_items();
    const twin = new Aict.Actor({id: 'cd24', name: 'Twin', kind: Aict.ActorKind.OTHER});
    let error = null;
    try {
        dataset.add(twin);
    } catch (e) {
        error = e;
    }
    assert(error !== null && error.matches(Aict.Error, Aict.Error.DUPLICATE_ID), `${error}`);
    assertEqual(dataset.get_actors().get_n_items(), n);
    assert(dataset.lookup('cd24') !== twin);
    const codes = [...items(dataset.validate().get_issues())].map(i => i.get_code());
    assert(!codes.includes('duplicate-id'), 'no duplicate to report');
});

test('changed is emitted for each change', () => {
    const dataset = Aict.Dataset.new_from_file(DATASET);
    const seen = [];
    dataset.connect('changed', (ds, entity) => seen.push(entity.get_id()));
    const actor = new Aict.Actor({id: 'newcomer', name: 'N', kind: Aict.ActorKind.OTHER});
    dataset.add(actor);
    actor.set_name('Newcomer');
    dataset.lookup_partnership('p-cd24-larache').add_participant(
        Aict.Participant.new('newcomer', Aict.ParticipantRole.PARTNER));
    assert(dataset.remove('newcomer'));
    actor.set_name('Gone');
    assertArrayEqual(seen, ['newcomer', 'newcomer', 'p-cd24-larache', 'newcomer']);
});

if (failures.length > 0)
    throw new Error(`${failures.length} test(s) failed: ${failures.join(', ')}`);
