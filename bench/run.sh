#!/bin/sh
# run.sh -- the veille benchmark: veille beside plain SQLite FTS5 (unicode61
# remove_diacritics 2) and Xapian, on the same documents and queries.
#
#   make bench                      (DOCS=300000, the target size)
#   DOCS=20000 sh bench/run.sh      (a quick run)
#
# Steps: prepare the data if missing (bench/prepare.py -> bench/data/), build
# the C programs, then for each engine: ingest (wall time, input MB/s, peak
# RSS from /usr/bin/time -v, database size), query latency per class, and
# the analysis cases.  Engines run one after the other, never at once.
# Writes bench/results/run-<DOCS>-<time>/ and bench/results/latest.md, and
# prints the latter.  Environment: DOCS (300000), CC (cc), CFLAGS (-O2 -g),
# KEEP_DB=1 keeps the databases in bench/data/db-<DOCS>/ after the run;
# XAPIAN=0 leaves the Xapian peer out (its columns then read "–"), for a
# quick veille-against-FTS5 run on a busy machine.  NO_EXTRACT=1 ingests
# with `veille ingest --no-extract` (the text analysis and the index, the
# extraction left to `veille reannotate`): the foundation's comparison
# with FTS5, which extracts nothing either.  OPTIMIZE=0 skips merging the
# two SQLite indexes after the load (`veille optimize`, FTS5's 'optimize';
# timed apart from the ingest); by default the queries run on merged ones.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
DOCS=${DOCS:-300000}
CC=${CC:-cc}
CFLAGS=${CFLAGS:--O2 -g}
PY=/usr/bin/python3
DATA=bench/data
BUILD=bench/build

say() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

case $DOCS in
'' | *[!0-9]*) die "DOCS must be a number of documents, not '$DOCS'" ;;
esac
[ "$DOCS" -ge 1000 ] || die "DOCS=$DOCS is too small (at least 1000)"

# --------------------------------------------------------------- tools
need_pkgs=""
[ -x /usr/bin/time ] || need_pkgs="$need_pkgs time"
$PY -c 'import xapian' 2>/dev/null || need_pkgs="$need_pkgs python3-xapian"
command -v xapian-delve >/dev/null 2>&1 || need_pkgs="$need_pkgs xapian-tools"
if [ -n "$need_pkgs" ]; then
    [ "$(id -u)" -eq 0 ] || die "missing Debian packages:$need_pkgs (apt-get install them as root)"
    say "installing$need_pkgs"
    apt-get update -qq && apt-get install -y -qq $need_pkgs >/dev/null || die "apt-get install$need_pkgs failed"
fi
[ -x bin/veille ] && [ -f lib/libveille.a ] || die "bin/veille or lib/libveille.a missing: run make first"

# --------------------------------------------------------------- data
IN=$DATA/docs-$DOCS.jsonl
LANGS=$DATA/docs-$DOCS.lang
QUERIES=$DATA/queries.jsonl
CASES=$DATA/cases-$DOCS.jsonl
if [ ! -s "$IN" ] || [ ! -s "$LANGS" ] || [ ! -s "$QUERIES" ] || [ ! -s "$CASES" ]; then
    say "preparing $DOCS documents and the query sets (bench/prepare.py)"
    $PY bench/prepare.py --docs "$DOCS" --out "$DATA"
fi

# --------------------------------------------------------------- build
say "building the benchmark programs"
mkdir -p "$BUILD"
WARN="-Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla"
STD="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE"
PKGS="sqlite3 libutf8proc jansson zlib libzstd libxxhash"
# shellcheck disable=SC2086
$CC $STD $WARN $CFLAGS $(pkg-config --cflags sqlite3 jansson libxxhash) -o $BUILD/fts5_baseline \
    bench/fts5_baseline.c bench/common.c $(pkg-config --libs sqlite3 jansson libxxhash)
# shellcheck disable=SC2086
$CC $STD $WARN $CFLAGS -Iinclude $(pkg-config --cflags $PKGS) -o $BUILD/query_bench \
    bench/query_bench.c bench/common.c lib/libveille.a $(pkg-config --libs $PKGS) -lstemmer -lm -pthread

# --------------------------------------------------------------- run
STAMP=$(date +%Y%m%d-%H%M%S)
RUN=bench/results/run-$DOCS-$STAMP
DB=$DATA/db-$DOCS
mkdir -p "$RUN"
rm -rf "$DB"
mkdir -p "$DB"
INPUT_BYTES=$(stat -L -c %s "$IN")
{
    echo "docs=$DOCS"
    echo "input=$IN"
    echo "input_bytes=$INPUT_BYTES"
    echo "cases=$CASES"
    echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
    echo "nproc=$(nproc)"
    echo "cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
    echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
    echo "sqlite=$(pkg-config --modversion sqlite3)"
    echo "xapian=$($PY -c 'import xapian; print(xapian.version_string())')"
    echo "cflags=$CFLAGS"
    echo "commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "loadavg=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "veille_ingest=${NO_EXTRACT:-0}"
} >"$RUN/meta.txt"

now() { date +%s.%N; }

