//! The case base as Rust code: what `build.rs` generates from `cases/*.json` (and what
//! `tests/case_base.rs` checks it says of a file it cannot read).
//!
//! # Why Rust code that builds each `Request`, not precomputed factors
//!
//! The case base reads more of a decided case than its factors: `similar`'s features
//! (subjects, gate facts, technologies, purposes, identifiability, both sides' interests, the
//! law in force), the subject letters, and embedders and tests read the
//! `DecidedCase::request` itself. Deriving all of that here would repeat `precedent.rs`'s
//! reading of the facts (and the retention norms of the calibration it uses) in a second
//! place, over untyped JSON, where it could drift from the model's. So this generates, per
//! case, a function that builds the typed `Request` (struct literals, the unit enums'
//! variants, dates checked at compile time); the library calls each once, on first use
//! (`precedent::embedded`, a `OnceLock`), validates it, and derives the factors itself. No
//! JSON is parsed at run time, natively or in WebAssembly, and the WebAssembly module
//! carries no text of the case files, only the code that builds their facts.
//!
//! The generator knows no field by name: it reads the request's types from their source
//! (`src/request/*.rs`: each `pub struct` with its `pub` fields and whether they have
//! `#[serde(default)]`, and each unit enum's codes from its `codes!` list), and reads a
//! case's request by those types, as serde would: unknown fields and codes, missing required
//! fields and values of the wrong type are errors with their JSON path. Four types have a
//! form of their own: `Date` (`YYYY-MM-DD`), `Consequences` (a code or a list of codes),
//! `Overrides` (no case file overrides the calibration: `tests/cases.rs` requires it) and
//! the scalars. The generated code names every field of every struct, so a field added to
//! the request without a place here does not compile; the test suite checks that the case
//! base equals the one read from the strictly parsed files.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::Value;

/// A field of a struct: its name, its type as written, and whether serde fills it in when
/// it is missing.
#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub ty: String,
    pub default: bool,
}

/// The request's types, read from their source.
#[derive(Debug, Default)]
pub struct Types {
    /// Each struct's fields, in order.
    pub structs: BTreeMap<String, Vec<Field>>,
    /// Each unit enum's codes and variants.
    pub enums: BTreeMap<String, Vec<(String, String)>>,
}

impl Types {
    /// Read the `pub struct`s and `codes!` lists of Rust source text.
    pub fn read(&mut self, source: &str) {
        let mut lines = source.lines();
        let mut attrs_default = false;
        while let Some(line) = lines.next() {
            if let Some(rest) = line.strip_prefix("pub struct ")
                && let Some(name) = rest.strip_suffix(" {")
            {
                let mut fields = Vec::new();
                for l in lines.by_ref() {
                    if l == "}" {
                        break;
                    }
                    let t = l.trim();
                    if t.starts_with("#[serde(") && t.contains("default") {
                        attrs_default = true;
                    }
                    if let Some(f) = t.strip_prefix("pub ")
                        && let Some((n, ty)) = f.split_once(": ")
                        && let Some(ty) = ty.strip_suffix(',')
                    {
                        fields.push(Field {
                            name: n.to_string(),
                            ty: ty.to_string(),
                            default: attrs_default,
                        });
                        attrs_default = false;
                    } else if !t.starts_with("#[") && !t.starts_with("//") {
                        attrs_default = false;
                    }
                }
                self.structs.insert(name.to_string(), fields);
            } else if let Some(rest) = line.strip_prefix("codes!(")
                && let Some(name) = rest.strip_suffix(" {")
            {
                let mut codes = Vec::new();
                for l in lines.by_ref() {
                    if l.starts_with("});") {
                        break;
                    }
                    if let Some((variant, code)) = l.trim().split_once(" = ") {
                        let code = code.trim_end_matches(',').trim_matches('"');
                        codes.push((code.to_string(), variant.to_string()));
                    }
                }
                self.enums.insert(name.to_string(), codes);
            }
        }
    }
}

/// The JSON path where reading failed, and what was expected there.
pub type Failure = (String, String);

/// The texts of a request that the case base never reads (titles, names, descriptions,
/// statements, evidence, conditions), by their paths in the request: neither `factors`,
/// `letters` nor `similar`'s features read them, and the test suite checks that `check` and
/// `similar` say the same with and without them. Left out, they keep the case files' prose
/// out of the library.
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

/// A JSON path with one more object key.
fn key(path: &str, k: &str) -> String {
    if !k.is_empty() && k.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_') {
        format!("{path}.{k}")
    } else {
        format!("{path}[{}]", serde_json::to_string(k).unwrap_or_default())
    }
}

