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
//! kind of page, embedded at compile time): the prose and the layout are there, with the
//! filters of [`environment`] for Markdown escaping, links and the labels of codes
//! (`labels.json`). This file gathers the data: the JSON the library gives, as the CLI
//! prints it (rulings from [`kantonrechter::json::evaluate_to_json`], what-if from
//! [`kantonrechter::whatif`], the closest cases from [`kantonrechter::precedent`], the
//! conformance table from [`kantonrechter::cases`]). It has no legal logic. Only the CLI's
//! help texts (clap's, defined in `src/main.rs`) come from running the `kantonrechter`
//! binary next to this one; without it, the help page says so.

#![forbid(unsafe_code)]

mod facts;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::Arc;

use kantonrechter::{Lang, cases, json, law, precedent, whatif};
use minijinja::value::{Serde, Value as J};
use minijinja::{Environment, UndefinedBehavior};
use serde::Serialize;
use serde_json::{Value, json as obj};

use facts::{Labels, plain};

type Res<T> = Result<T, String>;

/// The templates, one per kind of page and the parts several pages share, embedded.
macro_rules! templates {
    ($($name:literal)*) => { &[$(($name, include_str!(concat!("templates/", $name)))),*] };
}
const TEMPLATES: &[(&str, &str)] = templates!(
    "regels.md.j2" "rule-table.md.j2" "regel.md.j2" "instellingen.md.j2" "versies.md.j2"
    "schema.md.j2" "cli-help.md.j2" "demo-status.md.j2" "wasm-example-status.md.j2"
    "wasm-api.md.j2" "example.md.j2" "voorbeelden-lijst.md.j2" "decision.md.j2" "exercise.md.j2"
    "oefeningen-lijst.md.j2" "conformance.md.j2" "facts.md.j2" "interests.md.j2" "ruling.md.j2"
    "ruling-summary.md.j2" "trace.md.j2" "macros.md.j2" "the-decision.md.j2" "whatif.md.j2"
    "similar.md.j2" "probeer.md.j2" "volgorde.md.j2" "volgorde.svg.j2" "volgorde-voorbeeld.md.j2"
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
    l: Arc<Labels>,
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
            "bookgen: warning: no kantonrechter binary found next to bookgen (build it with `cargo build --features cli`); the CLI's help page will say so"
        );
    }
    let l: Arc<Labels> = Arc::new(
        serde_json::from_str(include_str!("labels.json"))
            .map_err(|e| format!("labels.json: {e}"))?,
    );
    // The decisions that have a page, by the stem of their file.
    let pages: Vec<String> = json_files(&root.join("cases"))
        .iter()
        .map(|p| stem(p))
        .collect();
    let g = Gen {
        src: root.join("book").join("src"),
        root,
        cli,
        env: environment(&l, &pages)?,
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
    order(&g)?;
    // The same bytes as `kantonrechter calibration --json`.
    let text = json::to_json(&kantonrechter::Calibration::default().entries());
    write(&g.src.join("generated/calibration.json"), &text)?;
    let ctx = obj!({"entries": parse(&text, "calibration")?});
    g.page("instellingen.md.j2", &ctx, "generated/instellingen.md")?;
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
/// own leave no line; a template's last newline is kept; a missing field is empty (as in
/// the JSON, where most fields are optional). The filters: `md` (escape for Markdown, also
/// in a table cell), `plain` (any JSON value as short text), `code` (without backticks),
/// `fence(lang)`, `link(url)`, `rule_link`, `type_of` and `short_json` (JSON Schema),
/// `stem`, `helps`, `bar`, `compact` (JSON); from `labels.json`, `pair(table)` ("Dutch
/// (*English*)"), `label(table)`, `short_outcome`, `field_label`, `value_label` and
/// `fact_items(skip)` (every field of an object, labelled); and the case files'
/// `attribution(decision)` and `source(decision)`. A global: `pages`, the stems of `cases/`.
fn environment(l: &Arc<Labels>, pages: &[String]) -> Res<Environment<'static>> {
    let mut env = Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| e.to_string())?;
    env.set_syntax(syntax);
    env.set_undefined_behavior(UndefinedBehavior::Chainable);
    env.add_global("pages", J::from(Serde(pages)));
    env.add_filter("md", |s: Option<&str>| md(s.unwrap_or("")));
    env.add_filter("plain", |v: J| plain(&json(&v)));
    env.add_filter("code", |s: Option<&str>| s.unwrap_or("").replace('`', ""));
    env.add_filter("fence", |body: &str, lang: &str| fence(lang, body));
    env.add_filter("link", |label: Option<&str>, url: &str| {
        link(label.unwrap_or(""), url)
    });
    env.add_filter("rule_link", |code: Option<&str>| {
        rule_link(code.unwrap_or(""))
    });
    env.add_filter("type_of", |v: J| type_of(&json(&v)));
    env.add_filter("short_json", |v: J| short_json(&json(&v)));
    env.add_filter("stem", |p: Option<&str>| stem(Path::new(p.unwrap_or(""))));
    env.add_filter("helps", |changes: J| helps(&json(&changes)));
    env.add_filter("bar", |w: J| bar(&json(&w)));
    let l1 = l.clone();
    env.add_filter("pair", move |c: Option<&str>, t: &str| {
        l1.pair(t, c.unwrap_or(""))
    });
    let l2 = l.clone();
    env.add_filter("short_outcome", move |c: Option<&str>| {
        l2.short_outcome(c.unwrap_or(""))
    });
    let l3 = l.clone();
    env.add_filter("label", move |c: Option<&str>, t: &str| {
        l3.text(t, c.unwrap_or("")).map(str::to_string)
    });
    let l4 = l.clone();
    env.add_filter("field_label", move |key: &str| l4.field(key));
    let l5 = l.clone();
    env.add_filter("value_label", move |v: J| l5.value(&json(&v)));
    let l6 = l.clone();
    env.add_filter("fact_items", move |v: J, skip: Option<Vec<String>>| {
        let skip: Vec<&str> = skip.iter().flatten().map(String::as_str).collect();
        facts::fact_items(&l6, &json(&v), &skip)
    });
    env.add_filter("compact", |v: J| json(&v).to_string());
    env.add_filter("attribution", |a: J, dec: J| {
        facts::attribution(Some(&json(&a)).filter(|a| !a.is_null()), &json(&dec))
    });
    env.add_filter("source", |s: Option<&str>, dec: J| {
        facts::source_value(s.unwrap_or(""), &json(&dec))
    });
    for (name, text) in TEMPLATES {
        env.add_template(name, text)
            .map_err(|e| format!("template {name}: {e}"))?;
    }
    Ok(env)
}

