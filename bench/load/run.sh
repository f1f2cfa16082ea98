#!/bin/sh
# run.sh -- load test of `veille serve`: requests per second and latency
# percentiles of GET /api/search with wrk (Debian's package), 16
# connections, on the benchmark corpus of bench/prepare.py (French and
# English news from ../shared/corpora, replicated to DOCS documents).
#
#   DOCS=300000 sh bench/load/run.sh        (default DOCS=20000)
#
# Steps: prepare bench/data/docs-DOCS.jsonl and queries.jsonl if missing
# (bench/prepare.py); ingest them into bench/data/load-DOCS.db if missing;
# write the request paths (every query of queries.jsonl but the analysis
# cases: one, two and three words and phrases, rare to frequent, French and
# English, URL-encoded, shuffled with a fixed seed; each asks for 10 hits
# with snippets and the facets); start the server on a free port with
# THREADS worker threads; warm up for 5 s; run wrk for DURATION; stop the
# server with SIGTERM.  Environment: VEILLE (the program: bin/veille), DOCS,
# THREADS (2), CONNECTIONS (16),
# WRK_THREADS (2), DURATION (30s), EXTRA (more query parameters, e.g.
# "&lang=fr"), CACHE_MB (the server's --cache-mb: 0, the default here,
# measures the engine with no result cache), STREAM (uniform: each path
# once per rotation; zipf: 300,000 requests drawn with Zipf's law, s = 1,
# over 10,332 distinct requests -- every query alone, in French, in English,
# each on pages 1 and 2 -- for a warm figure with CACHE_MB > 0; wrk then
# reports the cache's hit rate), RATE (requests per second over all the
# connections: each connection waits a random time between its requests,
# exponentially distributed with mean CONNECTIONS / RATE seconds, so that
# latency is measured at that rate rather than with the server saturated;
# empty, the default: as fast as the server answers).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
DOCS=${DOCS:-20000}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
WRK_THREADS=${WRK_THREADS:-2}
DURATION=${DURATION:-30s}
EXTRA=${EXTRA:-}
CACHE_MB=${CACHE_MB:-0}
STREAM=${STREAM:-uniform}
DATA=bench/data
PY=/usr/bin/python3
VEILLE=${VEILLE:-bin/veille} # the program to serve with (another build, to compare)

die() { printf 'load: %s\n' "$*" >&2; exit 1; }
command -v wrk >/dev/null 2>&1 || die "wrk is missing: sh scripts/install-deps.sh --bench"
[ -x "$VEILLE" ] || die "$VEILLE is missing: run make first"

if [ ! -s "$DATA/docs-$DOCS.jsonl" ] || [ ! -s "$DATA/queries.jsonl" ]; then
    echo "load: preparing $DOCS documents (bench/prepare.py)" >&2
    $PY bench/prepare.py --docs "$DOCS" --out "$DATA"
fi
DB=$DATA/load-$DOCS.db
if [ ! -s "$DB" ]; then
    echo "load: ingesting $DATA/docs-$DOCS.jsonl into $DB" >&2
    "$VEILLE" --db "$DB" ingest --quiet "$DATA/docs-$DOCS.jsonl"
fi

PATHS=$DATA/load-paths.txt
$PY - "$DATA/queries.jsonl" "$PATHS" "$EXTRA" "$STREAM" <<'PYEOF'
import bisect, itertools, json, random, sys, urllib.parse
src, dst, extra, stream = sys.argv[1:5]
qs = [json.loads(l)["q"] for l in open(src, encoding="utf-8") if l.strip()]
random.Random(6).shuffle(qs)
paths = ["/api/search?q=" + urllib.parse.quote(q, safe="") + extra for q in qs]
if stream == "zipf":
    # A larger set of distinct requests, ranked at random, drawn with
    # Zipf's law (the k-th most frequent with weight 1/k).
    paths = [p + lang + page for p in paths for lang in ("", "&lang=fr", "&lang=en")
             for page in ("", "&offset=10")]
    rng = random.Random(7)
    rng.shuffle(paths)
    cum = list(itertools.accumulate(1.0 / k for k in range(1, len(paths) + 1)))
    paths = [paths[bisect.bisect_left(cum, rng.random() * cum[-1])] for _ in range(300000)]
elif stream != "uniform":
    sys.exit("load: STREAM is uniform or zipf")
with open(dst, "w", encoding="utf-8") as f:
    for p in paths:
        f.write(p + "\n")
PYEOF
echo "load: $(wc -l < "$PATHS") request paths ($(sort -u "$PATHS" | wc -l) distinct, $STREAM) in $PATHS" >&2

OUT=$(mktemp)
"$VEILLE" --db "$DB" serve --port 0 --threads "$THREADS" --cache-mb "$CACHE_MB" >"$OUT" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -f "$OUT"' EXIT
# (The server builds its search arrays before it listens: seconds at 300k.)
for _ in $(seq 1 1200); do
    PORT=$(sed -n 's/.*127\.0\.0\.1:\([0-9][0-9]*\)\/.*/\1/p' "$OUT")
    [ -n "$PORT" ] && break
    sleep 0.1
done
[ -n "${PORT:-}" ] || die "the server did not start: $(cat "$OUT")"
URL=http://127.0.0.1:$PORT
echo "load: server pid $PID on $URL, $THREADS threads, --cache-mb $CACHE_MB; $(nproc) CPUs" >&2
# Warm-up: the page cache and SQLite's caches, as a running server has them.
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d5s -s bench/load/search.lua "$URL" -- "$PATHS" >/dev/null
GAP=
[ -n "${RATE:-}" ] && GAP=$(awk -v c="$CONNECTIONS" -v r="$RATE" 'BEGIN { printf "%.4f", 1000 * c / r }')
echo "load: wrk -t$WRK_THREADS -c$CONNECTIONS -d$DURATION --latency -s bench/load/search.lua $URL -- $PATHS $GAP" >&2
# shellcheck disable=SC2086
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/load/search.lua "$URL" -- "$PATHS" $GAP
kill -TERM $PID
wait $PID || die "the server did not exit cleanly"
trap - EXIT
rm -f "$OUT"
