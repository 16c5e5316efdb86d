#!/usr/bin/env python3
"""Generate the compiled-in word-form lexicon of the text component.

usage: gen_lexicon.py --wordnet DIR --output OUT.cpp

Reads WordNet (wordnet-base: index.noun/verb/adj/adv, noun.exc, verb.exc,
adj.exc), expands base forms by the regular English inflection rules, adds
closed-class words written below, and emits C++ arrays consumed by
src/text/lexicon.cpp: a string pool, one entry per word form and an
open-addressing hash table (linear probing) over the entries. The hash
function must stay identical to word_hash() in lexicon_data.hpp.
"""
import argparse
import os
import sys

NOUN, VERB, ADJ, ADV, DET, PREP, PRON, CONJ, AUX = (1 << i for i in range(9))

# VerbForm values (must match enum class VerbForm in include/actorgraph/text.hpp).
VF_NONE, VF_BASE, VF_3SG, VF_PAST, VF_PP, VF_PAST_PP, VF_GERUND = range(7)

# Priorities of a verb analysis: higher wins when one form has several.
P_CLOSED, P_IRREG, P_BASE, P_EXC, P_REGULAR = 50, 40, 30, 20, 10

# Common English irregular verbs: base, past, past participle ('/' separates variants).
IRREGULAR_VERBS = """
arise arose arisen|awake awoke awoken|bear bore borne/born|beat beat beaten|become became become
begin began begun|bend bent bent|bet bet bet|bid bid bid|bite bit bitten
bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought
broadcast broadcast broadcast|build built built|burn burnt/burned burnt/burned|burst burst burst
buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung
come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug
draw drew drawn|dream dreamt/dreamed dreamt/dreamed|drink drank drunk|drive drove driven
eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found
flee fled fled|fling flung flung|fly flew flown|forbid forbade forbidden|forecast forecast forecast
foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen
get got got/gotten|give gave given|go went gone|grow grew grown|hang hung hung
hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept
kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leant/leaned leant/leaned
leap leapt/leaped leapt/leaped|learn learnt/learned learnt/learned|leave left left|lend lent lent
let let let|light lit/lighted lit/lighted|lose lost lost|make made made|mean meant meant
meet met met|mislead misled misled|mistake mistook mistaken|outdo outdid outdone|overcome overcame overcome
overhear overheard overheard|override overrode overridden|overrun overran overrun|oversee oversaw overseen
overtake overtook overtaken|overthrow overthrew overthrown|pay paid paid|prove proved proven/proved
put put put|quit quit quit|read read read|rebuild rebuilt rebuilt|redo redid redone|rethink rethought rethought
rid rid rid|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen
seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shed shed shed
shine shone shone|shoot shot shot|show showed shown/showed|shrink shrank shrunk|shut shut shut
sing sang sung|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|slide slid slid
slit slit slit|speak spoke spoken|speed sped sped|spend spent spent|spill spilt/spilled spilt/spilled
spin spun spun|spit spat spat|split split split|spoil spoilt/spoiled spoilt/spoiled|spread spread spread
spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung
stink stank stunk|stride strode stridden|strike struck struck|strive strove striven|swear swore sworn
sweep swept swept|swell swelled swollen|swim swam swum|swing swung swung|take took taken
teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown
thrust thrust thrust|tread trod trodden|undergo underwent undergone|understand understood understood
undertake undertook undertaken|undo undid undone|upset upset upset|uphold upheld upheld
wake woke woken|wear wore worn|weave wove woven|weep wept wept|win won won
withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|write wrote written
"""

