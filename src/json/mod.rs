//! The boundary: JSON text in, JSON text out. The CLI and the WASM build both go through
//! here, so that they accept the same input, reject it with the same messages, and print
//! byte-identical rulings. The legal modules never see JSON text.

mod input;
mod locate;

use serde::de::DeserializeOwned;

use crate::ruling::{Lang, Ruling};
use crate::syntax::{cut, path, tree, write};
use crate::validate::{ErrorKind, InputError};
use crate::{Error, Request};

/// Read a value of a strict input type from JSON text; an error names the JSON path of the
/// value being read when the parser stopped (found by `locate`), and what was expected.
fn read<T: DeserializeOwned>(text: &str) -> Result<T, InputError> {
    serde_json::from_str(text).map_err(|e| {
        let msg = e.to_string();
        let end = locate::offset(text, e.line(), e.column());
        // serde_json places an error raised after a value was read (a missing field, or a
        // date that does not exist) after the `}` that closes its object. A missing field
        // belongs to that object; anything else to the object's last member.
        let end = if msg.starts_with("missing field") {
            end
        } else {
            locate::before_closing(text, end)
        };
        InputError::new(locate::path_at(text, end), describe(&msg)).with_kind(kind_of(&e, &msg))
    })
}

pub use crate::limits::MAX_INPUT_BYTES;

/// The kind of a serde_json error, from its category and its words.
fn kind_of(e: &serde_json::Error, msg: &str) -> ErrorKind {
    use serde_json::error::Category;
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => ErrorKind::Syntax,
        Category::Data if msg.starts_with("unknown field") => ErrorKind::UnknownField,
        Category::Data if msg.starts_with("duplicate field") => ErrorKind::DuplicateField,
        Category::Data if msg.starts_with("missing field") => ErrorKind::Missing,
        Category::Data if msg.starts_with("unknown variant") => ErrorKind::UnknownCode,
        Category::Data if msg.starts_with("expected at most") => ErrorKind::Limit,
        Category::Data if msg.starts_with("invalid type") || msg.starts_with("invalid value") => {
            ErrorKind::Type
        }
        Category::Data => ErrorKind::Invalid,
    }
}

/// Parse a request from JSON text: strict (unknown fields are errors), with the JSON path
/// of any error, then validated.
///
/// ```
/// let err = kantonrechter::json::parse_request(r#"{"as_of": "2026-13-01"}"#).unwrap_err();
/// assert_eq!(err.path, "$.as_of");
/// ```
pub fn parse_request(text: &str) -> Result<Request, InputError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(InputError::new(
            "$",
            format!(
                "a request of at most {MAX_INPUT_BYTES} bytes, found {} bytes",
                text.len()
            ),
        )
        .with_kind(ErrorKind::Limit));
    }
    let request = input::request(text)?;
    crate::validate::validate(&request)?;
    Ok(request)
}

/// Parse a request, or the request of a case file (`{"decision": {...}, "request": {...}}`,
/// as in `cases/`): a top-level object with a `request` key and no `regeling` is read as a
/// case file, and errors in its request name their path under `$.request`.
///
/// ```
/// let text = r#"{"decision": {}, "request": {"as_of": "2026-13-01"}}"#;
/// let err = kantonrechter::json::parse_request_or_case(text).unwrap_err();
/// assert_eq!(err.path, "$.request.as_of");
/// ```
pub fn parse_request_or_case(text: &str) -> Result<Request, InputError> {
    if text.len() > MAX_INPUT_BYTES {
        return parse_request(text);
    }
    let (tree, syntax) = tree::parse(text);
    let syntax = syntax.as_deref();
    let members = match &tree.val {
        tree::Val::Obj(members) => members.as_slice(),
        _ => &[],
    };
    let has = |key: &str| members.iter().any(|(k, _)| k == key);
    // Of two errors, the first in the text, as for a request: the members are read in
    // order, and a break (a syntax error) is named where the reading meets it.
    let broken = |e: Option<&InputError>| {
        e.cloned()
            .unwrap_or_else(|| InputError::new("$", "valid JSON").with_kind(ErrorKind::Syntax))
    };
    // A text that broke may have its `request` after the break: a `decision` says it too.
    let case_file = has("request") || (syntax.is_some() && has("decision"));
    let request = if case_file && !has("regeling") {
        // A case file read for its request only: `decision` (not read) and `request`, each
        // once, and nothing else.
        let (mut request, mut decision) = (None, false);
        for (key, value) in members {
            if matches!(value.val, tree::Val::Broken { keyed: false }) {
                return Err(broken(syntax));
            }
            let seen = match key.as_ref() {
                "request" => request.is_some(),
                "decision" => std::mem::replace(&mut decision, true),
                _ => {
                    return Err(InputError::new(
                        path::render(&[path::Seg::Key(key.clone())]),
                        format!(
                            "one of `decision`, `request`, found unknown field `{}`",
                            cut(key)
                        ),
                    )
                    .with_kind(ErrorKind::UnknownField));
                }
            };
            if seen {
                return Err(InputError::new(
                    format!("$.{key}"),
                    format!("the field `{key}` only once"),
                )
                .with_kind(ErrorKind::DuplicateField));
            }
            if key == "request" {
                let at = vec![path::Seg::Key("request".into())];
                request = Some(input::request_at(text, value, at, syntax)?);
            } else if tree::breaks(value) {
                // In the decision, which is not read.
                return Err(broken(syntax));
            }
        }
        if let Some(e) = syntax {
            return Err(e.clone());
        }
        let request = request.ok_or_else(|| {
            InputError::new("$", "the field `request`").with_kind(ErrorKind::Missing)
        })?;
        crate::validate::validate(&request).map_err(|e| InputError {
            path: e.path.replacen('$', "$.request", 1),
            ..e
        })?;
        request
    } else {
        let request = input::request_at(text, &tree, Vec::new(), syntax)?;
        if let Some(e) = syntax {
            return Err(e.clone());
        }
        crate::validate::validate(&request)?;
        request
    };
    Ok(request)
}