/// A template's value as JSON again (for the helpers that read JSON).
fn json(v: &J) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

impl Gen {
    /// Render a template with `ctx` into `rel` below `book/src`.
    fn page(&self, template: &str, ctx: &impl Serialize, rel: &str) -> Res<()> {
        let text = self
            .env
            .get_template(template)
            .and_then(|t| t.render(Serde(ctx)))
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

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A link from a page one directory below `book/src` to a rule's entry in the catalogue.
fn rule_link(code: &str) -> String {
    let anchor = code.to_ascii_lowercase();
    format!("[{code}](../generated/regels.md#rule-{anchor})")
}

// ------------------------------------------------------------------------- rules, the law

fn rules(g: &Gen) -> Res<()> {
    // The same bytes as `kantonrechter rules --json`.
    let text = json::to_json(law::CATALOGUE);
    write(&g.src.join("generated/rules.json"), &text)?;
    let all = parse(&text, "rules")?;
    let rules = all.as_array().map_or(&[][..], Vec::as_slice);
    let ctx = obj!({"rules": rules, "anchors": true, "law_version": law::LAW_VERSION.to_string(),
        "known_until": law::KNOWN_UNTIL.to_string()});
    g.page("regels.md.j2", &ctx, "generated/regels.md")?;
    for fam in ["wor", "avg", "aia", "echr", "nl", "overig"] {
        let subset: Vec<&Value> = rules.iter().filter(|r| family(s(r, "id")) == fam).collect();
        // Included from pages one directory below src (`studenten/`).
        let ctx = obj!({"rules": subset, "anchors": false});
        g.page(
            "rule-table.md.j2",
            &ctx,
            &format!("generated/regels-{fam}.md"),
        )?;
    }
    for r in rules {
        g.page(
            "regel.md.j2",
            &obj!({"r": r}),
            &format!("generated/regel/{}.md", s(r, "id")),
        )?;
    }
    Ok(())
}

/// The family of a rule id, for the grouped tables.
fn family(code: &str) -> &'static str {
    let c = code.to_ascii_uppercase();
    let any = |prefixes: &[&str]| prefixes.iter().any(|p| c.starts_with(p));
    match () {
        _ if any(&["WOR", "RV", "CASE", "BW"]) => "wor",
        _ if any(&["AIA"]) => "aia",
        _ if any(&["ECHR"]) => "echr",
        _ if any(&["NL"]) => "nl",
        _ if any(&["AVG", "UAVG", "AP-", "WBP", "CJEU", "WP"]) => "avg",
        _ => "overig",
    }
}

/// The dates and versions of the law, by the constants' names.
fn versions() -> Value {
    use kantonrechter::request::AiActSchedule::{Omnibus, Original};
    obj!({
        "law_version": law::LAW_VERSION.to_string(),
        "known_until": law::KNOWN_UNTIL.to_string(),
        "supported_from": law::SUPPORTED_FROM.to_string(),
        "supported_until": law::SUPPORTED_UNTIL.to_string(),
        "avg_from": law::AVG_FROM.to_string(),
        "ai_prohibitions_from": law::AI_PROHIBITIONS_FROM.to_string(),
        "high_risk_original": law::high_risk_duties_from(Original).to_string(),
        "high_risk_omnibus": law::high_risk_duties_from(Omnibus).to_string(),
    })
}

/// The JSON Schemas, and a field reference of each: the root and every definition.
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
        let mut defs = vec![obj!({"name": s(&root, "title"), "def": root})];
        if let Some(map) = root.get("$defs").and_then(Value::as_object) {
            defs.extend(map.iter().map(|(n, d)| obj!({"name": n, "def": d})));
        }
        let ctx = obj!({"name": name, "title": title, "defs": defs});
        g.page("schema.md.j2", &ctx, &format!("generated/schema-{name}.md"))?;
    }
    Ok(())
}

