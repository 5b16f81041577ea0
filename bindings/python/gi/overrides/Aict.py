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
* ``Dataset.to_records(kind)`` and ``Dataset.to_pandas(kind)``, built on
  the C bulk export :class:`Aict.Table` (``Table.to_records()``,
  ``to_columns()``, ``to_pandas()``), and ``Dataset.to_dict_records()``,
  flat dicts of every collection from ``to_dict()``.

Everything else (``len()``, iteration and indexing of collections and
reports, ``GLib.Error`` for failures, keyword construction) comes from
PyGObject itself.  Following the PyGObject override guidelines, nothing is
subclassed: methods are added to the repository classes (monkey-patching),
so the classes keep their GType-derived MRO and no ``override()`` wrapper is
needed; ``__all__`` is empty because the module exports no new names.
"""

import decimal
import functools
import json
import operator

from ..module import get_introspection_module

Aict = get_introspection_module('Aict')
from gi.repository import GLib  # noqa: E402  (GLib.Error)

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


# PyGObject converts any number to a gint64 argument by truncation:
# Aict.Amount.new_minor(1.5, 'EUR') would be 1 cent and new_major(0.7, 'EUR')
# 0 EUR.  Money must never be truncated, so the constructors that take
# integers accept only integers (int or anything with __index__, such as
# numpy integers), and Amount.from_major() takes exact values.

def _exact_int(value, what):
    if isinstance(value, bool):
        raise TypeError('%s must be an int, not bool' % what)
    try:
        return operator.index(value)
    except TypeError:
        raise TypeError(
            '%s must be an int in minor units, not %s; for a value in major '
            'units use Amount.from_major() with an int, a str or a '
            'decimal.Decimal (floats are refused: they are not exact)'
            % (what, type(value).__name__)) from None


def _integer_only(name, params, minor_units=True):
    c_function = getattr(Aict.Amount, name)

    @functools.wraps(c_function)
    def wrapper(*args):
        args = list(args)
        for i, param in enumerate(params):
            if i < len(args):
                args[i] = _exact_int(args[i], param)
                if minor_units and abs(args[i]) > Aict.AMOUNT_MAX:
                    # Not a CRITICAL and a NULL: an exception.
                    raise OverflowError(
                        '%s=%d is beyond the exact range of amounts '
                        '(±%d minor units)' % (param, args[i], Aict.AMOUNT_MAX))
        return c_function(*args)
    wrapper.__doc__ = c_function.__doc__
    return staticmethod(wrapper)


for _name, _params in (('new', ('value',)),
                       ('new_minor', ('minor',)),
                       ('new_range', ('min', 'max')),
                       ('new_full', ('min', 'max'))):
    setattr(Aict.Amount, _name, _integer_only(_name, _params))
Aict.Amount.new_major = _integer_only('new_major', ('major',), minor_units=False)


def _amount_from_major(value, currency):
    """An exact amount from its value in major units (euros, not cents).

    ``value`` is an ``int``, a :class:`decimal.Decimal` or a ``str`` in
    machine form (``'30000.50'``); ``Amount.from_major(Decimal('30000.50'),
    'EUR')`` is 3 000 050 cents.  The conversion is exact: a value with
    more decimal places than the currency has (ISO 4217) raises
    ``ValueError``, a value beyond the exact range ``OverflowError``, and a
    ``float`` (which is not exact) ``TypeError``; nothing is ever rounded.
    """
    if isinstance(value, float):
        raise TypeError('Amount.from_major() does not take a float, which is '
                        'not exact: pass a decimal.Decimal or a str such as '
                        "'%s'" % repr(value))
    try:
        if isinstance(value, decimal.Decimal):
            if not value.is_finite():
                raise ValueError('%r is not a finite amount' % value)
            # Fixed-point notation, every digit kept: exact.
            return Aict.Amount.new_from_string(format(value, 'f'), currency)
        if isinstance(value, str):
            return Aict.Amount.new_from_string(value, currency)
        return Aict.Amount.new_major(_exact_int(value, 'value'), currency)
    except GLib.Error as e:
        if e.matches(Aict.error_quark(), Aict.Error.OVERFLOW):
            raise OverflowError(e.message) from e
        if e.matches(Aict.error_quark(), Aict.Error.INVALID_ARGUMENT):
            raise ValueError(e.message) from e
        raise


Aict.Amount.from_major = staticmethod(_amount_from_major)
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
    """Rows of one collection as flat dicts of its to_dict() values.

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
    ``pandas.DataFrame.from_records(dataset.to_dict_records('actors'))``.
    Slower than :meth:`Dataset.to_records` (which builds its rows in C),
    but it covers every collection and member, with exact Decimals in
    major units.
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


