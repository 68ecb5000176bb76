#!/usr/bin/env bash
# The project's test command: installs what is missing, then runs every check.
# This is what the README gives and what .ci/run runs.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh

step() { printf '\n==> %s\n' "$*"; }

step "format"
cargo fmt --all -- --check
step "clippy"
cargo clippy --workspace --all-targets --all-features -- -D warnings
step "docs (rustdoc, warnings are errors: the crate docs are the spec)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --workspace --all-features --quiet
step "tests (unit, integration, property, doc)"
cargo test --workspace --all-features

# Further suites, each in its own script so they can be run alone.
for suite in scripts/test-*.sh; do
  [ -e "$suite" ] || continue
  step "$suite"
  "$suite"
done
step "all checks passed"
