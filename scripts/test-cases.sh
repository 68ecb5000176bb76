#!/usr/bin/env bash
# The conformance suite of cases/: evaluates every decided case and prints the table and the
# totals (informed agreement with the majority-class baseline, whether anything was fitted),
# then the blind encodings of cases/blind/shared (and cases/blind/own, if present) against
# their outcomes. Fails when a case file or a blind directory is invalid or missing (exit 2),
# or when a counted decision without a mark disagrees or a mark no longer holds (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."
# The repository keeps copies of shared inputs; where the shared folder sits beside the
# checkout, they must still be identical to it.
if [ -d ../shared/caselaw/blind ]; then
  diff -r ../shared/caselaw/blind cases/blind/shared
  diff -r ../shared/repro tests/repro
  echo "copies of ../shared/caselaw/blind and ../shared/repro: identical"
else
  echo "../shared is not beside the checkout: the copies in cases/blind/shared and tests/repro are used as they are"
fi
cargo run -q --features cli --bin kantonrechter -- cases
