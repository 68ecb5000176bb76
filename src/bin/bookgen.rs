//! `bookgen`: writes the generated parts of the book (`book/src`) from the library and the
//! repository's data files, so that nothing legal in the book is copied by hand.
//!
//! ```text
//! cargo run --bin bookgen -- [--root DIR] [--cli PATH]
//! ```
//!
//! What it writes (all git-ignored, rewritten on every run):
//!
//! - `book/src/SUMMARY.md`, from `book/SUMMARY.template.md`: the template's marker lines
//!   `<!-- bookgen:examples -->`, `<!-- bookgen:exercises -->` and `<!-- bookgen:cases -->`
//!   become one entry per example, exercise and decision;
//! - `book/src/generated/`: the rule catalogue (whole, per family and per rule), the
//!   calibration, the law's dates, the JSON Schemas with a field reference, the CLI's help,
//!   the conformance table and the demo's status;
//! - `book/src/voorbeelden/`: a page per scenario in `examples/`;
//! - `book/src/uitspraken/` and `book/src/oefeningen/`: a page and an exercise per decision
//!   in `cases/`;
//! - `book/src/demo/`: a copy of the static demo site (`site/`), if it was built.
//!
//! It has no legal logic: rulings come from [`kantonrechter::json::evaluate_to_json`] (the
//! bytes `kantonrechter evaluate --json` prints), the catalogue and the calibration from the
//! library, and the features that only the command line offers (`whatif`, `cases`, the help
//! texts) from running the `kantonrechter` binary next to this one. A feature the binary does
//! not have yet is reported as missing on the page, and the book still builds.

#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use kantonrechter::Lang;
use kantonrechter::json;
use kantonrechter::law;
use serde_json::Value;

type Res<T> = Result<T, String>;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bookgen: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Where things are.
struct Gen {
    root: PathBuf,
    src: PathBuf,
    cli: Option<PathBuf>,
}

