#!/usr/bin/env bash
# One command for the book: build the WebAssembly demo (if it can be), generate the book's
# pages from the library and the data files, build the book with the pinned mdBook, print it
# to a PDF with headless Chromium, and serve book and demo together from one folder
# (book/book/, the demo at demo/, the PDF at kantonrechter.pdf) on 127.0.0.1.
#
#   scripts/book.sh              build (without the PDF), then serve on http://127.0.0.1:3000
#                                (PORT=8080 to change)
#   scripts/book.sh --build      build only, into book/book/: the static site a course hosts
#                                anywhere (every link is relative) and the PDF of the book
#   scripts/book.sh --no-demo    do not try to build the demo (an existing site/ is still used)
#   scripts/book.sh --no-pdf     with --build: do not print the PDF (faster)
#   BOOK_URL=https://host/path/ scripts/book.sh --build
#                                for a site hosted there: the PDF's links into the demo open
#                                the hosted copy, and the 404 page knows its path
set -euo pipefail
cd "$(dirname "$0")/.."

serve=1
demo=1
pdf=1
for a in "$@"; do
  case "$a" in
    --build) serve=0 ;;
    --no-demo) demo=0 ;;
    --no-pdf) pdf=0 ;;
    -h | --help) sed -n '2,15p' "$0"; exit 0 ;;
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
# The honest figures (informed and blind agreement beside their majority baselines), from the
# engine's own `cases --json`, into book/src/generated/cijfers.md (git-ignored like the rest).
log "generating the figures page (scripts/book-figures.py)"
figures_json=$(mktemp)
cases_rc=0
cargo run --quiet --features cli --bin kantonrechter -- cases --json >"$figures_json" || cases_rc=$?
python3 scripts/book-figures.py "$figures_json" book/src/generated/cijfers.md "$cases_rc"
rm -f "$figures_json"
# Hosted under a path (BOOK_URL=https://host/course/kr/), the 404 page needs that path: every
# other page links relatively and works under any path, and from disk.
if [ -n "${BOOK_URL:-}" ]; then
  MDBOOK_OUTPUT__HTML__SITE_URL=$(python3 -c 'import sys, urllib.parse
p = urllib.parse.urlsplit(sys.argv[1]).path or "/"
print(p if p.endswith("/") else p + "/")' "$BOOK_URL")
  export MDBOOK_OUTPUT__HTML__SITE_URL
fi
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

# The PDF: mdBook's print page (the whole book on one page) printed on A4 by headless
# Chromium, the browser the tests use: through playwright-core (e2e/pdf.js: page numbers at
# the foot of each page) when e2e/ has it (wasm/build.sh installs it), else with Chromium's
# own --print-to-pdf (no page numbers). Without Chromium the site is built, the PDF is not.
# Only with --build: `mdbook serve` rebuilds book/book/ and would remove it.
if [ "$pdf" = 1 ] && [ "$serve" = 0 ]; then
  chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
  out="$PWD/book/book/kantonrechter.pdf"
  rm -f "$out"
  if [ -n "$chromium" ] && [ -x "$chromium" ] && command -v node >/dev/null \
    && [ -d e2e/node_modules/playwright-core ]; then
    log "printing book/book/print.html to book/book/kantonrechter.pdf (playwright-core, headless Chromium)"
    CHROMIUM="$chromium" timeout 600 node e2e/pdf.js book/book/print.html "$out" "${BOOK_URL:-}"
  elif [ -n "$chromium" ] && [ -x "$chromium" ]; then
    log "printing book/book/print.html to book/book/kantonrechter.pdf (headless Chromium)"
    profile=$(mktemp -d)
    # BOOK_URL: where the site will be hosted; the PDF's links into the demo then open the
    # hosted demo with their scenario (theme-extra/from-disk.js), else they are plain text.
    query=""
    if [ -n "${BOOK_URL:-}" ]; then
      query="?site=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$BOOK_URL")"
    fi
    # Chromium prints once the page has loaded (its scripts have run); print.html's own
    # window.print() is ignored in headless mode. No --virtual-time-budget: with it, no PDF.
    timeout 600 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
      --user-data-dir="$profile" --disable-background-networking --disable-component-update \
      --no-pdf-header-footer \
      --print-to-pdf="$out" "file://$PWD/book/book/print.html$query" >/dev/null 2>&1 || true
    rm -rf "$profile"
  else
    log "no Chromium (set CHROMIUM=/path/to/chromium): the PDF was not printed"
  fi
  if [ -n "$chromium" ] && [ -x "$chromium" ] && [ ! -s "$out" ]; then
    echo "book.sh: Chromium did not write book/book/kantonrechter.pdf" >&2
    exit 1
  fi
fi
log "built: $(find book/book -name '*.html' | wc -l) HTML pages in book/book/$( [ -f book/book/demo/index.html ] && echo ', with the demo in book/book/demo/' )$( [ -f book/book/kantonrechter.pdf ] && echo ", the PDF book/book/kantonrechter.pdf ($(wc -c <book/book/kantonrechter.pdf) bytes)" )"

if [ "$serve" = 1 ]; then
  port=${PORT:-3000}
  log "serving the book and the demo on http://127.0.0.1:$port/ (Ctrl-C to stop)"
  exec mdbook serve book --hostname 127.0.0.1 --port "$port"
fi
