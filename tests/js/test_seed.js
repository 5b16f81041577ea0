// SPDX-License-Identifier: LGPL-2.1-or-later
// Facts of the bundled dataset data/meeting-2016.json, from GJS (gjs -m).
//
// Each fact is checked against the wording of the report it encodes (the
// 20 September 2016 meeting of the AECT services of the Nouvelle-Aquitaine
// départements).  The same facts are asserted in C (tests/test-seed.c) and
// Python (tests/python/test_seed.py).
import Aict from 'gi://Aict?version=1';
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import System from 'system';

// -- a small harness: every test runs, failures are printed, exit 1 if any.
let failures = 0;
let nAssertions = 0;
function test(name, fn) {
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

const SOURCE_ID = 'cr-2016-09-20';
const MEETING_ID = 'm-2016-09-20';
const SOURCE_ROOT = GLib.getenv('AICT_SOURCE_ROOT') ??
    GLib.build_filenamev([GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]), '..', '..']);
const SEED = GLib.build_filenamev([SOURCE_ROOT, 'data', 'meeting-2016.json']);

const {AttendanceStatus, AttendanceRole, PartnershipStatus, ParticipantRole,
    OutcomeKind, OutcomeStatus, BudgetKind, DatePrecision} = Aict;

// -- helpers
function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}
function count(array, value) {
    return array.filter(v => v === value).length;
}

let dataset = null;
let meeting = null;
try {
    dataset = Aict.Dataset.new_from_file(SEED);
    meeting = dataset.lookup_meeting(MEETING_ID);
} catch (e) {
    printerr(`not ok - cannot load ${SEED}: ${e.message}`);
    System.exit(1);
}

function attendanceOf(personId) {
    return meeting.dup_attendance().find(a => a.get_person_id() === personId) ?? null;
}
function roleIn(partnership, actorId) {
    const p = partnership.dup_participants().find(x => x.get_actor_id() === actorId);
    return p ? p.get_role() : null;
}
function shortName(actorId) {
    const actor = dataset.lookup_actor(actorId);
    assert(actor !== null, `actor ${actorId}`);
    return actor.get_short_name();
}
function assertYear(date, year) {
    assert(date !== null, 'date is set');
    assertEqual(date.get_precision(), DatePrecision.YEAR, 'precision');
    assertEqual(date.get_year(), year, 'year');
    assertEqual(date.to_string(), String(year), 'to_string');
}
function partnership(id) {
    const p = dataset.lookup_partnership(id);
    assert(p !== null, id);
    return p;
}

// -- tests

test('load: the collections hold what data/README.md counts', () => {
    assertEqual(dataset.get_language(), 'fr', 'language');
    assertEqual(dataset.get_sources().get_n_items(), 1, 'sources');
    assertEqual(dataset.get_actors().get_n_items(), 80, 'actors');
    assertEqual(dataset.get_persons().get_n_items(), 17, 'persons');
    assertEqual(dataset.get_partnerships().get_n_items(), 21, 'partnerships');
    assertEqual(dataset.get_budgets().get_n_items(), 14, 'budgets');
    assertEqual(dataset.get_meetings().get_n_items(), 1, 'meetings');
    assert(meeting !== null, MEETING_ID);
    // A, B, B.1, C, C.1, C.2, C.3, C.4
    assertEqual(meeting.get_agenda().get_n_items(), 8, 'agenda');
    assertEqual(meeting.get_contributions().get_n_items(), 41, 'contributions');
    assertEqual(meeting.get_outcomes().get_n_items(), 25, 'outcomes');
});

test('source: « Compte-rendu … organisé par Cap Coopération et RESODI »', () => {
    const source = dataset.lookup_source(SOURCE_ID);
    assert(source !== null, SOURCE_ID);
    assertEqual(source.get_title(),
        'Compte-rendu de la rencontre entre les services AECT des ' +
        'Conseils départementaux de la Région Nouvelle Aquitaine', 'title');
    assertEqual(source.get_author(), 'Cap Coopération et RESODI', 'author');
    assertEqual(source.get_date().to_string(), '2016-09-20', 'date');
});

