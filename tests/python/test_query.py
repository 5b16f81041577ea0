# SPDX-License-Identifier: LGPL-2.1-or-later
"""Queries and analyses (Aict.Filter, filters, budget totals, counts,
overlaps, pooling candidates, actor profiles), through PyGObject.

Expected values are read from data/meeting-2016.json (the ids are written
out here, and checked against the file where the file says it directly).
The same facts are asserted in GJS (tests/js/test_query.js).
"""
import os
import sys

try:
    import gi
    gi.require_version('Aict', '1')
    from gi.repository import Aict, Gio, GLib
except (ImportError, ValueError) as e:
    # meson registers this test only when the typelib is built: not
    # finding it is a broken build or environment, never a skip.
    print(f'FAIL: cannot load the Aict 1 typelib through PyGObject: {e}\n'
          f'(GI_TYPELIB_PATH={os.environ.get("GI_TYPELIB_PATH")!r})', file=sys.stderr)
    sys.exit(1)

import json
import unittest

SOURCE_ROOT = os.environ.get(
    'AICT_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SEED = os.path.join(SOURCE_ROOT, 'data', 'meeting-2016.json')

E = Aict.Error
G = Aict.BudgetGrouping
K = Aict.OverlapKind
PS = Aict.PartnershipStatus
R = Aict.ParticipantRole
BK = Aict.BudgetKind


def load_seed():
    return Aict.Dataset.new_from_file(SEED)


def load_json():
    with open(SEED, encoding='utf-8') as f:
        return json.load(f)


def load_text(doc):
    return Aict.Dataset.new_from_data_full(json.dumps(doc).encode('utf-8'), None)


def ids(model):
    return [model.get_item(i).get_id() for i in range(model.get_n_items())]


def date(text):
    return Aict.PartialDate.parse(text)


def make_filter(countries=(), themes=(), statuses=(), roles=(), actor_kinds=(),
                budget_kinds=(), outcome_kinds=(), outcome_statuses=(),
                actor=None, owner=None, meeting=None, period=None, overdue_at=None,
                text=None):
    f = Aict.Filter.new()
    for c in countries:
        f.add_country(c)
    for t in themes:
        f.add_theme(t)
    for s in statuses:
        f.add_status(s)
    for r in roles:
        f.add_role(r)
    for k in actor_kinds:
        f.add_actor_kind(k)
    for k in budget_kinds:
        f.add_budget_kind(k)
    for k in outcome_kinds:
        f.add_outcome_kind(k)
    for s in outcome_statuses:
        f.add_outcome_status(s)
    if actor is not None:
        f.set_actor(actor)
    if owner is not None:
        f.set_owner(owner)
    if meeting is not None:
        f.set_meeting(meeting)
    if period is not None:
        f.set_period(*(date(d) if d is not None else None for d in period))
    if overdue_at is not None:
        f.set_overdue_at(date(overdue_at))
    if text is not None:
        f.set_text(text)
    return f


class AictTestCase(unittest.TestCase):

    def assertAictError(self, cm, code):
        e = cm.exception
        self.assertIsInstance(e, GLib.Error)
        self.assertEqual(e.domain, 'aict-error-quark')
        self.assertTrue(e.matches(Aict.error_quark(), code),
                        '%s: expected %s, got code %d' % (e.message, code.value_nick, e.code))
        self.assertEqual(e.code, int(code))
        self.assertTrue(e.message)
        return e


# -- 1. partnerships ------------------------------------------------------------

class PartnershipFilterTestCase(AictTestCase):

    @classmethod
    def setUpClass(cls):
        cls.ds = load_seed()
        cls.json = load_json()

    def partnerships(self, **criteria):
        model = self.ds.filter_partnerships(make_filter(**criteria))
        self.assertIsInstance(model, Gio.ListModel)
        self.assertEqual(model.get_item_type(), Aict.Partnership.__gtype__)
        return ids(model)

    def test_empty_filter_matches_everything_in_dataset_order(self):
        f = Aict.Filter.new()
        self.assertTrue(f.is_empty())
        expected = [p['id'] for p in self.json['partnerships']]
        self.assertEqual(len(expected), 21)
        self.assertEqual(ids(self.ds.filter_partnerships(f)), expected)
        self.assertEqual(ids(self.ds.filter_partnerships(None)), expected)
        self.assertEqual(self.ds.filter_partnerships(f).get_n_items(),
                         self.ds.get_partnerships().get_n_items())
        # the same objects as the dataset's
        self.assertIs(self.ds.filter_partnerships(f).get_item(0),
                      self.ds.lookup_partnership(expected[0]))

    def test_country(self):
        self.assertEqual(self.partnerships(countries=['MA']), ['p-cd24-larache'])
        self.assertEqual(self.partnerships(countries=['SN']),
                         ['p-cd33-senegal', 'p-ados-senegal'])
        self.assertEqual(self.partnerships(countries=['FR']), [])
        # one of the Gulf States of p-cd17-canada-golfe
        self.assertEqual(self.partnerships(countries=['QA']), ['p-cd17-canada-golfe'])

    def test_countries_are_alternatives(self):
        self.assertEqual(self.partnerships(countries=['SN', 'MA']),
                         ['p-cd24-larache', 'p-cd33-senegal', 'p-ados-senegal'])
        self.assertEqual(self.partnerships(countries=['MA', 'GN', 'MA']),
                         ['p-cd24-larache', 'p-cd17-guinee'])

    def test_theme(self):
        self.assertEqual(self.partnerships(themes=['water']), ['p-cd17-guinee'])
        self.assertEqual(self.partnerships(themes=['heritage']),
                         ['p-cd24-ouzbekistan', 'p-cd24-cantabria'])
        # a component's theme counts: volet 4 of Guinée is vocational-training
        self.assertEqual(self.partnerships(themes=['vocational-training']),
                         ['p-cd24-ouzbekistan', 'p-cd17-guinee', 'p-cd33-burkina'])
        self.assertEqual(self.partnerships(themes=['youth']),
                         ['p-cd24-araucania', 'p-cd24-larache', 'p-cd17-guinee',
                          'p-cd17-horizon-chine', 'p-cd33-serbie', 'p-cd33-cork'])
        self.assertEqual(self.partnerships(themes=['water', 'fisheries']),
                         ['p-cd17-guinee', 'p-cd33-senegal'])
        self.assertEqual(self.partnerships(themes=['climate']), [])

    def test_statuses_are_alternatives(self):
        self.assertEqual(self.partnerships(statuses=[PS.ENDED, PS.ABANDONED]),
                         ['p-cd24-ouzbekistan', 'p-cd64-misiones', 'p-cd33-turquie',
                          'p-cd33-pologne', 'p-cd33-algerie'])
        self.assertEqual(self.partnerships(statuses=[PS.SLOWED]), ['p-cd24-araucania'])
        self.assertEqual(self.partnerships(statuses=[PS.PLANNED, PS.DORMANT]),
                         ['p-cd24-kurdistan', 'p-cd17-canada-golfe',
                          'p-cd64-californie', 'p-cd33-senegal'])
        active = self.partnerships(statuses=[PS.ACTIVE])
        self.assertEqual(len(active), 10)
        self.assertEqual(active, [p['id'] for p in self.json['partnerships']
                                  if p['status'] == 'active'])

    def test_actor(self):
        cd24 = ['p-cd24-araucania', 'p-cd24-larache', 'p-cd24-ouzbekistan',
                'p-cd24-kurdistan', 'p-cd24-cantabria']
        self.assertEqual(self.partnerships(actor='cd24'), cd24)
        self.assertEqual(self.partnerships(actor='cd24', roles=[R.LEAD]), cd24)
        self.assertEqual(self.partnerships(actor='cd24', roles=[R.PARTNER]), [])
        # the MAEDI supports Kurdistan and funds Sénégal
        self.assertEqual(self.partnerships(actor='maedi'),
                         ['p-cd24-kurdistan', 'p-cd33-senegal'])
        self.assertEqual(self.partnerships(actor='maedi', roles=[R.FUNDER]),
                         ['p-cd33-senegal'])
        self.assertEqual(self.partnerships(actor='maedi', roles=[R.SUPPORTER]),
                         ['p-cd24-kurdistan'])
        self.assertEqual(self.partnerships(actor='maedi', roles=[R.FUNDER, R.SUPPORTER]),
                         ['p-cd24-kurdistan', 'p-cd33-senegal'])
        self.assertEqual(self.partnerships(actor='maedi', roles=[R.LEAD]), [])
        self.assertEqual(self.partnerships(actor='ma-larache', roles=[R.PARTNER]),
                         ['p-cd24-larache'])
        # both leads of the joint Ardèche–Drôme cooperation
        self.assertEqual(self.partnerships(actor='cd26', roles=[R.LEAD]), ['p-ados-senegal'])

    def test_actor_stands_for_its_units(self):
        # cd17-bureau-chine (operator of Horizon Chine) is a unit of
        # cd17-sdi, itself a unit of cd17-direction, a unit of cd17
        self.assertEqual(self.partnerships(actor='cd17'),
                         ['p-cd17-guinee', 'p-cd17-horizon-chine', 'p-cd17-canada-golfe'])
        self.assertEqual(self.partnerships(actor='cd17-sdi'), ['p-cd17-horizon-chine'])
        self.assertEqual(self.partnerships(actor='cd17', roles=[R.OPERATOR]),
                         ['p-cd17-horizon-chine'])
        # cd17-cdj (a unit) supports Guinée
        self.assertEqual(self.partnerships(actor='cd17', roles=[R.SUPPORTER]),
                         ['p-cd17-guinee'])
        self.assertEqual(self.partnerships(actor='cd17-direco'), [])

    def test_role_without_actor(self):
        self.assertEqual(self.partnerships(roles=[R.FUNDER]),
                         ['p-cd17-guinee', 'p-cd33-senegal'])
        self.assertEqual(self.partnerships(roles=[R.PARTNER]),
                         ['p-cd24-araucania', 'p-cd24-larache', 'p-cd24-kurdistan',
                          'p-cd24-cantabria', 'p-cd17-guinee', 'p-cd64-misiones',
                          'p-cd64-californie', 'p-cd33-pologne', 'p-cd33-burkina',
                          'p-cd33-roumanie', 'p-cd33-cork'])

    def test_period(self):
        # dated: Araucanía from 2008, Cantabria from 2016, Guinée from 1993,
        # Horizon Chine from 2012; all run on (no end); the 17 others have
        # no date and never match a period
        self.assertEqual(self.partnerships(period=('2016', '2016')),
                         ['p-cd24-araucania', 'p-cd24-cantabria', 'p-cd17-guinee',
                          'p-cd17-horizon-chine'])
        self.assertEqual(self.partnerships(period=('2000', '2005')), ['p-cd17-guinee'])
        self.assertEqual(self.partnerships(period=('2008-06', '2011-12-31')),
                         ['p-cd24-araucania', 'p-cd17-guinee'])
        self.assertEqual(self.partnerships(period=('2015-12-31', '2015-12-31')),
                         ['p-cd24-araucania', 'p-cd17-guinee', 'p-cd17-horizon-chine'])
        self.assertEqual(self.partnerships(period=('1990', '1992')), [])
        # open bounds
        self.assertEqual(self.partnerships(period=(None, '2007')), ['p-cd17-guinee'])
        self.assertEqual(self.partnerships(period=('2030', None)),
                         ['p-cd24-araucania', 'p-cd24-cantabria', 'p-cd17-guinee',
                          'p-cd17-horizon-chine'])
        # removing the period removes the criterion
        f = make_filter(period=('2016', '2016'))
        f.set_period(None, None)
        self.assertTrue(f.is_empty())
        self.assertEqual(self.ds.filter_partnerships(f).get_n_items(), 21)

    def test_period_on_a_built_dataset(self):
        ds = load_text({'format': 'aict/1', 'partnerships': [
            {'id': 'p-span', 'title': 'Span', 'status': 'ended',
             'start': '2010', 'end': '2012-06', 'participants': []},
            {'id': 'p-end-only', 'title': 'End only', 'status': 'ended',
             'end': '2009', 'participants': []},
            {'id': 'p-start-only', 'title': 'Start only', 'status': 'active',
             'start': '2014-03-15', 'participants': []},
            {'id': 'p-undated', 'title': 'Undated', 'status': 'active', 'participants': []},
        ]})

        def period(a, b):
            return ids(ds.filter_partnerships(make_filter(period=(a, b))))

        self.assertEqual(period('2012-06-30', '2012-07'), ['p-span'])
        self.assertEqual(period('2012-07', '2013'), [])
        self.assertEqual(period('1900', '1900'), ['p-end-only'])
        self.assertEqual(period('2009-12-31', '2010-01-01'), ['p-span', 'p-end-only'])
        self.assertEqual(period('2014-03-14', '2014-03-14'), [])
        self.assertEqual(period('2014-03', '2014-03'), ['p-start-only'])
        self.assertEqual(period('2099', '2099'), ['p-start-only'])
        self.assertEqual(period(None, None), ['p-span', 'p-end-only', 'p-start-only', 'p-undated'])

    def test_text_ignores_case_and_accents(self):
        senegal = ['p-cd33-senegal', 'p-ados-senegal']
        for text in ('senegal', 'SÉNÉGAL', 'Sénégal', 'sEnEgAl', '  sénégal!  '):
            self.assertEqual(self.partnerships(text=text), senegal, text)
        self.assertEqual(self.partnerships(text='larache'), ['p-cd24-larache'])
        # every word must begin a word: both « Guinée » and « Ébola » (notes)
        self.assertEqual(self.partnerships(text='guinée ébola'), ['p-cd17-guinee'])
        self.assertEqual(self.partnerships(text='guinee zzz'), [])
        # a word is matched by its beginning only
        self.assertEqual(self.partnerships(text='enegal'), [])

    def test_text_prefix(self):
        # « coop » begins « Coopération », « coopération », « Coopérations »…:
        # only Kurdistan, Cantabria, Horizon Chine and the ADF's Tunisia
        # programme have none of them
        self.assertEqual(self.partnerships(text='coop'),
                         ['p-cd24-araucania', 'p-cd24-larache', 'p-cd24-ouzbekistan',
                          'p-cd17-guinee', 'p-cd17-canada-golfe', 'p-cd64-benin',
                          'p-cd64-misiones', 'p-cd64-californie', 'p-cd33-turquie',
                          'p-cd33-pologne', 'p-cd33-algerie', 'p-cd33-serbie',
                          'p-cd33-burkina', 'p-cd33-senegal', 'p-cd33-roumanie',
                          'p-cd33-cork', 'p-ados-senegal'])
        self.assertEqual(self.partnerships(text='COOP'), self.partnerships(text='coop'))

    def test_text_without_words_is_no_criterion(self):
        f = Aict.Filter.new()
        f.set_text(' -- ! ')
        self.assertEqual(f.get_text(), ' -- ! ')
        self.assertTrue(f.is_empty())
        self.assertEqual(self.ds.filter_partnerships(f).get_n_items(), 21)
        f.set_text('senegal')
        self.assertFalse(f.is_empty())
        self.assertEqual(f.get_text(), 'senegal')
        f.set_text(None)
        self.assertIsNone(f.get_text())
        self.assertTrue(f.is_empty())

    def test_criteria_combine_with_and(self):
        self.assertEqual(self.partnerships(countries=['SN'], statuses=[PS.ACTIVE]),
                         ['p-ados-senegal'])
        self.assertEqual(self.partnerships(text='senegal', statuses=[PS.PLANNED]),
                         ['p-cd33-senegal'])
        self.assertEqual(self.partnerships(actor='cd33', themes=['youth']),
                         ['p-cd33-serbie', 'p-cd33-cork'])
        self.assertEqual(self.partnerships(actor='cd24', period=('2016', '2016')),
                         ['p-cd24-araucania', 'p-cd24-cantabria'])
        self.assertEqual(self.partnerships(actor='cd24', countries=['SN']), [])
        self.assertEqual(self.partnerships(countries=['SN', 'MA'], themes=['youth'],
                                           statuses=[PS.ACTIVE], actor='cd24',
                                           roles=[R.LEAD], text='dordogne'),
                         ['p-cd24-larache'])

    def test_filter_getters(self):
        f = Aict.Filter.new()
        self.assertIsNone(f.get_actor())
        self.assertIsNone(f.get_owner())
        self.assertIsNone(f.get_meeting())
        self.assertIsNone(f.get_text())
        f.set_actor('cd24')
        f.set_owner('daect')
        f.set_meeting('m-2016-09-20')
        self.assertEqual(f.get_actor(), 'cd24')
        self.assertEqual(f.get_owner(), 'daect')
        self.assertEqual(f.get_meeting(), 'm-2016-09-20')
        self.assertFalse(f.is_empty())
        f.set_actor(None)
        f.set_owner(None)
        f.set_meeting(None)
        self.assertTrue(f.is_empty())
        for add in (lambda g: g.add_status(PS.ACTIVE), lambda g: g.add_role(R.LEAD),
                    lambda g: g.add_actor_kind(Aict.ActorKind.REGION),
                    lambda g: g.add_budget_kind(BK.SPENT),
                    lambda g: g.add_outcome_kind(Aict.OutcomeKind.ACTION),
                    lambda g: g.add_outcome_status(Aict.OutcomeStatus.DONE),
                    lambda g: g.add_country('MA'), lambda g: g.add_theme('water'),
                    lambda g: g.set_period(date('2016'), None),
                    lambda g: g.set_period(None, date('2016')),
                    lambda g: g.set_overdue_at(date('2017'))):
            g = Aict.Filter.new()
            self.assertTrue(g.is_empty())
            add(g)
            self.assertFalse(g.is_empty())


# -- 2. actors --------------------------------------------------------------------

class ActorFilterTestCase(AictTestCase):

    @classmethod
    def setUpClass(cls):
        cls.ds = load_seed()

    def actors(self, **criteria):
        model = self.ds.filter_actors(make_filter(**criteria))
        self.assertEqual(model.get_item_type(), Aict.Actor.__gtype__)
        return ids(model)

    def test_all(self):
        self.assertEqual(self.actors(), [a['id'] for a in load_json()['actors']])

    def test_country_gives_the_participants(self):
        # p-cd24-larache: cd24, ma-larache, mfr, etab-scolaires-24, ime-24,
        # maison-enfance-24, in dataset order
        self.assertEqual(self.actors(countries=['MA']),
                         ['cd24', 'mfr', 'etab-scolaires-24', 'ime-24',
                          'maison-enfance-24', 'ma-larache'])
        self.assertEqual(self.actors(countries=['SN']),
                         ['cd33', 'cd07', 'cd26', 'maedi', 'ados', 'assoc-gironde-recif'])
        self.assertEqual(self.actors(countries=['SN'], statuses=[PS.ACTIVE]),
                         ['cd07', 'cd26', 'ados'])
        self.assertEqual(self.actors(countries=['FR']), [])

    def test_actor_gives_fellow_participants(self):
        # cd17's partnerships, without cd17 and its units cd17-cdj and
        # cd17-bureau-chine
        self.assertEqual(self.actors(actor='cd17'),
                         ['canope', 'pnud', 'cci', 'cm-cooperation', 'edm',
                          'syndicat-eaux', 'gn-communaute-urbaine'])
        self.assertEqual(self.actors(actor='cd24', actor_kinds=[Aict.ActorKind.FOREIGN_AUTHORITY]),
                         ['cl-araucania', 'ma-larache', 'iq-kurdistan', 'es-cantabria'])
        self.assertEqual(self.actors(actor='cd07'), ['cd26', 'ados'])
        self.assertEqual(self.actors(actor='ma-larache'),
                         ['cd24', 'mfr', 'etab-scolaires-24', 'ime-24', 'maison-enfance-24'])

    def test_roles(self):
        # the actors found take part in one of the roles
        self.assertEqual(self.actors(actor='cd17', roles=[R.OPERATOR]),
                         ['cm-cooperation', 'edm'])
        self.assertEqual(self.actors(actor='cd17', roles=[R.FUNDER, R.PARTNER]),
                         ['pnud', 'syndicat-eaux', 'gn-communaute-urbaine'])
        self.assertEqual(self.actors(roles=[R.FUNDER]), ['maedi', 'pnud', 'syndicat-eaux'])
        self.assertEqual(self.actors(countries=['SN'], roles=[R.LEAD]), ['cd33', 'cd07', 'cd26'])

    def test_actor_kind(self):
        self.assertEqual(self.actors(actor_kinds=[Aict.ActorKind.REGION]),
                         ['reg-naq', 'reg-aquitaine'])
        self.assertEqual(self.actors(actor_kinds=[Aict.ActorKind.FOREIGN_AUTHORITY]),
                         ['cl-araucania', 'ma-larache', 'iq-kurdistan', 'es-cantabria',
                          'gn-communaute-urbaine', 'ar-misiones', 'us-california',
                          'bf-bobo-dioulasso', 'ro-municipalite', 'ie-cork'])
        self.assertEqual(self.actors(actor_kinds=[Aict.ActorKind.REGION,
                                                  Aict.ActorKind.INTERCOMMUNALITY]),
                         ['reg-naq', 'reg-aquitaine', 'syndicat-eaux'])
        self.assertEqual(self.actors(countries=['SN'], actor_kinds=[Aict.ActorKind.DEPARTEMENT]),
                         ['cd33', 'cd07', 'cd26'])
        self.assertEqual(len(self.actors(actor_kinds=[Aict.ActorKind.SERVICE])), 14)

    def test_text(self):
        self.assertEqual(self.actors(text='larache'),
                         ['mfr', 'etab-scolaires-24', 'ime-24', 'maison-enfance-24', 'ma-larache'])
        self.assertEqual(self.actors(text='DAECT'), ['daect'])
        # the IUT's notes name the Araucanía
        self.assertEqual(self.actors(text='araucanie'), ['iut-perigueux', 'cl-araucania'])


# -- 3. persons, meetings, outcomes, budget lines ---------------------------------

class OtherTargetsTestCase(AictTestCase):

    @classmethod
    def setUpClass(cls):
        cls.ds = load_seed()

    def persons(self, **criteria):
        model = self.ds.filter_persons(make_filter(**criteria))
        self.assertEqual(model.get_item_type(), Aict.Person.__gtype__)
        return ids(model)

    def meetings(self, **criteria):
        model = self.ds.filter_meetings(make_filter(**criteria))
        self.assertEqual(model.get_item_type(), Aict.Meeting.__gtype__)
        return ids(model)

    def outcomes(self, **criteria):
        model = self.ds.filter_outcomes(make_filter(**criteria))
        self.assertEqual(model.get_item_type(), Aict.Outcome.__gtype__)
        return ids(model)

    def budgets(self, **criteria):
        model = self.ds.filter_budgets(make_filter(**criteria))
        self.assertEqual(model.get_item_type(), Aict.Budget.__gtype__)
        return ids(model)

    def test_persons_by_actor_with_units(self):
        # per-valerie-coustillas is in cd24-service, per-mireille-bordes in cd24
        self.assertEqual(self.persons(actor='cd24'),
                         ['per-valerie-coustillas', 'per-mireille-bordes'])
        self.assertEqual(self.persons(actor='cd24-service'), ['per-valerie-coustillas'])
        self.assertEqual(self.persons(actor='cd17'), ['per-sylvain-pothier-leroux'])
        # Joël SAVARY is in the DAECT, a unit of the DGM, a unit of the MAEDI
        self.assertEqual(self.persons(actor='maedi'), ['per-joel-savary', 'per-joel-lebret'])
        self.assertEqual(self.persons(actor='resodi'),
                         ['per-marion-leriche', 'per-paul-michenot'])
        self.assertEqual(self.persons(actor='cd40'), [])

    def test_persons_by_text(self):
        self.assertEqual(self.persons(text='coustillas'), ['per-valerie-coustillas'])
        # posts: « Président », « Vice-présidente »
        self.assertEqual(self.persons(text='president'),
                         ['per-paul-michenot', 'per-jean-du-bois-de-gaudusson',
                          'per-mireille-bordes'])
        self.assertEqual(self.persons(text='président', actor='capcoop'),
                         ['per-jean-du-bois-de-gaudusson'])
        self.assertEqual(len(self.persons()), 17)

    def test_meetings(self):
        m = ['m-2016-09-20']
        self.assertEqual(self.meetings(), m)
        # organisers and bodies represented
        self.assertEqual(self.meetings(actor='capcoop'), m)
        self.assertEqual(self.meetings(actor='cd24'), m)
        self.assertEqual(self.meetings(actor='cd86'), m)   # excused, still represented
        self.assertEqual(self.meetings(actor='cd40'), [])
        self.assertEqual(self.meetings(actor='rrma-naq'), [])
        # period: the meeting is on 2016-09-20
        self.assertEqual(self.meetings(period=('2016', '2016')), m)
        self.assertEqual(self.meetings(period=('2016-09-20', '2016-09-20')), m)
        self.assertEqual(self.meetings(period=('2016-09', None)), m)
        self.assertEqual(self.meetings(period=('2016-09-21', '2017')), [])
        self.assertEqual(self.meetings(period=(None, '2016-09-19')), [])
        # text: title, place, notes
        self.assertEqual(self.meetings(text='PESSAC'), m)
        self.assertEqual(self.meetings(text='maison suds'), m)
        self.assertEqual(self.meetings(text='lyon'), [])
        # country of the place; themes of contributions and outcomes
        self.assertEqual(self.meetings(countries=['FR']), m)
        self.assertEqual(self.meetings(countries=['SN']), [])
        self.assertEqual(self.meetings(themes=['climate']), m)   # c-c2-savary only
        self.assertEqual(self.meetings(themes=['water']), [])

    def test_outcomes_actions_of_an_owner(self):
        A = Aict.OutcomeKind
        daect = ['o-c3-daect-reglementation', 'o-c3-daect-livre-blanc']
        self.assertEqual(self.outcomes(outcome_kinds=[A.ACTION], owner='daect'), daect)
        # the DAECT is a unit of the MAEDI; o-c4-maedi-appui is a proposal
        self.assertEqual(self.outcomes(outcome_kinds=[A.ACTION], owner='maedi'), daect)
        self.assertEqual(self.outcomes(owner='maedi'),
                         ['o-c3-daect-reglementation', 'o-c3-daect-livre-blanc',
                          'o-c4-maedi-appui'])
        self.assertEqual(self.outcomes(outcome_kinds=[A.ACTION], owner='rrma-naq'),
                         ['o-c3-rrma-sensibilisation', 'o-c4-rrma-interface'])
        self.assertEqual(self.outcomes(owner='rrma-naq'),
                         ['o-c3-rrma-sensibilisation', 'o-c3-temps-echange',
                          'o-c4-rrma-interface'])
        self.assertEqual(self.outcomes(outcome_kinds=[A.ACTION]),
                         ['o-c3-rrma-sensibilisation', 'o-c3-daect-reglementation',
                          'o-c3-daect-livre-blanc', 'o-c4-rrma-interface'])
        self.assertEqual(self.outcomes(outcome_kinds=[A.DECISION, A.NEXT_MEETING]),
                         ['o-a-reseau-unique', 'o-c4-reunion-2017', 'o-c4-groupe-restreint'])
        self.assertEqual(self.outcomes(owner='cd24'), [])

    def test_outcomes_by_actor_theme_text(self):
        # owner or an actor it names
        self.assertEqual(self.outcomes(actor='cd24'),
                         ['o-c3-pays-commun', 'o-c4-groupe-restreint',
                          'o-c4-autres-departements', 'o-c4-gouvernance-rrma'])
        self.assertEqual(self.outcomes(actor='cd40'), ['o-c4-autres-departements'])
        # the MAEDI and its units (the DGM, the DAECT), as owner or named
        self.assertEqual(self.outcomes(actor='maedi'),
                         ['o-c3-conseillers-diplomatiques', 'o-c3-daect-reglementation',
                          'o-c3-daect-livre-blanc', 'o-c3-economie-synthese',
                          'o-c4-maedi-appui', 'o-c4-exemples-positifs'])
        self.assertEqual(self.outcomes(themes=['trade']),
                         ['o-c3-temps-echange', 'o-c3-economie-synthese'])
        self.assertEqual(self.outcomes(text='daect'),
                         ['o-c3-daect-reglementation', 'o-c3-daect-livre-blanc',
                          'o-c3-economie-synthese'])

    def test_outcomes_status_meeting_period(self):
        S = Aict.OutcomeStatus
        everything = ids(self.ds.lookup_meeting('m-2016-09-20').get_outcomes())
        self.assertEqual(len(everything), 25)
        self.assertEqual(self.outcomes(), everything)
        self.assertEqual(self.outcomes(outcome_statuses=[S.OPEN]), everything)
        self.assertEqual(self.outcomes(outcome_statuses=[S.DONE, S.CANCELLED, S.IN_PROGRESS]), [])
        self.assertEqual(self.outcomes(meeting='m-2016-09-20'), everything)
        # due dates: o-a-reseau-unique 2017-01-01, o-b1-cd64-orientations 2016,
        # o-c4-reunion-2017 2017
        self.assertEqual(self.outcomes(period=('2017', '2017')),
                         ['o-a-reseau-unique', 'o-c4-reunion-2017'])
        self.assertEqual(self.outcomes(period=('2016-12', '2017-01-01')),
                         ['o-a-reseau-unique', 'o-b1-cd64-orientations', 'o-c4-reunion-2017'])
        self.assertEqual(self.outcomes(period=('2016', '2016')), ['o-b1-cd64-orientations'])
        # overdue: open and due wholly before the date
        self.assertEqual(self.outcomes(overdue_at='2017-06-01'),
                         ['o-a-reseau-unique', 'o-b1-cd64-orientations'])
        self.assertEqual(self.outcomes(overdue_at='2017-01-01'), ['o-b1-cd64-orientations'])
        self.assertEqual(self.outcomes(overdue_at='2016-12-31'), [])
        self.assertEqual(self.outcomes(overdue_at='2018'),
                         ['o-a-reseau-unique', 'o-b1-cd64-orientations', 'o-c4-reunion-2017'])

    def test_overdue_on_a_built_dataset(self):
        actions = [
            ('o-open', 'open', '2016-12'),
            ('o-progress', 'in-progress', '2016-12'),
            ('o-done', 'done', '2016-12'),
            ('o-cancelled', 'cancelled', '2016-12'),
            ('o-no-due', 'open', None),
            ('o-later', 'open', '2017-02-15'),
        ]
        outcomes = []
        for oid, status, due in actions:
            o = {'id': oid, 'kind': 'action', 'text': oid, 'owner': 'a', 'status': status}
            if due is not None:
                o['due'] = due
            outcomes.append(o)
        ds = load_text({'format': 'aict/1',
                        'actors': [{'id': 'a', 'name': 'A', 'kind': 'departement',
                                    'country': 'FR'}],
                        'meetings': [{'id': 'm', 'title': 'M', 'date': '2016-11-30',
                                      'outcomes': outcomes}]})

        def overdue(at):
            return ids(ds.filter_outcomes(make_filter(overdue_at=at)))

        self.assertEqual(overdue('2017-01-01'), ['o-open', 'o-progress'])
        self.assertEqual(overdue('2017-01'), ['o-open', 'o-progress'])
        self.assertEqual(overdue('2016-12-15'), [])
        self.assertEqual(overdue('2016-12-31'), [])
        # « 2017 » starts on 1 January 2017
        self.assertEqual(overdue('2017'), ['o-open', 'o-progress'])
        self.assertEqual(overdue('2017-02-16'), ['o-open', 'o-progress', 'o-later'])
        self.assertEqual(overdue('2018'), ['o-open', 'o-progress', 'o-later'])
        # combined with a status
        f = make_filter(overdue_at='2018', outcome_statuses=[Aict.OutcomeStatus.IN_PROGRESS])
        self.assertEqual(ids(ds.filter_outcomes(f)), ['o-progress'])

        o = ds.lookup_outcome('o-open')
        self.assertTrue(o.is_overdue(date('2017-01-01')))
        self.assertTrue(o.is_overdue(date('2017')))
        self.assertFalse(o.is_overdue(date('2016-12-15')))
        self.assertFalse(o.is_overdue(date('2016-12')))
        self.assertFalse(o.is_overdue(date('2016')))
        self.assertTrue(ds.lookup_outcome('o-progress').is_overdue(date('2017-01-01')))
        for oid in ('o-done', 'o-cancelled'):
            self.assertFalse(ds.lookup_outcome(oid).is_overdue(date('2017-01-01')), oid)
            self.assertFalse(ds.lookup_outcome(oid).is_overdue(date('2099')), oid)
        self.assertFalse(ds.lookup_outcome('o-no-due').is_overdue(date('2099')))
        self.assertFalse(ds.lookup_outcome('o-later').is_overdue(date('2017-02-15')))
        self.assertTrue(ds.lookup_outcome('o-later').is_overdue(date('2017-02-16')))

    def test_budgets(self):
        self.assertEqual(self.budgets(budget_kinds=[BK.ALLOCATED]),
                         ['b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd64-before',
                          'b-cd64-2016', 'b-cd33-2016'])
        self.assertEqual(self.budgets(budget_kinds=[BK.PLANNED]), ['b-cd17-staff-planned'])
        self.assertEqual(self.budgets(budget_kinds=[BK.SPENT]), [])
        self.assertEqual(len(self.budgets(budget_kinds=[BK.ESTIMATE])), 8)
        self.assertEqual(len(self.budgets(budget_kinds=[BK.ESTIMATE, BK.ALLOCATED, BK.PLANNED])), 14)
        # its actor (and units), or a participant of its partnership
        self.assertEqual(self.budgets(actor='cd64'),
                         ['b-cd64-before', 'b-cd64-2016', 'b-cd64-staff-2016', 'b-cd64-csi'])
        self.assertEqual(self.budgets(actor='pnud'),
                         ['b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd17-guinee-staff'])
        self.assertEqual(self.budgets(countries=['GN']),
                         ['b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd17-guinee-staff'])
        self.assertEqual(self.budgets(countries=['GN'], budget_kinds=[BK.ALLOCATED]),
                         ['b-cd17-guinee-before', 'b-cd17-guinee-ebola'])
        self.assertEqual(self.budgets(themes=['water'], statuses=[PS.ACTIVE]),
                         ['b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd17-guinee-staff'])
        # period: b-cd64-before ends in 2015 (no start), undated lines never match
        self.assertEqual(self.budgets(period=('2015', '2015')), ['b-cd64-before'])
        self.assertEqual(self.budgets(period=('2016', '2016')),
                         ['b-cd24-2016', 'b-cd24-staff-2016', 'b-cd17-2016', 'b-cd17-staff-2016',
                          'b-cd17-guinee-staff', 'b-cd64-2016', 'b-cd64-staff-2016',
                          'b-cd64-csi', 'b-cd33-2016'])
        self.assertEqual(self.budgets(text='ébola'),
                         ['b-cd17-guinee-before', 'b-cd17-guinee-ebola'])

    def test_budget_theme_via_its_partnership(self):
        # A budget line matches a theme « via its partnership », and a
        # partnership has the theme if it or one of its components has it
        # (the table of Aict.Filter).  vocational-training is only the theme
        # of volet 4 of p-cd17-guinee, so the partnership matches...
        self.assertIn('p-cd17-guinee',
                      ids(self.ds.filter_partnerships(make_filter(themes=['vocational-training']))))
        self.assertEqual(self.budgets(themes=['water']),
                         ['b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd17-guinee-staff'])
        # ... and so do its budget lines
        self.assertEqual(self.budgets(themes=['vocational-training']),
                         ['b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd17-guinee-staff'])


# -- 4. errors ---------------------------------------------------------------------

class ErrorTestCase(AictTestCase):

    @classmethod
    def setUpClass(cls):
        cls.ds = load_seed()

    def test_bad_country_and_theme(self):
        f = Aict.Filter.new()
        for code in ('XX', 'ma', 'MAR', ''):
            with self.assertRaises(GLib.Error) as cm:
                f.add_country(code)
            self.assertAictError(cm, E.INVALID_ARGUMENT)
        with self.assertRaises(GLib.Error) as cm:
            f.add_theme('nope')
        self.assertAictError(cm, E.INVALID_ARGUMENT)
        self.assertIn('nope', cm.exception.message)
        with self.assertRaises(GLib.Error) as cm:
            f.add_theme('Water')
        self.assertAictError(cm, E.INVALID_ARGUMENT)
        # nothing was added
        self.assertTrue(f.is_empty())
        self.assertTrue(f.add_country('MA'))
        self.assertTrue(f.add_theme('water'))

    def test_criterion_that_does_not_apply(self):
        f = make_filter(statuses=[PS.ACTIVE])
        with self.assertRaises(GLib.Error) as cm:
            self.ds.filter_persons(f)
        e = self.assertAictError(cm, E.INVALID_ARGUMENT)
        self.assertIn('status', e.message)
        self.assertIn('persons', e.message)
        cases = [
            (self.ds.filter_persons, make_filter(countries=['MA']), 'country'),
            (self.ds.filter_partnerships, make_filter(budget_kinds=[BK.SPENT]), 'budget kind'),
            (self.ds.filter_partnerships, make_filter(actor_kinds=[Aict.ActorKind.REGION]),
             'actor kind'),
            (self.ds.filter_meetings, make_filter(statuses=[PS.ACTIVE]), 'status'),
            (self.ds.filter_meetings, make_filter(owner='cd24'), 'owner'),
            (self.ds.filter_outcomes, make_filter(countries=['FR']), 'country'),
            (self.ds.filter_budgets, make_filter(roles=[R.LEAD]), 'role'),
            (self.ds.filter_actors, make_filter(overdue_at='2017'), 'overdue'),
            (self.ds.filter_partnerships, make_filter(meeting='m-2016-09-20'), 'meeting'),
        ]
        for func, f, name in cases:
            with self.assertRaises(GLib.Error) as cm:
                func(f)
            e = self.assertAictError(cm, E.INVALID_ARGUMENT)
            self.assertIn(name, e.message)
        with self.assertRaises(GLib.Error) as cm:
            self.ds.count(Aict.CountBy.COUNTRY, make_filter(outcome_kinds=[Aict.OutcomeKind.ACTION]))
        self.assertAictError(cm, E.INVALID_ARGUMENT)
        with self.assertRaises(GLib.Error) as cm:
            self.ds.get_budget_totals(G.NONE, make_filter(roles=[R.LEAD]))
        self.assertAictError(cm, E.INVALID_ARGUMENT)

    def test_unknown_ids(self):
        f = make_filter(actor='no-such-actor')
        for func in (self.ds.filter_partnerships, self.ds.filter_actors,
                     self.ds.filter_persons, self.ds.filter_meetings,
                     self.ds.filter_outcomes, self.ds.filter_budgets):
            with self.assertRaises(GLib.Error) as cm:
                func(f)
            e = self.assertAictError(cm, E.NOT_FOUND)
            self.assertIn('no-such-actor', e.message)
        # a partnership id is not an actor
        with self.assertRaises(GLib.Error) as cm:
            self.ds.filter_partnerships(make_filter(actor='p-cd24-larache'))
        self.assertAictError(cm, E.NOT_FOUND)
        with self.assertRaises(GLib.Error) as cm:
            self.ds.filter_outcomes(make_filter(owner='nobody'))
        self.assertAictError(cm, E.NOT_FOUND)
        with self.assertRaises(GLib.Error) as cm:
            self.ds.filter_outcomes(make_filter(meeting='m-1999'))
        e = self.assertAictError(cm, E.NOT_FOUND)
        self.assertIn('m-1999', e.message)
        for func in (self.ds.get_units, self.ds.get_staff, self.ds.get_actor_profile):
            with self.assertRaises(GLib.Error) as cm:
                func('nobody')
            self.assertAictError(cm, E.NOT_FOUND)


# -- 5. the index follows changes -------------------------------------------------

class InvalidationTestCase(AictTestCase):

    def setUp(self):
        self.ds = load_seed()

    def partnerships(self, **criteria):
        return ids(self.ds.filter_partnerships(make_filter(**criteria)))

    def test_set_countries(self):
        self.assertEqual(self.partnerships(countries=['MA']), ['p-cd24-larache'])
        self.ds.lookup_partnership('p-cd24-kurdistan').set_countries(['IQ', 'MA'])
        self.assertEqual(self.partnerships(countries=['MA']),
                         ['p-cd24-larache', 'p-cd24-kurdistan'])
        self.ds.lookup_partnership('p-cd24-larache').set_countries(['TN'])
        self.assertEqual(self.partnerships(countries=['MA']), ['p-cd24-kurdistan'])
        self.assertEqual(self.partnerships(countries=['TN']),
                         ['p-cd24-larache', 'p-adf-tunisie'])
        # actors follow too
        self.assertEqual(ids(self.ds.filter_actors(make_filter(countries=['MA']))),
                         ['cd24', 'maedi', 'afd', 'iq-kurdistan'])

    def test_set_status(self):
        self.assertEqual(len(self.partnerships(statuses=[PS.ACTIVE])), 10)
        self.ds.lookup_partnership('p-cd24-araucania').set_status(PS.ACTIVE)
        active = self.partnerships(statuses=[PS.ACTIVE])
        self.assertEqual(len(active), 11)
        self.assertEqual(active[0], 'p-cd24-araucania')
        self.assertEqual(self.partnerships(statuses=[PS.SLOWED]), [])
        counts = {c.get_key(): c.get_n_partnerships()
                  for c in self.ds.count(Aict.CountBy.STATUS, None)}
        self.assertEqual(counts['active'], 11)
        self.assertNotIn('slowed', counts)

    def test_add_participant(self):
        self.assertEqual(self.partnerships(actor='cd64'),
                         ['p-cd64-benin', 'p-cd64-misiones', 'p-cd64-californie'])
        self.ds.lookup_partnership('p-ados-senegal').add_participant(
            Aict.Participant.new('cd64-pole', R.SUPPORTER))
        self.assertEqual(self.partnerships(actor='cd64'),
                         ['p-cd64-benin', 'p-cd64-misiones', 'p-cd64-californie',
                          'p-ados-senegal'])
        self.assertEqual(self.partnerships(actor='cd64', roles=[R.SUPPORTER]),
                         ['p-ados-senegal'])
        self.assertEqual(ids(self.ds.filter_actors(make_filter(countries=['SN']))),
                         ['cd33', 'cd07', 'cd26', 'cd64-pole', 'maedi', 'ados',
                          'assoc-gironde-recif'])

    def test_text_follows_a_new_title(self):
        self.assertEqual(self.partnerships(text='zanzibar'), [])
        self.ds.lookup_partnership('p-cd64-benin').set_title('Coopération avec Zanzibar')
        self.assertEqual(self.partnerships(text='zanzibar'), ['p-cd64-benin'])

    def test_add_and_remove(self):
        p = Aict.Partnership(id='p-new', title='Nouvelle coopération au Maroc',
                             status=PS.PLANNED)
        p.set_countries(['MA'])
        p.add_participant(Aict.Participant.new('cd33', R.LEAD))
        self.assertEqual(self.partnerships(countries=['MA']), ['p-cd24-larache'])
        self.assertTrue(self.ds.add(p))
        self.assertEqual(self.partnerships(countries=['MA']), ['p-cd24-larache', 'p-new'])
        self.assertEqual(self.partnerships(actor='cd33', statuses=[PS.PLANNED]),
                         ['p-cd33-senegal', 'p-new'])
        self.assertEqual(self.ds.filter_partnerships(None).get_n_items(), 22)
        # after the add, a change of the new partnership is seen too
        p.set_status(PS.ACTIVE)
        self.assertEqual(self.partnerships(actor='cd33', statuses=[PS.PLANNED]),
                         ['p-cd33-senegal'])
        self.assertTrue(self.ds.remove('p-new'))
        self.assertEqual(self.partnerships(countries=['MA']), ['p-cd24-larache'])
        self.assertTrue(self.ds.remove('p-cd24-larache'))
        self.assertEqual(self.partnerships(countries=['MA']), [])
        self.assertEqual(self.ds.filter_partnerships(None).get_n_items(), 20)
        self.assertEqual(ids(self.ds.filter_actors(make_filter(countries=['MA']))), [])

    def test_outcome_status(self):
        S = Aict.OutcomeStatus
        f = make_filter(outcome_statuses=[S.DONE])
        self.assertEqual(ids(self.ds.filter_outcomes(f)), [])
        self.ds.lookup_outcome('o-c3-daect-livre-blanc').set_status(S.DONE)
        self.assertEqual(ids(self.ds.filter_outcomes(f)), ['o-c3-daect-livre-blanc'])
        self.assertEqual(ids(self.ds.filter_outcomes(
            make_filter(owner='daect', outcome_statuses=[S.OPEN]))),
            ['o-c3-daect-reglementation'])


# -- 6. budget totals ----------------------------------------------------------------

def row(total, *dimensions):
    amount = total.get_amount()
    return (tuple(total.get_key(d) for d in dimensions), total.get_kind(),
            amount.get_currency(), amount.get_min(), amount.get_max(), amount.is_range(),
            list(total.get_budget_ids()))


class BudgetTotalsTestCase(AictTestCase):

    @classmethod
    def setUpClass(cls):
        cls.ds = load_seed()

    def test_none(self):
        totals = self.ds.get_budget_totals(G.NONE, None)
        self.assertEqual(totals.get_item_type(), Aict.Total.__gtype__)
        self.assertEqual(totals.get_n_items(), 2)
        allocated, estimate = totals.get_item(0), totals.get_item(1)
        for t in (allocated, estimate):
            self.assertEqual(t.get_grouping(), G.NONE)
            self.assertIsNone(t.get_key(G.ACTOR))
            self.assertIsNone(t.get_key(G.YEAR))
            self.assertIsNone(t.get_previous_year())
            self.assertIsNone(t.get_change())
        # 200 000 + 1 200 000 + 200 000 + 50 000 + 170 000 = 1 820 000
        self.assertEqual(row(allocated),
                         ((), BK.ALLOCATED, 'EUR', 182000000, 182000000, False,
                          ['b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd64-before',
                           'b-cd64-2016', 'b-cd33-2016']))
        self.assertEqual(allocated.get_n_budgets(), 5)
        self.assertEqual(allocated.get_amount().get_value(), 182000000)
        # 30 000–70 000 + 400 000–500 000 + 0–10 000; staff-only lines left out
        self.assertEqual(row(estimate),
                         ((), BK.ESTIMATE, 'EUR', 43000000, 58000000, True,
                          ['b-cd24-2016', 'b-cd17-2016', 'b-cd64-csi']))
        self.assertEqual(estimate.get_n_budgets(), 3)

    def test_actor_year(self):
        grouping = G.ACTOR | G.YEAR
        totals = self.ds.get_budget_totals(grouping, None)
        rows = [row(t, G.ACTOR, G.YEAR) for t in totals]
        self.assertEqual(rows, [
            # the Guinée lines have no actor: their partnership's lead; no year
            (('cd17', None), BK.ALLOCATED, 'EUR', 140000000, 140000000, False,
             ['b-cd17-guinee-before', 'b-cd17-guinee-ebola']),
            (('cd17-sdi', '2016'), BK.ESTIMATE, 'EUR', 40000000, 50000000, True, ['b-cd17-2016']),
            (('cd24-service', '2016'), BK.ESTIMATE, 'EUR', 3000000, 7000000, True, ['b-cd24-2016']),
            (('cd33-mission', '2016'), BK.ALLOCATED, 'EUR', 17000000, 17000000, False,
             ['b-cd33-2016']),
            # b-cd64-before has only an end, 2015
            (('cd64-pole', '2015'), BK.ALLOCATED, 'EUR', 20000000, 20000000, False,
             ['b-cd64-before']),
            (('cd64-pole', '2016'), BK.ALLOCATED, 'EUR', 5000000, 5000000, False, ['b-cd64-2016']),
            (('cd64-pole', '2016'), BK.ESTIMATE, 'EUR', 0, 1000000, True, ['b-cd64-csi']),
        ])
        for t in totals:
            self.assertEqual(t.get_grouping(), grouping)
            self.assertIsNone(t.get_key(G.COUNTRY))
            self.assertIsNone(t.get_key(G.FUNDER))
        cd64_2016 = totals.get_item(5)
        self.assertEqual(cd64_2016.get_previous_year(), '2015')
        change = cd64_2016.get_change()
        self.assertIsNotNone(change)
        self.assertFalse(change.is_range())
        self.assertEqual(change.get_value(), -15000000)
        self.assertEqual(change.get_currency(), 'EUR')
        self.assertEqual(tuple(cd64_2016.get_change_percent()), (True, -7500))
        # the first of a series, and an estimate (another series than the
        # allocation of 2015)
        for i in (0, 1, 2, 3, 4, 6):
            t = totals.get_item(i)
            self.assertIsNone(t.get_previous_year(), i)
            self.assertIsNone(t.get_change(), i)
            self.assertEqual(tuple(t.get_change_percent()), (False, 0), i)

    def test_ranges_are_kept(self):
        # « entre 30 000 euros et 70 000 euros »
        f = make_filter(actor='cd24')
        totals = self.ds.get_budget_totals(G.ACTOR, f)
        self.assertEqual([row(t, G.ACTOR) for t in totals],
                         [(('cd24-service',), BK.ESTIMATE, 'EUR', 3000000, 7000000, True,
                           ['b-cd24-2016'])])

    def test_funders_of_the_guinea_budget(self):
        # b-cd17-guinee-ebola: cd17 gives 60 000 of the 1 200 000, the
        # syndicat des eaux and the PNUD give an amount not given (0 to the
        # line); b-cd17-guinee-before has no funders: its actor's (the lead's)
        f = make_filter(countries=['GN'])
        totals = self.ds.get_budget_totals(G.FUNDER, f)
        self.assertEqual([row(t, G.FUNDER) for t in totals], [
            (('cd17',), BK.ALLOCATED, 'EUR', 26000000, 26000000, False,
             ['b-cd17-guinee-before', 'b-cd17-guinee-ebola']),
            (('pnud',), BK.ALLOCATED, 'EUR', 0, 120000000, True, ['b-cd17-guinee-ebola']),
            (('syndicat-eaux',), BK.ALLOCATED, 'EUR', 0, 120000000, True,
             ['b-cd17-guinee-ebola']),
        ])
        ebola = self.ds.lookup_budget('b-cd17-guinee-ebola')
        funders = {fu.get_actor_id(): fu for fu in ebola.dup_funders()}
        self.assertEqual(sorted(funders), ['cd17', 'pnud', 'syndicat-eaux'])
        self.assertEqual(funders['cd17'].get_amount().get_value(), 6000000)
        self.assertIsNone(funders['pnud'].get_amount())
        self.assertEqual(funders['pnud'].get_share(), -1)

    def test_kinds_and_currencies_kept_apart(self):
        ds = load_text({'format': 'aict/1',
                        'actors': [{'id': 'a', 'name': 'A', 'kind': 'commune', 'country': 'FR'}],
                        'budgets': [
                            {'id': 'b-eur', 'actor': 'a', 'kind': 'allocated', 'start': '2016',
                             'amount': {'currency': 'EUR', 'value': 1000}},
                            {'id': 'b-xof', 'actor': 'a', 'kind': 'allocated', 'start': '2016',
                             'amount': {'currency': 'XOF', 'value': 500000}},
                            {'id': 'b-spent', 'actor': 'a', 'kind': 'spent', 'start': '2016',
                             'end': '2016', 'amount': {'currency': 'EUR', 'value': 200}},
                            {'id': 'b-eur-2', 'actor': 'a', 'kind': 'allocated', 'end': '2016',
                             'amount': {'currency': 'EUR', 'value': 0.5}},
                            {'id': 'b-range', 'actor': 'a', 'kind': 'estimate', 'start': '2016',
                             'amount': {'currency': 'EUR', 'min': 30000, 'max': 70000}},
                            {'id': 'b-ten', 'actor': 'a', 'kind': 'estimate', 'start': '2016',
                             'amount': {'currency': 'EUR', 'value': 10000}},
                            {'id': 'b-next', 'actor': 'a', 'kind': 'estimate', 'start': '2017',
                             'amount': {'currency': 'EUR', 'value': 10000}},
                            {'id': 'b-span', 'actor': 'a', 'kind': 'estimate', 'start': '2014',
                             'end': '2015-06', 'amount': {'currency': 'EUR', 'value': 1}},
                        ]})
        self.assertEqual(Aict.currency_get_decimals('XOF'), 0)
        totals = ds.get_budget_totals(G.ACTOR | G.YEAR, None)
        self.assertEqual([row(t, G.ACTOR, G.YEAR) for t in totals], [
            (('a', '2014-2015'), BK.ESTIMATE, 'EUR', 100, 100, False, ['b-span']),
            (('a', '2016'), BK.ALLOCATED, 'EUR', 100050, 100050, False, ['b-eur', 'b-eur-2']),
            (('a', '2016'), BK.ALLOCATED, 'XOF', 500000, 500000, False, ['b-xof']),
            (('a', '2016'), BK.SPENT, 'EUR', 20000, 20000, False, ['b-spent']),
            # « 30 000 to 70 000 » and 10 000 give « 40 000 to 80 000 »
            (('a', '2016'), BK.ESTIMATE, 'EUR', 4000000, 8000000, True, ['b-range', 'b-ten']),
            (('a', '2017'), BK.ESTIMATE, 'EUR', 1000000, 1000000, False, ['b-next']),
        ])
        # a span of years starts no series; 2017 follows 2016 (a range): a
        # change by interval arithmetic, no percentage
        self.assertIsNone(totals.get_item(0).get_previous_year())
        last = totals.get_item(5)
        self.assertEqual(last.get_previous_year(), '2016')
        change = last.get_change()
        self.assertTrue(change.is_range())
        self.assertEqual((change.get_min(), change.get_max()), (-7000000, -3000000))
        self.assertEqual(tuple(last.get_change_percent()), (False, 0))
        # grouped by nothing: still one row per kind and currency
        self.assertEqual([row(t) for t in ds.get_budget_totals(G.NONE, None)], [
            ((), BK.ALLOCATED, 'EUR', 100050, 100050, False, ['b-eur', 'b-eur-2']),
            ((), BK.ALLOCATED, 'XOF', 500000, 500000, False, ['b-xof']),
            ((), BK.SPENT, 'EUR', 20000, 20000, False, ['b-spent']),
            ((), BK.ESTIMATE, 'EUR', 5000100, 9000100, True,
             ['b-range', 'b-ten', 'b-next', 'b-span']),
        ])

    def test_change_from_zero(self):
        ds = load_text({'format': 'aict/1',
                        'actors': [{'id': 'z', 'name': 'Z', 'kind': 'commune', 'country': 'FR'}],
                        'budgets': [
                            {'id': 'b-2013', 'actor': 'z', 'kind': 'allocated', 'start': '2013',
                             'amount': {'currency': 'EUR', 'value': 0}},
                            {'id': 'b-2016', 'actor': 'z', 'kind': 'allocated', 'start': '2016',
                             'amount': {'currency': 'EUR', 'value': 100}},
                            {'id': 'b-2017', 'actor': 'z', 'kind': 'allocated', 'start': '2017',
                             'amount': {'currency': 'EUR', 'value': 150}},
                        ]})
        totals = list(ds.get_budget_totals(G.YEAR, None))
        self.assertEqual([(t.get_key(G.YEAR), t.get_amount().get_value()) for t in totals],
                         [('2013', 0), ('2016', 10000), ('2017', 15000)])
        # the previous year of the series, even when years are missing
        self.assertEqual(totals[1].get_previous_year(), '2013')
        self.assertEqual(totals[1].get_change().get_value(), 10000)
        # no relative change from zero
        self.assertEqual(tuple(totals[1].get_change_percent()), (False, 0))
        self.assertEqual(totals[2].get_previous_year(), '2016')
        self.assertEqual(totals[2].get_change().get_value(), 5000)
        self.assertEqual(tuple(totals[2].get_change_percent()), (True, 5000))

    def test_shares(self):
        ds = load_text({'format': 'aict/1',
                        'actors': [{'id': i, 'name': i.upper(), 'kind': 'other'}
                                   for i in ('a', 'f1', 'f2', 'f3', 'f4')],
                        'budgets': [
                            {'id': 'b-exact', 'actor': 'a', 'kind': 'allocated',
                             'amount': {'currency': 'EUR', 'value': 1000},
                             'funders': [{'actor': 'f1', 'share': 70}, {'actor': 'f2', 'share': 30}]},
                            {'id': 'b-inexact', 'actor': 'a', 'kind': 'allocated',
                             'amount': {'currency': 'EUR', 'value': 1},
                             'funders': [{'actor': 'f3', 'share': 33.33},
                                         {'actor': 'f4', 'share': 66.67}]},
                        ]})
        self.assertEqual([fu.get_share() for fu in ds.lookup_budget('b-exact').dup_funders()],
                         [7000, 3000])
        totals = ds.get_budget_totals(G.FUNDER, None)
        self.assertEqual([row(t, G.FUNDER) for t in totals], [
            # 70 % and 30 % of 1 000.00 EUR
            (('f1',), BK.ALLOCATED, 'EUR', 70000, 70000, False, ['b-exact']),
            (('f2',), BK.ALLOCATED, 'EUR', 30000, 30000, False, ['b-exact']),
            # 33.33 % of 1.00 EUR is 33.33 cents: between 33 and 34 cents
            (('f3',), BK.ALLOCATED, 'EUR', 33, 34, True, ['b-inexact']),
            (('f4',), BK.ALLOCATED, 'EUR', 66, 67, True, ['b-inexact']),
        ])
        # the funder key is only there when grouped by funder
        self.assertIsNone(ds.get_budget_totals(G.ACTOR, None).get_item(0).get_key(G.FUNDER))

    def test_overflow(self):
        big = 9007199254740991   # 2^53 − 1, the largest exact amount
        ds = load_text({'format': 'aict/1',
                        'actors': [{'id': 'a', 'name': 'A', 'kind': 'other'},
                                   {'id': 'b', 'name': 'B', 'kind': 'other'}],
                        'budgets': [
                            {'id': 'b-1', 'actor': 'a', 'kind': 'allocated',
                             'amount': {'currency': 'XOF', 'value': big}},
                            {'id': 'b-2', 'actor': 'b', 'kind': 'allocated',
                             'amount': {'currency': 'XOF', 'value': 1}},
                        ]})
        self.assertEqual(ds.lookup_budget('b-1').get_amount().get_value(), big)
        # apart, each total is exact
        totals = ds.get_budget_totals(G.ACTOR, None)
        self.assertEqual([row(t, G.ACTOR) for t in totals], [
            (('a',), BK.ALLOCATED, 'XOF', big, big, False, ['b-1']),
            (('b',), BK.ALLOCATED, 'XOF', 1, 1, False, ['b-2']),
        ])
        # together they leave the exact range
        with self.assertRaises(GLib.Error) as cm:
            ds.get_budget_totals(G.NONE, None)
        self.assertAictError(cm, E.OVERFLOW)
        with self.assertRaises(GLib.Error) as cm:
            ds.get_budget_totals(G.YEAR, None)
        self.assertAictError(cm, E.OVERFLOW)


# -- 7. counts -------------------------------------------------------------------------

class CountTestCase(AictTestCase):

    @classmethod
    def setUpClass(cls):
        cls.ds = load_seed()

    def count(self, by, f=None):
        model = self.ds.count(by, f)
        self.assertEqual(model.get_item_type(), Aict.Count.__gtype__)
        for c in model:
            self.assertEqual(c.get_by(), by)
        return [(c.get_key(), c.get_n_partnerships(), c.get_n_actors()) for c in model]

    def test_by_country(self):
        rows = self.count(Aict.CountBy.COUNTRY)
        # Sénégal: p-cd33-senegal (cd33, assoc-gironde-recif, maedi) and
        # p-ados-senegal (cd07, cd26, ados); Guinée: 8 participants;
        # Maroc: 6 participants; Irak: 4
        self.assertEqual(rows[:4], [('SN', 2, 6), ('GN', 1, 8), ('MA', 1, 6), ('IQ', 1, 4)])
        # 26 countries: p-cd17-canada-golfe alone has seven
        self.assertEqual(len(rows), 26)
        by_key = {k: (n, a) for k, n, a in rows}
        self.assertEqual(by_key['QA'], (1, 1))
        self.assertEqual(by_key['CN'], (1, 3))
        self.assertEqual(by_key['TN'], (1, 1))
        self.assertNotIn('FR', by_key)
        # after the first rows, ties are broken by the key
        self.assertEqual([k for k, _, _ in rows[4:10]], ['AR', 'BF', 'CL', 'CN', 'RO', 'RS'])
        self.assertEqual([k for k, _, _ in rows[-3:]], ['SA', 'TN', 'TR'])

    def test_by_status(self):
        self.assertEqual(self.count(Aict.CountBy.STATUS), [
            ('active', 10, 28), ('ended', 4, 4), ('planned', 3, 6), ('dormant', 1, 4),
            ('abandoned', 1, 3), ('slowed', 1, 3), ('suspended', 1, 3)])
        self.assertEqual(self.count(Aict.CountBy.STATUS, make_filter(countries=['SN'])),
                         [('active', 1, 3), ('planned', 1, 3)])
        self.assertEqual(self.count(Aict.CountBy.STATUS, make_filter(actor='cd24')),
                         [('active', 2, 7), ('dormant', 1, 4), ('slowed', 1, 3), ('ended', 1, 2)])

    def test_by_theme(self):
        rows = self.count(Aict.CountBy.THEME)
        self.assertEqual(rows[:3], [('youth', 6, 22), ('economic-development', 5, 15),
                                    ('culture', 4, 10)])
        self.assertEqual(len(rows), 24)

    def test_by_actor_kind(self):
        rows = self.count(Aict.CountBy.ACTOR_KIND)
        self.assertEqual(rows, [
            ('departement', 20, 11), ('foreign-authority', 10, 10), ('other', 5, 7),
            ('association', 4, 7), ('public-agency', 2, 5), ('education', 2, 4),
            ('ministry', 2, 4), ('company', 2, 2), ('service', 1, 14),
            ('authority-association', 1, 4), ('multilateral', 1, 2), ('region', 1, 2),
            ('chamber', 1, 1), ('intercommunality', 1, 1), ('network', 0, 3), ('state', 0, 3)])
        self.assertEqual(sum(a for _, _, a in rows), 80)
        self.assertEqual(self.count(Aict.CountBy.ACTOR_KIND,
                                    make_filter(actor_kinds=[Aict.ActorKind.REGION])),
                         [('region', 1, 2)])


# -- 8. overlaps and pooling ------------------------------------------------------------

def overlap_row(o):
    return (o.get_kind(), o.get_key(), list(o.get_actor_ids()),
            list(o.get_partnership_ids()), o.get_strength(), o.get_n_active())


class OverlapTestCase(AictTestCase):

    @classmethod
    def setUpClass(cls):
        cls.ds = load_seed()

    def test_all_on_the_seed(self):
        overlaps = self.ds.find_overlaps(K.ALL, None, None)
        self.assertEqual(overlaps.get_item_type(), Aict.Overlap.__gtype__)
        rows = [overlap_row(o) for o in overlaps]
        # Sénégal: cd33 (p-cd33-senegal), cd07 and cd26 (p-ados-senegal)
        self.assertIn((K.COUNTRY, 'SN', ['cd33', 'cd07', 'cd26'],
                       ['p-cd33-senegal', 'p-ados-senegal'], 1, 1), rows)
        self.assertEqual(rows, [
            (K.THEME, 'youth', ['cd24', 'cd17', 'cd33', 'syndicat-eaux'],
             ['p-cd24-araucania', 'p-cd24-larache', 'p-cd17-guinee', 'p-cd17-horizon-chine',
              'p-cd33-serbie', 'p-cd33-cork'], 1, 5),
            (K.THEME, 'economic-development', ['cd17', 'cd33', 'reg-aquitaine', 'syndicat-eaux'],
             ['p-cd17-guinee', 'p-cd17-horizon-chine', 'p-cd17-canada-golfe', 'p-cd33-serbie',
              'p-cd33-roumanie'], 1, 3),
            (K.THEME, 'culture', ['cd24', 'cd17', 'cd64', 'cd33'],
             ['p-cd24-cantabria', 'p-cd17-horizon-chine', 'p-cd64-californie',
              'p-cd33-serbie'], 1, 3),
            (K.THEME, 'vocational-training', ['cd24', 'cd17', 'cd33', 'syndicat-eaux'],
             ['p-cd24-ouzbekistan', 'p-cd17-guinee', 'p-cd33-burkina'], 1, 2),
            (K.THEME, 'agriculture', ['cd24', 'cd33'], ['p-cd24-larache', 'p-cd33-serbie'], 1, 2),
            (K.COUNTRY, 'SN', ['cd33', 'cd07', 'cd26'], ['p-cd33-senegal', 'p-ados-senegal'], 1, 1),
            (K.THEME, 'migration', ['cd17', 'cd64', 'syndicat-eaux'],
             ['p-cd17-guinee', 'p-cd64-californie'], 1, 1),
        ])
        for o in overlaps:
            self.assertGreaterEqual(len(o.get_actor_ids()), 2)
            self.assertGreaterEqual(len(o.get_partnership_ids()), 2)
            self.assertEqual(o.get_shared_kinds(), o.get_kind())
        ranks = [(o.get_strength(), o.get_n_active()) for o in overlaps]
        self.assertEqual(ranks, sorted(ranks, key=lambda r: (-r[0], -r[1])))

    def test_one_kind_and_filter(self):
        self.assertEqual([overlap_row(o) for o in self.ds.find_overlaps(K.COUNTRY, 'FR', None)],
                         [(K.COUNTRY, 'SN', ['cd33', 'cd07', 'cd26'],
                           ['p-cd33-senegal', 'p-ados-senegal'], 1, 1)])
        self.assertEqual(self.ds.find_overlaps(K.PARTNER | K.FUNDER, None, None).get_n_items(), 0)
        # only active partnerships: Sénégal keeps one, so no overlap
        f = make_filter(statuses=[PS.ACTIVE])
        self.assertEqual(self.ds.find_overlaps(K.COUNTRY, None, f).get_n_items(), 0)
        # youth: 5 active; culture and economic-development: 3 active, 3
        # actors, 3 partnerships each (then by key); vocational-training and
        # agriculture: 2 active (then by number of actors)
        self.assertEqual([(o.get_key(), o.get_n_active(), len(o.get_actor_ids()))
                          for o in self.ds.find_overlaps(K.THEME, None, f)],
                         [('youth', 5, 4), ('culture', 3, 3), ('economic-development', 3, 3),
                          ('vocational-training', 2, 3), ('agriculture', 2, 2)])
        # home-side actors of another kind: the French associations ADOS and
        # the Gironde one of the récif project
        f = make_filter(actor_kinds=[Aict.ActorKind.ASSOCIATION])
        self.assertEqual([overlap_row(o) for o in self.ds.find_overlaps(K.COUNTRY, None, f)],
                         [(K.COUNTRY, 'SN', ['ados', 'assoc-gironde-recif'],
                           ['p-cd33-senegal', 'p-ados-senegal'], 1, 1)])

    def test_criterion_that_does_not_apply(self):
        with self.assertRaises(GLib.Error) as cm:
            self.ds.find_overlaps(K.ALL, None, make_filter(budget_kinds=[BK.SPENT]))
        self.assertAictError(cm, E.INVALID_ARGUMENT)
        with self.assertRaises(GLib.Error) as cm:
            self.ds.find_overlaps(K.ALL, None, make_filter(actor='nobody'))
        self.assertAictError(cm, E.NOT_FOUND)

    def test_bad_home_country(self):
        for home in ('XX', 'fr'):
            with self.assertRaises(GLib.Error) as cm:
                self.ds.find_overlaps(K.ALL, home, None)
            self.assertAictError(cm, E.INVALID_ARGUMENT)
            with self.assertRaises(GLib.Error) as cm:
                self.ds.find_pooling_candidates('cd24', K.ALL, home)
            self.assertAictError(cm, E.INVALID_ARGUMENT)
        # another home country: the French départements are abroad
        self.assertEqual(self.ds.find_overlaps(K.ALL, 'MA', None).get_n_items(), 0)

    def test_ranking_on_a_built_dataset(self):
        def partnership(pid, lead, country, themes, status):
            return {'id': pid, 'title': pid, 'status': status, 'countries': [country],
                    'themes': themes, 'participants': [{'actor': lead, 'role': 'lead'}]}
        ds = load_text({'format': 'aict/1',
                        'actors': [{'id': i, 'name': i, 'kind': 'departement', 'country': 'FR'}
                                   for i in ('d1', 'd2', 'd3', 'd4')],
                        'partnerships': [
                            partnership('p1', 'd1', 'SN', ['water'], 'planned'),
                            partnership('p2', 'd2', 'SN', ['water'], 'planned'),
                            partnership('p3', 'd1', 'ML', ['health'], 'active'),
                            partnership('p4', 'd2', 'BF', ['health'], 'active'),
                            partnership('p5', 'd3', 'TG', ['health'], 'active'),
                            {'id': 'p6', 'title': 'p6', 'status': 'planned', 'countries': ['ML'],
                             'participants': [{'actor': 'd4', 'role': 'lead'}]},
                        ]})
        rows = [(o.get_kind(), o.get_key(), list(o.get_actor_ids()), list(o.get_partnership_ids()),
                 o.get_shared_kinds(), o.get_strength(), o.get_n_active())
                for o in ds.find_overlaps(K.ALL, None, None)]
        # d1 and d2 share SN and water: strength 2 beats the 3 active
        # partnerships of health, shared by d1, d2, d3 who have no common country
        self.assertEqual(rows, [
            (K.COUNTRY, 'SN', ['d1', 'd2'], ['p1', 'p2'], K.COUNTRY | K.THEME, 2, 0),
            (K.THEME, 'water', ['d1', 'd2'], ['p1', 'p2'], K.COUNTRY | K.THEME, 2, 0),
            (K.THEME, 'health', ['d1', 'd2', 'd3'], ['p3', 'p4', 'p5'], K.THEME, 1, 3),
            (K.COUNTRY, 'ML', ['d1', 'd4'], ['p3', 'p6'], K.COUNTRY, 1, 1),
        ])
        # looking along countries only: the strengths are 1
        self.assertEqual([(o.get_key(), o.get_strength(), o.get_n_active())
                          for o in ds.find_overlaps(K.COUNTRY, None, None)],
                         [('ML', 1, 1), ('SN', 1, 0)])
        # pooling for d1
        cands = [(c.get_actor_id(), c.get_strength(), c.get_n_shared(), c.get_n_active(),
                  list(c.get_partnership_ids()))
                 for c in ds.find_pooling_candidates('d1', K.ALL, None)]
        self.assertEqual(cands, [
            ('d2', 2, 3, 1, ['p2', 'p4']),
            ('d3', 1, 1, 1, ['p5']),
            ('d4', 1, 1, 0, ['p6']),
        ])

    def test_pooling_candidates_for_cd24(self):
        model = self.ds.find_pooling_candidates('cd24', K.ALL, None)
        self.assertEqual(model.get_item_type(), Aict.PoolingCandidate.__gtype__)
        rows = [(c.get_actor_id(), c.get_strength(), c.get_n_shared(), c.get_n_active(),
                 list(c.get_shared(K.THEME)), list(c.get_partnership_ids())) for c in model]
        self.assertEqual(rows, [
            ('cd33', 1, 4, 3, ['agriculture', 'culture', 'vocational-training', 'youth'],
             ['p-cd33-serbie', 'p-cd33-burkina', 'p-cd33-cork']),
            ('cd17', 1, 3, 2, ['culture', 'vocational-training', 'youth'],
             ['p-cd17-guinee', 'p-cd17-horizon-chine']),
            # the syndicat des eaux (an intercommunality) co-funds Guinée
            ('syndicat-eaux', 1, 2, 1, ['vocational-training', 'youth'], ['p-cd17-guinee']),
            ('cd64', 1, 1, 0, ['culture'], ['p-cd64-californie']),
        ])
        local = {Aict.ActorKind.REGION, Aict.ActorKind.DEPARTEMENT, Aict.ActorKind.COMMUNE,
                 Aict.ActorKind.INTERCOMMUNALITY}
        ranks = []
        for c in model:
            actor = self.ds.lookup_actor(c.get_actor_id())
            self.assertNotEqual(c.get_actor_id(), 'cd24')
            self.assertEqual(actor.get_country(), 'FR')
            self.assertIn(actor.get_kind(), local)
            self.assertEqual(c.get_shared_kinds(), K.THEME)
            self.assertGreater(c.get_n_shared(), 0)
            for kind in (K.COUNTRY, K.PARTNER, K.FUNDER):
                self.assertEqual(list(c.get_shared(kind)), [])
            ranks.append((c.get_strength(), c.get_n_shared()))
        self.assertEqual(ranks, sorted(ranks, key=lambda r: (-r[0], -r[1])))
        # a unit stands for its département
        self.assertEqual([c.get_actor_id() for c in
                          self.ds.find_pooling_candidates('cd24-bureau', K.ALL, 'FR')],
                         ['cd33', 'cd17', 'syndicat-eaux', 'cd64'])
        self.assertEqual([c.get_actor_id() for c in
                          self.ds.find_pooling_candidates('cd24', K.COUNTRY, None)], [])

    def test_pooling_errors(self):
        # not on the home side: a foreign authority, a ministry, a service of
        # the MAEDI
        for actor_id in ('ma-larache', 'maedi', 'daect'):
            with self.assertRaises(GLib.Error) as cm:
                self.ds.find_pooling_candidates(actor_id, K.ALL, None)
            e = self.assertAictError(cm, E.INVALID_ARGUMENT)
            self.assertIn(actor_id, e.message)
        with self.assertRaises(GLib.Error) as cm:
            self.ds.find_pooling_candidates('no-such-actor', K.ALL, None)
        self.assertAictError(cm, E.NOT_FOUND)


# -- 9. actor profiles -----------------------------------------------------------------

class ProfileTestCase(AictTestCase):

    @classmethod
    def setUpClass(cls):
        cls.ds = load_seed()

    def test_units_and_staff(self):
        self.assertEqual(ids(self.ds.get_units('cd17')),
                         ['cd17-direction', 'cd17-sdi', 'cd17-direco', 'cd17-bureau-chine',
                          'cd17-cdj'])
        self.assertEqual(ids(self.ds.get_units('cd24')),
                         ['cd24-dgs', 'cd24-service', 'cd24-bureau'])
        self.assertEqual(ids(self.ds.get_units('cd24-service')), ['cd24-bureau'])
        self.assertEqual(ids(self.ds.get_units('maedi')), ['maedi-dgm', 'daect'])
        self.assertEqual(ids(self.ds.get_units('ma-larache')), [])
        self.assertEqual(ids(self.ds.get_staff('cd24')),
                         ['per-valerie-coustillas', 'per-mireille-bordes'])
        self.assertEqual(ids(self.ds.get_staff('cd17')), ['per-sylvain-pothier-leroux'])
        self.assertEqual(ids(self.ds.get_staff('maedi')), ['per-joel-savary', 'per-joel-lebret'])
        self.assertEqual(ids(self.ds.get_staff('cd40')), [])

    def test_cd17(self):
        p = self.ds.get_actor_profile('cd17')
        self.assertIsInstance(p, Aict.ActorProfile)
        self.assertIs(p.get_actor(), self.ds.lookup_actor('cd17'))
        self.assertEqual(ids(p.get_units()),
                         ['cd17-direction', 'cd17-sdi', 'cd17-direco', 'cd17-bureau-chine',
                          'cd17-cdj'])
        self.assertEqual(ids(p.get_partnerships()),
                         ['p-cd17-guinee', 'p-cd17-horizon-chine', 'p-cd17-canada-golfe'])
        # its services' lines and those of its Guinée partnership
        self.assertEqual(ids(p.get_budgets()),
                         ['b-cd17-2016', 'b-cd17-staff-2016', 'b-cd17-staff-planned',
                          'b-cd17-guinee-before', 'b-cd17-guinee-ebola', 'b-cd17-guinee-staff'])
        self.assertEqual(ids(p.get_staff()), ['per-sylvain-pothier-leroux'])
        self.assertEqual(ids(p.get_meetings()), ['m-2016-09-20'])
        self.assertEqual(ids(p.get_actions()), [])
        # c-b1-cd17 is the Département's; the others Sylvain POTHIER-LEROUX's
        self.assertEqual(ids(p.get_contributions()),
                         ['c-b1-cd17', 'c-c3-s02', 'c-c3-s05', 'c-c3-s09', 'c-c3-e02',
                          'c-c3-e05'])
        self.assertEqual(p.get_contributions().get_item_type(), Aict.Contribution.__gtype__)

    def test_cd24(self):
        p = self.ds.get_actor_profile('cd24')
        self.assertEqual(p.get_actor().get_id(), 'cd24')
        self.assertEqual(ids(p.get_units()), ['cd24-dgs', 'cd24-service', 'cd24-bureau'])
        self.assertEqual(ids(p.get_partnerships()),
                         ['p-cd24-araucania', 'p-cd24-larache', 'p-cd24-ouzbekistan',
                          'p-cd24-kurdistan', 'p-cd24-cantabria'])
        self.assertEqual(ids(p.get_budgets()),
                         ['b-cd24-2016', 'b-cd24-staff-before', 'b-cd24-staff-2016'])
        self.assertEqual(ids(p.get_staff()), ['per-valerie-coustillas', 'per-mireille-bordes'])
        self.assertEqual(ids(p.get_meetings()), ['m-2016-09-20'])
        self.assertEqual(ids(p.get_actions()), [])
        self.assertEqual(ids(p.get_contributions()), ['c-b1-cd24', 'c-c3-m02', 'c-c3-m06'])

    def test_maedi_actions_through_its_units(self):
        p = self.ds.get_actor_profile('maedi')
        self.assertEqual(ids(p.get_actions()),
                         ['o-c3-daect-reglementation', 'o-c3-daect-livre-blanc'])
        self.assertEqual(ids(p.get_partnerships()), ['p-cd24-kurdistan', 'p-cd33-senegal'])
        self.assertEqual(ids(p.get_staff()), ['per-joel-savary', 'per-joel-lebret'])
        # the MAEDI's own and those of the DAECT, and of Joël SAVARY
        self.assertEqual(ids(p.get_contributions()),
                         ['c-c2-savary', 'c-c3-s10', 'c-c3-s15', 'c-c3-s16', 'c-c3-e01',
                          'c-c3-e06', 'c-c3-m03', 'c-c4-savary'])


# -- 10. folding ---------------------------------------------------------------------

class FoldTextTestCase(unittest.TestCase):

    def test_fold_text(self):
        self.assertEqual(Aict.fold_text('Sénégal'), 'senegal')
        self.assertEqual(Aict.fold_text('SÉNÉGAL'), 'senegal')
        self.assertEqual(Aict.fold_text('Coopération décentralisée'),
                         'cooperation decentralisee')
        self.assertEqual(Aict.fold_text('Œuvre'), 'œuvre')
        self.assertEqual(Aict.fold_text(''), '')


if __name__ == '__main__':
    unittest.main(verbosity=2)
