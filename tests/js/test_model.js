// SPDX-License-Identifier: LGPL-2.1-or-later
// Entities, records, amounts and partial dates, from GJS (gjs -m).
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

const SOURCE_ROOT = GLib.getenv('AICT_SOURCE_ROOT') ??
    GLib.build_filenamev([GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]), '..', '..']);
const DATASET = GLib.build_filenamev([SOURCE_ROOT, 'data', 'meeting-2016.json']);

function readJson() {
    const [, contents] = GLib.file_get_contents(DATASET);
    return JSON.parse(new TextDecoder().decode(contents));
}

const dataset = Aict.Dataset.new_from_file(DATASET);
const json = readJson();

test('construction with properties', () => {
    const actor = new Aict.Actor({
        id: 'x', name: 'Conseil départemental', kind: Aict.ActorKind.DEPARTEMENT,
        country: 'FR', short_name: 'CD',
    });
    assertEqual(actor.id, 'x');
    assertEqual(actor.get_id(), 'x');
    assertEqual(actor.name, 'Conseil départemental');
    assertEqual(actor.kind, Aict.ActorKind.DEPARTEMENT);
    assertEqual(actor.country, 'FR');
    assertEqual(actor.short_name, 'CD');
    assertEqual(actor.shortName, 'CD');
    assertEqual(actor.subdivision, null);
    assertEqual(actor.notes, null);
    const viaNew = Aict.Actor.new('x', 'Conseil départemental', Aict.ActorKind.DEPARTEMENT);
    assertEqual(viaNew.name, actor.name);
});

test('every entity type', () => {
    const date = Aict.PartialDate.parse('2016-09-20');
    const source = new Aict.Source({id: 's', title: 'Compte-rendu', date});
    const person = new Aict.Person({id: 'p', name: 'Valérie COUSTILLAS', given_name: 'Valérie'});
    const partnership = new Aict.Partnership({
        id: 'pa', title: 'Coopération', status: Aict.PartnershipStatus.ACTIVE,
        countries: ['MA', 'SN'], themes: ['youth'],
    });
    const budget = new Aict.Budget({
        id: 'b', kind: Aict.BudgetKind.PLANNED, actor_id: 'a',
        amount: Aict.Amount.new_range(3000000, 7000000, 'EUR'), staff_fte: 340,
    });
    const meeting = new Aict.Meeting({id: 'm', title: 'Rencontre', date, start_time: '10:30'});
    const item = new Aict.AgendaItem({id: 'm-A', label: 'A', title: 'Accueil'});
    const contribution = new Aict.Contribution({id: 'c', person_id: 'p', summary: 'Résumé'});
    const outcome = new Aict.Outcome({
        id: 'o', kind: Aict.OutcomeKind.ACTION, text: 'Faire', owner_id: 'a',
        due: Aict.PartialDate.parse('2016-12'),
    });
    for (const e of [source, person, partnership, budget, meeting, item, contribution, outcome])
        assert(e instanceof Aict.Entity);
    assertEqual(source.date.to_string(), '2016-09-20');
    assertEqual(person.given_name, 'Valérie');
    assertArrayEqual(partnership.countries, ['MA', 'SN']);
    assertArrayEqual(partnership.get_countries(), ['MA', 'SN']);
    assert(partnership.has_country('SN') && !partnership.has_country('FR'));
    assert(partnership.has_theme('youth'));
    assertEqual(budget.amount.get_max(), 7000000);
    assertEqual(budget.staff_fte, 340);
    assertEqual(meeting.start_time, '10:30');
    assertEqual(outcome.due.get_precision(), Aict.DatePrecision.MONTH);
    assertEqual(outcome.status, Aict.OutcomeStatus.OPEN);
    assertEqual(outcome.meeting_id, null);
    assert(meeting.add_agenda_item(item));
    assert(meeting.add_contribution(contribution));
    assert(meeting.add_outcome(outcome));
    assertEqual(outcome.meeting_id, 'm');
    assertEqual(meeting.lookup_outcome('o'), outcome);
    assertEqual(meeting.lookup_agenda_item('m-A'), item);
    assertEqual(meeting.lookup_contribution('c'), contribution);
    const ids = [];
    for (const o of items(meeting.get_outcomes()))
        ids.push(o.id);
    assertArrayEqual(ids, ['o']);
});

