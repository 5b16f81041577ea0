// SPDX-License-Identifier: LGPL-2.1-or-later
// Queries and analyses (Aict.Filter, filters, budget totals, counts,
// overlaps, pooling candidates, actor profiles), from GJS (gjs -m).
//
// Expected values are read from data/meeting-2016.json (the ids are written
// out here, and checked against the file where the file says it directly).
// The same facts are asserted in Python (tests/python/test_query.py).
import Aict from 'gi://Aict?version=1';
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import System from 'system';

// -- a small harness: every test runs, failures are printed, exit 1 if any.
let failures = 0;
let nTests = 0;
let nAssertions = 0;
function test(name, fn) {
    nTests++;
    try {
        fn();
        print(`ok - ${name}`);
    } catch (e) {
        failures++;
        printerr(`not ok - ${name}: ${e.message}\n${e.stack ?? ''}`);
    }
}
function assert(cond, msg = 'assertion failed') {
    nAssertions++;
    if (!cond)
        throw new Error(msg);
}
function assertEqual(actual, expected, msg = '') {
    nAssertions++;
    if (actual !== expected)
        throw new Error(`${msg} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
// Deep equality through JSON: arrays of ids, rows of values.
function assertSame(actual, expected, msg = '') {
    nAssertions++;
    const a = JSON.stringify(actual), e = JSON.stringify(expected);
    if (a !== e)
        throw new Error(`${msg}\n  expected ${e}\n  got      ${a}`);
}
function assertThrowsAict(fn, code, msg = '') {
    nAssertions++;
    try {
        fn();
    } catch (e) {
        if (!(e instanceof GLib.Error))
            throw new Error(`${msg} not a GLib.Error: ${e}`);
        assert(e.matches(Aict.Error, code), `${msg} expected code ${code}, got ${e.code}: ${e.message}`);
        assertEqual(e.domain, Aict.error_quark(), `${msg} domain`);
        assertEqual(e.code, code, `${msg} code`);
        assert(e.message.length > 0, `${msg} message`);
        return e;
    }
    throw new Error(`${msg} no error thrown`);
}

const SOURCE_ROOT = GLib.getenv('AICT_SOURCE_ROOT') ??
    GLib.build_filenamev([GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]), '..', '..']);
const SEED = GLib.build_filenamev([SOURCE_ROOT, 'data', 'meeting-2016.json']);

const E = Aict.Error;
const G = Aict.BudgetGrouping;
const K = Aict.OverlapKind;
const PS = Aict.PartnershipStatus;
const R = Aict.ParticipantRole;
const BK = Aict.BudgetKind;
const AK = Aict.ActorKind;
const OK = Aict.OutcomeKind;
const OS = Aict.OutcomeStatus;
const CB = Aict.CountBy;

// -- helpers
function readJson() {
    const [, contents] = GLib.file_get_contents(SEED);
    return JSON.parse(new TextDecoder().decode(contents));
}
const loadSeed = () => Aict.Dataset.new_from_file(SEED);
const loadDoc = doc => Aict.Dataset.new_from_data_full(JSON.stringify(doc), null);

function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}
const ids = model => items(model).map(x => x.get_id());
const date = text => Aict.PartialDate.parse(text);

function makeFilter(c = {}) {
    const f = Aict.Filter.new();
    for (const x of c.countries ?? [])
        f.add_country(x);
    for (const x of c.themes ?? [])
        f.add_theme(x);
    for (const x of c.statuses ?? [])
        f.add_status(x);
    for (const x of c.roles ?? [])
        f.add_role(x);
    for (const x of c.actorKinds ?? [])
        f.add_actor_kind(x);
    for (const x of c.budgetKinds ?? [])
        f.add_budget_kind(x);
    for (const x of c.outcomeKinds ?? [])
        f.add_outcome_kind(x);
    for (const x of c.outcomeStatuses ?? [])
        f.add_outcome_status(x);
    if (c.actor !== undefined)
        f.set_actor(c.actor);
    if (c.owner !== undefined)
        f.set_owner(c.owner);
    if (c.meeting !== undefined)
        f.set_meeting(c.meeting);
    if (c.period !== undefined)
        f.set_period(...c.period.map(d => d === null ? null : date(d)));
    if (c.overdueAt !== undefined)
        f.set_overdue_at(date(c.overdueAt));
    if (c.text !== undefined)
        f.set_text(c.text);
    return f;
}

function checkModel(model, type) {
    assert(model instanceof Gio.ListModel, 'a Gio.ListModel');
    assertEqual(model.get_item_type(), type.$gtype, 'item type');
    return model;
}

let ds = null;
let seedJson = null;
try {
    ds = loadSeed();
    seedJson = readJson();
} catch (e) {
    printerr(`not ok - cannot load ${SEED}: ${e.message}`);
    System.exit(1);
}

const partnerships = c => ids(checkModel(ds.filter_partnerships(makeFilter(c)), Aict.Partnership));
const actors = c => ids(checkModel(ds.filter_actors(makeFilter(c)), Aict.Actor));
const persons = c => ids(checkModel(ds.filter_persons(makeFilter(c)), Aict.Person));
const meetings = c => ids(checkModel(ds.filter_meetings(makeFilter(c)), Aict.Meeting));
const outcomes = c => ids(checkModel(ds.filter_outcomes(makeFilter(c)), Aict.Outcome));
const budgets = c => ids(checkModel(ds.filter_budgets(makeFilter(c)), Aict.Budget));

// -- 1. partnerships

test('partnerships: an empty filter matches everything, in dataset order', () => {
    const f = Aict.Filter.new();
    assertEqual(f.is_empty(), true, 'is_empty');
    const expected = seedJson.partnerships.map(p => p.id);
    assertEqual(expected.length, 21, 'partnerships in the file');
    assertSame(ids(ds.filter_partnerships(f)), expected, 'empty filter');
    assertSame(ids(ds.filter_partnerships(null)), expected, 'null filter');
    assertEqual(ds.filter_partnerships(f).get_n_items(), ds.get_partnerships().get_n_items(), 'count');
    assertEqual(ds.filter_partnerships(f).get_item(0), ds.lookup_partnership(expected[0]), 'same object');
});

test('partnerships: country', () => {
    assertSame(partnerships({countries: ['MA']}), ['p-cd24-larache'], 'MA');
    assertSame(partnerships({countries: ['SN']}), ['p-cd33-senegal', 'p-ados-senegal'], 'SN');
    assertSame(partnerships({countries: ['FR']}), [], 'FR');
    // one of the Gulf States of p-cd17-canada-golfe
    assertSame(partnerships({countries: ['QA']}), ['p-cd17-canada-golfe'], 'QA');
});

test('partnerships: countries are alternatives', () => {
    assertSame(partnerships({countries: ['SN', 'MA']}),
        ['p-cd24-larache', 'p-cd33-senegal', 'p-ados-senegal'], 'SN|MA');
    assertSame(partnerships({countries: ['MA', 'GN', 'MA']}), ['p-cd24-larache', 'p-cd17-guinee'], 'MA|GN');
});

test('partnerships: theme (its own and its components\')', () => {
    assertSame(partnerships({themes: ['water']}), ['p-cd17-guinee'], 'water');
    assertSame(partnerships({themes: ['heritage']}), ['p-cd24-ouzbekistan', 'p-cd24-cantabria'], 'heritage');
    // volet 4 of Guinée is vocational-training
    assertSame(partnerships({themes: ['vocational-training']}),
        ['p-cd24-ouzbekistan', 'p-cd17-guinee', 'p-cd33-burkina'], 'vocational-training');
    assertSame(partnerships({themes: ['youth']}),
        ['p-cd24-araucania', 'p-cd24-larache', 'p-cd17-guinee', 'p-cd17-horizon-chine',
            'p-cd33-serbie', 'p-cd33-cork'], 'youth');
    assertSame(partnerships({themes: ['water', 'fisheries']}), ['p-cd17-guinee', 'p-cd33-senegal'], 'water|fisheries');
    assertSame(partnerships({themes: ['climate']}), [], 'climate');
});

test('partnerships: statuses are alternatives', () => {
    assertSame(partnerships({statuses: [PS.ENDED, PS.ABANDONED]}),
        ['p-cd24-ouzbekistan', 'p-cd64-misiones', 'p-cd33-turquie', 'p-cd33-pologne', 'p-cd33-algerie'],
        'ended|abandoned');
    assertSame(partnerships({statuses: [PS.SLOWED]}), ['p-cd24-araucania'], 'slowed');
    assertSame(partnerships({statuses: [PS.PLANNED, PS.DORMANT]}),
        ['p-cd24-kurdistan', 'p-cd17-canada-golfe', 'p-cd64-californie', 'p-cd33-senegal'],
        'planned|dormant');
    const active = partnerships({statuses: [PS.ACTIVE]});
    assertEqual(active.length, 10, 'active');
    assertSame(active, seedJson.partnerships.filter(p => p.status === 'active').map(p => p.id), 'active ids');
});

test('partnerships: actor and roles', () => {
    const cd24 = ['p-cd24-araucania', 'p-cd24-larache', 'p-cd24-ouzbekistan', 'p-cd24-kurdistan',
        'p-cd24-cantabria'];
    assertSame(partnerships({actor: 'cd24'}), cd24, 'cd24');
    assertSame(partnerships({actor: 'cd24', roles: [R.LEAD]}), cd24, 'cd24 lead');
    assertSame(partnerships({actor: 'cd24', roles: [R.PARTNER]}), [], 'cd24 partner');
    // the MAEDI supports Kurdistan and funds Sénégal
    assertSame(partnerships({actor: 'maedi'}), ['p-cd24-kurdistan', 'p-cd33-senegal'], 'maedi');
    assertSame(partnerships({actor: 'maedi', roles: [R.FUNDER]}), ['p-cd33-senegal'], 'maedi funder');
    assertSame(partnerships({actor: 'maedi', roles: [R.SUPPORTER]}), ['p-cd24-kurdistan'], 'maedi supporter');
    assertSame(partnerships({actor: 'maedi', roles: [R.FUNDER, R.SUPPORTER]}),
        ['p-cd24-kurdistan', 'p-cd33-senegal'], 'maedi funder|supporter');
    assertSame(partnerships({actor: 'maedi', roles: [R.LEAD]}), [], 'maedi lead');
    assertSame(partnerships({actor: 'ma-larache', roles: [R.PARTNER]}), ['p-cd24-larache'], 'larache partner');
    assertSame(partnerships({actor: 'cd26', roles: [R.LEAD]}), ['p-ados-senegal'], 'cd26 lead');
});

test('partnerships: an actor stands for its units', () => {
    // cd17-bureau-chine < cd17-sdi < cd17-direction < cd17; cd17-cdj < cd17
    assertSame(partnerships({actor: 'cd17'}),
        ['p-cd17-guinee', 'p-cd17-horizon-chine', 'p-cd17-canada-golfe'], 'cd17');
    assertSame(partnerships({actor: 'cd17-sdi'}), ['p-cd17-horizon-chine'], 'cd17-sdi');
    assertSame(partnerships({actor: 'cd17', roles: [R.OPERATOR]}), ['p-cd17-horizon-chine'], 'cd17 operator');
    assertSame(partnerships({actor: 'cd17', roles: [R.SUPPORTER]}), ['p-cd17-guinee'], 'cd17 supporter');
    assertSame(partnerships({actor: 'cd17-direco'}), [], 'cd17-direco');
});

test('partnerships: role without actor', () => {
    assertSame(partnerships({roles: [R.FUNDER]}), ['p-cd17-guinee', 'p-cd33-senegal'], 'funder');
    assertSame(partnerships({roles: [R.PARTNER]}),
        ['p-cd24-araucania', 'p-cd24-larache', 'p-cd24-kurdistan', 'p-cd24-cantabria', 'p-cd17-guinee',
            'p-cd64-misiones', 'p-cd64-californie', 'p-cd33-pologne', 'p-cd33-burkina',
            'p-cd33-roumanie', 'p-cd33-cork'], 'partner');
});

test('partnerships: period (Aict.PartialDate.parse)', () => {
    // dated: Araucanía 2008, Cantabria 2016, Guinée 1993, Horizon Chine 2012,
    // none ended; the 17 others have no date and never match
    const running = ['p-cd24-araucania', 'p-cd24-cantabria', 'p-cd17-guinee', 'p-cd17-horizon-chine'];
    assertSame(partnerships({period: ['2016', '2016']}), running, '2016');
    assertSame(partnerships({period: ['2000', '2005']}), ['p-cd17-guinee'], '2000-2005');
    assertSame(partnerships({period: ['2008-06', '2011-12-31']}), ['p-cd24-araucania', 'p-cd17-guinee'],
        '2008-06 to 2011');
    assertSame(partnerships({period: ['2015-12-31', '2015-12-31']}),
        ['p-cd24-araucania', 'p-cd17-guinee', 'p-cd17-horizon-chine'], '2015-12-31');
    assertSame(partnerships({period: ['1990', '1992']}), [], '1990-1992');
    assertSame(partnerships({period: [null, '2007']}), ['p-cd17-guinee'], 'to 2007');
    assertSame(partnerships({period: ['2030', null]}), running, 'from 2030');
    const f = makeFilter({period: ['2016', '2016']});
    f.set_period(null, null);
    assertEqual(f.is_empty(), true, 'period removed');
    assertEqual(ds.filter_partnerships(f).get_n_items(), 21, 'all');
});

test('partnerships: period on a built dataset', () => {
    const built = loadDoc({format: 'aict/1', partnerships: [
        {id: 'p-span', title: 'Span', status: 'ended', start: '2010', end: '2012-06', participants: []},
        {id: 'p-end-only', title: 'End only', status: 'ended', end: '2009', participants: []},
        {id: 'p-start-only', title: 'Start only', status: 'active', start: '2014-03-15', participants: []},
        {id: 'p-undated', title: 'Undated', status: 'active', participants: []},
    ]});
    const period = (a, b) => ids(built.filter_partnerships(makeFilter({period: [a, b]})));
    assertSame(period('2012-06-30', '2012-07'), ['p-span'], 'end of span');
    assertSame(period('2012-07', '2013'), [], 'after span');
    assertSame(period('1900', '1900'), ['p-end-only'], 'end only ran before');
    assertSame(period('2009-12-31', '2010-01-01'), ['p-span', 'p-end-only'], 'both ends');
    assertSame(period('2014-03-14', '2014-03-14'), [], 'day before start');
    assertSame(period('2014-03', '2014-03'), ['p-start-only'], 'month of start');
    assertSame(period('2099', '2099'), ['p-start-only'], 'start only runs on');
    assertSame(period(null, null), ['p-span', 'p-end-only', 'p-start-only', 'p-undated'], 'no period');
});

test('partnerships: text ignores case and accents', () => {
    const senegal = ['p-cd33-senegal', 'p-ados-senegal'];
    for (const text of ['senegal', 'SÉNÉGAL', 'Sénégal', 'sEnEgAl', '  sénégal!  '])
        assertSame(partnerships({text}), senegal, text);
    assertSame(partnerships({text: 'larache'}), ['p-cd24-larache'], 'larache');
    assertSame(partnerships({text: 'guinée ébola'}), ['p-cd17-guinee'], 'guinée ébola');
    assertSame(partnerships({text: 'guinee zzz'}), [], 'guinee zzz');
    assertSame(partnerships({text: 'enegal'}), [], 'not a word beginning');
});

test('partnerships: text prefix « coop »', () => {
    // only Kurdistan, Cantabria, Horizon Chine and the ADF's Tunisia
    // programme have no word beginning with « coop »
    const coop = ['p-cd24-araucania', 'p-cd24-larache', 'p-cd24-ouzbekistan', 'p-cd17-guinee',
        'p-cd17-canada-golfe', 'p-cd64-benin', 'p-cd64-misiones', 'p-cd64-californie', 'p-cd33-turquie',
        'p-cd33-pologne', 'p-cd33-algerie', 'p-cd33-serbie', 'p-cd33-burkina', 'p-cd33-senegal',
        'p-cd33-roumanie', 'p-cd33-cork', 'p-ados-senegal'];
    assertSame(partnerships({text: 'coop'}), coop, 'coop');
    assertSame(partnerships({text: 'COOP'}), coop, 'COOP');
});

test('partnerships: a text without words is no criterion', () => {
    const f = Aict.Filter.new();
    f.set_text(' -- ! ');
    assertEqual(f.get_text(), ' -- ! ', 'get_text');
    assertEqual(f.is_empty(), true, 'is_empty');
    assertEqual(ds.filter_partnerships(f).get_n_items(), 21, 'all');
    f.set_text('senegal');
    assertEqual(f.is_empty(), false, 'not empty');
    assertEqual(f.get_text(), 'senegal', 'get_text');
    f.set_text(null);
    assertEqual(f.get_text(), null, 'null text');
    assertEqual(f.is_empty(), true, 'empty again');
});

test('partnerships: criteria combine with AND', () => {
    assertSame(partnerships({countries: ['SN'], statuses: [PS.ACTIVE]}), ['p-ados-senegal'], 'SN active');
    assertSame(partnerships({text: 'senegal', statuses: [PS.PLANNED]}), ['p-cd33-senegal'], 'senegal planned');
    assertSame(partnerships({actor: 'cd33', themes: ['youth']}), ['p-cd33-serbie', 'p-cd33-cork'], 'cd33 youth');
    assertSame(partnerships({actor: 'cd24', period: ['2016', '2016']}),
        ['p-cd24-araucania', 'p-cd24-cantabria'], 'cd24 2016');
    assertSame(partnerships({actor: 'cd24', countries: ['SN']}), [], 'cd24 SN');
    assertSame(partnerships({countries: ['SN', 'MA'], themes: ['youth'], statuses: [PS.ACTIVE],
        actor: 'cd24', roles: [R.LEAD], text: 'dordogne'}), ['p-cd24-larache'], 'all criteria');
});

test('filter getters and is_empty', () => {
    const f = Aict.Filter.new();
    assertEqual(f.get_actor(), null, 'actor');
    assertEqual(f.get_owner(), null, 'owner');
    assertEqual(f.get_meeting(), null, 'meeting');
    assertEqual(f.get_text(), null, 'text');
    f.set_actor('cd24');
    f.set_owner('daect');
    f.set_meeting('m-2016-09-20');
    assertEqual(f.get_actor(), 'cd24', 'actor');
    assertEqual(f.get_owner(), 'daect', 'owner');
    assertEqual(f.get_meeting(), 'm-2016-09-20', 'meeting');
    assertEqual(f.is_empty(), false, 'not empty');
    f.set_actor(null);
    f.set_owner(null);
    f.set_meeting(null);
    assertEqual(f.is_empty(), true, 'empty');
    const adds = [
        g => g.add_status(PS.ACTIVE), g => g.add_role(R.LEAD), g => g.add_actor_kind(AK.REGION),
        g => g.add_budget_kind(BK.SPENT), g => g.add_outcome_kind(OK.ACTION),
        g => g.add_outcome_status(OS.DONE), g => g.add_country('MA'), g => g.add_theme('water'),
        g => g.set_period(date('2016'), null), g => g.set_period(null, date('2016')),
        g => g.set_overdue_at(date('2017')),
    ];
    adds.forEach((add, i) => {
        const g = Aict.Filter.new();
        assertEqual(g.is_empty(), true, `empty before ${i}`);
        add(g);
        assertEqual(g.is_empty(), false, `not empty after ${i}`);
    });
});

// -- 2. actors

test('actors: no filter gives all, in dataset order', () => {
    assertSame(actors({}), seedJson.actors.map(a => a.id), 'all');
});

test('actors: a country gives the participants', () => {
    assertSame(actors({countries: ['MA']}),
        ['cd24', 'mfr', 'etab-scolaires-24', 'ime-24', 'maison-enfance-24', 'ma-larache'], 'MA');
    assertSame(actors({countries: ['SN']}),
        ['cd33', 'cd07', 'cd26', 'maedi', 'ados', 'assoc-gironde-recif'], 'SN');
    assertSame(actors({countries: ['SN'], statuses: [PS.ACTIVE]}), ['cd07', 'cd26', 'ados'], 'SN active');
    assertSame(actors({countries: ['FR']}), [], 'FR');
});

test('actors: an actor gives its fellow participants', () => {
    // without cd17 and its units cd17-cdj and cd17-bureau-chine
    assertSame(actors({actor: 'cd17'}),
        ['canope', 'pnud', 'cci', 'cm-cooperation', 'edm', 'syndicat-eaux', 'gn-communaute-urbaine'], 'cd17');
    assertSame(actors({actor: 'cd24', actorKinds: [AK.FOREIGN_AUTHORITY]}),
        ['cl-araucania', 'ma-larache', 'iq-kurdistan', 'es-cantabria'], 'cd24 foreign');
    assertSame(actors({actor: 'cd07'}), ['cd26', 'ados'], 'cd07');
    assertSame(actors({actor: 'ma-larache'}),
        ['cd24', 'mfr', 'etab-scolaires-24', 'ime-24', 'maison-enfance-24'], 'ma-larache');
});

test('actors: roles', () => {
    assertSame(actors({actor: 'cd17', roles: [R.OPERATOR]}), ['cm-cooperation', 'edm'], 'cd17 operators');
    assertSame(actors({actor: 'cd17', roles: [R.FUNDER, R.PARTNER]}),
        ['pnud', 'syndicat-eaux', 'gn-communaute-urbaine'], 'cd17 funders|partners');
    assertSame(actors({roles: [R.FUNDER]}), ['maedi', 'pnud', 'syndicat-eaux'], 'funders');
    assertSame(actors({countries: ['SN'], roles: [R.LEAD]}), ['cd33', 'cd07', 'cd26'], 'SN leads');
});

test('actors: actor kind', () => {
    assertSame(actors({actorKinds: [AK.REGION]}), ['reg-naq', 'reg-aquitaine'], 'regions');
    assertSame(actors({actorKinds: [AK.FOREIGN_AUTHORITY]}),
        ['cl-araucania', 'ma-larache', 'iq-kurdistan', 'es-cantabria', 'gn-communaute-urbaine',
            'ar-misiones', 'us-california', 'bf-bobo-dioulasso', 'ro-municipalite', 'ie-cork'], 'foreign');
    assertSame(actors({actorKinds: [AK.REGION, AK.INTERCOMMUNALITY]}),
        ['reg-naq', 'reg-aquitaine', 'syndicat-eaux'], 'region|intercommunality');
    assertSame(actors({countries: ['SN'], actorKinds: [AK.DEPARTEMENT]}), ['cd33', 'cd07', 'cd26'], 'SN dpt');
    assertEqual(actors({actorKinds: [AK.SERVICE]}).length, 14, 'services');
});

test('actors: text', () => {
    assertSame(actors({text: 'larache'}),
        ['mfr', 'etab-scolaires-24', 'ime-24', 'maison-enfance-24', 'ma-larache'], 'larache');
    assertSame(actors({text: 'DAECT'}), ['daect'], 'DAECT');
    // the IUT's notes name the Araucanía
    assertSame(actors({text: 'araucanie'}), ['iut-perigueux', 'cl-araucania'], 'araucanie');
});

// -- 3. persons, meetings, outcomes, budget lines

test('persons: by actor, with its units', () => {
    assertSame(persons({actor: 'cd24'}), ['per-valerie-coustillas', 'per-mireille-bordes'], 'cd24');
    assertSame(persons({actor: 'cd24-service'}), ['per-valerie-coustillas'], 'cd24-service');
    assertSame(persons({actor: 'cd17'}), ['per-sylvain-pothier-leroux'], 'cd17');
    assertSame(persons({actor: 'maedi'}), ['per-joel-savary', 'per-joel-lebret'], 'maedi');
    assertSame(persons({actor: 'resodi'}), ['per-marion-leriche', 'per-paul-michenot'], 'resodi');
    assertSame(persons({actor: 'cd40'}), [], 'cd40');
});

test('persons: by text', () => {
    assertSame(persons({text: 'coustillas'}), ['per-valerie-coustillas'], 'coustillas');
    assertSame(persons({text: 'president'}),
        ['per-paul-michenot', 'per-jean-du-bois-de-gaudusson', 'per-mireille-bordes'], 'president');
    assertSame(persons({text: 'président', actor: 'capcoop'}), ['per-jean-du-bois-de-gaudusson'], 'capcoop');
    assertEqual(persons({}).length, 17, 'all');
});

test('meetings: actor, period, text, country, theme', () => {
    const m = ['m-2016-09-20'];
    assertSame(meetings({}), m, 'all');
    assertSame(meetings({actor: 'capcoop'}), m, 'organiser');
    assertSame(meetings({actor: 'cd24'}), m, 'represented');
    assertSame(meetings({actor: 'cd86'}), m, 'excused');
    assertSame(meetings({actor: 'cd40'}), [], 'cd40');
    assertSame(meetings({actor: 'rrma-naq'}), [], 'rrma-naq');
    assertSame(meetings({period: ['2016', '2016']}), m, '2016');
    assertSame(meetings({period: ['2016-09-20', '2016-09-20']}), m, 'the day');
    assertSame(meetings({period: ['2016-09', null]}), m, 'from September');
    assertSame(meetings({period: ['2016-09-21', '2017']}), [], 'after');
    assertSame(meetings({period: [null, '2016-09-19']}), [], 'before');
    assertSame(meetings({text: 'PESSAC'}), m, 'PESSAC');
    assertSame(meetings({text: 'maison suds'}), m, 'maison suds');
    assertSame(meetings({text: 'lyon'}), [], 'lyon');
    assertSame(meetings({countries: ['FR']}), m, 'FR');
    assertSame(meetings({countries: ['SN']}), [], 'SN');
    assertSame(meetings({themes: ['climate']}), m, 'climate');
    assertSame(meetings({themes: ['water']}), [], 'water');
});

test('outcomes: the actions of an owner', () => {
    const daect = ['o-c3-daect-reglementation', 'o-c3-daect-livre-blanc'];
    assertSame(outcomes({outcomeKinds: [OK.ACTION], owner: 'daect'}), daect, 'daect actions');
    // the DAECT is a unit of the MAEDI; o-c4-maedi-appui is a proposal
    assertSame(outcomes({outcomeKinds: [OK.ACTION], owner: 'maedi'}), daect, 'maedi actions');
    assertSame(outcomes({owner: 'maedi'}), [...daect, 'o-c4-maedi-appui'], 'maedi owns');
    assertSame(outcomes({outcomeKinds: [OK.ACTION], owner: 'rrma-naq'}),
        ['o-c3-rrma-sensibilisation', 'o-c4-rrma-interface'], 'rrma actions');
    assertSame(outcomes({owner: 'rrma-naq'}),
        ['o-c3-rrma-sensibilisation', 'o-c3-temps-echange', 'o-c4-rrma-interface'], 'rrma owns');
    assertSame(outcomes({outcomeKinds: [OK.ACTION]}),
        ['o-c3-rrma-sensibilisation', 'o-c3-daect-reglementation', 'o-c3-daect-livre-blanc',
            'o-c4-rrma-interface'], 'actions');
    assertSame(outcomes({outcomeKinds: [OK.DECISION, OK.NEXT_MEETING]}),
        ['o-a-reseau-unique', 'o-c4-reunion-2017', 'o-c4-groupe-restreint'], 'decision|next-meeting');
    assertSame(outcomes({owner: 'cd24'}), [], 'cd24 owns nothing');
});

test('outcomes: actor, theme, text', () => {
    assertSame(outcomes({actor: 'cd24'}),
        ['o-c3-pays-commun', 'o-c4-groupe-restreint', 'o-c4-autres-departements', 'o-c4-gouvernance-rrma'],
        'cd24');
    assertSame(outcomes({actor: 'cd40'}), ['o-c4-autres-departements'], 'cd40');
    assertSame(outcomes({actor: 'maedi'}),
        ['o-c3-conseillers-diplomatiques', 'o-c3-daect-reglementation', 'o-c3-daect-livre-blanc',
            'o-c3-economie-synthese', 'o-c4-maedi-appui', 'o-c4-exemples-positifs'], 'maedi');
    assertSame(outcomes({themes: ['trade']}), ['o-c3-temps-echange', 'o-c3-economie-synthese'], 'trade');
    assertSame(outcomes({text: 'daect'}),
        ['o-c3-daect-reglementation', 'o-c3-daect-livre-blanc', 'o-c3-economie-synthese'], 'daect');
});

test('outcomes: status, meeting, period, overdue', () => {
    const everything = ids(ds.lookup_meeting('m-2016-09-20').get_outcomes());
    assertEqual(everything.length, 25, 'outcomes');
    assertSame(outcomes({}), everything, 'all');
    assertSame(outcomes({outcomeStatuses: [OS.OPEN]}), everything, 'open');
    assertSame(outcomes({outcomeStatuses: [OS.DONE, OS.CANCELLED, OS.IN_PROGRESS]}), [], 'not open');
    assertSame(outcomes({meeting: 'm-2016-09-20'}), everything, 'meeting');
    assertSame(outcomes({period: ['2017', '2017']}), ['o-a-reseau-unique', 'o-c4-reunion-2017'], 'due 2017');
    assertSame(outcomes({period: ['2016-12', '2017-01-01']}),
        ['o-a-reseau-unique', 'o-b1-cd64-orientations', 'o-c4-reunion-2017'], 'around new year');
    assertSame(outcomes({period: ['2016', '2016']}), ['o-b1-cd64-orientations'], 'due 2016');
    assertSame(outcomes({overdueAt: '2017-06-01'}), ['o-a-reseau-unique', 'o-b1-cd64-orientations'],
        'overdue 2017-06-01');
    assertSame(outcomes({overdueAt: '2017-01-01'}), ['o-b1-cd64-orientations'], 'overdue 2017-01-01');
    assertSame(outcomes({overdueAt: '2016-12-31'}), [], 'overdue 2016-12-31');
    assertSame(outcomes({overdueAt: '2018'}),
        ['o-a-reseau-unique', 'o-b1-cd64-orientations', 'o-c4-reunion-2017'], 'overdue 2018');
});

test('outcomes: overdue on a built dataset, and Outcome.is_overdue', () => {
    const actions = [
        ['o-open', 'open', '2016-12'],
        ['o-progress', 'in-progress', '2016-12'],
        ['o-done', 'done', '2016-12'],
        ['o-cancelled', 'cancelled', '2016-12'],
        ['o-no-due', 'open', null],
        ['o-later', 'open', '2017-02-15'],
    ].map(([id, status, due]) => {
        const o = {id, kind: 'action', text: id, owner: 'a', status};
        if (due !== null)
            o.due = due;
        return o;
    });
    const built = loadDoc({format: 'aict/1',
        actors: [{id: 'a', name: 'A', kind: 'departement', country: 'FR'}],
        meetings: [{id: 'm', title: 'M', date: '2016-11-30', outcomes: actions}]});
    const overdue = at => ids(built.filter_outcomes(makeFilter({overdueAt: at})));
    assertSame(overdue('2017-01-01'), ['o-open', 'o-progress'], '2017-01-01');
    assertSame(overdue('2017-01'), ['o-open', 'o-progress'], '2017-01');
    assertSame(overdue('2016-12-15'), [], '2016-12-15');
    assertSame(overdue('2016-12-31'), [], '2016-12-31');
    // « 2017 » starts on 1 January 2017
    assertSame(overdue('2017'), ['o-open', 'o-progress'], '2017');
    assertSame(overdue('2017-02-16'), ['o-open', 'o-progress', 'o-later'], '2017-02-16');
    assertSame(overdue('2018'), ['o-open', 'o-progress', 'o-later'], '2018');
    assertSame(ids(built.filter_outcomes(makeFilter({overdueAt: '2018', outcomeStatuses: [OS.IN_PROGRESS]}))),
        ['o-progress'], 'in progress');

    const o = built.lookup_outcome('o-open');
    assertEqual(o.is_overdue(date('2017-01-01')), true, 'open at 2017-01-01');
    assertEqual(o.is_overdue(date('2017')), true, 'open at 2017');
    assertEqual(o.is_overdue(date('2016-12-15')), false, 'open at 2016-12-15');
    assertEqual(o.is_overdue(date('2016-12')), false, 'open at 2016-12');
    assertEqual(o.is_overdue(date('2016')), false, 'open at 2016');
    assertEqual(built.lookup_outcome('o-progress').is_overdue(date('2017-01-01')), true, 'in progress');
    for (const id of ['o-done', 'o-cancelled']) {
        assertEqual(built.lookup_outcome(id).is_overdue(date('2017-01-01')), false, id);
        assertEqual(built.lookup_outcome(id).is_overdue(date('2099')), false, id);
    }
    assertEqual(built.lookup_outcome('o-no-due').is_overdue(date('2099')), false, 'no due date');
    assertEqual(built.lookup_outcome('o-later').is_overdue(date('2017-02-15')), false, 'on its day');
    assertEqual(built.lookup_outcome('o-later').is_overdue(date('2017-02-16')), true, 'the day after');
});

test('budget lines: kind, actor, country, theme, status, period, text', () => {
    assertSame(budgets({budgetKinds: [BK.ALLOCATED]}),
        ['b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd64-before', 'b-cd64-2016', 'b-cd33-2016'],
        'allocated');
    assertSame(budgets({budgetKinds: [BK.PLANNED]}), ['b-cd17-staff-planned'], 'planned');
    assertSame(budgets({budgetKinds: [BK.SPENT]}), [], 'spent');
    assertEqual(budgets({budgetKinds: [BK.ESTIMATE]}).length, 8, 'estimate');
    assertEqual(budgets({budgetKinds: [BK.ESTIMATE, BK.ALLOCATED, BK.PLANNED]}).length, 14, 'three kinds');
    assertSame(budgets({actor: 'cd64'}), ['b-cd64-before', 'b-cd64-2016', 'b-cd64-staff-2016', 'b-cd64-csi'],
        'cd64');
    const guinee = ['b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd17-guinee-staff'];
    assertSame(budgets({actor: 'pnud'}), guinee, 'pnud');
    assertSame(budgets({countries: ['GN']}), guinee, 'GN');
    assertSame(budgets({countries: ['GN'], budgetKinds: [BK.ALLOCATED]}), guinee.slice(0, 2), 'GN allocated');
    assertSame(budgets({themes: ['water'], statuses: [PS.ACTIVE]}), guinee, 'water active');
    assertSame(budgets({period: ['2015', '2015']}), ['b-cd64-before'], '2015');
    assertSame(budgets({period: ['2016', '2016']}),
        ['b-cd24-2016', 'b-cd24-staff-2016', 'b-cd17-2016', 'b-cd17-staff-2016', 'b-cd17-guinee-staff',
            'b-cd64-2016', 'b-cd64-staff-2016', 'b-cd64-csi', 'b-cd33-2016'], '2016');
    assertSame(budgets({text: 'ébola'}), guinee.slice(0, 2), 'ébola');
});

test('budget lines: a theme via the partnership, with its components', () => {
    // vocational-training is only the theme of volet 4 of p-cd17-guinee:
    // the partnership matches, so its lines must too (« via its partnership »)
    assert(partnerships({themes: ['vocational-training']}).includes('p-cd17-guinee'), 'partnership');
    const guinee = ['b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd17-guinee-staff'];
    assertSame(budgets({themes: ['water']}), guinee, 'water');
    assertSame(budgets({themes: ['vocational-training']}), guinee, 'vocational-training');
});

// -- 4. errors

test('errors: bad country and theme', () => {
    const f = Aict.Filter.new();
    for (const code of ['XX', 'ma', 'MAR', ''])
        assertThrowsAict(() => f.add_country(code), E.INVALID_ARGUMENT, code);
    const e = assertThrowsAict(() => f.add_theme('nope'), E.INVALID_ARGUMENT, 'nope');
    assert(e.message.includes('nope'), e.message);
    assertThrowsAict(() => f.add_theme('Water'), E.INVALID_ARGUMENT, 'Water');
    assertEqual(f.is_empty(), true, 'nothing added');
    assertEqual(f.add_country('MA'), true, 'MA');
    assertEqual(f.add_theme('water'), true, 'water');
});

test('errors: a criterion that does not apply', () => {
    const e = assertThrowsAict(() => ds.filter_persons(makeFilter({statuses: [PS.ACTIVE]})),
        E.INVALID_ARGUMENT, 'status on persons');
    assert(e.message.includes('status'), e.message);
    assert(e.message.includes('persons'), e.message);
    const cases = [
        [f => ds.filter_persons(f), {countries: ['MA']}, 'country'],
        [f => ds.filter_partnerships(f), {budgetKinds: [BK.SPENT]}, 'budget kind'],
        [f => ds.filter_partnerships(f), {actorKinds: [AK.REGION]}, 'actor kind'],
        [f => ds.filter_meetings(f), {statuses: [PS.ACTIVE]}, 'status'],
        [f => ds.filter_meetings(f), {owner: 'cd24'}, 'owner'],
        [f => ds.filter_outcomes(f), {countries: ['FR']}, 'country'],
        [f => ds.filter_budgets(f), {roles: [R.LEAD]}, 'role'],
        [f => ds.filter_actors(f), {overdueAt: '2017'}, 'overdue'],
        [f => ds.filter_partnerships(f), {meeting: 'm-2016-09-20'}, 'meeting'],
    ];
    for (const [fn, criteria, name] of cases) {
        const err = assertThrowsAict(() => fn(makeFilter(criteria)), E.INVALID_ARGUMENT, name);
        assert(err.message.includes(name), `${name}: ${err.message}`);
    }
    assertThrowsAict(() => ds.count(CB.COUNTRY, makeFilter({outcomeKinds: [OK.ACTION]})),
        E.INVALID_ARGUMENT, 'count');
    assertThrowsAict(() => ds.get_budget_totals(G.NONE, makeFilter({roles: [R.LEAD]})),
        E.INVALID_ARGUMENT, 'totals');
});

test('errors: unknown ids are NOT_FOUND', () => {
    const f = makeFilter({actor: 'no-such-actor'});
    for (const name of ['partnerships', 'actors', 'persons', 'meetings', 'outcomes', 'budgets']) {
        const e = assertThrowsAict(() => ds[`filter_${name}`](f), E.NOT_FOUND, name);
        assert(e.message.includes('no-such-actor'), e.message);
    }
    assertThrowsAict(() => ds.filter_partnerships(makeFilter({actor: 'p-cd24-larache'})), E.NOT_FOUND,
        'a partnership id');
    assertThrowsAict(() => ds.filter_outcomes(makeFilter({owner: 'nobody'})), E.NOT_FOUND, 'owner');
    const e = assertThrowsAict(() => ds.filter_outcomes(makeFilter({meeting: 'm-1999'})), E.NOT_FOUND, 'meeting');
    assert(e.message.includes('m-1999'), e.message);
    for (const name of ['get_units', 'get_staff', 'get_actor_profile'])
        assertThrowsAict(() => ds[name]('nobody'), E.NOT_FOUND, name);
});

// -- 5. the index follows changes

test('invalidation: set_countries', () => {
    const d = loadSeed();
    const p = c => ids(d.filter_partnerships(makeFilter(c)));
    assertSame(p({countries: ['MA']}), ['p-cd24-larache'], 'before');
    d.lookup_partnership('p-cd24-kurdistan').set_countries(['IQ', 'MA']);
    assertSame(p({countries: ['MA']}), ['p-cd24-larache', 'p-cd24-kurdistan'], 'kurdistan in MA');
    d.lookup_partnership('p-cd24-larache').set_countries(['TN']);
    assertSame(p({countries: ['MA']}), ['p-cd24-kurdistan'], 'larache moved');
    assertSame(p({countries: ['TN']}), ['p-cd24-larache', 'p-adf-tunisie'], 'TN');
    assertSame(ids(d.filter_actors(makeFilter({countries: ['MA']}))), ['cd24', 'maedi', 'afd', 'iq-kurdistan'],
        'actors in MA');
});

test('invalidation: set_status', () => {
    const d = loadSeed();
    const p = c => ids(d.filter_partnerships(makeFilter(c)));
    assertEqual(p({statuses: [PS.ACTIVE]}).length, 10, 'before');
    d.lookup_partnership('p-cd24-araucania').set_status(PS.ACTIVE);
    const active = p({statuses: [PS.ACTIVE]});
    assertEqual(active.length, 11, 'after');
    assertEqual(active[0], 'p-cd24-araucania', 'araucania');
    assertSame(p({statuses: [PS.SLOWED]}), [], 'slowed');
    const counts = new Map(items(d.count(CB.STATUS, null)).map(c => [c.get_key(), c.get_n_partnerships()]));
    assertEqual(counts.get('active'), 11, 'count active');
    assertEqual(counts.has('slowed'), false, 'count slowed');
});

test('invalidation: add_participant', () => {
    const d = loadSeed();
    const p = c => ids(d.filter_partnerships(makeFilter(c)));
    assertSame(p({actor: 'cd64'}), ['p-cd64-benin', 'p-cd64-misiones', 'p-cd64-californie'], 'before');
    d.lookup_partnership('p-ados-senegal').add_participant(Aict.Participant.new('cd64-pole', R.SUPPORTER));
    assertSame(p({actor: 'cd64'}), ['p-cd64-benin', 'p-cd64-misiones', 'p-cd64-californie', 'p-ados-senegal'],
        'after');
    assertSame(p({actor: 'cd64', roles: [R.SUPPORTER]}), ['p-ados-senegal'], 'as supporter');
    assertSame(ids(d.filter_actors(makeFilter({countries: ['SN']}))),
        ['cd33', 'cd07', 'cd26', 'cd64-pole', 'maedi', 'ados', 'assoc-gironde-recif'], 'actors in SN');
});

test('invalidation: text follows a new title', () => {
    const d = loadSeed();
    const p = c => ids(d.filter_partnerships(makeFilter(c)));
    assertSame(p({text: 'zanzibar'}), [], 'before');
    d.lookup_partnership('p-cd64-benin').set_title('Coopération avec Zanzibar');
    assertSame(p({text: 'zanzibar'}), ['p-cd64-benin'], 'after');
});

test('invalidation: add and remove', () => {
    const d = loadSeed();
    const p = c => ids(d.filter_partnerships(makeFilter(c)));
    const added = new Aict.Partnership({id: 'p-new', title: 'Nouvelle coopération au Maroc', status: PS.PLANNED});
    added.set_countries(['MA']);
    added.add_participant(Aict.Participant.new('cd33', R.LEAD));
    assertSame(p({countries: ['MA']}), ['p-cd24-larache'], 'before');
    assertEqual(d.add(added), true, 'add');
    assertSame(p({countries: ['MA']}), ['p-cd24-larache', 'p-new'], 'added');
    assertSame(p({actor: 'cd33', statuses: [PS.PLANNED]}), ['p-cd33-senegal', 'p-new'], 'cd33 planned');
    assertEqual(d.filter_partnerships(null).get_n_items(), 22, '22');
    added.set_status(PS.ACTIVE);
    assertSame(p({actor: 'cd33', statuses: [PS.PLANNED]}), ['p-cd33-senegal'], 'new one active');
    assertEqual(d.remove('p-new'), true, 'remove new');
    assertSame(p({countries: ['MA']}), ['p-cd24-larache'], 'removed');
    assertEqual(d.remove('p-cd24-larache'), true, 'remove larache');
    assertSame(p({countries: ['MA']}), [], 'none in MA');
    assertEqual(d.filter_partnerships(null).get_n_items(), 20, '20');
    assertSame(ids(d.filter_actors(makeFilter({countries: ['MA']}))), [], 'no actor in MA');
});

test('invalidation: outcome status', () => {
    const d = loadSeed();
    const f = makeFilter({outcomeStatuses: [OS.DONE]});
    assertSame(ids(d.filter_outcomes(f)), [], 'before');
    d.lookup_outcome('o-c3-daect-livre-blanc').set_status(OS.DONE);
    assertSame(ids(d.filter_outcomes(f)), ['o-c3-daect-livre-blanc'], 'after');
    assertSame(ids(d.filter_outcomes(makeFilter({owner: 'daect', outcomeStatuses: [OS.OPEN]}))),
        ['o-c3-daect-reglementation'], 'still open');
});

// -- 6. budget totals

function row(total, ...dimensions) {
    const amount = total.get_amount();
    return [dimensions.map(d => total.get_key(d)), total.get_kind(), amount.get_currency(),
        amount.get_min(), amount.get_max(), amount.is_range(), Array.from(total.get_budget_ids())];
}

test('budget totals: NONE', () => {
    const totals = checkModel(ds.get_budget_totals(G.NONE, null), Aict.Total);
    assertEqual(totals.get_n_items(), 2, 'rows');
    const [allocated, estimate] = items(totals);
    for (const t of [allocated, estimate]) {
        assertEqual(t.get_grouping(), G.NONE, 'grouping');
        assertEqual(t.get_key(G.ACTOR), null, 'actor key');
        assertEqual(t.get_key(G.YEAR), null, 'year key');
        assertEqual(t.get_previous_year(), null, 'previous year');
        assertEqual(t.get_change(), null, 'change');
    }
    // 200 000 + 1 200 000 + 200 000 + 50 000 + 170 000 = 1 820 000
    assertSame(row(allocated), [[], BK.ALLOCATED, 'EUR', 182000000, 182000000, false,
        ['b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd64-before', 'b-cd64-2016', 'b-cd33-2016']],
    'allocated');
    assertEqual(allocated.get_n_budgets(), 5, 'allocated lines');
    assertEqual(allocated.get_amount().get_value(), 182000000, 'allocated value');
    // 30 000–70 000 + 400 000–500 000 + 0–10 000; staff-only lines left out
    assertSame(row(estimate), [[], BK.ESTIMATE, 'EUR', 43000000, 58000000, true,
        ['b-cd24-2016', 'b-cd17-2016', 'b-cd64-csi']], 'estimate');
    assertEqual(estimate.get_n_budgets(), 3, 'estimate lines');
});

test('budget totals: ACTOR | YEAR', () => {
    const grouping = G.ACTOR | G.YEAR;
    const totals = items(ds.get_budget_totals(grouping, null));
    assertSame(totals.map(t => row(t, G.ACTOR, G.YEAR)), [
        // the Guinée lines have no actor: their partnership's lead; no year
        [['cd17', null], BK.ALLOCATED, 'EUR', 140000000, 140000000, false,
            ['b-cd17-guinee-before', 'b-cd17-guinee-ebola']],
        [['cd17-sdi', '2016'], BK.ESTIMATE, 'EUR', 40000000, 50000000, true, ['b-cd17-2016']],
        [['cd24-service', '2016'], BK.ESTIMATE, 'EUR', 3000000, 7000000, true, ['b-cd24-2016']],
        [['cd33-mission', '2016'], BK.ALLOCATED, 'EUR', 17000000, 17000000, false, ['b-cd33-2016']],
        // b-cd64-before has only an end, 2015
        [['cd64-pole', '2015'], BK.ALLOCATED, 'EUR', 20000000, 20000000, false, ['b-cd64-before']],
        [['cd64-pole', '2016'], BK.ALLOCATED, 'EUR', 5000000, 5000000, false, ['b-cd64-2016']],
        [['cd64-pole', '2016'], BK.ESTIMATE, 'EUR', 0, 1000000, true, ['b-cd64-csi']],
    ], 'rows');
    for (const t of totals) {
        assertEqual(t.get_grouping(), grouping, 'grouping');
        assertEqual(t.get_key(G.COUNTRY), null, 'country key');
        assertEqual(t.get_key(G.FUNDER), null, 'funder key');
    }
    const cd64 = totals[5];
    assertEqual(cd64.get_previous_year(), '2015', 'previous year');
    const change = cd64.get_change();
    assert(change !== null, 'change');
    assertEqual(change.is_range(), false, 'exact change');
    assertEqual(change.get_value(), -15000000, '−150 000');
    assertEqual(change.get_currency(), 'EUR', 'currency');
    // (out) basis_points: [ok, basis_points]
    assertSame(cd64.get_change_percent(), [true, -7500], '−75 %');
    for (const i of [0, 1, 2, 3, 4, 6]) {
        assertEqual(totals[i].get_previous_year(), null, `previous year ${i}`);
        assertEqual(totals[i].get_change(), null, `change ${i}`);
        assertSame(totals[i].get_change_percent(), [false, 0], `percent ${i}`);
    }
});

test('budget totals: ranges are kept', () => {
    // « entre 30 000 euros et 70 000 euros »
    assertSame(items(ds.get_budget_totals(G.ACTOR, makeFilter({actor: 'cd24'}))).map(t => row(t, G.ACTOR)),
        [[['cd24-service'], BK.ESTIMATE, 'EUR', 3000000, 7000000, true, ['b-cd24-2016']]], 'cd24');
});

test('budget totals: the funders of the Guinea budget', () => {
    // b-cd17-guinee-ebola: cd17 gives 60 000 of the 1 200 000; the syndicat
    // des eaux and the PNUD give neither amount nor share (0 to the line);
    // b-cd17-guinee-before has no funders: its actor's (the lead, cd17)
    const totals = items(ds.get_budget_totals(G.FUNDER, makeFilter({countries: ['GN']})));
    assertSame(totals.map(t => row(t, G.FUNDER)), [
        [['cd17'], BK.ALLOCATED, 'EUR', 26000000, 26000000, false,
            ['b-cd17-guinee-before', 'b-cd17-guinee-ebola']],
        [['pnud'], BK.ALLOCATED, 'EUR', 0, 120000000, true, ['b-cd17-guinee-ebola']],
        [['syndicat-eaux'], BK.ALLOCATED, 'EUR', 0, 120000000, true, ['b-cd17-guinee-ebola']],
    ], 'funders');
    const funders = new Map(ds.lookup_budget('b-cd17-guinee-ebola').dup_funders().map(f => [f.get_actor_id(), f]));
    assertSame([...funders.keys()].sort(), ['cd17', 'pnud', 'syndicat-eaux'], 'funder ids');
    assertEqual(funders.get('cd17').get_amount().get_value(), 6000000, 'cd17 gives 60 000');
    assertEqual(funders.get('pnud').get_amount(), null, 'pnud amount');
    assertEqual(funders.get('pnud').get_share(), -1, 'pnud share');
});

test('budget totals: kinds and currencies are kept apart', () => {
    const built = loadDoc({format: 'aict/1',
        actors: [{id: 'a', name: 'A', kind: 'commune', country: 'FR'}],
        budgets: [
            {id: 'b-eur', actor: 'a', kind: 'allocated', start: '2016', amount: {currency: 'EUR', value: 1000}},
            {id: 'b-xof', actor: 'a', kind: 'allocated', start: '2016', amount: {currency: 'XOF', value: 500000}},
            {id: 'b-spent', actor: 'a', kind: 'spent', start: '2016', end: '2016',
                amount: {currency: 'EUR', value: 200}},
            {id: 'b-eur-2', actor: 'a', kind: 'allocated', end: '2016', amount: {currency: 'EUR', value: 0.5}},
            {id: 'b-range', actor: 'a', kind: 'estimate', start: '2016',
                amount: {currency: 'EUR', min: 30000, max: 70000}},
            {id: 'b-ten', actor: 'a', kind: 'estimate', start: '2016', amount: {currency: 'EUR', value: 10000}},
            {id: 'b-next', actor: 'a', kind: 'estimate', start: '2017', amount: {currency: 'EUR', value: 10000}},
            {id: 'b-span', actor: 'a', kind: 'estimate', start: '2014', end: '2015-06',
                amount: {currency: 'EUR', value: 1}},
        ]});
    assertEqual(Aict.currency_get_decimals('XOF'), 0, 'XOF decimals');
    const totals = items(built.get_budget_totals(G.ACTOR | G.YEAR, null));
    assertSame(totals.map(t => row(t, G.ACTOR, G.YEAR)), [
        [['a', '2014-2015'], BK.ESTIMATE, 'EUR', 100, 100, false, ['b-span']],
        [['a', '2016'], BK.ALLOCATED, 'EUR', 100050, 100050, false, ['b-eur', 'b-eur-2']],
        [['a', '2016'], BK.ALLOCATED, 'XOF', 500000, 500000, false, ['b-xof']],
        [['a', '2016'], BK.SPENT, 'EUR', 20000, 20000, false, ['b-spent']],
        // « 30 000 to 70 000 » and 10 000 give « 40 000 to 80 000 »
        [['a', '2016'], BK.ESTIMATE, 'EUR', 4000000, 8000000, true, ['b-range', 'b-ten']],
        [['a', '2017'], BK.ESTIMATE, 'EUR', 1000000, 1000000, false, ['b-next']],
    ], 'rows');
    assertEqual(totals[0].get_previous_year(), null, 'a span starts no series');
    const last = totals[5];
    assertEqual(last.get_previous_year(), '2016', 'previous year');
    const change = last.get_change();
    assertEqual(change.is_range(), true, 'change is a range');
    assertSame([change.get_min(), change.get_max()], [-7000000, -3000000], 'change');
    assertSame(last.get_change_percent(), [false, 0], 'no percent from a range');
    assertSame(items(built.get_budget_totals(G.NONE, null)).map(t => row(t)), [
        [[], BK.ALLOCATED, 'EUR', 100050, 100050, false, ['b-eur', 'b-eur-2']],
        [[], BK.ALLOCATED, 'XOF', 500000, 500000, false, ['b-xof']],
        [[], BK.SPENT, 'EUR', 20000, 20000, false, ['b-spent']],
        [[], BK.ESTIMATE, 'EUR', 5000100, 9000100, true, ['b-range', 'b-ten', 'b-next', 'b-span']],
    ], 'NONE');
});

test('budget totals: change from zero, and over missing years', () => {
    const built = loadDoc({format: 'aict/1',
        actors: [{id: 'z', name: 'Z', kind: 'commune', country: 'FR'}],
        budgets: [
            {id: 'b-2013', actor: 'z', kind: 'allocated', start: '2013', amount: {currency: 'EUR', value: 0}},
            {id: 'b-2016', actor: 'z', kind: 'allocated', start: '2016', amount: {currency: 'EUR', value: 100}},
            {id: 'b-2017', actor: 'z', kind: 'allocated', start: '2017', amount: {currency: 'EUR', value: 150}},
        ]});
    const totals = items(built.get_budget_totals(G.YEAR, null));
    assertSame(totals.map(t => [t.get_key(G.YEAR), t.get_amount().get_value()]),
        [['2013', 0], ['2016', 10000], ['2017', 15000]], 'rows');
    assertEqual(totals[1].get_previous_year(), '2013', 'previous of 2016');
    assertEqual(totals[1].get_change().get_value(), 10000, 'change 2016');
    assertSame(totals[1].get_change_percent(), [false, 0], 'no percent from zero');
    assertEqual(totals[2].get_previous_year(), '2016', 'previous of 2017');
    assertEqual(totals[2].get_change().get_value(), 5000, 'change 2017');
    assertSame(totals[2].get_change_percent(), [true, 5000], '+50 %');
});

test('budget totals: shares', () => {
    const built = loadDoc({format: 'aict/1',
        actors: ['a', 'f1', 'f2', 'f3', 'f4'].map(id => ({id, name: id.toUpperCase(), kind: 'other'})),
        budgets: [
            {id: 'b-exact', actor: 'a', kind: 'allocated', amount: {currency: 'EUR', value: 1000},
                funders: [{actor: 'f1', share: 70}, {actor: 'f2', share: 30}]},
            {id: 'b-inexact', actor: 'a', kind: 'allocated', amount: {currency: 'EUR', value: 1},
                funders: [{actor: 'f3', share: 33.33}, {actor: 'f4', share: 66.67}]},
        ]});
    assertSame(built.lookup_budget('b-exact').dup_funders().map(f => f.get_share()), [7000, 3000], 'shares');
    assertSame(items(built.get_budget_totals(G.FUNDER, null)).map(t => row(t, G.FUNDER)), [
        // 70 % and 30 % of 1 000.00 EUR
        [['f1'], BK.ALLOCATED, 'EUR', 70000, 70000, false, ['b-exact']],
        [['f2'], BK.ALLOCATED, 'EUR', 30000, 30000, false, ['b-exact']],
        // 33.33 % of 1.00 EUR is 33.33 cents: between 33 and 34 cents
        [['f3'], BK.ALLOCATED, 'EUR', 33, 34, true, ['b-inexact']],
        [['f4'], BK.ALLOCATED, 'EUR', 66, 67, true, ['b-inexact']],
    ], 'funders');
    assertEqual(built.get_budget_totals(G.ACTOR, null).get_item(0).get_key(G.FUNDER), null, 'no funder key');
});

test('budget totals: overflow', () => {
    const big = 9007199254740991;   // 2^53 − 1, the largest exact amount
    assertEqual(big, Aict.AMOUNT_MAX, 'AMOUNT_MAX');
    const built = loadDoc({format: 'aict/1',
        actors: [{id: 'a', name: 'A', kind: 'other'}, {id: 'b', name: 'B', kind: 'other'}],
        budgets: [
            {id: 'b-1', actor: 'a', kind: 'allocated', amount: {currency: 'XOF', value: big}},
            {id: 'b-2', actor: 'b', kind: 'allocated', amount: {currency: 'XOF', value: 1}},
        ]});
    assertEqual(built.lookup_budget('b-1').get_amount().get_value(), big, 'loaded exactly');
    assertSame(items(built.get_budget_totals(G.ACTOR, null)).map(t => row(t, G.ACTOR)), [
        [['a'], BK.ALLOCATED, 'XOF', big, big, false, ['b-1']],
        [['b'], BK.ALLOCATED, 'XOF', 1, 1, false, ['b-2']],
    ], 'apart');
    assertThrowsAict(() => built.get_budget_totals(G.NONE, null), E.OVERFLOW, 'NONE');
    assertThrowsAict(() => built.get_budget_totals(G.YEAR, null), E.OVERFLOW, 'YEAR');
});

// -- 7. counts

function counts(by, filter = null) {
    const model = checkModel(ds.count(by, filter), Aict.Count);
    return items(model).map(c => {
        assertEqual(c.get_by(), by, 'by');
        return [c.get_key(), c.get_n_partnerships(), c.get_n_actors()];
    });
}

test('counts: by country', () => {
    const rows = counts(CB.COUNTRY);
    // Sénégal: p-cd33-senegal (cd33, assoc-gironde-recif, maedi) and
    // p-ados-senegal (cd07, cd26, ados); Guinée 8 participants; Maroc 6; Irak 4
    assertSame(rows.slice(0, 4), [['SN', 2, 6], ['GN', 1, 8], ['MA', 1, 6], ['IQ', 1, 4]], 'first rows');
    assertEqual(rows.length, 26, 'countries');
    const byKey = new Map(rows.map(([k, n, a]) => [k, [n, a]]));
    assertSame(byKey.get('QA'), [1, 1], 'QA');
    assertSame(byKey.get('CN'), [1, 3], 'CN');
    assertSame(byKey.get('TN'), [1, 1], 'TN');
    assertEqual(byKey.has('FR'), false, 'FR');
    assertSame(rows.slice(4, 10).map(r => r[0]), ['AR', 'BF', 'CL', 'CN', 'RO', 'RS'], 'ties by key');
    assertSame(rows.slice(-3).map(r => r[0]), ['SA', 'TN', 'TR'], 'last rows');
});

test('counts: by status', () => {
    assertSame(counts(CB.STATUS), [['active', 10, 28], ['ended', 4, 4], ['planned', 3, 6], ['dormant', 1, 4],
        ['abandoned', 1, 3], ['slowed', 1, 3], ['suspended', 1, 3]], 'all');
    assertSame(counts(CB.STATUS, makeFilter({countries: ['SN']})), [['active', 1, 3], ['planned', 1, 3]], 'SN');
    assertSame(counts(CB.STATUS, makeFilter({actor: 'cd24'})),
        [['active', 2, 7], ['dormant', 1, 4], ['slowed', 1, 3], ['ended', 1, 2]], 'cd24');
});

test('counts: by theme', () => {
    const rows = counts(CB.THEME);
    assertSame(rows.slice(0, 3), [['youth', 6, 22], ['economic-development', 5, 15], ['culture', 4, 10]],
        'first rows');
    assertEqual(rows.length, 24, 'themes');
});

test('counts: by actor kind', () => {
    const rows = counts(CB.ACTOR_KIND);
    assertSame(rows, [
        ['departement', 20, 11], ['foreign-authority', 10, 10], ['other', 5, 7], ['association', 4, 7],
        ['public-agency', 2, 5], ['education', 2, 4], ['ministry', 2, 4], ['company', 2, 2], ['service', 1, 14],
        ['authority-association', 1, 4], ['multilateral', 1, 2], ['region', 1, 2], ['chamber', 1, 1],
        ['intercommunality', 1, 1], ['network', 0, 3], ['state', 0, 3]], 'all');
    assertEqual(rows.reduce((sum, r) => sum + r[2], 0), 80, 'actors');
    assertSame(counts(CB.ACTOR_KIND, makeFilter({actorKinds: [AK.REGION]})), [['region', 1, 2]], 'regions');
});

// -- 8. overlaps and pooling

const overlapRow = o => [o.get_kind(), o.get_key(), Array.from(o.get_actor_ids()),
    Array.from(o.get_partnership_ids()), o.get_strength(), o.get_n_active()];

test('overlaps: ALL on the seed', () => {
    const overlaps = items(checkModel(ds.find_overlaps(K.ALL, null, null), Aict.Overlap));
    const rows = overlaps.map(overlapRow);
    const sn = [K.COUNTRY, 'SN', ['cd33', 'cd07', 'cd26'], ['p-cd33-senegal', 'p-ados-senegal'], 1, 1];
    assert(rows.some(r => JSON.stringify(r) === JSON.stringify(sn)), 'the Sénégal group');
    assertSame(rows, [
        [K.THEME, 'youth', ['cd24', 'cd17', 'cd33', 'syndicat-eaux'],
            ['p-cd24-araucania', 'p-cd24-larache', 'p-cd17-guinee', 'p-cd17-horizon-chine', 'p-cd33-serbie',
                'p-cd33-cork'], 1, 5],
        [K.THEME, 'economic-development', ['cd17', 'cd33', 'reg-aquitaine', 'syndicat-eaux'],
            ['p-cd17-guinee', 'p-cd17-horizon-chine', 'p-cd17-canada-golfe', 'p-cd33-serbie',
                'p-cd33-roumanie'], 1, 3],
        [K.THEME, 'culture', ['cd24', 'cd17', 'cd64', 'cd33'],
            ['p-cd24-cantabria', 'p-cd17-horizon-chine', 'p-cd64-californie', 'p-cd33-serbie'], 1, 3],
        [K.THEME, 'vocational-training', ['cd24', 'cd17', 'cd33', 'syndicat-eaux'],
            ['p-cd24-ouzbekistan', 'p-cd17-guinee', 'p-cd33-burkina'], 1, 2],
        [K.THEME, 'agriculture', ['cd24', 'cd33'], ['p-cd24-larache', 'p-cd33-serbie'], 1, 2],
        sn,
        [K.THEME, 'migration', ['cd17', 'cd64', 'syndicat-eaux'], ['p-cd17-guinee', 'p-cd64-californie'], 1, 1],
    ], 'overlaps');
    for (const o of overlaps) {
        assert(o.get_actor_ids().length >= 2, `${o.get_key()}: two actors`);
        assert(o.get_partnership_ids().length >= 2, `${o.get_key()}: two partnerships`);
        assertEqual(o.get_shared_kinds(), o.get_kind(), `${o.get_key()}: shared kinds`);
    }
    const ranks = overlaps.map(o => [o.get_strength(), o.get_n_active()]);
    const sorted = [...ranks].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    assertSame(ranks, sorted, 'ranking');
});

test('overlaps: one kind, and a filter', () => {
    assertSame(items(ds.find_overlaps(K.COUNTRY, 'FR', null)).map(overlapRow),
        [[K.COUNTRY, 'SN', ['cd33', 'cd07', 'cd26'], ['p-cd33-senegal', 'p-ados-senegal'], 1, 1]], 'countries');
    assertEqual(ds.find_overlaps(K.PARTNER | K.FUNDER, null, null).get_n_items(), 0, 'partners and funders');
    const active = makeFilter({statuses: [PS.ACTIVE]});
    assertEqual(ds.find_overlaps(K.COUNTRY, null, active).get_n_items(), 0, 'active countries');
    assertSame(items(ds.find_overlaps(K.THEME, null, active)).map(o =>
        [o.get_key(), o.get_n_active(), o.get_actor_ids().length]),
    [['youth', 5, 4], ['culture', 3, 3], ['economic-development', 3, 3], ['vocational-training', 2, 3],
        ['agriculture', 2, 2]], 'active themes');
    // home-side actors of another kind: ADOS and the Gironde association
    assertSame(items(ds.find_overlaps(K.COUNTRY, null, makeFilter({actorKinds: [AK.ASSOCIATION]}))).map(overlapRow),
        [[K.COUNTRY, 'SN', ['ados', 'assoc-gironde-recif'], ['p-cd33-senegal', 'p-ados-senegal'], 1, 1]],
        'associations');
});

test('overlaps: a criterion that does not apply, an unknown actor', () => {
    assertThrowsAict(() => ds.find_overlaps(K.ALL, null, makeFilter({budgetKinds: [BK.SPENT]})),
        E.INVALID_ARGUMENT, 'budget kind');
    assertThrowsAict(() => ds.find_overlaps(K.ALL, null, makeFilter({actor: 'nobody'})), E.NOT_FOUND, 'actor');
});

test('overlaps: bad home country', () => {
    for (const home of ['XX', 'fr']) {
        assertThrowsAict(() => ds.find_overlaps(K.ALL, home, null), E.INVALID_ARGUMENT, home);
        assertThrowsAict(() => ds.find_pooling_candidates('cd24', K.ALL, home), E.INVALID_ARGUMENT, home);
    }
    assertEqual(ds.find_overlaps(K.ALL, 'MA', null).get_n_items(), 0, 'home MA');
});

test('overlaps: ranking on a built dataset', () => {
    const partnership = (id, lead, country, themes, status) =>
        ({id, title: id, status, countries: [country], themes, participants: [{actor: lead, role: 'lead'}]});
    const built = loadDoc({format: 'aict/1',
        actors: ['d1', 'd2', 'd3', 'd4'].map(id => ({id, name: id, kind: 'departement', country: 'FR'})),
        partnerships: [
            partnership('p1', 'd1', 'SN', ['water'], 'planned'),
            partnership('p2', 'd2', 'SN', ['water'], 'planned'),
            partnership('p3', 'd1', 'ML', ['health'], 'active'),
            partnership('p4', 'd2', 'BF', ['health'], 'active'),
            partnership('p5', 'd3', 'TG', ['health'], 'active'),
            {id: 'p6', title: 'p6', status: 'planned', countries: ['ML'],
                participants: [{actor: 'd4', role: 'lead'}]},
        ]});
    // d1 and d2 share SN and water: strength 2 beats the 3 active
    // partnerships of health (d1, d2, d3: no common country)
    assertSame(items(built.find_overlaps(K.ALL, null, null)).map(o => [o.get_kind(), o.get_key(),
        Array.from(o.get_actor_ids()), Array.from(o.get_partnership_ids()), o.get_shared_kinds(),
        o.get_strength(), o.get_n_active()]), [
        [K.COUNTRY, 'SN', ['d1', 'd2'], ['p1', 'p2'], K.COUNTRY | K.THEME, 2, 0],
        [K.THEME, 'water', ['d1', 'd2'], ['p1', 'p2'], K.COUNTRY | K.THEME, 2, 0],
        [K.THEME, 'health', ['d1', 'd2', 'd3'], ['p3', 'p4', 'p5'], K.THEME, 1, 3],
        [K.COUNTRY, 'ML', ['d1', 'd4'], ['p3', 'p6'], K.COUNTRY, 1, 1],
    ], 'ALL');
    assertSame(items(built.find_overlaps(K.COUNTRY, null, null)).map(o =>
        [o.get_key(), o.get_strength(), o.get_n_active()]), [['ML', 1, 1], ['SN', 1, 0]], 'COUNTRY');
    assertSame(items(built.find_pooling_candidates('d1', K.ALL, null)).map(c => [c.get_actor_id(),
        c.get_strength(), c.get_n_shared(), c.get_n_active(), Array.from(c.get_partnership_ids())]), [
        ['d2', 2, 3, 1, ['p2', 'p4']],
        ['d3', 1, 1, 1, ['p5']],
        ['d4', 1, 1, 0, ['p6']],
    ], 'pooling for d1');
});

test('pooling candidates for cd24', () => {
    const candidates = items(checkModel(ds.find_pooling_candidates('cd24', K.ALL, null), Aict.PoolingCandidate));
    assertSame(candidates.map(c => [c.get_actor_id(), c.get_strength(), c.get_n_shared(), c.get_n_active(),
        Array.from(c.get_shared(K.THEME)), Array.from(c.get_partnership_ids())]), [
        ['cd33', 1, 4, 3, ['agriculture', 'culture', 'vocational-training', 'youth'],
            ['p-cd33-serbie', 'p-cd33-burkina', 'p-cd33-cork']],
        ['cd17', 1, 3, 2, ['culture', 'vocational-training', 'youth'], ['p-cd17-guinee', 'p-cd17-horizon-chine']],
        // the syndicat des eaux (an intercommunality) co-funds Guinée
        ['syndicat-eaux', 1, 2, 1, ['vocational-training', 'youth'], ['p-cd17-guinee']],
        ['cd64', 1, 1, 0, ['culture'], ['p-cd64-californie']],
    ], 'candidates');
    const local = [AK.REGION, AK.DEPARTEMENT, AK.COMMUNE, AK.INTERCOMMUNALITY];
    for (const c of candidates) {
        const actor = ds.lookup_actor(c.get_actor_id());
        assert(c.get_actor_id() !== 'cd24', 'not cd24 itself');
        assertEqual(actor.get_country(), 'FR', `${c.get_actor_id()} country`);
        assert(local.includes(actor.get_kind()), `${c.get_actor_id()} is a local authority`);
        assertEqual(c.get_shared_kinds(), K.THEME, `${c.get_actor_id()} shared kinds`);
        assert(c.get_n_shared() > 0, `${c.get_actor_id()} shares something`);
        for (const kind of [K.COUNTRY, K.PARTNER, K.FUNDER])
            assertSame(Array.from(c.get_shared(kind)), [], `${c.get_actor_id()} shares along ${kind}`);
    }
    const ranks = candidates.map(c => [c.get_strength(), c.get_n_shared()]);
    assertSame(ranks, [...ranks].sort((a, b) => b[0] - a[0] || b[1] - a[1]), 'ranking');
    // a unit stands for its département
    assertSame(items(ds.find_pooling_candidates('cd24-bureau', K.ALL, 'FR')).map(c => c.get_actor_id()),
        ['cd33', 'cd17', 'syndicat-eaux', 'cd64'], 'cd24-bureau');
    assertEqual(ds.find_pooling_candidates('cd24', K.COUNTRY, null).get_n_items(), 0, 'no shared country');
});

test('pooling candidates: errors', () => {
    // not on the home side: a foreign authority, a ministry, a service of the MAEDI
    for (const id of ['ma-larache', 'maedi', 'daect']) {
        const e = assertThrowsAict(() => ds.find_pooling_candidates(id, K.ALL, null), E.INVALID_ARGUMENT, id);
        assert(e.message.includes(id), e.message);
    }
    assertThrowsAict(() => ds.find_pooling_candidates('no-such-actor', K.ALL, null), E.NOT_FOUND, 'unknown');
});

// -- 9. actor profiles

test('units and staff', () => {
    assertSame(ids(ds.get_units('cd17')),
        ['cd17-direction', 'cd17-sdi', 'cd17-direco', 'cd17-bureau-chine', 'cd17-cdj'], 'cd17 units');
    assertSame(ids(ds.get_units('cd24')), ['cd24-dgs', 'cd24-service', 'cd24-bureau'], 'cd24 units');
    assertSame(ids(ds.get_units('cd24-service')), ['cd24-bureau'], 'cd24-service units');
    assertSame(ids(ds.get_units('maedi')), ['maedi-dgm', 'daect'], 'maedi units');
    assertSame(ids(ds.get_units('ma-larache')), [], 'no units');
    assertSame(ids(ds.get_staff('cd24')), ['per-valerie-coustillas', 'per-mireille-bordes'], 'cd24 staff');
    assertSame(ids(ds.get_staff('cd17')), ['per-sylvain-pothier-leroux'], 'cd17 staff');
    assertSame(ids(ds.get_staff('maedi')), ['per-joel-savary', 'per-joel-lebret'], 'maedi staff');
    assertSame(ids(ds.get_staff('cd40')), [], 'cd40 staff');
});

test('actor profile: cd17', () => {
    const p = ds.get_actor_profile('cd17');
    assert(p instanceof Aict.ActorProfile, 'an ActorProfile');
    assertEqual(p.get_actor(), ds.lookup_actor('cd17'), 'actor');
    assertSame(ids(p.get_units()),
        ['cd17-direction', 'cd17-sdi', 'cd17-direco', 'cd17-bureau-chine', 'cd17-cdj'], 'units');
    assertSame(ids(p.get_partnerships()), ['p-cd17-guinee', 'p-cd17-horizon-chine', 'p-cd17-canada-golfe'],
        'partnerships');
    // its services' lines and those of its Guinée partnership
    assertSame(ids(p.get_budgets()), ['b-cd17-2016', 'b-cd17-staff-2016', 'b-cd17-staff-planned',
        'b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd17-guinee-staff'], 'budgets');
    assertSame(ids(p.get_staff()), ['per-sylvain-pothier-leroux'], 'staff');
    assertSame(ids(p.get_meetings()), ['m-2016-09-20'], 'meetings');
    assertSame(ids(p.get_actions()), [], 'actions');
    // c-b1-cd17 is the Département's; the others Sylvain POTHIER-LEROUX's
    assertSame(ids(p.get_contributions()),
        ['c-b1-cd17', 'c-c3-s02', 'c-c3-s05', 'c-c3-s09', 'c-c3-e02', 'c-c3-e05'], 'contributions');
    assertEqual(p.get_contributions().get_item_type(), Aict.Contribution.$gtype, 'contribution type');
});

test('actor profile: cd24', () => {
    const p = ds.get_actor_profile('cd24');
    assertEqual(p.get_actor().get_id(), 'cd24', 'actor');
    assertSame(ids(p.get_units()), ['cd24-dgs', 'cd24-service', 'cd24-bureau'], 'units');
    assertSame(ids(p.get_partnerships()), ['p-cd24-araucania', 'p-cd24-larache', 'p-cd24-ouzbekistan',
        'p-cd24-kurdistan', 'p-cd24-cantabria'], 'partnerships');
    assertSame(ids(p.get_budgets()), ['b-cd24-2016', 'b-cd24-staff-before', 'b-cd24-staff-2016'], 'budgets');
    assertSame(ids(p.get_staff()), ['per-valerie-coustillas', 'per-mireille-bordes'], 'staff');
    assertSame(ids(p.get_meetings()), ['m-2016-09-20'], 'meetings');
    assertSame(ids(p.get_actions()), [], 'actions');
    assertSame(ids(p.get_contributions()), ['c-b1-cd24', 'c-c3-m02', 'c-c3-m06'], 'contributions');
});

test('actor profile: the MAEDI, with the actions of its DAECT', () => {
    const p = ds.get_actor_profile('maedi');
    assertSame(ids(p.get_actions()), ['o-c3-daect-reglementation', 'o-c3-daect-livre-blanc'], 'actions');
    assertSame(ids(p.get_partnerships()), ['p-cd24-kurdistan', 'p-cd33-senegal'], 'partnerships');
    assertSame(ids(p.get_staff()), ['per-joel-savary', 'per-joel-lebret'], 'staff');
    assertSame(ids(p.get_contributions()), ['c-c2-savary', 'c-c3-s10', 'c-c3-s15', 'c-c3-s16', 'c-c3-e01',
        'c-c3-e06', 'c-c3-m03', 'c-c4-savary'], 'contributions');
});

// -- 10. folding

test('fold_text', () => {
    assertEqual(Aict.fold_text('Sénégal'), 'senegal', 'Sénégal');
    assertEqual(Aict.fold_text('SÉNÉGAL'), 'senegal', 'SÉNÉGAL');
    assertEqual(Aict.fold_text('Coopération décentralisée'), 'cooperation decentralisee', 'coopération');
    assertEqual(Aict.fold_text('Œuvre'), 'œuvre', 'Œuvre');
    assertEqual(Aict.fold_text(''), '', 'empty');
});

print(`# ${nTests} tests, ${nAssertions} assertions`);
if (failures > 0) {
    printerr(`${failures} test(s) failed`);
    System.exit(1);
}
