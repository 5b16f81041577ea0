#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""`meson devenv -C BUILDDIR CMD` gives an uninstalled shell that works
like an installed one: the aict tool and the library speak French from
the build tree's catalogues (AICT_LOCALEDIR), and PyGObject finds the
typelib and the Python override (repr(), to_dict()).

  test_devenv.py MESON BUILDDIR SOURCEDIR
"""
import os
import subprocess
import sys
import unittest

MESON, BUILDDIR, SRCDIR = sys.argv[1:4]
DATASET = os.path.join(SRCDIR, 'data', 'meeting-2016.json')


def devenv(*argv, **env):
    # Nothing of the test's own environment that devenv should provide.
    base = {k: v for k, v in os.environ.items()
            if k not in ('AICT_LOCALEDIR', 'LD_LIBRARY_PATH', 'GI_TYPELIB_PATH', 'PYTHONPATH',
                         'PKG_CONFIG_PATH', 'LANGUAGE', 'LC_ALL', 'LANG')}
    base.update(env)
    r = subprocess.run([MESON, 'devenv', '-C', BUILDDIR, *argv], env=base, cwd='/',
                       capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        raise AssertionError(f'meson devenv {" ".join(argv)} exited {r.returncode}:\n{r.stdout}\n{r.stderr}')
    return r.stdout


class TestDevenv(unittest.TestCase):
    def test_environment(self):
        out = devenv('env')
        values = dict(line.split('=', 1) for line in out.splitlines() if '=' in line)
        self.assertEqual(values.get('AICT_LOCALEDIR'), os.path.join(BUILDDIR, 'po'))
        self.assertIn(os.path.join(SRCDIR, 'bindings', 'python'),
                      values.get('PYTHONPATH', '').split(os.pathsep))
        self.assertTrue(os.path.exists(os.path.join(values['AICT_LOCALEDIR'], 'fr', 'LC_MESSAGES',
                                                    'libaict-1.mo')))

    def test_tool_speaks_french(self):
        # "aict" from PATH: meson devenv puts tools/ there.
        out = devenv('aict', 'info', DATASET, LC_ALL='fr_FR.UTF-8', LANGUAGE='fr')
        self.assertIn('Partenariats', out)
        self.assertIn('Maroc', out)
        out = devenv('aict', 'info', DATASET, LC_ALL='C.UTF-8')
        self.assertIn('Partnerships', out)

    def test_python_override_and_french(self):
        probe = '''
import locale
locale.setlocale(locale.LC_ALL, "")   # as a program must, for gettext
import gi
gi.require_version("Aict", "1")
from gi.repository import Aict
import gi.overrides.Aict as override
print(override.__file__)
dataset = Aict.Dataset.new_from_file(%r)
actor = dataset.lookup_actor("cd24")
print(repr(actor))
print(actor.to_dict()["kind"])
report = dataset.validate()
print(report.get_issues().get_item(0).get_message())
''' % DATASET
        lines = devenv('/usr/bin/python3', '-c', probe, LC_ALL='fr_FR.UTF-8',
                       LANGUAGE='fr').splitlines()
        self.assertEqual(lines[0], os.path.join(SRCDIR, 'bindings', 'python', 'gi', 'overrides',
                                                'Aict.py'))
        self.assertTrue(lines[1].startswith("Aict.Actor(id='cd24'"), lines[1])
        self.assertEqual(lines[2], 'departement')   # the nick, not a label
        english = devenv('/usr/bin/python3', '-c', probe, LC_ALL='C.UTF-8').splitlines()
        # The library's own messages come from the build tree's catalogue.
        self.assertNotEqual(lines[3], english[3])
        self.assertIn('partenaire', lines[3])


if __name__ == '__main__':
    unittest.main(argv=sys.argv[:1], verbosity=2)