/// Parse a case file of `cases/` (`{"decision": {...}, "request": {...}}`): strict
/// (unknown fields are errors, in the decision as in the request), with the JSON path of
/// any error; the request is validated as [`parse_request`] would, the decision as
/// [`Decision::validate`](crate::cases::Decision::validate) does, every value the request
/// states (as the file writes it, titles and element ids aside) must have its source in
/// `fact_sources`, and every `agrees_under` patch must leave a valid request (the
/// patched request is kept in the mark, [`Mark::patched`](crate::cases::Mark::patched), for
/// [`evaluate_case`](crate::cases::evaluate_case)).
///
/// ```
/// let err = kantonrechter::json::parse_case(r#"{"decision": {}, "request": {}}"#).unwrap_err();
/// assert_eq!(err.path, "$.decision");
/// ```
pub fn parse_case(text: &str) -> Result<crate::cases::CaseFile, InputError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(InputError::new(
            "$",
            format!(
                "a case file of at most {MAX_INPUT_BYTES} bytes, found {} bytes",
                text.len()
            ),
        )
        .with_kind(ErrorKind::Limit));
    }
    let mut case: crate::cases::CaseFile = read(text)?;
    crate::validate::validate(&case.request).map_err(|e| InputError {
        path: e.path.replacen('$', "$.request", 1),
        ..e
    })?;
    case.decision.validate()?;
    // Every fact the request states has its source: checked against the request as
    // written, not as read (where defaults fill in what the file does not state).
    let written: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| InputError::new("$", e.to_string()).with_kind(ErrorKind::Syntax))?;
    check_fact_sources(
        &case.decision,
        written.get("request").unwrap_or(&serde_json::Value::Null),
    )?;
    let request = &case.request;
    for (field, mark) in [
        (
            "deliberate_difference",
            &mut case.decision.deliberate_difference,
        ),
        ("known_disagreement", &mut case.decision.known_disagreement),
    ] {
        if let Some(mark) = mark.as_mut()
            && let Some(patch) = &mark.agrees_under
        {
            let patched = patch_request(request, patch).map_err(|e| in_patch(text, field, &e))?;
            mark.patched = Some(patched);
        }
    }
    Ok(case)
}

/// Check that every value the request states, as written in the case file, has its
/// source in `fact_sources` (its titles and element ids excepted), and that every
/// `fact` points at a value of the request. (Not a method of `Decision`: the model knows no
/// JSON.)
fn check_fact_sources(
    decision: &crate::cases::Decision,
    request: &serde_json::Value,
) -> Result<(), InputError> {
    for (i, f) in decision.fact_sources.iter().enumerate() {
        if request.pointer(&f.fact).is_none() {
            return Err(InputError::new(
                format!("$.decision.fact_sources[{i}].fact"),
                format!(
                    "a JSON pointer to a value of the request, found {}",
                    crate::syntax::quote(&f.fact)
                ),
            ));
        }
    }
    let mut leaves = Vec::new();
    stated(request, String::new(), &mut leaves);
    for leaf in leaves {
        let covered = decision.fact_sources.iter().any(|f| {
            leaf == f.fact
                || leaf
                    .strip_prefix(f.fact.as_str())
                    .is_some_and(|rest| rest.starts_with('/'))
        });
        if !covered {
            return Err(InputError::new(
                "$.decision.fact_sources",
                format!(
                    "a source for every fact of the request; none covers {}",
                    crate::syntax::quote(&leaf)
                ),
            ));
        }
    }
    Ok(())
}

