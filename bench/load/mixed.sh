#!/bin/sh
# mixed.sh -- does a cached answer wait behind a slow search?  Two wrk
# clients at once against one `veille serve` on the load test's database:
# HITS connections (4) replay 200 requests the server has already answered
# (every one a cache hit, X-Cache), while SLOW connections (2) ask for
# frequent-word searches that are never in the cache (each query of the
# w1-frequent and w2-frequent classes of queries.jsonl on pages 1 to 100,
# shuffled).  Prints the hits' requests per second and latency percentiles
# and the slow searches' rate.  Before a cache hit was answered on its own
# network thread, a hit queued behind any slow search that thread was
# running.
#
#   VEILLE=bin/veille DOCS=300000 sh bench/load/mixed.sh
#
# Environment: VEILLE (the program: bin/veille), DOCS (300000: the
# database bench/load/run.sh made, bench/data/load-DOCS.db), THREADS (2),
# HITS (4), SLOW (2), DURATION (10s).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
VEILLE=${VEILLE:-bin/veille}
DOCS=${DOCS:-300000}
THREADS=${THREADS:-2}
HITS=${HITS:-4}
SLOW=${SLOW:-2}
DURATION=${DURATION:-10s}
DB=bench/data/load-$DOCS.db
PY=/usr/bin/python3

die() { printf 'mixed: %s\n' "$*" >&2; exit 1; }
command -v wrk >/dev/null 2>&1 || die "wrk is missing: sh scripts/install-deps.sh --bench"
[ -x "$VEILLE" ] || die "$VEILLE is missing: run make first"
[ -s "$DB" ] || die "$DB is missing: run DOCS=$DOCS sh bench/load/run.sh first"

TMP=$(mktemp -d)
trap 'kill $PID 2>/dev/null; rm -rf "$TMP"' EXIT
$PY - bench/data/queries.jsonl "$TMP" <<'PYEOF'
import json, random, sys, urllib.parse
src, out = sys.argv[1:3]
rows = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
enc = lambda q: "/api/search?q=" + urllib.parse.quote(q, safe="")
hits = [enc(r["q"]) for r in rows if not r["class"].endswith("frequent")]
random.Random(5).shuffle(hits)
slow = [enc(r["q"]) + "&offset=%d" % off for r in rows if r["class"] in ("w1-frequent", "w2-frequent")
        for off in range(0, 1000, 10)]
random.Random(3).shuffle(slow)
open(out + "/hits.txt", "w").write("\n".join(hits[:200]) + "\n")
open(out + "/slow.txt", "w").write("\n".join(slow) + "\n")
PYEOF

"$VEILLE" --db "$DB" serve --port 0 --threads "$THREADS" --cache-mb 64 >"$TMP/serve.out" 2>&1 &
PID=$!
for _ in $(seq 1 1200); do
    PORT=$(sed -n 's/.*127\.0\.0\.1:\([0-9][0-9]*\)\/.*/\1/p' "$TMP/serve.out")
    [ -n "$PORT" ] && break
    sleep 0.1
done
[ -n "${PORT:-}" ] || die "the server did not start: $(cat "$TMP/serve.out")"
URL=http://127.0.0.1:$PORT
# Every hit path answered once, so that the measured ones are all cached.
wrk -t1 -c"$HITS" -d3s -s bench/load/search.lua "$URL" -- "$TMP/hits.txt" >/dev/null
echo "mixed: $VEILLE, $THREADS threads; $HITS connections of cached searches while $SLOW run uncached frequent-word searches" >&2
wrk -t1 -c"$SLOW" -d"$DURATION" --latency -s bench/load/search.lua "$URL" -- "$TMP/slow.txt" >"$TMP/slow.out" 2>&1 &
W=$!
sleep 1
wrk -t1 -c"$HITS" -d"$DURATION" --latency -s bench/load/search.lua "$URL" -- "$TMP/hits.txt" >"$TMP/hits.out" 2>&1
wait $W
kill -TERM $PID
wait $PID || die "the server did not exit cleanly"
pct() { sed -n "s/^ *$1% *\([^ ]*\)$/\1/p" "$2" | head -1; }
printf 'cached: %s req/s, p50 %s, p90 %s, p99 %s (%s)\n' \
    "$(sed -n 's/^Requests\/sec: *//p' "$TMP/hits.out")" "$(pct 50 "$TMP/hits.out")" "$(pct 90 "$TMP/hits.out")" \
    "$(pct 99 "$TMP/hits.out")" "$(sed -n 's/^cache hits: //p' "$TMP/hits.out")"
printf 'slow:   %s req/s, p50 %s, p99 %s\n' "$(sed -n 's/^Requests\/sec: *//p' "$TMP/slow.out")" \
    "$(pct 50 "$TMP/slow.out")" "$(pct 99 "$TMP/slow.out")"