test('setters notify only on change', () => {
    const actor = new Aict.Actor({id: 'x', name: 'X', kind: Aict.ActorKind.REGION});
    const seen = [];
    actor.connect('notify::name', (obj, pspec) => seen.push(pspec.name));
    actor.name = 'X';
    assertEqual(seen.length, 0);
    actor.set_name('Y');
    actor.name = 'Y';
    assertArrayEqual(seen, ['name']);
});

test('records', () => {
    const participant = Aict.Participant.new('cd24', Aict.ParticipantRole.LEAD);
    assertEqual(participant.get_actor_id(), 'cd24');
    assertEqual(participant.get_role(), Aict.ParticipantRole.LEAD);
    const funder = Aict.Funder.new_full('cd24', 7000, Aict.Amount.new(6000000, 'EUR'));
    assertEqual(funder.get_share(), 7000);
    assertEqual(funder.get_amount().get_value(), 6000000);
    const place = Aict.Place.new_full('Maison des Suds', null, '33607', 'Pessac', 'FR');
    assertEqual(place.get_locality(), 'Pessac');
    assertEqual(place.get_address(), null);
    const ref = Aict.SourceRef.new_full('s', 'Annexe');
    assert(ref.equal(Aict.SourceRef.new_full('s', 'Annexe')));
    const actor = new Aict.Actor({id: 'x', name: 'X', kind: Aict.ActorKind.REGION});
    actor.add_identifier('siren', '222400012');
    actor.add_source('s', 'Présents');
    actor.add_source_ref(ref);
    assertArrayEqual(actor.dup_identifiers().map(i => `${i.get_scheme()}=${i.get_value()}`), ['siren=222400012']);
    assertArrayEqual(actor.dup_source_refs().map(r => r.get_locator()), ['Présents', 'Annexe']);
});

test('records from the dataset match the file', () => {
    json.partnerships.forEach((data, i) => {
        const p = dataset.get_partnerships().get_item(i);
        assertEqual(p.id, data.id);
        assertArrayEqual(p.dup_participants().map(x => x.get_actor_id()), data.participants.map(x => x.actor));
        assertArrayEqual(p.countries, data.countries ?? []);
        assertEqual(p.start?.to_string() ?? null, data.start ?? null, data.id);
    });
    const meeting = dataset.get_meetings().get_item(0);
    const data = json.meetings[0];
    assertArrayEqual(meeting.dup_attendance().map(a => a.get_person_id()), data.attendance.map(a => a.person));
    if (data.place)
        assertEqual(meeting.place.get_locality(), data.place.locality ?? null);
});

test('add, lookup and remove', () => {
    const ds = Aict.Dataset.new();
    const actors = ds.get_actors();
    const changes = [];
    actors.connect('items-changed', (model, pos, removed, added) => changes.push([pos, removed, added]));
    const actor = new Aict.Actor({id: 'x', name: 'X', kind: Aict.ActorKind.DEPARTEMENT, country: 'FR'});
    assert(ds.add(actor));
    assert(ds.add(new Aict.Person({id: 'p', name: 'P'})));
    assertEqual(actors.get_n_items(), 1);
    assertEqual(ds.get_persons().get_n_items(), 1);
    assertEqual(actors.get_item(0), actor);
    assertEqual(ds.lookup_actor('x'), actor);
    assert(ds.remove('x'));
    assert(!ds.remove('x'));
    assertEqual(actors.get_n_items(), 0);
    assertEqual(ds.lookup('x'), null);
    assertEqual(JSON.stringify(changes), JSON.stringify([[0, 0, 1], [0, 1, 0]]));
});