/// The JSON pointers of the values a request states, without the titles and element ids
/// (names, not facts). An empty list or object is a value (e.g. no subject on the list).
fn stated(value: &serde_json::Value, at: String, out: &mut Vec<String>) {
    use serde_json::Value;
    let skip = |p: &str| {
        p == "/title"
            || p == "/regeling/title"
            || (p.starts_with("/regeling/elements/")
                && p.ends_with("/id")
                && p.matches('/').count() == 4)
    };
    match value {
        Value::Object(m) if !m.is_empty() => {
            for (k, v) in m {
                let key = k.replace('~', "~0").replace('/', "~1");
                stated(v, format!("{at}/{key}"), out);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, v) in a.iter().enumerate() {
                stated(v, format!("{at}/{i}"), out);
            }
        }
        _ => {
            if !skip(&at) {
                out.push(at);
            }
        }
    }
}

/// An error of a case file's `agrees_under` patch, which is read from the patched request
/// (an internal copy of the request, whose lines and columns mean nothing to the user):
/// put under the patch's path, and at a place in the case file's text instead, that of the
/// deepest value of the patch on the error's path (the patch itself, for an error outside
/// what the patch writes).
fn in_patch(text: &str, field: &str, e: &InputError) -> InputError {
    let path = format!(
        "$.decision.{field}.agrees_under{}",
        e.path.trim_start_matches('$')
    );
    let at = match tree::parse_whole(text) {
        Ok(root) => deepest_on(&root, &path),
        Err(_) => 0,
    };
    InputError::new(
        path,
        format!("{}{}", e.expected, path::line_column(text, at)),
    )
    .with_kind(e.kind())
}

/// The offset of the deepest value of a tree whose JSON path is `path` or begins it (the
/// top, `$`, if no other is).
fn deepest_on(root: &tree::Node<'_>, path: &str) -> usize {
    let on_path = |p: &str| {
        path.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
    };
    let (mut node, mut at) = (root, String::from("$"));
    loop {
        let next = match &node.val {
            tree::Val::Obj(members) => members.iter().find_map(|(key, value)| {
                let mut p = at.clone();
                path::push_key(&mut p, key);
                on_path(&p).then_some((value, p))
            }),
            tree::Val::Arr(items) => items.iter().enumerate().find_map(|(i, value)| {
                let p = format!("{at}[{i}]");
                on_path(&p).then_some((value, p))
            }),
            _ => None,
        };
        match next {
            Some((child, p)) => (node, at) = (child, p),
            None => return node.at,
        }
    }
}

/// A message without the ` (line L, column C)` it ends with, if it ends with one.
fn without_position(expected: &str) -> &str {
    match expected.rfind(" (line ") {
        Some(i) if expected.ends_with(')') && expected[i..].contains(", column ") => &expected[..i],
        _ => expected,
    }
}

/// Read the outcomes of a directory of blind encodings (`outcomes.json`): each file's stem
/// (`"T01"`) with the decision it encodes and the court's outcome. Strict, like
/// [`parse_case`]: an unknown field or outcome is an error naming its JSON path.
pub fn parse_blind_outcomes(
    text: &str,
) -> Result<std::collections::BTreeMap<String, crate::cases::BlindOutcome>, InputError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(InputError::new(
            "$",
            format!(
                "an outcomes file of at most {MAX_INPUT_BYTES} bytes, found {} bytes",
                text.len()
            ),
        )
        .with_kind(ErrorKind::Limit));
    }
    read(text)
}

/// Apply a JSON merge patch (RFC 7386) to a request and read the result strictly, as
/// [`parse_request`] would: what a case file's `agrees_under` describes. An error names
/// its JSON path in the patched request, without a line and column: the text read is an
/// internal copy ([`parse_case`] puts the error at its place in the case file).
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let r = kantonrechter::json::parse_request(include_str!("../../examples/camera-theft.json"))?;
/// let patch = serde_json::json!({"readings": {"stage2": "cumulative"}});
/// let v = kantonrechter::json::patch_request(&r, &patch)?;
/// assert_eq!(v.readings.stage2, kantonrechter::request::Stage2Reading::Cumulative);
/// # Ok(()) }
/// ```
pub fn patch_request(request: &Request, patch: &serde_json::Value) -> Result<Request, InputError> {
    let mut value = serde_json::to_value(request)
        .map_err(|e| InputError::new("$", format!("a request that serialises ({e})")))?;
    merge_patch(&mut value, patch);
    // Read the patched request as text, so that errors get their JSON path.
    parse_request(&to_json(&value)).map_err(|e| {
        let kind = e.kind();
        InputError::new(e.path, without_position(&e.expected)).with_kind(kind)
    })
}

