#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Sets translations in a .po file: po-set.py FILE.po TABLE

TABLE is a file of blocks "msgid\\n<id>\\nmsgstr\\n<translation>\\n\\n"
(one line each, "\\n" escapes allowed).  Each named entry gets the
translation and loses its fuzzy flag; an msgid that is not in FILE.po is an
error (a typo would otherwise go unnoticed).  For maintainers: the build
does not use it."""

import re
import sys


def po_escape(text):
    return text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')


def main():
    po_path, table_path = sys.argv[1:3]
    blocks = open(table_path, encoding='utf-8').read().strip().split('\n\n')
    table = {}
    for block in blocks:
        lines = block.split('\n')
        if len(lines) != 4 or lines[0] != 'msgid' or lines[2] != 'msgstr':
            sys.exit(f'bad block: {block!r}')
        table[lines[1].replace('\\n', '\n')] = lines[3].replace('\\n', '\n')

    text = open(po_path, encoding='utf-8').read()
    entries = text.split('\n\n')
    done = set()
    for i, entry in enumerate(entries):
        m = re.search(r'^msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)', entry, re.M)
        if not m:
            continue
        msgid = ''.join(re.findall(r'"(.*)"', m.group(1)))
        msgid = msgid.encode().decode('unicode_escape').encode('latin-1').decode('utf-8')
        if msgid not in table:
            continue
        new = f'msgid {m.group(1).rstrip()}\nmsgstr "{po_escape(table[msgid])}"'
        entry = entry[:m.start()] + new + entry[m.end():].lstrip('\n') if entry[m.end():].strip() else entry[:m.start()] + new
        entry = re.sub(r'^#, fuzzy(, )?', lambda f: '#, ' if f.group(1) else '', entry, flags=re.M)
        entry = re.sub(r'^#, \n', '', entry, flags=re.M)
        entry = re.sub(r'^#\| .*\n', '', entry, flags=re.M)
        entries[i] = entry
        done.add(msgid)
    missing = set(table) - done
    if missing:
        sys.exit('not in %s: %s' % (po_path, sorted(missing)))
    open(po_path, 'w', encoding='utf-8').write('\n\n'.join(entries))


if __name__ == '__main__':
    main()