fn fail<T>(path: &str, expected: impl Into<String>) -> Result<T, Failure> {
    Err((path.to_string(), expected.into()))
}

/// `YYYY-MM-DD` of a date that exists (as `Date`'s `FromStr` reads it), as a const
/// expression.
fn date(s: &str, path: &str) -> Result<String, Failure> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let bad = || fail(path, format!("a date written YYYY-MM-DD, found {s:?}"));
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return bad();
    }
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return bad();
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let max = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if y < 1 || d < 1 || d > max {
        return bad();
    }
    Ok(format!("const {{ crate::Date::ymd({y}, {m}, {d}) }}"))
}

/// A unit enum's variant from its code.
fn variant(types: &Types, ty: &str, v: &Value, path: &str) -> Result<String, Failure> {
    let codes = &types.enums[ty];
    let Value::String(s) = v else {
        return fail(path, format!("a code of {ty}, found {v}"));
    };
    match codes.iter().find(|(c, _)| c == s) {
        Some((_, variant)) => Ok(format!("{ty}::{variant}")),
        None => {
            let list: Vec<&str> = codes.iter().map(|(c, _)| c.as_str()).collect();
            fail(path, format!("one of {}, found {s:?}", list.join(", ")))
        }
    }
}

/// The Rust expression of a value of type `ty` read from `v`, as serde reads it.
pub fn expr(types: &Types, ty: &str, v: &Value, path: &str) -> Result<String, Failure> {
    let ty = ty.rsplit("::").next().unwrap_or(ty);
    if let Some(inner) = ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>')) {
        return match v {
            Value::Null => Ok("None".into()),
            _ => Ok(format!("Some({})", expr(types, inner, v, path)?)),
        };
    }
    if let Some(inner) = ty.strip_prefix("Vec<").and_then(|t| t.strip_suffix('>')) {
        let Value::Array(items) = v else {
            return fail(path, format!("a list, found {v}"));
        };
        let mut out = String::from("vec![");
        for (i, item) in items.iter().enumerate() {
            out.push_str(&expr(types, inner, item, &format!("{path}[{i}]"))?);
            out.push_str(", ");
        }
        out.push(']');
        return Ok(out);
    }
    match (ty, v) {
        ("String", Value::String(s)) if s.is_empty() => Ok("String::new()".into()),
        ("String", Value::String(s)) => Ok(format!("String::from({s:?})")),
        ("bool", Value::Bool(b)) => Ok(b.to_string()),
        ("u32", Value::Number(n)) if n.as_u64().is_some_and(|n| n <= u64::from(u32::MAX)) => {
            Ok(n.to_string())
        }
        ("Date", Value::String(s)) => date(s, path),
        ("Consequences", v) => consequences(types, v, path),
        ("Overrides", Value::Object(m)) if m.is_empty() => Ok("Overrides::new()".into()),
        ("Overrides", _) => fail(
            path,
            "no calibration override: a case file reads the law as it is",
        ),
        (t, _) if types.enums.contains_key(t) => variant(types, t, v, path),
        (t, Value::Object(members)) if types.structs.contains_key(t) => {
            let fields = &types.structs[t];
            if let Some(k) = members
                .keys()
                .find(|k| !fields.iter().any(|f| &f.name == *k))
            {
                let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
                return fail(
                    path,
                    format!("one of the fields {}, found {k:?}", names.join(", ")),
                );
            }
            let mut out = format!("{t} {{ ");
            for f in fields {
                let value = match members.get(&f.name) {
                    Some(v) => expr(types, &f.ty, v, &key(path, &f.name))?,
                    None if f.default => "Default::default()".into(),
                    None if f.ty.starts_with("Option<") => "None".into(),
                    None => return fail(path, format!("the required field `{}`", f.name)),
                };
                let _ = write!(out, "{}: {value}, ", f.name);
            }
            out.push('}');
            Ok(out)
        }
        (t, _) if types.structs.contains_key(t) => fail(path, format!("an object, found {v}")),
        ("String" | "bool" | "u32" | "Date", _) => {
            fail(path, format!("a value of type {ty}, found {v}"))
        }
        _ => fail(
            path,
            format!("a value of a type the case base knows, not {ty}"),
        ),
    }
}

