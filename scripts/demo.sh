#!/bin/sh
# demo.sh -- the main job on the example dispatches: ingest them into a
# fresh database, show its statistics, and run a few searches that show
# what the analyser does (accents, elision, stems, phrases, filters).
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
echo "database: $db (try: bin/veille --db $db search QUERY)"
