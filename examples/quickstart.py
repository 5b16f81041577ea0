#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# quickstart.py [FILE.json]: load a dataset, validate it, then ask it three
# questions: who works in Senegal, whose budget changed, which follow-up
# actions are open.
import sys

import gi
gi.require_version('Aict', '1')
from gi.repository import Aict, GLib  # noqa: E402

path = sys.argv[1] if len(sys.argv) > 1 else 'data/meeting-2016.json'
try:
    dataset = Aict.Dataset.new_from_file(path)
except GLib.Error as e:
    print(f'quickstart: {e.message}', file=sys.stderr)
    sys.exit(1)

report = dataset.validate()
print(f'{len(dataset.get_actors())} actors, {len(dataset.get_partnerships())} partnerships: '
      f'{"valid" if report.is_valid() else "not valid"}, {report.get_n_errors()} errors, '
      f'{report.get_n_warnings()} warnings')

senegal = Aict.Filter.new()
senegal.add_country('SN')
print('\nIn Senegal:')
for p in dataset.filter_partnerships(senegal):
    status = Aict.partnership_status_get_label(p.get_status(), 'en')
    print(f'  {p.get_id()} [{status}] {p.get_title()}')

print('\nBudget changes:')
by_actor_and_year = Aict.BudgetGrouping.ACTOR | Aict.BudgetGrouping.YEAR
for total in dataset.get_budget_totals(by_actor_and_year, None):
    has_percent, basis_points = total.get_change_percent()
    if has_percent:
        print(f'  {total.get_key(Aict.BudgetGrouping.ACTOR)}: '
              f'{total.get_previous_year()} → {total.get_key(Aict.BudgetGrouping.YEAR)}, '
              f'{total.get_amount().to_string()}, {basis_points / 100:+.2f} %')

open_actions = Aict.Filter.new()
open_actions.add_outcome_kind(Aict.OutcomeKind.ACTION)
open_actions.add_outcome_status(Aict.OutcomeStatus.OPEN)
print('\nOpen actions:')
for o in dataset.filter_outcomes(open_actions):
    owner = dataset.lookup_actor(o.get_owner_id()) if o.get_owner_id() else None
    print(f'  {o.get_id()} (owner: {owner.get_name() if owner else o.get_owner_id()})')