# Closed classes. Auxiliary forms carry their verb lemma and form.
DETERMINERS = """a an the this that these those my your his her its our their some any no every each
either neither all both half several many much more most few fewer less least enough such what which
whatever whichever another other own whose""".split()
PREPOSITIONS = """about above across after against along amid amidst among amongst around as at before behind
below beneath beside besides between beyond but by concerning despite down during except excluding for from
in including inside into like minus near of off on onto opposite out outside over past per plus regarding
round since than through throughout till to toward towards under underneath unlike until up upon via
versus vs vs. with within without""".split()
PRONOUNS = """i me my mine myself you your yours yourself yourselves he him his himself she her hers herself
it its itself we us our ours ourselves they them their theirs themselves who whom whose which that what
whoever whomever whatever this these those one ones someone somebody something anyone anybody anything
everyone everybody everything nobody nothing none each either neither both all some any others another
there""".split()
CONJUNCTIONS = """and or but nor so yet for because although though while whereas if unless whether since
until after before once as than that when whenever where wherever lest whilst albeit""".split()
# form: (lemma, VerbForm)
AUX_FORMS = {
    "be": ("be", VF_BASE), "am": ("be", VF_BASE), "are": ("be", VF_BASE), "is": ("be", VF_3SG),
    "was": ("be", VF_PAST), "were": ("be", VF_PAST), "been": ("be", VF_PP), "being": ("be", VF_GERUND),
    "'m": ("be", VF_BASE), "'re": ("be", VF_BASE),
    "have": ("have", VF_BASE), "has": ("have", VF_3SG), "had": ("have", VF_PAST_PP),
    "having": ("have", VF_GERUND), "'ve": ("have", VF_BASE),
    "do": ("do", VF_BASE), "does": ("do", VF_3SG), "did": ("do", VF_PAST), "done": ("do", VF_PP),
    "doing": ("do", VF_GERUND),
    "will": ("will", VF_BASE), "would": ("will", VF_PAST), "'ll": ("will", VF_BASE), "'d": ("will", VF_PAST),
    "wo": ("will", VF_BASE), "can": ("can", VF_BASE), "could": ("can", VF_PAST), "ca": ("can", VF_BASE),
    "may": ("may", VF_BASE), "might": ("may", VF_PAST), "shall": ("shall", VF_BASE),
    "should": ("shall", VF_PAST), "sha": ("shall", VF_BASE), "must": ("must", VF_BASE),
    "ought": ("ought", VF_BASE),
}
NEGATIONS = ["not", "n't", "never"]
# Wire-service abbreviations used as nouns (Reuters: "5.93 mln dlrs", "shr", "qtr").
NEWS_NOUNS = {"mln": "mln", "bln": "bln", "dlr": "dlr", "dlrs": "dlr", "stg": "stg",
              "pct": "pct", "shr": "shr", "shrs": "shr", "mth": "mth", "mths": "mth",
              "qtr": "qtr", "qtrs": "qtr", "bpd": "bpd", "yr": "yr", "yrs": "yr"}
ADVERBS = ["how", "why", "when", "where", "else", "whereby", "wherever", "however"]
# Plurals kept as their own noun lemma (noun.exc would give "medium", "datum").
OWN_LEMMA_PLURALS = {"media", "data", "news", "arms"}
# News words WordNet lacks (it writes "air strike", "cease-fire"): noun base
# forms, given their regular plurals like WordNet nouns ("airstrikes").
NEWS_EXTRA_NOUNS = """airstrike ceasefire protestor peacekeeper cyberattack cyberattacks warplane
drone jihadist militia hardliner crackdown truce shelling gunman gunfire
counterattack counteroffensive counterterrorism airdrop hostage-taker kidnapper
""".split()
# News verbs WordNet lacks, given the regular inflections of WordNet verbs.
NEWS_EXTRA_VERBS = """airstrike bulldoze reopen""".split()


def keeps_own_lemma(form, stem):
    """True when a WordNet noun that looks like a regular plural is a word of its
    own: the stem is an abbreviation or symbol ("gas" is not "ga" + s, "bus",
    "pus") or the form ends like a Latin/Greek singular ("isis", "genus", "kansas")."""
    return len(stem) <= 2 or form.endswith(("us", "is", "as"))

VOWELS = set("aeiou")


def read_index(path):
    words = []
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            w = line.split(" ", 1)[0]
            if "_" in w or len(w) > 60:
                continue
            words.append(w)
    return words


