#!/usr/bin/env python3
"""Build the compiled-in actor dictionary (schemas/actors.schema.json format).

usage: gen_builtin.py --iso ISO_3166-1.json --extra countries_extra.json
                      [--wordnet DIR] [--places places.json] --output OUT.json FILE.json [FILE.json ...]

Countries come from Debian's iso-codes (names, official and common names,
alpha-3 codes) merged with countries_extra.json (short forms, adjectives,
demonyms, capitals and seats of power, entities iso-codes lacks such as
Kosovo); places.json adds regions and cities as aliases of their country. WordNet adjective pertainyms ("Ukrainian" pertains to "Ukraine")
add adjectives the extra file does not list. Then every FILE (organisations,
agents, people with dated roles) is appended in order. An id defined twice
fails the build naming both files.

Exit status 1 with "FILE: message" on stderr for bad input.
"""
import argparse
import json
import os
import re
import sys
import unicodedata


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def slugify(name):
    """Mirrors actorgraph::slugify: ASCII-folded lower-case words joined by '-'."""
    folded = unicodedata.normalize("NFKD", name)
    out, dash = [], False
    for ch in folded:
        if unicodedata.combining(ch):
            continue
        if ch.isascii() and ch.isalnum():
            if dash and out:
                out.append("-")
            dash = False
            out.append(ch.lower())
        elif ch == "'":
            continue
        else:
            dash = True
    return "".join(out)


def wordnet_pertainyms(wn_dir, names_to_code):
    """Adjectives whose WordNet pertainym is a country noun: {alpha3: [adj]}."""
    adj_path = os.path.join(wn_dir, "data.adj")
    noun_path = os.path.join(wn_dir, "data.noun")
    if not (os.path.exists(adj_path) and os.path.exists(noun_path)):
        return {}
    result = {}
    with open(noun_path, "rb") as nouns, open(adj_path, encoding="utf-8", errors="replace") as adjs:
        for line in adjs:
            if line.startswith("  "):
                continue  # licence header
            parts = line.split(" | ")[0].split()
            count = int(parts[3], 16)
            words = [parts[4 + 2 * i] for i in range(count)]
            i = 4 + 2 * count
            pointers = int(parts[i])
            i += 1
            for _ in range(pointers):
                symbol, offset, pos, st = parts[i:i + 4]
                i += 4
                if symbol != "\\" or pos != "n":
                    continue
                nouns.seek(int(offset))
                nparts = nouns.readline().decode("utf-8", "replace").split()
                ncount = int(nparts[3], 16)
                nwords = [nparts[4 + 2 * k] for k in range(ncount)]
                src, tgt = int(st[:2], 16), int(st[2:], 16)
                targets = nwords if tgt == 0 else [nwords[tgt - 1]]
                sources = words if src == 0 else [words[src - 1]]
                for t in targets:
                    code = names_to_code.get(t.lower().replace("_", " "))
                    if not code:
                        continue
                    for s in sources:
                        s = re.sub(r"\(.*\)$", "", s).replace("_", " ")
                        result.setdefault(code, []).append(s)
    return result


def add_unique(lst, items, exclude=()):
    for x in items:
        if x and x not in lst and x not in exclude:
            lst.append(x)


def plural_forms(adjectives, names):
    """Demonym plurals for adjectives that double as nouns: "Ukrainian" -> "Ukrainians"."""
    out = []
    for a in adjectives:
        last = a.split()[-1]
        if a in names or not last[:1].isupper() or last.endswith("man"):
            continue
        if re.search(r"(an|i)$", last) or last == "Filipino":
            out.append(a + "s")
    return out


def add_places(actors, places_path):
    """Appends the places of places_path (regions, disputed territories, cities) to
    their country's aliases and its regional adjectives to its adjectives. A place
    that already names another actor, or an unknown country code, fails the build."""
    with open(places_path, encoding="utf-8") as f:
        doc = json.load(f)
    by_code = {a["code"]: a for a in actors}
    taken = {}
    for a in actors:
        for n in [a["name"]] + a.get("aliases", []) + a.get("metonyms", []) + a.get("adjectives", []):
            taken.setdefault(n.lower(), a["code"])
    for field, key in (("places", "aliases"), ("adjectives", "adjectives")):
        for code, names in doc.get(field, {}).items():
            if code not in by_code:
                fail(f"{places_path}: {field}.{code}: not a country code")
            for n in names:
                owner = taken.get(n.lower())
                if owner and owner != code:
                    fail(f"{places_path}: {field}.{code}: '{n}' already names {owner}")
                taken[n.lower()] = code
                lst = by_code[code].setdefault(key, [])
                add_unique(lst, [n], exclude=(by_code[code]["name"],))


