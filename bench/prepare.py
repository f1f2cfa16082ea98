#!/usr/bin/python3
"""prepare.py -- builds the benchmark inputs from the shared corpora.

Reads orangesum-fr (French, JSONL.xz) and reuters21578-en (English, SGML.xz)
from ../shared/corpora and writes, under bench/data/ (gitignored):

  docs-N.jsonl      N documents {"id","date","title","text"}: the corpora
                    mixed in a fixed order, then replicated with new ids
                    (r1-<id>, r2-<id>, ...) until N documents.  No "lang":
                    veille identifies the language itself.
  docs-N.lang       one line per document of docs-N.jsonl, "fr" or "en":
                    read by the Xapian peer only (to pick its stemmer).
  queries.jsonl     the latency query set, ~200 queries per class
                    {"class","lang","q"}: one word (rare, medium, frequent
                    bands), two and three words (drawn from one document, and
                    from the frequent band), and two-word phrases.
  cases-N.jsonl     the analysis cases {"class","kind","lang","q","variant",
                    "literal_docs","expected_docs"}: queries whose matches
                    need accent folding, elision, stemming or ligature
                    folding, found from the corpus vocabulary.
                    literal_docs counts the documents of docs-N holding the
                    query's own spelling as a word; expected_docs adds those
                    holding only the variant spellings the case is about.

Everything is deterministic (fixed seeds, sorted candidates).  Run with
/usr/bin/python3 (standard library only; python3-xapian's Snowball stemmers
are used, when present, to keep only stem cases Snowball really conflates).

  /usr/bin/python3 bench/prepare.py [--docs N] [--out bench/data] [--corpora DIR]
"""
import argparse
import html
import json
import lzma
import os
import random
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPORA = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "corpora"))
PER_CLASS = 200  # queries per latency class (half French, half English)
CASES_PER_KIND = 30  # analysis cases per kind and language (at most)

MONTHS = {m: i + 1 for i, m in enumerate(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}

# Function words left out of the query sets: a user does not search "the".
STOP = {
    "fr": set("""au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur
        leurs lui ma mais me mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son
        sur ta te tes toi ton tu un une vos votre vous est sont été être avoir ont été était fait plus
        comme aussi tout tous toute toutes dont où lors alors depuis entre après avant sans sous vers
        chez contre selon cela ça ceci celle celui ceux mêmes même très bien encore déjà peu non oui
        ainsi donc car puis ici aujourd hui jusqu lorsqu puisqu quoiqu avait avaient sera seront serait peut doit fait faire
        été etait deux trois quatre cinq six sept huit neuf dix cent mille les""".split()),
    "en": set("""a about above after again against all am an and any are as at be because been before
        being below between both but by can could did do does doing down during each few for from
        further had has have having he her here hers herself him himself his how i if in into is it
        its itself just me more most my myself no nor not now of off on once only or other our ours
        out over own same she should so some such than that the their theirs them themselves then
        there these they this those through to too under until up very was we were what when where
        which while who whom why will with would you your yours also said says say mln dlrs pct cts
        one two three four five six seven eight nine ten reuter inc corp co ltd vs would year""".split()),
}

WORD = re.compile(r"[^\W\d_]+")
# French elision: l'OTAN, d'Europe, qu'il, jusqu'à (straight or typographic apostrophe).
ELIDED = re.compile(r"(?<![^\W\d_])(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]([^\W\d_]+)")


def fold(s):
    """Lower case, accents removed (the analysis a case needs)."""
    d = unicodedata.normalize("NFD", s.lower())
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


def log(*a):
    print("prepare:", *a, file=sys.stderr, flush=True)


# ------------------------------------------------------------------ corpora

def read_orangesum(path):
    docs = []
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            parts = [p.strip() for p in (o.get("heading") or "", o.get("article") or "") if p and p.strip()]
            text = "\n\n".join(parts)
            if not text or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", o.get("date") or ""):
                continue
            d = {"id": "os-" + str(o["id"]), "date": o["date"], "text": text}
            if o.get("title"):
                d["title"] = o["title"].strip()
            docs.append((d, "fr"))
    return docs


CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
REUTERS = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)


def sgml_text(s):
    return CTRL.sub("", html.unescape(s))