fn run() -> Res<()> {
    let mut root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut cli: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--root" => root = PathBuf::from(args.next().ok_or("--root needs a directory")?),
            "--cli" => cli = Some(PathBuf::from(args.next().ok_or("--cli needs a path")?)),
            "-h" | "--help" => {
                println!("usage: bookgen [--root DIR] [--cli PATH-TO-kantonrechter]");
                return Ok(());
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let cli = cli.or_else(|| {
        let exe = std::env::current_exe().ok()?;
        let name = format!("kantonrechter{}", std::env::consts::EXE_SUFFIX);
        let p = exe.with_file_name(name);
        p.is_file().then_some(p)
    });
    let g = Gen {
        src: root.join("book").join("src"),
        root,
        cli,
    };
    if g.cli.is_none() {
        eprintln!(
            "bookgen: warning: no kantonrechter binary found next to bookgen (build it with `cargo build`); the CLI's help, what-if and conformance sections will say so"
        );
    }
    for dir in [
        "generated",
        "voorbeelden",
        "uitspraken",
        "oefeningen",
        "demo",
        "demo-example",
    ] {
        let p = g.src.join(dir);
        if p.exists() {
            fs::remove_dir_all(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        }
    }
    mkdir(&g.src.join("generated"))?;

    rules(&g)?;
    calibration(&g)?;
    versions(&g)?;
    schemas(&g)?;
    cli_help(&g)?;
    let demo = demo(&g)?;
    let examples = examples(&g, demo)?;
    let cases = cases(&g, demo)?;
    summary(&g, &examples, &cases)?;
    eprintln!(
        "bookgen: wrote {} example page(s), {} decision page(s) with exercises, into {}",
        examples.len(),
        cases.len(),
        g.src.display()
    );
    Ok(())
}

// ---------------------------------------------------------------------------------- files

fn mkdir(p: &Path) -> Res<()> {
    fs::create_dir_all(p).map_err(|e| format!("{}: {e}", p.display()))
}

fn write(p: &Path, text: &str) -> Res<()> {
    if let Some(parent) = p.parent() {
        mkdir(parent)?;
    }
    fs::write(p, text).map_err(|e| format!("{}: {e}", p.display()))
}

fn read(p: &Path) -> Res<String> {
    fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

fn parse(text: &str, what: &str) -> Res<Value> {
    serde_json::from_str(text).map_err(|e| format!("{what}: {e}"))
}

/// The `.json` files of a directory, sorted by name.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json") && p.is_file())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// What a run of the CLI gave: whether it exited 0, its standard output and error.
struct CliRun {
    ok: bool,
    stdout: String,
    stderr: String,
}

fn run_cli_raw(g: &Gen, args: &[&str]) -> Result<CliRun, String> {
    let Some(cli) = &g.cli else {
        return Err("the kantonrechter binary was not built".into());
    };
    let out = Command::new(cli)
        .args(args)
        .current_dir(&g.root)
        .output()
        .map_err(|e| format!("{}: {e}", cli.display()))?;
    Ok(CliRun {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

/// Run the CLI; `Ok(stdout)` on exit 0, `Err(why)` otherwise (including "no binary").
fn run_cli(g: &Gen, args: &[&str]) -> Result<String, String> {
    let run = run_cli_raw(g, args)?;
    if run.ok {
        Ok(run.stdout)
    } else {
        let first = run
            .stderr
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        Err(format!(
            "`kantonrechter {}` failed: {}",
            args.join(" "),
            first.trim()
        ))
    }
}

/// Does the CLI have this subcommand? (Read from `--help`, so a feature that has not landed
/// yet is simply absent.)
fn has_subcommand(g: &Gen, name: &str) -> bool {
    run_cli(g, &["--help"]).is_ok_and(|h| subcommands(&h).iter().any(|s| s == name))
}

fn subcommands(help: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in help.lines() {
        if line.starts_with("Commands:") {
            inside = true;
            continue;
        }
        if inside {
            if !line.starts_with("  ") {
                break;
            }
            if let Some(name) = line.split_whitespace().next()
                && name != "help"
            {
                out.push(name.to_string());
            }
        }
    }
    out
}

// ------------------------------------------------------------------------------- markdown

/// Escape text for Markdown (also inside a table cell): HTML and the inline markers.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' => out.push_str("&#124;"),
            '\n' | '\r' => out.push(' '),
            '\\' | '*' | '_' | '`' | '[' | ']' | '#' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// A Markdown link to an external address (angle brackets keep odd characters intact).
fn link(label: &str, url: &str) -> String {
    format!(
        "[{}](<{}>)",
        md(label),
        url.replace('>', "%3E").replace(' ', "%20")
    )
}

/// A fenced code block that cannot be closed early by its content.
fn fence(lang: &str, body: &str) -> String {
    let mut ticks = String::from("```");
    while body.contains(ticks.as_str()) {
        ticks.push('`');
    }
    let body = body.trim_end_matches('\n');
    format!("{ticks}{lang}\n{body}\n{ticks}\n")
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// A JSON value as short text: strings bare, numbers and booleans as written, null as "—",
/// arrays joined, objects as compact JSON.
fn plain(v: &Value) -> String {
    match v {
        Value::Null => "—".into(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(plain).collect::<Vec<_>>().join(", "),
        Value::Object(_) => serde_json::to_string(v).unwrap_or_default(),
        other => other.to_string(),
    }
}

/// The anchor of a rule in the catalogue page.
fn rule_anchor(code: &str) -> String {
    format!("rule-{}", code.to_ascii_lowercase())
}

/// A link from a page at `depth` directories below `book/src` to a rule's entry.
fn rule_link(code: &str, depth: usize) -> String {
    format!(
        "[{code}]({}generated/regels.md#{})",
        "../".repeat(depth),
        rule_anchor(code)
    )
}

// ---------------------------------------------------------------------------------- rules

const STATUS_NL: &[(&str, &str)] = &[
    ("verified", "geverifieerd"),
    ("partial", "gedeeltelijk"),
    ("memory", "uit het geheugen"),
    ("unverified", "niet geverifieerd"),
    ("inference", "afleiding"),
];

fn status_badge(status: &str) -> String {
    let nl = STATUS_NL
        .iter()
        .find(|(k, _)| *k == status)
        .map(|(_, v)| *v)
        .unwrap_or(status);
    let warn = matches!(status, "memory" | "unverified" | "inference");
    if warn {
        format!("**{status}** ⚠ ({nl})")
    } else {
        format!("{status} ({nl})")
    }
}

fn dates(r: &Value) -> String {
    let from = r.get("from").and_then(Value::as_str);
    let until = r.get("until").and_then(Value::as_str);
    match (from, until) {
        (None, None) => "hele bereik / whole range".into(),
        (Some(f), None) => format!("vanaf / from {f}"),
        (None, Some(u)) => format!("tot en met / until {u}"),
        (Some(f), Some(u)) => format!("{f} – {u}"),
    }
}

fn sources_inline(r: &Value, sep: &str) -> String {
    r.get("sources")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|x| match x.get("url").and_then(Value::as_str) {
                    Some(u) => link(s(x, "label"), u),
                    None => format!(
                        "{} (geen publieke link / no public link)",
                        md(s(x, "label"))
                    ),
                })
                .collect::<Vec<_>>()
                .join(sep)
        })
        .unwrap_or_default()
}

/// The family of a rule id, for the grouped tables.
fn family(code: &str) -> &'static str {
    let c = code.to_ascii_uppercase();
    let any = |prefixes: &[&str]| prefixes.iter().any(|p| c.starts_with(p));
    if any(&["WOR", "RV", "CASE", "BW"]) {
        "wor"
    } else if any(&["AIA"]) {
        "aia"
    } else if any(&["ECHR"]) {
        "echr"
    } else if any(&["NL"]) {
        "nl"
    } else if any(&["AVG", "UAVG", "AP-", "WBP", "CJEU", "WP"]) {
        "avg"
    } else {
        "overig"
    }
}

fn rule_table(rules: &[&Value], anchors: bool, depth: usize) -> String {
    let mut out = String::new();
    out.push_str(
        "| id | regel (nl) / rule (en) | status | geldt / in force | bronnen / sources |\n",
    );
    out.push_str("|---|---|---|---|---|\n");
    for r in rules {
        let code = s(r, "id");
        let id = if anchors {
            format!("<a id=\"{}\"></a>`{code}`", rule_anchor(code))
        } else {
            rule_link(code, depth)
        };
        let _ = writeln!(
            out,
            "| {id} | {}<br>*{}* | {} | {} | {} |",
            md(s(r, "title_nl")),
            md(s(r, "title_en")),
            status_badge(s(r, "status")),
            dates(r),
            sources_inline(r, "<br>")
        );
    }
    out
}

fn rules(g: &Gen) -> Res<()> {
    // The same bytes as `kantonrechter rules --json`.
    let text = json::to_json(law::CATALOGUE);
    let all = parse(&text, "rules")?;
    let list: Vec<&Value> = all
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let gdir = g.src.join("generated");
    write(&gdir.join("rules.json"), &text)?;

    let mut page = String::new();
    page.push_str("# Regelcatalogus / Rule catalogue\n\n");
    page.push_str(
        "*Gegenereerd uit `kantonrechter rules --json` — niet met de hand bijwerken. \
         Generated from `kantonrechter rules --json`; do not edit by hand.*\n\n",
    );
    let _ = writeln!(
        page,
        "Versie van het recht / law version: **{}** · bronnen tot / sources up to **{}** · \
         {} regels / rules. De ruwe gegevens: [rules.json](rules.json).\n",
        law::LAW_VERSION,
        law::KNOWN_UNTIL,
        list.len()
    );
    page.push_str(
        "De status is het eigen label van de catalogus: *verified* (een opgeslagen bron zegt \
         het), *partial* (de bron bevestigt de kern, niet elk detail), *memory* (herinnering \
         van de makers, nog te controleren), *unverified* (niet bevestigd) en *inference* (een \
         modelkeuze die geen bron zo uitspreekt). Regels met ⚠ rusten niet op een bron die het \
         zo zegt: lees ze kritisch.\n\n\
         *The status is the catalogue's own label. Rules marked ⚠ do not rest on a source that \
         says so: read them critically.*\n\n",
    );
    page.push_str(&rule_table(&list, true, 1));
    write(&gdir.join("regels.md"), &page)?;

    for fam in ["wor", "avg", "aia", "echr", "nl", "overig"] {
        let subset: Vec<&Value> = list
            .iter()
            .copied()
            .filter(|r| family(s(r, "id")) == fam)
            .collect();
        // Included from pages one directory below src (`studenten/`).
        write(
            &gdir.join(format!("regels-{fam}.md")),
            &rule_table(&subset, false, 1),
        )?;
    }
    for r in &list {
        let code = s(r, "id");
        let mut card = String::new();
        let _ = writeln!(
            card,
            "> **{}** · {} · {}  \n> {}  \n> *{}*  \n> Bronnen / sources: {}\n",
            rule_link(code, 1),
            status_badge(s(r, "status")),
            dates(r),
            md(s(r, "title_nl")),
            md(s(r, "title_en")),
            sources_inline(r, " · ")
        );
        write(&gdir.join("regel").join(format!("{code}.md")), &card)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------- calibration

fn calibration(g: &Gen) -> Res<()> {
    // The same bytes as `kantonrechter calibration --json`.
    let text = json::to_json(&kantonrechter::Calibration::default().entries());
    let entries = parse(&text, "calibration")?;
    let gdir = g.src.join("generated");
    write(&gdir.join("calibration.json"), &text)?;
    let mut page = String::new();
    page.push_str(
        "*Gegenereerd uit `kantonrechter calibration --json`. Generated from \
         `kantonrechter calibration --json`.* Ruwe gegevens / raw data: \
         [calibration.json](../generated/calibration.json).\n\n",
    );
    page.push_str(
        "| sleutel / key | standaard / default | betekenis en reden / meaning and reason |\n",
    );
    page.push_str("|---|---|---|\n");
    for e in entries.as_array().into_iter().flatten() {
        let _ = writeln!(
            page,
            "| <a id=\"cal-{}\"></a>`{}` | {} | {} |",
            s(e, "key").replace('.', "-"),
            s(e, "key"),
            plain(e.get("default").unwrap_or(&Value::Null)),
            md(s(e, "doc"))
        );
    }
    write(&gdir.join("kalibratie.md"), &page)
}

// ------------------------------------------------------------------------------- versions

fn versions(g: &Gen) -> Res<()> {
    use kantonrechter::request::AiActSchedule;
    let mut t = String::new();
    t.push_str("| constante / constant | waarde / value | betekenis / meaning |\n|---|---|---|\n");
    let rows: Vec<(&str, String, &str)> = vec![
        (
            "law::LAW_VERSION",
            law::LAW_VERSION.to_string(),
            "version of the rule catalogue: the date of the latest source it was checked against",
        ),
        (
            "law::KNOWN_UNTIL",
            law::KNOWN_UNTIL.to_string(),
            "the catalogue's sources end here; a ruling for a later day carries a warning",
        ),
        (
            "law::SUPPORTED_FROM",
            law::SUPPORTED_FROM.to_string(),
            "first day the library has law for (the Wbp; the date is marked MEMORY in the code)",
        ),
        (
            "law::SUPPORTED_UNTIL",
            law::SUPPORTED_UNTIL.to_string(),
            "last day the library answers for; later dates are refused",
        ),
        (
            "law::AVG_FROM",
            law::AVG_FROM.to_string(),
            "the AVG (GDPR) applies; before it, the Wbp",
        ),
        (
            "law::AI_PROHIBITIONS_FROM",
            law::AI_PROHIBITIONS_FROM.to_string(),
            "the AI Act's prohibitions (art. 5) apply",
        ),
        (
            "high_risk_duties_from(original)",
            law::high_risk_duties_from(AiActSchedule::Original).to_string(),
            "AI Act art. 26 deployer duties for Annex III systems, art. 113 as published",
        ),
        (
            "high_risk_duties_from(omnibus)",
            law::high_risk_duties_from(AiActSchedule::Omnibus).to_string(),
            "the same under the Digital Omnibus on AI (the default reading; OJ publication not confirmed in the sources)",
        ),
    ];
    for (k, v, m) in rows {
        let _ = writeln!(t, "| `{k}` | **{v}** | {} |", md(m));
    }
    write(&g.src.join("generated").join("versies.md"), &t)
}

// -------------------------------------------------------------------------------- schemas

fn schemas(g: &Gen) -> Res<()> {
    let gdir = g.src.join("generated");
    for (name, text, title) in [
        ("input", json::input_schema(), "Input: the request"),
        (
            "ruling",
            json::ruling_schema(),
            "Output: the ruling's report",
        ),
    ] {
        write(
            &gdir.join("schema").join(format!("{name}.schema.json")),
            &text,
        )?;
        let schema = parse(&text, name)?;
        let mut page = String::new();
        let _ = writeln!(
            page,
            "*Generated from `kantonrechter schema {name}` (JSON Schema draft 2020-12). \
             Download: [{name}.schema.json](schema/{name}.schema.json).*\n"
        );
        let _ = writeln!(page, "## {title}\n");
        page.push_str(&schema_reference(&schema));
        write(&gdir.join(format!("schema-{name}.md")), &page)?;
    }
    Ok(())
}

/// A field reference from a JSON Schema: the root object and every definition, with each
/// property's type, default and description; enums with each value's description.
fn schema_reference(root: &Value) -> String {
    let mut out = String::new();
    let title = s(root, "title");
    let _ = writeln!(
        out,
        "### <a id=\"def-{}\"></a>`{}` (root)\n",
        title.to_ascii_lowercase(),
        title
    );
    out.push_str(&definition(root, title));
    if let Some(defs) = root.get("$defs").and_then(Value::as_object) {
        for (name, def) in defs {
            let _ = writeln!(
                out,
                "### <a id=\"def-{}\"></a>`{name}`\n",
                name.to_ascii_lowercase()
            );
            out.push_str(&definition(def, name));
        }
    }
    out
}

fn definition(def: &Value, name: &str) -> String {
    let mut out = String::new();
    let desc = s(def, "description");
    if !desc.is_empty() {
        let _ = writeln!(out, "{}\n", md(desc));
    }
    if let Some(props) = def.get("properties").and_then(Value::as_object) {
        let required: Vec<&str> = def
            .get("required")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        out.push_str("| field | type | required / default | description |\n|---|---|---|---|\n");
        for (k, p) in props {
            let req = if required.contains(&k.as_str()) {
                "**required**".to_string()
            } else {
                match p.get("default") {
                    Some(d) => format!("default `{}`", short_json(d)),
                    None => "optional".into(),
                }
            };
            let _ = writeln!(
                out,
                "| `{k}` | {} | {req} | {} |",
                type_of(p),
                md(s(p, "description"))
            );
        }
        if def.get("additionalProperties") == Some(&Value::Bool(false)) {
            out.push_str("\nUnknown fields are rejected.\n");
        }
        out.push('\n');
        return out;
    }
    let variants = def
        .get("oneOf")
        .or_else(|| def.get("anyOf"))
        .and_then(Value::as_array);
    if let Some(vs) = variants {
        out.push_str("| value | description |\n|---|---|\n");
        for v in vs {
            let value = v
                .get("const")
                .map(short_json)
                .or_else(|| {
                    v.get("enum")
                        .and_then(Value::as_array)
                        .map(|a| a.iter().map(short_json).collect::<Vec<_>>().join(", "))
                })
                .unwrap_or_else(|| type_of(v));
            let _ = writeln!(
                out,
                "| `{}` | {} |",
                value.replace('|', "\\|"),
                md(s(v, "description"))
            );
        }
        out.push('\n');
        return out;
    }
    if let Some(e) = def.get("enum").and_then(Value::as_array) {
        let vals: Vec<String> = e.iter().map(|v| format!("`{}`", short_json(v))).collect();
        let _ = writeln!(out, "One of: {}\n", vals.join(", "));
        return out;
    }
    let _ = writeln!(out, "Type: {}\n", type_of(def));
    let _ = name;
    out
}

fn short_json(v: &Value) -> String {
    let t = serde_json::to_string(v).unwrap_or_default();
    if t.len() > 60 {
        format!(
            "{}…",
            &t[..t.char_indices().nth(57).map(|(i, _)| i).unwrap_or(t.len())]
        )
    } else {
        t
    }
}

fn type_of(p: &Value) -> String {
    if let Some(r) = p.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap_or(r);
        return format!("[`{name}`](#def-{})", name.to_ascii_lowercase());
    }
    if let Some(any) = p
        .get("anyOf")
        .or_else(|| p.get("oneOf"))
        .and_then(Value::as_array)
    {
        return any.iter().map(type_of).collect::<Vec<_>>().join(" or ");
    }
    let base = match p.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(" or "),
        _ => String::new(),
    };
    if base == "array"
        && let Some(items) = p.get("items")
    {
        return format!("array of {}", type_of(items));
    }
    if base == "object"
        && let Some(ap) = p.get("additionalProperties").filter(|v| v.is_object())
    {
        return format!("map of {}", type_of(ap));
    }
    if let Some(c) = p.get("const") {
        return format!("`{}`", short_json(c));
    }
    if base.is_empty() { "any".into() } else { base }
}

// -------------------------------------------------------------------------------- the CLI

fn cli_help(g: &Gen) -> Res<()> {
    let mut page = String::new();
    match run_cli(g, &["--help"]) {
        Ok(top) => {
            page.push_str("*Generated from the binary's own `--help`.*\n\n");
            page.push_str("### `kantonrechter --help`\n\n");
            page.push_str(&fence("text", &top));
            for sub in subcommands(&top) {
                if let Ok(h) = run_cli(g, &[sub.as_str(), "--help"]) {
                    let _ = writeln!(page, "\n### `kantonrechter {sub} --help`\n");
                    page.push_str(&fence("text", &h));
                }
            }
        }
        Err(e) => {
            let _ = writeln!(
                page,
                "> The help texts could not be generated: {}. Build the binary with \
                 `cargo build` and run `scripts/book.sh` again.",
                md(&e)
            );
        }
    }
    write(&g.src.join("generated").join("cli-help.md"), &page)
}

// ----------------------------------------------------------------------------------- demo

/// Copy the static demo site into the book (it is served from `demo/`), and write the
/// status snippet the chapters include. Returns whether the demo is there.
fn demo(g: &Gen) -> Res<bool> {
    let site = g.root.join("site");
    let present = site.join("index.html").is_file();
    if present {
        copy_dir(&site, &g.src.join("demo"))?;
    }
    wasm_example(g, present)?;
    wasm_api(g)?;
    for (file, up) in [("demo-status.md", "../"), ("demo-status-root.md", "")] {
        let status = if present {
            format!(
                "> **Demo:** [open de demopagina / open the demo page]({up}demo/index.html) — \
                 de rekenkern draait in je browser; ingevoerde feiten verlaten je computer \
                 niet. *The engine runs in your browser; the facts you type never leave your \
                 machine.*\n"
            )
        } else {
            "> **Demo:** de WebAssembly-demo is bij deze build niet gebouwd, dus deze versie \
             van het boek bevat haar niet. *The WebAssembly demo was not built for this copy of \
             the book.* Build it with `wasm/build.sh` (it writes `site/`), then run \
             `scripts/book.sh` again; the page is then served at `demo/index.html` next to the \
             book.\n"
                .to_string()
        };
        write(&g.src.join("generated").join(file), &status)?;
    }
    Ok(present)
}

/// The book's browser example, served live next to the demo (importing the demo's `pkg/`)
/// when the demo was built, and the status line the WASM chapter includes.
fn wasm_example(g: &Gen, present: bool) -> Res<()> {
    let from = g.root.join("book").join("examples").join("wasm-browser");
    let live = present && g.root.join("site").join("pkg").is_dir() && from.is_dir();
    if live {
        let to = g.src.join("demo-example");
        for name in ["index.html", "example.js"] {
            let text = read(&from.join(name))?.replace("'./pkg/", "'../demo/pkg/");
            write(&to.join(name), &text)?;
        }
    }
    let status = if live {
        "> **Try it:** [this example, live](../demo-example/index.html) (it loads the demo's \
         `pkg/`). `scripts/test-book.sh` opens it in headless Chromium and checks that it shows \
         a ruling.\n"
    } else {
        "> The live copy of this example is served with the demo, which was not built for this \
         copy of the book.\n"
    };
    write(
        &g.src.join("generated").join("wasm-example-status.md"),
        status,
    )
}

/// The JavaScript API as the build declares it: the TypeScript declarations wasm-bindgen
/// generated for the demo (`site/pkg/*.d.ts`, else `wasm/pkg/*.d.ts`).
fn wasm_api(g: &Gen) -> Res<()> {
    let mut page = String::new();
    let dts = ["site/pkg", "wasm/pkg"].iter().find_map(|d| {
        let dir = g.root.join(d);
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.to_string_lossy().ends_with(".d.ts")
                    && !p.to_string_lossy().ends_with("_bg.wasm.d.ts")
            })
            .collect();
        files.sort();
        files.into_iter().next().map(|f| (d.to_string(), f))
    });
    match dts {
        Some((dir, file)) => {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let _ = writeln!(
                page,
                "*The declarations wasm-bindgen generated for this build (`{dir}/{name}`), \
                 included verbatim:*\n"
            );
            page.push_str(&fence("ts", &read(&file)?));
        }
        None => page.push_str(
            "> The TypeScript declarations are generated by the WebAssembly build \
             (`wasm/build.sh`), which was not run for this copy of the book. Build it and run \
             `scripts/book.sh` again to see them here.\n",
        ),
    }
    write(&g.src.join("generated").join("wasm-api.md"), &page)
}

fn copy_dir(from: &Path, to: &Path) -> Res<()> {
    mkdir(to)?;
    let rd = fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in rd.filter_map(|e| e.ok()) {
        let p = entry.path();
        let dest = to.join(entry.file_name());
        if p.is_dir() {
            copy_dir(&p, &dest)?;
        } else if p.is_file() {
            fs::copy(&p, &dest).map_err(|e| format!("{}: {e}", p.display()))?;
        }
    }
    Ok(())
}

// ------------------------------------------------------------------------------- rulings

const OUTCOME: &[(&str, &str, &str)] = &[
    (
        "granted",
        "vervangende toestemming verleend",
        "substitute consent granted",
    ),
    ("partly_granted", "gedeeltelijk verleend", "partly granted"),
    ("refused", "verzoek afgewezen", "request refused"),
    ("inadmissible", "niet-ontvankelijk", "inadmissible"),
    (
        "no_consent_required",
        "niet instemmingsplichtig",
        "no consent required",
    ),
    (
        "consent_required",
        "instemmingsplichtig",
        "consent required",
    ),
    ("unknown", "onbekend", "unknown"),
];

const STAGE: &[(&str, &str, &str)] = &[
    ("gates", "de poorten", "the gates"),
    (
        "legality",
        "de toets aan de wet (categorisch verbod)",
        "legality (a categorical ban)",
    ),
    (
        "stage1",
        "stap 1: belangenafweging",
        "stage 1: weighing of interests",
    ),
    (
        "stage2",
        "stap 2: zwaarwegende redenen",
        "stage 2: weighty reasons",
    ),
    ("unknown", "onbekend", "unknown"),
];

/// A short Dutch label for an outcome, with the English as a tooltip (for narrow tables).
fn short_outcome(code: &str) -> String {
    let nl = match code {
        "granted" => "verleend",
        "partly_granted" => "deels verleend",
        "refused" => "afgewezen",
        "inadmissible" => "niet-ontvankelijk",
        "no_consent_required" => "geen instemmingsrecht",
        "consent_required" => "instemmingsplichtig",
        "unknown" => "onbekend",
        "" => return "—".into(),
        other => return format!("`{}`", other.replace('`', "")),
    };
    let en = OUTCOME
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, _, en)| *en)
        .unwrap_or(code);
    format!("<span title=\"{en}\">{nl}</span>")
}

