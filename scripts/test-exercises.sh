#!/usr/bin/env bash
# The requests of the chapter "Oefenen als rechter" (book/src/studenten/11-oefenen-als-rechter.md):
# every book/exercises/*.json must be a valid request that the engine evaluates, and give what
# the chapter's model answers quote: the outcome, the ground, the weights of the two sides, and
# the outcome under the cumulative reading of art. 27(4) WOR where the chapter names it. If the
# model changes one of them, this fails and names the exercise to update.
# Picked up by scripts/test.sh; runs alone too.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build -q --features cli --bin kantonrechter
python3 - "$(realpath -m "${CARGO_TARGET_DIR:-target}")/debug/kantonrechter" <<'PY'
import json, os, subprocess, sys, tempfile

BIN = sys.argv[1]
DIR = "book/exercises"
# file: (outcome, ground, (employer, works council) or None, outcome under "cumulative" or None)
QUOTED = {
    "01a-voorvragen-gps-nietigheid-tijdig.json": ("refused", None, ("2", "2"), None),
    "01b-voorvragen-gps-nietigheid-te-laat.json": ("inadmissible", None, None, None),
    "02-grond1-kantoordagen.json": ("refused", None, ("2", "5"), None),
    "03-grond2-koelhuis.json": ("granted", "weighty_reasons", ("4", "4"), "refused"),
    "04a-avg-thuiswerksoftware.json": ("refused", None, None, None),
    "04b-avg-thuiswerksoftware-aangepast.json": ("refused", None, ("1", "2"), None),
    "05-volledige-zaak-metaal.json": ("partly_granted", "unreasonable_refusal", None, "refused"),
    "06a-precedent-omron-a-fortiori.json": ("granted", "unreasonable_refusal", ("2", "1"), "refused"),
    "06b-precedent-omron-onderscheiden.json": ("refused", None, ("0", "4"), None),
}

# Variations the chapter runs in words: (file, [(JSON path, value; None deletes)], outcome,
# ground, weights). A path is a list of keys and list indices.
VARIANTS = [
    # Oefening 1: the employer's interest weighed "serious" instead of the default.
    ("01a-voorvragen-gps-nietigheid-tijdig.json",
     [(["interests", "employer", 0, "importance"], "serious")],
     "granted", "unreasonable_refusal", ("4", "2")),
    # Oefening 2: productivity proven instead of merely asserted.
    ("02-grond1-kantoordagen.json",
     [(["interests", "employer", 1, "substantiation"], "established")],
     "refused", None, ("4", "5")),
    # Oefening 3: both evaluations left to the defaults, and only the council's kept.
    ("03-grond2-koelhuis.json",
     [(["interests", "employer", 0, "importance"], None),
      (["interests", "works_council", 0, "importance"], None)],
     "granted", "unreasonable_refusal", ("2", "1")),
    ("03-grond2-koelhuis.json",
     [(["interests", "employer", 0, "importance"], None)],
     "refused", None, ("2", "4")),
]

def patched(req, changes):
    for path, value in changes:
        node = req
        for key in path[:-1]:
            node = node[key]
        if value is None:
            node.pop(path[-1], None)
        else:
            node[path[-1]] = value
    return req

def evaluate(path):
    res = subprocess.run([BIN, "evaluate", path, "--json"], capture_output=True, text=True)
    if res.returncode != 0:
        raise ValueError((res.stderr or res.stdout).strip())
    return json.loads(res.stdout)

problems = []
files = sorted(f for f in os.listdir(DIR) if f.endswith(".json"))
for name in sorted(set(QUOTED) - set(files)):
    problems.append(f"{DIR}/{name} is missing")
tmp = tempfile.mkdtemp()
for name in files:
    path = f"{DIR}/{name}"
    if name not in QUOTED:
        problems.append(f"{path} has no quoted outcome in scripts/test-exercises.sh")
        continue
    outcome, ground, weights, cumulative = QUOTED[name]
    try:
        r = evaluate(path)
    except ValueError as e:
        problems.append(f"{path} is not a valid request: {e}")
        continue
    if (r["outcome"], r.get("ground")) != (outcome, ground):
        problems.append(f"{path} gives {r['outcome']} ({r.get('ground')}), the chapter quotes {outcome} ({ground})")
    if weights is not None:
        w = r.get("weights") or {}
        got = (w.get("employer"), w.get("works_council"))
        if None in got or tuple(float(x) for x in got) != tuple(float(x) for x in weights):
            problems.append(f"{path} gives weights {got}, the chapter quotes {weights}")
    if cumulative is not None:
        req = json.load(open(path, encoding="utf-8"))
        req["readings"] = dict(req.get("readings") or {}, stage2="cumulative")
        alt = os.path.join(tmp, name)
        json.dump(req, open(alt, "w", encoding="utf-8"))
        got = evaluate(alt)["outcome"]
        if got != cumulative:
            problems.append(f"{path} under the cumulative reading gives {got}, the chapter quotes {cumulative}")
for i, (name, changes, outcome, ground, weights) in enumerate(VARIANTS):
    path = f"{DIR}/{name}"
    if not os.path.isfile(path):
        continue
    alt = os.path.join(tmp, f"variant-{i}-{name}")
    json.dump(patched(json.load(open(path, encoding="utf-8")), changes), open(alt, "w", encoding="utf-8"))
    r = evaluate(alt)
    w = r.get("weights") or {}
    got = (r["outcome"], r.get("ground"), w.get("employer"), w.get("works_council"))
    if got[:2] != (outcome, ground) or None in got[2:] or tuple(float(x) for x in got[2:]) != tuple(float(x) for x in weights):
        problems.append(f"{path} with {changes} gives {got}, the chapter quotes {(outcome, ground) + weights}")
for p in problems:
    print(f"test-exercises: {p}", file=sys.stderr)
if problems:
    sys.exit(1)
print(f"test-exercises: {len(files)} exercise requests and {len(VARIANTS)} variations evaluated, each with what the chapter quotes")
PY