test('duplicate id', () => {
    const ds = Aict.Dataset.new();
    ds.add(new Aict.Actor({id: 'x', name: 'X', kind: Aict.ActorKind.DEPARTEMENT}));
    const e = assertThrowsAict(() => ds.add(new Aict.Person({id: 'x', name: 'P'})), Aict.Error.DUPLICATE_ID);
    assert(e instanceof GLib.Error);
    assert(e instanceof Aict.Error);
    assertEqual(ds.get_persons().get_n_items(), 0);
});

test('amounts are exact JS numbers', () => {
    for (const data of json.budgets) {
        const amount = dataset.lookup_budget(data.id).amount;
        if (!data.amount) {
            assertEqual(amount, null, data.id);
            continue;
        }
        const scale = 10 ** Aict.currency_get_decimals(data.amount.currency);
        assertEqual(amount.get_currency(), data.amount.currency);
        assertEqual(amount.is_range(), 'min' in data.amount, data.id);
        if (amount.is_range()) {
            assertEqual(amount.get_min(), Math.round(data.amount.min * scale), data.id);
            assertEqual(amount.get_max(), Math.round(data.amount.max * scale), data.id);
        } else {
            assertEqual(amount.get_value(), Math.round(data.amount.value * scale), data.id);
        }
        assertEqual(typeof amount.get_value(), 'number');
        assert(Number.isSafeInteger(amount.get_max()));
    }
});

test('amount arithmetic', () => {
    const a = Aict.Amount.new(20000000, 'EUR');
    const b = Aict.Amount.new(5000000, 'EUR');
    assertEqual(a.to_string(), '200000 EUR');
    assertEqual(a.add(b).get_value(), 25000000);
    assertEqual(a.subtract(b).get_value(), 15000000);
    const bp = a.percent_change(b);
    assertEqual(bp, -7500);
    assert(a.equal(Aict.Amount.new(20000000, 'EUR')));
    const range = Aict.Amount.new_range(3000000, 7000000, 'EUR');
    assertEqual(range.to_string(), '30000–70000 EUR');
    const total = range.add(a);
    assert(total.is_range());
    assertEqual(total.get_min(), 23000000);
    assertEqual(total.get_max(), 27000000);
    const approx = Aict.Amount.new_full(120000000, 120000000, 'EUR', false, true);
    assertEqual(approx.to_string(), '~1200000 EUR');
    assertEqual(Aict.Amount.format_value(123450, 'EUR'), '1234.5');
    assertEqual(Aict.Amount.format_value(-1500, 'TND'), '-1.5');
    assertEqual(Aict.currency_get_decimals('XOF'), 0);
    assertEqual(Aict.currency_get_decimals('TND'), 3);
});

test('largest exact amount is Number.MAX_SAFE_INTEGER', () => {
    assertEqual(Aict.AMOUNT_MAX, Number.MAX_SAFE_INTEGER);
    assertEqual(Aict.Amount.new(Aict.AMOUNT_MAX, 'EUR').get_value(), 2 ** 53 - 1);
    assertEqual(Aict.Amount.new(-Aict.AMOUNT_MAX, 'EUR').get_value(), -(2 ** 53 - 1));
    const ds = Aict.Dataset.new_from_data_full(
        '{"format": "aict/1", "actors": [{"id": "a", "name": "A", "kind": "region"}], ' +
        '"budgets": [{"id": "b", "actor": "a", "kind": "spent", ' +
        '"amount": {"currency": "EUR", "value": 90071992547409.91}}]}', null);
    assertEqual(ds.lookup_budget('b').amount.get_value(), Number.MAX_SAFE_INTEGER);
});

