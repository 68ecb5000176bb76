#!/usr/bin/env bash
# The book's check (scripts/test.sh runs every scripts/test-*.sh): generate the pages, build
# the book with the pinned mdBook (and the demo, if wasm/build.sh can build it), then fail on
# a broken internal link or anchor in the generated HTML, on a decision in cases/ without its
# page and exercise, on an example without its page, on `cargo run` or an engine word in the
# Dutch chapters for students, and on a missing or short PDF of the book.
set -euo pipefail
cd "$(dirname "$0")/.."

# The checker is Python 3 (standard library only); Debian's python3-minimal is enough.
if ! command -v python3 >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-minimal >/dev/null
fi

# The Rust example of the chapter "The Rust API", assertions included.
cargo run --quiet --example embed >/dev/null

# The few numbers the written chapters quote from the engine's output: if the model changes
# them, this fails and names the chapter to update (the generated pages update themselves).
quoted() { # FILE EMPLOYER WORKS_COUNCIL CHAPTER
  cargo run --quiet --features cli --bin kantonrechter -- evaluate "$1" --json | python3 -c '
import json, sys
w = json.load(sys.stdin)["weights"]
want = (sys.argv[1], sys.argv[2])
got = (w["employer"], w["works_council"])
if tuple(float(x) for x in got) != tuple(float(x) for x in want):
    sys.exit(f"test-book: {sys.argv[3]} quotes weights {want} for {sys.argv[4]}, the engine now gives {got}")
' "$2" "$3" "$4" "$1"
}
quoted examples/productivity-unsubstantiated.json 0 1 book/src/studenten/06-weging.md
quoted examples/roster-weighty-reasons.json 4 8 book/src/studenten/04-stap2.md
quoted examples/roster-weighty-reasons-equal.json 4 4 book/src/studenten/04-stap2.md

# Chapter 7 says in words how the blind figures compare with their baselines (the table beside
# it is generated): the shared blind encodings beat the baseline by one decision, the project's
# own do not beat it. If the engine's figures move, this fails and names the chapter.
cargo run --quiet --features cli --bin kantonrechter -- cases --json | python3 -c '
import json, sys
blind = {b["dir"]: b for b in json.load(sys.stdin)["blind"]}
want = {"cases/blind/shared": 1, "cases/blind/own": 0}
for d, margin in want.items():
    b = blind.get(d)
    if b is None:
        sys.exit(f"test-book: book/src/studenten/07-grenzen.md discusses {d}, which `cases --json` no longer reports")
    got = b["agreement"]["agree"] - b["baseline"]["ratio"]["agree"]
    if got != margin:
        sys.exit(f"test-book: book/src/studenten/07-grenzen.md says {d} beats its baseline by {margin}, the engine now gives {got}")
'

scripts/book.sh --build "$@"
# The PDF is checked whenever book.sh could print it (Chromium installed, no --no-pdf): it must
# be there and have a book's length.
pdf=()
if [[ " $* " != *" --no-pdf "* ]] && [ -x "${CHROMIUM:-$(command -v chromium || echo /nonexistent)}" ]; then
  pdf=(--pdf book/book/kantonrechter.pdf --min-pages 150)
else
  echo "test-book: no Chromium, or --no-pdf: the PDF was not printed and is not checked"
fi
python3 scripts/check-book.py book/book \
  --cases cases --examples examples --summary book/src/SUMMARY.md --site site \
  --students book/src/studenten "${pdf[@]}"

# The book's Node.js example of the WebAssembly API, run against the built demo: its output
# must be byte-identical to the CLI's (skipped, and said so, when the demo was not built).
if [ -f site/pkg/kantonrechter_wasm.js ] && command -v node >/dev/null; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  for lang in nl en; do
    node book/examples/wasm-node.mjs site/pkg examples/badge-repurposed.json "$lang" \
      >"$tmp/wasm.json" 2>"$tmp/wasm.log"
    cargo run --quiet --features cli --bin kantonrechter -- evaluate examples/badge-repurposed.json --json \
      --lang "$lang" >"$tmp/cli.json"
    cmp "$tmp/wasm.json" "$tmp/cli.json"
  done
  echo "test-book: the book's Node.js example gives the CLI's bytes (nl, en)"
else
  echo "test-book: the demo (site/pkg) was not built; the book's Node.js example was not run"
fi

# The book's example and decision pages open the demo with their scenario loaded (in
# Chromium, through the e2e harness; skipped, and said so, without the demo or Chromium).
if [ -f book/book/demo/index.html ] && [ -x "${CHROMIUM:-/usr/bin/chromium}" ] && [ -d e2e/node_modules/playwright-core ]; then
  (cd e2e && node --test --test-concurrency=1 book/)
else
  echo "test-book: the demo or Chromium is missing; the demo links were not followed"
fi

# The book's browser example, served live next to the demo: open it in headless Chromium and
# check that it shows a ruling (skipped, and said so, without the demo or without Chromium).
if [ -f book/book/demo-example/index.html ] && command -v chromium >/dev/null; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 -m http.server "$port" --bind 127.0.0.1 --directory book/book >/dev/null 2>&1 &
  server=$!
  dom=""
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    dom=$(timeout 60 chromium --headless --no-sandbox --disable-gpu --virtual-time-budget=10000 \
      --dump-dom "http://127.0.0.1:$port/demo-example/index.html" 2>/dev/null || true)
    [ -n "$dom" ] && break
    sleep 0.5
  done
  kill "$server" 2>/dev/null || true
  if ! grep -q 'id="summary"[^>]*>Outcome:' <<<"$dom"; then
    echo "test-book: the book's browser example did not show a ruling:" >&2
    grep -o '<p id="summary"[^<]*' <<<"$dom" >&2 || true
    exit 1
  fi
  echo "test-book: the book's browser example shows a ruling in headless Chromium"
else
  echo "test-book: the demo or Chromium is missing; the book's browser example was not opened"
fi