def read_reuters(folder):
    docs = []
    for name in sorted(os.listdir(folder)):
        if not re.fullmatch(r"reut2-\d{3}\.sgm\.xz", name):
            continue
        raw = lzma.open(os.path.join(folder, name)).read()
        try:
            data = raw.decode("utf-8")
        except UnicodeDecodeError:
            data = raw.decode("latin-1")  # reut2-017 has a few Latin-1 bytes
        for m in REUTERS.finditer(data):
            newid, body = m.group(1), m.group(2)
            b = re.search(r"<BODY>(.*?)</BODY>", body, re.S)
            dm = re.search(r"<DATE>\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})", body)
            if not b or not dm or dm.group(2).upper() not in MONTHS:
                continue
            text = sgml_text(b.group(1)).strip()
            text = re.sub(r"\s*Reuter\s*$", "", text).strip()
            if not text:
                continue
            d = {"id": "reu-" + newid,
                 "date": "%s-%02d-%02d" % (dm.group(3), MONTHS[dm.group(2).upper()], int(dm.group(1))),
                 "text": text}
            t = re.search(r"<TITLE>(.*?)</TITLE>", body, re.S)
            if t and sgml_text(t.group(1)).strip():
                d["title"] = " ".join(sgml_text(t.group(1)).split())
            docs.append((d, "en"))
    return docs


def load_base(corpora):
    fr = read_orangesum(os.path.join(corpora, "orangesum-fr", "orangesum-fr.jsonl.xz"))
    en = read_reuters(os.path.join(corpora, "reuters21578-en"))
    log("read %d French and %d English documents" % (len(fr), len(en)))
    base = fr + en
    random.Random(20240501).shuffle(base)  # a fixed mix, so small N holds both languages
    return base


# ----------------------------------------------------------------- analysis

class Vocab:
    """Per-language document frequencies and per-document word sets."""

    def __init__(self, base):
        self.df = {"fr": Counter(), "en": Counter()}
        self.ndocs = Counter()
        self.elided_only = Counter()  # French: docs holding a word only after an elision
        self.words = []  # per base doc: frozenset of lower-case words (title + text)
        for d, lang in base:
            s = (d.get("title", "") + "\n" + d["text"]).lower()
            ws = frozenset(WORD.findall(s))
            self.words.append(ws)
            self.df[lang].update(ws)
            self.ndocs[lang] += 1
            if lang == "fr":
                elided = set(m.group(1) for m in ELIDED.finditer(s))
                if elided:
                    bare = set(WORD.findall(ELIDED.sub(" ", s)))
                    self.elided_only.update(elided - bare)


def band_words(v, lang, lo, hi, minlen=3):
    stop = STOP[lang]
    return sorted(w for w, n in v.df[lang].items()
                  if lo <= n <= hi and len(w) >= minlen and w not in stop)


def make_queries(base, v, rng):
    out = []
    langs = ("fr", "en")
    half = PER_CLASS // 2
    bands = {}
    for lang in langs:
        n = v.ndocs[lang]
        bands[lang] = {
            "rare": band_words(v, lang, 3, 15, 4),
            "medium": band_words(v, lang, max(16, int(n * 0.002)), int(n * 0.02), 4),
            "frequent": band_words(v, lang, int(n * 0.08), n, 3),
        }
        log("%s bands: %s" % (lang, ", ".join("%s %d words" % (k, len(x)) for k, x in bands[lang].items())))
    for band in ("rare", "medium", "frequent"):
        for lang in langs:
            pool = bands[lang][band]
            for w in rng.sample(pool, min(half, len(pool))):
                out.append({"class": "w1-" + band, "lang": lang, "q": w})
    by_lang = {lang: [i for i, (_, l) in enumerate(base) if l == lang] for lang in langs}

    def from_doc(lang, k):
        """k distinct content words of one random document (df >= 3)."""
        for _ in range(1000):
            i = rng.choice(by_lang[lang])
            cand = sorted(w for w in v.words[i]
                          if len(w) >= 3 and w not in STOP[lang] and v.df[lang][w] >= 3)
            if len(cand) >= k:
                return " ".join(rng.sample(cand, k))
        raise SystemExit("prepare: cannot draw %d-word queries" % k)

    for k in (2, 3):
        for lang in langs:
            for _ in range(half):
                out.append({"class": "w%d" % k, "lang": lang, "q": from_doc(lang, k)})
        for lang in langs:
            pool = bands[lang]["frequent"]
            for _ in range(half):
                out.append({"class": "w%d-frequent" % k, "lang": lang, "q": " ".join(rng.sample(pool, k))})

    # Two-word phrases: adjacent words (one space apart, neither a function
    # word) from a random document; and the most widespread such pairs.
    # The second word sits in a lookahead so that "a b c" yields "a b" and "b c".
    pair_re = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,}) (?=([^\W\d_]{3,})(?![^\W\d_]))")
    pairs_df = {lang: Counter() for lang in langs}
    pairs_by_doc = []
    for (d, lang) in base:
        ps = set()
        for m in pair_re.finditer(d["text"].lower()):
            a, b = m.group(1), m.group(2)
            if a not in STOP[lang] and b not in STOP[lang]:
                ps.add(a + " " + b)
        pairs_by_doc.append(sorted(ps))
        pairs_df[lang].update(ps)
    for lang in langs:
        for _ in range(half):
            for _try in range(1000):
                i = rng.choice(by_lang[lang])
                if pairs_by_doc[i]:
                    out.append({"class": "phrase", "lang": lang, "q": '"%s"' % rng.choice(pairs_by_doc[i])})
                    break
        n = v.ndocs[lang]
        common = sorted(p for p, c in pairs_df[lang].items() if c >= n * 0.01)
        log("%s: %d phrases in >= 1%% of documents" % (lang, len(common)))
        for p in rng.sample(common, min(half, len(common))):
            out.append({"class": "phrase-frequent", "lang": lang, "q": '"%s"' % p})
    return out


