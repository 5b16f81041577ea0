#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The Vala quick start of README.md, built as a user of an uninstalled
tree builds it:

  PKG_CONFIG_PATH=<builddir>/meson-uninstalled \\
      valac --vapidir=<builddir>/lib --pkg libaict-1 quickstart.vala

then run on the bundled dataset.  valac must not warn that a symbol is
"not available" in this version (Since: tags vs the .pc version) nor that
one is deprecated.

  test_vala_uninstalled.py VALAC BUILDDIR SOURCEDIR
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'install'))
import readme  # noqa: E402


def main(valac, builddir, srcdir):
    source = readme.quick_start(os.path.join(srcdir, 'README.md'), 'vala')
    env = dict(os.environ)
    env['PKG_CONFIG_PATH'] = os.path.join(builddir, 'meson-uninstalled')
    env['LC_ALL'] = 'C.UTF-8'
    with tempfile.TemporaryDirectory() as tmp:
        vala = os.path.join(tmp, 'quickstart.vala')
        with open(vala, 'w', encoding='utf-8') as f:
            f.write(source)
        exe = os.path.join(tmp, 'quickstart')
        r = subprocess.run([valac, '--vapidir', os.path.join(builddir, 'lib'),
                            '--pkg', 'libaict-1', '-o', exe, vala],
                           cwd=tmp, env=env, capture_output=True, text=True, timeout=300)
        print(r.stdout, r.stderr, sep='\n')
        if r.returncode != 0:
            print(f'FAIL: valac exited {r.returncode}')
            return 1
        for bad in ('not available', 'deprecated', 'error:'):
            if bad in r.stderr or bad in r.stdout:
                print(f'FAIL: valac said "{bad}"')
                return 1
        env['LD_LIBRARY_PATH'] = os.path.join(builddir, 'lib') + os.pathsep + env.get('LD_LIBRARY_PATH', '')
        r = subprocess.run([exe, os.path.join(srcdir, 'data', 'meeting-2016.json')],
                           env=env, capture_output=True, text=True, timeout=60)
        print(r.stdout, r.stderr, sep='\n')
        if r.returncode != 0:
            print(f'FAIL: the quick start exited {r.returncode}')
            return 1
        readme.check_output(r.stdout)
    return 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