/// RFC 7386: objects merge member by member, `null` removes a member, anything else
/// replaces the target.
fn merge_patch(target: &mut serde_json::Value, patch: &serde_json::Value) {
    use serde_json::Value;
    let Value::Object(members) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(serde_json::Map::new());
    }
    if let Value::Object(t) = target {
        for (key, value) in members {
            if value.is_null() {
                t.remove(key);
            } else {
                merge_patch(t.entry(key.clone()).or_insert(Value::Null), value);
            }
        }
    }
}

/// Turn serde's "found X, expected Y" messages around into "Y, found X", so that every
/// error reads "at PATH: expected WHAT".
fn describe(msg: &str) -> String {
    // Keep serde_json's " at line L column C" at the end.
    let (body, at) = match msg.rfind(" at line ") {
        Some(i) => (&msg[..i], &msg[i..]),
        None => (msg, ""),
    };
    // What serde found is quoted from the input: cut. An expected list never says
    // ", expected "; a key may.
    let turned = |what: &str, rest: &str| match rest.rsplit_once(", expected ") {
        Some((found, expected)) => format!("{expected}, found {what}{}", cut_quoted(found)),
        None => format!("valid input, found {what}{}", cut_quoted(rest)),
    };
    let text = if let Some(rest) = body.strip_prefix("unknown field ") {
        turned("unknown field ", rest)
    } else if let Some(rest) = body.strip_prefix("unknown variant ") {
        turned("", rest)
    } else if let Some(rest) = body.strip_prefix("invalid type: ") {
        turned("", rest)
    } else if let Some(rest) = body.strip_prefix("invalid value: ") {
        turned("", rest)
    } else if let Some(rest) = body.strip_prefix("missing field ") {
        format!("the required field {rest}")
    } else if let Some(rest) = body.strip_prefix("expected ") {
        rest.to_string()
    } else if body.starts_with("EOF while parsing") {
        format!("complete JSON text ({body})")
    } else {
        format!("valid JSON ({body})")
    };
    format!("{text}{at}")
}

/// serde's words for what it found, with the input they quote (between the first and
/// the last `` ` `` or `"`) [`cut`].
fn cut_quoted(found: &str) -> String {
    let Some(open) = found.find(['`', '"']) else {
        return found.to_string();
    };
    let mark = found[open..].chars().next().unwrap_or('"');
    match found.rfind(mark) {
        Some(close) if close > open => format!(
            "{}{}{}",
            &found[..=open],
            cut(&found[open + 1..close]),
            &found[close..]
        ),
        _ => found.to_string(),
    }
}

/// Evaluate JSON text and return the ruling's report with its memo
/// ([`Document`](crate::memo::Document)) as pretty JSON text.
pub fn evaluate_to_json(text: &str, lang: Lang) -> Result<String, Error> {
    let request = parse_request(text)?;
    Ok(to_json(&crate::memo::Document::of(&request, lang)?))
}

/// Evaluate JSON text and return the ruling in compact form
/// ([`Compact`](crate::ruling::Compact)) as compact JSON text, one line with a final newline:
/// what `kantonrechter evaluate FILE --format compact` prints and the WASM `ruling()`
/// returns. No memo, no receipt ([`receipt_to_json`]), rules by id only.
pub fn evaluate_to_compact(text: &str, lang: Lang) -> Result<String, Error> {
    let request = parse_request(text)?;
    let ruling = crate::evaluate_inner(&request, &crate::Options::default(), false)?;
    Ok(compact_to_json(&ruling.compact(lang)))
}

/// A ruling in compact form as compact JSON text with a final newline: the bytes
/// [`to_compact_json`] writes (a test pins it), written member by member so that the
/// sentences, most of the bytes, are copied without serde's per-byte escaping.
pub fn compact_to_json(c: &crate::ruling::Compact) -> String {
    use crate::syntax::Obj;
    fn steps(out: &mut Vec<u8>, s: &crate::ruling::CompactStep) {
        let mut o = Obj::new(out);
        o.str("rule", s.rule.code());
        if let Some(e) = &s.element {
            o.str("element", e);
        }
        o.str("finding", &s.finding);
        if !s.effect_text.is_empty() {
            o.str("effect_text", &s.effect_text);
        }
        match effect_json(&s.effect) {
            Some(json) => o.raw("effect", json),
            None => o.value("effect", &s.effect),
        }
        if !s.cites.is_empty() {
            o.value("cites", &s.cites);
        }
        o.end();
    }
    let mut out = Vec::with_capacity(16 * 1024);
    let mut o = Obj::new(&mut out);
    o.str("format", &c.format);
    o.value("outcome", &c.outcome);
    o.value("ground", &c.ground);
    o.value("deciding_stage", &c.deciding_stage);
    o.str("summary", &c.summary);
    o.value("weights", &c.weights);
    o.value("parts", &c.parts);
    o.list("trace", &c.trace, steps);
    o.list("flags", &c.flags, steps);
    o.list("warnings", &c.warnings, |out, w| {
        crate::syntax::string(out, w)
    });
    o.value("overrides", &c.overrides);
    o.value("law", &c.law);
    o.value("lang", &c.lang);
    o.str("notice", &c.notice);
    o.value("precedents", &c.precedents);
    o.end();
    out.push(b'\n');
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The effects without a field, as serde writes them: most steps have one, and these skip
/// serde's writer (a test pins the bytes to serde's).
fn effect_json(e: &crate::ruling::Effect) -> Option<&'static str> {
    use crate::ruling::Effect;
    Some(match e {
        Effect::Passed => r#"{"type":"passed"}"#,
        Effect::CurableDefect => r#"{"type":"curable_defect"}"#,
        Effect::NotArgued => r#"{"type":"not_argued"}"#,
        Effect::HardDefect => r#"{"type":"hard_defect"}"#,
        Effect::Noted => r#"{"type":"noted"}"#,
        Effect::NotApplicable => r#"{"type":"not_applicable"}"#,
        Effect::Decides { .. } | Effect::Weighs { .. } => return None,
    })
}

