#!/usr/bin/env python3
"""Check the built book (Python 3.11 standard library only).

    scripts/check-book.py BOOK_HTML_DIR [--cases DIR] [--examples DIR] [--summary FILE]
                                        [--site DIR] [--students DIR] [--pdf FILE]

1. Links: every href/src in every generated HTML file is relative (the site is hosted under
   any path) and resolves to a file, and every #anchor exists in the file it points to (an
   element with that id, or an <a name>); no mdBook include is left unresolved.
   Absolute URLs (http:, https:, mailto:, data:, javascript:) are not followed.
2. Decisions: every case file in --cases has its decision page and its exercise in the book,
   each naming the decision's ECLI, and both are in the table of contents (--summary).
3. Examples: every scenario in --examples has its page.
4. Demo: when the static demo was built (--site DIR has an index.html), the book serves it
   at demo/index.html.
5. The Dutch chapters for students (--students, the Markdown in book/src/studenten, and their
   built pages in BOOK_HTML_DIR/studenten and /voorbeelden) send no one to `cargo run` (the demo does that
   work) and use none of the engine's words (poorten, hefbomen, kalibratie, kwitantie,
   bibliotheek) in their text; link targets and include paths are not text (02-poorten.md
   may keep its name). Scanned with the pages the chapters include, as built.
6. The court's order on one page: generated/volgorde.svg names every rule of the catalogue
   (generated/rules.json), and the chapter studenten/01a-volgorde.html shows it and lists
   every rule in its table.
7. The PDF (--pdf): it exists and has at least --min-pages pages (pdfinfo when installed,
   else the count of its /Type /Page objects).

Exit code 0 when everything holds, 1 with a list of what is broken.
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

SKIP_SCHEMES = ("http", "https", "mailto", "data", "javascript", "tel", "ftp")
LINK_ATTRS = {"href", "src"}


class Page(HTMLParser):
    """Collects the ids, the <base href> and the links of one HTML file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, int]] = []
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if a.get(key):
                self.ids.add(a[key])  # type: ignore[arg-type]
        if tag == "base" and a.get("href") is not None:
            self.base = a["href"]
            return
        # <link rel=preconnect/dns-prefetch> and the like carry no file
        if tag == "link" and (a.get("rel") or "") in ("preconnect", "dns-prefetch"):
            return
        for key in LINK_ATTRS:
            value = a.get(key)
            if value is not None:
                self.links.append((value.strip(), self.getpos()[0]))

    handle_startendtag = handle_starttag


def parse(path: Path) -> Page:
    p = Page()
    p.feed(path.read_text(encoding="utf-8", errors="replace"))
    p.close()
    return p


def check_links(root: Path) -> list[str]:
    root = root.resolve()
    pages: dict[Path, Page] = {}
    for f in sorted(root.rglob("*.html")):
        pages[f.resolve()] = parse(f)

    def ids_of(target: Path) -> set[str] | None:
        if target not in pages:
            if target.suffix == ".html" and target.is_file():
                pages[target] = parse(target)
            else:
                return None
        return pages[target].ids

    problems: list[str] = []
    for f in sorted(pages):
        text = f.read_text(encoding="utf-8", errors="replace")
        if "{{#include" in text or "{{#rustdoc_include" in text:
            problems.append(f"{f.relative_to(root)}: an unresolved mdBook include")
    for f, page in sorted(pages.items()):
        rel = f.relative_to(root)
        for href, line in page.links:
            if not href or href.startswith("{{"):
                continue
            parts = urlsplit(href)
            if parts.scheme or href.startswith("//"):
                if parts.scheme.lower() not in SKIP_SCHEMES:
                    problems.append(f"{rel}:{line}: unexpected scheme in {href!r}")
                continue
            path = unquote(parts.path)
            frag = unquote(parts.fragment)
            # The site is hosted under any path: a link from the server's root would leave it.
            # (mdBook's 404 page is the exception: its <base href> is its one absolute path.)
            if path.startswith("/") and page.base is None:
                problems.append(f"{rel}:{line}: {href!r} is not relative (the site must work under any path)")
                continue
            # mdBook's 404 page sets <base href="/">; its heading links (#…) mean the page
            # itself, so an in-page anchor is checked against the page, not the base.
            if page.base is not None and path and not path.startswith("/"):
                base = page.base
                path = (base if base.endswith("/") else base.rsplit("/", 1)[0] + "/") + path
            if path.startswith("/"):
                target = (root / path.lstrip("/")).resolve()
            elif path:
                target = (f.parent / path).resolve()
            else:
                target = f
            if target.is_dir():
                target = target / "index.html"
            try:
                target.relative_to(root)
            except ValueError:
                problems.append(f"{rel}:{line}: {href!r} leaves the book")
                continue
            if not target.is_file():
                problems.append(f"{rel}:{line}: {href!r} → missing file {target.relative_to(root)}")
                continue
            if frag.startswith("r=") and target.name == "index.html" and target.parent.name == "demo":
                # A link that opens the demo with a scenario: the fragment is the request
                # (`r=j` + base64url of its JSON), not an anchor. It must decode to one.
                data = frag[2:].split("&", 1)[0]
                try:
                    req = json.loads(base64.urlsafe_b64decode(data[1:] + "=" * (-len(data[1:]) % 4)))
                    ok = data[:1] == "j" and isinstance(req, dict) and "regeling" in req
                except ValueError:
                    ok = False
                if not ok:
                    problems.append(f"{rel}:{line}: demo link without a readable request")
                continue
            if frag:
                ids = ids_of(target)
                if ids is not None and frag not in ids:
                    problems.append(
                        f"{rel}:{line}: {href!r} → no anchor #{frag} in {target.relative_to(root)}"
                    )
    return problems