def read_noun_senses(wndir):
    """Noun lemma -> the WordNet lexicographer files of its senses: bits 0-25
    for noun.Tops (file 3) .. noun.time (file 28), and the first (most
    frequent) sense's file, minus 3, in bits 27-31 (+1, so 0 means none).
    Must match the NounSense constants of include/actorgraph/text.hpp."""
    lexfile = {}
    with open(os.path.join(wndir, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" ", 2)
            lexfile[parts[0]] = int(parts[1])
    senses = {}
    with open(os.path.join(wndir, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            w, count = parts[0], int(parts[2])
            if "_" in w:
                continue
            offsets = parts[-count:]
            mask = 0
            for o in offsets:
                mask |= 1 << (lexfile[o] - 3)
            first = lexfile[offsets[0]] - 3
            senses[w] = mask | ((first + 1) << 27)
    return senses


def read_exc(path):
    pairs = []
    with open(path, encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2 or "_" in parts[0]:
                continue
            for lemma in parts[1:]:
                if "_" not in lemma:
                    pairs.append((parts[0], lemma))
    return pairs


def syllables(w):
    n, prev = 0, False
    for c in w:
        v = c in VOWELS or c == "y" and not prev and n > 0
        if v and not prev:
            n += 1
        prev = v
    return n


def doubling(w):
    """(double_only, maybe_double): whether the final consonant doubles before -ed/-ing."""
    if len(w) < 3 or not w[-1].isalpha() or w[-1] in VOWELS or w[-1] in "wxy":
        return False, False
    if w[-2] not in VOWELS or w[-3] in VOWELS:
        return False, False
    if syllables(w) == 1:
        return True, True
    return False, True  # stress unknown: emit both forms ("visited", "admitted")


def third_singular(w):
    if w.endswith(("s", "x", "z", "ch", "sh", "o")):
        return [w + "es"]
    if len(w) > 1 and w[-1] == "y" and w[-2] not in VOWELS:
        return [w[:-1] + "ies"]
    return [w + "s"]


def past_forms(w):
    if w.endswith("e"):
        return [w + "d"]
    if len(w) > 1 and w[-1] == "y" and w[-2] not in VOWELS:
        return [w[:-1] + "ied"]
    if w.endswith("ic"):
        return [w + "ked", w + "ed"]
    only, maybe = doubling(w)
    if only:
        return [w + w[-1] + "ed"]
    if maybe:
        return [w + "ed", w + w[-1] + "ed"]
    return [w + "ed"]


def gerund_forms(w):
    if w.endswith("ie"):
        return [w[:-2] + "ying"]
    if w.endswith("e") and not w.endswith(("ee", "ye", "oe")) and len(w) > 2:
        return [w[:-1] + "ing"]
    if w.endswith("ic"):
        return [w + "king", w + "ing"]
    only, maybe = doubling(w)
    if only:
        return [w + w[-1] + "ing"]
    if maybe:
        return [w + "ing", w + w[-1] + "ing"]
    return [w + "ing"]


def plural_forms(w):
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return [w + "es"]
    if len(w) > 1 and w[-1] == "y" and w[-2] not in VOWELS:
        return [w[:-1] + "ies"]
    if w.endswith("o"):
        return [w + "s", w + "es"]
    return [w + "s"]


class Lexicon:
    def __init__(self):
        self.pos = {}     # form -> PosFlag bits
        self.verb = {}    # form -> (priority, lemma, VerbForm)
        self.noun = {}    # form -> (priority, lemma)

    def add_pos(self, form, bits):
        self.pos[form] = self.pos.get(form, 0) | bits

    def add_verb(self, form, lemma, vf, prio):
        self.add_pos(form, VERB)
        old = self.verb.get(form)
        if old is None or prio > old[0]:
            self.verb[form] = (prio, lemma, vf)

    def add_noun(self, form, lemma, prio):
        self.add_pos(form, NOUN)
        old = self.noun.get(form)
        if old is None or prio > old[0]:
            self.noun[form] = (prio, lemma)


def build(wndir):
    lex = Lexicon()
    nouns = read_index(os.path.join(wndir, "index.noun"))
    verbs = read_index(os.path.join(wndir, "index.verb"))
    wn_nouns = set(nouns)
    nouns += [n for n in NEWS_EXTRA_NOUNS if n not in wn_nouns]
    verbs += [v for v in NEWS_EXTRA_VERBS if v not in set(verbs)]
    for w in read_index(os.path.join(wndir, "index.adj")):
        lex.add_pos(w, ADJ)
    for w in read_index(os.path.join(wndir, "index.adv")):
        lex.add_pos(w, ADV)
    for form, _ in read_exc(os.path.join(wndir, "adj.exc")):
        lex.add_pos(form, ADJ)

    verb_set = set(verbs)
    irregular = {}  # base -> (pasts, participles)
    for item in IRREGULAR_VERBS.replace("\n", "|").split("|"):
        if item.strip():
            base, past, pp = item.split()
            irregular[base] = (past.split("/"), pp.split("/"))
    exc_verbs = {}
    for form, lemma in read_exc(os.path.join(wndir, "verb.exc")):
        if lemma in verb_set:
            exc_verbs.setdefault(lemma, []).append(form)

    # Regular forms first (lowest priority), then exceptions, bases, the irregular table.
    for v in verbs:
        for f in third_singular(v):
            lex.add_verb(f, v, VF_3SG, P_REGULAR)
        for f in gerund_forms(v):
            lex.add_verb(f, v, VF_GERUND, P_REGULAR)
        # Verbs of the irregular table list their regular variants themselves
        # ("burned"); "see" must not make "seed". verb.exc alone does not stop
        # the regular forms ("wrought" and "worked", "pled" and "pleaded").
        if v not in irregular:
            for f in past_forms(v):
                lex.add_verb(f, v, VF_PAST_PP, P_REGULAR)
    for lemma, forms in exc_verbs.items():
        for f in forms:
            if f.endswith("ing"):
                vf = VF_GERUND
            elif f.endswith("s") and not f.endswith("ss"):
                vf = VF_3SG
            else:
                vf = VF_PAST_PP
            lex.add_verb(f, lemma, vf, P_EXC)
    for v in verbs:
        lex.add_verb(v, v, VF_BASE, P_BASE)
    for base, (pasts, pps) in irregular.items():
        for p in pasts:
            lex.add_verb(p, base, VF_PAST_PP if p in pps else VF_PAST, P_IRREG)
        for p in pps:
            if p == base:
                continue  # "come", "run": the base reading stays
            lex.add_verb(p, base, VF_PAST_PP if p in pasts else VF_PP, P_IRREG)
        # After the past forms: "hit", "cut", "put" read as past_or_participle,
        # the commoner use in news and what passives ("was hit") need.
        lex.add_verb(base, base, VF_BASE, P_IRREG)

    # Nouns: a regular plural of a listed noun beats noun.exc, which beats the
    # form's own entry ("talks" -> "talk", "men" -> "man"), except for plurals
    # that news uses as nouns of their own.
    for n in nouns:
        lex.add_noun(n, n, 1)
    for form, lemma in read_exc(os.path.join(wndir, "noun.exc")):
        if form != lemma and form not in OWN_LEMMA_PLURALS:
            lex.add_noun(form, lemma, 2)
    for n in nouns:
        if len(n) > 1 and n[-1].isalpha():
            for f in plural_forms(n):
                if f in OWN_LEMMA_PLURALS or f in wn_nouns and keeps_own_lemma(f, n):
                    continue
                lex.add_noun(f, n, 3)
            if n.endswith("man") and n not in ("human", "german", "roman", "shaman", "talisman"):
                lex.add_noun(n[:-3] + "men", n, 3)  # WordNet morphy's men -> man rule
    for n in OWN_LEMMA_PLURALS:
        lex.add_noun(n, n, 4)
    for n, lemma in NEWS_NOUNS.items():
        lex.add_noun(n, lemma, 4)

    # Hyphenated spellings take the lemma of the solid one when both are words
    # ("cease-fires" -> "ceasefire", "re-examined" -> "reexamine"), so
    # relation patterns written with one spelling match both.
    noun_bases, verb_bases = set(nouns), set(verbs)
    for table, bases in ((lex.noun, noun_bases), (lex.verb, verb_bases)):
        for form, entry in table.items():
            solid = entry[1].replace("-", "")
            if solid != entry[1] and solid in bases:
                table[form] = (entry[0], solid) + entry[2:]

    # Adjectives: regular comparatives and superlatives ("largest", "weaker",
    # "bigger", "happier") when the form is not a word of its own ("number").
    known = set(lex.pos)
    for a in read_index(os.path.join(wndir, "index.adj")):
        if not a.isalpha() or len(a) < 2 or syllables(a) > 2:
            continue
        if a.endswith("e"):
            stems = [a[:-1]]
        elif a[-1] == "y" and a[-2] not in VOWELS:
            stems = [a[:-1] + "i"]
        elif doubling(a)[0]:
            stems = [a + a[-1]]
        else:
            stems = [a]
        for st in stems:
            for f in (st + "er", st + "est"):
                if f not in known:
                    lex.add_pos(f, ADJ)

    # Closed classes: generated readings are dropped, WordNet's own entries stay.
    closed = {}
    for words, bit in ((DETERMINERS, DET), (PREPOSITIONS, PREP), (PRONOUNS, PRON),
                       (CONJUNCTIONS, CONJ)):
        for w in words:
            closed[w] = closed.get(w, 0) | bit
    for w in AUX_FORMS:
        closed[w] = closed.get(w, 0) | AUX | VERB
    for w in NEGATIONS + ADVERBS:
        closed[w] = closed.get(w, 0) | ADV
    noun_set, wn_pos = set(nouns), {}
    for w in closed:
        bits = closed[w]
        if w in noun_set:
            bits |= NOUN
        else:
            lex.noun.pop(w, None)
        if w in verb_set:
            bits |= VERB
        else:
            lex.verb.pop(w, None)
        wn_pos[w] = bits | (lex.pos.get(w, 0) & (ADJ | ADV))
    for w, bits in wn_pos.items():
        lex.pos[w] = bits
    for form, (lemma, vf) in AUX_FORMS.items():
        lex.verb[form] = (P_CLOSED, lemma, vf)
    return lex


M64 = (1 << 64) - 1


def word_hash(s: bytes) -> int:
    """8 bytes at a time, little-endian, zero-padded; must match word_hash() in lexicon_data.hpp."""
    h = (len(s) * 0x9E3779B97F4A7C15) & M64
    for i in range(0, len(s), 8):
        chunk = int.from_bytes(s[i:i + 8], "little")
        h = ((h ^ chunk) * 0xFF51AFD7ED558CCD) & M64
        h ^= h >> 32
    return (h ^ (h >> 29)) & 0xFFFFFFFF


def emit(lex, out_path, senses):
    forms = sorted(f for f in lex.pos if 0 < len(f.encode()) < 256 and f.isascii())
    pool = bytearray()
    offsets = {}

    def ref(s):
        if not s:
            return 0
        b = s.encode()
        if s not in offsets:
            offsets[s] = len(pool)
            pool.extend(b)
        return (offsets[s] << 8) | len(b)

    entries = []
    for f in forms:
        v = lex.verb.get(f)
        n = lex.noun.get(f)
        entries.append((ref(f), ref(v[1]) if v else 0, ref(n[1]) if n else 0,
                        senses.get(n[1], 0) if n else 0, lex.pos[f], v[2] if v else VF_NONE))
    assert len(pool) < (1 << 24), "pool too large for 24-bit offsets"
    # The entries themselves form the open-addressing table (load <= 2/3), so a
    # lookup touches one run of adjacent entries and the pool only on a tag match.
    size = 1
    while size * 2 < 3 * len(entries):
        size <<= 1
    table = [None] * size
    for f, e in zip(forms, entries):
        h = word_hash(f.encode())
        i = h & (size - 1)
        while table[i] is not None:
            i = (i + 1) & (size - 1)
        table[i] = e + (h >> 24,)

    lines = ["// Generated by src/text/gen_lexicon.py from WordNet. Do not edit.",
             '#include "text/lexicon_data.hpp"', "",
             "namespace actorgraph::text::detail {", "",
             f"const std::uint32_t kLexSlotMask = {size - 1}u;",
             f"const std::uint32_t kLexEntryCount = {len(entries)}u;", "",
             "extern const char kLexPool[] ="]
    text = pool.decode()
    for i in range(0, len(text), 100):
        chunk = text[i:i + 100].replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'  "{chunk}"')
    lines[-1] += ";"
    lines.append("")
    lines.append("const LexEntry kLexTable[] = {")
    for e in table:
        lines.append("{%du,%du,%du,%du,%d,%d,%d}," % e if e else "{},")
    lines.append("};")
    lines.append("")
    lines.append("}  // namespace actorgraph::text::detail")
    with open(out_path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", required=True)
    ap.add_argument("--output", required=True)
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.wordnet, "index.verb")):
        sys.exit(f"gen_lexicon.py: WordNet not found in {args.wordnet} (install wordnet-base)")
    emit(build(args.wordnet), args.output, read_noun_senses(args.wordnet))


if __name__ == "__main__":
    main()