test('meeting: « Mardi 20 septembre 10h30-17h, Maison des Suds, … 33607 Pessac »', () => {
    const date = meeting.get_date();
    assert(date !== null, 'date');
    assertEqual(date.get_precision(), DatePrecision.DAY, 'precision');
    assertEqual(date.to_string(), '2016-09-20', 'date');
    // « Mardi »: 20 September 2016 was a Tuesday
    assertEqual(date.get_first_day().get_weekday(), GLib.DateWeekday.TUESDAY, 'weekday');
    assertEqual(meeting.get_end_date(), null, 'end date');

    assertEqual(meeting.get_start_time(), '10:30', 'start');
    assertEqual(meeting.get_end_time(), '17:00', 'end');

    const place = meeting.get_place();
    assert(place !== null, 'place');
    assertEqual(place.get_name(), 'Maison des Suds', 'place name');
    assertEqual(place.get_address(), '12 Esplanade des Antilles', 'address');
    assertEqual(place.get_postal_code(), '33607', 'postal code');
    assertEqual(place.get_locality(), 'Pessac', 'locality');
    assertEqual(place.get_country(), 'FR', 'country');

    assertEqual(JSON.stringify([...meeting.get_organisers()].sort()),
        JSON.stringify(['capcoop', 'resodi']), 'organisers');
    assertEqual(dataset.lookup_actor('capcoop').get_name(), 'Cap Coopération', 'capcoop');
    assertEqual(dataset.lookup_actor('resodi').get_name(), 'RESODI', 'resodi');
});

test('attendance counts: « Présents » 6, « Excusés » 4, « Intervenants » 4', () => {
    const attendance = meeting.dup_attendance();
    assertEqual(attendance.length, 14, 'attendance');
    const statuses = attendance.map(a => a.get_status());
    const roles = attendance.map(a => a.get_role());
    assertEqual(count(statuses, AttendanceStatus.PRESENT), 10, 'present');
    assertEqual(count(statuses, AttendanceStatus.EXCUSED), 4, 'excused');
    assertEqual(count(statuses, AttendanceStatus.ABSENT), 0, 'absent');
    assertEqual(count(roles, AttendanceRole.SPEAKER), 4, 'speakers');
    assertEqual(count(roles, AttendanceRole.ORGANISER), 2, 'organisers');
    assertEqual(count(roles, AttendanceRole.PARTICIPANT), 8, 'participants');
    // the « Présents » list
    assertEqual(attendance.filter(a => a.get_status() === AttendanceStatus.PRESENT &&
        a.get_role() !== AttendanceRole.SPEAKER).length, 6, 'Présents');
    for (const a of attendance)
        assert(dataset.lookup_person(a.get_person_id()) !== null, a.get_person_id());
});

function assertAttendee(personId, name, status, role, representing,
    representingShortName, affiliationActor, post) {
    const a = attendanceOf(personId);
    const person = dataset.lookup_person(personId);
    assert(a !== null, `${personId} attends`);
    assert(person !== null, personId);
    assertEqual(person.get_name(), name, 'name');
    assertEqual(a.get_status(), status, `${personId} status`);
    assertEqual(a.get_role(), role, `${personId} role`);
    assertEqual(a.get_representing_id(), representing, `${personId} representing`);
    assertEqual(shortName(representing), representingShortName, `${representing} short name`);
    const affiliations = person.dup_affiliations();
    assertEqual(affiliations.length, 1, `${personId} affiliations`);
    assertEqual(affiliations[0].get_actor_id(), affiliationActor, `${personId} affiliation`);
    assertEqual(affiliations[0].get_post(), post, `${personId} post`);
}