/// The receipt of a request's ruling ([`Receipt`](crate::ruling::Receipt)) as pretty JSON
/// text: what `kantonrechter receipt FILE` prints and the WASM `receipt()` returns. The
/// request is ruled on as on every path (with the precedent check by default), so a request
/// that cannot be ruled on (bad input, a date outside the law the library knows, an unknown
/// calibration key) has no receipt, and the receipt is the one the full report carries.
pub fn receipt_to_json(text: &str) -> Result<String, Error> {
    let request = parse_request(text)?;
    let ruling = crate::evaluate_inner(&request, &crate::Options::default(), true)?;
    Ok(to_json(&ruling.receipt))
}

/// Evaluate JSON text and return the memo as plain text (`markdown: false`) or Markdown:
/// what `kantonrechter evaluate FILE --format text|md` prints.
pub fn evaluate_to_memo(text: &str, lang: Lang, markdown: bool) -> Result<String, Error> {
    let request = parse_request(text)?;
    let memo = crate::memo::Memo::of(&request, lang)?;
    Ok(if markdown {
        memo.to_markdown()
    } else {
        memo.to_text()
    })
}

/// The ruling's report as pretty JSON text (two-space indent, a final newline).
pub fn ruling_to_json(ruling: &Ruling, lang: Lang) -> String {
    to_json(&ruling.report(lang))
}

/// Any serialisable value as pretty JSON text with a final newline.
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    // Serialising the library's own types cannot fail: no maps with non-string keys.
    let mut out = Vec::with_capacity(1024);
    match write(&mut out, value, true) {
        Ok(()) => {
            out.push(b'\n');
            // serde_json writes UTF-8 only: the check passes, and costs a scan of the text.
            String::from_utf8(out)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        }
        Err(_) => "{\"error\": \"the value could not be written as JSON\"}\n".to_string(),
    }
}

/// Any serialisable value as compact JSON text (no spaces, one line, ASCII: every character
/// outside ASCII as a `\uXXXX` escape) with a final newline: the form of the compact ruling
/// ([`compact_to_json`]), for programs rather than readers. A JSON reader gives back the
/// same value as from the pretty form.
pub fn to_compact_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::with_capacity(4096);
    match crate::syntax::write_ascii(&mut out, value) {
        Ok(()) => {
            out.push(b'\n');
            String::from_utf8(out)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        }
        Err(_) => "{\"error\":\"the value could not be written as JSON\"}\n".to_string(),
    }
}

/// The request in the canonical form its receipt hashes (see
/// [`Receipt::input_sha256`](crate::ruling::Receipt::input_sha256)): compact JSON without
/// the values that mean "not given". Reading it back gives the same request.
pub fn canonical_json(request: &Request) -> String {
    let mut out = Vec::with_capacity(4096);
    crate::syntax::canonical(request, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// What would change the outcome, as pretty JSON text: the notice in the chosen language,
/// the outcome as the request stands, every lever considered and the minimal flips, each
/// with its full modified request.
pub fn whatif_to_json(w: &crate::whatif::WhatIf, lang: Lang) -> String {
    to_json(&w.report(lang))
}

/// The JSON Schema of the input, with the input limits ([`crate::limits`]) as
/// `maxLength`, `maxItems`, `maxProperties` and `maximum` where they apply.
pub fn input_schema() -> String {
    let mut schema = schemars::schema_for!(Request);
    schema.insert(
        "$id".into(),
        format!("urn:kantonrechter:request:{}", crate::FORMAT_VERSION).into(),
    );
    let mut schema = schema.to_value();
    for &(def, property, keyword, limit) in crate::limits::SCHEMA {
        if let Some(at) = schema_property(&mut schema, def, property) {
            at.insert(keyword.into(), limit.into());
        }
    }
    to_json(&schema)
}

/// The schema object of a property of a definition (`""`: the root), or of its list's
/// items (`"property/items"`); `None` if the schema has no such property (a test checks
/// that every limit finds its place).
pub(crate) fn schema_property<'s>(
    schema: &'s mut serde_json::Value,
    def: &str,
    property: &str,
) -> Option<&'s mut serde_json::Map<String, serde_json::Value>> {
    let owner = if def.is_empty() {
        schema
    } else {
        schema.get_mut("$defs")?.get_mut(def)?
    };
    let (name, items) = match property.strip_suffix("/items") {
        Some(name) => (name, true),
        None => (property, false),
    };
    let mut at = owner.get_mut("properties")?.get_mut(name)?;
    if items {
        at = at.get_mut("items")?;
    }
    at.as_object_mut()
}

