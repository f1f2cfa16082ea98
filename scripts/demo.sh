#!/bin/sh
# demo.sh -- the main job on the example dispatches: ingest them into a
# fresh database, show its statistics, and run a few searches that show
# what the analyser does (accents, elision, stems, phrases, filters) and
# what extraction found (entities, quotations, events, a timeline), then
# serve the database: the API and the web page, until Ctrl-C.
#
# DEMO_SERVE=check (what .ci/run uses) starts the server on a free port,
# checks that it answers /healthz and the page, and stops it with SIGTERM
# instead of serving until interrupted.  DEMO_SERVE=no skips the server.
# PORT chooses the port (default 8080).
set -eu
cd "$(dirname "$0")/.."
db=${VEILLE_DB:-build/demo.db}
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-wal" "$db-shm"
v() { echo "\$ veille $*"; bin/veille --db "$db" "$@"; echo; }
v ingest examples/dispatches
v stats
v search --limit 3 manoeuvre
v search --limit 3 otan
v search --limit 3 baltik-2026
v search --limit 3 --lang en negotiation
v search --limit 3 '"central bank" OR "banque centrale"'
v search --limit 3 elysee
v search --limit 3 --from 2026-03-16 --to 2026-03-22 sommet OR summit
v search --limit 3 --mentions 2026-04
v show 2026-03-26-fr-norvalis-salaries-cse
v entities --limit 8
v entity otan
v quotes --limit 3 2>/dev/null || true
v events --limit 5
v timeline --limit 5 --entity otan
echo "database: $db (try: bin/veille --db $db search QUERY)"

case ${DEMO_SERVE:-yes} in
no) exit 0 ;;
check)
  log=$(mktemp)
  bin/veille --db "$db" serve --port 0 >"$log" 2>&1 &
  pid=$!
  url=""
  for _ in $(seq 1 100); do
    url=$(sed -n 's|.* on \(http://[^ ]*/\) .*|\1|p' "$log")
    [ -n "$url" ] && break
    sleep 0.1
  done
  [ -n "$url" ] || { cat "$log" >&2; kill "$pid"; echo "demo: the server did not start" >&2; exit 1; }
  python3 - "$url" <<'PY'
import json, sys, urllib.request
url = sys.argv[1]
health = json.load(urllib.request.urlopen(url + "healthz", timeout=10))
assert health.get("ok") is True and health.get("docs", 0) > 0, health
page = urllib.request.urlopen(url, timeout=10).read()
assert b"<html" in page.lower(), "no page at /"
print("demo: %s answers (%d dispatches) and serves the page" % (url, health["docs"]))
PY
  kill -TERM "$pid"
  wait "$pid"
  rm -f "$log"
  ;;
*)
  echo "open http://127.0.0.1:${PORT:-8080}/ in a browser (Ctrl-C stops the server)"
  exec bin/veille --db "$db" serve --port "${PORT:-8080}"
  ;;
esac
