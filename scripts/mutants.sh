#!/usr/bin/env bash
# Mutation testing of the rule modules: does the test suite notice when a rule is changed?
# cargo-mutants changes one thing at a time (an operator, a branch, a return value), builds,
# and runs the tests; a mutant no test fails on is "missed". Slow (a build and the whole
# suite per mutant), so not part of scripts/test.sh or CI: run it by hand, or in shards.
#
#   scripts/mutants.sh                            every rule module (see RULES below)
#   scripts/mutants.sh --file src/calibration.rs  only these files (instead of RULES)
#   scripts/mutants.sh --shard 1/4                one shard of four (any cargo-mutants
#                                                 option is passed through)
#   MUTANTS_TIMEOUT=900 scripts/mutants.sh        the timeout per mutant's test run, in
#                                                 seconds (default 600)
#
# Results go to mutants.out/ (git-ignored). The script prints the caught, missed, unviable
# and timed-out counts and the score caught / (caught + missed), and fails (exit 1) only if
# a missed mutant is not on the reviewed allow list, mutants.allow: one line per surviving
# mutant as cargo-mutants prints it (`src/FILE.rs:LINE:COL: replace … with …`), then
# ` # ` and why no test can or should catch it. The line and column are ignored when
# matching, so that an entry survives edits elsewhere in the file.
set -euo pipefail
cd "$(dirname "$0")/.."

# The modules that hold the law: the gates, the legality checks, the weighing, the two
# stages, the numbers, the rule catalogue.
RULES=(
  src/gates.rs
  'src/legality/**'
  'src/weighing/**'
  src/stage1.rs
  src/stage2.rs
  src/calibration.rs
  'src/law/**'
)

if ! command -v cargo-mutants >/dev/null 2>&1; then
  echo "installing cargo-mutants (once; a few minutes)" >&2
  cargo install --locked cargo-mutants
fi

files=()
given_files=false
listing=false
for arg in "$@"; do
  case "$arg" in
    -f | --file | --file=*) given_files=true ;;
    --list | --list-files) listing=true ;;
  esac
done
if ! $given_files; then
  for f in "${RULES[@]}"; do
    files+=(--file "$f")
  done
fi

# nextest runs each test binary in parallel when it is installed; cargo test otherwise.
tool=cargo
if cargo nextest --version >/dev/null 2>&1; then
  tool=nextest
fi

if $listing; then
  exec cargo mutants "${files[@]}" "$@"
fi

status=0
cargo mutants \
  --test-tool "$tool" \
  --timeout "${MUTANTS_TIMEOUT:-600}" \
  --output . \
  "${files[@]}" \
  "$@" || status=$?
# cargo-mutants: 0 all caught, 2 some missed, 3 some timed out; anything else is a failure
# of the run itself (bad arguments, or the tests fail without any mutation).
case "$status" in
  0 | 2 | 3) ;;
  *)
    echo "cargo mutants failed (exit $status); see mutants.out/" >&2
    exit "$status"
    ;;
esac

out=mutants.out
count() { if [ -f "$out/$1" ]; then grep -c . "$out/$1" || true; else echo 0; fi; }
caught=$(count caught.txt)
missed=$(count missed.txt)
unviable=$(count unviable.txt)
timeout=$(count timeout.txt)
echo
echo "caught $caught, missed $missed, unviable $unviable, timed out $timeout"
if [ $((caught + missed)) -gt 0 ]; then
  awk -v c="$caught" -v m="$missed" \
    'BEGIN { printf "score: caught / (caught + missed) = %d / %d = %.1f %%\n", c, c + m, 100 * c / (c + m) }'
fi

# A mutant without its line and column: `src/a.rs:12:5: replace …` → `src/a.rs: replace …`.
strip() { sed -E 's/^([^:]+):[0-9]+:[0-9]+:/\1:/'; }
allowed=$(mktemp)
trap 'rm -f "$allowed"' EXIT
if [ -f mutants.allow ]; then
  { grep -v -E '^[[:space:]]*(#|$)' mutants.allow || true; } |
    sed -E 's/[[:space:]]+#.*$//' | strip | sort -u >"$allowed"
fi
unexplained=0
if [ -f "$out/missed.txt" ]; then
  while IFS= read -r mutant; do
    [ -n "$mutant" ] || continue
    if ! grep -qxF -- "$(printf '%s\n' "$mutant" | strip)" "$allowed"; then
      [ "$unexplained" -gt 0 ] || echo "missed, and not on mutants.allow:"
      echo "  $mutant"
      unexplained=$((unexplained + 1))
    fi
  done <"$out/missed.txt"
fi
if [ "$unexplained" -gt 0 ]; then
  echo "$unexplained missed mutant(s) to catch with a test, or to add to mutants.allow with the reason" >&2
  exit 1
fi
echo "every missed mutant is on mutants.allow"
