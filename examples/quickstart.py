#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# quickstart.py [FILE.json]: load a dataset, list its partnerships, validate
# it and print the open follow-up actions with their owner.
import sys

import gi
gi.require_version('Aict', '1')
from gi.repository import Aict, GLib  # noqa: E402

path = sys.argv[1] if len(sys.argv) > 1 else 'data/meeting-2016.json'
try:
    dataset = Aict.Dataset.new_from_file(path, None)
except GLib.Error as e:
    print(f'quickstart: {e.message}', file=sys.stderr)
    sys.exit(1)

partnerships = dataset.get_partnerships()
meetings = dataset.get_meetings()
print(f'{len(dataset.get_actors())} actors, {len(partnerships)} partnerships, '
      f'{len(meetings)} meetings\n\nPartnerships:')
for p in partnerships:
    status = Aict.partnership_status_get_label(p.get_status(), 'en')
    print(f'  {p.get_id()} [{status}] {", ".join(p.get_countries())}')

report = dataset.validate()
print(f'\nValidation: {"valid" if report.is_valid() else "not valid"}, '
      f'{report.get_n_errors()} errors, {report.get_n_warnings()} warnings\n\n'
      'Open actions:')
for meeting in meetings:
    for o in meeting.get_outcomes():
        if (o.get_kind() != Aict.OutcomeKind.ACTION or
                o.get_status() != Aict.OutcomeStatus.OPEN):
            continue
        owner_id = o.get_owner_id()
        owner = dataset.lookup_actor(owner_id) if owner_id else None
        name = owner.get_name() if owner else owner_id or '?'
        print(f'  {o.get_id()} (owner: {name})\n    {o.get_text()}')
