//! `bookgen`: writes the generated parts of the book (`book/src`) from the library and the
//! repository's data files, so that nothing legal in the book is copied by hand.
//!
//! ```text
//! cargo run --features bookgen --bin bookgen -- [--root DIR] [--cli PATH]
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
//! Every page is a [MiniJinja](minijinja) template in `templates/` beside this file (one per
//! kind of page, embedded at compile time): the prose and the layout are there. This file
//! gathers the data the templates show, through the library the CLI uses (rulings from
//! [`kantonrechter::json::evaluate_to_json`], what-if from [`kantonrechter::whatif`], the
//! closest cases from [`kantonrechter::precedent`], the conformance table from
//! [`kantonrechter::cases`]), and the labels of codes from `labels.json`. It has no legal
//! logic. Only the CLI's help texts (clap's, defined in `src/main.rs`) come from running the
//! `kantonrechter` binary next to this one; without it, the help page says so.

#![forbid(unsafe_code)]

mod facts;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use kantonrechter::{Lang, cases, json, law, precedent, whatif};
use minijinja::Environment;
use serde::Serialize;
use serde_json::{Value, json as obj};

use facts::{Labels, facts, plain};

type Res<T> = Result<T, String>;

/// The templates, one per kind of page and the parts several pages share, embedded.
macro_rules! templates {
    ($($name:literal)*) => { &[$(($name, include_str!(concat!("templates/", $name)))),*] };
}
const TEMPLATES: &[(&str, &str)] = templates!(
    "regels.md.j2" "rule-table.md.j2" "regel.md.j2" "kalibratie.md.j2" "versies.md.j2"
    "schema.md.j2" "cli-help.md.j2" "demo-status.md.j2" "wasm-example-status.md.j2"
    "wasm-api.md.j2" "example.md.j2" "voorbeelden-lijst.md.j2" "decision.md.j2" "exercise.md.j2"
    "oefeningen-lijst.md.j2" "conformance.md.j2" "facts.md.j2" "interests.md.j2" "ruling.md.j2"
    "ruling-summary.md.j2" "trace.md.j2" "macros.md.j2" "the-decision.md.j2" "whatif.md.j2"
    "similar.md.j2"
);

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bookgen: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Where things are, the templates and the labels.
struct Gen {
    root: PathBuf,
    src: PathBuf,
    cli: Option<PathBuf>,
    env: Environment<'static>,
    l: Labels,
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
        let p = exe.with_file_name(format!("kantonrechter{}", std::env::consts::EXE_SUFFIX));
        p.is_file().then_some(p)
    });
    if cli.is_none() {
        eprintln!(
            "bookgen: warning: no kantonrechter binary found next to bookgen (build it with `cargo build`); the CLI's help page will say so"
        );
    }
    let l: Labels = serde_json::from_str(include_str!("labels.json"))
        .map_err(|e| format!("labels.json: {e}"))?;
    let g = Gen {
        src: root.join("book").join("src"),
        root,
        cli,
        env: environment()?,
        l,
    };
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
    rules(&g)?;
    calibration(&g)?;
    g.page("versies.md.j2", &versions(), "generated/versies.md")?;
    schemas(&g)?;
    cli_help(&g)?;
    let demo = demo(&g)?;
    let examples = examples(&g, demo)?;
    let cases = decisions(&g, demo)?;
    summary(&g, &examples, &cases)?;
    eprintln!(
        "bookgen: wrote {} example page(s), {} decision page(s) with exercises, into {}",
        examples.len(),
        cases.len(),
        g.src.display()
    );
    Ok(())
}

/// The template environment: Markdown, so no auto-escaping; block tags on a line of their
/// own leave no line; a template's last newline is kept. Undefined values are errors.
fn environment() -> Res<Environment<'static>> {
    let mut env = Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| e.to_string())?;
    env.set_syntax(syntax);
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.add_filter("md", |s: &str| md(s));
    env.add_filter("fence", |body: &str, lang: &str| fence(lang, body));
    env.add_filter("code", |s: &str| s.replace('`', ""));
    for (name, text) in TEMPLATES {
        env.add_template(name, text)
            .map_err(|e| format!("template {name}: {e}"))?;
    }
    Ok(env)
}

impl Gen {
    /// Render a template with `ctx` into `rel` below `book/src`.
    fn page(&self, template: &str, ctx: &impl Serialize, rel: &str) -> Res<()> {
        let text = self
            .env
            .get_template(template)
            .and_then(|t| t.render(minijinja::value::Serde(ctx)))
            .map_err(|e| format!("{template} (for {rel}): {e:#}"))?;
        write(&self.src.join(rel), &text)
    }
}

// ---------------------------------------------------------------------------------- files

fn write(p: &Path, text: &str) -> Res<()> {
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
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
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|x| x == "json") && p.is_file());
    v.sort();
    v
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

// ------------------------------------------------------------------------------- markdown

