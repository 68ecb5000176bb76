//! Fuzzing the boundary (issue #17, item 7): random bytes, random JSON texts and mutated
//! requests, fed to `json::parse_request` (and the case-file readers), and, where a request
//! is read, to `evaluate` and to the JSON output (`json::evaluate_to_json`). Whatever the
//! input: no panic, every error names a JSON path starting with `$`, and the same input
//! gives the same result twice.
//!
//! The inputs are not only mutations of valid requests: arbitrary JSON trees (objects with
//! random keys and the schema's real keys and codes, lists, numbers huge, negative and
//! decimal, texts in any script, duplicate keys), nested past the reader's depth limit,
//! requests from the crate's `Arbitrary` with subtrees replaced, inserted or removed, and
//! texts with random bytes spliced in.
//!
//! `cargo test` runs 2,000 inputs from a fixed seed (deterministic, a few seconds). More,
//! and another seed, by environment variable:
//!
//! ```sh
//! FUZZ_CASES=100000 cargo test --release --test fuzz          # the long run
//! FUZZ_CASES=100000 FUZZ_SEED=7 cargo test --release --test fuzz
//! ```

use std::sync::OnceLock;

use kantonrechter::json::{evaluate_to_json, parse_case, parse_request, parse_request_or_case};
use kantonrechter::{Error, Lang, Request};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed};
use serde_json::Value;

/// The number of inputs: `FUZZ_CASES`, or 2,000.
fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000)
}

/// A fixed seed (`FUZZ_SEED` to change it), no files of failures written, no forking.
fn config() -> Config {
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(17);
    Config {
        cases: cases(),
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        max_shrink_iters: 2_000,
        ..Config::default()
    }
}

/// A JSON value as the fuzzer writes it: numbers as their text, objects with their members
/// in order and duplicates kept.
#[derive(Debug, Clone)]
enum J {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

impl J {
    fn from_value(v: &Value) -> J {
        match v {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(n) => J::Num(n.to_string()),
            Value::String(s) => J::Str(s.clone()),
            Value::Array(a) => J::Arr(a.iter().map(J::from_value).collect()),
            Value::Object(m) => J::Obj(
                m.iter()
                    .map(|(k, v)| (k.clone(), J::from_value(v)))
                    .collect(),
            ),
        }
    }

    /// The text: compact, or indented by two spaces.
    fn write(&self, out: &mut String, pretty: bool, level: usize) {
        let quote = |s: &str| serde_json::to_string(s).unwrap();
        let newline = |out: &mut String, level: usize| {
            if pretty {
                out.push('\n');
                out.push_str(&"  ".repeat(level));
            }
        };
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Num(n) => out.push_str(n),
            J::Str(s) => out.push_str(&quote(s)),
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, level + 1);
                    item.write(out, pretty, level + 1);
                }
                if !items.is_empty() {
                    newline(out, level);
                }
                out.push(']');
            }
            J::Obj(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, level + 1);
                    out.push_str(&quote(key));
                    out.push_str(if pretty { ": " } else { ":" });
                    value.write(out, pretty, level + 1);
                }
                if !members.is_empty() {
                    newline(out, level);
                }
                out.push('}');
            }
        }
    }

    fn text(&self, pretty: bool) -> String {
        let mut out = String::new();
        self.write(&mut out, pretty, 0);
        out
    }

    /// How deep lists and objects nest in it.
    fn depth(&self) -> usize {
        match self {
            J::Arr(items) => 1 + items.iter().map(J::depth).max().unwrap_or(0),
            J::Obj(members) => 1 + members.iter().map(|(_, v)| v.depth()).max().unwrap_or(0),
            _ => 0,
        }
    }

    /// How many values the tree holds (itself included).
    fn size(&self) -> usize {
        1 + match self {
            J::Arr(items) => items.iter().map(J::size).sum(),
            J::Obj(members) => members.iter().map(|(_, v)| v.size()).sum(),
            _ => 0,
        }
    }

    /// The `n`-th value in pre-order (itself is the 0th).
    fn nth(&mut self, n: usize) -> Option<&mut J> {
        if n == 0 {
            return Some(self);
        }
        let mut n = n - 1;
        let children: Vec<&mut J> = match self {
            J::Arr(items) => items.iter_mut().collect(),
            J::Obj(members) => members.iter_mut().map(|(_, v)| v).collect(),
            _ => return None,
        };
        for child in children {
            let size = child.size();
            if n < size {
                return child.nth(n);
            }
            n -= size;
        }
        None
    }
}

