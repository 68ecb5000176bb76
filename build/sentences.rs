//! Generates the sentences of the trace from `src/ruling/sentences/*.toml` (included by
//! `build.rs`; the output is `include!`d by `src/ruling/text.rs`).
//!
//! Each entry `[key]` with the texts `nl` and `en` (and an optional `note` for reviewers)
//! becomes a struct named after the key (`purpose-changed` → `PurposeChanged`) whose fields
//! are the named placeholders (`{from}`, `{to}`), each a `&str`, with
//! `say(lang)`. A sentence without placeholders is a unit struct whose `say` returns a
//! `&'static str`. So a sentence the Rust asks for that the data lack, a misspelt key or a
//! misspelt placeholder does not compile, and an argument is always put by name.
//!
//! The build fails, naming the file and the key, on: a file that is not TOML, an entry that
//! is not a table of texts, a missing or empty text, an unknown field, a key that is not
//! lowercase words joined by hyphens, a key used twice (in one file or across files, or two
//! keys with the same Rust name), a placeholder that one language has and the other lacks,
//! a placeholder that is not a lowercase name or is a word Rust reserves, a lone `{` or `}`
//! (write `{{` and `}}` for braces), a control character and a space at the start or end of a
//! text. A key that the Rust never uses is reported by the dead-code lint (the checks run with
//! `-D warnings`) and by a test over the generated list of keys (`ruling::text` tests).
//!
//! In the generated texts a placeholder is one control character, U+0001 for the first
//! field, U+0002 for the second and so on, which `fill` replaces at run time: no format
//! machinery and no placeholder names in the WebAssembly build.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

/// One sentence: where it is, its Rust name, its placeholders in order of first use in
/// the Dutch text, and both texts with each placeholder replaced by its control character.
struct Sentence {
    file: String,
    key: String,
    ident: String,
    fields: Vec<String>,
    nl: String,
    en: String,
}

/// A text as its literal pieces and placeholders, or what is wrong with it.
fn parse_text(text: &str) -> Result<Vec<Piece>, String> {
    if text.trim().is_empty() {
        return Err("the text is empty".into());
    }
    if text.trim() != text {
        return Err(
            "the text begins or ends with a space; the code puts the spaces between sentences"
                .into(),
        );
    }
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                lit.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                lit.push('}');
            }
            '{' => {
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(c) => name.push(c),
                        None => {
                            let start: String = name.chars().take(20).collect();
                            return Err(format!(
                                "a `{{` without its `}}` (write `{{{{` for a brace), at `{{{start}…`"
                            ));
                        }
                    }
                }
                let ok = name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    && name
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                if KEYWORDS.contains(&name.as_str()) {
                    return Err(format!(
                        "the placeholder {{{name}}} is a word Rust reserves; choose another name"
                    ));
                }
                if !ok {
                    return Err(format!(
                        "the placeholder {{{name}}} is not a name of lowercase letters, digits and _ \
                         (write `{{{{` and `}}}}` for braces)"
                    ));
                }
                if !lit.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut lit)));
                }
                pieces.push(Piece::Field(name));
            }
            '}' => return Err("a `}` without its `{` (write `}}` for a brace)".into()),
            c if c.is_control() => {
                return Err(format!(
                    "a control character (U+{:04X}); a sentence is one line",
                    c as u32
                ));
            }
            c => lit.push(c),
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Text(lit));
    }
    Ok(pieces)
}

/// Rust's reserved words, which cannot name a placeholder (a field of the generated struct).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// A piece of a text: literal text, or a placeholder by name.
enum Piece {
    Text(String),
    Field(String),
}

fn fields_of(pieces: &[Piece]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in pieces {
        if let Piece::Field(f) = p
            && !out.contains(f)
        {
            out.push(f.clone());
        }
    }
    out
}

/// The text with each placeholder as its control character (U+0001 for `fields[0]`).
fn encode(pieces: &[Piece], fields: &[String]) -> String {
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Field(f) => {
                let i = fields.iter().position(|x| x == f).unwrap_or(0);
                out.push(char::from(u8::try_from(i + 1).unwrap_or(1)));
            }
        }
    }
    out
}

