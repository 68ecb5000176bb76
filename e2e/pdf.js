// Print the book to PDF (run by scripts/book.sh): mdBook's print page, opened from disk in
// the Chromium the tests use (playwright-core, harness.js), on A4 with the page number and
// the page count at the foot of every page.
//
//   node e2e/pdf.js book/book/print.html book/book/kantonrechter.pdf [SITE_URL]
//
// SITE_URL (BOOK_URL in book.sh): where the site is hosted; the PDF's links to the site's
// files (the demo with a scenario) then go there (book/theme-extra/from-disk.js).

import path from 'node:path';
import { browser } from './test/harness.js';

const [input, output, site] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node e2e/pdf.js PRINT_HTML OUTPUT_PDF [SITE_URL]');
  process.exit(2);
}
const b = await browser();
try {
  const page = await b.context.newPage();
  const query = site ? '?site=' + encodeURIComponent(site) : '';
  await page.goto('file://' + path.resolve(input) + query, { waitUntil: 'load', timeout: 300_000 });
  await page.pdf({
    path: output,
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: '<div style="font-size:8px;width:100%;text-align:center;color:#555;font-family:sans-serif">'
      + '<span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  });
} finally {
  await b.close();
}