# -- analysis results ---------------------------------------------------------
#
# Total, Count, Overlap, PoolingCandidate and ActorProfile have read-only
# GObject properties; to_dict() and repr() are built from them, in the
# order the class declares them.

def _flags_nicks(value):
    """The nicks of the flags set in @value ([] for none of them)."""
    if not int(value):
        return []
    zero = set(type(value)(0).value_nicks)
    return [nick for nick in value.value_nicks if nick not in zero]


def _result_value(value):
    if value is None:
        return None
    if isinstance(value, Aict.Amount):
        return value.to_dict()
    if isinstance(value, Aict.Entity):
        return value.get_id()
    if hasattr(value, 'value_nicks'):
        return _flags_nicks(value)
    if hasattr(value, 'value_nick'):
        return value.value_nick
    if hasattr(value, 'get_n_items'):       # a GListModel of entities
        return [item.get_id() if isinstance(item, Aict.Entity) else item
                for item in value]
    if isinstance(value, (list, tuple)):
        return list(value)
    return value


def _result_to_dict(self):
    """The properties of the result as a dict of plain values.

    Enumerations become their nicks, flags lists of nicks, amounts dicts
    of exact :class:`decimal.Decimal` (see :meth:`Amount.to_dict`), lists
    of ids lists, entities and lists of entities their ids.
    """
    return {pspec.name.replace('-', '_'): _result_value(self.get_property(pspec.name))
            for pspec in type(self).list_properties()}


def _result_repr(self):
    pairs = []
    for name, value in _result_to_dict(self).items():
        if value is None or value == [] or isinstance(value, dict):
            continue
        pairs.append((name, value))
    if isinstance(self, Aict.Total):
        pairs.insert(0, ('amount', self.get_amount()))
    return _format_repr(self, pairs)


for _cls in (Aict.Total, Aict.Count, Aict.Overlap, Aict.PoolingCandidate,
             Aict.ActorProfile):
    _cls.to_dict = _result_to_dict
    _cls.__repr__ = _result_repr


# -- bulk export: AictTable ----------------------------------------------------

_TABLE_KINDS = {
    'partnerships': Aict.TableKind.PARTNERSHIPS,
    'budgets': Aict.TableKind.BUDGETS,
    'actors': Aict.TableKind.ACTORS,
}


def _table_kind(kind):
    if isinstance(kind, Aict.TableKind):
        return kind
    try:
        return _TABLE_KINDS[kind]
    except (KeyError, TypeError):
        raise ValueError('unknown table kind %r; expected one of %s' % (
            kind, ', '.join(_TABLE_KINDS))) from None


def _table_column(self, column):
    """One column as a list: str, int or bool values, None for nulls."""
    kind = self.get_column_type(column)
    nulls = self.get_nulls(column)
    if kind == Aict.ColumnType.STRING:
        # One buffer per column, split in C: much faster than a str per
        # cell through PyGObject (get_strings()).
        data = self.get_string_data(column).get_data() or b''
        values = data.decode('utf-8').split('\0')[:-1]
        if nulls.count(1):
            values = [None if null else v for v, null in zip(values, nulls)]
        return values
    values = self.get_int64s(column)
    if kind == Aict.ColumnType.BOOLEAN:
        values = [v != 0 for v in values]
    if nulls.count(1):
        values = [None if null else v for v, null in zip(values, nulls)]
    return values