/// The JSON Schema of the ruling in compact form ([`crate::ruling::Compact`]): what
/// `kantonrechter schema compact` prints.
pub fn compact_schema() -> String {
    let mut schema = schemars::schema_for!(crate::ruling::Compact);
    schema.insert(
        "$id".into(),
        format!("urn:kantonrechter:compact:{}", crate::FORMAT_VERSION).into(),
    );
    to_json(&schema)
}

/// The JSON Schema of the ruling's report.
pub fn ruling_schema() -> String {
    let mut schema = schemars::schema_for!(crate::memo::Document);
    schema.insert(
        "$id".into(),
        format!("urn:kantonrechter:report:{}", crate::FORMAT_VERSION).into(),
    );
    to_json(&schema)
}

#[cfg(test)]
mod tests {
    /// The effects written without serde are serde's bytes, each of them; the others go
    /// through serde.
    #[test]
    fn effects_without_fields_are_serdes_bytes() {
        use crate::ruling::{Effect, Outcome, Side};
        for e in [
            Effect::Passed,
            Effect::CurableDefect,
            Effect::NotArgued,
            Effect::HardDefect,
            Effect::Noted,
            Effect::NotApplicable,
        ] {
            assert_eq!(super::effect_json(&e), Some(compact(&e).as_str()), "{e:?}");
        }
        let decides = Effect::Decides {
            outcome: Outcome::Refused,
        };
        let weighs = Effect::Weighs {
            side: Side::Employer,
            weight: rust_decimal::Decimal::ONE,
        };
        assert_eq!(super::effect_json(&decides), None);
        assert_eq!(super::effect_json(&weighs), None);
    }

