#!/usr/bin/env bash
# The conformance suite of cases/: evaluates every decided case and prints the table and the
# totals (informed agreement with the majority-class baseline, whether anything was fitted),
# then the blind encodings of ../shared/caselaw/blind (and cases/blind, if present) against
# their outcomes. Fails when a case file or a blind directory is invalid or missing (exit 2),
# or when a counted decision without a mark disagrees or a mark no longer holds (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run -q --bin kantonrechter -- cases
