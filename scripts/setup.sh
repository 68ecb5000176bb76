#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine with rustup, cargo, node, npm and python3.
# Idempotent: a warm machine reruns it in seconds. Used by scripts/test.sh and .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*"; }

# Rust: the wasm32 target and the components the checks use.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt

# wasm-bindgen-cli at exactly the version in Cargo.lock (toolchain.md: --locked fails; a
# debug build installs in half the time and gives byte-identical output).
if [ -d wasm ]; then
  want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ -n "$want" ] && [ "$want" != "$have" ]; then
    log "cargo install wasm-bindgen-cli $want"
    cargo install --debug wasm-bindgen-cli --version "$want"
  fi
fi

# mdBook, pinned.
MDBOOK_VERSION=0.5.4
if [ -d book ] && [ "$(mdbook --version 2>/dev/null | awk '{print $2}')" != "v$MDBOOK_VERSION" ]; then
  log "cargo install mdbook $MDBOOK_VERSION"
  cargo install mdbook --version "$MDBOOK_VERSION" --locked
fi

# Debian's Chromium for the browser tests (never a browser download), and zopfli, the gzip
# encoder wasm/build.sh precompresses the site with.
if [ -d e2e ] && { [ ! -x /usr/bin/chromium ] || ! command -v zopfli >/dev/null; }; then
  log "apt-get install chromium zopfli"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium zopfli >/dev/null
fi

# Debian's hunspell with its Dutch and English dictionaries: the spelling check of every
# generated sentence (scripts/test-spelling.sh).
if ! command -v hunspell >/dev/null || [ ! -f /usr/share/hunspell/nl_NL.dic ] || [ ! -f /usr/share/hunspell/en_GB.dic ]; then
  log "apt-get install hunspell hunspell-nl hunspell-en-gb"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq hunspell hunspell-nl hunspell-en-gb >/dev/null
fi

# Python: a venv with maturin (builds the wheel of python/) and pytest, for
# scripts/test-embed.sh. Debian's python3 needs python3-venv for `python3 -m venv`.
venv=$(realpath -m "${CARGO_TARGET_DIR:-target}")/py-venv
if [ -d python ] && { [ ! -x "$venv/bin/maturin" ] || [ ! -x "$venv/bin/pytest" ]; }; then
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    log "apt-get install python3-venv"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null
  fi
  log "python3 -m venv $venv; pip install maturin pytest"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check maturin pytest
fi

# npm packages for the browser tests (playwright-core, axe-core), wasm-opt (npm binaryen;
# Debian's 108 breaks wasm-bindgen output, toolchain.md) and esbuild (the site's minified JS
# and CSS), typescript and @types/node (scripts/test-embed.sh type-checks the package's types).
# A package added to the lock file later is installed on a warm machine too.
if [ -f e2e/package-lock.json ] && { [ ! -d e2e/node_modules ] || [ ! -x e2e/node_modules/.bin/esbuild ] \
  || [ ! -f e2e/node_modules/axe-core/axe.min.js ] || [ ! -x e2e/node_modules/.bin/tsc ] \
  || [ ! -d e2e/node_modules/@types/node ]; }; then
  log "npm ci (e2e)"
  (cd e2e && npm ci --no-audit --no-fund)
fi
log "ready"
