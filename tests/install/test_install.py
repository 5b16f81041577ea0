#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""What `meson install` gives a user, checked in a DESTDIR.

Installs the build tree into a temporary directory, checks the tree
(headers, .pc, library, typelib, GIR, VAPI, Python override, JSON
Schemas, aict(1) compressed with a coding line, the French catalogue, the
API reference when built), then builds and runs the C, Python, GJS and
Vala quick starts of README.md against that tree only: PKG_CONFIG_PATH,
GI_TYPELIB_PATH, LD_LIBRARY_PATH and PYTHONPATH point into the DESTDIR,
nothing points at the build or source tree, and the .pc's prefix is
redirected with PKG_CONFIG_SYSROOT_DIR.

  test_install.py --meson MESON --builddir DIR --srcdir DIR --prefix P
                  --libdir D --includedir D --datadir D --mandir D
                  --localedir D --override-dir D --cc CC [--valac V]
                  [--gjs G] [--gir] [--vapi] [--man] [--docs]
"""
import argparse
import filecmp
import glob
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import readme  # noqa: E402

parser = argparse.ArgumentParser()
for name in ('meson', 'builddir', 'srcdir', 'prefix', 'libdir', 'includedir', 'datadir',
             'mandir', 'localedir', 'override-dir', 'cc', 'valac', 'gjs', 'version'):
    parser.add_argument('--' + name, default='')
for name in ('gir', 'vapi', 'man', 'docs'):
    parser.add_argument('--' + name, action='store_true')
parser.add_argument('--expect', action='append', default=[])
ARGS, _ = parser.parse_known_args()


def skip_unless_built(test, part, what):
    """Skips @test when @part is not built, unless the configuration
    expected it (its option was not "disabled"): then it fails."""
    if getattr(ARGS, part):
        return
    if part in ARGS.expect:
        test.fail(f'{what} is not built although its option is not disabled: '
                  'a dependency is missing (run scripts/setup-deps.sh)')
    test.skipTest(f'{what} is disabled in this configuration')

DESTDIR = None
DATASET = os.path.join(ARGS.srcdir, 'data', 'meeting-2016.json')
README = os.path.join(ARGS.srcdir, 'README.md')


def under_prefix(path):
    """An install location (relative to the prefix or absolute), in DESTDIR."""
    full = path if os.path.isabs(path) else os.path.join(ARGS.prefix, path)
    return os.path.join(DESTDIR, full.lstrip('/'))


def libdir():
    return under_prefix(ARGS.libdir)


def pcdir():
    return os.path.join(libdir(), 'pkgconfig')


def clean_env(**extra):
    """The environment of a user of the installed tree: nothing of the
    test's own (LD_LIBRARY_PATH, GI_TYPELIB_PATH, PYTHONPATH point at the
    build tree there)."""
    env = {'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'LC_ALL': 'C.UTF-8',
           'HOME': os.environ.get('HOME', '/tmp'), 'G_DEBUG': 'fatal-warnings'}
    env.update(extra)
    return env


def runtime_env(**extra):
    env = clean_env(LD_LIBRARY_PATH=libdir(),
                    GI_TYPELIB_PATH=os.path.join(libdir(), 'girepository-1.0'),
                    PYTHONPATH=os.path.dirname(os.path.dirname(under_prefix(ARGS.override_dir))))
    env.update(extra)
    return env


def run(argv, env, cwd=None, timeout=300):
    r = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if r.returncode != 0:
        raise AssertionError(f'{" ".join(argv)} exited {r.returncode}:\n{r.stdout}\n{r.stderr}')
    return r


def c_flags():
    """libaict-1's flags from the installed .pc, its prefix moved into
    DESTDIR with PKG_CONFIG_SYSROOT_DIR; the flags of what it requires
    (gio, json-glib: the system's) without a sysroot, which would move
    them too."""
    env = clean_env(PKG_CONFIG_PATH=pcdir(), PKG_CONFIG_SYSROOT_DIR=DESTDIR)
    own = run(['pkg-config', '--maximum-traverse-depth=2', '--cflags', '--libs', 'libaict-1'], env).stdout.split()
    requires = run(['pkg-config', '--print-requires', 'libaict-1'],
                   clean_env(PKG_CONFIG_PATH=pcdir())).stdout.split()
    requires = [r for r in requires if re.match(r'^[\w.+-]+$', r)]
    others = run(['pkg-config', '--cflags', '--libs', *requires], clean_env()).stdout.split()
    return own + others


def setUpModule():
    global DESTDIR
    DESTDIR = tempfile.mkdtemp(prefix='aict-destdir-')
    r = subprocess.run([ARGS.meson, 'install', '-C', ARGS.builddir, '--destdir', DESTDIR,
                        '--no-rebuild', '--quiet'], capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        raise AssertionError(f'meson install failed:\n{r.stdout}\n{r.stderr}')


def tearDownModule():
    shutil.rmtree(DESTDIR, ignore_errors=True)


class TestTree(unittest.TestCase):
    def assertFile(self, path):
        self.assertTrue(os.path.isfile(path), f'{path} is not installed')

    def test_headers(self):
        include = os.path.join(under_prefix(ARGS.includedir), 'libaict-1', 'aict')
        for header in glob.glob(os.path.join(ARGS.srcdir, 'include', 'aict', '*.h')):
            self.assertFile(os.path.join(include, os.path.basename(header)))
        for generated in ('aict-version.h', 'aict-enum-types.h'):
            self.assertFile(os.path.join(include, generated))

    def test_library_and_pkgconfig(self):
        self.assertFile(os.path.join(libdir(), 'libaict-1.so.0'))
        self.assertTrue(os.path.islink(os.path.join(libdir(), 'libaict-1.so')))
        pc = os.path.join(pcdir(), 'libaict-1.pc')
        self.assertFile(pc)
        with open(pc, encoding='utf-8') as f:
            text = f.read()
        self.assertIn(f'prefix={ARGS.prefix}\n', text)
        self.assertIn(f'Version: {ARGS.version}\n', text)
        self.assertNotIn(ARGS.builddir, text)
        self.assertNotIn(DESTDIR, text)

    def test_tool(self):
        self.assertFile(under_prefix(os.path.join('bin', 'aict')))

    def test_introspection(self):
        skip_unless_built(self, 'gir', 'introspection')
        self.assertFile(os.path.join(libdir(), 'girepository-1.0', 'Aict-1.typelib'))
        self.assertFile(os.path.join(under_prefix(ARGS.datadir), 'gir-1.0', 'Aict-1.gir'))
        override = os.path.join(under_prefix(ARGS.override_dir), 'Aict.py')
        self.assertFile(override)
        self.assertTrue(filecmp.cmp(override, os.path.join(
            ARGS.srcdir, 'bindings', 'python', 'gi', 'overrides', 'Aict.py'), shallow=False))

    def test_vapi(self):
        skip_unless_built(self, 'vapi', 'the VAPI')
        vapidir = os.path.join(under_prefix(ARGS.datadir), 'vala', 'vapi')
        self.assertFile(os.path.join(vapidir, 'libaict-1.vapi'))
        with open(os.path.join(vapidir, 'libaict-1.deps'), encoding='utf-8') as f:
            self.assertEqual(f.read().split(), ['gio-2.0', 'json-glib-1.0'])
        with open(os.path.join(vapidir, 'libaict-1.vapi'), encoding='utf-8') as f:
            self.assertIn('filter_actors (Aict.Filter? filter = null)', f.read())

    def test_schemas(self):
        data = os.path.join(under_prefix(ARGS.datadir), 'libaict-1')
        schema = os.path.join(data, 'aict-1.schema.json')
        self.assertFile(schema)
        self.assertTrue(filecmp.cmp(schema, os.path.join(ARGS.srcdir, 'data', 'aict-1.schema.json'),
                                    shallow=False))
        # The name aict(1) gives it.
        with open(os.path.join(ARGS.srcdir, 'doc', 'aict.rst'), encoding='utf-8') as f:
            self.assertIn('*libaict-1/aict-1.schema.json*', f.read())
        sources = sorted(glob.glob(os.path.join(ARGS.srcdir, 'doc', 'cli-schemas', '*.schema.json')))
        self.assertTrue(sources)
        for source in sources:
            installed = os.path.join(data, 'cli', os.path.basename(source))
            self.assertFile(installed)
            self.assertTrue(filecmp.cmp(installed, source, shallow=False))

    def test_man_page(self):
        skip_unless_built(self, 'man', 'aict(1)')
        man1 = os.path.join(under_prefix(ARGS.mandir), 'man1')
        self.assertEqual(os.listdir(man1), ['aict.1.gz'])
        with gzip.open(os.path.join(man1, 'aict.1.gz'), 'rb') as f:
            page = f.read().decode('utf-8')
        self.assertTrue(page.startswith('.\\" -*- coding: UTF-8 -*-\n'), page[:80])
        self.assertIn('collectivités', page)
        if shutil.which('man'):
            r = run(['man', '-l', os.path.join(man1, 'aict.1.gz')],
                    clean_env(MANWIDTH='80', MAN_KEEP_FORMATTING=''))
            self.assertIn('collectivités territoriales', r.stdout)

    def test_french_catalogue(self):
        mo = os.path.join(under_prefix(ARGS.localedir), 'fr', 'LC_MESSAGES', 'libaict-1.mo')
        self.assertFile(mo)
        r = run([under_prefix(os.path.join('bin', 'aict')), 'info', DATASET],
                clean_env(LD_LIBRARY_PATH=libdir(), LC_ALL='fr_FR.UTF-8', LANGUAGE='fr',
                          AICT_LOCALEDIR=under_prefix(ARGS.localedir)))
        self.assertIn('Partenariats', r.stdout)

    def test_api_reference(self):
        skip_unless_built(self, 'docs', 'the API reference')
        docs = os.path.join(under_prefix(ARGS.datadir), 'doc', 'libaict-1')
        for page in ('index.html', 'overview.html', 'cli.html', 'format.html'):
            self.assertFile(os.path.join(docs, page))
        for page in glob.glob(os.path.join(docs, '*.html')):
            with open(page, encoding='utf-8') as f:
                text = f.read()
            self.assertNotIn('Unknown document', text, page)
            self.assertNotIn('example.invalid', text, page)
        with open(os.path.join(docs, 'class.Dataset.html'), encoding='utf-8') as f:
            text = f.read()
        self.assertIn('Stability: Unstable', text)
        self.assertIn('Available since: 0.1', text)

    def test_readme_install_layout(self):
        # README tells /usr/local users where the typelib and the override
        # are: it must say where they are.
        if not ARGS.gir or ARGS.prefix != '/usr/local':
            self.skipTest('README gives the /usr/local layout')
        with open(README, encoding='utf-8') as f:
            text = f.read()
        typelib = re.search(r'GI_TYPELIB_PATH=(\S+?)`', text)
        pythonpath = re.search(r'PYTHONPATH=(\S+?)`', text)
        self.assertIsNotNone(typelib, 'README does not give GI_TYPELIB_PATH')
        self.assertIsNotNone(pythonpath, 'README does not give PYTHONPATH')
        self.assertEqual(typelib.group(1),
                         os.path.join(ARGS.prefix, ARGS.libdir, 'girepository-1.0'))
        self.assertEqual(pythonpath.group(1),
                         os.path.dirname(os.path.dirname(ARGS.override_dir)))


class TestQuickStarts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='aict-quickstart-')

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def write(self, name, ext):
        path = os.path.join(self.tmp, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(readme.quick_start(README, ext))
        return path

    def check_libaict_from_destdir(self, exe):
        r = run(['ldd', exe], runtime_env())
        line = [l for l in r.stdout.splitlines() if 'libaict-1.so' in l]
        self.assertEqual(len(line), 1, r.stdout)
        self.assertIn(DESTDIR, line[0])

    def test_c(self):
        source = self.write('quickstart.c', 'c')
        exe = os.path.join(self.tmp, 'quickstart-c')
        run([ARGS.cc, source, '-o', exe, *c_flags()], clean_env())
        self.check_libaict_from_destdir(exe)
        out = run([exe, DATASET], runtime_env()).stdout
        readme.check_output(out)
        TestQuickStarts.c_output = out

    def test_python(self):
        skip_unless_built(self, 'gir', 'introspection')
        source = self.write('quickstart.py', 'py')
        out = run(['/usr/bin/python3', source, DATASET], runtime_env()).stdout
        readme.check_output(out)
        # And it was the installed typelib, library and override.
        probe = ('import gi; gi.require_version("Aict", "1"); from gi.repository import Aict, GIRepository;'
                 'import gi.overrides.Aict as o; print(o.__file__);'
                 'print(GIRepository.Repository.get_default().get_typelib_path("Aict"));'
                 'print([l.split()[-1] for l in open("/proc/self/maps") if "libaict-1.so" in l][0]);'
                 'print(repr(Aict.Dataset.new_from_file(%r).lookup_actor("cd24")))' % DATASET)
        r = run(['/usr/bin/python3', '-c', probe], runtime_env())
        lines = r.stdout.splitlines()
        for line in lines[:3]:
            self.assertTrue(line.startswith(DESTDIR), f'{line} is not from {DESTDIR}')
        self.assertIn('cd24', lines[3])        # the override's __repr__

    def test_gjs(self):
        skip_unless_built(self, 'gir', 'introspection')
        # setup-deps.sh installs gjs: a typelib without gjs is a broken set-up.
        self.assertTrue(ARGS.gjs, 'gjs not found: run scripts/setup-deps.sh')
        source = self.write('quickstart.js', 'js')
        out = run([ARGS.gjs, '-m', source, DATASET], runtime_env()).stdout
        readme.check_output(out)

    def test_vala(self):
        skip_unless_built(self, 'vapi', 'the VAPI')
        source = self.write('quickstart-vala.vala', 'vala')
        # valac finds libaict-1.vapi and .deps in the installed vapidir and
        # checks the Since: versions against the installed .pc; the C it
        # writes is built with the same flags as the C quick start.
        r = run([ARGS.valac, '-C', '--vapidir',
                 os.path.join(under_prefix(ARGS.datadir), 'vala', 'vapi'),
                 '--pkg', 'libaict-1', source],
                clean_env(PKG_CONFIG_PATH=pcdir()), cwd=self.tmp)
        for bad in ('not available', 'deprecated'):
            self.assertNotIn(bad, r.stdout + r.stderr)
        exe = os.path.join(self.tmp, 'quickstart-vala')
        run([ARGS.cc, os.path.join(self.tmp, 'quickstart-vala.c'), '-o', exe, '-w', *c_flags()],
            clean_env())
        self.check_libaict_from_destdir(exe)
        out = run([exe, DATASET], runtime_env()).stdout
        readme.check_output(out)


if __name__ == '__main__':
    unittest.main(argv=sys.argv[:1], verbosity=2)