def check_cases(root: Path, cases: Path, summary: Path | None) -> list[str]:
    problems: list[str] = []
    toc = summary.read_text(encoding="utf-8") if summary and summary.is_file() else ""
    for case in sorted(cases.glob("*.json")):
        stem = case.stem
        try:
            data = json.loads(case.read_text(encoding="utf-8"))
            ecli = (data.get("decision") or {}).get("ecli") or ""
        except (OSError, ValueError, AttributeError) as e:
            problems.append(f"{case}: not a readable case file ({e})")
            continue
        for kind in ("uitspraken", "oefeningen"):
            page = root / kind / f"{stem}.html"
            if not page.is_file():
                problems.append(f"{case}: no page {page.relative_to(root)}")
                continue
            if kind == "uitspraken" and ecli and ecli not in page.read_text(encoding="utf-8"):
                problems.append(f"{case}: {page.relative_to(root)} does not name {ecli}")
            if summary is not None and f"{kind}/{stem}.md" not in toc:
                problems.append(f"{case}: {kind}/{stem}.md is not in {summary}")
    return problems


def check_examples(root: Path, examples: Path) -> list[str]:
    return [
        f"{ex}: no page voorbeelden/{ex.stem}.html"
        for ex in sorted(examples.glob("*.json"))
        if not (root / "voorbeelden" / f"{ex.stem}.html").is_file()
    ]


ENGINE_WORDS = ("cargo run", "poorten", "hefboom", "hefbomen", "kalibratie", "kwitantie", "bibliotheek")
# Markdown that is not prose: link and image targets, include directives, HTML attributes.
NOT_TEXT = re.compile(r"\]\([^)]*\)|\{\{#include[^}]*\}\}|\]: \S+|<[^>]*>")


