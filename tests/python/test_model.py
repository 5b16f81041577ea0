# SPDX-License-Identifier: LGPL-2.1-or-later
"""Entities, records, amounts and partial dates, and the Python override."""
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

import decimal
import functools
import json
import unittest
from decimal import Decimal

SOURCE_ROOT = os.environ.get(
    'AICT_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATASET = os.path.join(SOURCE_ROOT, 'data', 'meeting-2016.json')

COLLECTIONS = ('sources', 'actors', 'persons', 'partnerships', 'budgets',
               'meetings')


def load_json():
    # Numbers as Decimal, so that amounts compare exactly.
    with open(DATASET, encoding='utf-8') as f:
        return json.load(f, parse_float=Decimal, parse_int=Decimal)


def prune(value):
    """Drop what the aict/1 writer leaves out: None, [] and false."""
    if isinstance(value, dict):
        return {k: prune(v) for k, v in value.items()
                if v is not None and v != [] and v is not False}
    if isinstance(value, list):
        return [prune(v) for v in value]
    return value


class ConstructionTestCase(unittest.TestCase):

    def test_keyword_construction(self):
        actor = Aict.Actor(id='x', name='Conseil départemental', country='FR',
                           kind=Aict.ActorKind.DEPARTEMENT, subdivision='FR-24')
        self.assertEqual(actor.get_id(), 'x')
        self.assertEqual(actor.props.id, 'x')
        self.assertEqual(actor.get_name(), 'Conseil départemental')
        self.assertEqual(actor.get_kind(), Aict.ActorKind.DEPARTEMENT)
        self.assertEqual(actor.props.kind, Aict.ActorKind.DEPARTEMENT)
        self.assertEqual(actor.get_country(), 'FR')
        self.assertEqual(actor.props.subdivision, 'FR-24')
        self.assertIsNone(actor.get_short_name())
        self.assertIsNone(actor.get_notes())

    def test_constructors_agree_with_keywords(self):
        a = Aict.Actor.new('x', 'X', Aict.ActorKind.REGION)
        b = Aict.Actor(id='x', name='X', kind=Aict.ActorKind.REGION)
        self.assertEqual(a.to_dict(), b.to_dict())

    def test_every_entity_type(self):
        date = Aict.PartialDate.parse('2016-09-20')
        entities = [
            Aict.Source(id='s', title='Compte-rendu', date=date),
            Aict.Person(id='p', name='Valérie COUSTILLAS', given_name='Valérie'),
            Aict.Partnership(id='pa', title='Coopération',
                             status=Aict.PartnershipStatus.ACTIVE,
                             countries=['MA', 'SN'], themes=['youth']),
            Aict.Budget(id='b', kind=Aict.BudgetKind.PLANNED, actor_id='a',
                        amount=Aict.Amount.new_range(3000000, 7000000, 'EUR'),
                        staff_fte=340),
            Aict.Meeting(id='m', title='Rencontre', date=date, start_time='10:30'),
            Aict.AgendaItem(id='m-A', label='A', title='Accueil'),
            Aict.Contribution(id='c', person_id='p', summary='Résumé'),
            Aict.Outcome(id='o', kind=Aict.OutcomeKind.ACTION, text='Faire',
                         owner_id='a', due=Aict.PartialDate.parse('2016-12')),
        ]
        for entity in entities:
            self.assertIsInstance(entity, Aict.Entity)
        source, person, partnership, budget, meeting, item, contribution, outcome = entities
        self.assertEqual(source.get_date().to_string(), '2016-09-20')
        self.assertEqual(person.get_given_name(), 'Valérie')
        self.assertEqual(partnership.get_countries(), ['MA', 'SN'])
        self.assertEqual(partnership.props.countries, ['MA', 'SN'])
        self.assertTrue(partnership.has_country('SN'))
        self.assertFalse(partnership.has_country('FR'))
        self.assertTrue(partnership.has_theme('youth'))
        self.assertEqual(budget.get_amount().get_max(), 7000000)
        self.assertEqual(budget.get_staff_fte(), 340)
        self.assertEqual(meeting.get_start_time(), '10:30')
        self.assertEqual(item.get_label(), 'A')
        self.assertEqual(contribution.get_person_id(), 'p')
        self.assertEqual(outcome.get_due().get_precision(), Aict.DatePrecision.MONTH)
        self.assertEqual(outcome.get_status(), Aict.OutcomeStatus.OPEN)
        self.assertIsNone(outcome.get_meeting_id())

        self.assertTrue(meeting.add_agenda_item(item))
        self.assertTrue(meeting.add_contribution(contribution))
        self.assertTrue(meeting.add_outcome(outcome))
        self.assertEqual(outcome.get_meeting_id(), 'm')
        self.assertIs(meeting.lookup_outcome('o'), outcome)
        self.assertIs(meeting.lookup_agenda_item('m-A'), item)
        self.assertIs(meeting.lookup_contribution('c'), contribution)
        self.assertIsInstance(meeting.get_outcomes(), Gio.ListModel)
        self.assertEqual(len(meeting.get_outcomes()), 1)

    def test_setters_notify_only_on_change(self):
        actor = Aict.Actor(id='x', name='X', kind=Aict.ActorKind.REGION)
        seen = []
        actor.connect('notify::name', lambda obj, pspec: seen.append(pspec.name))
        actor.set_name('X')
        self.assertEqual(seen, [])
        actor.set_name('Y')
        actor.props.name = 'Y'
        self.assertEqual(seen, ['name'])
        actor.props.name = 'Z'
        self.assertEqual(seen, ['name', 'name'])
        self.assertEqual(actor.get_name(), 'Z')

    def test_records(self):
        participant = Aict.Participant.new('cd24', Aict.ParticipantRole.LEAD)
        self.assertEqual(participant.get_actor_id(), 'cd24')
        self.assertEqual(participant.get_role(), Aict.ParticipantRole.LEAD)
        funder = Aict.Funder.new_full('cd24', 7000, Aict.Amount.new(6000000, 'EUR'))
        self.assertEqual(funder.get_share(), 7000)
        self.assertEqual(funder.get_amount().get_value(), 6000000)
        place = Aict.Place.new_full('Maison des Suds', None, '33607', 'Pessac', 'FR')
        self.assertEqual(place.get_locality(), 'Pessac')
        attendance = Aict.Attendance.new_full('p', Aict.AttendanceStatus.PRESENT,
                                         Aict.AttendanceRole.SPEAKER, 'cd24')
        self.assertEqual(attendance.get_representing_id(), 'cd24')
        ref = Aict.SourceRef.new_full('s', 'Annexe')
        self.assertTrue(ref.equal(Aict.SourceRef.new_full('s', 'Annexe')))

        actor = Aict.Actor(id='x', name='X', kind=Aict.ActorKind.REGION)
        actor.add_identifier('siren', '222400012')
        actor.add_source('s', 'Présents')
        actor.add_source_ref(ref)
        self.assertEqual([(i.get_scheme(), i.get_value()) for i in actor.dup_identifiers()],
                         [('siren', '222400012')])
        self.assertEqual([(r.get_source(), r.get_locator()) for r in actor.dup_source_refs()],
                         [('s', 'Présents'), ('s', 'Annexe')])


class DatasetEditTestCase(unittest.TestCase):

    def test_add_lookup_remove(self):
        dataset = Aict.Dataset.new()
        actors = dataset.get_actors()
        changes = []
        actors.connect('items-changed', lambda model, pos, removed, added:
                       changes.append((pos, removed, added)))
        actor = Aict.Actor(id='x', name='X', kind=Aict.ActorKind.DEPARTEMENT,
                           country='FR')
        self.assertTrue(dataset.add(actor))
        self.assertTrue(dataset.add(Aict.Person(id='p', name='P')))
        self.assertEqual(len(actors), 1)
        self.assertEqual(len(dataset.get_persons()), 1)
        self.assertIs(actors[0], actor)
        self.assertIs(actors[-1], actor)
        self.assertIs(dataset.lookup_actor('x'), actor)
        self.assertEqual(changes, [(0, 0, 1)])

        self.assertTrue(dataset.remove('x'))
        self.assertFalse(dataset.remove('x'))
        self.assertEqual(len(actors), 0)
        self.assertIsNone(dataset.lookup('x'))
        self.assertEqual(changes, [(0, 0, 1), (0, 1, 0)])

    def test_duplicate_id(self):
        dataset = Aict.Dataset.new()
        dataset.add(Aict.Actor(id='x', name='X', kind=Aict.ActorKind.DEPARTEMENT))
        with self.assertRaises(GLib.Error) as cm:
            dataset.add(Aict.Person(id='x', name='Same id, other kind'))
        e = cm.exception
        self.assertTrue(e.matches(Aict.error_quark(), Aict.Error.DUPLICATE_ID))
        self.assertEqual(len(dataset.get_persons()), 0)
        self.assertEqual(len(dataset.get_actors()), 1)


class AmountTestCase(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.dataset = Aict.Dataset.new_from_file(DATASET)
        cls.json = load_json()

    def test_amounts_are_exact_minor_units(self):
        for data in self.json['budgets']:
            budget = self.dataset.lookup_budget(data['id'])
            amount = budget.get_amount()
            if 'amount' not in data:
                self.assertIsNone(amount)
                continue
            decimals = Aict.currency_get_decimals(data['amount']['currency'])
            scale = 10 ** decimals
            self.assertEqual(amount.get_currency(), data['amount']['currency'])
            self.assertEqual(amount.is_range(), 'min' in data['amount'])
            if amount.is_range():
                self.assertEqual(amount.get_min(), int(data['amount']['min'] * scale))
                self.assertEqual(amount.get_max(), int(data['amount']['max'] * scale))
            else:
                self.assertEqual(amount.get_value(), int(data['amount']['value'] * scale))
                self.assertEqual(amount.get_min(), amount.get_value())
                self.assertEqual(amount.get_max(), amount.get_value())
            self.assertIsInstance(amount.get_value(), int)

    def test_range(self):
        budget = next(b for b in self.dataset.get_budgets()
                      if b.get_amount() is not None and b.get_amount().is_range())
        amount = budget.get_amount()
        self.assertLess(amount.get_min(), amount.get_max())
        self.assertEqual(amount.get_value(), amount.get_min())
        self.assertIn('–', amount.to_string())

    def test_build_and_compute(self):
        a = Aict.Amount.new(20000000, 'EUR')
        b = Aict.Amount.new(5000000, 'EUR')
        self.assertEqual(a.to_string(), '200000 EUR')
        self.assertEqual(a.add(b).get_value(), 25000000)
        self.assertEqual(a.subtract(b).get_value(), 15000000)
        self.assertEqual(a.percent_change(b), -7500)
        self.assertTrue(a.equal(Aict.Amount.new(20000000, 'EUR')))
        self.assertFalse(a.equal(b))
        r = Aict.Amount.new_range(3000000, 7000000, 'EUR')
        self.assertEqual(r.to_string(), '30000–70000 EUR')
        total = r.add(a)
        self.assertTrue(total.is_range())
        self.assertEqual((total.get_min(), total.get_max()), (23000000, 27000000))
        approx = Aict.Amount.new_full(120000000, 120000000, 'EUR', False, True)
        self.assertTrue(approx.get_approximate())
        self.assertEqual(approx.to_string(), '~1200000 EUR')

    def test_largest_exact_amount(self):
        self.assertEqual(Aict.AMOUNT_MAX, 2 ** 53 - 1)
        big = Aict.Amount.new(Aict.AMOUNT_MAX, 'EUR')
        self.assertEqual(big.get_value(), 2 ** 53 - 1)
        self.assertEqual(big.to_dict()['value'], Decimal('90071992547409.91'))
        neg = Aict.Amount.new(-Aict.AMOUNT_MAX, 'EUR')
        self.assertEqual(neg.get_value(), -(2 ** 53 - 1))

    def test_format_value(self):
        self.assertEqual(Aict.Amount.format_value(123450, 'EUR'), '1234.5')
        self.assertEqual(Aict.Amount.format_value(-5, 'EUR'), '-0.05')
        self.assertEqual(Aict.Amount.format_value(30000, 'XOF'), '30000')
        self.assertEqual(Aict.Amount.format_value(-1500, 'TND'), '-1.5')

    def test_currency_decimals(self):
        self.assertEqual(Aict.currency_get_decimals('EUR'), 2)
        self.assertEqual(Aict.currency_get_decimals('XOF'), 0)
        self.assertEqual(Aict.currency_get_decimals('TND'), 3)
        self.assertEqual(Aict.currency_get_decimals('ZZZ'), -1)
        self.assertTrue(Aict.currency_is_valid('EUR'))
        self.assertFalse(Aict.currency_is_valid('ZZZ'))


class PartialDateTestCase(unittest.TestCase):

    def test_parse(self):
        for text, precision, ymd in (
                ('2016', Aict.DatePrecision.YEAR, (2016, 0, 0)),
                ('2016-09', Aict.DatePrecision.MONTH, (2016, 9, 0)),
                ('2016-09-20', Aict.DatePrecision.DAY, (2016, 9, 20))):
            date = Aict.PartialDate.parse(text)
            self.assertEqual(date.get_precision(), precision)
            self.assertEqual((date.get_year(), date.get_month(), date.get_day()), ymd)
            self.assertEqual(date.to_string(), text)
            self.assertTrue(date.equal(Aict.PartialDate.new(*ymd)))
            self.assertEqual(date.hash(), Aict.PartialDate.new(*ymd).hash())

    def test_compare_at_own_precision(self):
        y2016 = Aict.PartialDate.parse('2016')
        may = Aict.PartialDate.parse('2016-05')
        jan2017 = Aict.PartialDate.parse('2017-01')
        self.assertTrue(y2016.is_before(jan2017))
        self.assertFalse(jan2017.is_before(y2016))
        # 2016 is neither before nor after 2016-05: they overlap.
        self.assertFalse(y2016.is_before(may))
        self.assertFalse(may.is_before(y2016))
        self.assertTrue(y2016.overlaps(may))
        self.assertEqual(y2016.compare(may), 0)
        self.assertLess(may.compare(jan2017), 0)
        self.assertGreater(jan2017.compare(may), 0)
        # sort_compare is a total order: the year sorts before its months.
        self.assertLess(y2016.sort_compare(may), 0)
        dates = sorted([jan2017, may, y2016],
                       key=functools.cmp_to_key(Aict.PartialDate.sort_compare))
        self.assertEqual([d.to_string() for d in dates], ['2016', '2016-05', '2017-01'])

    def test_first_and_last_day(self):
        feb = Aict.PartialDate.parse('2016-02')
        first, last = feb.get_first_day(), feb.get_last_day()
        self.assertIsInstance(first, GLib.Date)
        self.assertEqual((first.get_year(), int(first.get_month()), first.get_day()),
                         (2016, 2, 1))
        self.assertEqual(last.get_day(), 29)
        today = GLib.Date.new_dmy(15, GLib.DateMonth.FEBRUARY, 2016)
        self.assertEqual(feb.compare_date(today), 0)
        self.assertLess(Aict.PartialDate.parse('2015').compare_date(today), 0)

    def test_dates_from_the_dataset(self):
        dataset = Aict.Dataset.new_from_file(DATASET)
        data = load_json()
        meeting = dataset.get_meetings()[0]
        self.assertEqual(meeting.get_date().to_string(), data['meetings'][0]['date'])
        for p, pdata in zip(dataset.get_partnerships(), data['partnerships']):
            start = p.get_start()
            self.assertEqual(start.to_string() if start else None, pdata.get('start'))
            self.assertEqual(p.props.start.to_string() if p.props.start else None,
                             pdata.get('start'))


class OverrideTestCase(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.dataset = Aict.Dataset.new_from_file(DATASET)
        cls.json = load_json()

    def test_override_is_loaded(self):
        self.assertTrue(hasattr(Aict.Entity, 'to_dict'), 'gi/overrides/Aict.py not on the path')
        self.assertTrue(hasattr(Aict.Dataset, 'to_records'))

    def test_repr(self):
        actor = Aict.Actor(id='cd24', name='Conseil départemental de la Dordogne',
                           kind=Aict.ActorKind.DEPARTEMENT)
        self.assertEqual(repr(actor),
                         "Aict.Actor(id='cd24', name='Conseil départemental de la Dordogne', "
                         "kind='departement')")
        self.assertEqual(repr(Aict.Amount.new_range(3000000, 7000000, 'EUR')),
                         "Aict.Amount('30000–70000 EUR')")
        self.assertEqual(str(Aict.Amount.new(150, 'EUR')), '1.5 EUR')
        self.assertEqual(repr(Aict.PartialDate.parse('2016-09')),
                         "Aict.PartialDate('2016-09')")
        self.assertEqual(str(Aict.PartialDate.parse('2016-09')), '2016-09')
        self.assertEqual(repr(Aict.Partnership(id='p', title='T',
                                               status=Aict.PartnershipStatus.SLOWED)),
                         "Aict.Partnership(id='p', title='T', status='slowed')")
        self.assertEqual(repr(Aict.Budget(id='b', kind=Aict.BudgetKind.SPENT,
                                          amount=Aict.Amount.new(5, 'XOF'))),
                         "Aict.Budget(id='b', kind='spent', amount='5 XOF')")
        issue = Aict.Issue.new(Aict.Severity.WARNING, 'date-order', '$.budgets[0].end',
                               'b', 'the end is before the start')
        self.assertEqual(repr(issue), "Aict.Issue(severity='warning', code='date-order', "
                                      "path='$.budgets[0].end')")
        report = Aict.Report.new()
        report.add(issue)
        self.assertEqual(repr(report), 'Aict.Report(issues=1, errors=0, warnings=1)')
        self.assertEqual(repr(Aict.Dataset.new()),
                         'Aict.Dataset(sources=0, actors=0, persons=0, partnerships=0, '
                         'budgets=0, meetings=0)')

    def test_repr_of_loaded_objects(self):
        text = repr(self.dataset)
        for name in COLLECTIONS:
            self.assertIn('%s=%d' % (name, len(self.json.get(name, []))), text)
        for name in COLLECTIONS:
            for entity in getattr(self.dataset, 'get_' + name)():
                text = repr(entity)
                self.assertTrue(text.startswith('Aict.%s(id=%r' % (
                    type(entity).__name__, entity.get_id())), text)
                self.assertNotIn('object at 0x', text)
        for issue in self.dataset.validate():
            self.assertTrue(repr(issue).startswith('Aict.Issue(severity='))

    def test_to_dict_mirrors_the_file(self):
        # Pruned of absent members, to_dict() is the JSON object itself,
        # amounts and decimals included, exactly.
        for name in COLLECTIONS:
            for entity, data in zip(getattr(self.dataset, 'get_' + name)(),
                                    self.json.get(name, [])):
                self.assertEqual(prune(entity.to_dict()), data, entity.get_id())

    def test_to_dict_values(self):
        budget = next(b for b in self.dataset.get_budgets()
                      if b.get_amount() is not None and b.get_amount().is_range())
        d = budget.to_dict()
        amount = d['amount']
        self.assertEqual(set(amount), {'currency', 'value', 'min', 'max', 'approximate'})
        self.assertIsInstance(amount['min'], Decimal)
        self.assertIsNone(amount['value'])
        self.assertEqual(amount['min'] * 100, budget.get_amount().get_min())
        self.assertIsInstance(d['kind'], str)

        fte = Aict.Budget(id='b', kind=Aict.BudgetKind.ESTIMATE, staff_fte=340)
        self.assertEqual(fte.to_dict()['staff_fte'], Decimal('3.4'))
        self.assertIsNone(fte.to_dict()['amount'])
        self.assertIsNone(Aict.Budget(id='c', kind=Aict.BudgetKind.ESTIMATE)
                          .to_dict()['staff_fte'])

        # Exact in the currency's own decimals, whatever the caller's context.
        with decimal.localcontext() as ctx:
            ctx.prec = 3
            self.assertEqual(Aict.Amount.new(123456789, 'EUR').to_dict()['value'],
                             Decimal('1234567.89'))
        self.assertEqual(Aict.Amount.new(1234, 'TND').to_dict()['value'], Decimal('1.234'))
        self.assertEqual(Aict.Amount.new(1234, 'XOF').to_dict()['value'], Decimal('1234'))

        actor = Aict.Actor(id='x', name='X', kind=Aict.ActorKind.FOREIGN_AUTHORITY)
        actor.add_source('s', None)
        d = actor.to_dict()
        self.assertEqual(d['kind'], 'foreign-authority')
        self.assertEqual(d['sources'], [{'source': 's', 'locator': None}])
        self.assertEqual(list(d)[:2], ['id', 'name'])
        self.assertIn('short_name', d)
        self.assertIsNone(d['short_name'])

        meeting = self.dataset.get_meetings()[0]
        d = meeting.to_dict()
        self.assertIsInstance(d['date'], str)
        self.assertIsInstance(d['outcomes'], list)
        self.assertTrue(all(isinstance(o, dict) for o in d['outcomes']))
        self.assertEqual([o['id'] for o in d['outcomes']],
                         [o.get_id() for o in meeting.get_outcomes()])

    def test_records_to_dict(self):
        p = Aict.Participant.new('cd24', Aict.ParticipantRole.LEAD)
        self.assertEqual(p.to_dict(), {'actor': 'cd24', 'role': 'lead', 'notes': None})
        self.assertEqual(repr(p), "Aict.Participant(actor='cd24', role='lead')")
        f = Aict.Funder.new_full('cd24', 7000, None)
        self.assertEqual(f.to_dict(), {'actor': 'cd24', 'share': Decimal('70'), 'amount': None})
        self.assertIsNone(Aict.Funder.new('x').to_dict()['share'])
        a = Aict.Attendance.new('p', Aict.AttendanceStatus.EXCUSED, Aict.AttendanceRole.PARTICIPANT)
        self.assertEqual(a.to_dict(), {'person': 'p', 'status': 'excused',
                                       'role': 'participant', 'representing': None})
        s = Aict.SourceRef.new_full('cr', 'Annexe')
        self.assertEqual(s.to_dict(), {'source': 'cr', 'locator': 'Annexe'})

    def test_records_agree_with_the_entity_view(self):
        # Records have their own to_dict(); the entities' (built from the
        # library's tables) must give the same dicts for them.
        dataset = Aict.Dataset.new_from_file(DATASET)
        lists = {
            'actors': [('identifiers', 'dup_identifiers')],
            'persons': [('affiliations', 'dup_affiliations')],
            'partnerships': [('participants', 'dup_participants'),
                             ('components', 'dup_components')],
            'budgets': [('funders', 'dup_funders')],
            'meetings': [('attendance', 'dup_attendance')],
        }
        checked = 0
        for collection in COLLECTIONS:
            for entity in getattr(dataset, 'get_' + collection)():
                d = entity.to_dict()
                self.assertEqual(d['sources'],
                                 [r.to_dict() for r in entity.dup_source_refs()])
                for key, getter in lists.get(collection, []):
                    records = [r.to_dict() for r in getattr(entity, getter)()]
                    self.assertEqual(d[key], records, (entity.get_id(), key))
                    checked += len(records)
                if collection == 'meetings' and entity.get_place() is not None:
                    self.assertEqual(d['place'], entity.get_place().to_dict())
                if collection == 'budgets' and entity.get_amount() is not None:
                    self.assertEqual(d['amount'], entity.get_amount().to_dict())
        self.assertGreater(checked, 50)

    def test_to_json_escapes_every_control_character(self):
        actor = Aict.Actor.new('a', 'A', Aict.ActorKind.REGION)
        text = ''.join(chr(c) for c in range(1, 0x20)) + '\u2028"\\é'
        actor.set_notes(text)
        actor.set_name('Région\x1f')
        d = json.loads(actor.to_json(Aict.EntityJsonFlags.NONE))   # strict
        self.assertEqual(d['notes'], text)
        self.assertEqual(d['name'], 'Région\x1f')
        summary = json.loads(actor.to_json(Aict.EntityJsonFlags.SUMMARY))
        self.assertNotIn('notes', summary)
        self.assertEqual(list(summary), ['id', 'name', 'short_name', 'kind', 'country',
                                         'subdivision', 'parent'])

    def test_list_references(self):
        dataset = Aict.Dataset.new_from_file(DATASET)
        for partnership in dataset.get_partnerships():
            d = partnership.to_dict()
            expected = list(dict.fromkeys(
                [p['actor'] for p in d['participants']] + [s['source'] for s in d['sources']]))
            self.assertEqual(partnership.list_references(Aict.EntityJsonFlags.NONE), expected)

    def test_to_records(self):
        for name in COLLECTIONS + ('agenda', 'contributions', 'outcomes', 'participants',
                                   'funders', 'attendance', 'identifiers',
                                   'affiliations', 'components'):
            rows = self.dataset.to_dict_records(name)
            self.assertIsInstance(rows, list)
            if not rows:
                continue
            keys = list(rows[0])
            for row in rows:
                self.assertEqual(list(row), keys, name)
                for value in row.values():
                    self.assertIsInstance(value, (str, Decimal, bool, type(None)),
                                          (name, row))
        self.assertEqual(len(self.dataset.to_dict_records('actors')), len(self.json['actors']))
        self.assertEqual(len(self.dataset.to_dict_records('participants')),
                         sum(len(p['participants']) for p in self.json['partnerships']))
        self.assertEqual(len(self.dataset.to_dict_records('outcomes')),
                         sum(len(m.get('outcomes', [])) for m in self.json['meetings']))
        budgets = self.dataset.to_dict_records('budgets')
        self.assertIn('amount_min', budgets[0])
        self.assertNotIn('funders', budgets[0])
        outcome = self.dataset.to_dict_records('outcomes')[0]
        self.assertEqual(list(outcome)[0], 'meeting')
        participant = self.dataset.to_dict_records('participants')[0]
        self.assertEqual(participant['partnership'], self.json['partnerships'][0]['id'])
        partnership = self.dataset.to_dict_records('partnerships')[0]
        self.assertEqual(partnership['countries'],
                         ';'.join(self.json['partnerships'][0].get('countries', [])) or None)
        with self.assertRaises(ValueError):
            self.dataset.to_dict_records('nothing')

    def test_pandas(self):
        # scripts/setup-deps.sh installs python3-pandas: a missing pandas
        # is a broken set-up, and this test fails rather than skips.
        import pandas
        frame = pandas.DataFrame.from_records(self.dataset.to_dict_records('budgets'))
        self.assertEqual(len(frame), len(self.json['budgets']))
        self.assertIn('amount_value', frame.columns)


if __name__ == '__main__':
    unittest.main(verbosity=2)
