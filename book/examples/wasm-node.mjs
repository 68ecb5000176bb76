// The WebAssembly build from Node.js: the complete example of the book's chapter
// "WebAssembly and JavaScript". scripts/test-book.sh runs it against the built demo and
// checks that its output is byte-identical to `kantonrechter evaluate --json`.
//
//   node book/examples/wasm-node.mjs [PKG_DIR] [REQUEST.json] [nl|en]
//
// PKG_DIR is the wasm-bindgen output (default: site/pkg, written by wasm/build.sh).

import { readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [pkgDir = 'site/pkg', requestFile = 'examples/badge-repurposed.json', lang = 'nl'] =
  process.argv.slice(2);

// 1. Load the module and instantiate the .wasm synchronously from its bytes (no fetch in Node).
const pkg = await import(pathToFileURL(resolve(pkgDir, 'kantonrechter_wasm.js')).href);
pkg.initSync({ module: readFileSync(join(pkgDir, 'kantonrechter_wasm_bg.wasm')) });

// 2. Evaluate: JSON text in, the ruling's report as JSON text out — the same bytes as the CLI.
const request = readFileSync(requestFile, 'utf8');
let reportText;
try {
  reportText = pkg.evaluate(request, lang);
} catch (err) {
  // Bad input throws an Error whose `path` names the field at fault.
  console.error(`invalid request at ${err.path}: ${err.message}`);
  process.exit(2);
}
const report = JSON.parse(reportText);

// 3. Use it: outcome, weights, the trace with its citations, the notice and the receipt.
console.error(`${report.summary}`);
for (const step of report.trace.filter((s) => s.effect.type === 'decides')) {
  console.error(`  decided by ${step.rule}: ${step.finding} (${step.sources[0].url})`);
}
console.error(report.notice);
console.error(`receipt: ${report.receipt.engine}, law ${report.receipt.law_version}, ` +
  `input ${report.receipt.input_sha256.slice(0, 12)}…`);

// 4. Bad input: the error names the JSON path.
try {
  pkg.evaluate('{"as_of": "2026-02-30"}', lang);
} catch (err) {
  console.error(`as expected, rejected at ${err.path}`);
}

// The report itself on standard output, so that it can be compared with the CLI's.
process.stdout.write(reportText);
