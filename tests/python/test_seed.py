# SPDX-License-Identifier: LGPL-2.1-or-later
"""Facts of the bundled dataset data/meeting-2016.json, through PyGObject.

Each fact is checked against the wording of the report it encodes (the
20 September 2016 meeting of the AECT services of the Nouvelle-Aquitaine
départements).  The same facts are asserted in C (tests/test-seed.c) and GJS
(tests/js/test_seed.js).
"""

import os
import sys
import tempfile
import unittest

import gi

try:
    gi.require_version('Aict', '1')
    from gi.repository import Aict, GLib  # noqa: E402
except (ImportError, ValueError) as e:
    # meson registers this test only when the typelib is built: not
    # finding it is a broken build or environment, never a skip.
    print(f'FAIL: cannot load the Aict 1 typelib through PyGObject: {e}\n'
          f'(GI_TYPELIB_PATH={os.environ.get("GI_TYPELIB_PATH")!r})', file=sys.stderr)
    sys.exit(1)

SOURCE_ID = 'cr-2016-09-20'
MEETING_ID = 'm-2016-09-20'


def seed_path():
    root = os.environ.get('AICT_SOURCE_ROOT')
    if not root:
        root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
    return os.path.join(root, 'data', 'meeting-2016.json')


def load_seed():
    return Aict.Dataset.new_from_file(seed_path())


def items(model):
    return [model.get_item(i) for i in range(model.get_n_items())]