/// Escape text for Markdown (also inside a table cell): HTML and the inline markers.
pub(crate) fn md(s: &str) -> String {
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
pub(crate) fn link(label: &str, url: &str) -> String {
    let url = url.replace('>', "%3E").replace(' ', "%20");
    format!("[{}](<{url}>)", md(label))
}

/// A fenced code block that cannot be closed early by its content (without a last newline:
/// the template's line has it).
fn fence(lang: &str, body: &str) -> String {
    let mut ticks = String::from("```");
    while body.contains(ticks.as_str()) {
        ticks.push('`');
    }
    format!("{ticks}{lang}\n{}\n{ticks}", body.trim_end_matches('\n'))
}

pub(crate) fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A link from a page one directory below `book/src` to a rule's entry in the catalogue.
fn rule_link(code: &str) -> String {
    format!(
        "[{code}](../generated/regels.md#rule-{})",
        code.to_ascii_lowercase()
    )
}

// ---------------------------------------------------------------- rules, calibration, law

fn rules(g: &Gen) -> Res<()> {
    // The same bytes as `kantonrechter rules --json`.
    let text = json::to_json(law::CATALOGUE);
    write(&g.src.join("generated/rules.json"), &text)?;
    let rows: Vec<Value> = parse(&text, "rules")?
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| rule_row(g, r))
        .collect();
    let ctx = obj!({"rules": rows, "anchors": true, "law_version": law::LAW_VERSION.to_string(),
        "known_until": law::KNOWN_UNTIL.to_string()});
    g.page("regels.md.j2", &ctx, "generated/regels.md")?;
    for fam in ["wor", "avg", "aia", "echr", "nl", "overig"] {
        let subset: Vec<&Value> = rows.iter().filter(|r| r["family"] == fam).collect();
        // Included from pages one directory below src (`studenten/`).
        let ctx = obj!({"rules": subset, "anchors": false});
        g.page(
            "rule-table.md.j2",
            &ctx,
            &format!("generated/regels-{fam}.md"),
        )?;
    }
    for r in &rows {
        g.page(
            "regel.md.j2",
            &obj!({"r": r}),
            &format!("generated/regel/{}.md", s(r, "id")),
        )?;
    }
    Ok(())
}

/// What the rule tables and cards show of one rule.
fn rule_row(g: &Gen, r: &Value) -> Value {
    let code = s(r, "id");
    let status = s(r, "status");
    let sources: Vec<String> = list(r, "sources")
        .iter()
        .map(|x| match x.get("url").and_then(Value::as_str) {
            Some(u) => link(s(x, "label"), u),
            None => format!(
                "{} (geen publieke link / no public link)",
                md(s(x, "label"))
            ),
        })
        .collect();
    let c = code.to_ascii_uppercase();
    let any = |prefixes: &[&str]| prefixes.iter().any(|p| c.starts_with(p));
    let family = if any(&["WOR", "RV", "CASE", "BW"]) {
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
    };
    obj!({
        "id": code, "anchor": format!("rule-{}", code.to_ascii_lowercase()), "link": rule_link(code),
        "family": family, "title_nl": s(r, "title_nl"), "title_en": s(r, "title_en"),
        "status": status, "status_nl": g.l.status.get(status).map_or(status, String::as_str),
        "warn": matches!(status, "memory" | "unverified" | "inference"),
        "from": r.get("from").and_then(Value::as_str), "until": r.get("until").and_then(Value::as_str),
        "sources": sources,
    })
}

fn calibration(g: &Gen) -> Res<()> {
    // The same bytes as `kantonrechter calibration --json`.
    let text = json::to_json(&kantonrechter::Calibration::default().entries());
    write(&g.src.join("generated/calibration.json"), &text)?;
    let rows: Vec<Value> = parse(&text, "calibration")?
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            obj!({"anchor": s(e, "key").replace('.', "-"), "key": s(e, "key"),
                "default": plain(e.get("default").unwrap_or(&Value::Null)), "doc": s(e, "doc")})
        })
        .collect();
    g.page(
        "kalibratie.md.j2",
        &obj!({"entries": rows}),
        "generated/kalibratie.md",
    )
}

/// The dates and versions of the law, by the constants' names.
fn versions() -> Value {
    use kantonrechter::request::AiActSchedule;
    obj!({
        "law_version": law::LAW_VERSION.to_string(),
        "known_until": law::KNOWN_UNTIL.to_string(),
        "supported_from": law::SUPPORTED_FROM.to_string(),
        "supported_until": law::SUPPORTED_UNTIL.to_string(),
        "avg_from": law::AVG_FROM.to_string(),
        "ai_prohibitions_from": law::AI_PROHIBITIONS_FROM.to_string(),
        "high_risk_original": law::high_risk_duties_from(AiActSchedule::Original).to_string(),
        "high_risk_omnibus": law::high_risk_duties_from(AiActSchedule::Omnibus).to_string(),
    })
}

// -------------------------------------------------------------------------------- schemas

fn schemas(g: &Gen) -> Res<()> {
    for (name, text, title) in [
        ("input", json::input_schema(), "Input: the request"),
        (
            "ruling",
            json::ruling_schema(),
            "Output: the ruling's report",
        ),
    ] {
        write(
            &g.src.join(format!("generated/schema/{name}.schema.json")),
            &text,
        )?;
        let root = parse(&text, name)?;
        let root_name = s(&root, "title");
        let mut defs = vec![definition(&root, root_name)];
        if let Some(map) = root.get("$defs").and_then(Value::as_object) {
            defs.extend(map.iter().map(|(n, d)| definition(d, n)));
        }
        let ctx = obj!({"name": name, "title": title, "defs": defs});
        g.page("schema.md.j2", &ctx, &format!("generated/schema-{name}.md"))?;
    }
    Ok(())
}