/// `Consequences`: `"unknown"`, `"none"`, one code (the old form, `"warnings"` too), or a
/// non-empty list of codes or `["none"]`.
fn consequences(types: &Types, v: &Value, path: &str) -> Result<String, Failure> {
    let one = |code: &Value, path: &str| variant(types, "Consequence", code, path);
    match v {
        Value::String(s) if s == "unknown" => Ok("Consequences::Unknown".into()),
        Value::String(s) if s == "none" => Ok("Consequences::None".into()),
        Value::String(s) if s == "warnings" => {
            Ok("Consequences::Some(vec![Consequence::Warning])".into())
        }
        Value::String(_) => Ok(format!("Consequences::Some(vec![{}])", one(v, path)?)),
        Value::Array(items) if items.is_empty() => fail(
            path,
            "at least one consequence, or [\"none\"], found an empty list",
        ),
        Value::Array(items) => {
            let none = Value::String("none".into());
            let nones = items.iter().filter(|i| **i == none).count();
            if nones == items.len() {
                return Ok("Consequences::None".into());
            }
            if nones > 0 {
                return fail(
                    path,
                    "either `none` or consequences, found `none` beside a consequence",
                );
            }
            let mut out = String::from("Consequences::of(vec![");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&one(item, &format!("{path}[{i}]"))?);
                out.push_str(", ");
            }
            out.push_str("])");
            Ok(out)
        }
        _ => fail(
            path,
            format!("a list of consequences, \"none\" or \"unknown\", found {v}"),
        ),
    }
}

/// What the case base needs of one case file: the fields of `precedent::Embedded` as Rust
/// expressions, or the JSON path and what was expected there.
pub fn entry(types: &Types, text: &str, n: usize) -> Result<(String, String), Failure> {
    let top: Value = serde_json::from_str(text)
        .map_err(|e| ("$".to_string(), format!("a case file: a JSON object ({e})")))?;
    let Value::Object(top) = top else {
        return fail("$", "a case file: a JSON object");
    };
    let raw = |key: &str| {
        top.get(key).ok_or_else(|| {
            (
                "$".to_string(),
                format!("the required field `{key}` of a case file"),
            )
        })
    };
    let decision = raw("decision")?;
    let Value::Object(_) = decision else {
        return fail("$.decision", "an object");
    };
    let field = |key: &str| decision.get(key).filter(|v| !v.is_null());
    let text = |key: &str| -> Result<Option<String>, Failure> {
        match field(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => fail(&format!("$.decision.{key}"), "a string"),
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
            Some(_) => return fail("$.decision.sources[0]", "a string"),
        },
        Some(_) => return fail("$.decision.sources", "an array of URLs"),
    };
    let name = required("name")?;
    let date = date(&required("date")?, "$.decision.date")?;
    let outcome = variant(
        types,
        "CourtOutcome",
        &Value::String(required("outcome")?),
        "$.decision.outcome",
    )?;
    let mut request = raw("request")?.clone();
    for path in TEXTS {
        empty(&mut request, path);
    }
    let body = expr(types, "Request", &request, "$.request")?;
    let embedded = format!(
        "super::Embedded {{ id: {id:?}, name: {name:?}, date: {date}, outcome: {outcome}, \
         url: {url:?}, deliberate_difference: {}, overruled: {}, known_disagreement: {}, \
         request: request_{n} }}",
        field("deliberate_difference").is_some(),
        field("overruled_by").is_some(),
        field("known_disagreement").is_some(),
    );
    let function = format!("fn request_{n}() -> Request {{\n    {body}\n}}\n");
    Ok((embedded, function))
}

/// The generated module: `CASES`, one entry per file (in the order given), and a function
/// building each readable file's request.
pub fn generate(types: &Types, files: &[(String, Result<String, Failure>)]) -> String {
    let mut out = String::from(
        "// Generated by build.rs from cases/*.json (see build/case_base.rs). Do not edit.\n\
         #[allow(unused_imports)]\n\
         use crate::cases::CourtOutcome;\n\
         #[allow(unused_imports)]\n\
         use crate::request::*;\n\n\
         /// The embedded case files: (file name, what the case base needs of it, or the JSON\n\
         /// path and what was expected there).\n\
         pub(crate) const CASES: &[super::Entry] = &[\n",
    );
    let mut functions = String::new();
    for (n, (name, text)) in files.iter().enumerate() {
        match text
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|t| entry(types, t, n))
        {
            Ok((embedded, function)) => {
                let _ = writeln!(out, "    ({name:?}, Ok({embedded})),");
                functions.push_str(&function);
            }
            Err((path, expected)) => {
                let _ = writeln!(out, "    ({name:?}, Err(({path:?}, {expected:?}))),");
            }
        }
    }
    out.push_str("];\n\n");
    out.push_str(&functions);
    out
}