fn short_json(v: &Value) -> String {
    let t = serde_json::to_string(v).unwrap_or_default();
    match t.char_indices().nth(57) {
        Some((i, _)) if t.len() > 60 => format!("{}…", &t[..i]),
        _ => t,
    }
}

/// The type of a JSON Schema property, with links to the definitions it refers to.
fn type_of(p: &Value) -> String {
    let join = |a: &[Value], f: &dyn Fn(&Value) -> String| -> String {
        a.iter().map(f).collect::<Vec<_>>().join(" or ")
    };
    if let Some(r) = p.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap_or(r);
        return format!("[`{name}`](#def-{})", name.to_ascii_lowercase());
    }
    if let Some(any) = p
        .get("anyOf")
        .or_else(|| p.get("oneOf"))
        .and_then(Value::as_array)
    {
        return join(any, &type_of);
    }
    let base = match p.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(ts)) => join(ts, &|t| t.as_str().unwrap_or("").to_string()),
        _ => String::new(),
    };
    match (base.as_str(), p.get("items"), p.get("additionalProperties")) {
        ("array", Some(items), _) => format!("array of {}", type_of(items)),
        ("object", _, Some(ap)) if ap.is_object() => format!("map of {}", type_of(ap)),
        _ => match p.get("const") {
            Some(c) => format!("`{}`", short_json(c)),
            None if base.is_empty() => "any".into(),
            None => base,
        },
    }
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
            obj!({"top": top, "subs": subs})
        }
        Err(e) => obj!({"error": e}),
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
        let mut files: Vec<(String, PathBuf)> = fs::read_dir(g.root.join(d))
            .ok()?
            .filter_map(|e| e.ok())
            .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
            .filter(|(n, _)| n.ends_with(".d.ts") && !n.ends_with("_bg.wasm.d.ts"))
            .collect();
        files.sort();
        files
            .into_iter()
            .next()
            .map(|(n, f)| (format!("{d}/{n}"), f))
    });
    let ctx = match dts {
        Some((file, path)) => obj!({"file": file, "text": read(&path)?}),
        None => obj!({}),
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

/// The fragment that opens the demo with a request loaded: the demo's share-link format,
/// `r=j` + base64url of the compact JSON (which the browser never sends to a server).
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

/// A request evaluated in both languages through the library's JSON boundary (the bytes of
/// `kantonrechter evaluate --json`).
fn evaluate(text: &str) -> Res<Value> {
    let ruling = |lang| -> Res<Value> {
        parse(
            &json::evaluate_to_json(text, lang).map_err(|e| e.to_string())?,
            "ruling",
        )
    };
    Ok(obj!({"nl": ruling(Lang::Nl)?, "en": ruling(Lang::En)?}))
}

/// Two bars, scaled to the heavier side, so that a reader sees the balance before reading.
fn bar(w: &Value) -> String {
    let (e, o) = (plain(&w["employer"]), plain(&w["works_council"]));
    let (ef, of): (f64, f64) = (e.parse().unwrap_or(0.0), o.parse().unwrap_or(0.0));
    let max = ef.max(of);
    if max <= 0.0 || !max.is_finite() {
        return String::new();
    }
    let w = |x: f64| ((x / max) * 100.0).round().clamp(0.0, 100.0) as u32;
    format!(
        "<span class=\"kr-balance\" role=\"img\" aria-label=\"ondernemer {e}, OR {o}\">\
         <span class=\"kr-bar kr-employer\" style=\"width:{}%\"></span>\
         <span class=\"kr-bar kr-or\" style=\"width:{}%\"></span></span>",
        w(ef),
        w(of)
    )
}

/// Whom the changes of a flip help, each side once.
fn helps(changes: &Value) -> String {
    let mut helps: Vec<String> = changes
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| s(c, "helps").replace('_', " "))
        .filter(|h| !h.is_empty())
        .collect();
    helps.dedup();
    helps.join(", ")
}