/// The schema's real words: every property name and code of the input schema, and the
/// calibration's keys.
fn words() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        fn collect(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::Object(m) => {
                    if let Some(Value::Object(props)) = m.get("properties") {
                        out.extend(props.keys().cloned());
                    }
                    for key in ["enum", "const"] {
                        match m.get(key) {
                            Some(Value::Array(codes)) => out
                                .extend(codes.iter().filter_map(|c| c.as_str().map(String::from))),
                            Some(Value::String(code)) => out.push(code.clone()),
                            _ => {}
                        }
                    }
                    m.values().for_each(|x| collect(x, out));
                }
                Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
                _ => {}
            }
        }
        let schema: Value = serde_json::from_str(&kantonrechter::json::input_schema()).unwrap();
        let mut out = Vec::new();
        collect(&schema, &mut out);
        out.extend(
            kantonrechter::Calibration::default()
                .entries()
                .iter()
                .map(|e| e.key.to_string()),
        );
        out.sort();
        out.dedup();
        assert!(out.len() > 100, "{}", out.len());
        out
    })
}

fn word() -> impl Strategy<Value = String> {
    prop::sample::select(words())
}

/// Numbers: small and huge, negative, decimal, with exponents, and the odd ones JSON allows.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..100).prop_map(|n| n.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        "-?(0|[1-9][0-9]{0,40})(\\.[0-9]{1,30})?([eE][+-]?[0-9]{1,4})?",
        prop::sample::select(vec![
            "-0",
            "0.0",
            "1e400",
            "-1e-400",
            "4294967296",
            "18446744073709551616",
            "79228162514264337593543950336",
            "1.5",
            "36500",
            "36501",
        ])
        .prop_map(String::from),
    ]
}

/// Texts: the schema's words, dates, decimals, any Unicode, and now and then a long one.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => word(),
        2 => "\\PC{0,24}",
        2 => "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        1 => "-?[0-9]{1,32}(\\.[0-9]{1,32})?",
        1 => any::<String>(),
        1 => (1usize..5_000, "\\PC").prop_map(|(n, c)| c.repeat(n)),
    ]
}

/// Any JSON value, a few levels deep.
fn json() -> impl Strategy<Value = J> {
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        number().prop_map(J::Num),
        text().prop_map(J::Str),
    ];
    leaf.prop_recursive(6, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(J::Arr),
            prop::collection::vec((text(), inner), 0..8).prop_map(J::Obj),
        ]
    })
}

/// A value nested around the reader's depth limit (128), under a random key of the schema.
fn deep() -> impl Strategy<Value = J> {
    (json(), 120usize..140, any::<u64>(), word()).prop_map(|(mut j, depth, bits, key)| {
        for level in 0..depth {
            j = if bits.rotate_left(level as u32) & 1 == 0 {
                J::Arr(vec![j])
            } else {
                J::Obj(vec![(key.clone(), j)])
            };
        }
        J::Obj(vec![(key, j)])
    })
}

/// What to do to a request's tree.
#[derive(Debug, Clone)]
enum Edit {
    /// Replace the chosen value.
    Replace(J),
    /// Add a member to the chosen object (perhaps one it has).
    Insert(String, J),
    /// Remove the chosen object's first member, or the list's first entry.
    Remove,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        json().prop_map(Edit::Replace),
        (word(), json()).prop_map(|(k, j)| Edit::Insert(k, j)),
        (word(), number()).prop_map(|(k, n)| Edit::Insert(k, J::Str(n))),
        Just(Edit::Remove),
    ]
}

/// A valid request (the crate's `Arbitrary`), with up to three edits at random places.
fn edited_request() -> impl Strategy<Value = J> {
    (
        any::<Request>(),
        prop::collection::vec((any::<prop::sample::Index>(), edit()), 0..4),
    )
        .prop_map(|(r, edits)| {
            let mut j = J::from_value(&serde_json::to_value(&r).unwrap());
            for (at, edit) in edits {
                let n = at.index(j.size());
                let Some(target) = j.nth(n) else { continue };
                match (edit, target) {
                    (Edit::Replace(v), t) => *t = v,
                    (Edit::Insert(k, v), J::Obj(m)) => m.push((k, v)),
                    (Edit::Remove, J::Obj(m)) if !m.is_empty() => {
                        m.remove(0);
                    }
                    (Edit::Remove, J::Arr(a)) if !a.is_empty() => {
                        a.remove(0);
                    }
                    _ => {}
                }
            }
            j
        })
}

