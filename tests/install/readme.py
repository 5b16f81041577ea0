# SPDX-License-Identifier: LGPL-2.1-or-later
"""The quick starts of README.md, as the tests that build them read them.

A quick start is a fenced block whose first line names its example file
(`/* examples/quickstart.c */`, `# examples/quickstart.py`, …; see
build-aux/readme-examples.py).  The tests compile what the README shows,
not examples/, so that they fail when the README drifts.
"""
import re

BLOCK = re.compile(r'```(\w+)\n(.*?)```', re.S)
NAME = re.compile(r'^(?:/\*|#|//) examples/quickstart\.(\w+)')


def quick_starts(readme):
    """{'c': source, 'py': …, 'js': …, 'vala': …} from README.md."""
    with open(readme, encoding='utf-8') as f:
        text = f.read()
    found = {}
    for m in BLOCK.finditer(text):
        name = NAME.match(m.group(2))
        if name:
            found[name.group(1)] = m.group(2)
    return found


def quick_start(readme, ext):
    found = quick_starts(readme)
    if ext not in found:
        raise AssertionError(f'{readme} has no quick start examples/quickstart.{ext}')
    return found[ext]


# What every quick start prints on data/meeting-2016.json, whatever the
# language: the test checks that it ran to the end, on the real data.
EXPECTED_LINES = [
    '80 actors, 21 partnerships: valid, 0 errors, 14 warnings',
    'In Senegal:',
    '  p-cd33-senegal [planned] Nouvelle coopération de la Gironde au Sénégal',
    'Budget changes:',
    '  cd64-pole: 2015 → 2016, 50000 EUR, -75.00 %',
    'Open actions:',
    '  o-c4-rrma-interface (owner: RRMA Nouvelle Aquitaine)',
]


def check_output(out):
    missing = [line for line in EXPECTED_LINES if line not in out]
    if missing:
        raise AssertionError(f'quick start output lacks {missing}:\n{out}')
