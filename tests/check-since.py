#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Since: tags agree with the availability macros.

A function declared after AICT_AVAILABLE_IN_0_2 must say `Since: 0.2`
(version="0.2" in the GIR, [Version (since = "0.2")] in the VAPI), one
declared after AICT_AVAILABLE_IN_ALL `Since: 0.1`; no symbol may name a
version newer than the project's, or valac --pkg libaict-1 reports it
"not available" against the installed .pc.  TAP output.

  check-since.py Aict-1.gir PROJECT_VERSION HEADER…
"""
import re
import sys
import xml.etree.ElementTree as ET

C_NS = '{http://www.gtk.org/introspection/c/1.0}'


def version_tuple(text):
    return tuple(int(p) for p in text.split('.'))


def main(gir, project_version, *headers):
    macro = {}
    for header in headers:
        with open(header, encoding='utf-8') as f:
            text = f.read()
        for m in re.finditer(r'\b(AICT_AVAILABLE_IN_(\w+))\s*\n[^;]*?\b(aict_\w+)\s*\(', text):
            macro[m.group(3)] = m.group(2)
    versions = {}
    for element in ET.parse(gir).iter():
        ident = element.get(C_NS + 'identifier')
        if ident and ident.startswith('aict_'):
            versions[ident] = element.get('version')
    failures = []
    checked = 0
    for function, available in sorted(macro.items()):
        if function not in versions:       # *_get_type(): not in the GIR
            continue
        checked += 1
        expected = '0.1' if available == 'ALL' else available.replace('_', '.')
        if versions[function] != expected:
            failures.append(f'{function}: AICT_AVAILABLE_IN_{available} but Since: {versions[function]}')
    project = version_tuple(project_version)[:2]
    for ident, version in sorted(versions.items()):
        if version is not None and version_tuple(version) > project:
            failures.append(f'{ident}: Since: {version} is newer than {project_version}')
    if checked < 100:
        failures.append(f'only {checked} functions matched: the header scan is broken')
    for n, failure in enumerate(failures, 1):
        print(f'not ok {n} - {failure}')
    if not failures:
        print(f'ok 1 - {checked} functions, Since: matches AICT_AVAILABLE_IN_*')
    print(f'1..{max(1, len(failures))}')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
