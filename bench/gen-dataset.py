#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Generate a synthetic, valid aict/1 dataset for the benchmarks.

Usage:
  gen-dataset.py [--seed S] [--style canonical|compact] [--iso-codes DIR]
                 [--themes FILE] N OUT

N partnerships, about N/5 actors (French authorities, associations and
networks; foreign partner authorities), 2 to 4 budget lines per partnership
(exact amounts and ranges, EUR, XOF or TND with the right number of
decimals, some co-funded with shares summing to 100) and a few source
documents that some objects cite.  Free text is French, with accents.

The output is deterministic: the same N, seed, iso-codes and themes
codelist give the same bytes.  It is written the way libaict writes files
(members in the documented order, two-space indent, a final newline), so
that loading it with libaict and saving it again gives the same bytes, and
it is valid: every reference resolves, every code exists in Debian's
iso-codes and in the themes codelist, statuses agree with the dates (as of
any day of 2026), shares sum to 100.

Size: the data of one partnership, its 2.5 budget lines on average and its
share of the actors take about 680 bytes written compactly (--style
compact), close to the ~670 bytes/partnership of the issue's file, but
about 1 090 bytes in the canonical layout (two-space indent, one member
per line), whose indentation alone is ~40% of the bytes: a 100 000-
partnership file is ~110 MB canonical, ~68 MB compact.  Two budget lines
alone take ~330 canonical bytes, so ~670 canonical bytes per partnership
cannot hold 2-4 budget lines.

--style compact writes the same data on one line with Python's default
separators (", " and ": "), as json.dump() does: what a file written by
another tool looks like.

