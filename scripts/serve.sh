#!/usr/bin/env bash
# Builds the demo page (wasm/build.sh) and serves it on http://127.0.0.1:${PORT:-8000}/.
# The page makes no request after load except to this server, and never sends the facts.
set -euo pipefail
cd "$(dirname "$0")/.."
wasm/build.sh
port=${PORT:-8000}
echo "Serving site/ on http://127.0.0.1:$port/ (Ctrl-C to stop)"
exec python3 -m http.server --bind 127.0.0.1 --directory site "$port"
