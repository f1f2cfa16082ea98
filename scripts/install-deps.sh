#!/bin/sh
# install-deps.sh -- installs, from Debian's packages, what veille needs to
# build and test (and with --bench, what its benchmarks compare against:
# Xapian, hyperfine, wrk, and node with npm for bench/ner's compromise).
# python3, iso-codes, hunspell-fr and libgeonames-common are the sources of
# the entity gazetteers (scripts/gazetteers.py, make gazetteers); with
# apertium-fr-es, apertium-eng-spa and lttoolbox-dev (its lt-print), of the
# table that links French and English names (scripts/entity-links.py);
# apertium-eng-spa (through lt-print), wordnet-base, miscfiles and
# python3-fake-factory, with iso-codes, of the English model's name lists
# (scripts/gazetteers.py's second folder).  fasttext learns the skip-gram
# vectors of the entity tagger's second word clustering (make clusters).
# Run as root on Debian 12.  Packages already present are left alone, so a
# machine that has everything is not touched (and needs no network).
set -eu

core="gcc make pkg-config libc6-dev sqlite3 libsqlite3-dev libstemmer-dev libutf8proc-dev \
libjansson-dev zlib1g-dev libzstd-dev libxxhash-dev libmicrohttpd-dev libcmocka-dev liblbfgs-dev gzip zstd xz-utils \
clang libclang-rt-14-dev python3 iso-codes hunspell-fr libgeonames-common \
apertium-fr-es apertium-eng-spa lttoolbox-dev wordnet-base miscfiles python3-fake-factory fasttext"
bench="python3 xapian-tools python3-xapian time hyperfine wrk"

want=$core
[ "${1:-}" = "--bench" ] && want="$core $bench"

# The web page's libraries come from the npm registry at build time (npm ci
# in web/), its end-to-end tests (make e2e) drive Debian's headless
# Chromium through playwright-core (npm ci in tests/e2e/; no browser is
# downloaded). A node that already brings its npm is kept.
want="$want chromium"
command -v npm >/dev/null 2>&1 || want="$want nodejs npm"

# The npm packages of web/ and tests/e2e/, as their lock files pin them;
# skipped when they are there and newer than the lock file.
npm_deps() {
  root=$(cd "$(dirname "$0")/.." && pwd)
  for d in web tests/e2e; do
    [ -f "$root/$d/package-lock.json" ] || continue
    if [ ! -f "$root/$d/node_modules/.package-lock.json" ] ||
       [ "$root/$d/package-lock.json" -nt "$root/$d/node_modules/.package-lock.json" ]; then
      echo "install-deps: npm ci in $d"
      (cd "$root/$d" && npm ci --no-audit --no-fund --ignore-scripts)
    fi
  done
}

missing=""
for p in $want; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
  npm_deps
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages:$missing" >&2
  echo "install-deps: run as root (or: sudo apt-get install$missing)" >&2
  exit 1
fi
echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
npm_deps
