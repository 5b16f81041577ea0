# SPDX-License-Identifier: LGPL-2.1-or-later
"""PyGObject override for libaict (``from gi.repository import Aict``).

It adds only what the C library cannot give Python through introspection:

* a readable ``repr()`` for entities, amounts, partial dates, issues,
  reports and datasets, and ``str()`` of amounts and partial dates;
* ``to_dict()`` on entities and on the small records they hold, returning
  plain Python values that mirror the member names of the ``aict/1`` JSON
  format: enumerations as their nicks, partial dates as ISO strings,
  amounts as dicts of exact :class:`decimal.Decimal` values in the
  currency's major unit, lists of records as lists of dicts;
* ``Dataset.to_records(collection)``, a list of flat dicts for
  ``pandas.DataFrame.from_records``.

Everything else (``len()``, iteration and indexing of collections and
reports, ``GLib.Error`` for failures, keyword construction) comes from
PyGObject itself.  Following the PyGObject override guidelines, nothing is
subclassed: methods are added to the repository classes (monkey-patching),
so the classes keep their GType-derived MRO and no ``override()`` wrapper is
needed; ``__all__`` is empty because the module exports no new names.
"""

import decimal
import json

from ..module import get_introspection_module

Aict = get_introspection_module('Aict')

__all__ = []

# Exact conversion of minor units / hundredths, independent of the
# caller's decimal context (which may have a low precision).
_DECIMAL_CONTEXT = decimal.Context(prec=40)

# Column sets of the nested objects that to_records() flattens, so that
# every row has the same keys whether the nested object is there or not.
_AMOUNT_KEYS = ('currency', 'value', 'min', 'max', 'approximate')
_PLACE_KEYS = ('name', 'address', 'postal_code', 'locality', 'country')
# Lists of records: collections of their own in to_records(), never columns.
_RECORD_LISTS = frozenset(('identifiers', 'affiliations', 'participants',
                           'components', 'funders', 'attendance', 'agenda',
                           'contributions', 'outcomes'))


# -- helpers -----------------------------------------------------------------

def _nick(value):
    return value.value_nick


def _date(date):
    return date.to_string() if date is not None else None


def _strv(strv):
    return list(strv) if strv else []


def _hundredths(value):
    """An int in hundredths (-1 when not given) as an exact Decimal."""
    if value is None or value < 0:
        return None
    return decimal.Decimal(value).scaleb(-2, _DECIMAL_CONTEXT)


def _currency_decimals(currency):
    decimals = Aict.currency_get_decimals(currency)
    # As aict_amount_format_value() does: an unknown currency has 2.
    return decimals if 0 <= decimals <= 18 else 2


def _type_name(obj):
    cls = type(obj)
    module = cls.__module__
    if module.startswith('gi.repository.'):
        return module[len('gi.repository.'):] + '.' + cls.__name__
    return module + '.' + cls.__qualname__


def _repr_value(value):
    if value is None:
        return None
    if isinstance(value, (Aict.Amount, Aict.PartialDate)):
        return repr(value.to_string())
    if hasattr(value, 'value_nick'):
        return repr(value.value_nick)
    return repr(value)


def _format_repr(obj, pairs):
    args = ', '.join('%s=%s' % (name, text)
                     for name, text in ((name, _repr_value(value))
                                        for name, value in pairs)
                     if text is not None)
    return '%s(%s)' % (_type_name(obj), args)


def _shorten(text, width=40):
    if text is None or len(text) <= width:
        return text
    return text[:width - 1] + '…'


# -- values ------------------------------------------------------------------

def _amount_to_dict(self):
    """The amount as the aict/1 format writes it, with exact values.

    Returns a dict with the members ``currency``, ``value``, ``min``,
    ``max`` and ``approximate``.  ``value`` is set for an exact amount,
    ``min`` and ``max`` for a range, the others are ``None``.  Values are
    :class:`decimal.Decimal` in the currency's major unit (euros, not
    cents) with as many decimal places as the currency has.
    """
    currency = self.get_currency()
    decimals = _currency_decimals(currency)

    def major(minor):
        return decimal.Decimal(minor).scaleb(-decimals, _DECIMAL_CONTEXT)

    if self.is_range():
        value, minimum, maximum = None, major(self.get_min()), major(self.get_max())
    else:
        value, minimum, maximum = major(self.get_value()), None, None
    return {
        'currency': currency,
        'value': value,
        'min': minimum,
        'max': maximum,
        'approximate': bool(self.get_approximate()),
    }


def _amount_repr(self):
    return '%s(%r)' % (_type_name(self), self.to_string())


def _amount_str(self):
    return self.to_string()


Aict.Amount.to_dict = _amount_to_dict
Aict.Amount.__repr__ = _amount_repr
Aict.Amount.__str__ = _amount_str


def _partial_date_repr(self):
    return '%s(%r)' % (_type_name(self), self.to_string())


def _partial_date_str(self):
    return self.to_string()


