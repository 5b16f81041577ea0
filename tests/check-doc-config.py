#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The gi-docgen configuration, checked without gi-docgen:

- every content page of doc/aict.toml.in exists and starts with a
  "Title:" line (otherwise gi-docgen calls it "Unknown document");
- every doc/*.md guide meant for readers is listed, cli.md among them;
- no invented URL (example.invalid, example.com): a field with no real
  value is left out;
- json-glib (Json-1.0) is listed among the dependencies, as the library's
  .pc and GIR require it.

  check-doc-config.py SOURCE_ROOT
"""
import os
import re
import sys


def main(root):
    doc = os.path.join(root, 'doc')
    with open(os.path.join(doc, 'aict.toml.in'), encoding='utf-8') as f:
        toml = f.read()
    failures = []
    files = re.findall(r'"([\w.-]+\.md)"', toml.split('content_files', 1)[1].split(']', 1)[0])
    if 'cli.md' not in files:
        failures.append('cli.md is not a content page')
    for name in files:
        path = os.path.join(doc, name)
        if not os.path.exists(path):
            failures.append(f'{name}: listed but missing')
            continue
        with open(path, encoding='utf-8') as f:
            first = f.readline()
        if not first.startswith('Title: '):
            failures.append(f'{name}: first line is not "Title: …"')
    for name in sorted(os.listdir(doc)):
        if name.endswith('.md') and name not in files:
            failures.append(f'doc/{name} is not listed in content_files')
    for bad in ('example.invalid', 'example.com', 'example.org'):
        if bad in toml:
            failures.append(f'aict.toml.in has an invented URL ({bad})')
    if not re.search(r'dependencies = \[[^]]*"Json-1.0"', toml) or '[dependencies."Json-1.0"]' not in toml:
        failures.append('json-glib (Json-1.0) is not among the dependencies')
    with open(os.path.join(doc, 'meson.build'), encoding='utf-8') as f:
        meson = f.read()
    for name in files:
        if f"'{name}'" not in meson:
            failures.append(f'{name} is not in depend_files of doc/meson.build')
    for n, failure in enumerate(failures, 1):
        print(f'not ok {n} - {failure}')
    if not failures:
        print('ok 1 - gi-docgen configuration')
    print(f'1..{max(1, len(failures))}')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