fn label(table: &[(&str, &str, &str)], code: &str) -> String {
    match table.iter().find(|(c, _, _)| *c == code) {
        Some((_, nl, en)) => format!("{nl} (*{en}*)"),
        None if code.is_empty() => "—".into(),
        None => format!("`{}`", code.replace('`', "")),
    }
}

/// Evaluate a request (JSON text) in both languages through the library's JSON boundary.
fn evaluate(text: &str) -> Result<(Value, Value), String> {
    let nl = json::evaluate_to_json(text, Lang::Nl).map_err(|e| e.to_string())?;
    let en = json::evaluate_to_json(text, Lang::En).map_err(|e| e.to_string())?;
    Ok((parse(&nl, "ruling")?, parse(&en, "ruling")?))
}

/// The outcome block of a simulated ruling.
fn ruling_summary(r: &Value) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "- **{}**", md(s(r, "summary")));
    if let Some(w) = r.get("weights").filter(|w| !w.is_null()) {
        let (e, o) = (plain(&w["employer"]), plain(&w["works_council"]));
        let _ = writeln!(
            out,
            "- Gewicht stap 1 / weight in stage 1: <span class=\"kr-legend-employer\">ondernemer / employer {e}</span> — <span class=\"kr-legend-or\">OR {o}</span> {}",
            balance_bar(&e, &o)
        );
    }
    if let Some(parts) = r
        .get("parts")
        .and_then(Value::as_array)
        .filter(|p| p.len() > 1)
    {
        for p in parts {
            let _ = writeln!(
                out,
                "- Onderdeel / element `{}`: {}",
                plain(&p["elements"]).replace('`', ""),
                label(OUTCOME, s(p, "outcome"))
            );
        }
    }
    for w in r
        .get("warnings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let _ = writeln!(out, "- ⚠ {}", md(&plain(w)));
    }
    out
}

/// Two bars, scaled to the heavier side, so that a reader sees the balance before reading.
fn balance_bar(employer: &str, works_council: &str) -> String {
    let e: f64 = employer.parse().unwrap_or(0.0);
    let o: f64 = works_council.parse().unwrap_or(0.0);
    let max = e.max(o);
    if max <= 0.0 || !max.is_finite() {
        return String::new();
    }
    let w = |x: f64| ((x / max) * 100.0).round().clamp(0.0, 100.0) as u32;
    format!(
        "<span class=\"kr-balance\" role=\"img\" aria-label=\"ondernemer {employer}, OR {works_council}\">\
         <span class=\"kr-bar kr-employer\" style=\"width:{}%\"></span>\
         <span class=\"kr-bar kr-or\" style=\"width:{}%\"></span></span>",
        w(e),
        w(o)
    )
}

/// The trace (and the parallel tracks) as a numbered list, each step with its rule (linked
/// to the catalogue), status, finding, effect and first source.
fn trace_list(r: &Value, depth: usize) -> String {
    let mut out = String::new();
    let steps = |out: &mut String, key: &str| {
        for st in r.get(key).and_then(Value::as_array).into_iter().flatten() {
            let code = s(st, "rule");
            let el = st
                .get("element")
                .and_then(Value::as_str)
                .map(|e| format!(" `[{}]`", e.replace('`', "")))
                .unwrap_or_default();
            let status = s(st, "status");
            let flag = if matches!(status, "memory" | "unverified" | "inference") {
                format!(" ⚠ *{status}*")
            } else {
                String::new()
            };
            let source = st
                .get("sources")
                .and_then(Value::as_array)
                .and_then(|a| a.first())
                .map(|x| match x.get("url").and_then(Value::as_str) {
                    Some(u) => link(s(x, "label"), u),
                    None => md(s(x, "label")),
                })
                .unwrap_or_default();
            let effect = s(st, "effect_text");
            let decisive = st
                .get("effect")
                .and_then(|e| e.get("type"))
                .and_then(Value::as_str)
                .is_some_and(|t| matches!(t, "decides" | "hard_defect"));
            let effect = if decisive {
                format!("**→ {}**", md(effect))
            } else {
                format!("→ {}", md(effect))
            };
            let _ = writeln!(
                out,
                "{}. {}{}{} — {}<br>{}<br><small>{}</small>",
                plain(&st["n"]),
                rule_link(code, depth),
                el,
                flag,
                md(s(st, "finding")),
                effect,
                source
            );
        }
    };
    steps(&mut out, "trace");
    if r.get("flags")
        .and_then(Value::as_array)
        .is_some_and(|a| !a.is_empty())
    {
        out.push_str("\n**Parallelle sporen / parallel tracks**\n\n");
        steps(&mut out, "flags");
    }
    out
}

fn receipt_line(r: &Value) -> String {
    let rc = &r["receipt"];
    format!(
        "<small>{} · {} · recht / law {} · peildatum / as of {} · input sha256 `{}`</small>\n",
        md(s(r, "notice")),
        md(s(rc, "engine")),
        md(s(rc, "law_version")),
        md(s(&r["law"], "as_of")),
        md(s(rc, "input_sha256"))
    )
}

/// The full simulated ruling: summary, Dutch trace, English trace folded, receipt.
fn ruling_section(nl: &Value, en: &Value, depth: usize) -> String {
    let mut out = String::new();
    out.push_str(&ruling_summary(nl));
    out.push_str("\n**Overwegingen (het spoor van de simulator)**\n\n");
    out.push_str(&trace_list(nl, depth));
    out.push_str("\n<details>\n<summary>The same trace in English</summary>\n\n");
    out.push_str(&ruling_summary(en));
    out.push('\n');
    out.push_str(&trace_list(en, depth));
    out.push_str("\n</details>\n\n");
    out.push_str(&receipt_line(nl));
    out
}

// ------------------------------------------------------------------------------ the facts

const FIELD_NL: &[(&str, &str)] = &[
    ("as_of", "peildatum"),
    ("title", "titel"),
    ("name", "naam"),
    ("kind", "soort"),
    ("subjects", "onderwerpen (art. 27 lid 1)"),
    ("decision", "besluit"),
    ("by_employer", "besluit van de ondernemer"),
    ("ends_tolerated_practice", "beëindigt gedoogde praktijk"),
    ("scope", "reikwijdte"),
    ("incidental", "incidenteel"),
    ("temporary_or_pilot", "tijdelijk of proef"),
    ("cao", "cao (art. 27 lid 3)"),
    ("separable", "scheidbare onderdelen"),
    ("start_date", "ingangsdatum"),
    ("technology", "techniek"),
    ("personal_data", "persoonsgegevens"),
    ("observes", "neemt waar"),
    ("identifiability", "herleidbaarheid"),
    ("frequency", "frequentie"),
    ("openness", "open of heimelijk"),
    ("covert_conditions", "voorwaarden heimelijk"),
    ("reasonable_suspicion", "redelijk vermoeden"),
    ("no_other_means", "geen ander middel"),
    ("limited_period", "beperkte periode"),
    ("informed_afterwards", "achteraf geïnformeerd"),
    ("place", "plaats"),
    ("more_intensive_at_home", "thuis intensiever"),
    ("housemates_recorded", "huisgenoten vastgelegd"),
    ("private_use_allowed", "privégebruik toegestaan"),
    ("outside_working_hours", "ook buiten werktijd"),
    ("privacy_switch", "privacyschakelaar"),
    ("biometric", "biometrie"),
    ("necessary", "noodzakelijk"),
    ("explicit_free_consent", "uitdrukkelijke vrije toestemming"),
    ("ai", "AI-systeem"),
    ("is_ai_system", "AI-systeem (art. 3(1))"),
    ("capabilities", "functies"),
    ("medical_or_safety", "medisch of veiligheid"),
    ("narrow_task_only", "alleen beperkte taak"),
    ("human_oversight", "menselijk toezicht"),
    ("workers_informed", "werknemers geïnformeerd"),
    ("consequences", "gevolgen"),
    ("retention_days", "bewaartermijn (dagen)"),
    ("retention_until", "bewaren tot"),
    ("retention_per_kind", "bewaartermijn per soort gegevens"),
    ("days", "dagen"),
    ("purpose", "doel"),
    ("earlier_purpose", "eerder doel"),
    ("consent_requested", "instemming gevraagd"),
    ("in_writing_with_reasons", "schriftelijk met redenen"),
    ("consultation_meeting_held", "overlegvergadering gehouden"),
    ("requested_on", "gevraagd op"),
    ("or_decision", "besluit OR"),
    ("or_conditions", "voorwaarden OR"),
    ("implemented_without_consent", "zonder instemming ingevoerd"),
    ("nullity", "nietigheid (art. 27 lid 5)"),
    ("invoked_in_writing", "schriftelijk ingeroepen"),
    ("term_started_on", "termijn begon op"),
    ("invoked_on", "ingeroepen op"),
    (
        "arbowet_demand_same_matter",
        "Arbowet-verzoek zelfde onderwerp",
    ),
    ("legal_basis", "grondslag"),
    ("dpia", "DPIA"),
    ("staff_informed_in_advance", "personeel vooraf geïnformeerd"),
    ("human_intervention", "menselijke tussenkomst"),
    ("not_applicable", "niet van toepassing"),
    ("stage2", "lezing stap 2"),
    ("ai_act", "AI-verordening: schema"),
    ("statement", "stelling"),
    ("substantiation", "onderbouwing"),
    ("contested", "betwist"),
    ("evidence", "bewijs"),
    ("importance", "belang/zwaarte"),
    ("requires_decision", "besluit gevergd"),
    ("policy_validly_adopted", "beleid geldig vastgesteld"),
    ("elements", "onderdelen"),
    ("reaches_same_goal", "bereikt zelfde doel"),
    ("rejection_reason", "reden afwijzing"),
    ("rejection_substantiation", "onderbouwing afwijzing"),
    ("description", "omschrijving"),
];