/// A request's text with random bytes spliced in (anything, made UTF-8 as a reader would).
fn spliced_request() -> impl Strategy<Value = String> {
    (
        any::<Request>(),
        any::<bool>(),
        any::<prop::sample::Index>(),
        0usize..8,
        prop::collection::vec(any::<u8>(), 0..8),
    )
        .prop_map(|(r, pretty, at, cut, bytes)| {
            let text = if pretty {
                serde_json::to_string_pretty(&r).unwrap()
            } else {
                serde_json::to_string(&r).unwrap()
            };
            let mut b = text.into_bytes();
            let start = at.index(b.len() + 1);
            let end = (start + cut).min(b.len());
            b.splice(start..end, bytes);
            String::from_utf8_lossy(&b).into_owned()
        })
}

/// Every kind of input, as text.
fn input() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..256)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        3 => (json(), any::<bool>()).prop_map(|(j, pretty)| j.text(pretty)),
        1 => (deep(), any::<bool>()).prop_map(|(j, pretty)| j.text(pretty)),
        4 => (edited_request(), any::<bool>()).prop_map(|(j, pretty)| j.text(pretty)),
        2 => spliced_request(),
        1 => (edited_request(), json()).prop_map(|(r, d)| {
            // A case file: a decision (anything) and a request.
            J::Obj(vec![("decision".into(), d), ("request".into(), r)]).text(true)
        }),
    ]
}

/// An error names a JSON path from the top.
fn named(e: &kantonrechter::InputError) -> Result<(), TestCaseError> {
    prop_assert!(e.path.starts_with('$'), "path {:?}: {}", e.path, e);
    Ok(())
}

fn named_error(e: &Error) -> Result<(), TestCaseError> {
    match e {
        Error::Input(e) => named(e),
        other => {
            prop_assert!(other.to_string().starts_with("at $"), "{other}");
            Ok(())
        }
    }
}

/// The whole check of one input.
fn check(text: &str) -> Result<(), TestCaseError> {
    let read = parse_request(text);
    prop_assert_eq!(&read, &parse_request(text));
    for r in [parse_request_or_case(text), parse_request_or_case(text)] {
        if let Err(e) = &r {
            named(e)?;
        }
    }
    prop_assert_eq!(parse_request_or_case(text), parse_request_or_case(text));
    match parse_case(text) {
        Err(e) => named(&e)?,
        Ok(case) => {
            let r = kantonrechter::cases::evaluate_case("fuzz.json", &case);
            prop_assert_eq!(&r, &kantonrechter::cases::evaluate_case("fuzz.json", &case));
            if let Err(e) = r {
                named_error(&e.error)?;
            }
        }
    }
    let request = match read {
        Err(e) => return named(&e),
        Ok(request) => request,
    };
    let ruling = kantonrechter::evaluate(&request);
    prop_assert_eq!(&ruling, &kantonrechter::evaluate(&request));
    if let Err(e) = &ruling {
        named_error(e)?;
    }
    for lang in [Lang::Nl, Lang::En] {
        let out = evaluate_to_json(text, lang);
        prop_assert_eq!(&out, &evaluate_to_json(text, lang));
        match (&out, &ruling) {
            (Ok(json), Ok(_)) => {
                let v: Value = serde_json::from_str(json).unwrap();
                prop_assert!(v["outcome"].is_string(), "{json}");
            }
            (Err(e), Err(_)) => named_error(e)?,
            _ => prop_assert!(false, "evaluate and evaluate_to_json disagree"),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// No panic, a path from `$` for every error, the same result twice.
    #[test]
    fn the_boundary_holds_on_any_input(text in input()) {
        check(&text)?;
    }
}

/// The inputs are varied: some are read as requests and ruled on, most are refused; the
/// deep ones straddle the reader's depth limit. (Counted on a fixed number of inputs: a work
/// bound, not a clock.)
#[test]
fn the_inputs_are_varied() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::new(Config {
        rng_seed: RngSeed::Fixed(17),
        ..Config::default()
    });
    let (mut read, mut refused) = (0, 0);
    for _ in 0..300 {
        let text = input().new_tree(&mut runner).unwrap().current();
        match parse_request(&text) {
            Ok(_) => read += 1,
            Err(_) => refused += 1,
        }
    }
    assert!(
        read >= 15 && refused >= 150,
        "read {read}, refused {refused}"
    );
    let (mut within, mut beyond) = (0, 0);
    for _ in 0..40 {
        let j = deep().new_tree(&mut runner).unwrap().current();
        if j.depth() > 128 {
            beyond += 1;
        } else {
            within += 1;
        }
        check(&j.text(false)).unwrap();
    }
    assert!(within > 0 && beyond > 0, "{within} within, {beyond} beyond");
}