/// The what-if analysis with the CLI's defaults (the bytes of `kantonrechter whatif FILE
/// --json`), or the library's error.
fn whatif_of(request_text: &str) -> Value {
    let result = json::parse_request_or_case(request_text)
        .map_err(|e| e.to_string())
        .and_then(|r| whatif::whatif(&r, &whatif::Options::default()).map_err(|e| e.to_string()))
        .and_then(|w| parse(&json::whatif_to_json(&w, Lang::Nl), "whatif"));
    result.unwrap_or_else(|e| obj!({"error": e}))
}

/// The five closest decided cases (the bytes of `kantonrechter similar FILE --json`: the
/// ruling without its own precedent check), without `own`; `None` when the library cannot
/// (the section is then left out).
fn similar_of(request_text: &str, own: Option<&str>) -> Option<Value> {
    let req = json::parse_request_or_case(request_text).ok()?;
    let options = kantonrechter::Options::without_precedents();
    let ruling = kantonrechter::evaluate_with(&req, &options).ok()?;
    let found = precedent::similar(&req, ruling.outcome, precedent::embedded().ok()?, 5);
    let mut v = parse(&json::to_json(&found), "similar").ok()?;
    let any = v.as_array().is_some_and(|a| !a.is_empty());
    if let (Some(a), Some(own)) = (v.as_array_mut(), own) {
        a.retain(|n| !s(n, "file").ends_with(&format!("{own}.json")));
    }
    Some(obj!({"any": any, "rows": v}))
}

// ------------------------------------------------------------------------------- examples

/// A page in the summary: its title and its path below `book/src`.
type Entry = (String, String);