const VALUE_NL: &[(&str, &str)] = &[
    ("yes", "ja"),
    ("no", "nee"),
    ("unknown", "onbekend"),
    ("asserted", "gesteld"),
    ("plausible", "aannemelijk"),
    ("established", "vastgesteld"),
    ("anonymous", "anoniem"),
    ("pseudonymised", "gepseudonimiseerd"),
    ("identified", "herleidbaar"),
    ("systematic", "stelselmatig"),
    ("incidental", "incidenteel"),
    ("announced", "aangekondigd"),
    ("covert", "heimelijk"),
    ("office", "kantoor"),
    ("home", "thuis"),
    ("office_and_home", "kantoor en thuis"),
    ("vehicle", "voertuig, onderweg"),
    ("customer_sites", "bij klanten"),
    ("none", "geen"),
    ("warnings", "waarschuwingen"),
    ("informal_conversation", "gesprek"),
    ("warning", "waarschuwing"),
    ("non_renewal", "geen verlenging tijdelijk contract"),
    ("dismissal", "ontslag"),
    ("end_of_employment", "einde dienstverband"),
    ("information_security", "informatiebeveiliging"),
    ("regulatory_compliance", "naleving sectorregels"),
    ("wellbeing", "welzijn"),
    ("end_of_proceedings", "einde procedure"),
    ("discipline", "disciplinaire maatregelen"),
    ("appraisal", "beoordeling"),
    ("refused", "geweigerd"),
    ("conditional", "onder voorwaarden"),
    ("no_decision", "geen besluit"),
    ("consented", "ingestemd"),
    ("adopt", "vaststellen"),
    ("change", "wijzigen"),
    ("withdraw", "intrekken"),
    ("all_staff", "al het personeel"),
    ("group", "groep"),
    ("individual", "individueel"),
    ("partial", "gedeeltelijk"),
    ("exhaustive", "uitputtend"),
    ("private", "privaat"),
    ("public_authority", "overheid"),
    ("legitimate_interest", "gerechtvaardigd belang"),
    ("legal_obligation", "wettelijke plicht"),
    ("consent", "toestemming"),
    ("contract", "overeenkomst"),
    ("public_task", "publieke taak"),
    ("done", "uitgevoerd"),
    ("planned_before_processing", "gepland vóór verwerking"),
    ("not_done", "niet uitgevoerd"),
    ("light", "licht"),
    ("moderate", "matig"),
    ("serious", "zwaar"),
    ("statute", "wettekst (\"of\")"),
    ("equal_band", "alleen bij gelijk gewicht"),
    ("cumulative", "cumulatief"),
    ("omnibus", "Omnibus"),
    ("original", "oorspronkelijk"),
    // technology
    ("badge", "toegangspas"),
    ("desk_sensor", "bureausensor"),
    ("camera", "camera"),
    ("time_registration", "tijdregistratie"),
    ("software", "monitoringsoftware"),
    ("ai_system", "AI-systeem"),
    ("biometric", "biometrie"),
    ("roster", "rooster"),
    ("policy", "beleid"),
    ("other", "overig"),
    // what is observed
    ("attendance", "aanwezigheid"),
    ("behaviour", "gedrag"),
    ("performance", "prestaties"),
    ("location", "locatie"),
    ("communications_content", "inhoud van communicatie"),
    (
        "communications_metadata",
        "verkeersgegevens van communicatie",
    ),
    // purposes
    ("building_security", "beveiliging van het gebouw"),
    ("theft_prevention", "voorkomen van diefstal"),
    ("attendance_enforcement", "handhaving van aanwezigheid"),
    ("capacity_planning", "capaciteitsplanning"),
    ("working_time_registration", "registratie van arbeidstijd"),
    ("performance_evaluation", "beoordeling van prestaties"),
    ("productivity_monitoring", "monitoring van productiviteit"),
    ("safety", "veiligheid"),
    ("scheduling", "roosters en verlof"),
    // interests
    (
        "attendance_policy_enforcement",
        "handhaving van het kantoorbeleid",
    ),
    ("equal_rules", "gelijke regels voor iedereen"),
    ("social_cohesion", "sociale cohesie"),
    ("productivity", "productiviteit"),
    ("security", "beveiliging"),
    ("statutory_obligation", "wettelijke plicht"),
    ("cost", "kosten"),
    ("continuity", "continuïteit"),
    ("competitive_position", "concurrentiepositie"),
    ("harmonisation", "harmonisatie"),
    ("privacy", "privacy"),
    ("disciplinary_consequences", "disciplinaire gevolgen"),
    ("other_fundamental_right", "ander grondrecht"),
    ("health_and_working_time", "gezondheid en arbeidstijd"),
    ("statutory_right", "wettelijk recht"),
    ("earlier_agreement", "eerdere afspraak"),
    ("lack_of_information", "gebrek aan informatie"),
    ("acquired_right", "verworven recht"),
    // AI capabilities
    ("emotion_recognition", "emotieherkenning"),
    (
        "sensitive_biometric_categorisation",
        "biometrische categorisering naar gevoelige kenmerken",
    ),
    (
        "untargeted_facial_scraping",
        "ongerichte scraping van gezichtsbeelden",
    ),
    (
        "remote_biometric_identification",
        "biometrische identificatie op afstand",
    ),
    ("individual_scoring", "scoren van individuen"),
    ("profiling", "profilering"),
    ("task_allocation", "taaktoewijzing"),
    // biometric purposes
    ("authentication_or_security", "authenticatie of beveiliging"),
    ("attendance_or_time", "aanwezigheid of tijd"),
];

fn lookup<'a>(table: &'a [(&str, &str)], key: &str) -> Option<&'a str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

fn field_label(key: &str) -> String {
    match lookup(FIELD_NL, key) {
        Some(nl) => format!("{nl} <small>(`{key}`)</small>"),
        None => format!("`{key}`"),
    }
}

fn value_label(v: &Value) -> String {
    match v {
        Value::String(s) => match lookup(VALUE_NL, s) {
            Some(nl) => format!("{} <small>(`{}`)</small>", md(nl), s.replace('`', "")),
            None if s.contains(' ') => md(s),
            None => format!("`{}`", s.replace('`', "")),
        },
        Value::Array(a) if a.is_empty() => "—".into(),
        Value::Array(a) => a.iter().map(value_label).collect::<Vec<_>>().join(", "),
        Value::Null => "—".into(),
        other => md(&plain(other)),
    }
}

/// The scalar fields of an object as "label: value" items (nested objects flattened).
fn fact_items(v: &Value, skip: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(obj) = v.as_object() {
        for (k, x) in obj {
            if skip.contains(&k.as_str()) {
                continue;
            }
            match x {
                Value::Object(_) => {
                    let inner = fact_items(x, skip);
                    if !inner.is_empty() {
                        out.push(format!("{}: {}", field_label(k), inner.join("; ")));
                    }
                }
                Value::Array(a) if a.iter().any(Value::is_object) => {}
                _ => out.push(format!("{}: {}", field_label(k), value_label(x))),
            }
        }
    }
    out
}

fn bullet_facts(v: &Value, skip: &[&str]) -> String {
    fact_items(v, skip)
        .into_iter()
        .map(|i| format!("- {i}\n"))
        .collect()
}

fn interest_table(list: &[Value]) -> String {
    if list.is_empty() {
        return "*Geen / none.*\n".into();
    }
    let mut out = String::from(
        "| # | soort / kind | stelling / statement | onderbouwing · betwist |\n|---|---|---|---|\n",
    );
    let unknown = Value::String("unknown".into());
    for (i, x) in list.iter().enumerate() {
        let rest = fact_items(x, &["kind", "statement", "substantiation", "contested"]);
        let rest = if rest.is_empty() {
            String::new()
        } else {
            format!("<br><small>{}</small>", rest.join("; "))
        };
        let _ = writeln!(
            out,
            "| {} | {} | {}{rest} | {} · betwist: {} |",
            i + 1,
            value_label(&x["kind"]),
            md(s(x, "statement")),
            value_label(x.get("substantiation").unwrap_or(&unknown)),
            value_label(x.get("contested").unwrap_or(&unknown)),
        );
    }
    out
}

/// The facts of a request as the parties (and the encoder) put them: for students to read
/// before they predict.
fn facts_section(req: &Value) -> String {
    let mut out = String::new();
    let reg = &req["regeling"];
    let _ = writeln!(
        out,
        "**De regeling / the regeling:** {}\n",
        md(s(reg, "title"))
    );
    out.push_str(&bullet_facts(reg, &["title", "elements"]));
    for el in reg
        .get("elements")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let _ = writeln!(
            out,
            "\n**Onderdeel / element `{}`:** {}\n",
            s(el, "id").replace('`', ""),
            md(s(el, "description"))
        );
        out.push_str(&bullet_facts(&el["measure"], &[]));
    }
    if let Some(emp) = req.get("employer") {
        out.push_str("\n**De ondernemer / the employer**\n\n");
        out.push_str(&bullet_facts(emp, &[]));
    }
    out.push_str("\n**De procedure / the procedure**\n\n");
    out.push_str(&bullet_facts(
        req.get("procedure").unwrap_or(&Value::Null),
        &[],
    ));
    let interests = &req["interests"];
    let list = |k: &str| {
        interests
            .get(k)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    out.push_str("\n**Belangen van de ondernemer / the employer's interests**\n\n");
    out.push_str(&interest_table(&list("employer")));
    out.push_str("\n**Belangen van de OR / the works council's interests**\n\n");
    out.push_str(&interest_table(&list("works_council")));
    if let Some(avg) = req.get("avg") {
        out.push_str("\n**Gegevensbescherming / data protection (AVG)**\n\n");
        out.push_str(&bullet_facts(avg, &[]));
        for a in avg
            .get("alternatives")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let _ = writeln!(
                out,
                "- Alternatief / alternative: {} — {}",
                md(s(a, "description")),
                fact_items(a, &["description"]).join("; ")
            );
        }
    }
    let mut tail = Vec::new();
    tail.push(format!(
        "{}: {}",
        field_label("as_of"),
        value_label(&req["as_of"])
    ));
    if let Some(r) = req.get("readings") {
        tail.extend(fact_items(r, &[]));
    }
    if let Some(c) = req
        .get("calibration")
        .and_then(Value::as_object)
        .filter(|c| !c.is_empty())
    {
        tail.push(format!(
            "kalibratie aangepast / calibration overridden: `{}`",
            serde_json::to_string(c)
                .unwrap_or_default()
                .replace('`', "")
        ));
    }
    out.push_str("\n**Overig / other**\n\n");
    for t in tail {
        let _ = writeln!(out, "- {t}");
    }
    out
}

fn request_json(req: &Value) -> String {
    serde_json::to_string_pretty(req).unwrap_or_default()
}

// ------------------------------------------------------------------------------- examples

