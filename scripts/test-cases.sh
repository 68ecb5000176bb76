#!/usr/bin/env bash
# The conformance suite of cases/: evaluates every decided case and prints the table and the
# totals (agreement, the majority-class baseline, whether anything was fitted). Fails when a
# case file is invalid (exit 2), or when a decision without a mark disagrees or a mark no
# longer holds (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run -q --bin kantonrechter -- cases