    fn compact<T: serde::Serialize>(value: &T) -> String {
        let mut out = Vec::new();
        crate::syntax::write(&mut out, value, false).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Every input limit finds its property in the schema, and is written there.
    #[test]
    fn every_limit_is_in_the_input_schema() {
        let mut schema: serde_json::Value = serde_json::from_str(&super::input_schema()).unwrap();
        for &(def, property, keyword, limit) in crate::limits::SCHEMA {
            let at = super::schema_property(&mut schema, def, property)
                .unwrap_or_else(|| panic!("{def}.{property} is not in the schema"));
            assert_eq!(at.get(keyword), Some(&limit.into()), "{def}.{property}");
        }
    }

    #[test]
    fn a_case_file_is_read_for_its_request() {
        let request = include_str!("../../examples/camera-theft.json");
        let case = |members: &str| format!("{{{members}\"request\": {request}}}");
        let read = |text: &str| super::parse_request_or_case(text);
        let plain = read(request).unwrap();
        assert_eq!(
            read(&case("\"decision\": {\"anything\": 1}, ")).unwrap(),
            plain
        );
        assert_eq!(read(&case("")).unwrap(), plain);
        let e = read(&case("\"extra\": 1, ")).unwrap_err();
        assert_eq!(e.path, "$.extra", "{e}");
        let e = read(&case("\"decision\": 1, \"decision\": 2, ")).unwrap_err();
        assert_eq!(
            (e.path.as_str(), e.expected.as_str()),
            ("$.decision", "the field `decision` only once")
        );
        let e = read(&case("\"request\": {}, ")).unwrap_err();
        assert_eq!(e.path, "$.request", "{e}");
        let wrong = case("").replacen("\"as_of\": \"", "\"as_of\": \"x", 1);
        assert_eq!(read(&wrong).unwrap_err().path, "$.request.as_of");
    }

    /// Issue #17: a case file (read by serde) refuses the first calibration key too many
    /// before it reads it, as the request reader does: at its place in the text.
    #[test]
    fn a_case_files_calibration_is_refused_at_the_first_key_too_many() {
        let case = include_str!("../../cases/ECLI_NL_RBOBR_2016_5172.json");
        let keys: Vec<String> = (0..80_000)
            .rev()
            .map(|i| format!("\"k{i:06}\":0"))
            .collect();
        let text = case.replacen(
            "\"request\": {",
            &format!("\"request\": {{\"calibration\": {{{}}},", keys.join(",")),
            1,
        );
        let e = super::parse_case(&text).unwrap_err();
        assert!(e.path.starts_with("$.request.calibration"), "{e}");
        assert!(e.expected.starts_with("at most 64 overrides"), "{e}");
        let line = text[..text.find("\"k079935\"").unwrap()].lines().count();
        assert!(
            e.expected.contains(&format!(" at line {line} column ")),
            "{e}"
        );
    }

    /// Issue #17: an error message quotes at most 80 characters of any key or value of
    /// the input, cut on a character boundary with an ellipsis, in the path as in the
    /// words; it used to quote a 500 KB key whole.
    #[test]
    fn long_keys_and_values_are_cut_in_messages() {
        use serde_json::{Value, json};
        type Edit<'a> = (&'a str, Box<dyn Fn(&mut Value) + 'a>);
        let long = format!("a\"{}", "ë".repeat(100_000));
        let l = long.as_str();
        let request: Value =
            serde_json::from_str(include_str!("../../examples/camera-theft.json")).unwrap();
        let case: Value =
            serde_json::from_str(include_str!("../../cases/ECLI_NL_RBOBR_2016_5172.json")).unwrap();
        let edits: Vec<Edit> = vec![
            ("an unknown field", Box::new(|v| v[l] = json!(1))),
            (
                "an unknown nested field",
                Box::new(|v| v["regeling"][l] = json!(1)),
            ),
            (
                "a long text of the wrong type",
                Box::new(|v| v["regeling"]["elements"][0]["measure"]["retention_days"] = json!(l)),
            ),
            (
                "an unknown code",
                Box::new(|v| v["interests"]["employer"][0]["substantiation"] = json!(l)),
            ),
            (
                "an unknown code as an object",
                Box::new(|v| v["interests"]["employer"][0]["substantiation"] = json!({l: null})),
            ),
            (
                "a date that is not one",
                Box::new(|v| v["as_of"] = json!(l)),
            ),
            (
                "an unknown calibration key",
                Box::new(|v| v["calibration"] = json!({l: "1"})),
            ),
            (
                "a reference to no element",
                Box::new(|v| v["interests"]["employer"][0]["elements"] = json!([l])),
            ),
        ];
        let check = |what: &str, e: &dyn std::fmt::Display| {
            let message = e.to_string();
            assert!(message.chars().count() < 600, "{what}: {message}");
            assert!(message.contains("ëëë"), "{what}: {message}");
            assert!(message.contains('…'), "{what}: {message}");
        };
        for (what, edit) in &edits {
            let mut v = request.clone();
            edit(&mut v);
            let text = serde_json::to_string(&v).unwrap();
            match super::evaluate_to_json(&text, crate::Lang::En) {
                Err(e) => check(what, &e),
                Ok(_) => panic!("{what}: accepted"),
            }
            // In a case file, read by serde (a calibration key is checked by `evaluate`).
            let mut c = case.clone();
            edit(&mut c["request"]);
            match super::parse_case(&super::to_json(&c)) {
                Err(e) => check(what, &e),
                Ok(c) => check(
                    what,
                    &crate::evaluate_with(&c.request, &crate::Options::without_precedents())
                        .unwrap_err(),
                ),
            }
        }
        // The decision of a case file.
        let decision: Vec<Edit> = vec![
            ("an unknown field", Box::new(|v| v[l] = json!(1))),
            ("an unknown outcome", Box::new(|v| v["outcome"] = json!(l))),
            (
                "an ECLI that is not one",
                Box::new(|v| v["ecli"] = json!(l)),
            ),
            (
                "a source that is not a URL",
                Box::new(|v| v["sources"] = json!([l])),
            ),
            ("a date that is not one", Box::new(|v| v["date"] = json!(l))),
        ];
        for (what, edit) in &decision {
            let mut c = case.clone();
            edit(&mut c["decision"]);
            check(what, &super::parse_case(&super::to_json(&c)).unwrap_err());
        }
    }

    /// Issue #17: an error in a case file's `agrees_under` patch is read from the patched
    /// request, an internal copy; its line and column are the user's file's: those of the
    /// deepest value of the patch on the error's path.
    #[test]
    fn errors_in_a_patch_point_into_the_case_file() {
        let file = include_str!("../../cases/ECLI_NL_RBUTR_2012_BY4610.json");
        let original = r#""agrees_under": { "readings": { "stage2": "cumulative" } }"#;
        let unmarked = r#""deliberate_difference": null"#;
        assert!(file.contains(unmarked));
        let marked = format!(r#""deliberate_difference": {{ "reason": "r", {original} }}"#);
        let case = &file.replacen(unmarked, &marked, 1);
        assert!(super::parse_case(case).is_ok());
        let at_patch = |patch: &str, needle: &str| {
            let text = case.replacen(original, &format!("\"agrees_under\": {patch}"), 1);
            let e = super::parse_case(&text).unwrap_err();
            let place = text.find(original.split(':').next().unwrap()).unwrap();
            let at = place + text[place..].find(needle).unwrap();
            (e, crate::syntax::path::line_column(&text, at))
        };
        let mark = "$.decision.deliberate_difference.agrees_under";
        for (patch, needle, path) in [
            (
                r#"{ "readings": { "stage2": "bogus" } }"#,
                r#""bogus""#,
                ".readings.stage2",
            ),
            (
                r#"{ "procedure": { "or_conditions": ["a",
                    5] } }"#,
                "5]",
                ".procedure.or_conditions[1]",
            ),
            // Outside the patch: at the patch, or the deepest part of it on the path.
            (r#"{ "regeling": null }"#, "{ \"regeling", ""),
            (
                r#"{ "regeling": { "elements": [] } }"#,
                "[]",
                ".regeling.elements",
            ),
            (
                r#"{ "regeling": { "elements": [{"id": "x"}] } }"#,
                "{\"id",
                ".regeling.elements[0]",
            ),
        ] {
            let (e, place) = at_patch(patch, needle);
            assert_eq!(e.path, format!("{mark}{path}"), "{patch}: {e}");
            assert!(e.expected.ends_with(&place), "{patch}: {e}, not at{place}");
            assert_eq!(e.expected.matches("(line ").count(), 1, "{e}");
        }
        // What only `evaluate` checks (a calibration key) is named under the patch too.
        let text = case.replacen(
            original,
            r#""agrees_under": { "calibration": { "nope": "1" } }"#,
            1,
        );
        let case = super::parse_case(&text).unwrap();
        let e = crate::cases::evaluate_case("f.json", &case).unwrap_err();
        assert!(
            e.to_string().starts_with(&format!(
                "f.json: at {mark}.calibration[\"nope\"]: expected "
            )),
            "{e}"
        );
    }