/// A page in the summary: its title and its path below `book/src`.
struct Entry {
    title: String,
    path: String,
}

/// The line that opens the demo with a request loaded: a link whose fragment holds the
/// request (the demo's share-link format, `#r=j` + base64url of the compact JSON, which the
/// browser never sends to a server), or a note that the demo was not built.
fn demo_link(request: &Value, demo: bool) -> String {
    if !demo {
        return "*De demo is bij deze build niet gebouwd / the demo was not built for this copy \
                of the book.*\n"
            .to_string();
    }
    format!(
        "**[Open dit scenario in de demo / open this scenario in the demo]\
         (../demo/index.html#r=j{})**\n",
        base64url(request.to_string().as_bytes())
    )
}

/// Base64url without padding (RFC 4648 §5), as the demo's `share.js` writes and reads it.
fn base64url(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ABC[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

fn examples(g: &Gen, demo: bool) -> Res<Vec<Entry>> {
    let mut entries = Vec::new();
    let mut list = String::from(
        "| voorbeeld / example | uitkomst (simulatie) / outcome (simulated) |\n|---|---|\n",
    );
    for path in json_files(&g.root.join("examples")) {
        let name = stem(&path);
        let text = read(&path)?;
        let req = parse(&text, &path.display().to_string())?;
        let title = match s(&req, "title") {
            "" => name.clone(),
            t => t.to_string(),
        };
        let mut page = String::new();
        let _ = writeln!(page, "# {}\n", md(&title));
        let _ = writeln!(
            page,
            "*Scenario `examples/{name}.json` — gegenereerde pagina / generated page.* \
             Probeer het zelf / try it: `cargo run -q -- evaluate examples/{name}.json`\n"
        );
        let _ = writeln!(page, "{}", demo_link(&req, demo));
        let commentary = g
            .root
            .join("book")
            .join("commentary")
            .join("examples")
            .join(format!("{name}.md"));
        // A commentary may have a part for after the ruling, below a line `<!-- after -->`.
        let (before, after) = if commentary.is_file() {
            let text = read(&commentary)?;
            match text.split_once("\n<!-- after -->\n") {
                Some((b, a)) => (b.to_string(), a.to_string()),
                None => (text, String::new()),
            }
        } else {
            (String::new(), String::new())
        };
        if !before.is_empty() {
            page.push_str(&before);
            page.push('\n');
        }
        page.push_str("## De feiten / the facts\n\n");
        page.push_str(&facts_section(&req));
        page.push_str("\n<details>\n<summary>De invoer als JSON / the input as JSON</summary>\n\n");
        page.push_str(&fence("json", &text));
        page.push_str("\n</details>\n\n## De uitkomst van de simulator / the simulated ruling\n\n");
        let outcome = match evaluate(&text) {
            Ok((nl, en)) => {
                page.push_str(&ruling_section(&nl, &en, 1));
                label(OUTCOME, s(&nl, "outcome"))
            }
            Err(e) => {
                let _ = writeln!(page, "> ⚠ The library rejected this example: {}", md(&e));
                "—".into()
            }
        };
        if let Ok(flips) = whatif_section(g, &text, 1) {
            page.push_str("\n## Wat zou de uitkomst veranderen? / what would flip it?\n\n");
            page.push_str(&flips);
        }
        if let Ok(sim) = similar_section(g, &text, None) {
            page.push_str("\n## Vergelijkbare uitspraken / similar decisions\n\n");
            page.push_str(&sim);
        }
        if !after.trim().is_empty() {
            page.push('\n');
            page.push_str(&after);
            page.push('\n');
        }
        let rel = format!("voorbeelden/{name}.md");
        write(&g.src.join(&rel), &page)?;
        let _ = writeln!(list, "| [{}](../{rel}) | {outcome} |", md(&title));
        entries.push(Entry { title, path: rel });
    }
    write(&g.src.join("generated").join("voorbeelden-lijst.md"), &list)?;
    Ok(entries)
}

// -------------------------------------------------------------------------------- what-if

/// The minimal flips from `kantonrechter whatif FILE --json`, rendered; `Err` when the
/// subcommand is not there (yet) or fails.
fn whatif_section(g: &Gen, request_text: &str, depth: usize) -> Result<String, String> {
    if !has_subcommand(g, "whatif") {
        return Err("no whatif".into());
    }
    let res = run_on_request(g, "whatif", request_text, &["--json"]);
    let mut out = String::new();
    out.push_str(
        "*De kleinste sets van wijzigingen die de uitkomst omdraaien, uit \
         `kantonrechter whatif FILE --json`. The smallest sets of changes that flip the \
         outcome.*\n\n",
    );
    let text = match res {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(out, "> The what-if analysis failed: {}", md(&e));
            return Ok(out);
        }
    };
    let v = parse(&text, "whatif")?;
    let flips: Vec<Value> = match &v {
        Value::Array(a) => a.clone(),
        Value::Object(o) => o
            .get("flips")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    if flips.is_empty() {
        let note = v
            .get("message")
            .or_else(|| v.get("note"))
            .map(plain)
            .unwrap_or_else(|| {
                "Geen enkele set wijzigingen binnen de zoekgrens draait de uitkomst om. \
                 *Nothing within the search limit flips the outcome.*"
                    .into()
            });
        let _ = writeln!(out, "{}\n", md(&note).replace("\\*", "*"));
        return Ok(out);
    }
    if let Some(n) = v.get("max_changes") {
        let _ = writeln!(
            out,
            "Gezocht tot / searched up to **{}** wijzigingen / changes.\n",
            plain(n)
        );
    }
    out.push_str(
        "| # | wijzigingen / changes | helpt / helps | nieuwe uitkomst / new outcome |\n|---|---|---|---|\n",
    );
    for (i, f) in flips.iter().enumerate() {
        let list: Vec<&Value> = f
            .get("changes")
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let changes: Vec<String> = list.iter().map(|c| change_text(c, depth)).collect();
        let mut helps: Vec<String> = list
            .iter()
            .map(|c| s(c, "helps").replace('_', " "))
            .filter(|h| !h.is_empty())
            .collect();
        helps.dedup();
        let ground = match s(f, "ground") {
            "" => String::new(),
            gr => format!(" <small>(`{}`)</small>", gr.replace('`', "")),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {}{ground} |",
            i + 1,
            changes.join("<br>"),
            md(&helps.join(", ")),
            label(OUTCOME, s(f, "outcome"))
        );
    }
    Ok(out)
}

/// One lever of a flip: its sentence in Dutch (and English), with its id and rule.
fn change_text(c: &Value, depth: usize) -> String {
    match c {
        Value::String(x) => md(x),
        Value::Object(o) => {
            let pick = |keys: &[&str]| {
                keys.iter()
                    .find_map(|k| o.get(*k).and_then(Value::as_str))
                    .map(str::to_string)
            };
            let id = pick(&["lever", "id", "kind"]).unwrap_or_default();
            let nested = |lang: &str| {
                ["text", "description", "sentence", "label"]
                    .iter()
                    .find_map(|k| o.get(*k).and_then(|t| t.get(lang)).and_then(Value::as_str))
                    .map(str::to_string)
            };
            let nl = pick(&["nl", "text_nl", "description_nl"]).or_else(|| nested("nl"));
            let en = pick(&["en", "text_en", "description_en"]).or_else(|| nested("en"));
            let mut t = match (nl, en) {
                (Some(nl), Some(en)) => format!("{} <small>(*{}*)</small>", md(&nl), md(&en)),
                (Some(x), None) | (None, Some(x)) => md(&x),
                (None, None) => pick(&["text", "description"])
                    .map(|x| md(&x))
                    .unwrap_or_default(),
            };
            if let Some(rule) = o.get("rule").and_then(Value::as_str) {
                t = format!("{t} <small>{}</small>", rule_link(rule, depth));
            }
            if !id.is_empty() {
                t = if t.is_empty() {
                    format!("`{}`", id.replace('`', ""))
                } else {
                    format!("{t} <small>`{}`</small>", id.replace('`', ""))
                };
            }
            t
        }
        other => md(&plain(other)),
    }
}

/// Run a CLI subcommand that reads a request file, on request text written to a temporary
/// file; `Err` when the subcommand is not there (yet) or fails.
fn run_on_request(
    g: &Gen,
    sub: &str,
    request_text: &str,
    extra: &[&str],
) -> Result<String, String> {
    if !has_subcommand(g, sub) {
        return Err(format!("no {sub}"));
    }
    let tmp = g.root.join("target").join("bookgen");
    mkdir(&tmp)?;
    let file = tmp.join(format!("{sub}-{:x}.json", fnv(request_text)));
    write(&file, request_text)?;
    let file_s = file.to_string_lossy().into_owned();
    let mut args = vec![sub, file_s.as_str()];
    args.extend_from_slice(extra);
    let res = run_cli(g, &args);
    let _ = fs::remove_file(&file);
    res
}

/// The closest decided cases from `kantonrechter similar FILE --json`, rendered.
fn similar_section(g: &Gen, request_text: &str, own: Option<&str>) -> Result<String, String> {
    let text = run_on_request(g, "similar", request_text, &["--json"])?;
    let v = parse(&text, "similar")?;
    let list = match &v {
        Value::Array(a) => a.clone(),
        Value::Object(o) => o
            .get("neighbours")
            .or_else(|| o.get("cases"))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let mut out = String::from(
        "*De dichtstbijzijnde beslechte zaken, uit `kantonrechter similar FILE --json`: wat \
         verschilt, en of de zaak de uitkomst van de simulator a fortiori steunt of tegenspreekt. \
         The closest decided cases, what differs, and whether they support or contradict the \
         simulated outcome a fortiori.*\n\n",
    );
    if list.is_empty() {
        out.push_str("*Geen / none.*\n");
        return Ok(out);
    }
    out.push_str(
        "| # | uitspraak / decision | uitkomst | afstand | verhouding / relation | verschillen / differences |\n\
         |---|---|---|---|---|---|\n",
    );
    let own_file = own.map(|o| format!("{o}.json"));
    let list: Vec<&Value> = list
        .iter()
        .filter(|n| {
            let f = s(n, "file");
            own_file.as_deref().is_none_or(|o| !f.ends_with(o))
        })
        .collect();
    for (i, n) in list.iter().enumerate() {
        let case = n.get("case").unwrap_or(n);
        let id = s(case, "id");
        let name = s(case, "name");
        let stem = Path::new(s(n, "file"))
            .file_stem()
            .map(|x| x.to_string_lossy().into_owned())
            .unwrap_or_default();
        let title = if name.is_empty() {
            id.to_string()
        } else {
            format!("{name} ({id})")
        };
        let decision =
            if !stem.is_empty() && g.root.join("cases").join(format!("{stem}.json")).is_file() {
                format!("[{}](../uitspraken/{stem}.md)", md(&title))
            } else {
                md(&title)
            };
        let diffs: Vec<String> = n
            .get("differences")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|d| {
                let side = |k: &str| match d.get(k) {
                    Some(Value::Array(a)) if a.is_empty() => "—".to_string(),
                    Some(x) => md(&plain(x)),
                    None => "—".to_string(),
                };
                format!(
                    "*{}*: hier / here {} · daar / there {}",
                    md(s(d, "feature")),
                    side("only_here"),
                    side("only_there")
                )
            })
            .collect();
        let relation = match n.get("relation") {
            Some(Value::String(r)) => md(&r.replace('_', " ")),
            _ => "—".into(),
        };
        let _ = writeln!(
            out,
            "| {} | {decision} | {} | {} | {relation} | <small>{}</small> |",
            i + 1,
            short_outcome(s(case, "outcome")),
            md(&plain(n.get("distance").unwrap_or(&Value::Null))),
            if diffs.is_empty() {
                "—".to_string()
            } else {
                diffs.join("<br>")
            }
        );
    }
    Ok(out)
}

/// A small, stable hash for temporary file names.
fn fnv(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

// ---------------------------------------------------------------------------------- cases

/// One decision of `cases/`.
struct Case {
    stem: String,
    decision: Value,
    request: Value,
    request_text: String,
}

fn load_cases(g: &Gen) -> Res<Vec<Case>> {
    let mut out = Vec::new();
    for path in json_files(&g.root.join("cases")) {
        let text = read(&path)?;
        let v = parse(&text, &path.display().to_string())?;
        let decision = v.get("decision").cloned().unwrap_or(Value::Null);
        let request = v.get("request").cloned().unwrap_or(Value::Null);
        if decision.is_null() || request.is_null() {
            return Err(format!(
                "{}: a case file needs a \"decision\" and a \"request\"",
                path.display()
            ));
        }
        out.push(Case {
            stem: stem(&path),
            request_text: request_json(&request),
            decision,
            request,
        });
    }
    Ok(out)
}

fn ecli(c: &Case) -> String {
    let e = s(&c.decision, "ecli");
    if e.is_empty() {
        ["reference", "published_reference", "citation"]
            .iter()
            .map(|k| s(&c.decision, k))
            .find(|x| !x.is_empty())
            .unwrap_or(c.stem.as_str())
            .to_string()
    } else {
        e.to_string()
    }
}

fn case_name(c: &Case) -> String {
    for k in ["name", "short_name", "title", "parties"] {
        let x = s(&c.decision, k);
        if !x.is_empty() {
            return x.to_string();
        }
    }
    match s(&c.request, "title") {
        "" => ecli(c),
        t => t.to_string(),
    }
}

fn case_title(c: &Case) -> String {
    let name = case_name(c);
    let e = ecli(c);
    if name == e {
        e
    } else {
        format!("{name} ({e})")
    }
}

/// The court's outcome as a code (the decision's `outcome`, a string or `{code: …}`).
fn actual_outcome(c: &Case) -> String {
    match c.decision.get("outcome") {
        Some(Value::String(x)) => x.clone(),
        Some(Value::Object(o)) => o
            .get("code")
            .or_else(|| o.get("outcome"))
            .map(plain)
            .unwrap_or_default(),
        Some(other) => plain(other),
        None => String::new(),
    }
}

fn deciding_stage(c: &Case) -> String {
    match c.decision.get("deciding_stage") {
        Some(Value::String(x)) => x.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => plain(other),
    }
}

fn decision_sources(d: &Value) -> String {
    let mut out = String::new();
    for key in ["sources", "source_urls"] {
        for x in d.get(key).and_then(Value::as_array).into_iter().flatten() {
            let line = match x {
                Value::String(u) if u.starts_with("http") => link(u, u),
                Value::Object(_) => {
                    let url = ["url", "href"]
                        .iter()
                        .map(|k| s(x, k))
                        .find(|u| !u.is_empty());
                    let lab = ["label", "title", "name"]
                        .iter()
                        .map(|k| s(x, k))
                        .find(|u| !u.is_empty());
                    let rest = fact_items(x, &["url", "href", "label", "title", "name"]).join("; ");
                    let head = match (lab, url) {
                        (Some(l), Some(u)) => link(l, u),
                        (None, Some(u)) => link(u, u),
                        (Some(l), None) => md(l),
                        (None, None) => String::new(),
                    };
                    if rest.is_empty() {
                        head
                    } else {
                        format!("{head} — {rest}")
                    }
                }
                other => md(&plain(other)),
            };
            let _ = writeln!(out, "- {line}");
        }
    }
    out
}

/// The decision block, known fields first, then every other field, so that nothing the
/// case file says is hidden.
fn decision_section(c: &Case, others: &BTreeMap<String, String>) -> String {
    let d = &c.decision;
    let mut out = String::new();
    let e = ecli(c);
    let url = if e.starts_with("ECLI:") {
        Some(format!("https://uitspraken.rechtspraak.nl/details?id={e}"))
    } else {
        None
    };
    let _ = writeln!(
        out,
        "- **ECLI / referentie:** {}",
        match &url {
            Some(u) => link(&e, u),
            None => md(&e),
        }
    );
    for (k, lab) in [("court", "Instantie / court"), ("date", "Datum / date")] {
        if let Some(v) = d.get(k) {
            let _ = writeln!(out, "- **{lab}:** {}", md(&plain(v)));
        }
    }
    let _ = writeln!(
        out,
        "- **Uitkomst / outcome:** {}",
        label(OUTCOME, &actual_outcome(c))
    );
    let stage = deciding_stage(c);
    if !stage.is_empty() {
        let _ = writeln!(
            out,
            "- **Beslissende fase / deciding stage:** {}",
            label(STAGE, &stage)
        );
    }
    if let Some(by) = d.get("initiated_by").and_then(Value::as_str) {
        let _ = writeln!(
            out,
            "- **Aangebracht door / brought by:** {}",
            label(INITIATED_BY, by)
        );
    }
    if let Some(r) = d.get("court_record") {
        out.push_str(&court_record_item(r));
    }
    let _ = writeln!(
        out,
        "- **Bron van de uitkomst / source of the outcome:** {}",
        attribution(d.get("outcome_source"), d)
    );
    let ground = s(d, "court_ground");
    if !ground.is_empty() {
        let _ = writeln!(
            out,
            "- **Grond van de rechter / the court's ground:** `{}` — bron / source: {}",
            ground.replace('`', ""),
            attribution(d.get("ground_source"), d)
        );
    }
    if let Some(conf) = d.get("confidence") {
        let _ = writeln!(
            out,
            "- **Zekerheid van de samenvatting / confidence:** {}",
            md(&plain(conf))
        );
    }
    for key in ["decisive_factors", "factors"] {
        if let Some(a) = d
            .get(key)
            .and_then(Value::as_array)
            .filter(|a| !a.is_empty())
        {
            out.push_str("- **Wat de rechter beslissend vond / decisive factors:**\n");
            for f in a {
                let _ = writeln!(out, "  - {}", md(&plain(f)));
            }
        }
    }
    let shown = [
        "ecli",
        "court",
        "date",
        "outcome",
        "deciding_stage",
        "confidence",
        "decisive_factors",
        "factors",
        "sources",
        "source_urls",
        "name",
        "short_name",
        "title",
        "deliberate_difference",
        "known_disagreement",
        "initiated_by",
        "court_record",
        "outcome_source",
        "court_ground",
        "ground_source",
        "fact_sources",
    ];
    if let Some(obj) = d.as_object() {
        for (k, v) in obj {
            if shown.contains(&k.as_str()) || v.is_null() {
                continue;
            }
            let k = &decision_label(k);
            if let Some(stem) = v.as_str().and_then(|x| others.get(x)) {
                let _ = writeln!(out, "- **{}:** [{}]({stem}.md)", md(k), md(&plain(v)));
                continue;
            }
            match v {
                Value::Array(a) if !a.is_empty() => {
                    let _ = writeln!(out, "- **{}:**", md(k));
                    for x in a {
                        let _ = writeln!(out, "  - {}", md(&plain(x)));
                    }
                }
                Value::Object(_) => {
                    let _ = writeln!(out, "- **{}:** {}", md(k), explain(v).unwrap_or_default());
                }
                _ => {
                    let _ = writeln!(out, "- **{}:** {}", md(k), md(&plain(v)));
                }
            }
        }
    }
    out
}

/// Readable labels for the fields of a decision block.
fn decision_label(key: &str) -> String {
    const LABELS: &[(&str, &str)] = &[
        ("reference", "Referentie / reference"),
        (
            "part",
            "Deel van de verzameling / part (A: vervangende toestemming; B: reikwijdte, cao, nietigheid)",
        ),
        (
            "secondary_facts",
            "Secundaire bronnen, correcties, wat niet is gecodeerd / secondary sources, corrections, what is not encoded",
        ),
        (
            "unknown_facts",
            "Onbekend gebleven / facts that remain unknown",
        ),
        (
            "known_disagreement",
            "Bekende afwijking / known disagreement",
        ),
        (
            "deciding_finding",
            "Beslissende bevinding / deciding finding",
        ),
        (
            "overruled_by",
            "Vernietigd in hoger beroep door / overruled on appeal by",
        ),
        ("notes", "Aantekeningen / notes"),
        ("quote", "Citaat / quote"),
        ("quotes", "Citaten / quotes"),
    ];
    LABELS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.to_string())
        .unwrap_or_else(|| key.replace('_', " "))
}

/// Who brought the case (the decision's `initiated_by`).
const INITIATED_BY: &[(&str, &str, &str)] = &[
    (
        "employer_request_27_4",
        "de werkgever, verzoek om vervangende toestemming (art. 27 lid 4 WOR)",
        "the employer, a request for substitute consent (art. 27(4) WOR)",
    ),
    (
        "employer_declaration_27_6",
        "de werkgever, verzoek om een verklaring (art. 27 lid 6 WOR)",
        "the employer, a request for a declaration (art. 27(6) WOR)",
    ),
    ("works_council", "de ondernemingsraad", "the works council"),
    (
        "joint_96_rv",
        "werkgever en OR samen (art. 96 Rv)",
        "employer and works council jointly (art. 96 Rv)",
    ),
];

/// Where a claim comes from, in words (the codes of `cases::SourceKind`).
fn source_kind(code: &str) -> &'static str {
    match code {
        "court_record" => "het eigen dossier van de rechter / the court's own record",
        "secondary" => "alleen secundaire bronnen / secondary sources only",
        "unknown" => "onbekend / unknown",
        _ => "—",
    }
}

/// A source value of a case file (`court_record`, `unknown` or a URL) as text.
fn source_value(source: &str, d: &Value) -> String {
    match source {
        "court_record" => match d.get("court_record").map(|r| s(r, "url")) {
            Some(u) if !u.is_empty() => link("het dossier van de rechter / court record", u),
            _ => "het dossier van de rechter / court record".to_string(),
        },
        "unknown" => "onbekend / unknown".to_string(),
        u if u.starts_with("http") => link(u, u),
        other => md(other),
    }
}

/// An outcome or ground source: the source, its quotation and its note.
fn attribution(a: Option<&Value>, d: &Value) -> String {
    let Some(a) = a else {
        return "—".to_string();
    };
    let mut t = source_value(s(a, "source"), d);
    let quote = s(a, "quote");
    if !quote.is_empty() {
        let _ = write!(t, ": “{}”", md(quote));
    }
    let note = s(a, "note");
    if !note.is_empty() {
        let _ = write!(t, " ({})", md(note));
    }
    t
}

/// The court record the decision was checked against, as a list item.
fn court_record_item(r: &Value) -> String {
    let mut out = String::new();
    let kind = match s(r, "kind") {
        "rechtspraak_nl" => "uitspraken.rechtspraak.nl",
        "copy" => "kopie van de tekst van de rechter / copy of the court's text",
        "none_found" => "niet gevonden / none found",
        other => other,
    };
    let url = s(r, "url");
    let _ = writeln!(
        out,
        "- **Gecontroleerd aan / checked against:** {}{}",
        if url.is_empty() {
            String::new()
        } else {
            format!("{} — ", link(url, url))
        },
        md(kind)
    );
    let inh = s(r, "inhoudsindicatie");
    if !inh.is_empty() {
        let _ = writeln!(out, "  - *Inhoudsindicatie:* “{}”", md(inh));
    }
    let read = s(r, "read");
    if !read.is_empty() {
        let _ = writeln!(out, "  - *Gelezen / read:* {}", md(read));
    }
    out
}

/// Every fact of the request with its source: a table.
fn fact_sources_table(d: &Value) -> String {
    let list = d
        .get("fact_sources")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if list.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "| feit / fact | bron / source | citaat / quote | toelichting / note |\n|---|---|---|---|\n",
    );
    for f in &list {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} |",
            s(f, "fact").replace('`', ""),
            source_value(s(f, "source"), d),
            match s(f, "quote") {
                "" => "—".to_string(),
                q => format!("“{}”", md(q)),
            },
            match s(f, "note") {
                "" => "—".to_string(),
                n => md(n),
            }
        );
    }
    out
}