def build_countries(iso_path, extra_path, wn_dir, iso3_path=""):
    with open(iso_path, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    with open(extra_path, encoding="utf-8") as f:
        extra = json.load(f)
    excluded = set(extra.get("exclude", []))
    block = set(extra.get("wordnet_block", []))
    by_code = extra.get("countries", {})
    known = {x["alpha_3"] for x in iso} | {x["code"] for x in extra.get("extra_countries", [])}
    for code in by_code:
        if code not in known:
            fail(f"{extra_path}: countries.{code}: not an ISO 3166-1 alpha-3 code in {iso_path}")

    records = []
    for x in iso:
        code = x["alpha_3"]
        if code in excluded:
            continue
        e = by_code.get(code, {})
        name = e.get("name") or x.get("common_name") or x["name"]
        if "," in name or "(" in name:
            fail(f"{extra_path}: countries.{code}.name: iso-codes name '{name}' needs a short display name")
        aliases = []
        candidates = [x["name"], x.get("common_name", ""), x.get("official_name", "")]
        for c in candidates:
            c = re.sub(r"^the ", "", c)
            if c and "," not in c and "(" not in c:
                add_unique(aliases, [c], exclude=(name,))
        add_unique(aliases, e.get("aliases", []), exclude=(name,))
        records.append({"code": code, "name": name, "aliases": aliases,
                        "adjectives": list(e.get("adjectives", [])), "metonyms": list(e.get("metonyms", []))})
    # Former states (ISO 3166-3) that older news and the Phoenix files still name.
    former = extra.get("former", {})
    if former:
        former_codes = set()
        if iso3_path and os.path.exists(iso3_path):
            with open(iso3_path, encoding="utf-8") as f:
                for x in json.load(f)["3166-3"]:
                    if x.get("alpha_3") in former:
                        former_codes.add(x["alpha_3"])
                        e = former[x["alpha_3"]]
                        aliases = []
                        for part in x["name"].split(", "):
                            if "(" not in part and not part.endswith(" of"):
                                add_unique(aliases, [part], exclude=(e["name"],))
                        add_unique(aliases, e.get("aliases", []), exclude=(e["name"],))
                        records.append({"code": x["alpha_3"], "name": e["name"], "aliases": aliases,
                                        "adjectives": list(e.get("adjectives", [])), "metonyms": []})
        for code in former:
            if code not in former_codes:
                fail(f"{extra_path}: former.{code}: not an ISO 3166-3 alpha-3 code in {iso3_path}")
    for e in extra.get("extra_countries", []):
        records.append({"code": e["code"], "name": e["name"], "aliases": list(e.get("aliases", [])),
                        "adjectives": list(e.get("adjectives", [])), "metonyms": list(e.get("metonyms", []))})

    names_to_code = {}
    for r in records:
        for n in [r["name"]] + r["aliases"]:
            names_to_code.setdefault(n.lower(), r["code"])
    wordnet = wordnet_pertainyms(wn_dir, names_to_code) if wn_dir else {}

    actors = []
    for r in records:
        names = set([r["name"]] + r["aliases"])
        adjectives = r["adjectives"]
        wn = [a for a in wordnet.get(r["code"], []) if a[:1].isupper() and a not in block]
        add_unique(adjectives, wn)
        add_unique(adjectives, plural_forms(adjectives, names))
        actor = {"id": slugify(r["name"]), "name": r["name"], "type": "country", "country": r["code"],
                 "sector": "", "code": r["code"], "aliases": r["aliases"]}
        if adjectives:
            actor["adjectives"] = adjectives
        if r["metonyms"]:
            actor["metonyms"] = r["metonyms"]
        actors.append(actor)
    return actors


def line_of_id(path, actor_id):
    """1-based line where the entry with `actor_id` starts in `path` (0 if not found)."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return 0
    m = re.search(r'"id"\s*:\s*"' + re.escape(actor_id) + '"', text)
    return text.count("\n", 0, m.start()) + 1 if m else 0


def check_references(actors, origin):
    """Cross-file checks the per-file schema cannot make: every country code
    names a country, every role org names an actor."""
    countries = {a["code"] for a in actors if a.get("type") == "country"}
    ids = {a["id"] for a in actors}
    for i, a in enumerate(actors):
        path = origin.get(a["id"], "?")
        where = lambda: f"{path}:{line_of_id(path, a['id'])}"
        if a.get("country") and a["country"] not in countries:
            fail(f"{where()}: field 'country' of '{a['id']}': unknown country code '{a['country']}'")
        for k, r in enumerate(a.get("roles", [])):
            if r.get("country") and r["country"] not in countries:
                fail(f"{where()}: field 'roles[{k}].country' of '{a['id']}': unknown country code '{r['country']}'")
            if r.get("org") and r["org"] not in ids:
                fail(f"{where()}: field 'roles[{k}].org' of '{a['id']}': unknown organisation id '{r['org']}'")


def add_initial_variants(actors):
    """Persons named with a middle initial ("George W. Bush") are also written
    without its period, as BBC and Guardian style does ("George W Bush")."""
    for a in actors:
        if a.get("type") != "person":
            continue
        names = [a["name"]] + a.get("aliases", [])
        variants = []
        for n in names:
            v = re.sub(r"\b([A-Z])\.(?=\s|$)", r"\1", n)
            v = re.sub(r"\s+", " ", v).strip()
            if v != n:
                variants.append(v)
        add_unique(a.setdefault("aliases", []), variants, exclude=(a["name"],))


COMPANY_SUFFIXES = ["inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "plc",
                    "ag", "sa", "nv", "group", "holdings"]


def add_company_suffixes(actors):
    """Companies (organisations of sector BUS) are also named with a legal
    suffix ("Microsoft Corp", "BP plc", "Siemens AG"); lower-case suffix forms
    match any case."""
    for a in actors:
        if a.get("type") != "organization" or a.get("sector") != "BUS":
            continue
        names = [a["name"]] + a.get("aliases", [])
        add_unique(a.setdefault("aliases", []), [f"{n} {s}" for n in names for s in COMPANY_SUFFIXES],
                   exclude=(a["name"],))


# Generic words some subdivisions are named by ("Centre", "Northern", "Capital"):
# no evidence that a capitalised word is a place.
GENERIC_PLACE_WORDS = {
    "centre", "center", "central", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "capital", "coast", "islands", "lakes", "plateau", "federal", "national", "interior",
    "littoral", "highlands", "lowlands", "midlands", "upper", "lower", "mountain", "valley", "border",
    "frontier", "delta", "oriental", "occidental", "north-east", "north-west", "south-east", "south-west",
    "metropolitan", "greater", "grand", "river", "sea", "lake", "island", "city", "state", "region",
}


def subdivision_places(iso2_path):
    """Names of Debian iso-codes subdivisions (iso_3166-2.json), lower case:
    places, which a name the dictionary lacks may be. Alternative names in
    brackets and combined units ("Argyll and Bute", "Bristol, City of") are
    reduced to their places."""
    try:
        with open(iso2_path, encoding="utf-8") as f:
            entries = json.load(f)["3166-2"]
    except (OSError, ValueError, KeyError) as e:
        fail(f"{iso2_path}: {e}")
    names = set()
    for e in entries:
        name = re.sub(r"\s*\[.*?\]", "", e["name"]).strip()
        if "," in name:
            head, tail = [x.strip() for x in name.split(",", 1)]
            name = head if tail.lower() in ("city of", "county", "county of", "the") else ""
        for part in re.split(r" and | & |/", name):
            part = part.strip().lower()
            if part and part not in GENERIC_PLACE_WORDS and not part.isdigit():
                names.add(part)
    return sorted(names)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--iso", required=True)
    ap.add_argument("--iso-former", default="", help="iso_3166-3.json (former countries)")
    ap.add_argument("--extra", required=True)
    ap.add_argument("--wordnet", default="")
    ap.add_argument("--places", default="", help="places.json (regions and cities as aliases of their country)")
    ap.add_argument("--iso-subdivisions", default="", help="iso_3166-2.json (subdivisions: places)")
    ap.add_argument("--output", required=True)
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()

    actors = build_countries(args.iso, args.extra, args.wordnet, args.iso_former)
    if args.places:
        add_places(actors, args.places)
    agents = []
    name_words = []
    origin = {a["id"]: args.extra for a in actors}
    agent_origin = {}
    for path in args.files:
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError) as e:
            fail(f"{path}: {e}")
        for a in doc.get("actors", []):
            if a["id"] in origin:
                fail(f"{path}: actors.id: '{a['id']}' is already defined in {origin[a['id']]}")
            origin[a["id"]] = path
            actors.append(a)
        for a in doc.get("agents", []):
            if a["id"] in agent_origin:
                fail(f"{path}: agents.id: '{a['id']}' is already defined in {agent_origin[a['id']]}")
            agent_origin[a["id"]] = path
            agents.append(a)
        name_words.extend(doc.get("name_words", []))

    if args.iso_subdivisions:
        name_words.append({"where": "name", "type": "place", "words": subdivision_places(args.iso_subdivisions)})
    check_references(actors, origin)
    add_initial_variants(actors)
    add_company_suffixes(actors)

    # One entry a line so that build-time messages point at a useful line.
    lines = ['{"actors": [']
    lines.append(",\n".join(json.dumps(a, ensure_ascii=False) for a in actors))
    lines.append('],\n"agents": [')
    lines.append(",\n".join(json.dumps(a, ensure_ascii=False) for a in agents))
    lines.append('],\n"name_words": [')
    lines.append(",\n".join(json.dumps(w, ensure_ascii=False) for w in name_words))
    lines.append("]}")
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