test('attendance: people as the lists name them', () => {
    // « Valérie COUSTILLAS (Dordogne): Adjointe au chef de service Affaires
    // Européennes et de la Coopération décentralisée » (Présents)
    assertAttendee('per-valerie-coustillas', 'Valérie COUSTILLAS',
        AttendanceStatus.PRESENT, AttendanceRole.PARTICIPANT, 'cd24', 'Dordogne', 'cd24-service',
        'Adjointe au chef de service Affaires Européennes et de la Coopération décentralisée');
    assertEqual(dataset.lookup_actor('cd24-service').get_parent_id(), 'cd24', 'cd24-service parent');
    // « Jacques AUMASSON (Vienne): Directeur de la Coopération Internationale » (Excusés)
    assertAttendee('per-jacques-aumasson', 'Jacques AUMASSON',
        AttendanceStatus.EXCUSED, AttendanceRole.PARTICIPANT, 'cd86', 'Vienne', 'cd86',
        'Directeur de la Coopération Internationale');
    // « Simon LETONTURIER : Conseiller Relations Internationales de
    // l'Assemblée des départements de France (ADF) » (Intervenants)
    assertAttendee('per-simon-letonturier', 'Simon LETONTURIER',
        AttendanceStatus.PRESENT, AttendanceRole.SPEAKER, 'adf', 'ADF', 'adf',
        'Conseiller Relations Internationales');
    // the other excused: Charente, Corrèze, Deux-Sèvres
    assertEqual(attendanceOf('per-larissa-monteiro').get_status(), AttendanceStatus.EXCUSED, 'Monteiro');
    assertEqual(shortName(attendanceOf('per-larissa-monteiro').get_representing_id()), 'Charente');
    assertEqual(shortName(attendanceOf('per-sylvaine-foix').get_representing_id()), 'Corrèze');
    assertEqual(shortName(attendanceOf('per-pascale-bouet').get_representing_id()), 'Deux-Sèvres');
    // Joël SAVARY speaks for the MAEDI, his post is in the DAECT
    assertAttendee('per-joel-savary', 'Joël SAVARY',
        AttendanceStatus.PRESENT, AttendanceRole.SPEAKER, 'maedi', 'MAEDI', 'daect',
        "Chargé de mission auprès du Délégué (Pays d'Afrique de l'Ouest et Centrale)");
    // Joël LEBRET is only mentioned
    assert(dataset.lookup_person('per-joel-lebret') !== null, 'per-joel-lebret');
    assertEqual(attendanceOf('per-joel-lebret'), null, 'Lebret attendance');
});

test('partnership statuses: 10 active, 4 ended, 3 planned, 1 each slowed/dormant/suspended/abandoned', () => {
    const statuses = items(dataset.get_partnerships()).map(p => p.get_status());
    assertEqual(statuses.length, 21, 'partnerships');
    assertEqual(count(statuses, PartnershipStatus.ACTIVE), 10, 'active');
    assertEqual(count(statuses, PartnershipStatus.ENDED), 4, 'ended');
    assertEqual(count(statuses, PartnershipStatus.PLANNED), 3, 'planned');
    assertEqual(count(statuses, PartnershipStatus.SLOWED), 1, 'slowed');
    assertEqual(count(statuses, PartnershipStatus.DORMANT), 1, 'dormant');
    assertEqual(count(statuses, PartnershipStatus.SUSPENDED), 1, 'suspended');
    assertEqual(count(statuses, PartnershipStatus.ABANDONED), 1, 'abandoned');
});

test("Araucanía: « au Chili depuis 2008 […] aujourd'hui au ralenti »", () => {
    const p = partnership('p-cd24-araucania');
    assertEqual(p.get_status(), PartnershipStatus.SLOWED, 'status');
    assertYear(p.get_start(), 2008);
    assertEqual(p.get_end(), null, 'end');
    assertEqual(JSON.stringify(p.get_countries()), JSON.stringify(['CL']), 'countries');
    assert(p.has_country('CL'), 'has CL');
    assert(p.get_subdivisions().includes('CL-AR'), 'CL-AR');
    assertEqual(roleIn(p, 'cd24'), ParticipantRole.LEAD, 'cd24 lead');
    assertEqual(roleIn(p, 'cl-araucania'), ParticipantRole.PARTNER, 'partner');
    assertEqual(dataset.lookup_actor('cl-araucania').get_country(), 'CL', 'partner country');
    // « Ils travaillent avec l'IUT de Périgueux »
    assertEqual(roleIn(p, 'iut-perigueux'), ParticipantRole.SUPPORTER, 'IUT');
});

