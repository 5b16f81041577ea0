#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The aict tool in French, with the real catalogue (po/fr.po, compiled
into the build tree; meson passes its directory in AICT_LOCALEDIR): French
words, word order and typography in human output, the library's messages
in French, and --json output that does not depend on the locale.

Typography: the catalogue gives the order and the signs (a no-break space
U+00A0 before €, a narrow no-break space U+202F before %, the minus sign
U+2212, « » with no-break spaces inside); the C library's fr_FR locale
gives the month names and the digit grouping (U+202F in glibc 2.28 and
later)."""
import json
import locale
import os
import re
import subprocess
import tempfile
import unittest

AICT = os.environ.get('AICT_TOOL', 'aict')
ROOT = os.environ['AICT_SOURCE_ROOT']
DATASET = os.path.join(ROOT, 'data', 'meeting-2016.json')
SMALL = os.path.join(ROOT, 'tests', 'data', 'query', 'small.json')

NBSP = '\u00a0'     # before € and :, inside « »
NNBSP = '\u202f'    # before % (from the catalogue)
MINUS = '\u2212'


def french_locale_installed():
    saved = locale.setlocale(locale.LC_ALL)
    try:
        locale.setlocale(locale.LC_ALL, 'fr_FR.UTF-8')
    except locale.Error:
        return None
    try:
        return locale.localeconv()['thousands_sep']
    finally:
        locale.setlocale(locale.LC_ALL, saved)


# The digit grouping of the fr_FR locale, exactly as printf's "'" flag
# writes it (what aict uses): U+202F with the glibc of Debian.
GROUP = french_locale_installed()


def field(label, value):
    """A field of aict show: its label in a column of 16."""
    return f'\n  {label:<16} {value}\n'


def run(*args, french=True):
    env = dict(os.environ)
    if french:
        env.update(LC_ALL='fr_FR.UTF-8', LANGUAGE='fr')
    else:
        env.update(LC_ALL='C.UTF-8', LANGUAGE='')
    return subprocess.run([AICT, *args], capture_output=True, text=True,
                          env=env, timeout=60)


class TestFrench(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if GROUP is None:
            raise AssertionError('the fr_FR.UTF-8 locale is not installed: run scripts/setup-deps.sh')
        # The real catalogue must be there: without it every French
        # assertion below would fail for a reason that says nothing.
        localedir = os.environ.get('AICT_LOCALEDIR')
        mo = os.path.join(localedir or '', 'fr', 'LC_MESSAGES', 'libaict-1.mo')
        if localedir is None or not os.path.exists(mo):
            raise AssertionError(f'no French catalogue at {mo}: build po/ first')

    def french(self, *args, status=0):
        r = run(*args)
        self.assertEqual(r.returncode, status, r.stderr)
        return r

    def test_budget(self):
        out = self.french('budget', DATASET).stdout
        lines = out.splitlines()
        self.assertEqual(lines[0].split(),
                         ['Acteur', 'Année', 'Type', 'Montant', 'Évolution', '%', 'Lignes'])
        # The pôle of the Pyrénées-Atlantiques: 200 000 € in 2015, then
        # 50 000 €, −150 000 €, −75 % in 2016.
        self.assertIn(f'200{GROUP}000{NBSP}€', out)
        fall = [line for line in lines if f'{MINUS}150{GROUP}000{NBSP}€' in line]
        self.assertEqual(len(fall), 1, out)
        self.assertRegex(fall[0], f' 2016 +alloué +50{GROUP}000{NBSP}€ +{MINUS}150{GROUP}000{NBSP}€ '
                                  f'+{MINUS}75{NNBSP}% +1$')
        # A range: both bounds, a spaced en dash, the symbol once.
        self.assertIn(f'30{GROUP}000 – 70{GROUP}000{NBSP}€', out)
        # Nothing left in English order or words.
        self.assertNotRegex(out, r'€\d|-\d|allocated|estimate|Amount|Change')

    def test_budget_ranges_of_changes(self):
        out = self.french('budget', SMALL).stdout
        self.assertIn(f'{MINUS}140{GROUP}000{NBSP}€ à {MINUS}130{GROUP}000{NBSP}€', out)
        self.assertIn(f'1{GROUP}000{GROUP}000{NBSP}XOF', out)

    def test_show_dates_in_french(self):
        out = self.french('show', DATASET, 'm-2016-09-20').stdout
        self.assertIn('Réunion · m-2016-09-20\n', out)
        self.assertIn(field('Date', '20 septembre 2016'), out)
        self.assertIn(field('Horaire', '10:30 – 17:00'), out)
        self.assertIn('\nPrésences\n', out)
        self.assertIn(f'responsable{NBSP}: RRMA Nouvelle Aquitaine (rrma-naq)', out)
        self.assertIn(f'o-a-reseau-unique · échéance{NBSP}: 1er janvier 2017 · ouverte', out)
        self.assertNotIn('September', out)

    def test_show_staff_and_period(self):
        out = self.french('show', DATASET, 'cd64').stdout
        self.assertIn('Acteur · cd64\n', out)
        self.assertIn(field('Nom court', 'Pyrénées-Atlantiques'), out)
        self.assertIn('\nServices\n', out)
        self.assertIn(f'200{GROUP}000{NBSP}€ · jusqu’à 2015 · alloué', out)
        self.assertIn('1,5 ETP · 2016 · estimation', out)
        self.assertIn(f'0 – 10{GROUP}000{NBSP}€ · 2016 · estimation', out)

    def test_list_counts_and_plural(self):
        out = self.french('list', 'partnerships', '--country', 'SN', DATASET).stdout
        lines = out.splitlines()
        self.assertEqual(lines[-1], '2 partenariats')
        self.assertEqual(lines[0].split(), ['Id', 'Titre', 'Pays', 'Statut', 'Période'])
        self.assertIn('Sénégal', out)
        self.assertIn('en projet', out)
        # French plural: 0 and 1 take the singular.
        out = self.french('list', 'partnerships', '--country', 'SN', '--status', 'ended', DATASET).stdout
        self.assertEqual(out, '0 partenariat\n')
        out = self.french('list', 'meetings', DATASET).stdout
        self.assertEqual(out.splitlines()[-1], '1 réunion')

    def test_actions(self):
        out = self.french('actions', '--at', '2017-01-01', DATASET).stdout
        lines = out.splitlines()
        self.assertEqual(lines[-1], '4 actions, 0 en retard')
        self.assertEqual(lines[0], 'RRMA Nouvelle Aquitaine (rrma-naq)')
        self.assertIn('  - o-c3-rrma-sensibilisation · sans échéance · ouverte\n', out)
        self.assertIn(f'    Décidée en réunion{NBSP}: Rencontre entre les services AECT', out)
        self.assertIn('20 septembre 2016\n', out)
        for english in ('no due date', 'Decided at', 'overdue', 'open\n'):
            self.assertNotIn(english, out)

    def test_overdue_actions(self):
        # tests/data/query/small.json: o1 and o4 are overdue on 1 January 2017.
        out = self.french('actions', '--at', '2017-01-01', SMALL).stdout
        self.assertIn(f'  - o1 · échéance{NBSP}: décembre 2016 · ouverte · EN RETARD\n', out)
        self.assertIn(f'  - o4 · échéance{NBSP}: 15 novembre 2016 · en cours · EN RETARD\n', out)
        self.assertEqual(out.splitlines()[-1], '3 actions, 2 en retard')

    def test_library_error(self):
        r = self.french('list', 'persons', '--status', 'active', DATASET, status=2)
        self.assertEqual(r.stdout, '')
        self.assertEqual(r.stderr, f'aict list: Le critère «{NBSP}statut de partenariat{NBSP}» '
                                   'ne s’applique pas aux personnes\n')

    def test_load_errors(self):
        # The library's loader speaks French too, after the position
        # FILE:LINE:COL: (never translated).
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'comma.json')
            with open(path, 'w', encoding='utf-8') as f:
                f.write('{"format": "aict/1",\n "actors": [1,]}\n')
            r = self.french('list', 'actors', path, status=1)
            self.assertEqual(r.stderr, f'aict list: {path}:2:14: virgule finale avant «{NBSP}]{NBSP}»\n')
            path = os.path.join(tmp, 'member.json')
            with open(path, 'w', encoding='utf-8') as f:
                f.write('{"format": "aict/1", "actors": [{"id": "a", "kind": "region", "colour": 1}]}\n')
            r = self.french('list', 'actors', path, status=1)
            self.assertEqual(r.stderr, f'aict list: {path}:1:63: $.actors[0].colour: membre '
                                       f'«{NBSP}colour{NBSP}» inconnu dans un acteur (voir le format aict/1)\n')
        r = self.french('list', 'partnerships', '--max-items', '5', DATASET, status=1)
        self.assertRegex(r.stderr, rf'^aict list: {re.escape(DATASET)}:\d+:\d+: le tableau a plus de 5 éléments{NBSP}; '
                                   r'relevez la limite avec aict_load_options_set_max_items\(\) ou aict --max-items ')

    def test_tool_errors(self):
        r = self.french('list', 'partnerships', '--status', 'foo', DATASET, status=2)
        self.assertEqual(r.stderr.splitlines()[0],
                         f'aict list: --status: statut «{NBSP}foo{NBSP}» inconnu '
                         f'(attendu{NBSP}: planned, active, slowed, dormant, suspended, ended, abandoned)')
        r = self.french('list', 'partnerships', '--from', '2016-13', DATASET, status=2)
        self.assertEqual(r.stderr.splitlines()[0],
                         f'aict list: --from: «{NBSP}2016-13{NBSP}» n’est pas une date '
                         'AAAA, AAAA-MM ou AAAA-MM-JJ')
        r = self.french('show', DATASET, 'nope', status=1)
        self.assertEqual(r.stderr, f'aict show: aucun objet n’a l’identifiant «{NBSP}nope{NBSP}» dans {DATASET}\n')

    def test_report(self):
        out = self.french('report', '--actor', 'cd64', DATASET).stdout
        self.assertTrue(out.startswith('# Conseil départemental des Pyrénées-Atlantiques\n'))
        self.assertEqual([line[3:] for line in out.splitlines() if line.startswith('## ')],
                         ['Services', 'Personnes', 'Partenariats', 'Budget',
                          'Partenaires de mutualisation', 'Actions de suivi à mener', 'Réunions'])
        self.assertIn('| Partenariat | Pays | Statut | Période | Rôle |', out)
        self.assertIn(f'| {MINUS}150{GROUP}000{NBSP}€ ({MINUS}75{NNBSP}%) |', out)
        self.assertIn('| Bénin | active | — | chef de file |', out)
        self.assertIn('Aucune action à mener.', out)
        self.assertIn(f'- décision{NBSP}: Cap Coopération et RESODI', out)

    def test_json_does_not_depend_on_the_locale(self):
        for args in (('budget', '--json', DATASET),
                     ('budget', '--json', '--by', 'year,funder', SMALL),
                     ('list', 'partnerships', '--json', DATASET),
                     ('list', 'budgets', '--json', SMALL),
                     ('overlaps', '--json', DATASET),
                     ('overlaps', '--json', '--actor', 'cd64', DATASET),
                     ('actions', '--json', '--at', '2017-01-01', DATASET)):
            fr = run(*args)
            c = run(*args, french=False)
            self.assertEqual((fr.returncode, c.returncode), (0, 0), (args, fr.stderr, c.stderr))
            self.assertEqual(fr.stdout, c.stdout, args)
            json.loads(fr.stdout)
        # The same commands do speak French without --json.
        self.assertIn('recoupements', self.french('overlaps', DATASET).stdout)

    def test_help(self):
        out = self.french('--help').stdout
        self.assertTrue(out.startswith(f'Utilisation{NBSP}:\n  aict COMMANDE [OPTION…] FICHIER…\n'), out)
        self.assertIn(f'\nCommandes{NBSP}:\n', out)
        self.assertIn('\n  list       Liste les partenariats, acteurs, actions… qui répondent aux filtres\n', out)
        self.assertIn('\n  overlaps   Repère où les collectivités pourraient mutualiser leur action\n', out)
        self.assertNotIn('Show one object', out)
        for line in out.splitlines():
            self.assertLessEqual(len(line), 80, line)
        out = self.french('help', 'budget').stdout
        self.assertIn('aict budget [OPTION…] FICHIER', out)
        self.assertIn('Additionne les lignes budgétaires', out)
        self.assertIn(f'Code de sortie{NBSP}: 0 en cas de succès', out)
        self.assertIn('--by=DIMENSION,…', out)


if __name__ == '__main__':
    unittest.main(verbosity=2)