fn examples(g: &Gen, demo: bool) -> Res<Vec<Entry>> {
    let mut entries = Vec::new();
    let mut rows = Vec::new();
    for path in json_files(&g.root.join("examples")) {
        let name = stem(&path);
        let text = read(&path)?;
        let req = parse(&text, &path.display().to_string())?;
        let title = Some(s(&req, "title"))
            .filter(|t| !t.is_empty())
            .unwrap_or(&name);
        // A commentary may have a part for after the ruling, below a line `<!-- after -->`.
        let commentary = g.root.join(format!("book/commentary/examples/{name}.md"));
        let all = if commentary.is_file() {
            read(&commentary)?
        } else {
            String::new()
        };
        let (before, after) = all.split_once("\n<!-- after -->\n").unwrap_or((&all, ""));
        let ruling = evaluate(&text);
        let rel = format!("voorbeelden/{name}.md");
        let ctx = obj!({
            "name": name, "title": title, "demo": demo_fragment(&req, demo), "before": before, "req": req,
            "after": after.trim(), "after_text": after, "json": text,
            "ruling": ruling.as_ref().ok(), "error": ruling.as_ref().err(),
            "whatif": whatif_of(&text), "similar": similar_of(&text, None),
        });
        g.page("example.md.j2", &ctx, &rel)?;
        // The line a written chapter includes to open this example in the demo.
        let fragment = demo_fragment(&req, demo);
        g.page(
            "probeer.md.j2",
            &obj!({"name": name, "title": title, "demo": fragment}),
            &format!("generated/probeer/{name}.md"),
        )?;
        let outcome = ruling.map(|r| r["nl"]["outcome"].clone()).ok();
        rows.push(obj!({"title": title, "path": rel, "outcome": outcome, "demo": fragment}));
        entries.push((title.to_string(), rel));
    }
    let ctx = obj!({"rows": rows});
    g.page(
        "voorbeelden-lijst.md.j2",
        &ctx,
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
            Some(Value::Object(o)) => o.get("code").or_else(|| o.get("outcome")).map(plain),
            Some(v) => Some(plain(v)),
            None => None,
        }
        .unwrap_or_default()
    }
}