test('Larache: « agriculture, social, jeunesse »', () => {
    const p = partnership('p-cd24-larache');
    assertEqual(p.get_status(), PartnershipStatus.ACTIVE, 'status');
    assert(p.has_country('MA'), 'has MA');
    assert(p.get_subdivisions().includes('MA-LAR'), 'MA-LAR');
    assert(p.has_theme('agriculture'), 'agriculture');
    assert(p.has_theme('social'), 'social');
    assert(p.has_theme('youth'), 'youth');
    assertEqual(roleIn(p, 'cd24'), ParticipantRole.LEAD, 'cd24 lead');
    assertEqual(roleIn(p, 'ma-larache'), ParticipantRole.PARTNER, 'partner');
    assertEqual(dataset.lookup_actor('ma-larache').get_name(), 'Province de Larache', 'partner name');
});

test('Misiones: « a été abandonné » (Pyrénées-Atlantiques, Argentine)', () => {
    const p = partnership('p-cd64-misiones');
    assertEqual(p.get_status(), PartnershipStatus.ABANDONED, 'status');
    assert(p.has_country('AR'), 'has AR');
    assert(p.get_subdivisions().includes('AR-N'), 'AR-N');
    assertEqual(roleIn(p, 'cd64'), ParticipantRole.LEAD, 'cd64 lead');
    assertEqual(shortName('cd64'), 'Pyrénées-Atlantiques', 'cd64');
    assertEqual(roleIn(p, 'ar-misiones'), ParticipantRole.PARTNER, 'partner');
    // the report does not say when it was dropped
    assertEqual(p.get_end(), null, 'end');
});

test("Kurdistan d'Irak: « est en sommeil »", () => {
    const p = partnership('p-cd24-kurdistan');
    assertEqual(p.get_status(), PartnershipStatus.DORMANT, 'status');
    assert(p.has_country('IQ'), 'has IQ');
    assertEqual(roleIn(p, 'cd24'), ParticipantRole.LEAD, 'cd24 lead');
    assertEqual(roleIn(p, 'iq-kurdistan'), ParticipantRole.PARTNER, 'partner');
    assertEqual(dataset.lookup_actor('iq-kurdistan').get_name(), "Kurdistan d'Irak", 'partner name');
});

test('Guinée: « Depuis 23 ans […] 4 volets […] 5ème volet »', () => {
    const p = partnership('p-cd17-guinee');
    assertEqual(p.get_status(), PartnershipStatus.ACTIVE, 'status');
    // 2016 − 23
    assertYear(p.get_start(), 1993);
    assert(p.has_country('GN'), 'has GN');
    assertEqual(roleIn(p, 'cd17'), ParticipantRole.LEAD, 'cd17 lead');
    assertEqual(roleIn(p, 'gn-communaute-urbaine'), ParticipantRole.PARTNER, 'partner');
    assertEqual(roleIn(p, 'cm-cooperation'), ParticipantRole.OPERATOR, 'CM coopération');
    assertEqual(roleIn(p, 'edm'), ParticipantRole.OPERATOR, 'EDM');
    const components = p.dup_components();
    assertEqual(components.length, 5, 'components');
    assertEqual(JSON.stringify(components.slice(0, 4).map(c => c.get_title())),
        JSON.stringify(["Accès à l'eau", 'Développement du sel solaire', 'Routes',
            'Appui à la décentralisation']), 'volets 1-4');
    assert(components[4].get_title().includes('micro-finance'), '5ème volet');
    assert(components[0].get_themes().includes('water'), 'water');
});

test('budget Dordogne: « entre 30 000 euros et 70 000 euros »', () => {
    const b = dataset.lookup_budget('b-cd24-2016');
    assert(b !== null, 'b-cd24-2016');
    assertEqual(b.get_kind(), BudgetKind.ESTIMATE, 'kind');
    assertEqual(b.get_actor_id(), 'cd24-service', 'actor');
    const amount = b.get_amount();
    assert(amount !== null, 'amount');
    assert(amount.is_range(), 'is range');
    assertEqual(amount.get_currency(), 'EUR', 'currency');
    assertEqual(amount.get_min(), 3000000, 'min');
    assertEqual(amount.get_max(), 7000000, 'max');
    assertEqual(amount.get_approximate(), false, 'approximate');
    assertEqual(b.get_staff_fte(), -1, 'staff');
});