Aict.PartialDate.__repr__ = _partial_date_repr
Aict.PartialDate.__str__ = _partial_date_str


# -- records -----------------------------------------------------------------

def _record(cls, to_dict):
    def __repr__(self):
        return _format_repr(self, [(k, v) for k, v in self.to_dict().items()
                                   if not isinstance(v, (list, dict))])
    cls.to_dict = to_dict
    cls.__repr__ = __repr__


_record(Aict.SourceRef, lambda self: {
    'source': self.get_source(),
    'locator': self.get_locator(),
})
_record(Aict.Identifier, lambda self: {
    'scheme': self.get_scheme(),
    'value': self.get_value(),
})
_record(Aict.Affiliation, lambda self: {
    'actor': self.get_actor_id(),
    'post': self.get_post(),
    'start': _date(self.get_start()),
    'end': _date(self.get_end()),
})
_record(Aict.Participant, lambda self: {
    'actor': self.get_actor_id(),
    'role': _nick(self.get_role()),
    'notes': self.get_notes(),
})
_record(Aict.Component, lambda self: {
    'title': self.get_title(),
    'themes': _strv(self.get_themes()),
    'notes': self.get_notes(),
})
_record(Aict.Funder, lambda self: {
    'actor': self.get_actor_id(),
    'share': _hundredths(self.get_share()),
    'amount': (self.get_amount().to_dict()
               if self.get_amount() is not None else None),
})
_record(Aict.Place, lambda self: {
    'name': self.get_name(),
    'address': self.get_address(),
    'postal_code': self.get_postal_code(),
    'locality': self.get_locality(),
    'country': self.get_country(),
})
_record(Aict.Attendance, lambda self: {
    'person': self.get_person_id(),
    'status': _nick(self.get_status()),
    'role': _nick(self.get_role()),
    'representing': self.get_representing_id(),
})


# -- entities ----------------------------------------------------------------
#
# An entity's to_dict() is the library's JSON view of it (aict_entity_to_json(),
# built from the type's table of members, as the tool's --json is): every
# member in the order the aict/1 writer uses, an absent optional member None
# (an empty list for lists), never dropped, so that every dict of a
# collection has the same keys.  The view's exact numbers are decimal
# strings; here they become Decimal, and an exact amount has only its
# 'value', as Amount.to_dict() gives it.

_HUNDREDTHS_KEYS = frozenset(('share', 'staff_fte'))


def _from_view(value):
    if isinstance(value, list):
        return [_from_view(item) for item in value]
    if not isinstance(value, dict):
        return value
    d = {}
    for key, item in value.items():
        if key in _HUNDREDTHS_KEYS and isinstance(item, str):
            item = decimal.Decimal(item)
        elif key == 'amount' and isinstance(item, dict):
            item = _amount_from_view(item)
        else:
            item = _from_view(item)
        d[key] = item
    return d


def _amount_from_view(view):
    def exact(text):
        return decimal.Decimal(text) if text is not None else None

    exact_value = view['value'] is not None
    return {
        'currency': view['currency'],
        'value': exact(view['value']),
        'min': None if exact_value else exact(view['min']),
        'max': None if exact_value else exact(view['max']),
        'approximate': view['approximate'],
    }


def _entity_to_dict(self):
    """The entity as a dict: every member of its type, exact values.

    Absent members are ``None``, empty lists ``[]``; enumerations are
    their nicks, dates their text, amounts dicts of
    :class:`decimal.Decimal` (see :meth:`Amount.to_dict`), shares and
    staff in full-time equivalents :class:`decimal.Decimal`.  The same
    view as ``aict show --json``, from :meth:`Entity.to_json`.
    """
    return _from_view(json.loads(self.to_json(Aict.EntityJsonFlags.NONE)))


Aict.Entity.to_dict = _entity_to_dict


# The one or two most telling properties of each entity, after its id.
_ENTITY_REPR = (
    (Aict.Source, lambda e: [('title', e.get_title())]),
    (Aict.Actor, lambda e: [('name', e.get_name()), ('kind', e.get_kind())]),
    (Aict.Person, lambda e: [('name', e.get_name())]),
    (Aict.Partnership, lambda e: [('title', e.get_title()),
                                  ('status', e.get_status())]),
    (Aict.Budget, lambda e: [('kind', e.get_kind()),
                             ('amount', e.get_amount())]),
    (Aict.Meeting, lambda e: [('title', e.get_title()),
                              ('date', e.get_date())]),
    (Aict.AgendaItem, lambda e: [('label', e.get_label()),
                                 ('title', e.get_title())]),
    (Aict.Contribution, lambda e: [('person_id', e.get_person_id()),
                                   ('actor_id', e.get_actor_id())]),
    (Aict.Outcome, lambda e: [('kind', e.get_kind()),
                              ('owner_id', e.get_owner_id())]),
)


def _entity_repr(self):
    pairs = [('id', self.get_id())]
    for cls, telling in _ENTITY_REPR:
        if isinstance(self, cls):
            pairs += telling(self)
            break
    return _format_repr(self, pairs)


