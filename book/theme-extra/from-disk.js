// The book works when its files are opened from disk (file://); the demo does not, because
// browsers refuse to load a page's JavaScript modules and WebAssembly from file:// URLs.
// - Read from disk, a page says so once beside its links into the demo, with what to do.
// - The print page as scripts/book.sh prints it to the PDF (from disk): a link to a file of
//   the site (the demo with a scenario, a JSON file) goes to the hosted copy when book.sh was
//   given its address (BOOK_URL, passed here as `?site=`); else it is no link in the PDF,
//   which says where the demo is.
(function () {
  if (location.protocol !== 'file:') return;
  var site = new URLSearchParams(location.search).get('site');
  var print = /\/print\.html$/.test(location.pathname);
  var seen = new Set();
  document.querySelectorAll('a[href]').forEach(function (a) {
    var href = a.getAttribute('href');
    if (/^[a-z][a-z0-9+.-]*:|^#|^\/\//i.test(href)) return; // another site, or this page
    var demo = /(^|\/)demo(-example)?\/index\.html/.test(href);
    if (print) {
      if (site) {
        a.href = site.replace(/\/?$/, '/') + href.replace(/^(\.\.\/)+/, '');
        return;
      }
      a.removeAttribute('href');
    }
    if (!demo) return;
    var table = a.closest('table');
    var block = table || a.closest('blockquote, p, li') || a;
    if (seen.has(block)) return;
    seen.add(block);
    var note = document.createElement(table ? 'p' : 'span');
    note.className = 'kr-from-disk';
    note.textContent = print
      ? ' (De demo staat op de site van dit boek, in demo/index.html. The demo is on the book\u2019s site.)'
      : ' (Je leest dit boek van schijf: de demo werkt alleen via een webserver. Start in de map ' +
        'van het boek: python3 -m http.server, en open http://127.0.0.1:8000/, of gebruik de ' +
        'versie die je docent online zet. Read from disk, the demo does not run: serve this ' +
        'folder over http, or use the hosted copy.)';
    if (table) table.after(note);
    else block.appendChild(note);
  });
})();
