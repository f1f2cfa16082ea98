#!/bin/sh
# no_extract.sh -- what the extraction costs at ingest: `veille ingest`
# (full), `veille ingest --no-extract`, then `veille reannotate` of that
# database, and the FTS5 baseline, on the same documents, one process at a
# time, alternating for ROUNDS rounds; then a kill -9 of a reannotate run
# half-way, a second run to finish it, and a check that its extraction
# tables hold what the full ingest's do.
#
#   DOCS=20000 ROUNDS=2 nice -n 10 sh bench/no_extract.sh
#
# Needs bench/data/docs-DOCS.jsonl (bench/prepare.py) and bench/build/
# fts5_baseline (bench/run.sh builds it).  Prints one line per process:
# label, wall seconds, user CPU seconds, system CPU seconds, peak RSS MB,
# database MB; writes nothing outside $TMP (default: a fresh mktemp -d).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DOCS=${DOCS:-20000}
ROUNDS=${ROUNDS:-2}
VEILLE=${VEILLE:-$ROOT/bin/veille}
FTS5=${FTS5:-$ROOT/bench/build/fts5_baseline}
IN=$ROOT/bench/data/docs-$DOCS.jsonl
TMP=${TMP_DIR:-$(mktemp -d)}
export VEILLE_MODELS=${VEILLE_MODELS:-$ROOT/models}
[ -s "$IN" ] || { echo "no_extract: $IN missing (bench/prepare.py --docs $DOCS)" >&2; exit 1; }
[ -x "$FTS5" ] || { echo "no_extract: $FTS5 missing (sh bench/run.sh builds it)" >&2; exit 1; }

# run LABEL DB CMD...: one process under /usr/bin/time -v.
run() {
    label=$1 db=$2
    shift 2
    /usr/bin/time -v -o "$TMP/time" "$@" >/dev/null 2>"$TMP/err" || { cat "$TMP/err" >&2; exit 1; }
    awk -v l="$label" -v mb="$(du -cm "$db"* 2>/dev/null | tail -1 | cut -f1)" '
        /Elapsed \(wall clock\)/ { n = split($NF, t, ":"); w = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
        /User time/ { u = $NF } /System time/ { s = $NF } /Maximum resident/ { r = $NF / 1024 }
        END { printf "%-24s wall %7.1f s  user %6.1f s  sys %5.1f s  rss %4.0f MB  db %4d MB\n", l, w, u, s, r, mb }' "$TMP/time"
}

echo "docs=$DOCS rounds=$ROUNDS load=$(cut -d' ' -f1-3 /proc/loadavg) veille=$(git -C "$ROOT" rev-parse --short HEAD)"
for r in $(seq 1 "$ROUNDS"); do
    rm -f "$TMP"/full.db* "$TMP"/lazy.db* "$TMP"/fts5.db*
    run "full r$r" "$TMP/full.db" "$VEILLE" --db "$TMP/full.db" ingest --quiet "$IN"
    run "no-extract r$r" "$TMP/lazy.db" "$VEILLE" --db "$TMP/lazy.db" ingest --quiet --no-extract "$IN"
    run "reannotate r$r" "$TMP/lazy.db" "$VEILLE" --db "$TMP/lazy.db" reannotate --quiet
    run "fts5 r$r" "$TMP/fts5.db" "$FTS5" ingest "$TMP/fts5.db" "$IN"
done
echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"

# The same tables from a no-extract ingest and a reannotate killed half-way
# then run again as from the full ingest.
COUNTS="SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM mentions),
 (SELECT count(*) FROM entity_aliases), (SELECT count(*) FROM entity_keys), (SELECT count(*) FROM entity_docs),
 (SELECT sum(mentions) FROM entities), (SELECT count(*) FROM timexes), (SELECT count(*) FROM quotes),
 (SELECT count(*) FROM quantities), (SELECT count(*) FROM events)"
rm -f "$TMP"/lazy.db*
"$VEILLE" --db "$TMP/lazy.db" ingest --quiet --no-extract "$IN"
"$VEILLE" --db "$TMP/lazy.db" reannotate --quiet --batch 500 &
pid=$!
sleep "${KILL_AFTER:-20}"
kill -9 $pid 2>/dev/null || true
wait $pid 2>/dev/null || true
echo "after kill -9: $("$VEILLE" --db "$TMP/lazy.db" stats | grep annotated:)"
"$VEILLE" --db "$TMP/lazy.db" reannotate
echo "after the second run: $("$VEILLE" --db "$TMP/lazy.db" stats | grep annotated:)"
full=$(sqlite3 "$TMP/full.db" "$COUNTS")
lazy=$(sqlite3 "$TMP/lazy.db" "$COUNTS")
echo "full ingest:            $full"
echo "no-extract, reannotate: $lazy"
[ "$full" = "$lazy" ] && echo "same rows" || echo "ROWS DIFFER"
[ -n "${TMP_DIR:-}" ] || rm -rf "$TMP"
