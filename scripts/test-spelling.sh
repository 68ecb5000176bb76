#!/usr/bin/env bash
# The spelling check of every generated Dutch and English sentence: the memo of every example,
# of every exercise request of the book (book/exercises) and of every decided case's request, in
# both languages, through Debian's hunspell (nl_NL, en_GB; installed by scripts/setup.sh). The
# parties' own words (every string of the request: titles, descriptions, statements, element
# ids) are not the engine's and are left out; so are the sources' labels (citations) and URLs. What hunspell does not know must be on the reviewed
# allow-list tests/data/spelling-{nl,en}.txt (legal terms, abbreviations), or the check fails.
# Then the prose of the book's student chapters, against tests/data/spelling-book.txt.
# Picked up by scripts/test.sh; runs alone too.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build -q --features cli --bin kantonrechter
BIN="$(realpath -m "${CARGO_TARGET_DIR:-target}")/debug/kantonrechter"
python3 - "$BIN" <<'PY'
import glob, json, os, re, subprocess, sys, tempfile

bin_ = sys.argv[1]
files = sorted("examples/" + f for f in os.listdir("examples") if f.endswith(".json"))
# The requests of the chapter "Oefenen als rechter" (book/exercises/) give memos too.
if os.path.isdir("book/exercises"):
    files += sorted("book/exercises/" + f for f in os.listdir("book/exercises") if f.endswith(".json"))
cases = sorted("cases/" + f for f in os.listdir("cases") if f.endswith(".json")) if os.path.isdir("cases") else []
tmp = tempfile.mkdtemp()

def strings(v, out):
    if isinstance(v, str):
        out.add(v)
    elif isinstance(v, list):
        for x in v: strings(x, out)
    elif isinstance(v, dict):
        for x in v.values(): strings(x, out)

PUNCT = "\"'“”‘’()[]{}…,.;:!?«»*_`<>|"
def tokens(text):
    for t in text.split():
        t = t.strip(PUNCT + "-–—/")
        if not t or re.search(r"[0-9@#=]", t) or not re.search(r"[A-Za-zÀ-ÿ]", t):
            continue
        yield t

def allow(lang):
    p = f"tests/data/spelling-{lang}.txt"
    return {l.strip() for l in open(p, encoding="utf-8") if l.strip() and not l.startswith("#")}

requests = []
for f in files:
    requests.append((f, f, json.load(open(f, encoding="utf-8"))))
for f in cases:
    req = json.load(open(f, encoding="utf-8"))["request"]
    p = os.path.join(tmp, os.path.basename(f))
    json.dump(req, open(p, "w", encoding="utf-8"))
    requests.append((f, p, req))

failed = False
for lang, dic in (("nl", "nl_NL"), ("en", "en_GB")):
    allowed = allow(lang)
    unknown = {}
    for name, path, req in requests:
        own = set()
        strings(req, own)
        own_words = {w for s in own for w in tokens(s)}
        out = subprocess.run([bin_, "evaluate", path, "--format", "text", "--lang", lang],
                             capture_output=True, text=True, check=True).stdout
        lines = [l for l in out.splitlines()
                 if not l.startswith(("Bronnen:", "Sources:")) and "sha256" not in l]
        text = re.sub(r"<?https?://\S+", " ", "\n".join(lines))
        words = {w for w in tokens(text) if w not in own_words and w not in allowed}
        if not words:
            continue
        res = subprocess.run(["hunspell", "-d", dic, "-l", "-i", "utf-8"], input="\n".join(sorted(words)),
                             capture_output=True, text=True, check=True).stdout.split()
        for w in res:
            if w not in allowed:
                unknown.setdefault(w, name)
    for w, name in sorted(unknown.items()):
        print(f"spelling ({lang}): {w!r} (first in {name})")
        failed = True
    print(f"spelling ({lang}): {len(requests)} memos checked, {len(unknown)} unknown words")

# The book's chapters for students (book/src/studenten/*.md): the prose, without code, links,
# HTML and includes, against both dictionaries (the chapters carry English notes). What
# hunspell does not know (names, abbreviations, quoted sources' own spelling marked [sic], web
# addresses) is on the reviewed list tests/data/spelling-book.txt, or the check fails.
allowed = allow("book")
unknown = {}
chapters = sorted(glob.glob("book/src/studenten/*.md"))
for f in chapters:
    t = open(f, encoding="utf-8").read()
    for pattern, by in ((r"```.*?```", " "), (r"`[^`]*`", " "), (r"\]\([^)]*\)", "]"),
                        (r"<[^>]+>", " "), (r"https?://\S+", " "), (r"\{\{[^}]*\}\}", " ")):
        t = re.sub(pattern, by, t, flags=re.S)
    words = {w for w in tokens(t) if w not in allowed}
    res = subprocess.run(["hunspell", "-d", "nl_NL,en_GB", "-l", "-i", "utf-8"], input="\n".join(sorted(words)),
                         capture_output=True, text=True, check=True).stdout.split()
    for w in res:
        if w not in allowed:
            unknown.setdefault(w, f)
for w, f in sorted(unknown.items()):
    print(f"spelling (book): {w!r} (first in {f})")
    failed = True
print(f"spelling (book): {len(chapters)} chapters checked, {len(unknown)} unknown words")
sys.exit(1 if failed else 0)
PY