/// One definition of a JSON Schema: its properties, or its variants, or its values.
fn definition(def: &Value, name: &str) -> Value {
    let required: Vec<&str> = list(def, "required")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let props = def.get("properties").and_then(Value::as_object).map(|props| {
        let rows: Vec<Value> = props
            .iter()
            .map(|(k, p)| {
                let req = match p.get("default") {
                    _ if required.contains(&k.as_str()) => "**required**".to_string(),
                    Some(d) => format!("default `{}`", short_json(d)),
                    None => "optional".into(),
                };
                obj!({"name": k, "type": type_of(p), "req": req, "description": s(p, "description")})
            })
            .collect();
        rows
    });
    let variants = def
        .get("oneOf")
        .or_else(|| def.get("anyOf"))
        .and_then(Value::as_array);
    let variants = variants.map(|vs| {
        let rows: Vec<Value> = vs
            .iter()
            .map(|v| {
                let value = v
                    .get("const")
                    .map(short_json)
                    .or_else(|| {
                        v.get("enum")
                            .and_then(Value::as_array)
                            .map(|a| joined(a, short_json, ", "))
                    })
                    .unwrap_or_else(|| type_of(v));
                obj!({"value": value.replace('|', "\\|"), "description": s(v, "description")})
            })
            .collect();
        rows
    });
    let values = def
        .get("enum")
        .and_then(Value::as_array)
        .map(|e| joined(e, |v| format!("`{}`", short_json(v)), ", "));
    obj!({
        "name": name, "anchor": name.to_ascii_lowercase(), "description": s(def, "description"),
        "props": props, "closed": def.get("additionalProperties") == Some(&Value::Bool(false)),
        "variants": variants, "values": values, "type": type_of(def),
    })
}

fn joined<T>(items: &[T], f: impl Fn(&T) -> String, sep: &str) -> String {
    items.iter().map(f).collect::<Vec<_>>().join(sep)
}

fn short_json(v: &Value) -> String {
    let t = serde_json::to_string(v).unwrap_or_default();
    match t.char_indices().nth(57) {
        Some((i, _)) if t.len() > 60 => format!("{}…", &t[..i]),
        _ => t,
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
        return joined(any, type_of, " or ");
    }
    let base = match p.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(ts)) => joined(ts, |t| t.as_str().unwrap_or("").to_string(), " or "),
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

// ------------------------------------------------------------------------ the CLI, the demo

/// The help texts of the binary and of each of its subcommands: clap writes them from the
/// definitions in `src/main.rs`, so they are read from the binary itself.
fn cli_help(g: &Gen) -> Res<()> {
    let help = |args: &[&str]| -> Res<String> {
        let cli = g
            .cli
            .as_ref()
            .ok_or("the kantonrechter binary was not built")?;
        let out = Command::new(cli)
            .args(args)
            .current_dir(&g.root)
            .output()
            .map_err(|e| format!("{}: {e}", cli.display()))?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        let first = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        match out.status.success() {
            true => Ok(String::from_utf8_lossy(&out.stdout).into_owned()),
            false => Err(format!(
                "`kantonrechter {}` failed: {}",
                args.join(" "),
                first.trim()
            )),
        }
    };
    let ctx = match help(&["--help"]) {
        Ok(top) => {
            let subs: Vec<Value> = top
                .lines()
                .skip_while(|l| !l.starts_with("Commands:"))
                .skip(1)
                .take_while(|l| l.starts_with("  "))
                .filter_map(|l| l.split_whitespace().next().filter(|n| *n != "help"))
                .filter_map(|n| {
                    help(&[n, "--help"])
                        .ok()
                        .map(|h| obj!({"name": n, "help": h}))
                })
                .collect();
            obj!({"top": top, "subs": subs, "error": null})
        }
        Err(e) => obj!({"top": null, "subs": [], "error": e}),
    };
    g.page("cli-help.md.j2", &ctx, "generated/cli-help.md")
}

/// Copy the static demo site into the book (it is served from `demo/`), write the status
/// snippets the chapters include, the live browser example and the JavaScript API. Returns
/// whether the demo is there.
fn demo(g: &Gen) -> Res<bool> {
    let site = g.root.join("site");
    let present = site.join("index.html").is_file();
    if present {
        copy_dir(&site, &g.src.join("demo"))?;
    }
    for (file, up) in [("demo-status.md", "../"), ("demo-status-root.md", "")] {
        let ctx = obj!({"present": present, "up": up});
        g.page("demo-status.md.j2", &ctx, &format!("generated/{file}"))?;
    }
    // The book's browser example, served live next to the demo (importing the demo's pkg/).
    let from = g.root.join("book/examples/wasm-browser");
    let live = present && site.join("pkg").is_dir() && from.is_dir();
    if live {
        for name in ["index.html", "example.js"] {
            let text = read(&from.join(name))?.replace("'./pkg/", "'../demo/pkg/");
            write(&g.src.join("demo-example").join(name), &text)?;
        }
    }
    let ctx = obj!({"live": live});
    g.page(
        "wasm-example-status.md.j2",
        &ctx,
        "generated/wasm-example-status.md",
    )?;
    // The declarations wasm-bindgen generated for the demo (site/pkg, else wasm/pkg).
    let dts = ["site/pkg", "wasm/pkg"].iter().find_map(|d| {
        let mut files: Vec<PathBuf> = fs::read_dir(g.root.join(d))
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let p = p.to_string_lossy();
                p.ends_with(".d.ts") && !p.ends_with("_bg.wasm.d.ts")
            })
            .collect();
        files.sort();
        files.into_iter().next().map(|f| (d, f))
    });
    let ctx = match dts {
        Some((dir, file)) => {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            obj!({"file": format!("{dir}/{name}"), "text": read(&file)?})
        }
        None => obj!({"file": null, "text": null}),
    };
    g.page("wasm-api.md.j2", &ctx, "generated/wasm-api.md")?;
    Ok(present)
}