test('budget Gironde: « 170 000euros et 3,4 ETP »', () => {
    const b = dataset.lookup_budget('b-cd33-2016');
    assert(b !== null, 'b-cd33-2016');
    assertEqual(b.get_kind(), BudgetKind.ALLOCATED, 'kind');
    assertEqual(b.get_actor_id(), 'cd33-mission', 'actor');
    assertEqual(dataset.lookup_actor('cd33-mission').get_parent_id(), 'cd33', 'parent');
    const amount = b.get_amount();
    assert(amount !== null, 'amount');
    assertEqual(amount.is_range(), false, 'is range');
    assertEqual(amount.get_currency(), 'EUR', 'currency');
    assertEqual(amount.get_value(), 17000000, 'value');
    assertEqual(b.get_staff_fte(), 340, 'staff');
});

test('budget Pyrénées-Atlantiques: « de 200 000 à 50 000 euros », −75 %', () => {
    const before = dataset.lookup_budget('b-cd64-before');
    const after = dataset.lookup_budget('b-cd64-2016');
    assert(before !== null && after !== null, 'both lines');
    assertEqual(before.get_actor_id(), 'cd64-pole', 'before actor');
    assertEqual(after.get_actor_id(), 'cd64-pole', 'after actor');
    assertEqual(before.get_amount().get_value(), 20000000, 'before');
    assertEqual(after.get_amount().get_value(), 5000000, 'after');
    const bp = before.get_amount().percent_change(after.get_amount());
    assertEqual(bp, -7500, 'basis points');
    // « deux salariés dont une assistante à mi-temps »
    const staff = dataset.lookup_budget('b-cd64-staff-2016');
    assert(staff !== null, 'b-cd64-staff-2016');
    assertEqual(staff.get_staff_fte(), 150, 'staff');
});

test('outcome kinds: 12 proposal, 4 synthesis, 4 action, 2 decision, 2 conclusion, 1 next-meeting', () => {
    const kinds = items(meeting.get_outcomes()).map(o => o.get_kind());
    assertEqual(kinds.length, 25, 'outcomes');
    assertEqual(count(kinds, OutcomeKind.PROPOSAL), 12, 'proposal');
    assertEqual(count(kinds, OutcomeKind.SYNTHESIS), 4, 'synthesis');
    assertEqual(count(kinds, OutcomeKind.ACTION), 4, 'action');
    assertEqual(count(kinds, OutcomeKind.DECISION), 2, 'decision');
    assertEqual(count(kinds, OutcomeKind.CONCLUSION), 2, 'conclusion');
    assertEqual(count(kinds, OutcomeKind.NEXT_MEETING), 1, 'next-meeting');
    const next = dataset.lookup_outcome('o-c4-reunion-2017');
    assert(next !== null, 'o-c4-reunion-2017');
    assertEqual(next.get_kind(), OutcomeKind.NEXT_MEETING, 'kind');
    assertYear(next.get_due(), 2017);
});

function assertAction(id, owner, agendaItem, wording) {
    const o = dataset.lookup_outcome(id);
    assert(o !== null, id);
    assertEqual(o.get_kind(), OutcomeKind.ACTION, `${id} kind`);
    assertEqual(o.get_status(), OutcomeStatus.OPEN, `${id} status`);
    assertEqual(o.get_owner_id(), owner, `${id} owner`);
    assertEqual(o.get_agenda_item_id(), agendaItem, `${id} agenda item`);
    assertEqual(o.get_meeting_id(), MEETING_ID, `${id} meeting`);
    assert(o.get_text().includes(wording), `${id} text has « ${wording} »`);
    // no action in the report has a due date
    assertEqual(o.get_due(), null, `${id} due`);
}