fn ident(key: &str) -> String {
    key.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn entry(file: &str, key: &str, value: &toml::Value) -> Result<Sentence, String> {
    let key_ok = key.split('-').all(|w| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    }) && key.starts_with(|c: char| c.is_ascii_lowercase());
    if !key_ok || key == "self" {
        return Err("the key is not lowercase words (letters, digits) joined by hyphens".into());
    }
    let table = value
        .as_table()
        .ok_or("the entry is not a table with `nl` and `en` (write it as [key])")?;
    for field in table.keys() {
        if !matches!(field.as_str(), "nl" | "en" | "note") {
            return Err(format!(
                "unknown field `{field}` (an entry has `nl`, `en` and optionally `note`)"
            ));
        }
    }
    let text = |lang: &str| -> Result<Vec<Piece>, String> {
        let t = table
            .get(lang)
            .ok_or_else(|| format!("the `{lang}` text is missing"))?
            .as_str()
            .ok_or_else(|| format!("the `{lang}` text is not a string"))?;
        parse_text(t).map_err(|e| format!("`{lang}`: {e}"))
    };
    if let Some(note) = table.get("note")
        && !note.is_str()
    {
        return Err("the `note` is not a string".into());
    }
    let (nl, en) = (text("nl")?, text("en")?);
    let fields = fields_of(&nl);
    let en_fields = fields_of(&en);
    for f in &fields {
        if !en_fields.contains(f) {
            return Err(format!(
                "the placeholder {{{f}}} is in `nl` but not in `en`"
            ));
        }
    }
    for f in &en_fields {
        if !fields.contains(f) {
            return Err(format!(
                "the placeholder {{{f}}} is in `en` but not in `nl`"
            ));
        }
    }
    if fields.len() > 31 {
        return Err("more than 31 placeholders".into());
    }
    Ok(Sentence {
        file: file.to_string(),
        key: key.to_string(),
        ident: ident(key),
        nl: encode(&nl, &fields),
        en: encode(&en, &fields),
        fields,
    })
}

/// Reads every `*.toml` of `dir` (in file-name order) and returns the generated Rust, or
/// every error found, one a line, each naming its file and key.
fn generate(dir: &Path) -> Result<String, Vec<String>> {
    let mut errors = Vec::new();
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".toml"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    if names.is_empty() {
        errors.push(format!("{}: no sentence files (*.toml)", dir.display()));
    }
    let mut sentences: Vec<Sentence> = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new(); // ident -> file [key]
    for name in &names {
        let path = dir.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        let shown = format!("src/ruling/sentences/{name}");
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                errors.push(format!("{shown}: cannot read the file: {e}"));
                continue;
            }
        };
        let table: toml::Table = match text.parse() {
            Ok(t) => t,
            Err(e) => {
                // The parser's message gives the line and column (and names a duplicate key); a
                // cargo::error is one line.
                let e = e
                    .to_string()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                errors.push(format!("{shown}: not valid TOML: {e}"));
                continue;
            }
        };
        for (key, value) in &table {
            match entry(&shown, key, value) {
                Ok(s) => {
                    let here = format!("{shown} [{key}]");
                    if let Some(first) = seen.insert(s.ident.clone(), here) {
                        errors.push(format!(
                            "{shown} [{key}]: the key is used twice: also {first} (the keys of all files are one list)"
                        ));
                    } else {
                        sentences.push(s);
                    }
                }
                Err(e) => errors.push(format!("{shown} [{key}]: {e}")),
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut out =
        String::from("// Generated by build/sentences.rs from src/ruling/sentences/*.toml.\n\n");
    for s in &sentences {
        let _ = writeln!(out, "/// `{}` `[{}]`.", s.file, s.key);
        if s.fields.is_empty() {
            let _ = writeln!(
                out,
                "#[derive(Clone, Copy)]\npub(crate) struct {id};\nimpl {id} {{\n    \
                 /// The text in `lang`.\n    \
                 pub(crate) const fn say(self, lang: Lang) -> &'static str {{\n        \
                 match lang {{\n            Lang::Nl => {nl:?},\n            Lang::En => {en:?},\n        }}\n    }}\n}}",
                id = s.ident,
                nl = s.nl,
                en = s.en
            );
        } else {
            let fields: String = s
                .fields
                .iter()
                .map(|f| format!("    pub(crate) {f}: &'a str,\n"))
                .collect();
            let args: Vec<String> = s.fields.iter().map(|f| format!("self.{f}")).collect();
            let _ = writeln!(
                out,
                "pub(crate) struct {id}<'a> {{\n{fields}}}\nimpl {id}<'_> {{\n    \
                 /// The text in `lang`, with the placeholders filled in.\n    \
                 pub(crate) fn say(&self, lang: Lang) -> String {{\n        \
                 fill(\n            match lang {{\n                Lang::Nl => {nl:?},\n                Lang::En => {en:?},\n            }},\n            &[{args}],\n        )\n    }}\n}}",
                id = s.ident,
                nl = s.nl,
                en = s.en,
                args = args.join(", ")
            );
        }
    }
    out.push_str(
        "\n/// Every sentence: (file, key, Rust name), for the test that each is used.\n\
         #[cfg(test)]\npub(crate) const ALL: &[(&str, &str, &str)] = &[\n",
    );
    for s in &sentences {
        let _ = writeln!(out, "    ({:?}, {:?}, {:?}),", s.file, s.key, s.ident);
    }
    out.push_str("];\n");
    Ok(out)
}

/// Writes `$OUT_DIR/sentences.rs`, or fails the build with every error found.
pub fn sentences() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ruling/sentences");
    println!("cargo::rerun-if-changed={}", dir.display());
    println!("cargo::rerun-if-changed=build/sentences.rs");
    match generate(&dir) {
        Ok(code) => {
            let out = Path::new(&env::var("OUT_DIR").unwrap_or_default()).join("sentences.rs");
            if let Err(e) = fs::write(&out, code) {
                println!("cargo::error=cannot write {}: {e}", out.display());
            }
        }
        Err(errors) => {
            for e in errors {
                println!("cargo::error={e}");
            }
        }
    }
}