fn copy_dir(from: &Path, to: &Path) -> Res<()> {
    fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let rd = fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in rd.filter_map(|e| e.ok()) {
        let (p, dest) = (entry.path(), to.join(entry.file_name()));
        if p.is_dir() {
            copy_dir(&p, &dest)?;
        } else if p.is_file() {
            fs::copy(&p, &dest).map_err(|e| format!("{}: {e}", p.display()))?;
        }
    }
    Ok(())
}

/// The line that opens the demo with a request loaded: the demo's share-link format,
/// `#r=j` + base64url of the compact JSON (which the browser never sends to a server).
fn demo_fragment(request: &Value, demo: bool) -> Option<String> {
    demo.then(|| format!("r=j{}", base64url(request.to_string().as_bytes())))
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

// -------------------------------------------------------------------- rulings and what-if

impl Labels {
    /// An outcome, stage or party as "Dutch (*English*)"; an unknown code as code.
    fn pair(table: &BTreeMap<String, (String, String)>, code: &str) -> String {
        match table.get(code) {
            Some((nl, en)) => format!("{nl} (*{en}*)"),
            None if code.is_empty() => "—".into(),
            None => format!("`{}`", code.replace('`', "")),
        }
    }

    fn outcome(&self, code: &str) -> String {
        Labels::pair(&self.outcome, code)
    }

    fn stage(&self, code: &str) -> String {
        Labels::pair(&self.stage, code)
    }

    /// A short Dutch label for an outcome, with the English as a tooltip (for narrow tables).
    fn short_outcome(&self, code: &str) -> String {
        match (self.short_outcome.get(code), self.outcome.get(code)) {
            (Some(nl), Some((_, en))) => format!("<span title=\"{en}\">{nl}</span>"),
            _ if code.is_empty() => "—".into(),
            _ => format!("`{}`", code.replace('`', "")),
        }
    }
}

/// A request evaluated in both languages through the library's JSON boundary (the bytes of
/// `kantonrechter evaluate --json`), as the ruling templates show it.
fn evaluate(g: &Gen, text: &str) -> Res<(Value, Value, Value)> {
    let ruling = |lang| -> Res<Value> {
        parse(
            &json::evaluate_to_json(text, lang).map_err(|e| e.to_string())?,
            "ruling",
        )
    };
    let (nl, en) = (ruling(Lang::Nl)?, ruling(Lang::En)?);
    let view = obj!({"nl": ruling_view(g, &nl), "en": ruling_view(g, &en)});
    Ok((nl, en, view))
}

/// What the ruling templates show of a ruling: summary, weights, parts, warnings, the
/// trace and the parallel tracks, each step with its rule, finding, effect and source.
fn ruling_view(g: &Gen, r: &Value) -> Value {
    let steps = |key: &str| -> Vec<Value> {
        list(r, key)
            .iter()
            .map(|st| {
                let source = list(st, "sources").first().map(|x| {
                    match x.get("url").and_then(Value::as_str) {
                        Some(u) => link(s(x, "label"), u),
                        None => md(s(x, "label")),
                    }
                });
                let kind = st
                    .get("effect")
                    .and_then(|e| e.get("type"))
                    .and_then(Value::as_str);
                obj!({
                    "n": plain(&st["n"]), "rule": rule_link(s(st, "rule")),
                    "element": st.get("element").and_then(Value::as_str), "status": s(st, "status"),
                    "warn": matches!(s(st, "status"), "memory" | "unverified" | "inference"),
                    "finding": s(st, "finding"), "effect": s(st, "effect_text"),
                    "decisive": matches!(kind, Some("decides" | "hard_defect")),
                    "source": source.unwrap_or_default(),
                })
            })
            .collect()
    };
    let weights = r.get("weights").filter(|w| !w.is_null()).map(|w| {
        let (e, o) = (plain(&w["employer"]), plain(&w["works_council"]));
        let (ef, of) = (e.parse().unwrap_or(0.0), o.parse().unwrap_or(0.0));
        let max: f64 = f64::max(ef, of);
        let bar = (max > 0.0 && max.is_finite()).then(|| {
            let w = |x: f64| ((x / max) * 100.0).round().clamp(0.0, 100.0) as u32;
            (w(ef), w(of))
        });
        obj!({"employer": e, "works_council": o, "bar": bar})
    });
    let parts: Vec<Value> = Some(list(r, "parts"))
        .filter(|p| p.len() > 1)
        .unwrap_or(&[])
        .iter()
        .map(|p| obj!({"elements": plain(&p["elements"]), "outcome": g.l.outcome(s(p, "outcome"))}))
        .collect();
    obj!({
        "summary": s(r, "summary"), "weights": weights, "parts": parts,
        "warnings": list(r, "warnings").iter().map(plain).collect::<Vec<_>>(),
        "trace": steps("trace"), "flags": steps("flags"),
        "notice": s(r, "notice"), "engine": s(&r["receipt"], "engine"),
        "law_version": s(&r["receipt"], "law_version"), "as_of": s(&r["law"], "as_of"),
        "sha": s(&r["receipt"], "input_sha256"),
    })
}

/// The smallest sets of changes that flip the outcome, from [`whatif::whatif`] with the
/// CLI's defaults (the bytes of `kantonrechter whatif FILE --json`), as the template shows
/// them; the library's error, if it fails.
fn whatif_view(g: &Gen, request_text: &str) -> Value {
    let result = json::parse_request_or_case(request_text)
        .map_err(|e| e.to_string())
        .and_then(|req| {
            whatif::whatif(&req, &whatif::Options::default()).map_err(|e| e.to_string())
        })
        .map(|w| json::whatif_to_json(&w, Lang::Nl))
        .and_then(|t| parse(&t, "whatif"));
    let v = match result {
        Ok(v) => v,
        Err(e) => return obj!({"error": e, "flips": [], "max_changes": null}),
    };
    let flips: Vec<Value> = list(&v, "flips")
        .iter()
        .map(|f| {
            let changes = list(f, "changes");
            let mut helps: Vec<String> = changes.iter().map(|c| s(c, "helps").replace('_', " ")).collect();
            helps.retain(|h| !h.is_empty());
            helps.dedup();
            let changes: Vec<Value> = changes
                .iter()
                .map(|c| obj!({"nl": s(c, "nl"), "en": s(c, "en"), "rule": c.get("rule").and_then(Value::as_str).map(rule_link), "id": s(c, "id")}))
                .collect();
            obj!({"changes": changes, "helps": helps.join(", "), "outcome": g.l.outcome(s(f, "outcome")), "ground": s(f, "ground")})
        })
        .collect();
    obj!({"error": null, "flips": flips, "max_changes": v.get("max_changes").map(plain)})
}

/// The closest decided cases, from [`precedent::similar`] as `kantonrechter similar FILE
/// --json` finds them (the five closest, the ruling without its own precedent check); `None`
/// when the library cannot (the section is then left out). `own` leaves a decision's own
/// file out of its list.
fn similar_view(g: &Gen, request_text: &str, own: Option<&str>) -> Option<Value> {
    let req = json::parse_request_or_case(request_text).ok()?;
    let options = kantonrechter::Options::without_precedents();
    let ruling = kantonrechter::evaluate_with(&req, &options).ok()?;
    let base = precedent::embedded().ok()?;
    let found = precedent::similar(&req, ruling.outcome, base, 5);
    let v = parse(&json::to_json(&found), "similar").ok()?;
    let own_file = own.map(|o| format!("{o}.json"));
    let rows: Vec<Value> = v
        .as_array()
        .into_iter()
        .flatten()
        .filter(|n| own_file.as_deref().is_none_or(|o| !s(n, "file").ends_with(o)))
        .map(|n| {
            let case = &n["case"];
            let (id, name) = (s(case, "id"), s(case, "name"));
            let file_stem = stem(Path::new(s(n, "file")));
            let exists = !file_stem.is_empty() && g.root.join("cases").join(format!("{file_stem}.json")).is_file();
            let diffs: Vec<String> = list(n, "differences")
                .iter()
                .map(|d| {
                    let side = |k: &str| match d.get(k) {
                        Some(Value::Array(a)) if a.is_empty() => "—".to_string(),
                        Some(x) => md(&plain(x)),
                        None => "—".to_string(),
                    };
                    format!("*{}*: hier / here {} · daar / there {}", md(s(d, "feature")), side("only_here"), side("only_there"))
                })
                .collect();
            obj!({
                "title": if name.is_empty() { id.to_string() } else { format!("{name} ({id})") },
                "page": exists.then_some(file_stem), "outcome": g.l.short_outcome(s(case, "outcome")),
                "distance": plain(n.get("distance").unwrap_or(&Value::Null)),
                "relation": n.get("relation").and_then(Value::as_str).map(|r| r.replace('_', " ")),
                "differences": if diffs.is_empty() { "—".to_string() } else { diffs.join("<br>") },
            })
        })
        .collect();
    Some(obj!({"found": v.as_array().is_some_and(|a| !a.is_empty()), "rows": rows}))
}

// ------------------------------------------------------------------------------- examples

/// A page in the summary: its title and its path below `book/src`.
#[derive(Serialize)]
struct Entry {
    title: String,
    path: String,
}

fn examples(g: &Gen, demo: bool) -> Res<Vec<Entry>> {
    let mut entries = Vec::new();
    let mut rows = Vec::new();
    for path in json_files(&g.root.join("examples")) {
        let name = stem(&path);
        let text = read(&path)?;
        let req = parse(&text, &path.display().to_string())?;
        let title = match s(&req, "title") {
            "" => name.clone(),
            t => t.to_string(),
        };
        // A commentary may have a part for after the ruling, below a line `<!-- after -->`.
        let commentary = g.root.join(format!("book/commentary/examples/{name}.md"));
        let text_of = if commentary.is_file() {
            read(&commentary)?
        } else {
            String::new()
        };
        let (before, after) = text_of
            .split_once("\n<!-- after -->\n")
            .unwrap_or((&text_of, ""));
        let (ruling, outcome, error) = match evaluate(g, &text) {
            Ok((nl, _, view)) => (view, g.l.outcome(s(&nl, "outcome")), None),
            Err(e) => (Value::Null, "—".into(), Some(e)),
        };
        let ctx = obj!({
            "name": name, "title": title, "demo": demo_fragment(&req, demo), "before": before,
            "after": (!after.trim().is_empty()).then_some(after), "facts": facts(&g.l, &req),
            "json": text, "ruling": ruling, "error": error, "whatif": whatif_view(g, &text),
            "similar": similar_view(g, &text, None),
        });
        let rel = format!("voorbeelden/{name}.md");
        g.page("example.md.j2", &ctx, &rel)?;
        rows.push(obj!({"title": title, "path": rel, "outcome": outcome}));
        entries.push(Entry { title, path: rel });
    }
    g.page(
        "voorbeelden-lijst.md.j2",
        &obj!({"rows": rows}),
        "generated/voorbeelden-lijst.md",
    )?;
    Ok(entries)
}

// ------------------------------------------------------------------------------ decisions

/// One decision of `cases/`.
struct Case {
    stem: String,
    decision: Value,
    request: Value,
    request_text: String,
}

impl Case {
    fn ecli(&self) -> &str {
        ["ecli", "reference", "published_reference", "citation"]
            .iter()
            .map(|k| s(&self.decision, k))
            .find(|x| !x.is_empty())
            .unwrap_or(&self.stem)
    }

    fn name(&self) -> &str {
        ["name", "short_name", "title", "parties"]
            .iter()
            .map(|k| s(&self.decision, k))
            .chain([s(&self.request, "title")])
            .find(|x| !x.is_empty())
            .unwrap_or_else(|| self.ecli())
    }

    fn title(&self) -> String {
        match (self.name(), self.ecli()) {
            (n, e) if n == e => e.to_string(),
            (n, e) => format!("{n} ({e})"),
        }
    }

    /// The court's outcome as a code (the decision's `outcome`, a string or `{code: …}`).
    fn outcome(&self) -> String {
        match self.decision.get("outcome") {
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

    fn stage(&self) -> String {
        match self.decision.get("deciding_stage") {
            Some(Value::String(x)) => x.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => plain(other),
        }
    }
}

fn load_cases(g: &Gen) -> Res<Vec<Case>> {
    let mut out = Vec::new();
    for path in json_files(&g.root.join("cases")) {
        let v = parse(&read(&path)?, &path.display().to_string())?;
        let (decision, request) = (v["decision"].clone(), v["request"].clone());
        if decision.is_null() || request.is_null() {
            return Err(format!(
                "{}: a case file needs a \"decision\" and a \"request\"",
                path.display()
            ));
        }
        let request_text = serde_json::to_string_pretty(&request).unwrap_or_default();
        out.push(Case {
            stem: stem(&path),
            decision,
            request,
            request_text,
        });
    }
    Ok(out)
}

fn decisions(g: &Gen, demo: bool) -> Res<Vec<(Entry, Entry)>> {
    let cases = load_cases(g)?;
    let others: BTreeMap<&str, &str> = cases.iter().map(|c| (c.ecli(), c.stem.as_str())).collect();
    let conf = conformance(g, &cases)?;
    let mut entries = Vec::new();
    let mut exercises = Vec::new();
    for c in &cases {
        let sim = evaluate(g, &c.request_text);
        let (sim_outcome, sim_stage) = match &sim {
            Ok((nl, ..)) => (
                s(nl, "outcome").to_string(),
                s(nl, "deciding_stage").to_string(),
            ),
            Err(_) => (String::new(), String::new()),
        };
        let actual = c.outcome();
        let row = conf.get(&c.stem);
        // As `kantonrechter::cases`: `consent_required` and `unknown` match no outcome.
        let agree = row.and_then(|r| r["agrees"].as_bool()).unwrap_or(
            !matches!(actual.as_str(), "" | "consent_required" | "unknown")
                && actual == sim_outcome,
        );
        let difference = c
            .decision
            .get("deliberate_difference")
            .and_then(|v| facts::explain(&g.l, v));
        let disagreement = c
            .decision
            .get("known_disagreement")
            .and_then(|v| facts::explain(&g.l, v));
        let not_counted = row.map_or("", |r| s(r, "not_counted"));
        let verdict = match () {
            _ if actual.is_empty() || actual == "unknown" => "unknown",
            _ if !not_counted.is_empty() => "not_counted",
            _ if agree => "agrees",
            _ if difference.is_some() => "deliberate",
            _ if disagreement.is_some() => "known",
            _ => "departs",
        };
        let source = c.decision.get("outcome_source").map(|a| s(a, "source"));
        let source = source.map(|x| {
            if x.starts_with("http") {
                "secondary"
            } else {
                x
            }
        });
        let finding = |k: &str| {
            row.map(|r| s(r, k))
                .filter(|x| !x.is_empty())
                .map(|x| x.replace('`', ""))
        };
        let page_rel = format!("uitspraken/{}.md", c.stem);
        let ex_rel = format!("oefeningen/{}.md", c.stem);
        let commentary = g.root.join(format!("book/commentary/cases/{}.md", c.stem));
        let (ruling, error) = match sim {
            Ok((.., view)) => (view, None),
            Err(e) => (Value::Null, Some(e)),
        };
        let ctx = obj!({
            "stem": c.stem, "title": c.title(), "name": c.name(), "page": page_rel, "exercise": ex_rel,
            "demo": demo_fragment(&c.request, demo),
            "actual": g.l.outcome(&actual), "simulated": g.l.outcome(&sim_outcome),
            "source_kind": g.l.source_kind.get(source.unwrap_or("")).map_or("—", String::as_str),
            "ground": row.map(|r| obj!({"court": s(r, "court_ground").replace('`', ""),
                "source": g.l.source_kind.get(s(r, "ground_source")).map_or("—", String::as_str),
                "engine": s(r, "engine_ground").replace('`', "")})),
            "actual_stage": g.l.stage(&c.stage()), "simulated_stage": g.l.stage(&sim_stage),
            "findings": (finding("actual_finding").is_some() || finding("simulated_finding").is_some())
                .then(|| (finding("actual_finding"), finding("simulated_finding"))),
            "verdict_code": verdict,
            "not_counted": g.l.not_counted.get(not_counted).map_or(not_counted, String::as_str), "difference": difference, "disagreement": disagreement,
            "commentary": if commentary.is_file() { Some(read(&commentary)?) } else { None },
            "decision": facts::decision(&g.l, &c.decision, c.ecli(), (&actual, &c.stage()), &others),
            "sources": facts::decision_sources(&g.l, &c.decision),
            "fact_sources": facts::fact_sources(&c.decision),
            "facts": facts(&g.l, &c.request), "json": c.request_text,
            "meta": (["court", "date"].iter().filter_map(|k| c.decision.get(*k)).map(|v| md(&plain(v))).collect::<Vec<_>>()),
            "ruling": ruling, "error": error, "whatif": whatif_view(g, &c.request_text),
            "similar": similar_view(g, &c.request_text, Some(&c.stem)),
        });
        g.page("decision.md.j2", &ctx, &page_rel)?;
        g.page("exercise.md.j2", &ctx, &ex_rel)?;
        exercises.push(
            obj!({"name": c.name(), "path": ex_rel, "date": c.decision.get("date").map(plain)}),
        );
        entries.push((
            Entry {
                title: c.title(),
                path: page_rel,
            },
            Entry {
                title: format!("Oefening: {}", c.name()),
                path: ex_rel,
            },
        ));
    }
    g.page(
        "oefeningen-lijst.md.j2",
        &obj!({"rows": exercises}),
        "generated/oefeningen-lijst.md",
    )?;
    Ok(entries)
}

// ---------------------------------------------------------------------------- conformance

/// The conformance table as `kantonrechter cases --json` gives it (the decisions of `cases/`
/// with the blind encodings of `cases/blind/shared` and `cases/blind/own`), written to its
/// page; returns its rows by case-file stem.
fn conformance(g: &Gen, decided: &[Case]) -> Res<BTreeMap<String, Value>> {
    // Named as the CLI names them, relative to the root.
    let read_dir = |dir: &str, skip: &str| -> Res<Vec<(String, String)>> {
        json_files(&g.root.join(dir))
            .into_iter()
            .filter(|p| p.file_name().is_none_or(|n| n != skip))
            .map(|p| Ok((format!("{dir}/{}.json", stem(&p)), read(&p)?)))
            .collect()
    };
    let files = read_dir("cases", "")?
        .into_iter()
        .map(|(f, t)| {
            json::parse_case(&t)
                .map(|c| (f.clone(), c))
                .map_err(|e| format!("{f}: {e}"))
        })
        .collect::<Res<Vec<_>>>()?;
    let mut c = cases::conformance(&files).map_err(|e| e.to_string())?;
    for dir in ["cases/blind/shared", "cases/blind/own"] {
        if !g.root.join(dir).is_dir() {
            continue;
        }
        let outcomes_file = format!("{dir}/outcomes.json");
        let outcomes = json::parse_blind_outcomes(&read(&g.root.join(&outcomes_file))?)
            .map_err(|e| format!("{outcomes_file}: {e}"))?;
        let requests = read_dir(dir, "outcomes.json")?
            .into_iter()
            .map(|(f, t)| {
                let stem = stem(Path::new(&f));
                json::parse_request(&t)
                    .map(|r| (stem, r))
                    .map_err(|e| format!("{f}: {e}"))
            })
            .collect::<Res<Vec<_>>>()?;
        c.blind
            .push(cases::blind(dir, &requests, &outcomes).map_err(|e| e.to_string())?);
    }
    let whole = parse(&json::to_json(&c), "cases")?;
    let rows: BTreeMap<String, Value> = list(&whole, "cases")
        .iter()
        .map(|r| (stem(Path::new(s(r, "file"))), r.clone()))
        .filter(|(k, _)| !k.is_empty())
        .collect();
    let l = &g.l;
    let page = |stem: &str, label: &str| match decided.iter().any(|c| c.stem == stem) {
        true => format!("[{}](../uitspraken/{stem}.md)", md(label)),
        false => md(label),
    };
    let table: Vec<Value> = list(&whole, "cases")
        .iter()
        .map(|r| {
            let name = match (s(r, "name"), s(r, "id")) {
                ("", id) => id.to_string(),
                (n, "") => n.to_string(),
                (n, id) => format!("{n} ({id})"),
            };
            let counted = r["counted"].as_bool().unwrap_or(true);
            let (agrees, mark) = (r["agrees"].as_bool().unwrap_or(false), s(r, "mark"));
            let sign = match (counted, agrees, mark) {
                (false, ..) => "○",
                (true, true, _) => "✔",
                (true, false, "deliberate_difference") => "◆",
                _ => "✘",
            };
            let by = s(r, "initiated_by");
            let src = |k: &str| l.source_short.get(s(r, k)).map_or(s(r, k), String::as_str);
            obj!({
                "decision": page(&stem(Path::new(s(r, "file"))), &name),
                "by": l.initiated_by_short.get(by).map_or(by, String::as_str),
                "actual": l.short_outcome(s(r, "actual")), "simulated": l.short_outcome(s(r, "simulated")),
                "outcome_source": src("outcome_source"), "ground_source": src("ground_source"),
                "sign": sign, "mark": mark.replace('_', " "), "not_counted": s(r, "not_counted").replace('_', " "),
                "court_ground": s(r, "court_ground").replace('`', ""), "engine_ground": s(r, "engine_ground").replace('`', ""),
                "actual_stage": s(r, "actual_stage"), "simulated_stage": s(r, "simulated_stage"),
                "stage_agrees": r["stage_agrees"].as_bool(),
            })
        })
        .collect();
    let blind: Vec<Value> = list(&whole, "blind")
        .iter()
        .map(|b| {
            let rows: Vec<Value> = list(b, "rows")
                .iter()
                .map(|r| {
                    let id = s(r, "ecli");
                    let decision = match decided.iter().find(|c| c.ecli() == id) {
                        Some(c) => format!("[{}](../uitspraken/{}.md)", md(id), c.stem),
                        None => md(id),
                    };
                    obj!({"file": s(r, "file"), "decision": decision, "court": l.short_outcome(s(r, "court")),
                        "engine": l.short_outcome(s(r, "engine")), "agrees": r["agrees"].as_bool() == Some(true)})
                })
                .collect();
            let base = &b["baseline"];
            obj!({"dir": s(b, "dir").replace('`', ""), "rows": rows, "agreement": ratio(&b["agreement"]).unwrap_or_default(),
                "predict": s(base, "predict"), "baseline": ratio(&base["ratio"]).unwrap_or_default()})
        })
        .collect();
    let ctx = obj!({"note": problems(&c), "rows": table, "totals": whole.get("totals").map(|t| totals(t, 0)), "blind": blind});
    g.page("conformance.md.j2", &ctx, "generated/conformance.md")?;
    Ok(rows)
}

/// What `kantonrechter cases` reports (and fails on) when the suite's marks do not hold:
/// an unmarked case that disagrees, a marked one that agrees, a patch that does not agree.
fn problems(c: &cases::Conformance) -> Option<String> {
    let mut out = Vec::new();
    for r in c.cases.iter().filter(|r| r.counted) {
        match (r.mark, r.agrees) {
            (None, false) => out.push(format!(
                "{} ({}): the engine says {}, the court {}, and the file marks no difference",
                r.id,
                r.file,
                r.simulated.code(),
                r.actual.code()
            )),
            (Some(kind), true) => out.push(format!(
                "{} ({}): marked as a {} but the engine now agrees: remove the mark",
                r.id,
                r.file,
                match kind {
                    cases::MarkKind::DeliberateDifference => "deliberate difference",
                    cases::MarkKind::KnownDisagreement => "known disagreement",
                }
            )),
            _ => {}
        }
        if r.agrees_under_patch == Some(false) {
            out.push(format!(
                "{} ({}): the engine does not agree under the mark's agrees_under patch",
                r.id, r.file
            ));
        }
    }
    (!out.is_empty()).then(|| {
        format!(
            "error: the conformance suite does not hold:\n- {}",
            out.join("\n- ")
        )
    })
}

/// Totals as the lines of a nested list, `{indent, key, value}`; a `{agree, of}` pair reads
/// "agree of of (percent)", an object has no value but its lines below it.
fn totals(v: &Value, depth: usize) -> Vec<Value> {
    let mut out = Vec::new();
    for (k, x) in v.as_object().into_iter().flatten() {
        let line = |value: Option<String>| obj!({"indent": "  ".repeat(depth), "key": k.replace('_', " "), "value": value});
        match ratio(x) {
            Some(r) => out.push(line(Some(r))),
            None if x.is_object() => {
                out.push(line(None));
                out.extend(totals(x, depth + 1));
            }
            None => out.push(line(Some(md(&plain(x))))),
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

/// `book/src/SUMMARY.md`: the template's marker lines become one entry per page.
fn summary(g: &Gen, examples: &[Entry], cases: &[(Entry, Entry)]) -> Res<()> {
    let template_path = g.root.join("book/SUMMARY.template.md");
    let mut out = String::new();
    for line in read(&template_path)?.lines() {
        let marker = line
            .trim()
            .strip_prefix("<!-- bookgen:")
            .and_then(|r| r.strip_suffix("-->"));
        let list: Vec<&Entry> = match marker.map(str::trim) {
            None => {
                out.push_str(line);
                out.push('\n');
                continue;
            }
            Some("examples") => examples.iter().collect(),
            Some("cases") => cases.iter().map(|(c, _)| c).collect(),
            Some("exercises") => cases.iter().map(|(_, e)| e).collect(),
            Some(other) => {
                return Err(format!(
                    "{}: unknown marker {other:?}",
                    template_path.display()
                ));
            }
        };
        let indent = &line[..line.len() - line.trim_start().len()];
        for e in list {
            // Titles in SUMMARY.md are link text: escape brackets only.
            let title = e.title.replace('[', "\\[").replace(']', "\\]");
            out.push_str(&format!("{indent}- [{title}]({})\n", e.path));
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