test('partial dates', () => {
    for (const [text, precision, ymd] of [
        ['2016', Aict.DatePrecision.YEAR, [2016, 0, 0]],
        ['2016-09', Aict.DatePrecision.MONTH, [2016, 9, 0]],
        ['2016-09-20', Aict.DatePrecision.DAY, [2016, 9, 20]],
    ]) {
        const d = Aict.PartialDate.parse(text);
        assertEqual(d.get_precision(), precision);
        assertArrayEqual([d.get_year(), d.get_month(), d.get_day()], ymd);
        assertEqual(d.to_string(), text);
        assert(d.equal(Aict.PartialDate.new(...ymd)));
        assertEqual(d.hash(), Aict.PartialDate.new(...ymd).hash());
    }
    const y2016 = Aict.PartialDate.parse('2016');
    const may = Aict.PartialDate.parse('2016-05');
    const jan2017 = Aict.PartialDate.parse('2017-01');
    assert(y2016.is_before(jan2017));
    assert(!jan2017.is_before(y2016));
    assert(!y2016.is_before(may) && !may.is_before(y2016));
    assert(y2016.overlaps(may));
    assertEqual(y2016.compare(may), 0);
    assert(may.compare(jan2017) < 0);
    assert(y2016.sort_compare(may) < 0);
    const sorted = [jan2017, may, y2016].sort((a, b) => a.sort_compare(b)).map(d => d.to_string());
    assertArrayEqual(sorted, ['2016', '2016-05', '2017-01']);
    const feb = Aict.PartialDate.parse('2016-02');
    assertEqual(feb.get_first_day().get_day(), 1);
    assertEqual(feb.get_last_day().get_day(), 29);
    assertEqual(feb.compare_date(GLib.Date.new_dmy(15, GLib.DateMonth.FEBRUARY, 2016)), 0);
});

test('enums', () => {
    assertEqual(typeof Aict.ActorKind.DEPARTEMENT, 'number');
    assertEqual(Aict.partnership_status_get_label(Aict.PartnershipStatus.SLOWED, 'en'), 'slowed');
    assertEqual(dataset.lookup_actor(json.actors[0].id).kind,
        Aict.ActorKind[json.actors[0].kind.toUpperCase().replace(/-/g, '_')]);
});

test('list models hold the right item type', () => {
    assert(dataset.get_meetings().get_item(0).get_agenda() instanceof Gio.ListModel);
    assert(!(dataset.get_meetings().get_item(0).get_agenda() instanceof Gio.ListStore));
    assertEqual(dataset.get_meetings().get_item(0).get_outcomes().get_item_type(), Aict.Outcome.$gtype);
});

test('to_json gives the JSON view, JSON.parse reads it', () => {
    for (const partnership of items(dataset.get_partnerships())) {
        const view = JSON.parse(partnership.to_json(Aict.EntityJsonFlags.NONE));
        assertEqual(view.id, partnership.get_id());
        assert(Array.isArray(view.participants) && view.participants.length > 0);
        const summary = JSON.parse(partnership.to_json(Aict.EntityJsonFlags.SUMMARY));
        assert(!('components' in summary) && !('notes' in summary), 'summary has no components or notes');
        assert(!('notes' in summary.participants[0]), 'summary participants have no notes');
        assertArrayEqual(partnership.list_references(Aict.EntityJsonFlags.NONE),
            [...new Set([...view.participants.map(p => p.actor), ...view.sources.map(s => s.source)])]);
    }
    const actor = Aict.Actor.new('a', 'A', Aict.ActorKind.REGION);
    actor.set_notes('\u001f\u0007"é\u2028');
    assertEqual(JSON.parse(actor.to_json(Aict.EntityJsonFlags.NONE)).notes, '\u001f\u0007"é\u2028');
    const budget = dataset.get_budgets().get_item(0);
    const amount = JSON.parse(budget.to_json(Aict.EntityJsonFlags.NONE)).amount;
    assertEqual(typeof amount.min, 'string', 'exact numbers are strings');
});

if (failures.length > 0)
    throw new Error(`${failures.length} test(s) failed: ${failures.join(', ')}`);
