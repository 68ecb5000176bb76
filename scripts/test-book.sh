#!/usr/bin/env bash
# The book's check (scripts/test.sh runs every scripts/test-*.sh): generate the pages, build
# the book with the pinned mdBook (and the demo, if wasm/build.sh can build it), then fail on
# a broken internal link or anchor in the generated HTML, on a decision in cases/ without its
# page and exercise, and on an example without its page.
set -euo pipefail
cd "$(dirname "$0")/.."

# The checker is Python 3 (standard library only); Debian's python3-minimal is enough.
if ! command -v python3 >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-minimal >/dev/null
fi

scripts/book.sh --build "$@"
python3 scripts/check-book.py book/book \
  --cases cases --examples examples --summary book/src/SUMMARY.md --site site
