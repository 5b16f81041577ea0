#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The IATI rules (js-validator data-quality rules) that apply to what
aict export writes, checked on an IATI 2.03 activity file.

    check-iati.py CODELIST_DIR FILE.xml [--today YYYY-MM-DD]

The XSD is checked by xmllint; this checks what the schema cannot: codes
in their codelists, percentages summing to 100, dates in order and not
in the future, budget periods of one year at most, value-dates within
their period, identifiers unique and prefixed by the reporting
organisation.  Prints one line per broken rule and exits 1 if any."""
import datetime
import os
import re
import sys
import xml.etree.ElementTree as ET

XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


def codelist(directory, name):
    tree = ET.parse(os.path.join(directory, name + '.xml'))
    return {item.findtext('code') for item in tree.iter('codelist-item')}


def iso(text):
    return datetime.date.fromisoformat(text)


def one_year_later(start):
    try:
        return start.replace(year=start.year + 1)
    except ValueError:   # 29 February
        return start.replace(year=start.year + 1, day=28)


def check(root, lists, today):
    errors = []
    seen = set()

    def fail(where, rule, message):
        errors.append(f'{where}: rule {rule}: {message}')

    def in_list(where, rule, name, code):
        if code not in lists[name]:
            fail(where, rule, f'{code!r} is not in the {name} codelist')

    for activity in root.iter('iati-activity'):
        ident = activity.findtext('iati-identifier') or ''
        where = ident or '(no identifier)'
        reporting = activity.find('reporting-org')
        ref = reporting.get('ref') if reporting is not None else None

        # 1.1.2, 1.1.21: unique, and the org identifier + "-" + a string.
        if ident in seen:
            fail(where, '1.1.2', 'the identifier is not unique')
        seen.add(ident)
        if not ref or not ident.startswith(ref + '-') or len(ident) == len(ref) + 1:
            fail(where, '1.1.21', f'the identifier does not start with {ref!r} + "-"')
        if re.search(r'[\s/&|?]', ident):
            fail(where, '1.1.x', 'the identifier holds white space or / & | ?')
        in_list(where, 'codelist', 'OrganisationType', reporting.get('type'))

        # 4.1.1: a default language or xml:lang on every narrative.
        default_lang = activity.get(XML_LANG)
        for narrative in activity.iter('narrative'):
            if default_lang is None and narrative.get(XML_LANG) is None:
                fail(where, '4.1.1', 'a narrative has no language and there is no default')
            if not (narrative.text or '').strip():
                fail(where, '4.1.x', 'an empty narrative')

        # 6.10.1: a participating-org has a @ref or a narrative.
        for org in activity.findall('participating-org'):
            if not org.get('ref') and org.find('narrative') is None:
                fail(where, '6.10.1', 'a participating-org has neither @ref nor narrative')
            in_list(where, 'codelist', 'OrganisationRole', org.get('role'))
            if org.get('type') is not None:
                in_list(where, 'codelist', 'OrganisationType', org.get('type'))

        status = activity.find('activity-status')
        in_list(where, 'codelist', 'ActivityStatus', status.get('code'))

        # 6.11.1, 11.1.2–11.1.5: a start, dates in order, actuals not in
        # the future.
        dates = {}
        for date in activity.findall('activity-date'):
            kind = date.get('type')
            in_list(where, 'codelist', 'ActivityDateType', kind)
            if kind in dates:
                fail(where, '11.x', f'two activity dates of type {kind}')
            dates[kind] = iso(date.get('iso-date'))
        if '1' not in dates and '2' not in dates:
            fail(where, '6.11.1', 'no planned or actual start date')
        for start, end, rule in (('1', '3', '11.1.2'), ('2', '4', '11.1.3')):
            if start in dates and end in dates and dates[start] > dates[end]:
                fail(where, rule, f'start {dates[start]} is after end {dates[end]}')
        for kind, rule in (('2', '11.1.4'), ('4', '11.1.5')):
            if kind in dates and dates[kind] > today:
                fail(where, rule, f'actual date {dates[kind]} is in the future')

        # 3.1.2, 2.1.2: percentages add up to 100 (sectors per vocabulary).
        countries = activity.findall('recipient-country')
        for country in countries:
            in_list(where, 'codelist', 'Country', country.get('code'))
        if countries and sum(float(c.get('percentage')) for c in countries) != 100:
            fail(where, '3.1.2', 'recipient-country percentages do not add up to 100')
        sums = {}
        for sector in activity.findall('sector'):
            vocabulary = sector.get('vocabulary', '1')
            in_list(where, 'codelist', 'SectorVocabulary', vocabulary)
            if vocabulary == '1':
                in_list(where, 'codelist', 'Sector', sector.get('code'))
            sums[vocabulary] = sums.get(vocabulary, 0) + float(sector.get('percentage'))
        for vocabulary, total in sums.items():
            if total != 100:
                fail(where, '2.1.2', f'sector percentages of vocabulary {vocabulary} add up to {total}')

        # 7.5.2, 7.5.3, 7.8.1, 11.3.1: budgets.
        for budget in activity.findall('budget'):
            in_list(where, 'codelist', 'BudgetType', budget.get('type', '1'))
            in_list(where, 'codelist', 'BudgetStatus', budget.get('status', '1'))
            start = iso(budget.find('period-start').get('iso-date'))
            end = iso(budget.find('period-end').get('iso-date'))
            value = budget.find('value')
            if start > end:
                fail(where, '7.x', f'budget period starts {start} after it ends {end}')
            if end >= one_year_later(start):
                fail(where, '7.5.3', f'budget period {start}–{end} is longer than a year')
            if value.get('value-date') is None:
                fail(where, '7.5.2', 'a budget value has no value-date')
            elif not start <= iso(value.get('value-date')) <= end:
                fail(where, '11.3.1', 'a budget value-date is outside its period')
            if value.get('currency') is None and activity.get('default-currency') is None:
                fail(where, '7.8.1', 'a value has no currency and there is no default currency')
            elif value.get('currency') is not None:
                in_list(where, 'codelist', 'Currency', value.get('currency'))

    # No personal data: no e-mail address or phone number anywhere.
    text = ET.tostring(root, encoding='unicode')
    if re.search(r'[\w.+-]+@[\w-]+\.[\w.]+', text):
        fail('file', 'privacy', 'an e-mail address')
    return errors


def main():
    args = sys.argv[1:]
    today = datetime.date.today()
    if '--today' in args:
        i = args.index('--today')
        today = iso(args[i + 1])
        del args[i:i + 2]
    directory, path = args
    names = ('ActivityDateType', 'ActivityStatus', 'BudgetStatus', 'BudgetType',
             'Country', 'Currency', 'OrganisationRole', 'OrganisationType',
             'Sector', 'SectorVocabulary')
    lists = {name: codelist(directory, name) for name in names}
    root = ET.parse(path).getroot()
    errors = check(root, lists, today)
    for error in errors:
        print(error)
    n = len(list(root.iter('iati-activity')))
    print(f'{path}: {n} activities, {len(errors)} broken rules')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
