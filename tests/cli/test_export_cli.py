#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""aict export, run as a user runs it: the bundled dataset as IATI 2.03
XML, valid against the official schema (xmllint) and the IATI rules that
apply (tests/iati/check-iati.py); the errors and exit codes; DOT that
Graphviz reads."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

AICT = os.environ.get('AICT_TOOL', 'aict')
ROOT = os.environ['AICT_SOURCE_ROOT']
DATASET = os.path.join(ROOT, 'data', 'meeting-2016.json')
FIXTURE = os.path.join(ROOT, 'tests', 'data', 'iati', 'export.json')
SCHEMA = os.path.join(ROOT, 'data', 'iati', 'iati-activities-schema.xsd')
CODELISTS = os.path.join(ROOT, 'data', 'iati', 'codelists')
CHECKER = os.path.join(ROOT, 'tests', 'iati', 'check-iati.py')


def run(*args, env=None):
    full_env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
    full_env.update(env or {})
    return subprocess.run([AICT, *args], capture_output=True, text=True,
                          env=full_env, timeout=60)


class TestExport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        # No actor of the bundled dataset has an identifier, and none is
        # invented there: this copy, for the test only, gives the
        # Charente-Maritime an obviously fictitious SIREN.
        with open(DATASET, encoding='utf-8') as f:
            data = json.load(f)
        for actor in data['actors']:
            if actor['id'] == 'cd17':
                actor['identifiers'] = [{'scheme': 'siren', 'value': '000000000'}]
        cls.bundled = os.path.join(cls.tmp.name, 'meeting-2016-with-siren.json')
        with open(cls.bundled, 'w', encoding='utf-8') as f:
            json.dump(data, f, ensure_ascii=False)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def out(self, name):
        return os.path.join(self.tmp.name, name)

    def validate(self, path):
        xmllint = shutil.which('xmllint')
        self.assertIsNotNone(xmllint, 'xmllint is missing: run scripts/setup-deps.sh (libxml2-utils)')
        r = subprocess.run([xmllint, '--noout', '--nonet', '--schema', SCHEMA, path],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('validates', r.stderr)
        r = subprocess.run([sys.executable, CHECKER, CODELISTS, path],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)

    def test_bundled_dataset_validates(self):
        path = self.out('bundled.xml')
        r = run('export', '--format', 'iati', '--reporting-org', 'cd17', self.bundled, '-o', path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, '')
        self.validate(path)
        with open(path, encoding='utf-8') as f:
            xml = f.read()
        # The four dated partnerships; the undated ones are each reported.
        self.assertEqual(xml.count('<iati-activity '), 4)
        self.assertIn('<iati-identifier>FR-RCS-000000000-p-cd17-guinee</iati-identifier>', xml)
        self.assertEqual(r.stderr.count('has no start date'), 17)
        for line in r.stderr.splitlines():
            self.assertTrue(line.startswith('aict export: warning: $.'), line)
        # The same bytes on standard output.
        r2 = run('export', '-f', 'iati', '-r', 'cd17', '--quiet', self.bundled)
        self.assertEqual(r2.returncode, 0, r2.stderr)
        self.assertEqual(r2.stderr, '')
        self.assertEqual(r2.stdout, xml)

    def test_fixture_validates(self):
        path = self.out('fixture.xml')
        r = run('export', '-f', 'iati', '-r', 'cd17', '--verbose', FIXTURE, '-o', path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('aict export: note: ', r.stderr)
        self.validate(path)

    def test_filter(self):
        r = run('export', '-f', 'iati', '-r', 'cd17', '-q', '--country', 'cl', self.bundled)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.count('<iati-activity '), 1)
        self.assertIn('p-cd24-araucania', r.stdout)

    def test_reporting_org_without_identifier(self):
        path = self.out('refused.xml')
        with open(path, 'w') as f:
            f.write('old')
        r = run('export', '-f', 'iati', '-r', 'cd24', DATASET, '-o', path)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stdout, '')
        lines = r.stderr.splitlines()
        self.assertEqual(len(lines), 1, r.stderr)
        self.assertIn('“cd24”', lines[0])
        self.assertIn('Conseil départemental de la Dordogne', lines[0])
        self.assertIn('siren', lines[0])
        with open(path) as f:
            self.assertEqual(f.read(), 'old')   # left as it was

    def test_reporting_org_unknown(self):
        r = run('export', '-f', 'iati', '-r', 'nobody', DATASET)
        self.assertEqual(r.returncode, 1)
        self.assertIn('“nobody”', r.stderr)

    def test_french(self):
        r = run('export', '-f', 'iati', '-r', 'cd24', DATASET,
                env={'LC_ALL': 'fr_FR.UTF-8', 'LANGUAGE': 'fr'})
        self.assertEqual(r.returncode, 1)
        self.assertIn('aucun identifiant', r.stderr)

    def test_usage_errors(self):
        for args in (['export', DATASET],
                     ['export', '-f', 'csv', DATASET],
                     ['export', '-f', 'iati', DATASET],
                     ['export', '-f', 'dot', '-r', 'cd17', DATASET],
                     ['export', '-f', 'iati', '-r', 'cd17', '-q', '-v', DATASET],
                     ['export', '-f', 'iati', '-r', 'cd17'],
                     ['export', '-f', 'iati', '-r', 'cd17', '--status', 'sleeping', DATASET]):
            r = run(*args)
            self.assertEqual(r.returncode, 2, (args, r.stderr))
            self.assertEqual(r.stdout, '')
        r = run('export', '-f', 'csv-xx', DATASET)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn('formats: iati, dot', r.stderr)
        # The tables are formats of aict export too (doc/tables.md).
        r = run('export', '-f', 'csv', '-t', 'actors', DATASET)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith('id,'), r.stdout[:80])
        r = run('export', '-f', 'csv', '--country', 'SN', '-t', 'actors', DATASET)
        self.assertEqual(r.returncode, 2, r.stderr)

    def test_unloadable_file(self):
        path = self.out('broken.json')
        with open(path, 'w') as f:
            f.write('{"format": "aict/1",')
        r = run('export', '-f', 'dot', path)
        self.assertEqual(r.returncode, 1)

    def test_help(self):
        r = run('export', '--help')
        self.assertEqual(r.returncode, 0)
        self.assertIn('--reporting-org', r.stdout)
        r = run('help')
        self.assertIn('export', r.stdout + r.stderr)

    def test_dot(self):
        path = self.out('network.dot')
        r = run('export', '--format', 'dot', DATASET, '-o', path)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(path, encoding='utf-8') as f:
            text = f.read()
        self.assertTrue(text.startswith('digraph aict {\n'))
        self.assertIn('"cd24" -> "p-cd24-araucania" [label="lead"];', text)
        self.assertIn('Région de l\'Araucanie', text)   # UTF-8 kept
        dot = shutil.which('dot')
        # scripts/setup-deps.sh installs graphviz: without dot the set-up
        # is broken, and this test fails rather than skips.
        self.assertIsNotNone(dot, 'dot not found: run scripts/setup-deps.sh (graphviz)')
        r = subprocess.run([dot, '-Tsvg', path], capture_output=True, text=True, timeout=120)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('<svg', r.stdout)
        self.assertIn('Araucanie', r.stdout)


if __name__ == '__main__':
    unittest.main(verbosity=2)
