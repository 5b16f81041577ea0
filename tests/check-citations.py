#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Every document the tree cites is in the tree.

Scans the sources, tests, docs and build files for paths of the tree
(`doc/reliability.md`, `lib/aict-file.c`, `tests/data/bad/…`) and for
upper-case documents (`HACKING.md`), and fails on one that does not
exist, or on a path out of the tree (the parent directory's "shared").
This file itself is not scanned.  TAP output.

  check-citations.py SOURCE_ROOT
"""
import os
import re
import sys

TOP = ('doc', 'data', 'tests', 'lib', 'tools', 'include', 'bindings', 'build-aux',
       'scripts', 'fuzzing', 'bench', 'examples', 'po')
PATH = re.compile(r'(?<![\w/.$-])((?:%s)/[\w./-]*\.(?:md|rst|json|c|h|py|js|vala|sh|txt|build|metadata|in))\b'
                  % '|'.join(TOP))
DIR = re.compile(r'`((?:%s)/(?:[\w.-]+/)*)`' % '|'.join(TOP))
UPPER = re.compile(r'(?<![\w/.-])([A-Z][A-Z0-9_-]{2,}\.md)\b')
OUTSIDE = re.compile(r'\.\./shared\b')
SCANNED = ('.c', '.h', '.py', '.js', '.vala', '.md', '.rst', '.build', '.sh', '.in',
           '.metadata', '.txt', 'Makefile', '.toml.in')
SKIP_DIRS = {'.git', 'jsontestsuite', 'corpus', 'crashes'}


def files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames
                       if d not in SKIP_DIRS and not d.startswith('_build') and not d.startswith('.')]
        for name in filenames:
            if name.endswith(SCANNED) or name in ('Makefile', 'NEWS'):
                yield os.path.join(dirpath, name)


def main(root):
    failures = []
    n = 0
    for path in sorted(files(root)):
        rel = os.path.relpath(path, root)
        if os.path.samefile(path, __file__):
            continue
        try:
            with open(path, encoding='utf-8') as f:
                text = f.read()
        except UnicodeDecodeError:
            continue
        for lineno, line in enumerate(text.splitlines(), 1):
            for cited in PATH.findall(line) + DIR.findall(line) + UPPER.findall(line):
                cited = cited.rstrip('.')
                n += 1
                target = cited if '/' in cited else cited
                if not os.path.exists(os.path.join(root, target)):
                    failures.append(f'{rel}:{lineno}: cites {cited}, which is not in the tree')
            if OUTSIDE.search(line):
                failures.append(f'{rel}:{lineno}: cites a path outside the tree (../shared)')
    for i, failure in enumerate(failures, 1):
        print(f'not ok {i} - {failure}')
    if not failures:
        print(f'ok 1 - {n} citations, all in the tree')
    print(f'1..{max(1, len(failures))}')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