class SeedTestCase(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.dataset = load_seed()
        cls.meeting = cls.dataset.lookup_meeting(MEETING_ID)

    # -- helpers -------------------------------------------------------------

    def attendance_of(self, person_id):
        for a in self.meeting.dup_attendance():
            if a.get_person_id() == person_id:
                return a
        return None

    def role_in(self, partnership, actor_id):
        for p in partnership.dup_participants():
            if p.get_actor_id() == actor_id:
                return p.get_role()
        return None

    def short_name(self, actor_id):
        actor = self.dataset.lookup_actor(actor_id)
        self.assertIsNotNone(actor)
        return actor.get_short_name()

    def assert_year(self, date, year):
        self.assertIsNotNone(date)
        self.assertEqual(date.get_precision(), Aict.DatePrecision.YEAR)
        self.assertEqual(date.get_year(), year)
        self.assertEqual(date.to_string(), str(year))

    def partnership(self, pid):
        p = self.dataset.lookup_partnership(pid)
        self.assertIsNotNone(p, pid)
        return p

    # -- tests ---------------------------------------------------------------

    def test_load(self):
        """The collections hold what data/README.md counts."""
        ds = self.dataset
        self.assertEqual(ds.get_language(), 'fr')
        self.assertEqual(ds.get_sources().get_n_items(), 1)
        self.assertEqual(ds.get_actors().get_n_items(), 80)
        self.assertEqual(ds.get_persons().get_n_items(), 17)
        self.assertEqual(ds.get_partnerships().get_n_items(), 21)
        self.assertEqual(ds.get_budgets().get_n_items(), 14)
        self.assertEqual(ds.get_meetings().get_n_items(), 1)
        self.assertIsNotNone(self.meeting)
        # A, B, B.1, C, C.1, C.2, C.3, C.4
        self.assertEqual(self.meeting.get_agenda().get_n_items(), 8)
        self.assertEqual(self.meeting.get_contributions().get_n_items(), 41)
        self.assertEqual(self.meeting.get_outcomes().get_n_items(), 25)

    def test_source(self):
        """« Compte-rendu de la rencontre … organisé par Cap Coopération et RESODI »."""
        source = self.dataset.lookup_source(SOURCE_ID)
        self.assertIsNotNone(source)
        self.assertEqual(source.get_title(),
                         'Compte-rendu de la rencontre entre les services AECT des '
                         'Conseils départementaux de la Région Nouvelle Aquitaine')
        self.assertEqual(source.get_author(), 'Cap Coopération et RESODI')
        self.assertEqual(source.get_date().to_string(), '2016-09-20')

    def test_meeting(self):
        """« Mardi 20 septembre 10h30-17h, Maison des Suds, 12 Esplanade des
        Antilles, 33607 Pessac »."""
        m = self.meeting
        date = m.get_date()
        self.assertIsNotNone(date)
        self.assertEqual(date.get_precision(), Aict.DatePrecision.DAY)
        self.assertEqual(date.to_string(), '2016-09-20')
        # « Mardi »: 20 September 2016 was a Tuesday
        self.assertEqual(date.get_first_day().get_weekday(), GLib.DateWeekday.TUESDAY)
        self.assertIsNone(m.get_end_date())

        self.assertEqual(m.get_start_time(), '10:30')
        self.assertEqual(m.get_end_time(), '17:00')

        place = m.get_place()
        self.assertIsNotNone(place)
        self.assertEqual(place.get_name(), 'Maison des Suds')
        self.assertEqual(place.get_address(), '12 Esplanade des Antilles')
        self.assertEqual(place.get_postal_code(), '33607')
        self.assertEqual(place.get_locality(), 'Pessac')
        self.assertEqual(place.get_country(), 'FR')

        self.assertEqual(sorted(m.get_organisers()), ['capcoop', 'resodi'])
        self.assertEqual(self.dataset.lookup_actor('capcoop').get_name(), 'Cap Coopération')
        self.assertEqual(self.dataset.lookup_actor('resodi').get_name(), 'RESODI')

    def test_attendance_counts(self):
        """« Présents » 6, « Excusés » 4, « Intervenants » 4 (present too)."""
        attendance = self.meeting.dup_attendance()
        self.assertEqual(len(attendance), 14)
        S, R = Aict.AttendanceStatus, Aict.AttendanceRole
        statuses = [a.get_status() for a in attendance]
        roles = [a.get_role() for a in attendance]
        self.assertEqual(statuses.count(S.PRESENT), 10)
        self.assertEqual(statuses.count(S.EXCUSED), 4)
        self.assertEqual(statuses.count(S.ABSENT), 0)
        self.assertEqual(roles.count(R.SPEAKER), 4)
        self.assertEqual(roles.count(R.ORGANISER), 2)
        self.assertEqual(roles.count(R.PARTICIPANT), 8)
        # the « Présents » list
        self.assertEqual(sum(1 for a in attendance
                             if a.get_status() == S.PRESENT and a.get_role() != R.SPEAKER), 6)
        for a in attendance:
            self.assertIsNotNone(self.dataset.lookup_person(a.get_person_id()), a.get_person_id())

    def assert_attendee(self, person_id, name, status, role, representing,
                        representing_short_name, affiliation_actor, post):
        a = self.attendance_of(person_id)
        person = self.dataset.lookup_person(person_id)
        self.assertIsNotNone(a, person_id)
        self.assertIsNotNone(person, person_id)
        self.assertEqual(person.get_name(), name)
        self.assertEqual(a.get_status(), status)
        self.assertEqual(a.get_role(), role)
        self.assertEqual(a.get_representing_id(), representing)
        self.assertEqual(self.short_name(representing), representing_short_name)
        affiliations = person.dup_affiliations()
        self.assertEqual(len(affiliations), 1)
        self.assertEqual(affiliations[0].get_actor_id(), affiliation_actor)
        self.assertEqual(affiliations[0].get_post(), post)

    def test_attendance_people(self):
        S, R = Aict.AttendanceStatus, Aict.AttendanceRole
        # « Valérie COUSTILLAS (Dordogne): Adjointe au chef de service Affaires
        # Européennes et de la Coopération décentralisée » (Présents)
        self.assert_attendee('per-valerie-coustillas', 'Valérie COUSTILLAS',
                             S.PRESENT, R.PARTICIPANT, 'cd24', 'Dordogne', 'cd24-service',
                             'Adjointe au chef de service Affaires Européennes et de la '
                             'Coopération décentralisée')
        self.assertEqual(self.dataset.lookup_actor('cd24-service').get_parent_id(), 'cd24')
        # « Jacques AUMASSON (Vienne): Directeur de la Coopération Internationale » (Excusés)
        self.assert_attendee('per-jacques-aumasson', 'Jacques AUMASSON',
                             S.EXCUSED, R.PARTICIPANT, 'cd86', 'Vienne', 'cd86',
                             'Directeur de la Coopération Internationale')
        # « Simon LETONTURIER : Conseiller Relations Internationales de
        # l'Assemblée des départements de France (ADF) » (Intervenants)
        self.assert_attendee('per-simon-letonturier', 'Simon LETONTURIER',
                             S.PRESENT, R.SPEAKER, 'adf', 'ADF', 'adf',
                             'Conseiller Relations Internationales')
        # the other excused: Charente, Corrèze, Deux-Sèvres
        self.assertEqual(self.attendance_of('per-larissa-monteiro').get_status(), S.EXCUSED)
        self.assertEqual(self.short_name(
            self.attendance_of('per-larissa-monteiro').get_representing_id()), 'Charente')
        self.assertEqual(self.short_name(
            self.attendance_of('per-sylvaine-foix').get_representing_id()), 'Corrèze')
        self.assertEqual(self.short_name(
            self.attendance_of('per-pascale-bouet').get_representing_id()), 'Deux-Sèvres')
        # Joël SAVARY speaks for the MAEDI, his post is in the DAECT
        self.assert_attendee('per-joel-savary', 'Joël SAVARY',
                             S.PRESENT, R.SPEAKER, 'maedi', 'MAEDI', 'daect',
                             "Chargé de mission auprès du Délégué (Pays d'Afrique de "
                             "l'Ouest et Centrale)")
        # Joël LEBRET is only mentioned
        self.assertIsNotNone(self.dataset.lookup_person('per-joel-lebret'))
        self.assertIsNone(self.attendance_of('per-joel-lebret'))

    def test_partnership_statuses(self):
        """10 active, 4 ended, 3 planned, 1 slowed, 1 dormant, 1 suspended, 1 abandoned."""
        P = Aict.PartnershipStatus
        statuses = [p.get_status() for p in items(self.dataset.get_partnerships())]
        self.assertEqual(len(statuses), 21)
        self.assertEqual(statuses.count(P.ACTIVE), 10)
        self.assertEqual(statuses.count(P.ENDED), 4)
        self.assertEqual(statuses.count(P.PLANNED), 3)
        self.assertEqual(statuses.count(P.SLOWED), 1)
        self.assertEqual(statuses.count(P.DORMANT), 1)
        self.assertEqual(statuses.count(P.SUSPENDED), 1)
        self.assertEqual(statuses.count(P.ABANDONED), 1)

    def test_partnership_araucania(self):
        """« une coopération avec la région de l'Araucanie au Chili depuis 2008 […]
        aujourd'hui au ralenti »."""
        p = self.partnership('p-cd24-araucania')
        R = Aict.ParticipantRole
        self.assertEqual(p.get_status(), Aict.PartnershipStatus.SLOWED)
        self.assert_year(p.get_start(), 2008)
        self.assertIsNone(p.get_end())
        self.assertEqual(list(p.get_countries()), ['CL'])
        self.assertTrue(p.has_country('CL'))
        self.assertIn('CL-AR', p.get_subdivisions())
        self.assertEqual(self.role_in(p, 'cd24'), R.LEAD)
        self.assertEqual(self.role_in(p, 'cl-araucania'), R.PARTNER)
        self.assertEqual(self.dataset.lookup_actor('cl-araucania').get_country(), 'CL')
        # « Ils travaillent avec l'IUT de Périgueux »
        self.assertEqual(self.role_in(p, 'iut-perigueux'), R.SUPPORTER)

    def test_partnership_larache(self):
        """« province de Larache au Maroc sur les thématiques de l'agriculture, du
        social et de la jeunesse »."""
        p = self.partnership('p-cd24-larache')
        R = Aict.ParticipantRole
        self.assertEqual(p.get_status(), Aict.PartnershipStatus.ACTIVE)
        self.assertTrue(p.has_country('MA'))
        self.assertIn('MA-LAR', p.get_subdivisions())
        self.assertTrue(p.has_theme('agriculture'))
        self.assertTrue(p.has_theme('social'))
        self.assertTrue(p.has_theme('youth'))
        self.assertEqual(self.role_in(p, 'cd24'), R.LEAD)
        self.assertEqual(self.role_in(p, 'ma-larache'), R.PARTNER)
        self.assertEqual(self.dataset.lookup_actor('ma-larache').get_name(), 'Province de Larache')

    def test_partnership_misiones(self):
        """« l'accord de coopération avec Misiones (Argentine) a été abandonné »."""
        p = self.partnership('p-cd64-misiones')
        R = Aict.ParticipantRole
        self.assertEqual(p.get_status(), Aict.PartnershipStatus.ABANDONED)
        self.assertTrue(p.has_country('AR'))
        self.assertIn('AR-N', p.get_subdivisions())
        self.assertEqual(self.role_in(p, 'cd64'), R.LEAD)
        self.assertEqual(self.short_name('cd64'), 'Pyrénées-Atlantiques')
        self.assertEqual(self.role_in(p, 'ar-misiones'), R.PARTNER)
        # the report does not say when it was dropped
        self.assertIsNone(p.get_end())

    def test_partnership_kurdistan(self):
        """« Un protocole d'accord avec le Kurdistan d'Irak est en sommeil »."""
        p = self.partnership('p-cd24-kurdistan')
        R = Aict.ParticipantRole
        self.assertEqual(p.get_status(), Aict.PartnershipStatus.DORMANT)
        self.assertTrue(p.has_country('IQ'))
        self.assertEqual(self.role_in(p, 'cd24'), R.LEAD)
        self.assertEqual(self.role_in(p, 'iq-kurdistan'), R.PARTNER)
        self.assertEqual(self.dataset.lookup_actor('iq-kurdistan').get_name(), "Kurdistan d'Irak")

    def test_partnership_guinee(self):
        """« Depuis 23 ans […] autour de 4 volets […] 5ème volet »."""
        p = self.partnership('p-cd17-guinee')
        R = Aict.ParticipantRole
        self.assertEqual(p.get_status(), Aict.PartnershipStatus.ACTIVE)
        # 2016 − 23
        self.assert_year(p.get_start(), 1993)
        self.assertTrue(p.has_country('GN'))
        self.assertEqual(self.role_in(p, 'cd17'), R.LEAD)
        self.assertEqual(self.role_in(p, 'gn-communaute-urbaine'), R.PARTNER)
        self.assertEqual(self.role_in(p, 'cm-cooperation'), R.OPERATOR)
        self.assertEqual(self.role_in(p, 'edm'), R.OPERATOR)
        components = p.dup_components()
        self.assertEqual(len(components), 5)
        self.assertEqual([c.get_title() for c in components[:4]],
                         ["Accès à l'eau", 'Développement du sel solaire', 'Routes',
                          'Appui à la décentralisation'])
        self.assertIn('micro-finance', components[4].get_title())
        self.assertIn('water', components[0].get_themes())

    def test_budget_dordogne(self):
        """« Il s'étend entre 30 000 euros et 70 000 euros »."""
        b = self.dataset.lookup_budget('b-cd24-2016')
        self.assertIsNotNone(b)
        self.assertEqual(b.get_kind(), Aict.BudgetKind.ESTIMATE)
        self.assertEqual(b.get_actor_id(), 'cd24-service')
        amount = b.get_amount()
        self.assertIsNotNone(amount)
        self.assertTrue(amount.is_range())
        self.assertEqual(amount.get_currency(), 'EUR')
        self.assertEqual(amount.get_min(), 3000000)
        self.assertEqual(amount.get_max(), 7000000)
        self.assertFalse(amount.get_approximate())
        self.assertEqual(b.get_staff_fte(), -1)

    def test_budget_gironde(self):
        """« un budget annuel de 170 000euros et 3,4 ETP »."""
        b = self.dataset.lookup_budget('b-cd33-2016')
        self.assertIsNotNone(b)
        self.assertEqual(b.get_kind(), Aict.BudgetKind.ALLOCATED)
        self.assertEqual(b.get_actor_id(), 'cd33-mission')
        self.assertEqual(self.dataset.lookup_actor('cd33-mission').get_parent_id(), 'cd33')
        amount = b.get_amount()
        self.assertIsNotNone(amount)
        self.assertFalse(amount.is_range())
        self.assertEqual(amount.get_currency(), 'EUR')
        self.assertEqual(amount.get_value(), 17000000)
        self.assertEqual(b.get_staff_fte(), 340)

    def test_budget_pyrenees_atlantiques(self):
        """« Le budget est passé récemment de 200 000 à 50 000 euros »: −75 %."""
        before = self.dataset.lookup_budget('b-cd64-before')
        after = self.dataset.lookup_budget('b-cd64-2016')
        self.assertIsNotNone(before)
        self.assertIsNotNone(after)
        self.assertEqual(before.get_actor_id(), 'cd64-pole')
        self.assertEqual(after.get_actor_id(), 'cd64-pole')
        self.assertEqual(before.get_amount().get_value(), 20000000)
        self.assertEqual(after.get_amount().get_value(), 5000000)
        # PyGObject returns the out argument and raises GLib.Error on failure
        self.assertEqual(before.get_amount().percent_change(after.get_amount()), -7500)
        # « deux salariés dont une assistante à mi-temps »
        staff = self.dataset.lookup_budget('b-cd64-staff-2016')
        self.assertIsNotNone(staff)
        self.assertEqual(staff.get_staff_fte(), 150)

    def test_outcome_kinds(self):
        """12 proposal, 4 synthesis, 4 action, 2 decision, 2 conclusion, 1 next-meeting."""
        K = Aict.OutcomeKind
        kinds = [o.get_kind() for o in items(self.meeting.get_outcomes())]
        self.assertEqual(len(kinds), 25)
        self.assertEqual(kinds.count(K.PROPOSAL), 12)
        self.assertEqual(kinds.count(K.SYNTHESIS), 4)
        self.assertEqual(kinds.count(K.ACTION), 4)
        self.assertEqual(kinds.count(K.DECISION), 2)
        self.assertEqual(kinds.count(K.CONCLUSION), 2)
        self.assertEqual(kinds.count(K.NEXT_MEETING), 1)
        nxt = self.dataset.lookup_outcome('o-c4-reunion-2017')
        self.assertIsNotNone(nxt)
        self.assertEqual(nxt.get_kind(), K.NEXT_MEETING)
        self.assert_year(nxt.get_due(), 2017)

    def assert_action(self, oid, owner, agenda_item, wording):
        o = self.dataset.lookup_outcome(oid)
        self.assertIsNotNone(o, oid)
        self.assertEqual(o.get_kind(), Aict.OutcomeKind.ACTION)
        self.assertEqual(o.get_status(), Aict.OutcomeStatus.OPEN)
        self.assertEqual(o.get_owner_id(), owner)
        self.assertEqual(o.get_agenda_item_id(), agenda_item)
        self.assertEqual(o.get_meeting_id(), MEETING_ID)
        self.assertIn(wording, o.get_text())
        # no action in the report has a due date
        self.assertIsNone(o.get_due())

    def test_outcome_actions(self):
        actions = [o for o in items(self.meeting.get_outcomes())
                   if o.get_kind() == Aict.OutcomeKind.ACTION]
        self.assertEqual(len(actions), 4)
        for o in actions:
            self.assertIsNotNone(o.get_owner_id(), o.get_id())
            self.assertIsNotNone(self.dataset.lookup_actor(o.get_owner_id()), o.get_id())

        # « La DAECT recherchera la publication de la confirmation de la
        # réglementation dans le sens qui n'exclut pas les Départements. »
        self.assert_action('o-c3-daect-reglementation', 'daect', 'm-2016-09-20-C3',
                           'publication de la confirmation de la réglementation')
        daect = self.dataset.lookup_actor('daect')
        self.assertIsNotNone(daect)
        self.assertEqual(daect.get_short_name(), 'DAECT')
        self.assertEqual(daect.get_name(),
                         "Délégation pour l'action extérieure des collectivités territoriales")
        self.assertEqual(daect.get_parent_id(), 'maedi-dgm')
        self.assertEqual(self.dataset.lookup_actor('maedi-dgm').get_parent_id(), 'maedi')

        self.assert_action('o-c3-daect-livre-blanc', 'daect', 'm-2016-09-20-C3',
                           'livre blanc « Diplomatie et territoire »')
        self.assert_action('o-c3-rrma-sensibilisation', 'rrma-naq', 'm-2016-09-20-C3',
                           'faciliter ce travail de sensibilisation')
        self.assert_action('o-c4-rrma-interface', 'rrma-naq', 'm-2016-09-20-C4',
                           'courroie de transmission')
        self.assertEqual(self.dataset.lookup_actor('rrma-naq').get_name(),
                         'RRMA Nouvelle Aquitaine')

    def test_sources(self):
        """Every entity cites the report with a locator; 303 references in all."""
        ds, m = self.dataset, self.meeting
        entities = []
        for model in (ds.get_actors(), ds.get_persons(), ds.get_partnerships(),
                      ds.get_budgets(), ds.get_meetings(), m.get_agenda(),
                      m.get_contributions(), m.get_outcomes()):
            entities.extend(items(model))
        self.assertEqual(len(entities), 207)
        n_refs = 0
        for entity in entities:
            refs = entity.dup_source_refs()
            n_refs += len(refs)
            self.assertTrue(any(r.get_source() == SOURCE_ID and r.get_locator()
                                for r in refs),
                            '%s has no reference to %s with a locator'
                            % (entity.get_id(), SOURCE_ID))
        self.assertEqual(n_refs, 303)

    def test_validate(self):
        """No error; the 14 warnings are the gaps of the report (data/README.md)."""
        report = self.dataset.validate()
        self.assertEqual(report.get_n_errors(), 0)
        self.assertTrue(report.is_valid())
        self.assertEqual(report.get_n_warnings(), 14)
        codes = [issue.get_code() for issue in items(report.get_issues())]
        self.assertEqual(codes.count('partnership-no-partner-side'), 9)
        self.assertEqual(codes.count('status-ended-without-end'), 5)

    def test_roundtrip(self):
        """The file is in canonical layout: it is written back byte for byte."""
        with open(seed_path(), 'rb') as f:
            original = f.read()
        dataset = load_seed()
        self.assertEqual(dataset.to_bytes().get_data(), original)
        with tempfile.TemporaryDirectory(prefix='aict-seed-') as tmpdir:
            out_path = os.path.join(tmpdir, 'meeting-2016.json')
            self.assertTrue(dataset.save_to_file(out_path))
            with open(out_path, 'rb') as f:
                self.assertEqual(f.read(), original)
            reloaded = Aict.Dataset.new_from_file(out_path)
            self.assertIsNotNone(reloaded.lookup_partnership('p-cd17-guinee'))


if __name__ == '__main__':
    unittest.main()
