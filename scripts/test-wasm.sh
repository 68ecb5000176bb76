#!/usr/bin/env bash
# The WebAssembly suite: builds the engine for the browser, the demo page (site/) and the npm
# package (wasm/pkg/) with wasm/build.sh, then runs e2e/ (node:test): the page in Debian's
# Chromium through playwright-core, byte-identity of WASM and CLI output for every example and
# case, the npm package installed from a tarball, and the form against the input schema.
# Picked up by scripts/test.sh; runs alone too.
set -euo pipefail
cd "$(dirname "$0")/.."

wasm/build.sh
cargo build -q --features cli --bin kantonrechter   # the CLI that the identity tests compare with
if [ ! -d e2e/node_modules/playwright-core ]; then
  (cd e2e && npm ci --no-audit --no-fund)
fi
(cd e2e && npm test)
echo "screenshot: $PWD/e2e/screenshot.png"
