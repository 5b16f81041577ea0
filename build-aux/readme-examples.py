#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Keeps the quick starts of README.md identical to examples/.

Each fenced block whose first line is a comment naming an example file
(`/* examples/quickstart.c */`, `# examples/quickstart.py`,
`// examples/quickstart.js`) holds that file's contents.

  readme-examples.py README.md          rewrite the blocks from the files
  readme-examples.py --check README.md  exit 1 (TAP) if a block differs
"""
import os
import re
import sys

BLOCK = re.compile(r'```(\w+)\n(.*?)```', re.S)
NAME = re.compile(r'^(?:/\*|#|//) (examples/[\w.-]+)')


def blocks(text):
    for m in BLOCK.finditer(text):
        body = m.group(2)
        first = body.split('\n', 1)[0]
        name = NAME.match(first)
        if name:
            yield m, name.group(1)


def main(argv):
    check = '--check' in argv
    readme = [a for a in argv if a != '--check'][0]
    root = os.path.dirname(os.path.abspath(readme))
    text = open(readme, encoding='utf-8').read()
    out, pos, n, failures = [], 0, 0, 0
    for m, name in blocks(text):
        n += 1
        with open(os.path.join(root, name), encoding='utf-8') as f:
            source = f.read()
        marker = m.group(2).split('\n', 1)[0]
        # The marker line stays; the file follows it, minus a shebang and
        # an SPDX line that only matter in the file itself.
        lines = [l for l in source.split('\n')
                 if not l.startswith('#!') and 'SPDX-License-Identifier' not in l]
        wanted = marker + '\n' + '\n'.join(lines).strip('\n') + '\n'
        if check:
            ok = m.group(2) == wanted
            failures += not ok
            print(f'{"ok" if ok else "not ok"} {n} - README.md block for {name}')
        out.append(text[pos:m.start(2)] + wanted)
        pos = m.end(2)
    out.append(text[pos:])
    if check:
        print(f'1..{n}')
        return 1 if failures or n == 0 else 0
    with open(readme, 'w', encoding='utf-8') as f:
        f.write(''.join(out))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
