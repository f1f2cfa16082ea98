#!/usr/bin/python3
"""report.py -- turns one benchmark run (a folder written by bench/run.sh)
into the Markdown tables of bench/results/latest.md.

  report.py RUNDIR > latest.md
  report.py --cases RUNDIR > cases.md     (every analysis case, per engine)

RUNDIR holds meta.txt and ingest-<engine>.txt (key=value lines), and the
per-query TSVs written by the engines: q-<engine>.tsv (latency set),
cases-<engine>.tsv (analysis cases), mode-<mode>.tsv (FTS5 query modes).
Percentiles are nearest-rank, as in bench/common.c.
"""
import csv
import json
import math
import os
import sys

ENGINES = [("veille", "veille"), ("fts5", "FTS5 unicode61"), ("xapian", "Xapian")]
CLASS_ORDER = ["w1-rare", "w1-medium", "w1-frequent", "w2", "w2-frequent", "w3", "w3-frequent",
               "phrase", "phrase-frequent"]


def kv(path):
    out = {}
    if os.path.exists(path):
        for line in open(path):
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                out[k] = v
    return out


def tsv(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def pct(v, p):
    v = sorted(v)
    k = max(1, min(len(v), math.ceil(p / 100.0 * len(v) - 1e-9)))
    return v[k - 1]


def fmt_ms(x):
    return "%.2f" % x if x < 10 else "%.1f" % x if x < 100 else "%.0f" % x


def ratio(a, b):
    return "%.2f×" % (a / b) if a is not None and b else "–"


def main(rundir):
    meta = kv(os.path.join(rundir, "meta.txt"))
    ing = {e: kv(os.path.join(rundir, "ingest-%s.txt" % e)) for e, _ in ENGINES}
    q = {e: tsv(os.path.join(rundir, "q-%s.tsv" % e)) for e, _ in ENGINES}
    q["xapian-nosnip"] = tsv(os.path.join(rundir, "q-xapian-nosnip.tsv"))
    q["veille-nototal"] = tsv(os.path.join(rundir, "q-veille-nototal.tsv"))
    q["veille-warm"] = tsv(os.path.join(rundir, "q-veille-warm.tsv"))
    q["veille-warm-once"] = tsv(os.path.join(rundir, "q-veille-warm-once.tsv"))
    cases = {e: tsv(os.path.join(rundir, "cases-%s.tsv" % e)) for e, _ in ENGINES}
    p = print
    docs = int(meta.get("docs", "0"))
    mb = int(meta.get("input_bytes", "0")) / 1e6
    p("# veille benchmark: %s documents" % "{:,}".format(docs))
    p()
    p("Run %s on %s (%s cores), %s, SQLite %s, Xapian %s, veille at commit %s, CFLAGS %s. "
      "Input: %s (%.1f MB of JSONL). Load average at the start: %s." % (
          meta.get("date", "?"), meta.get("cpu", "?"), meta.get("nproc", "?"), meta.get("os", "?"),
          meta.get("sqlite", "?"), meta.get("xapian", "?"), meta.get("commit", "?"), meta.get("cflags", "?"),
          meta.get("input", "?"), mb, meta.get("loadavg", "?")))
    p()
    # ------------------------------------------------------------ ingest
    p("## Ingest")
    p()
    if meta.get("veille_ingest", "0") != "0":
        p("veille ingested with `--no-extract` (NO_EXTRACT=1): the text analysis and the index, "
          "without the extraction (entities, time expressions, quotations, quantities, events), "
          "which `veille reannotate` adds later; the baselines extract nothing either.")
        p()
    p("| | " + " | ".join(n for _, n in ENGINES) + " |")
    p("|---|" + "---:|" * len(ENGINES))

    def num(e, k):
        v = ing[e].get(k)
        return float(v) if v not in (None, "") else None

    base_s = num("fts5", "seconds")
    rows = []
    cells = []
    for e, _ in ENGINES:
        s = num(e, "seconds")
        cells.append("%.1f" % s if s else "–")
    rows.append(("wall time (s)", cells))
    cells = []
    for e, _ in ENGINES:
        s = num(e, "seconds")
        if s:
            c = "%.2f" % (mb / s)
            if e != "fts5" and base_s:
                c += " (%s)" % ratio(base_s, s)
            cells.append(c)
        else:
            cells.append("–")
    rows.append(("input MB/s (× FTS5)", cells))
    cells = []
    for e, _ in ENGINES:
        s = num(e, "seconds")
        cells.append("{:,.0f}".format(docs / s) if s else "–")
    rows.append(("documents/s", cells))
    if any(num(e, "optimize_seconds") for e, _ in ENGINES):
        cells = []
        for e, _ in ENGINES:
            o = num(e, "optimize_seconds")
            cells.append("%.1f" % o if o is not None else "–")
        rows.append(("index merge after the load (s)", cells))
        cells = []
        for e, _ in ENGINES:
            s, o = num(e, "seconds"), num(e, "optimize_seconds")
            if s and o is not None:
                c = "%.2f" % (mb / (s + o))
                bs, bo = num("fts5", "seconds"), num("fts5", "optimize_seconds")
                if e != "fts5" and bs and bo is not None:
                    c += " (%s)" % ratio(bs + bo, s + o)
                cells.append(c)
            else:
                cells.append("–")
        rows.append(("input MB/s with the merge (× FTS5)", cells))
    cells = []
    for e, _ in ENGINES:
        r = num(e, "max_rss_kb")
        cells.append("%.0f" % (r / 1024) if r else "–")
    rows.append(("peak RSS (MB)", cells))
    base_db = num("fts5", "db_bytes")
    cells = []
    for e, _ in ENGINES:
        b = num(e, "db_bytes")
        if b:
            c = "%.0f" % (b / 1e6)
            if e != "fts5" and base_db:
                c += " (%s)" % ratio(b, base_db)
            cells.append(c)
        else:
            cells.append("–")
    rows.append(("database on disk (MB) (× FTS5)", cells))
    cells = []
    for e, _ in ENGINES:
        b = num(e, "db_bytes")
        cells.append("%.2f" % (b / 1e6 / mb) if b and mb else "–")
    rows.append(("database / input size", cells))
    rows.append(("load average after", [ing[e].get("loadavg_after", "–") for e, _ in ENGINES]))
    for label, c in rows:
        p("| %s | %s |" % (label, " | ".join(c)))
    p()
    # ------------------------------------------------------------ queries
    p("## Query latency (ms, warm cache, one measured run per query after a warm-up run)")
    p()
    p("Each cell: p50 / p99.  veille: vl_search, top 10 with snippets and the total count "
      "(what `veille search` prints), on a connection opened for the query, as each `veille search` "
      "is a new process.  veille warm: the same after vl_search_warm (the in-memory "
      "arrays a long-running process such as `veille serve` keeps; one pass over the match), "
      "measured after a first run of every query, so that each phrase's document count is remembered "
      "(src/search/bm25.c), as a server has it for words searched before.  warm, first sight: the same "
      "without that first run: a query's counts are remembered only where an earlier query of the "
      "file had the same words.  FTS5: the same SQL as veille (ranked CTE + snippets of the page + total).  "
      "Xapian: top 10 with MSet.snippet, estimated total, timed inside Python; "
      "\"no snip.\": the same without snippets (Xapian's matching alone).  "
      "Hits: mean matching documents per query (veille / FTS5 / Xapian estimate).")
    p()
    cols = [("veille", "veille"), ("veille-warm-once", "veille warm, first sight"), ("veille-warm", "veille warm"),
            ("fts5", "FTS5"), ("xapian", "Xapian"), ("xapian-nosnip", "Xapian no snip.")]
    cols = [(e, n) for e, n in cols if q.get(e)]
    p("| class | n | " + " | ".join(n for _, n in cols) + " | veille p50 ÷ FTS5 | warm p50 ÷ FTS5 | hits |")
    p("|---|---:|" + "---:|" * len(cols) + "---:|---:|---:|")
    present = []
    for e, _ in cols:
        for r in q[e]:
            if r["class"] not in present:
                present.append(r["class"])
    order = [c for c in CLASS_ORDER if c in present] + [c for c in present if c not in CLASS_ORDER]
    allv = {e: [] for e, _ in cols}
    for c in order + ["all"]:
        cells = []
        p50 = {}
        n = 0
        for e, _ in cols:
            if c == "all":
                v = allv[e]
            else:
                v = [float(r["ms"]) for r in q[e] if r["class"] == c]
                allv[e].extend(v)
            n = max(n, len(v))
            if v:
                p50[e] = pct(v, 50)
                cells.append("%s / %s" % (fmt_ms(pct(v, 50)), fmt_ms(pct(v, 99))))
            else:
                cells.append("–")
        hits = []
        for e in ("veille", "fts5", "xapian"):
            if q.get(e) and c != "all":
                t = [int(r["total"]) for r in q[e] if r["class"] == c]
                hits.append("%.0f" % (sum(t) / len(t)) if t and min(t) >= 0 else "–")
            else:
                hits.append("–")
        label = "**all**" if c == "all" else c
        p("| %s | %d | %s | %s | %s | %s |" % (label, n, " | ".join(cells),
                                               ratio(p50.get("veille"), p50.get("fts5")),
                                               ratio(p50.get("veille-warm"), p50.get("fts5")), " / ".join(hits)))
    p()
    if q.get("veille-nototal"):
        v = [float(r["ms"]) for r in q["veille-nototal"]]
        p("veille without the total count (`veille search --json`): all queries p50 %s ms, p99 %s ms." % (
            fmt_ms(pct(v, 50)), fmt_ms(pct(v, 99))))
        p()
    # ------------------------------------------------------------ FTS5 modes
    modes = [(m, tsv(os.path.join(rundir, "mode-%s.tsv" % m))) for m in ("match", "count", "rank", "full", "naive")]
    modes = [(m, t) for m, t in modes if t]
    if modes:
        p("## Where FTS5's time goes (baseline database, p50 / p99 ms)")
        p()
        p("match: `MATCH … LIMIT 10` unranked; count: `count(*)` of the matches; rank: `ORDER BY rank LIMIT 10` "
          "(BM25 over every match); full: the ranked page with snippets, then count(*) (veille's SQL); "
          "naive: the ranked page with snippets, without the count.")
        p()
        p("| class | mean matches | " + " | ".join(m for m, _ in modes) + " |")
        p("|---|---:|" + "---:|" * len(modes) + "")
        for c in order:
            cells = []
            for m, t in modes:
                v = [float(r["ms"]) for r in t if r["class"] == c]
                cells.append("%s / %s" % (fmt_ms(pct(v, 50)), fmt_ms(pct(v, 99))) if v else "–")
            tot = [int(r["total"]) for r in (q.get("fts5") or []) if r["class"] == c]
            p("| %s | %s | %s |" % (c, "%.0f" % (sum(tot) / len(tot)) if tot else "–", " | ".join(cells)))
        p()
    # ------------------------------------------------------------ analysis cases
    casefile = meta.get("cases")
    if casefile and os.path.exists(casefile) and any(cases.values()):
        exp = [json.loads(l) for l in open(casefile, encoding="utf-8") if l.strip()]
        p("## Analysis cases (documents found)")
        p()
        p("Queries whose matches need the analysis, drawn from the corpus by bench/prepare.py.  "
          "*literal*: documents holding the query's own spelling as a word; *expected*: those plus the documents "
          "holding only the variant (accented, elided, plural, ligature spelling).  Engine cells: matching "
          "documents (sum over the cases) and, in brackets, the cases where the engine found at least the "
          "expected number (an engine that stems may find more: other forms of the word).")
        p()
        ce = [e for e, _ in ENGINES if cases.get(e)]
        p("| kind | cases | example | literal | expected | " + " | ".join(n for e, n in ENGINES if e in ce) + " |")
        p("|---|---:|---|---:|---:|" + "---:|" * len(ce))
        kinds = []
        for x in exp:
            if x["kind"] not in kinds:
                kinds.append(x["kind"])
        for k in kinds:
            idx = [i for i, x in enumerate(exp) if x["kind"] == k]
            lit = sum(exp[i]["literal_docs"] for i in idx)
            ex = sum(exp[i]["expected_docs"] for i in idx)
            ex0 = exp[idx[0]]
            cells = []
            for e in ce:
                rows = cases[e]
                tot = sum(max(0, int(rows[i]["total"])) for i in idx)
                ok = sum(1 for i in idx if int(rows[i]["total"]) >= exp[i]["expected_docs"])
                cells.append("{:,} ({}/{})".format(tot, ok, len(idx)))
            p("| %s | %d | `%s` → %s | %s | %s | %s |" % (k, len(idx), ex0["q"], ex0["variant"],
                                                         "{:,}".format(lit), "{:,}".format(ex), " | ".join(cells)))
        p()


def case_detail(rundir):
    meta = kv(os.path.join(rundir, "meta.txt"))
    exp = [json.loads(l) for l in open(meta["cases"], encoding="utf-8") if l.strip()]
    cases = {e: tsv(os.path.join(rundir, "cases-%s.tsv" % e)) for e, _ in ENGINES}
    ce = [(e, n) for e, n in ENGINES if cases.get(e)]
    print("# Analysis cases, %s documents: matching documents per engine" % meta.get("docs", "?"))
    print()
    print("A cell is marked * when the engine found fewer documents than expected.")
    print()
    print("| kind | lang | query | variant | literal | expected | " + " | ".join(n for _, n in ce) + " |")
    print("|---|---|---|---|---:|---:|" + "---:|" * len(ce))
    for i, x in enumerate(exp):
        cells = []
        for e, _ in ce:
            t = int(cases[e][i]["total"])
            cells.append("{:,}{}".format(t, "*" if t < x["expected_docs"] else ""))
        print("| %s | %s | `%s` | %s | %s | %s | %s |" % (x["kind"], x["lang"], x["q"], x["variant"],
                                                       "{:,}".format(x["literal_docs"]),
                                                       "{:,}".format(x["expected_docs"]), " | ".join(cells)))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--cases":
        case_detail(sys.argv[2])
    elif len(sys.argv) == 2:
        main(sys.argv[1])
    else:
        sys.exit("usage: report.py [--cases] RUNDIR")
