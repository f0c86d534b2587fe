#!/usr/bin/env python3
"""Writes the States of the bundled ASP roster (core/.../roster/asp-2024/states.csv).

Sources: the reference lists already in core (English and French names, entry into force of the
Statute, usual aliases), the Spanish and Portuguese names and official names from Debian's
iso-codes package (/usr/share/iso-codes, its gettext catalogues), and the ministries' mail domains
in domains.csv beside this script. Run from the repository root: python3 tools/roster/gen-states.py
"""
import csv, gettext, json, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RULES = os.path.join(ROOT, "core/src/main/resources/org/rostrum/core/rules")
OUT = os.path.join(ROOT, "core/src/main/resources/org/rostrum/core/roster/asp-2024/states.csv")
HERE = os.path.dirname(os.path.abspath(__file__))

iso = {c["alpha_3"]: c for c in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]}
tr = {l: gettext.translation("iso_3166-1", "/usr/share/locale", languages=[l]) for l in ("es", "pt", "fr")}


def rows(name):
    with open(os.path.join(RULES, name), encoding="utf-8") as f:
        return list(csv.reader(f))[1:]


def turn(name):
    """'Korea, Republic of' -> 'Republic of Korea'; 'Congo, República Democrática del' -> 'República Democrática del Congo'."""
    if ", " in name:
        head, tail = name.split(", ", 1)
        return tail + " " + head
    return name


def forms(name):
    out = [name]
    t = turn(name)
    if t != name:
        out.append(t)
        out.append(name.split(", ")[0])
    out.append(re.sub(r"\s*\(.*\)", "", name))
    return [x.strip() for x in out if x.strip()]


aliases = {}
for iso3, alias in rows("state-aliases.csv"):
    aliases.setdefault(iso3, []).append(alias)
domains = {}
with open(os.path.join(HERE, "domains.csv"), encoding="utf-8") as f:
    for r in list(csv.reader(f))[1:]:
        if r and not r[0].startswith("#"):
            domains.setdefault(r[0], []).append(r[1])

states = [(r[0], r[1], r[2], r[5]) for r in rows("states-parties.csv")]
OFFICIAL = set()
states += [(r[0], r[1], r[2], "") for r in rows("other-states.csv")]

def norm(n):
    import unicodedata
    n = "".join(ch for ch in unicodedata.normalize("NFD", n) if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", n).split())


out_rows = []
for key, en, fr, force in sorted(states):
        c = iso.get(key, {})
        names = [c.get("name", ""), c.get("official_name", ""), c.get("common_name", "")]
        variants = []
        for n in names:
            if not n:
                continue
            variants += forms(n)
            for lang in ("es", "pt", "fr"):
                t = tr[lang].gettext(n)
                if t != n or lang == "es":
                    variants += forms(t)
        es = tr["es"].gettext(c["name"]) if c else en
        es = turn(es) if ", " in es else es
        variants += aliases.get(key, [])
        seen, keep = {en.lower(), fr.lower(), es.lower()}, []
        for v in variants:
            v = v.replace(";", ",").strip()
            if v and v.lower() not in seen:
                seen.add(v.lower())
                keep.append(v)
        out_rows.append([key, en, fr, es, force, keep, ";".join(domains.get(key, []))])
# A variant that two States share ("Congo", "Korea") names neither: dropped, unless it is one
# State's own reference name.
owners = {}
for r in out_rows:
    for n in [r[1], r[2], r[3]] + r[5]:
        owners.setdefault(norm(n), set()).add(r[0])
official = {norm(n): r[0] for r in out_rows for n in (r[1], r[2])}
with open(OUT, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["key", "name_en", "name_fr", "name_es", "in_force_from", "variants", "domains"])
    for r in out_rows:
        keep = [v for v in r[5] if len(owners[norm(v)]) == 1 or official.get(norm(v)) == r[0]]
        w.writerow(r[:5] + [";".join(keep), r[6]])
print("wrote", OUT, len(states), "States")