/// A note such as a deliberate difference: a string, or an object with a `reason` and
/// perhaps more fields.
fn explain(v: &Value) -> Option<String> {
    match v {
        Value::Null | Value::Bool(false) => None,
        Value::String(x) => Some(md(x)),
        Value::Object(o) => {
            let mut t = o.get("reason").map(|r| md(&plain(r))).unwrap_or_default();
            let rest = fact_items(v, &["reason"]);
            if !rest.is_empty() {
                if !t.is_empty() {
                    t.push_str(" — ");
                }
                t.push_str(&rest.join("; "));
            }
            Some(t)
        }
        other => Some(md(&plain(other))),
    }
}

fn deliberate_difference(c: &Case) -> Option<String> {
    explain(c.decision.get("deliberate_difference")?)
}

fn known_disagreement(c: &Case) -> Option<String> {
    explain(c.decision.get("known_disagreement")?)
}

fn cases(g: &Gen, demo: bool) -> Res<Vec<(Entry, Entry)>> {
    let cases = load_cases(g)?;
    let mut entries = Vec::new();
    let mut rows = Vec::new();
    let mut exercise_list = String::new();
    let others: BTreeMap<String, String> =
        cases.iter().map(|c| (ecli(c), c.stem.clone())).collect();
    let conf = conformance_data(g);
    for c in &cases {
        let sim = evaluate(&c.request_text);
        let (sim_outcome, sim_stage) = match &sim {
            Ok((nl, _)) => (
                s(nl, "outcome").to_string(),
                s(nl, "deciding_stage").to_string(),
            ),
            Err(_) => (String::new(), String::new()),
        };
        let actual = actual_outcome(c);
        let row = conf.as_ref().and_then(|k| k.rows.get(&c.stem));
        let agree = match row.and_then(|r| r.get("agrees")).and_then(Value::as_bool) {
            Some(a) => a,
            None => agrees(&actual, &sim_outcome),
        };
        let difference = deliberate_difference(c);
        let disagreement = known_disagreement(c);
        let findings = row.map(|r| {
            (
                s(r, "actual_finding").to_string(),
                s(r, "simulated_finding").to_string(),
            )
        });
        let title = case_title(c);
        let page_rel = format!("uitspraken/{}.md", c.stem);
        let ex_rel = format!("oefeningen/{}.md", c.stem);
        let whatif = whatif_section(g, &c.request_text, 1);

        // The decision page.
        let mut page = String::new();
        let _ = writeln!(page, "# {}\n", md(&title));
        let _ = writeln!(
            page,
            "*Gegenereerd uit / generated from `cases/{}.json`.* \
             Oefening / exercise: [voorspel eerst zelf / predict it first](../{ex_rel}).\n",
            c.stem
        );
        let _ = writeln!(
            page,
            "{}",
            demo_link(&parse(&c.request_text, &c.stem)?, demo)
        );
        let not_counted = row
            .and_then(|r| r.get("not_counted"))
            .and_then(Value::as_str)
            .unwrap_or("");
        let verdict = if actual.is_empty() || actual == "unknown" {
            "○ de werkelijke uitkomst is onbekend (niet geteld) / the actual outcome is unknown (not counted)".to_string()
        } else if !not_counted.is_empty() {
            format!(
                "○ niet geteld in de overeenstemming / not counted in the agreement figure: {}",
                match not_counted {
                    "reversed_on_appeal" =>
                        "vernietigd in hoger beroep; het hof is de uitspraak die geldt / reversed on appeal, the appeal is the holding",
                    "not_the_employers_request" =>
                        "door de OR (of gezamenlijk) aangebracht, geen poort-beslissing: de simulator modelleert het verzoek van de werkgever / brought by the works council (or jointly), no gate holding: the simulator models the employer's request",
                    other => other,
                }
            )
        } else if agree {
            "✔ simulatie en rechter komen overeen / the simulator agrees with the court".to_string()
        } else if difference.is_some() {
            "◆ bewuste afwijking / deliberate difference (zie hieronder / see below)".to_string()
        } else if disagreement.is_some() {
            "✘ bekende afwijking / known disagreement (zie hieronder / see below)".to_string()
        } else {
            "✘ simulatie wijkt af van de rechter / the simulator departs from the court".to_string()
        };
        page.push_str("| | rechter / court | simulatie / simulator |\n|---|---|---|\n");
        let _ = writeln!(
            page,
            "| uitkomst / outcome | {} | {} |",
            label(OUTCOME, &actual),
            label(OUTCOME, &sim_outcome)
        );
        let _ = writeln!(
            page,
            "| bron van de uitkomst / outcome source | {} | — |",
            source_kind(
                c.decision
                    .get("outcome_source")
                    .map(|a| s(a, "source"))
                    .map(|x| if x.starts_with("http") {
                        "secondary"
                    } else {
                        x
                    })
                    .unwrap_or("")
            )
        );
        if let Some(r) = row {
            let _ = writeln!(
                page,
                "| grond / ground | `{}` ({}) | `{}` |",
                s(r, "court_ground").replace('`', ""),
                source_kind(s(r, "ground_source")),
                s(r, "engine_ground").replace('`', "")
            );
        }
        let _ = writeln!(
            page,
            "| fase / stage | {} | {} |",
            label(STAGE, &deciding_stage(c)),
            label(STAGE, &sim_stage)
        );
        if let Some((a, sf)) = &findings
            && (!a.is_empty() || !sf.is_empty())
        {
            let code = |x: &str| {
                if x.is_empty() {
                    "—".to_string()
                } else {
                    format!("`{}`", x.replace('`', ""))
                }
            };
            let _ = writeln!(
                page,
                "| beslissende bevinding / deciding finding | {} | {} |",
                code(a),
                code(sf)
            );
        }
        page.push('\n');
        let _ = writeln!(page, "**{verdict}**\n");
        if let Some(d) = &difference {
            let _ = writeln!(
                page,
                "> **Bewuste afwijking / deliberate difference:** {d}\n"
            );
        }
        if let Some(d) = &disagreement {
            let _ = writeln!(page, "> **Bekende afwijking / known disagreement:** {d}\n");
        }
        let commentary = g
            .root
            .join("book")
            .join("commentary")
            .join("cases")
            .join(format!("{}.md", c.stem));
        if commentary.is_file() {
            page.push_str(&read(&commentary)?);
            page.push('\n');
        }
        page.push_str("## De uitspraak / the decision\n\n");
        page.push_str(&decision_section(c, &others));
        page.push_str("\n## De feiten zoals gecodeerd / the facts as encoded\n\n");
        page.push_str(&facts_section(&c.request));
        let sources = fact_sources_table(&c.decision);
        if !sources.is_empty() {
            page.push_str(
                "\n### Bron van elk feit / the source of each fact\n\n\
                 Elk feit van het verzoek, met het dossier van de rechter of de secundaire bron \
                 waarop het rust. *Every fact of the request, with the court record or the \
                 secondary source it rests on.*\n\n",
            );
            page.push_str(&sources);
        }
        page.push_str("\n<details>\n<summary>De invoer als JSON / the input as JSON</summary>\n\n");
        page.push_str(&fence("json", &c.request_text));
        page.push_str("\n</details>\n\n## De simulatie / the simulated ruling\n\n");
        match &sim {
            Ok((nl, en)) => page.push_str(&ruling_section(nl, en, 1)),
            Err(e) => {
                let _ = writeln!(
                    page,
                    "> ⚠ The library rejected this case's request: {}",
                    md(e)
                );
            }
        }
        page.push_str("\n## Wat zou de uitkomst veranderen? / what would flip it?\n\n");
        match &whatif {
            Ok(w) => page.push_str(w),
            Err(_) => page.push_str(
                "> De what-if-analyse (`kantonrechter whatif`) is in deze build nog niet \
                 beschikbaar. *The what-if analysis is not available in this build yet.*\n",
            ),
        }
        if let Ok(sim) = similar_section(g, &c.request_text, Some(&c.stem)) {
            page.push_str("\n## Vergelijkbare uitspraken / similar decisions\n\n");
            page.push_str(&sim);
        }
        page.push_str("\n## Bronnen / sources\n\n");
        let srcs = decision_sources(&c.decision);
        if srcs.is_empty() {
            page.push_str("*Het dossier noemt geen bronnen. The case file names no sources.*\n");
        } else {
            page.push_str(&srcs);
        }
        write(&g.src.join(&page_rel), &page)?;

        // The exercise.
        let mut ex = String::new();
        let _ = writeln!(ex, "# Oefening: {}\n", md(&case_name(c)));
        let mut meta = Vec::new();
        for k in ["court", "date"] {
            if let Some(v) = c.decision.get(k) {
                meta.push(md(&plain(v)));
            }
        }
        if !meta.is_empty() {
            let _ = writeln!(ex, "*{}*\n", meta.join(", "));
        }
        ex.push_str(
            "Lees de feiten zoals ze in het dossier zijn gecodeerd. Beantwoord dan, vóór je de \
             antwoorden openklapt: (1) komt de rechter toe aan de belangenafweging, of strandt \
             het verzoek bij een poort? (2) Wordt vervangende toestemming verleend, \
             (gedeeltelijk) geweigerd, of is het verzoek niet-ontvankelijk? (3) Welke feiten \
             dragen de beslissing — en welke regel uit de [catalogus](../generated/regels.md)?\n\n\
             *Read the facts as encoded. Before you open the answers: does the court reach the \
             weighing, or does the request fail at a gate? Is substitute consent granted, \
             refused, or the request inadmissible? Which facts carry the decision?*\n\n",
        );
        ex.push_str("## Feiten / facts\n\n");
        ex.push_str(&facts_section(&c.request));
        ex.push_str("\n## Jouw voorspelling / your prediction\n\n");
        ex.push_str(
            "Schrijf je antwoord op voordat je verder leest. *Write your answer down before \
             reading on.*\n\n",
        );
        ex.push_str("<details>\n<summary>Antwoord 1: wat besliste de rechter? / what did the court decide?</summary>\n\n");
        ex.push_str(&decision_section(c, &others));
        ex.push_str("\n</details>\n\n");
        ex.push_str("<details>\n<summary>Antwoord 2: wat zegt de simulator, stap voor stap? / the simulator's trace</summary>\n\n");
        match &sim {
            Ok((nl, en)) => ex.push_str(&ruling_section(nl, en, 1)),
            Err(e) => {
                let _ = writeln!(
                    ex,
                    "> ⚠ The library rejected this case's request: {}",
                    md(e)
                );
            }
        }
        let _ = writeln!(ex, "\n**{verdict}**\n");
        if let Some(d) = &difference {
            let _ = writeln!(ex, "> **Bewuste afwijking / deliberate difference:** {d}\n");
        }
        if let Some(d) = &disagreement {
            let _ = writeln!(ex, "> **Bekende afwijking / known disagreement:** {d}\n");
        }
        ex.push_str("</details>\n\n");
        if let Ok(w) = &whatif {
            ex.push_str("<details>\n<summary>Antwoord 3: welke feiten droegen de zaak? / what would flip it?</summary>\n\n");
            ex.push_str(w);
            ex.push_str("\n</details>\n\n");
        }
        ex.push_str(
            "**Nabespreking / discussion.** Waar de simulator afwijkt van de rechter: ligt dat \
             aan de feiten zoals gecodeerd (wat weten we niet?), aan het model (zie \
             [Waar het model grof is](../studenten/07-grenzen.md)), of aan een omstreden lezing \
             van de wet? *Where the simulator departs from the court: is it the facts as \
             encoded, the model, or a disputed reading of the law?*\n\n",
        );
        let _ = writeln!(
            ex,
            "Alles over deze uitspraak / everything about this decision: [{}](../{page_rel}).",
            md(&title)
        );
        write(&g.src.join(&ex_rel), &ex)?;
        let _ = writeln!(
            exercise_list,
            "- [{}](../{ex_rel}){}",
            md(&case_name(c)),
            c.decision
                .get("date")
                .map(|d| format!(" — {}", md(&plain(d))))
                .unwrap_or_default()
        );

        rows.push((c, actual, sim_outcome, agree, difference.is_some()));
        entries.push((
            Entry {
                title: title.clone(),
                path: page_rel,
            },
            Entry {
                title: format!("Oefening: {}", case_name(c)),
                path: ex_rel,
            },
        ));
    }
    if cases.is_empty() {
        exercise_list.push_str(
            "> Er staan nog geen uitspraken in `cases/`; zodra er een dossier bijkomt, verschijnt \
             hier de oefening. *There are no decisions in `cases/` yet.*\n",
        );
    }
    write(
        &g.src.join("generated").join("oefeningen-lijst.md"),
        &exercise_list,
    )?;
    conformance(g, &rows, conf.as_ref())?;
    Ok(entries)
}