fn load_cases(g: &Gen) -> Res<Vec<Case>> {
    let mut out = Vec::new();
    for path in json_files(&g.root.join("cases")) {
        let v = parse(&read(&path)?, &path.display().to_string())?;
        let (decision, request) = (v["decision"].clone(), v["request"].clone());
        if decision.is_null() || request.is_null() {
            let p = path.display();
            return Err(format!(
                "{p}: a case file needs a \"decision\" and a \"request\""
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
        let ruling = evaluate(&c.request_text);
        let simulated = ruling.as_ref().map_or("", |r| s(&r["nl"], "outcome"));
        let actual = c.outcome();
        let row = conf.get(&c.stem);
        // As `kantonrechter::cases`: `consent_required` and `unknown` match no outcome.
        let agree = row.and_then(|r| r["agrees"].as_bool()).unwrap_or(
            !matches!(actual.as_str(), "" | "consent_required" | "unknown") && actual == simulated,
        );
        let note = |k: &str| c.decision.get(k).and_then(|v| facts::explain(&g.l, v));
        let (difference, disagreement) =
            (note("deliberate_difference"), note("known_disagreement"));
        let verdict = match () {
            _ if actual.is_empty() || actual == "unknown" => "unknown",
            _ if row.is_some_and(|r| !s(r, "not_counted").is_empty()) => "not_counted",
            _ if agree => "agrees",
            _ if difference.is_some() => "deliberate",
            _ if disagreement.is_some() => "known",
            _ => "departs",
        };
        let (page, exercise) = (
            format!("uitspraken/{}.md", c.stem),
            format!("oefeningen/{}.md", c.stem),
        );
        let commentary = g.root.join(format!("book/commentary/cases/{}.md", c.stem));
        let ctx = obj!({
            "stem": c.stem, "title": c.title(), "name": c.name(), "page": page, "exercise": exercise,
            "demo": demo_fragment(&c.request, demo), "actual": actual, "d": c.decision,
            "row": row.cloned().unwrap_or_else(|| obj!({})),
            "verdict_code": verdict, "difference": difference, "disagreement": disagreement,
            "commentary": if commentary.is_file() { Some(read(&commentary)?) } else { None },
            "ecli": c.ecli(), "extra": facts::extra(&g.l, &c.decision, &others),
            "sources": facts::decision_sources(&g.l, &c.decision),
            "req": c.request, "json": c.request_text,
            "ruling": ruling.as_ref().ok(), "error": ruling.as_ref().err(),
            "whatif": whatif_of(&c.request_text), "similar": similar_of(&c.request_text, Some(&c.stem)),
        });
        g.page("decision.md.j2", &ctx, &page)?;
        g.page("exercise.md.j2", &ctx, &exercise)?;
        exercises.push(obj!({"name": c.name(), "path": exercise, "date": c.decision.get("date")}));
        let title = format!("Oefening: {}", c.name());
        entries.push(((c.title(), page), (title, exercise)));
    }
    let ctx = obj!({"rows": exercises});
    g.page(
        "oefeningen-lijst.md.j2",
        &ctx,
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
                let r = json::parse_request(&t).map_err(|e| format!("{f}: {e}"))?;
                Ok((stem(Path::new(&f)), r))
            })
            .collect::<Res<Vec<_>>>()?;
        c.blind
            .push(cases::blind(dir, &requests, &outcomes).map_err(|e| e.to_string())?);
    }
    let whole = parse(&json::to_json(&c), "cases")?;
    let eclis: BTreeMap<&str, &str> = decided
        .iter()
        .map(|c| (c.ecli(), c.stem.as_str()))
        .collect();
    let ctx = obj!({"note": problems(&c), "whole": whole, "eclis": eclis,
        "totals": whole.get("totals").map(|t| totals(t, 0))});
    g.page("conformance.md.j2", &ctx, "generated/conformance.md")?;
    let rows = list(&whole, "cases")
        .iter()
        .map(|r| (stem(Path::new(s(r, "file"))), r.clone()));
    Ok(rows.filter(|(k, _)| !k.is_empty()).collect())
}

/// What `kantonrechter cases` reports (and fails on) when the suite's marks do not hold:
/// an unmarked case that disagrees, a marked one that agrees, a patch that does not agree.
fn problems(c: &cases::Conformance) -> Option<String> {
    let mut out = Vec::new();
    for r in c.cases.iter().filter(|r| r.counted) {
        let (id, file) = (&r.id, &r.file);
        match (r.mark, r.agrees) {
            (None, false) => out.push(format!(
                "{id} ({file}): the engine says {}, the court {}, and the file marks no difference",
                r.simulated.code(),
                r.actual.code()
            )),
            (Some(kind), true) => {
                let kind = match kind {
                    cases::MarkKind::DeliberateDifference => "deliberate difference",
                    cases::MarkKind::KnownDisagreement => "known disagreement",
                };
                let why = "but the engine now agrees: remove the mark";
                out.push(format!("{id} ({file}): marked as a {kind} {why}"));
            }
            _ => {}
        }
        if r.agrees_under_patch == Some(false) {
            let why = "the engine does not agree under the mark's agrees_under patch";
            out.push(format!("{id} ({file}): {why}"));
        }
    }
    let list = out.join("\n- ");
    (!out.is_empty()).then(|| format!("error: the conformance suite does not hold:\n- {list}"))
}

/// Totals as the lines of a nested list, `{indent, key, value}`; a `{agree, of}` pair reads
/// "agree of of (percent)", an object has no value but its lines below it.
fn totals(v: &Value, depth: usize) -> Vec<Value> {
    let mut out = Vec::new();
    for (k, x) in v.as_object().into_iter().flatten() {
        let ratio = (|| {
            let (a, of) = (x.get("agree")?.as_u64()?, x.get("of")?.as_u64()?);
            let pct = (a * 100 + of / 2).checked_div(of).unwrap_or(0);
            Some(format!("{a} / {of} ({pct} %)"))
        })();
        let nested = ratio.is_none() && x.is_object();
        let value = ratio.or_else(|| (!nested).then(|| md(&plain(x))));
        out.push(obj!({"indent": "  ".repeat(depth), "key": k.replace('_', " "), "value": value}));
        if nested {
            out.extend(totals(x, depth + 1));
        }
    }
    out
}

// -------------------------------------------------------------------------------- summary

/// `book/src/SUMMARY.md`: the template's marker lines become one entry per page.
fn summary(g: &Gen, examples: &[Entry], cases: &[(Entry, Entry)]) -> Res<()> {
    let path = g.root.join("book/SUMMARY.template.md");
    let mut out = String::new();
    for line in read(&path)?.lines() {
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
            Some(other) => return Err(format!("{}: unknown marker {other:?}", path.display())),
        };
        let indent = &line[..line.len() - line.trim_start().len()];
        for (title, path) in list {
            // Titles in SUMMARY.md are link text: escape brackets only.
            let title = title.replace('[', "\\[").replace(']', "\\]");
            out.push_str(&format!("{indent}- [{title}]({path})\n"));
        }
    }
    write(&g.src.join("SUMMARY.md"), &out)
}