Only the standard library is needed.  OUT is written atomically.
"""

import argparse
import json
import os
import random
import sys

DEFAULT_SEED = 2016
GENERATOR_VERSION = 1   # bump when the output changes for a given (N, seed)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_THEMES = os.path.join(HERE, "..", "data", "codelists", "themes.json")
DEFAULT_ISO = "/usr/share/iso-codes/json"

# Foreign partner countries of French local authorities, with the currency
# a budget line in that country may use besides EUR.
PARTNER_COUNTRIES = [
    ("MA", None), ("SN", "XOF"), ("TN", "TND"), ("BF", "XOF"), ("ML", "XOF"),
    ("BJ", "XOF"), ("NE", "XOF"), ("TG", "XOF"), ("CI", "XOF"), ("CM", None),
    ("MG", None), ("HT", None), ("VN", None), ("LB", None), ("PS", None),
    ("DZ", None), ("CA", None), ("DE", None), ("IT", None), ("ES", None),
    ("PL", None), ("RO", None), ("BR", None), ("GN", None), ("MR", None),
    ("LA", None), ("KH", None), ("AM", None),
]
CURRENCY_DECIMALS = {"EUR": 2, "XOF": 0, "TND": 3}

# Statuses with their weights; dates are chosen to agree with them.
STATUSES = [("active", 50), ("ended", 18), ("planned", 6), ("slowed", 8),
            ("dormant", 8), ("suspended", 5), ("abandoned", 5)]

SYLLABLES = ["Saint", "Mont", "Val", "Beau", "Bel", "Ville", "Château", "Pré",
             "Font", "Roche", "Bois", "Lac", "Pont", "Rivière", "Côte",
             "Neuf", "Vieux", "Grand", "Haut", "Clair"]
COMMUNE_PARTS = ["Aubière", "Bégard", "Cérilly", "Dénezé", "Étréchy", "Fléac",
                 "Gençay", "Hérisson", "Isséac", "Jarnès", "Lézat", "Mézières",
                 "Nérac", "Oléron", "Pézenas", "Quérigut", "Rébénacq", "Séné",
                 "Trélon", "Uzès", "Vézelay", "Yèvre", "Zérubia", "Écouché"]
ASSOCIATION_WORDS = ["Solidarité", "Échanges", "Coopération", "Amitié",
                     "Jumelage", "Développement", "Éducation", "Santé"]
TITLE_PREFIXES = ["Coopération", "Partenariat", "Programme", "Jumelage",
                  "Appui", "Projet"]
NOTES = [
    "Convention renouvelée ; volet « jeunesse » élargi après l'évaluation.",
    "Délibération votée en séance plénière ; suivi annuel prévu.",
    "Échanges réguliers entre élus ; missions réciproques chaque année.",
    "Projet cofinancé ; rapport d'exécution transmis à la préfecture.",
    "Activité réduite faute de crédits ; reprise envisagée.",
    "Accord-cadre signé à Pessac ; comité de pilotage semestriel.",
]
BUDGET_LABELS = [
    "Subvention de fonctionnement", "Crédits d'investissement",
    "Mission d'expertise", "Appel à projets", "Fonds de coopération",
    "Dotation annuelle", "Volontaires de solidarité", "Matériel médical",
]
LOCATORS = ["Annexe — tableau récapitulatif", "Délibération n° 12",
            "Rapport d'activité, p. 4", "Compte-rendu, point B",
            "Annexe financière"]
BUDGET_KINDS = ["allocated", "planned", "spent", "estimate"]


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_codes(iso_dir, themes_path):
    countries = {c["alpha_2"] for c in load_json(os.path.join(iso_dir, "iso_3166-1.json"))["3166-1"]}
    currencies = {c["alpha_3"] for c in load_json(os.path.join(iso_dir, "iso_4217.json"))["4217"]}
    subdivisions = {}
    for s in load_json(os.path.join(iso_dir, "iso_3166-2.json"))["3166-2"]:
        subdivisions.setdefault(s["code"].split("-")[0], []).append(s)
    for c, _ in PARTNER_COUNTRIES:
        if c not in countries or not subdivisions.get(c):
            sys.exit("gen-dataset.py: %s is not in iso-codes or has no subdivisions" % c)
    for cur in CURRENCY_DECIMALS:
        if cur not in currencies:
            sys.exit("gen-dataset.py: %s is not in iso-codes" % cur)
    themes = load_json(themes_path)["themes"]
    fr = subdivisions["FR"]
    departements = sorted((s for s in fr if s["type"] == "Metropolitan department"),
                          key=lambda s: s["code"])
    regions = sorted((s for s in fr if s["type"] == "Metropolitan region"),
                     key=lambda s: s["code"])
    foreign = {c: sorted(subdivisions[c], key=lambda s: s["code"])
               for c, _ in PARTNER_COUNTRIES}
    return departements, regions, foreign, themes


def money(rng, currency, low, high):
    """A random amount in [low, high] major units, as a JSON number with no
    more decimals than @currency has (an int when it is whole)."""
    decimals = CURRENCY_DECIMALS[currency]
    if currency == "XOF":
        low, high = low * 500, high * 500     # roughly the same value in francs CFA
    value = rng.randrange(low, high + 1, 500 if currency == "XOF" else 50)
    if decimals and rng.random() < 0.15:
        minor = rng.randrange(1, 10 ** decimals)
        return round(value + minor / 10 ** decimals, decimals)
    return value


def shares(rng, n):
    """@n shares in hundredths summing to 100, as JSON numbers."""
    if n == 1:
        return [100]
    if n == 2:
        first = rng.choice([50, 60, 70, 75, 80])
        return [first, 100 - first]
    # three funders: thirds, with the cent that is left over on the last
    return [33.33, 33.33, 33.34]


class Generator:
    def __init__(self, n, seed, codes):
        self.n = n
        self.rng = random.Random("aict-bench/%d/%d/%d" % (GENERATOR_VERSION, seed, n))
        self.departements, self.regions, self.foreign, self.themes = codes
        self.french = []      # (id, subdivision, name)
        self.french_support = []
        self.partners = []    # (id, country, name)
        self.sources = []

    # -- sources -------------------------------------------------------
    def make_sources(self):
        rng = self.rng
        count = max(2, min(50, self.n // 2000 + 2))
        for i in range(count):
            year = 2010 + i % 15
            self.sources.append({
                "id": "src%d" % (i + 1),
                "title": "Rapport annuel de l'action extérieure des collectivités, édition %d" % year,
                "date": "%d-%02d" % (year, 1 + rng.randrange(12)),
                "author": "Commission nationale de la coopération décentralisée",
            })
        return self.sources

    def source_refs(self):
        return [{"source": self.rng.choice(self.sources)["id"],
                 "locator": self.rng.choice(LOCATORS)}]

    # -- actors --------------------------------------------------------
    def make_actors(self):
        rng = self.rng
        n_actors = max(10, self.n // 5)
        n_french = max(5, n_actors * 2 // 5)
        actors = []
        i = 0
        for k in range(n_french):
            i += 1
            aid = "a%d" % i
            if k < len(self.departements) and k < n_french // 2:
                d = self.departements[k]
                actor = {"id": aid, "name": "Conseil départemental — %s" % d["name"],
                         "kind": "departement", "country": "FR", "subdivision": d["code"]}
                self.french.append(aid)
            elif k % 29 == 5 and len(self.regions) > 0:
                r = self.regions[k % len(self.regions)]
                actor = {"id": aid, "name": "Conseil régional — %s" % r["name"],
                         "kind": "region", "country": "FR", "subdivision": r["code"]}
                self.french.append(aid)
            else:
                d = rng.choice(self.departements)
                roll = rng.random()
                if roll < 0.55:
                    name = "Commune de %s-%s" % (rng.choice(SYLLABLES), rng.choice(COMMUNE_PARTS))
                    kind = "commune"
                    self.french.append(aid)
                elif roll < 0.7:
                    name = "Communauté de communes de %s" % rng.choice(COMMUNE_PARTS)
                    kind = "intercommunality"
                    self.french.append(aid)
                elif roll < 0.92:
                    name = "Association %s %s" % (rng.choice(ASSOCIATION_WORDS), d["name"])
                    kind = "association"
                    self.french_support.append(aid)
                else:
                    name = "Réseau régional multi-acteurs %s" % rng.choice(COMMUNE_PARTS)
                    kind = "network"
                    self.french_support.append(aid)
                actor = {"id": aid, "name": name, "kind": kind,
                         "country": "FR", "subdivision": d["code"]}
            if rng.random() < 0.1:
                actor["notes"] = rng.choice(NOTES)
            if rng.random() < 0.1:
                actor["sources"] = self.source_refs()
            actors.append(actor)
        if not self.french_support:
            self.french_support.append(self.french[-1])
        for _ in range(n_actors - n_french):
            i += 1
            aid = "a%d" % i
            country, _ = rng.choice(PARTNER_COUNTRIES)
            sub = rng.choice(self.foreign[country])
            kind_word = rng.choice(["Province de", "Commune de", "Région de", "Ville de"])
            actor = {"id": aid, "name": "%s %s" % (kind_word, sub["name"]),
                     "kind": "foreign-authority", "country": country,
                     "subdivision": sub["code"]}
            if rng.random() < 0.08:
                actor["notes"] = rng.choice(NOTES)
            actors.append(actor)
            self.partners.append((aid, country))
        self.actor_names = {a["id"]: a["name"] for a in actors}
        return actors

    # -- partnerships and budgets --------------------------------------
    def dates_for(self, status):
        rng = self.rng
        start = 2000 + rng.randrange(26)
        if status == "planned":
            return "%d" % (2027 + rng.randrange(3)), None
        if status in ("ended", "abandoned"):
            end = min(2025, start + 1 + rng.randrange(8))
            return "%d" % start, "%d-%02d" % (end, 1 + rng.randrange(12))
        if status in ("active", "slowed") and rng.random() < 0.3:
            return "%d" % start, "%d" % (2027 + rng.randrange(5))
        if rng.random() < 0.25:
            return "%d-%02d" % (start, 1 + rng.randrange(12)), None
        return "%d" % start, None

    def make(self):
        rng = self.rng
        sources = self.make_sources()
        actors = self.make_actors()
        statuses = [s for s, _ in STATUSES]
        weights = [w for _, w in STATUSES]
        partnerships = []
        budgets = []
        b = 0
        for i in range(1, self.n + 1):
            pid = "p%d" % i
            lead = rng.choice(self.french)
            partner, country = rng.choice(self.partners)
            status = rng.choices(statuses, weights)[0]
            start, end = self.dates_for(status)
            themes = rng.sample(self.themes, 1 + (rng.random() < 0.4))
            title = "%s %s : %s" % (
                rng.choice(TITLE_PREFIXES),
                self.actor_names[partner].split(" ", 2)[-1],
                themes[0]["label_fr"].lower())
            participants = [{"actor": lead, "role": "lead"},
                            {"actor": partner, "role": "partner"}]
            if rng.random() < 0.35:
                participants.append({"actor": rng.choice(self.french_support),
                                     "role": rng.choice(["operator", "supporter"])})
            p = {"id": pid, "title": title, "status": status}
            p["start"] = start
            if end is not None:
                p["end"] = end
            p["participants"] = participants
            p["countries"] = [country]
            p["themes"] = [t["code"] for t in themes]
            if rng.random() < 0.12:
                p["notes"] = rng.choice(NOTES)
            if rng.random() < 0.1:
                p["sources"] = self.source_refs()
            partnerships.append(p)

            n_budgets = rng.choices([2, 3, 4], [55, 35, 10])[0]
            local = dict(PARTNER_COUNTRIES)[country]
            year0 = int(start[:4])
            for j in range(n_budgets):
                b += 1
                currency = local if local and rng.random() < 0.3 else "EUR"
                line = {"id": "b%d" % b}
                if rng.random() < 0.15:
                    line["label"] = rng.choice(BUDGET_LABELS)
                line["partnership"] = pid
                line["kind"] = rng.choice(BUDGET_KINDS)
                if rng.random() < 0.4:
                    y = year0 + rng.randrange(4)
                    line["start"] = "%d" % y
                    line["end"] = "%d" % (y + rng.randrange(3))
                if rng.random() < 0.25:
                    low = money(rng, currency, 1000, 50000)
                    high = money(rng, currency, 50000, 200000)
                    line["amount"] = {"currency": currency, "min": low, "max": high}
                else:
                    line["amount"] = {"currency": currency,
                                      "value": money(rng, currency, 500, 150000)}
                    if rng.random() < 0.1:
                        line["amount"]["approximate"] = True
                if j == 0 and rng.random() < 0.3:
                    funders = [lead, partner] + ([participants[2]["actor"]]
                                                 if len(participants) > 2 else [])
                    line["funders"] = [{"actor": a, "share": s}
                                       for a, s in zip(funders, shares(rng, len(funders)))]
                if rng.random() < 0.05:
                    line["sources"] = self.source_refs()
                budgets.append(line)

        return {
            "format": "aict/1",
            "title": "Jeu de données synthétique : %d partenariats de coopération décentralisée" % self.n,
            "description": "Généré par bench/gen-dataset.py pour les mesures de performance ; "
                           "les noms et montants sont fictifs, les codes sont réels.",
            "language": "fr",
            "sources": sources,
            "actors": actors,
            "partnerships": partnerships,
            "budgets": budgets,
        }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--style", choices=["canonical", "compact"], default="canonical",
                    help="canonical: as libaict writes (default); compact: one line")
    ap.add_argument("--iso-codes", default=DEFAULT_ISO, help="iso-codes json directory")
    ap.add_argument("--themes", default=DEFAULT_THEMES, help="themes codelist")
    ap.add_argument("n", type=int, help="number of partnerships")
    ap.add_argument("out", help="output file")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("N must be at least 1")

    dataset = Generator(args.n, args.seed, load_codes(args.iso_codes, args.themes)).make()
    if args.style == "canonical":
        text = json.dumps(dataset, ensure_ascii=False, indent=2) + "\n"
    else:
        text = json.dumps(dataset, ensure_ascii=False) + "\n"
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, args.out)
    size = len(text.encode("utf-8"))
    print("%s: %d partnerships, %d actors, %d budget lines, %d bytes (%.0f bytes/partnership)"
          % (args.out, args.n, len(dataset["actors"]), len(dataset["budgets"]), size,
             size / args.n), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
