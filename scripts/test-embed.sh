#!/usr/bin/env bash
# The embedders' suite (issue #21): the engine from Rust, TypeScript and Python, each example
# building a request in code, evaluating it, reading the decisive step with its sources and
# running a what-if search within a budget.
#   Rust        cargo run --example embed
#   Python      the wheel built with maturin (debug profile: quick; `maturin build --release`
#               for a wheel to ship) into a venv, pytest (python/tests) and
#               python/examples/embed.py
#   TypeScript  the npm package (wasm/build.sh), tsc --strict over wasm/examples/*.ts against
#               it (its types generated from the schemas), then the example run in Node.js
# Picked up by scripts/test.sh; runs alone too (scripts/setup.sh installs what it needs).
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '[test-embed] %s\n' "$*"; }
target=$(realpath -m "${CARGO_TARGET_DIR:-target}")
venv=$target/py-venv   # scripts/setup.sh makes it (maturin, pytest)
mkdir -p "$target"

log "Rust: cargo run --example embed"
cargo build -q --features cli --bin kantonrechter   # the CLI that the Python tests compare with
cargo run -q --example embed >/dev/null

log "Python: maturin build, pytest, python/examples/embed.py"
if [ ! -x "$venv/bin/maturin" ] || [ ! -x "$venv/bin/pytest" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check maturin pytest
fi
rm -rf "$target/wheels-embed"
(cd python && "$venv/bin/maturin" build --quiet --profile dev -i "$venv/bin/python" --out "$target/wheels-embed")
"$venv/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps "$target"/wheels-embed/*.whl
# pytest itself, not `python -m pytest`: the working directory must not shadow the installed
# package with the sources (python/kantonrechter/ has no native module).
KANTONRECHTER_BIN="$target/debug/kantonrechter" "$venv/bin/pytest" -q -p no:cacheprovider python/tests
"$venv/bin/python" python/examples/embed.py >/dev/null

log "TypeScript: wasm/build.sh, tsc, wasm/examples/embed.ts"
wasm/build.sh 2>"$target/wasm-build.log" || { cat "$target/wasm-build.log" >&2; exit 1; }
if [ ! -x e2e/node_modules/.bin/tsc ] || [ ! -d e2e/node_modules/@types/node ]; then
  (cd e2e && npm ci --no-audit --no-fund)
fi
app=$target/ts-embed
rm -rf "$app"
mkdir -p "$app/node_modules"
# The package as an embedder installs it (its package.json "exports"), without a copy.
ln -s "$PWD/wasm/pkg" "$app/node_modules/kantonrechter-wasm"
ln -s "$PWD/e2e/node_modules/@types" "$app/node_modules/@types"
cp wasm/examples/*.ts wasm/examples/tsconfig.json "$app/"
printf '{ "private": true, "type": "module" }\n' >"$app/package.json"
e2e/node_modules/.bin/tsc -p "$app"
node "$app/out/embed.js" >/dev/null
log "Rust, Python and TypeScript examples passed"
