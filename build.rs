//! Embeds the decided cases (`cases/*.json`) in the library, so that the precedent check
//! (`kantonrechter::precedent`) needs no file access: a new case file needs no code change.
//!
//! Only what the case base reads at run time is embedded, in file-name order: of the
//! decision its id, name, date, outcome, first source and whether it carries a deliberate
//! difference, was overruled or carries a known disagreement (as text, read back by
//! `precedent::embedded`), and the
//! `request` as compact JSON text without the texts no precedent function reads ([`TEXTS`]),
//! read by the library's own request parser. So the library
//! never deserialises a `Decision`, which keeps that code and the decisions' texts out of
//! the WebAssembly build. The case files are parsed strictly where they are read whole: by
//! `kantonrechter cases` and the test suite, which also checks that the embedded base equals
//! the one built from the strictly parsed files.
//!
//! A file this script cannot read is embedded as an error with its JSON path, which
//! `precedent::embedded` returns: it does not break the build.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use serde_json::Value;
use serde_json::value::RawValue;

#[path = "build/sentences.rs"]
mod sentences;

/// What the case base needs of one case file, or the JSON path and what was expected there.
struct Extract {
    id: String,
    name: String,
    date: String,
    outcome: String,
    url: String,
    deliberate_difference: bool,
    overruled: bool,
    known_disagreement: bool,
    request: String,
}

type Failure = (String, String);

fn extract(text: &str) -> Result<Extract, Failure> {
    let top: BTreeMap<String, Box<RawValue>> = serde_json::from_str(text)
        .map_err(|e| ("$".to_string(), format!("a case file: a JSON object ({e})")))?;
    let raw = |key: &str| {
        top.get(key).ok_or_else(|| {
            (
                "$".to_string(),
                format!("the required field `{key}` of a case file"),
            )
        })
    };
    let decision: Value = serde_json::from_str(raw("decision")?.get())
        .map_err(|e| ("$.decision".to_string(), format!("an object ({e})")))?;
    let request = request_facts(raw("request")?.get());
    let field = |key: &str| decision.get(key).filter(|v| !v.is_null());
    let text = |key: &str| -> Result<Option<String>, Failure> {
        match field(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err((format!("$.decision.{key}"), "a string".to_string())),
        }
    };
    let required = |key: &str| {
        text(key)?.ok_or_else(|| {
            (
                "$.decision".to_string(),
                format!("the required field `{key}`"),
            )
        })
    };
    let id = match text("ecli")? {
        Some(ecli) => ecli,
        None => text("reference")?.unwrap_or_default(),
    };
    let url = match field("sources") {
        None => String::new(),
        Some(Value::Array(sources)) => match sources.first() {
            None => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => return Err(("$.decision.sources[0]".into(), "a string".into())),
        },
        Some(_) => return Err(("$.decision.sources".into(), "an array of URLs".into())),
    };
    Ok(Extract {
        id,
        name: required("name")?,
        date: required("date")?,
        outcome: required("outcome")?,
        url,
        deliberate_difference: field("deliberate_difference").is_some(),
        overruled: field("overruled_by").is_some(),
        known_disagreement: field("known_disagreement").is_some(),
        request,
    })
}

/// The texts of a request that the case base never reads (titles, names, descriptions,
/// statements, evidence, conditions), by their paths in the request: neither `factors`,
/// `letters` nor `similar`'s features read them, and the test suite checks that `check` and
/// `similar` say the same with and without them.
const TEXTS: &[&[&str]] = &[
    &["title"],
    &["employer", "name"],
    &["regeling", "title"],
    &["regeling", "elements", "*", "description"],
    &["avg", "alternatives", "*", "description"],
    &["interests", "employer", "*", "statement"],
    &["interests", "employer", "*", "evidence", "*"],
    &["interests", "works_council", "*", "statement"],
    &["interests", "works_council", "*", "evidence", "*"],
    &["procedure", "or_conditions", "*"],
];

/// The request as compact JSON text, its texts (see [`TEXTS`]) emptied. Text that is not
/// JSON is kept as it is, for the request parser to report.
fn request_facts(json: &str) -> String {
    let Ok(mut value) = serde_json::from_str::<Value>(json) else {
        return minify(json);
    };
    for path in TEXTS {
        empty(&mut value, path);
    }
    serde_json::to_string(&value).unwrap_or_else(|_| minify(json))
}

/// Empty the strings at `path` (`*` is every item of an array).
fn empty(value: &mut Value, path: &[&str]) {
    match (path.split_first(), value) {
        (None, Value::String(s)) => s.clear(),
        (Some((&"*", rest)), Value::Array(items)) => {
            for item in items {
                empty(item, rest);
            }
        }
        (Some((key, rest)), Value::Object(members)) => {
            if let Some(v) = members.get_mut(*key) {
                empty(v, rest);
            }
        }
        _ => {}
    }
}

/// JSON text without the whitespace between tokens.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

fn main() {
    sentences::sentences();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::from(
        "/// The embedded case files: (file name, what the case base needs of it, or the JSON\n\
         /// path and what was expected there).\n",
    );
    out.push_str("pub(crate) const CASES: &[super::Entry] = &[\n");
    for name in &names {
        let path = dir.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        let entry = fs::read_to_string(&path)
            .map_err(|e| ("$".to_string(), format!("a readable file ({e})")))
            .and_then(|t| extract(&t));
        match entry {
            Ok(e) => {
                let _ = writeln!(
                    out,
                    "    ({name:?}, Ok(super::Embedded {{ id: {:?}, name: {:?}, date: {:?}, \
                     outcome: {:?}, url: {:?}, deliberate_difference: {}, overruled: {}, \
                     known_disagreement: {}, \
                     request: {:?} }})),",
                    e.id,
                    e.name,
                    e.date,
                    e.outcome,
                    e.url,
                    e.deliberate_difference,
                    e.overruled,
                    e.known_disagreement,
                    e.request
                );
            }
            Err((path, expected)) => {
                let _ = writeln!(out, "    ({name:?}, Err(({path:?}, {expected:?}))),");
            }
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("cases.rs");
    fs::write(dest, out).expect("write cases.rs");
}
