#!/usr/bin/env bash
# One command for the book: build the WebAssembly demo (if it can be), generate the book's
# pages from the library and the data files, build the book with the pinned mdBook, and serve
# book and demo together from one folder (book/book/, the demo at demo/) on 127.0.0.1.
#
#   scripts/book.sh              build, then serve on http://127.0.0.1:3000 (PORT=8080 to change)
#   scripts/book.sh --build      build only, into book/book/ (a static site a course can host)
#   scripts/book.sh --no-demo    do not try to build the demo (an existing site/ is still used)
set -euo pipefail
cd "$(dirname "$0")/.."

serve=1
demo=1
for a in "$@"; do
  case "$a" in
    --build) serve=0 ;;
    --no-demo) demo=0 ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "book.sh: unknown option $a (try --help)" >&2; exit 2 ;;
  esac
done
log() { printf '[book] %s\n' "$*"; }

MDBOOK_VERSION=0.5.4
if [ "$(mdbook --version 2>/dev/null | awk '{print $2}')" != "v$MDBOOK_VERSION" ]; then
  log "cargo install mdbook $MDBOOK_VERSION"
  cargo install mdbook --version "$MDBOOK_VERSION" --locked
fi

# The demo page is built by wasm/build.sh into site/; bookgen copies site/ into the book.
# Without it the book still builds, and its pages say the demo is missing.
if [ "$demo" = 1 ] && [ -x wasm/build.sh ]; then
  log "building the demo (wasm/build.sh)"
  if ! wasm/build.sh; then
    log "the demo could not be built; the book is built without it and says so"
  fi
fi

log "generating the book's pages (src/bin/bookgen/, its templates in src/bin/bookgen/templates/)"
# bookgen calls the library; it reads only the CLI's help texts from the kantonrechter binary.
# Its template engine is behind the feature `bookgen`, so that the library never pulls it in.
cargo build --quiet --features cli --bin kantonrechter
cargo run --quiet --features bookgen --bin bookgen
log "mdbook build book"
# mdBook reports a failed {{#include}} as an ERROR but still exits 0: treat it as a failure.
mdbook_log=$(mktemp)
mdbook build book 2>&1 | tee "$mdbook_log"
if grep -q 'ERROR' "$mdbook_log"; then
  rm -f "$mdbook_log"
  echo "book.sh: mdBook reported an error (above)" >&2
  exit 1
fi
rm -f "$mdbook_log"
log "built: $(find book/book -name '*.html' | wc -l) HTML pages in book/book/$( [ -f book/book/demo/index.html ] && echo ', with the demo in book/book/demo/' )"

if [ "$serve" = 1 ]; then
  port=${PORT:-3000}
  log "serving the book and the demo on http://127.0.0.1:$port/ (Ctrl-C to stop)"
  exec mdbook serve book --hostname 127.0.0.1 --port "$port"
fi
