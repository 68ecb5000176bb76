#!/usr/bin/env bash
# The requests of the chapter "Oefenen als rechter" (book/src/studenten/11-oefenen-als-rechter.md):
# every book/exercises/*.json must be a valid request that the engine evaluates, and give the
# outcome (and, where the chapter names one, the ground) that the chapter's model answers quote.
# If the model changes an outcome, this fails and names the exercise to update.
# Picked up by scripts/test.sh; runs alone too.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build -q --bin kantonrechter
BIN=target/debug/kantonrechter

# FILE OUTCOME GROUND ("-": none): what the chapter quotes for each exercise.
expected='
01a-voorvragen-gps-nietigheid-tijdig.json refused -
01b-voorvragen-gps-nietigheid-te-laat.json inadmissible -
02-grond1-kantoordagen.json refused -
03-grond2-koelhuis.json granted weighty_reasons
04a-avg-thuiswerksoftware.json refused -
04b-avg-thuiswerksoftware-aangepast.json refused -
05-volledige-zaak-metaal.json partly_granted unreasonable_refusal
06a-precedent-omron-a-fortiori.json granted unreasonable_refusal
06b-precedent-omron-onderscheiden.json refused -
'

failed=0
n=0
for f in book/exercises/*.json; do
  name=$(basename "$f")
  n=$((n + 1))
  want=$(printf '%s\n' "$expected" | awk -v n="$name" '$1 == n { print $2 " " $3 }')
  if [ -z "$want" ]; then
    echo "test-exercises: $f has no expected outcome in scripts/test-exercises.sh" >&2
    failed=1
    continue
  fi
  if ! out=$("$BIN" evaluate "$f" --json 2>&1); then
    echo "test-exercises: $f is not a valid request: $out" >&2
    failed=1
    continue
  fi
  got=$(printf '%s' "$out" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print(r["outcome"], r.get("ground") or "-")')
  if [ "$got" != "$want" ]; then
    echo "test-exercises: $f gives \"$got\", the chapter quotes \"$want\"" >&2
    failed=1
  fi
done
# Every file the table names must exist.
for name in $(printf '%s\n' "$expected" | awk 'NF { print $1 }'); do
  [ -f "book/exercises/$name" ] || { echo "test-exercises: book/exercises/$name is missing" >&2; failed=1; }
done
[ "$failed" = 0 ] || exit 1
echo "test-exercises: $n exercise requests evaluated, each with the outcome the chapter quotes"