type Row<'a> = (&'a Case, String, String, bool, bool);

/// The conformance table of `kantonrechter cases --json`, when the CLI has it: its rows by
/// case-file stem, the whole output, and what the command said on standard error when it
/// did not exit 0 (the suite does not hold).
struct Conformance {
    rows: BTreeMap<String, Value>,
    whole: Value,
    note: Option<String>,
}

fn conformance_data(g: &Gen) -> Option<Conformance> {
    if !has_subcommand(g, "cases") {
        return None;
    }
    let run = run_cli_raw(g, &["cases", "--json"]).ok()?;
    let whole: Value = serde_json::from_str(&run.stdout).ok()?;
    let mut rows = BTreeMap::new();
    let list = whole
        .get("cases")
        .or_else(|| whole.get("rows"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for r in list {
        let file = s(&r, "file");
        let key = Path::new(file)
            .file_stem()
            .map(|x| x.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !key.is_empty() {
            rows.insert(key, r);
        }
    }
    let note = (!run.ok)
        .then(|| run.stderr.trim().to_string())
        .filter(|n| !n.is_empty());
    Some(Conformance { rows, whole, note })
}

/// Does the simulated outcome match the court's? `consent_required` and `unknown` match none
/// (as `kantonrechter::cases::CourtOutcome::agrees_with`).
fn agrees(actual: &str, simulated: &str) -> bool {
    match actual {
        "" => false,
        // Not an outcome of the employer's request (see `kantonrechter::cases`).
        "consent_required" | "unknown" => false,
        a => a == simulated,
    }
}

/// The conformance table: from `kantonrechter cases --json` when the CLI has it, else a
/// plain comparison of the court's outcome with the simulated one.
fn conformance(g: &Gen, rows: &[Row], conf: Option<&Conformance>) -> Res<()> {
    let mut out = String::new();
    if let Some(k) = conf {
        out.push_str(
            "*Gegenereerd uit `kantonrechter cases --json`. Generated from \
             `kantonrechter cases --json`.*\n\n",
        );
        if let Some(n) = &k.note {
            let _ = writeln!(
                out,
                "> ⚠ `kantonrechter cases` meldde bij deze bouw / reported at this build: {}\n",
                md(n)
            );
        }
        out.push_str(&cli_conformance(&k.whole, rows));
    } else {
        out.push_str(
            "*Een eenvoudige vergelijking van de werkelijke en de gesimuleerde uitkomst; \
             `kantonrechter cases` (met basislijn en totalen) is in deze build nog niet \
             beschikbaar. A plain comparison of actual and simulated outcomes; the \
             `kantonrechter cases` table is not in this build yet.*\n\n",
        );
        out.push_str("| uitspraak / decision | rechter / court | simulatie / simulator | |\n|---|---|---|---|\n");
        let mut agree = 0;
        let mut known = 0;
        let mut deliberate = 0;
        for (c, actual, sim, ok, diff) in rows {
            if !actual.is_empty() {
                known += 1;
            }
            if *ok {
                agree += 1;
            } else if *diff {
                deliberate += 1;
            }
            let mark = if actual.is_empty() {
                "○"
            } else if *ok {
                "✔"
            } else if *diff {
                "◆"
            } else {
                "✘"
            };
            let _ = writeln!(
                out,
                "| [{}](../uitspraken/{}.md) | {} | {} | {mark} |",
                md(&case_title(c)),
                c.stem,
                short_outcome(actual),
                short_outcome(sim)
            );
        }
        let _ = writeln!(
            out,
            "\n**{agree} van {known}** uitspraken met bekende uitkomst komen overeen \
             ({deliberate} bewuste afwijking(en)). *{agree} of {known} decisions with a known \
             outcome agree ({deliberate} deliberate difference(s)).*"
        );
    }
    write(&g.src.join("generated").join("conformance.md"), &out)
}

/// Render the CLI's conformance JSON: its rows, each linked to its page, and its totals.
fn cli_conformance(v: &Value, rows: &[Row]) -> String {
    let mut out = String::new();
    let list = v
        .get("cases")
        .or_else(|| v.get("rows"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    out.push_str(
        "| uitspraak / decision | aangebracht door / brought by | rechter / court | bron / source | simulatie / simulator | | grond: rechter → simulator / ground: court → simulator | fase / stage |\n\
         |---|---|---|---|---|---|---|---|\n",
    );
    for r in &list {
        let file_stem = Path::new(s(r, "file"))
            .file_stem()
            .map(|x| x.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = match (s(r, "name"), s(r, "id")) {
            ("", id) => id.to_string(),
            (n, "") => n.to_string(),
            (n, id) => format!("{n} ({id})"),
        };
        let decision = if rows.iter().any(|(c, ..)| c.stem == file_stem) {
            format!("[{}](../uitspraken/{file_stem}.md)", md(&name))
        } else {
            md(&name)
        };
        let agrees = r.get("agrees").and_then(Value::as_bool).unwrap_or(false);
        let mark = s(r, "mark");
        let counted = r.get("counted").and_then(Value::as_bool).unwrap_or(true);
        let sign = match (counted, agrees, mark) {
            (false, _, _) => "○",
            (true, true, _) => "✔",
            (true, false, "deliberate_difference") => "◆",
            _ => "✘",
        };
        let stage_sign = match r.get("stage_agrees").and_then(Value::as_bool) {
            Some(true) => " ✓",
            Some(false) => " ≠",
            None => "",
        };
        let mark_text = match (mark, s(r, "not_counted")) {
            ("", "") => String::new(),
            ("", why) => format!(
                " <small>niet geteld / not counted: {}</small>",
                md(&why.replace('_', " "))
            ),
            (m, _) => format!(" <small>{}</small>", md(&m.replace('_', " "))),
        };
        let by = match s(r, "initiated_by") {
            "employer_request_27_4" => "werkgever, art. 27 lid 4",
            "employer_declaration_27_6" => "werkgever, art. 27 lid 6",
            "works_council" => "OR",
            "joint_96_rv" => "samen, art. 96 Rv",
            other => other,
        };
        let src = |k: &str| match s(r, k) {
            "court_record" => "rechter / court record",
            "secondary" => "secundair / secondary",
            "unknown" => "onbekend / unknown",
            other => other,
        };
        let _ = writeln!(
            out,
            "| {decision} | {} | {} | {} | {} | {sign}{mark_text} | `{}` ({}) → `{}` | {} → {}{stage_sign} |",
            md(by),
            short_outcome(s(r, "actual")),
            src("outcome_source"),
            short_outcome(s(r, "simulated")),
            s(r, "court_ground").replace('`', ""),
            src("ground_source"),
            s(r, "engine_ground").replace('`', ""),
            md(s(r, "actual_stage")),
            md(s(r, "simulated_stage")),
        );
    }
    out.push_str(
        "\n✔ komt overeen / agrees · ✘ wijkt af / disagrees · ◆ bewuste afwijking / deliberate \
         difference · ○ niet geteld / not counted — zoals `kantonrechter cases` het beoordeelt / \
         as `kantonrechter cases` judges it. *Bron / source*: rust de uitkomst (en de grond) op \
         het eigen dossier van de rechter of alleen op secundaire bronnen / does the outcome \
         (and the ground) rest on the court's own record or on secondary sources only. Fase \
         ✓/≠: zelfde of andere beslissende fase / same or different deciding stage.\n\n",
    );
    if let Some(totals) = v.get("totals") {
        out.push_str("**Totalen / totals**\n\n");
        out.push_str(&totals_list(totals, 0));
    }
    for b in v
        .get("blind")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let _ = writeln!(
            out,
            "\n**Blinde codering / blind encodings** (`{}`): de feiten gecodeerd door iemand die \
             de uitkomst niet kende / the facts encoded by someone who did not know the outcome.\n",
            s(b, "dir").replace('`', "")
        );
        out.push_str("| bestand / file | uitspraak / decision | rechter / court | simulatie / simulator | |\n|---|---|---|---|---|\n");
        for r in b
            .get("rows")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let id = s(r, "ecli");
            let decision = match rows.iter().find(|(c, ..)| ecli(c) == id) {
                Some((c, ..)) => format!("[{}](../uitspraken/{}.md)", md(id), c.stem),
                None => md(id),
            };
            let _ = writeln!(
                out,
                "| {} | {decision} | {} | {} | {} |",
                md(s(r, "file")),
                short_outcome(s(r, "court")),
                short_outcome(s(r, "engine")),
                if r.get("agrees").and_then(Value::as_bool) == Some(true) {
                    "✔"
                } else {
                    "✘"
                }
            );
        }
        let base = b.get("baseline");
        let _ = writeln!(
            out,
            "\n- Blinde overeenstemming / blind agreement: **{}**; basislijn / baseline (altijd / always `{}`): **{}**",
            b.get("agreement").and_then(ratio).unwrap_or_default(),
            base.map(|x| s(x, "predict")).unwrap_or(""),
            base.and_then(|x| x.get("ratio"))
                .and_then(ratio)
                .unwrap_or_default()
        );
    }
    for (k, x) in v.as_object().into_iter().flatten() {
        if matches!(k.as_str(), "cases" | "rows" | "totals" | "blind") {
            continue;
        }
        let _ = writeln!(out, "- **{}:** {}", md(k), md(&plain(x)));
    }
    out
}

/// Totals as a nested list; a `{agree, of}` pair reads "agree of of (percent)".
fn totals_list(v: &Value, depth: usize) -> String {
    let mut out = String::new();
    let indent = "  ".repeat(depth);
    for (k, x) in v.as_object().into_iter().flatten() {
        let key = md(&k.replace('_', " "));
        match ratio(x) {
            Some(r) => {
                let _ = writeln!(out, "{indent}- {key}: **{r}**");
            }
            None if x.is_object() => {
                let _ = writeln!(out, "{indent}- {key}:");
                out.push_str(&totals_list(x, depth + 1));
            }
            None => {
                let _ = writeln!(out, "{indent}- {key}: **{}**", md(&plain(x)));
            }
        }
    }
    out
}

fn ratio(v: &Value) -> Option<String> {
    let a = v.get("agree")?.as_u64()?;
    let of = v.get("of")?.as_u64()?;
    let pct = (a * 100 + of / 2).checked_div(of).unwrap_or(0);
    Some(format!("{a} / {of} ({pct} %)"))
}

// -------------------------------------------------------------------------------- summary

fn summary(g: &Gen, examples: &[Entry], cases: &[(Entry, Entry)]) -> Res<()> {
    let template_path = g.root.join("book").join("SUMMARY.template.md");
    let template = read(&template_path)?;
    let mut lists: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
    lists.insert("examples", examples.iter().collect());
    lists.insert("cases", cases.iter().map(|(c, _)| c).collect());
    lists.insert("exercises", cases.iter().map(|(_, e)| e).collect());
    let mut out = String::new();
    for line in template.lines() {
        let t = line.trim();
        let marker = t
            .strip_prefix("<!-- bookgen:")
            .and_then(|r| r.strip_suffix("-->"))
            .map(str::trim);
        match marker {
            Some(name) => {
                let indent = &line[..line.len() - line.trim_start().len()];
                let list = lists.get(name).ok_or_else(|| {
                    format!("{}: unknown marker {name:?}", template_path.display())
                })?;
                for e in list {
                    // Titles in SUMMARY.md are link text: escape brackets only.
                    let title = e.title.replace('[', "\\[").replace(']', "\\]");
                    let _ = writeln!(out, "{indent}- [{title}]({})", e.path);
                }
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    write(&g.src.join("SUMMARY.md"), &out)
}

#[cfg(test)]
mod tests {
    use super::base64url;

    #[test]
    fn base64url_is_rfc4648_section5_without_padding() {
        assert_eq!(base64url(b""), "");
        assert_eq!(base64url(b"f"), "Zg");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(b"foo"), "Zm9v");
        assert_eq!(base64url(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64url(&[0xfb, 0xff, 0xbf]), "-_-_");
    }
}