def _table_to_columns(self):
    """The table as a dict of column name → list, in column order."""
    return {self.get_column_name(c): _table_column(self, c)
            for c in range(self.get_n_columns())}


def _table_to_records(self):
    """The table as a list of dicts, one per row, all with the same keys."""
    columns = _table_to_columns(self)
    names = list(columns)
    return [dict(zip(names, row)) for row in zip(*columns.values())]


def _import_pandas():
    try:
        import pandas
    except ImportError as e:
        raise ImportError(
            'to_pandas() needs pandas, which is not installed '
            '(Debian: apt install python3-pandas; pip install pandas): %s' % e
        ) from e
    return pandas


def _table_to_pandas(self):
    """The table as a :class:`pandas.DataFrame`.

    Integer columns (amounts in minor units, counts) have the nullable
    dtype ``Int64`` and booleans ``boolean``, so that nulls stay nulls
    without turning the column into floats; strings are ``object``.
    pandas is imported on first use: ``ImportError`` if it is missing.
    """
    pandas = _import_pandas()
    data = {}
    for c in range(self.get_n_columns()):
        name = self.get_column_name(c)
        kind = self.get_column_type(c)
        values = _table_column(self, c)
        if kind == Aict.ColumnType.INT64:
            data[name] = pandas.array(values, dtype='Int64')
        elif kind == Aict.ColumnType.BOOLEAN:
            data[name] = pandas.array(values, dtype='boolean')
        else:
            data[name] = pandas.array(values, dtype=object)
    return pandas.DataFrame(data)


def _table_repr(self):
    return '%s(kind=%r, rows=%d, columns=%d)' % (
        _type_name(self), self.get_kind().value_nick, self.get_n_rows(),
        self.get_n_columns())


Aict.Table.to_columns = _table_to_columns
Aict.Table.to_records = _table_to_records
Aict.Table.to_pandas = _table_to_pandas
Aict.Table.__repr__ = _table_repr
Aict.Table.__len__ = lambda self: self.get_n_rows()


def _dataset_to_table_records(self, kind, filter=None):
    """Rows of a kind as flat dicts, built in C by :meth:`Dataset.to_table`.

    ``kind`` is ``'partnerships'``, ``'budgets'`` or ``'actors'`` (or an
    :class:`Aict.TableKind`); ``filter`` an optional :class:`Aict.Filter`.
    Values are ``str``, ``int`` (amounts in minor units with their
    ``currency`` column: exact, never floats), ``bool`` or ``None``; the
    columns are listed in doc/python.md.  Budget rows have the ``owner``
    and ``year`` the budget analyses count them for.

    For the other collections (``'sources'``, ``'persons'``,
    ``'meetings'``, ``'agenda'``, ``'participants'`` …) the rows are those
    of :meth:`Dataset.to_dict_records`.
    """
    if isinstance(kind, str) and kind not in _TABLE_KINDS:
        return _dataset_to_dict_records(self, kind)
    return self.to_table(_table_kind(kind), filter).to_records()


def _dataset_to_pandas(self, kind, filter=None):
    """A :class:`pandas.DataFrame` of a kind, from :meth:`Dataset.to_table`.

    ``kind`` and ``filter`` as for :meth:`Dataset.to_records`;  see
    :meth:`Table.to_pandas` for the dtypes.  pandas is imported on first
    use: ``ImportError`` with what to install if it is missing.
    """
    _import_pandas()
    return self.to_table(_table_kind(kind), filter).to_pandas()


_dataset_to_dict_records = _dataset_to_records
Aict.Dataset.__repr__ = _dataset_repr
Aict.Dataset.to_dict_records = _dataset_to_dict_records
Aict.Dataset.to_records = _dataset_to_table_records
Aict.Dataset.to_pandas = _dataset_to_pandas
