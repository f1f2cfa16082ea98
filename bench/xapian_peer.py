#!/usr/bin/python3
"""xapian_peer.py -- the Xapian peer of the benchmark (python3-xapian).

  xapian_peer.py index DBDIR DOCS.jsonl DOCS.lang
  xapian_peer.py query [--exact] [--no-snippets] DBDIR QUERIES.jsonl OUT.tsv

index: reads the same JSONL as veille and the FTS5 baseline; DOCS.lang (one
"fr"/"en" per line, written by prepare.py) picks the Snowball stemmer of each
document.  Each document goes through a TermGenerator (French or English
stemmer, default stemming strategy STEM_SOME, positions kept for phrases;
the title indexed with wdf 2, like veille's BM25 weight of 2 for titles),
its id as a unique Q term (replace_document: ingest is idempotent by id, as
in veille), and id/date/title/text as document data (for hits and
snippets).  A commit every 2,000 documents, like veille's transactions.

query: a QueryParser per language (that language's stemmer, STEM_SOME,
default operator AND, FLAG_DEFAULT which includes FLAG_PHRASE), the top 10
from Enquire.get_mset, and for each hit its stored data and a snippet
(MSet.snippet), as a user would see.  Every query runs once as warm-up, then
once measured; the latency is time.perf_counter() around parsing, matching
and reading the 10 hits with snippets (the Python interpreter's start and the
database opening are not counted).  The total is Xapian's estimate, as a
Xapian user gets it; --exact asks for the exact count (analysis cases).
--no-snippets leaves out the snippets (and the decoding of the stored data),
which in Python cost more than the match itself: Xapian's own matching time.
"""
import json
import sys
import time

import xapian

BATCH_DOCS = 2000
STEMMERS = {"fr": "french", "en": "english"}


def die(msg):
    print("xapian_peer: " + msg, file=sys.stderr)
    sys.exit(1)


def index(dbdir, docs_path, lang_path):
    db = xapian.WritableDatabase(dbdir, xapian.DB_CREATE_OR_OPEN)
    stems = {k: xapian.Stem(v) for k, v in STEMMERS.items()}
    tg = xapian.TermGenerator()
    tg.set_stemming_strategy(tg.STEM_SOME)
    n = 0
    with open(docs_path, encoding="utf-8") as docs, open(lang_path) as langs:
        for line in docs:
            lang = langs.readline().strip()
            if lang not in stems:
                die("%s: line %d: no language" % (lang_path, n + 1))
            o = json.loads(line)
            doc = xapian.Document()
            tg.set_stemmer(stems[lang])
            tg.set_document(doc)
            title = o.get("title")
            if title:
                tg.index_text(title, 2)
                tg.increase_termpos()
            tg.index_text(o["text"])
            idterm = "Q" + o["id"]
            doc.add_boolean_term(idterm)
            doc.set_data(json.dumps({"id": o["id"], "date": o["date"], "title": title, "lang": lang,
                                     "text": o["text"]}, ensure_ascii=False))
            db.replace_document(idterm, doc)
            n += 1
            if n % BATCH_DOCS == 0:
                db.commit()
        if langs.readline():
            die("%s has more lines than %s" % (lang_path, docs_path))
    db.commit()
    db.close()
    print("xapian_peer: %d documents indexed" % n, file=sys.stderr)


def query(dbdir, qpath, out, exact, snippets=True, engine="xapian"):
    db = xapian.Database(dbdir)
    qs = [json.loads(l) for l in open(qpath, encoding="utf-8") if l.strip()]
    parsers = {}
    for lang, name in STEMMERS.items():
        qp = xapian.QueryParser()
        qp.set_stemmer(xapian.Stem(name))
        qp.set_stemming_strategy(qp.STEM_SOME)
        qp.set_default_op(xapian.Query.OP_AND)
        qp.set_database(db)
        parsers[lang] = qp
    stems = {k: xapian.Stem(v) for k, v in STEMMERS.items()}
    enquire = xapian.Enquire(db)
    check = db.get_doccount() if exact else 0
    flags = xapian.QueryParser.FLAG_DEFAULT

    def run(q):
        t0 = time.perf_counter()
        query = parsers[q["lang"]].parse_query(q["q"], flags)
        enquire.set_query(query)
        mset = enquire.get_mset(0, 10, check)
        n = 0
        for m in mset:
            data = m.document.get_data()
            if snippets:
                mset.snippet(json.loads(data)["text"], 200, stems[q["lang"]])
            n += 1
        total = mset.get_matches_estimated()
        return (time.perf_counter() - t0) * 1e3, n, total

    for q in qs:  # warm-up
        run(q)
    rows = [run(q) for q in qs]
    with open(out, "w", encoding="utf-8") as f:
        f.write("engine\tclass\tlang\tms\treturned\ttotal\tquery\n")
        for q, (ms, n, total) in zip(qs, rows):
            f.write("%s\t%s\t%s\t%.4f\t%d\t%d\t%s\n" % (engine, q["class"], q["lang"], ms, n, total, q["q"]))
    # the per-class summary, like the C programs print
    classes = []
    for q in qs:
        if q["class"] not in classes:
            classes.append(q["class"])
    print("%-14s %-18s %5s %9s %9s %9s %9s %10s" % (engine, "class", "n", "p50 ms", "p90 ms", "p99 ms",
                                                    "max ms", "mean hits"))
    for c in classes:
        v = sorted(r[0] for q, r in zip(qs, rows) if q["class"] == c)
        hits = [r[2] for q, r in zip(qs, rows) if q["class"] == c]

        def pct(p):
            k = max(1, min(len(v), int(p / 100.0 * len(v) + 0.999999)))
            return v[k - 1]
        print("%-14s %-18s %5d %9.3f %9.3f %9.3f %9.3f %10.1f" % ("", c, len(v), pct(50), pct(90), pct(99),
                                                                v[-1], sum(hits) / len(hits)))


def main(argv):
    if len(argv) == 5 and argv[1] == "index":
        index(argv[2], argv[3], argv[4])
    elif len(argv) >= 5 and argv[1] == "query":
        rest = argv[2:]
        opts = set()
        while rest and rest[0] in ("--exact", "--no-snippets"):
            opts.add(rest.pop(0))
        if len(rest) != 3:
            die("usage: xapian_peer.py query [--exact] [--no-snippets] DBDIR QUERIES.jsonl OUT.tsv")
        snippets = "--no-snippets" not in opts
        query(rest[0], rest[1], rest[2], "--exact" in opts, snippets, "xapian" if snippets else "xapian-nosnip")
    else:
        die("usage: xapian_peer.py index DBDIR DOCS.jsonl DOCS.lang | query [--exact] DBDIR QUERIES.jsonl OUT.tsv")


if __name__ == "__main__":
    main(sys.argv)