# ------------------------------------------------------------ analysis cases

def stemmers():
    try:
        import xapian  # python3-xapian: the Snowball stemmers veille also uses
        return {"fr": xapian.Stem("french"), "en": xapian.Stem("english")}
    except ImportError:
        log("python3-xapian missing: stem cases are not checked against Snowball")
        return None


def make_cases(base, v, rng):
    """Analysis cases: (kind, lang, query, variant description, literal test, variant test)."""
    cases = []
    n_fr = v.ndocs["fr"]
    # Accents: a French word whose unaccented spelling never occurs; the
    # query is that unaccented spelling (elysee for Élysée).
    acc = sorted(w for w, n in v.df["fr"].items()
                 if 20 <= n <= n_fr * 0.05 and len(w) >= 5 and w not in STOP["fr"]
                 and fold(w) != w and v.df["fr"][fold(w)] == 0 and v.df["en"][fold(w)] == 0)
    fixed = [w for w in ("élysée", "états", "européenne", "sénat") if v.df["fr"][w] > 0]
    pick = fixed + [w for w in rng.sample(acc, min(CASES_PER_KIND, len(acc))) if w not in fixed]
    for w in pick[:CASES_PER_KIND]:
        cases.append(("accent", "fr", fold(w), w))
    if v.df["fr"]["états"] and v.df["fr"]["unis"]:
        cases.append(("accent", "fr", "etats-unis", "états-unis"))
    # Elision: a word found mostly after l', d', qu'... (otan in l'OTAN).
    eli = sorted(w for w, n in v.elided_only.items()
                 if n >= 20 and len(w) >= 3 and w not in STOP["fr"] and w[0] in "aeiouhéèêàâîôûœy")
    fixed = [w for w in ("otan", "onu", "europe", "assemblée") if v.elided_only[w] > 0]
    pick = fixed + [w for w in rng.sample(eli, min(CASES_PER_KIND, len(eli))) if w not in fixed]
    for w in pick[:CASES_PER_KIND]:
        cases.append(("elision", "fr", w, "l'/d'/qu'… " + w))
    # Stems: the singular as query, documents holding only the plural.
    st = stemmers()
    for lang in ("fr", "en"):
        df = v.df[lang]
        cand = []
        for w, n in df.items():
            if len(w) < 5 or w.endswith("s") or w in STOP[lang] or n < 10:
                continue
            p = w + "s"
            if df[p] < 20:
                continue
            if st and st[lang](w) != st[lang](p):
                continue
            cand.append(w)
        cand.sort()
        fixed = [w for w in ("negotiation", "élection", "manifestation") if w in cand]
        pick = fixed + [w for w in rng.sample(cand, min(CASES_PER_KIND, len(cand))) if w not in fixed]
        for w in pick[:CASES_PER_KIND]:
            cases.append(("stem", lang, w, w + "s"))
    # Ligatures: œ and æ spelt out (manoeuvre for manœuvre).
    lig = sorted(w for w, n in v.df["fr"].items() if n >= 3 and ("œ" in w or "æ" in w))
    lig.sort(key=lambda w: -v.df["fr"][w])
    for w in lig[:CASES_PER_KIND]:
        cases.append(("ligature", "fr", w.replace("œ", "oe").replace("æ", "ae"), w))
    return cases


