#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""gir-stability.py IN.gir OUT.gir STABILITY

A copy of the GIR for gi-docgen in which every documented symbol that
has no stability of its own gets STABILITY (gi-docgen shows it beside
"Available since").  libaict is 0.x: its whole API is Unstable until 1.0,
which is said once here rather than by a "Stability:" tag in each of the
500 doc comments.  The installed GIR is left as g-ir-scanner wrote it.
"""
import sys
import xml.etree.ElementTree as ET

CORE = 'http://www.gtk.org/introspection/core/1.0'
NAMESPACES = {
    '': CORE,
    'c': 'http://www.gtk.org/introspection/c/1.0',
    'glib': 'http://www.gtk.org/introspection/glib/1.0',
}
KINDS = {'class', 'interface', 'record', 'union', 'enumeration', 'bitfield', 'alias',
         'constant', 'function', 'method', 'constructor', 'virtual-method', 'property',
         'callback'}
SIGNAL = '{http://www.gtk.org/introspection/glib/1.0}signal'


def main(source, target, stability):
    for prefix, uri in NAMESPACES.items():
        ET.register_namespace(prefix, uri)
    tree = ET.parse(source)
    marked = 0
    for element in tree.iter():
        tag = element.tag
        kind = tag.split('}', 1)[1] if tag.startswith('{' + CORE + '}') else None
        if (kind in KINDS or tag == SIGNAL) and 'stability' not in element.attrib:
            element.set('stability', stability)
            marked += 1
    if marked == 0:
        print(f'{source}: no symbol to mark', file=sys.stderr)
        return 1
    tree.write(target, encoding='UTF-8', xml_declaration=True)
    return 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
