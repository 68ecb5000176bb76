#!/usr/bin/env bash
# Prints the demo page's budgets (a measurement, not a test): the transfer size of site/
# (HTML + JS + CSS + WASM, raw and gzip -9, per file and total), the bytes sent before the first
# ruling is on screen (budget 150 KB) and in all once the full engine has followed
# (e2e/budget.js says how), and the time from navigation to the first ruling on screen in
# Chromium on localhost (budget 300 ms).
#   scripts/budget.sh             build, then measure
#   scripts/budget.sh --no-build  measure the site/ that is there
set -euo pipefail
cd "$(dirname "$0")/.."
# Chromium (apt) and the npm packages: a fresh machine has neither (idempotent, seconds when warm).
./scripts/setup.sh >&2
[ "${1:-}" = "--no-build" ] || wasm/build.sh
node e2e/budget.js