// ------------------------------------------------------------------ the order of the test

/// The boxes of the one-page diagram of the court's order, in that order, and the box each
/// rule of the catalogue belongs to. The grouping is the library's own
/// ([`Question::of`](kantonrechter::memo::Question::of), the memo's headings), with two
/// rules that the diagram puts under the decision itself: the petitum (the court decides on
/// what was asked, whole or per separable part) and the costs (art. 22 WOR). The legality
/// checks are drawn inside ground 1, where the court weighs them.
const STAGES: [&str; 6] = [
    "scope",
    "admissibility",
    "ground1",
    "legality",
    "ground2",
    "dictum",
];

fn stage_of(id: law::RuleId) -> &'static str {
    use kantonrechter::memo::Question as Q;
    use law::RuleId as R;
    match id {
        R::Wor27_4Petitum | R::Wor22 => "dictum",
        _ => match Q::of(id) {
            Q::Instemmingsrecht => "scope",
            Q::Ontvankelijkheid => "admissibility",
            Q::Rechtmatigheid => "legality",
            Q::Belangenafweging => "ground1",
            Q::ZwaarwegendeRedenen => "ground2",
        },
    }
}

/// Break a list of ids into lines of at most `width` characters.
fn wrap_ids(ids: &[&str], width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for (i, id) in ids.iter().enumerate() {
        let piece = if i + 1 < ids.len() {
            format!("{id},")
        } else {
            (*id).to_string()
        };
        if !line.is_empty() && line.len() + 1 + piece.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&piece);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The diagram (`generated/volgorde.svg`) and the table of every rule by box
/// (`generated/volgorde.md`), from the catalogue: a new rule lands in its box on the next
/// build. The geometry is computed here; the words and the drawing are the templates'.
fn order(g: &Gen) -> Res<()> {
    let mut by_stage: BTreeMap<&str, Vec<&'static law::Rule>> = BTreeMap::new();
    for id in law::RuleId::ALL {
        by_stage.entry(stage_of(*id)).or_default().push(id.rule());
    }
    const LINE: i64 = 14;
    const HEAD: i64 = 50;
    const GAP: i64 = 36;
    let lines_of = |stage: &str, width: usize| -> Vec<String> {
        let ids: Vec<&str> = by_stage
            .get(stage)
            .map(|rs| rs.iter().map(|r| r.id.code()).collect())
            .unwrap_or_default();
        wrap_ids(&ids, width)
    };
    let mut boxes = Vec::new();
    let mut y: i64 = 56;
    for stage in STAGES {
        if stage == "legality" {
            continue; // drawn inside ground 1
        }
        let lines = lines_of(stage, 84);
        let mut h = HEAD + LINE * lines.len() as i64 + 8;
        let mut inner = Value::Null;
        if stage == "ground1" {
            let il = lines_of("legality", 78);
            let ih = HEAD + LINE * il.len() as i64 + 8;
            inner = obj!({"stage": "legality", "x": 30, "y": y + h, "w": 500, "h": ih,
                "lines": il, "n": by_stage.get("legality").map_or(0, Vec::len)});
            h += ih + 12;
        }
        boxes.push(
            obj!({"stage": stage, "x": 10, "y": y, "w": 540, "h": h, "lines": lines,
            "n": by_stage.get(stage).map_or(0, Vec::len), "inner": inner}),
        );
        y += h + GAP;
    }
    let height = y - GAP + 64;
    let ctx = obj!({"boxes": boxes, "height": height, "law_version": law::LAW_VERSION.to_string(),
        "total": law::RuleId::ALL.len()});
    g.page("volgorde.svg.j2", &ctx, "generated/volgorde.svg")?;
    let stages: Vec<Value> = STAGES
        .iter()
        .map(|st| {
            let rules: Vec<Value> = by_stage
                .get(st)
                .map(|rs| {
                    rs.iter()
                        .map(|r| obj!({"id": r.id.code(), "title": r.title_nl, "title_en": r.title_en}))
                        .collect()
                })
                .unwrap_or_default();
            obj!({"stage": st, "rules": rules})
        })
        .collect();
    g.page(
        "volgorde.md.j2",
        &obj!({"stages": stages}),
        "generated/volgorde.md",
    )?;
    // The running example's trace, each step in its box: the engine's steps on the diagram.
    let name = "badge-repurposed";
    let text = read(&g.root.join(format!("examples/{name}.json")))?;
    let ruling = evaluate(&text)?;
    let steps: Vec<Value> = list(&ruling["nl"], "trace")
        .iter()
        .map(|st| {
            let stage = law::RuleId::from_code(s(st, "rule")).map_or("", stage_of);
            obj!({"stage": stage, "step": st})
        })
        .collect();
    let title = parse(&text, name)?["title"].clone();
    g.page(
        "volgorde-voorbeeld.md.j2",
        &obj!({"name": name, "title": title, "steps": steps, "ruling": ruling["nl"]}),
        "generated/volgorde-voorbeeld.md",
    )
}

#[cfg(test)]
mod tests {
    use super::{Arc, Labels, STAGES, base64url, environment, law, stage_of, wrap_ids};

    #[test]
    fn the_labels_read_and_every_template_compiles() {
        let labels: Labels = serde_json::from_str(include_str!("labels.json")).unwrap();
        assert!(environment(&Arc::new(labels), &[]).is_ok());
    }

    #[test]
    fn base64url_is_rfc4648_section5_without_padding() {
        assert_eq!(base64url(b""), "");
        assert_eq!(base64url(b"f"), "Zg");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(b"foo"), "Zm9v");
        assert_eq!(base64url(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64url(&[0xfb, 0xff, 0xbf]), "-_-_");
    }

    #[test]
    fn every_rule_has_a_box_of_the_diagram_and_the_costs_go_under_the_dictum() {
        for id in law::RuleId::ALL {
            assert!(STAGES.contains(&stage_of(*id)), "{}", id.code());
        }
        assert_eq!(stage_of(law::RuleId::Wor22), "dictum");
        assert_eq!(stage_of(law::RuleId::Wor27_4Petitum), "dictum");
        assert_eq!(stage_of(law::RuleId::Wor27_4Ground1), "ground1");
    }

    #[test]
    fn ids_wrap_at_the_width_and_none_is_lost() {
        let ids = ["WOR-27-1-SCOPE", "WOR-27-1-k", "WOR-27-1-l", "WOR-32"];
        let lines = wrap_ids(&ids, 30);
        assert!(lines.iter().all(|l| l.len() <= 30), "{lines:?}");
        assert_eq!(
            lines.join(" "),
            "WOR-27-1-SCOPE, WOR-27-1-k, WOR-27-1-l, WOR-32"
        );
    }
}