def case_tests(kind, q, variant):
    """(literal(doc_words, folded_text) -> bool, expected(...) -> bool)."""
    if kind == "accent" and "-" in q:
        a, b = q.split("-", 1)
        rx = re.compile(r"(?<![^\W\d_])%s[-\s]+%s(?![^\W\d_])" % (re.escape(a), re.escape(b)))
        return (lambda ws, ftext: False, lambda ws, ftext: bool(rx.search(ftext)))
    if kind == "accent":
        # ftext is here the set of the document's folded words: Elysée,
        # ÉLYSÉE and élysée all count.
        return (lambda ws, ftext: q in ws, lambda ws, ftext: q in ftext)
    if kind == "elision":
        # WORD splits at the apostrophe: the word set holds otan for l'OTAN;
        # literal = the bare word somewhere, checked on the text without elisions.
        return (None, lambda ws, ftext: q in ws)
    if kind == "stem":
        return (lambda ws, ftext: q in ws, lambda ws, ftext: q in ws or variant in ws)
    if kind == "ligature":
        return (lambda ws, ftext: q in ws, lambda ws, ftext: q in ws or variant in ws)
    raise ValueError(kind)


def count_cases(base, v, cases, n):
    """literal_docs / expected_docs of each case over the first n documents
    of the replicated stream (document i is base[i % len(base)])."""
    B = len(base)
    rounds, rest = divmod(n, B)
    out = []
    need_text = any(k == "accent" for k, *_ in cases)
    folded = [fold(d.get("title", "") + "\n" + d["text"]) for d, _ in base] if need_text else None
    folded_words = [frozenset(WORD.findall(t)) for t in folded] if need_text else None
    bare_words = None
    for kind, lang, q, variant in cases:
        lit, exp = case_tests(kind, q, variant)
        lit_c = [0, 0]
        exp_c = [0, 0]
        for i in range(B):
            ws = v.words[i]
            if kind == "elision":
                if q not in ws:
                    continue
                if bare_words is None:
                    bare_words = {}
                if i not in bare_words:
                    s = (base[i][0].get("title", "") + "\n" + base[i][0]["text"]).lower()
                    bare_words[i] = set(WORD.findall(ELIDED.sub(" ", s)))
                is_lit, is_exp = q in bare_words[i], True
            else:
                ft = None
                if kind == "accent":
                    ft = folded[i] if "-" in q else folded_words[i]
                is_lit, is_exp = lit(ws, ft), exp(ws, ft)
            for j, flag in ((0, is_lit), (1, is_exp)):
                if flag:
                    c = lit_c if j == 0 else exp_c
                    c[0] += 1
                    if i < rest:
                        c[1] += 1
        out.append({"class": "case-" + kind, "kind": kind, "lang": lang, "q": q, "variant": variant,
                    "literal_docs": lit_c[0] * rounds + lit_c[1],
                    "expected_docs": exp_c[0] * rounds + exp_c[1]})
    return out


# --------------------------------------------------------------------- main

def write_docs(base, n, out_dir):
    path = os.path.join(out_dir, "docs-%d.jsonl" % n)
    tmp = path + ".tmp"
    B = len(base)
    with open(tmp, "w", encoding="utf-8") as f, open(tmp + ".lang", "w") as fl:
        for i in range(n):
            r, k = divmod(i, B)
            d, lang = base[k]
            if r:
                d = dict(d, id="r%d-%s" % (r, d["id"]))
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
            fl.write(lang + "\n")
    os.replace(tmp + ".lang", os.path.join(out_dir, "docs-%d.lang" % n))
    os.replace(tmp, path)
    log("wrote %s (%.1f MB)" % (path, os.path.getsize(path) / 1e6))


def write_jsonl(path, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    log("wrote %s (%d lines)" % (path, len(rows)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=300000, help="documents to generate (default 300000)")
    ap.add_argument("--out", default=os.path.join(HERE, "data"))
    ap.add_argument("--corpora", default=DEFAULT_CORPORA)
    a = ap.parse_args()
    if a.docs < 1:
        ap.error("--docs must be positive")
    os.makedirs(a.out, exist_ok=True)
    base = load_base(a.corpora)
    write_docs(base, a.docs, a.out)
    v = Vocab(base)
    qpath = os.path.join(a.out, "queries.jsonl")
    if not os.path.exists(qpath):
        write_jsonl(qpath, make_queries(base, v, random.Random(7)))
    cases = make_cases(base, v, random.Random(11))
    write_jsonl(os.path.join(a.out, "cases-%d.jsonl" % a.docs), count_cases(base, v, cases, a.docs))


if __name__ == "__main__":
    main()