Aict.Entity.__repr__ = _entity_repr


# -- validation reports --------------------------------------------------------

def _issue_repr(self):
    return _format_repr(self, [('severity', self.get_severity()),
                               ('code', self.get_code()),
                               ('path', self.get_path())])


def _report_repr(self):
    return '%s(issues=%d, errors=%d, warnings=%d)' % (
        _type_name(self), self.get_n_items(),
        self.get_n_errors(), self.get_n_warnings())


Aict.Issue.__repr__ = _issue_repr
Aict.Report.__repr__ = _report_repr


# -- datasets ----------------------------------------------------------------

_TOP_LEVEL = ('sources', 'actors', 'persons', 'partnerships', 'budgets',
              'meetings')


def _dataset_repr(self):
    pairs = []
    title = _shorten(self.get_title())
    if title is not None:
        pairs.append('title=%r' % title)
    for name in _TOP_LEVEL:
        pairs.append('%s=%d' % (name, getattr(self, 'get_' + name)().get_n_items()))
    return '%s(%s)' % (_type_name(self), ', '.join(pairs))


def _flatten(d):
    """One flat row from a to_dict(): scalars only.

    Nested objects (amount, place) become prefixed columns; lists of
    strings are joined with ';' (ids and codes never contain one); the
    list of source references becomes the ';'-joined distinct source ids;
    other lists of records are left out: they are collections of their
    own (see to_records()).  Empty lists become None.
    """
    row = {}
    for key, value in d.items():
        if key == 'amount':
            amount = value or {}
            for sub in _AMOUNT_KEYS:
                row['amount_' + sub] = amount.get(sub)
        elif key == 'place':
            place = value or {}
            for sub in _PLACE_KEYS:
                row['place_' + sub] = place.get(sub)
        elif key == 'sources' and isinstance(value, list):
            ids = list(dict.fromkeys(ref['source'] for ref in value))
            row[key] = ';'.join(ids) if ids else None
        elif key in _RECORD_LISTS:
            continue
        elif isinstance(value, list):
            row[key] = ';'.join(value) if value else None
        else:
            row[key] = value
    return row


def _meeting_children(dataset, getter):
    for meeting in dataset.get_meetings():
        for child in getattr(meeting, getter)():
            yield meeting.get_id(), child


def _child_records(entities, parent_key, getter):
    rows = []
    for entity in entities:
        for record in getattr(entity, getter)() or []:
            row = {parent_key: entity.get_id()}
            row.update(_flatten(record.to_dict()))
            rows.append(row)
    return rows


def _dataset_to_records(self, collection):
    """Rows of one collection as flat dicts, for pandas.

    ``collection`` is one of the dataset's collections (``'sources'``,
    ``'actors'``, ``'persons'``, ``'partnerships'``, ``'budgets'``,
    ``'meetings'``), a collection of the meetings' entities
    (``'agenda'``, ``'contributions'``, ``'outcomes'``, each row starting
    with a ``'meeting'`` column), or a list of records held by entities
    (``'identifiers'`` of actors, ``'affiliations'`` of persons,
    ``'participants'`` and ``'components'`` of partnerships,
    ``'funders'`` of budgets, ``'attendance'`` of meetings; each row
    starts with the id of the entity that holds it).

    Every row of a collection has the same keys, named after the aict/1
    members; an amount becomes ``amount_currency``, ``amount_value``,
    ``amount_min``, ``amount_max`` and ``amount_approximate`` (exact
    :class:`decimal.Decimal` values), a place ``place_name`` … ``place_country``;
    lists of codes or ids are joined with ``';'``.  Use it as
    ``pandas.DataFrame.from_records(dataset.to_records('actors'))``.
    """
    if collection in _TOP_LEVEL:
        return [_flatten(e.to_dict())
                for e in getattr(self, 'get_' + collection)()]
    if collection in ('agenda', 'contributions', 'outcomes'):
        rows = []
        for meeting_id, child in _meeting_children(self, 'get_' + collection):
            row = {'meeting': meeting_id}
            row.update(_flatten(child.to_dict()))
            rows.append(row)
        return rows
    children = {
        'identifiers': ('actors', 'actor', 'dup_identifiers'),
        'affiliations': ('persons', 'person', 'dup_affiliations'),
        'participants': ('partnerships', 'partnership', 'dup_participants'),
        'components': ('partnerships', 'partnership', 'dup_components'),
        'funders': ('budgets', 'budget', 'dup_funders'),
        'attendance': ('meetings', 'meeting', 'dup_attendance'),
    }
    if collection in children:
        parents, parent_key, getter = children[collection]
        return _child_records(getattr(self, 'get_' + parents)(),
                              parent_key, getter)
    raise ValueError('unknown collection %r; expected one of %s' % (
        collection, ', '.join(_TOP_LEVEL + ('agenda', 'contributions', 'outcomes')
                              + tuple(children))))


Aict.Dataset.__repr__ = _dataset_repr
Aict.Dataset.to_records = _dataset_to_records