class Text(HTMLParser):
    """The text of an HTML page, without its attributes (hrefs, ids) and its menu."""

    SKIP = {"script", "style", "nav", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.depth:
            self.parts.append(data)


def check_students(root: Path, students: Path) -> list[str]:
    problems: list[str] = []
    texts: list[tuple[str, str]] = []
    for md in sorted(students.glob("*.md")):
        for n, line in enumerate(md.read_text(encoding="utf-8").splitlines(), 1):
            texts.append((f"{md}:{n}", NOT_TEXT.sub(" ", line)))
    # The chapters as built, and the example pages (part of part I, generated).
    for page in sorted((root / "studenten").glob("*.html")) + sorted((root / "voorbeelden").glob("*.html")):
        t = Text()
        t.feed(page.read_text(encoding="utf-8", errors="replace"))
        t.close()
        texts.append((f"{page.relative_to(root)} (as built)", " ".join(t.parts)))
    for where, text in texts:
        low = text.lower()
        for w in ENGINE_WORDS:
            if w in low:
                i = low.index(w)
                problems.append(f"{where}: {w!r} in a chapter for students: …{text[max(0, i - 40):i + 40].strip()}…")
    return problems


def check_order(root: Path) -> list[str]:
    rules_json = root / "generated" / "rules.json"
    if not rules_json.is_file():
        return [f"{rules_json}: missing (bookgen writes it)"]
    ids = [r["id"] for r in json.loads(rules_json.read_text(encoding="utf-8"))]
    svg = root / "generated" / "volgorde.svg"
    chapter = root / "studenten" / "01a-volgorde.html"
    problems: list[str] = []
    for f in (svg, chapter):
        if not f.is_file():
            problems.append(f"{f.relative_to(root)}: missing")
            continue
        text = f.read_text(encoding="utf-8")
        missing = [i for i in ids if not re.search(r"(?<![\w-])" + re.escape(i) + r"(?![\w-])", text)]
        if missing:
            problems.append(f"{f.relative_to(root)}: does not name {', '.join(missing)}")
    if chapter.is_file() and "generated/volgorde.svg" not in chapter.read_text(encoding="utf-8"):
        problems.append(f"{chapter.relative_to(root)}: does not show generated/volgorde.svg")
    return problems


def pdf_pages(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        m = re.search(r"^Pages:\s+(\d+)", out, re.M)
        if m:
            return int(m.group(1))
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("book", type=Path, help="the built book (book/book)")
    ap.add_argument("--cases", type=Path)
    ap.add_argument("--examples", type=Path)
    ap.add_argument("--summary", type=Path)
    ap.add_argument("--site", type=Path, help="the demo's static site (site/)")
    ap.add_argument("--students", type=Path, help="the Dutch chapters (book/src/studenten)")
    ap.add_argument("--pdf", type=Path, help="the PDF of the book (book/book/kantonrechter.pdf)")
    ap.add_argument("--min-pages", type=int, default=100, help="the fewest pages the PDF may have")
    args = ap.parse_args()
    if not (args.book / "index.html").is_file():
        print(f"check-book: {args.book} has no index.html; build the book first", file=sys.stderr)
        return 1
    problems = check_links(args.book)
    n_html = sum(1 for _ in args.book.rglob("*.html"))
    if args.cases is not None:
        problems += check_cases(args.book, args.cases, args.summary)
    if args.examples is not None:
        problems += check_examples(args.book, args.examples)
    demo = False
    if args.site is not None and (args.site / "index.html").is_file():
        demo = True
        if not (args.book / "demo" / "index.html").is_file():
            problems.append(f"{args.site}/index.html exists but the book has no demo/index.html")
        # Each example and decision page opens the demo with its scenario loaded.
        pages = [args.book / "voorbeelden" / f"{x.stem}.html" for x in sorted(args.examples.glob("*.json"))] if args.examples else []
        pages += [args.book / "uitspraken" / f"{x.stem}.html" for x in sorted(args.cases.glob("*.json"))] if args.cases else []
        for page in pages:
            if page.is_file() and "demo/index.html#r=j" not in page.read_text(encoding="utf-8"):
                problems.append(f"{page.relative_to(args.book)}: no link that opens the demo with its scenario")
    problems += check_order(args.book)
    if args.students is not None:
        problems += check_students(args.book, args.students)
    pages_pdf = None
    if args.pdf is not None:
        if not args.pdf.is_file():
            problems.append(f"{args.pdf}: no PDF of the book")
        else:
            pages_pdf = pdf_pages(args.pdf)
            if pages_pdf < args.min_pages:
                problems.append(f"{args.pdf}: {pages_pdf} page(s), fewer than {args.min_pages}")
    for p in problems:
        print(f"check-book: {p}", file=sys.stderr)
    if problems:
        print(f"check-book: {len(problems)} problem(s) in {n_html} HTML files", file=sys.stderr)
        return 1
    n_cases = len(list(args.cases.glob("*.json"))) if args.cases else 0
    print(f"check-book: {n_html} HTML files, every internal link and anchor resolves; "
          f"{n_cases} decision(s), each with its page and exercise; "
          f"demo {'served at demo/index.html' if demo else 'not built'}"
          + "; the order of the test names every rule"
          + (f"; the student chapters free of `cargo run` and engine words" if args.students else "")
          + (f"; the PDF has {pages_pdf} pages" if pages_pdf is not None else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
