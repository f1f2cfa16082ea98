#!/bin/sh
# run.sh -- `make e2e`: the web page's end-to-end tests (e2e.mjs) in
# Debian's headless Chromium. Needs bin/veille built (make does it first),
# chromium and node (make deps installs them) and playwright-core, which
# `npm ci` fetches here once from the npm registry (tests/e2e/package-lock.json).
# Screenshots of failed checks go to build/e2e/.
set -eu
cd "$(dirname "$0")/../.."
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "e2e: no Chromium at $chromium: run 'make deps' (as root), or set CHROMIUM" >&2
  exit 1
fi
if ! command -v node >/dev/null 2>&1; then
  echo "e2e: node is missing: run 'make deps' (as root)" >&2
  exit 1
fi
if [ ! -f tests/e2e/node_modules/.package-lock.json ] ||
   [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund --ignore-scripts)
fi
mkdir -p build/e2e
rm -f build/e2e/*.png
CHROMIUM=$chromium exec node tests/e2e/e2e.mjs
