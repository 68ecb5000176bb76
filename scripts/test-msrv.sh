#!/usr/bin/env bash
# The minimum supported Rust version holds: the library and the CLI build with the
# `rust-version` that Cargo.toml declares (installed with rustup's minimal profile, once;
# about 15 s), against the locked dependencies. Picked up by scripts/test.sh; runs alone too.
set -euo pipefail
cd "$(dirname "$0")/.."

msrv=$(awk -F'"' '/^rust-version = /{print $2; exit}' Cargo.toml)
if [ -z "$msrv" ]; then
  echo "test-msrv: Cargo.toml declares no rust-version" >&2
  exit 1
fi
if ! rustup toolchain list | grep -q "^$msrv"; then
  echo "[test-msrv] rustup toolchain install $msrv --profile minimal" >&2
  rustup toolchain install "$msrv" --profile minimal >&2
fi
# A target directory of its own: another compiler's artefacts would only evict the main ones.
CARGO_TARGET_DIR="$(realpath -m "${CARGO_TARGET_DIR:-target}")/msrv" \
  cargo "+$msrv" check --quiet --locked -p kantonrechter --features cli,proptest --lib --bins
echo "test-msrv: the library and the CLI build with Rust $msrv (Cargo.toml's rust-version)"