# ingest ENGINE DBPATH COMMAND...: times one ingest, records its figures.
ingest() {
    engine=$1 dbpath=$2
    shift 2
    say "ingest: $engine ($DOCS documents, $((INPUT_BYTES / 1000000)) MB)"
    t0=$(now)
    /usr/bin/time -v -o "$RUN/time-$engine.txt" "$@" >"$RUN/ingest-$engine.log" 2>&1 ||
        { tail -20 "$RUN/ingest-$engine.log" >&2; die "$engine ingest failed (log: $RUN/ingest-$engine.log)"; }
    t1=$(now)
    secs=$(echo "$t0 $t1" | awk '{printf "%.3f", $2 - $1}')
    rss=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$RUN/time-$engine.txt")
    bytes=$(du -cb $dbpath | tail -1 | cut -f1)
    {
        echo "seconds=$secs"
        echo "max_rss_kb=$rss"
        echo "db_bytes=$bytes"
        echo "loadavg_after=$(cut -d' ' -f1-3 /proc/loadavg)"
    } >"$RUN/ingest-$engine.txt"
    echo "$engine: $secs s, $(echo "$INPUT_BYTES $secs" | awk '{printf "%.2f", $1 / 1e6 / $2}') MB/s," \
        "peak RSS $((rss / 1024)) MB, database $((bytes / 1000000)) MB" >&2
}

VEILLE_INGEST="ingest --quiet"
[ "${NO_EXTRACT:-0}" = 0 ] || VEILLE_INGEST="ingest --quiet --no-extract"
ingest veille "$DB/veille.db*" bin/veille --db "$DB/veille.db" $VEILLE_INGEST "$IN"
ingest fts5 "$DB/fts5.db*" $BUILD/fts5_baseline ingest "$DB/fts5.db" "$IN"
[ "${XAPIAN:-1}" = 0 ] || ingest xapian "$DB/xapian" $PY bench/xapian_peer.py index "$DB/xapian" "$IN" "$LANGS"

# merge ENGINE COMMAND...: times merging the index into one segment after
# the bulk load (`veille optimize`, FTS5's 'optimize'), as a user of either
# does after loading an archive; the queries below run on merged indexes.
# OPTIMIZE=0 leaves the indexes as the ingest left them.
merge() {
    engine=$1
    shift
    t0=$(now)
    "$@" >"$RUN/optimize-$engine.log" 2>&1 || die "$engine optimize failed (log: $RUN/optimize-$engine.log)"
    t1=$(now)
    secs=$(echo "$t0 $t1" | awk '{printf "%.3f", $2 - $1}')
    echo "optimize_seconds=$secs" >>"$RUN/ingest-$engine.txt"
    echo "$engine: index merged in $secs s" >&2
}
if [ "${OPTIMIZE:-1}" != 0 ]; then
    say "merging the indexes (OPTIMIZE=0 skips it)"
    merge veille bin/veille --db "$DB/veille.db" optimize
    merge fts5 $BUILD/fts5_baseline optimize "$DB/fts5.db"
fi
bin/veille --db "$DB/veille.db" stats --json >"$RUN/veille-stats.json" || die "veille stats failed"
grep -q "\"docs\": *$DOCS[,}]" "$RUN/veille-stats.json" ||
    echo "bench: warning: veille holds a different number of documents than $DOCS: see $RUN/veille-stats.json" >&2

say "queries: veille"
$BUILD/query_bench "$DB/veille.db" "$QUERIES" "$RUN/q-veille.tsv"
$BUILD/query_bench --no-total "$DB/veille.db" "$QUERIES" "$RUN/q-veille-nototal.tsv" >/dev/null
$BUILD/query_bench --warm --once "$DB/veille.db" "$QUERIES" "$RUN/q-veille-warm-once.tsv"
$BUILD/query_bench --warm "$DB/veille.db" "$QUERIES" "$RUN/q-veille-warm.tsv"
say "queries: FTS5 baseline"
$BUILD/fts5_baseline query "$DB/fts5.db" "$QUERIES" "$RUN/q-fts5.tsv"
cp "$RUN/q-fts5.tsv" "$RUN/mode-full.tsv"
for mode in match count rank naive; do
    $BUILD/fts5_baseline query --mode $mode "$DB/fts5.db" "$QUERIES" "$RUN/mode-$mode.tsv" >/dev/null
done
if [ "${XAPIAN:-1}" != 0 ]; then
    say "queries: Xapian"
    $PY bench/xapian_peer.py query "$DB/xapian" "$QUERIES" "$RUN/q-xapian.tsv"
    $PY bench/xapian_peer.py query --no-snippets "$DB/xapian" "$QUERIES" "$RUN/q-xapian-nosnip.tsv" >/dev/null
fi

say "analysis cases"
$BUILD/query_bench "$DB/veille.db" "$CASES" "$RUN/cases-veille.tsv" >/dev/null
$BUILD/fts5_baseline query "$DB/fts5.db" "$CASES" "$RUN/cases-fts5.tsv" >/dev/null
[ "${XAPIAN:-1}" = 0 ] ||
    $PY bench/xapian_peer.py query --exact --no-snippets "$DB/xapian" "$CASES" "$RUN/cases-xapian.tsv" >/dev/null

$PY bench/report.py "$RUN" >"$RUN/report.md"
$PY bench/report.py --cases "$RUN" >"$RUN/cases.md"
cp "$RUN/report.md" bench/results/latest.md
[ "${KEEP_DB:-0}" = 1 ] || rm -rf "$DB"
say "bench/results/latest.md (run folder: $RUN; every analysis case: $RUN/cases.md)"
cat bench/results/latest.md