test('outcome actions: all four have an owner', () => {
    const actions = items(meeting.get_outcomes()).filter(o => o.get_kind() === OutcomeKind.ACTION);
    assertEqual(actions.length, 4, 'actions');
    for (const o of actions) {
        assert(o.get_owner_id() !== null, `${o.get_id()} has an owner`);
        assert(dataset.lookup_actor(o.get_owner_id()) !== null, `${o.get_id()} owner is an actor`);
    }

    // « La DAECT recherchera la publication de la confirmation de la
    // réglementation dans le sens qui n'exclut pas les Départements. »
    assertAction('o-c3-daect-reglementation', 'daect', 'm-2016-09-20-C3',
        'publication de la confirmation de la réglementation');
    const daect = dataset.lookup_actor('daect');
    assert(daect !== null, 'daect');
    assertEqual(daect.get_short_name(), 'DAECT', 'DAECT short name');
    assertEqual(daect.get_name(),
        "Délégation pour l'action extérieure des collectivités territoriales", 'DAECT name');
    assertEqual(daect.get_parent_id(), 'maedi-dgm', 'DAECT parent');
    assertEqual(dataset.lookup_actor('maedi-dgm').get_parent_id(), 'maedi', 'DGM parent');

    assertAction('o-c3-daect-livre-blanc', 'daect', 'm-2016-09-20-C3',
        'livre blanc « Diplomatie et territoire »');
    assertAction('o-c3-rrma-sensibilisation', 'rrma-naq', 'm-2016-09-20-C3',
        'faciliter ce travail de sensibilisation');
    assertAction('o-c4-rrma-interface', 'rrma-naq', 'm-2016-09-20-C4',
        'courroie de transmission');
    assertEqual(dataset.lookup_actor('rrma-naq').get_name(), 'RRMA Nouvelle Aquitaine', 'RRMA');
});

test('sources: every entity cites the report with a locator; 303 references', () => {
    const entities = [];
    for (const model of [dataset.get_actors(), dataset.get_persons(), dataset.get_partnerships(),
        dataset.get_budgets(), dataset.get_meetings(), meeting.get_agenda(),
        meeting.get_contributions(), meeting.get_outcomes()])
        entities.push(...items(model));
    assertEqual(entities.length, 207, 'entities');
    let nRefs = 0;
    for (const entity of entities) {
        const refs = entity.dup_source_refs();
        nRefs += refs.length;
        assert(refs.some(r => r.get_source() === SOURCE_ID && (r.get_locator() ?? '') !== ''),
            `${entity.get_id()} has no reference to ${SOURCE_ID} with a locator`);
    }
    assertEqual(nRefs, 303, 'source references');
});

test('validate: no error; the 14 warnings of data/README.md', () => {
    const report = dataset.validate();
    assertEqual(report.get_n_errors(), 0, 'errors');
    assertEqual(report.is_valid(), true, 'is valid');
    assertEqual(report.get_n_warnings(), 14, 'warnings');
    const codes = items(report.get_issues()).map(i => i.get_code());
    assertEqual(count(codes, 'partnership-no-partner-side'), 9, 'partnership-no-partner-side');
    assertEqual(count(codes, 'status-ended-without-end'), 5, 'status-ended-without-end');
});

function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== b[i])
            return false;
    }
    return true;
}

test('roundtrip: loading then saving gives the same bytes', () => {
    const [, original] = GLib.file_get_contents(SEED);
    const fresh = Aict.Dataset.new_from_file(SEED);
    const bytes = fresh.to_bytes().toArray();
    assertEqual(bytes.length, original.length, 'to_bytes length');
    assert(sameBytes(bytes, original), 'to_bytes is the file');

    const tmpdir = GLib.dir_make_tmp('aict-seed-XXXXXX');
    const outPath = GLib.build_filenamev([tmpdir, 'meeting-2016.json']);
    try {
        assertEqual(fresh.save_to_file(outPath), true, 'save_to_file');
        const [, saved] = GLib.file_get_contents(outPath);
        assert(sameBytes(saved, original), 'saved file is the file');
        const reloaded = Aict.Dataset.new_from_file(outPath);
        assert(reloaded.lookup_partnership('p-cd17-guinee') !== null, 'reloaded');
    } finally {
        const out = Gio.File.new_for_path(outPath);
        if (out.query_exists(null))
            out.delete(null);
        Gio.File.new_for_path(tmpdir).delete(null);
    }
});

print(`# ${nAssertions} assertions`);
if (failures > 0) {
    printerr(`${failures} test(s) failed`);
    System.exit(1);
}