    #[test]
    fn cut_on_a_character_boundary() {
        let long = "ë".repeat(100);
        let cut = crate::syntax::cut(&long);
        assert_eq!(cut, format!("{}…", "ë".repeat(80)));
        assert_eq!(crate::syntax::cut("short"), "short");
        assert_eq!(crate::syntax::cut(&"x".repeat(80)), "x".repeat(80));
        assert_eq!(
            crate::syntax::quote(&long),
            format!("\"{}…\"", "ë".repeat(80))
        );
        assert_eq!(
            super::cut_quoted(&format!("`{long}`, there are no fields")),
            format!("`{}…`, there are no fields", "ë".repeat(80))
        );
        assert_eq!(super::cut_quoted("string \"a\""), "string \"a\"");
        assert_eq!(super::cut_quoted("integer `1`"), "integer `1`");
        assert_eq!(super::cut_quoted("a map"), "a map");
    }

    /// Issue #17: of two errors, the first in the text is named, in a case file read for
    /// its request too.
    #[test]
    fn of_two_errors_the_first_is_named() {
        let request = include_str!("../../examples/camera-theft.json");
        let wrong = request.replacen("\"as_of\": \"", "\"as_of\": 5, \"x\": \"", 1);
        let read = |text: &str| super::parse_request_or_case(text).unwrap_err();
        // The request's error first, then the decision's syntax error.
        let e = read(&format!(
            "{{\"request\": {wrong}, \"decision\": {{\u{1}}}}}"
        ));
        assert_eq!(e.path, "$.request.as_of", "{e}");
        // The decision's syntax error first.
        let e = read(&format!(
            "{{\"decision\": {{\u{1}}}, \"request\": {wrong}}}"
        ));
        assert!(e.expected.contains("a field name in quotes"), "{e}");
        // A plain request, and a syntax error after it.
        let e = read(&format!("{wrong} x"));
        assert_eq!(e.path, "$.as_of", "{e}");
        let e = read(&format!("{request} x"));
        assert!(e.expected.contains("the end of the JSON text"), "{e}");
    }

    #[test]
    fn layout_writes_what_serde_json_writes() {
        let request: crate::Request =
            super::parse_request(include_str!("../../examples/separable-elements.json")).unwrap();
        let value = serde_json::json!({
            "a": [], "b": {}, "c": [[], {}, [1, {"d": [true, null, "e\n\"f\""]}]], "g": 1.5,
            "h": [{"i": {}}], "j": "ë"
        });
        let pretty = |v: String| v + "\n";
        assert_eq!(
            super::to_json(&value),
            pretty(serde_json::to_string_pretty(&value).unwrap())
        );
        assert_eq!(compact(&value), serde_json::to_string(&value).unwrap());
        assert_eq!(
            super::to_json(&request),
            pretty(serde_json::to_string_pretty(&request).unwrap())
        );
        assert_eq!(compact(&request), serde_json::to_string(&request).unwrap());
    }
}
