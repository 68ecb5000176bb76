//! The request reader (`json::parse_request`, hand-written for the WebAssembly module's
//! size) against the types' serde `Deserialize` (what embedders who use serde get): the
//! same requests accepted, read to equal values, on arbitrary requests and on example
//! files corrupted byte by byte. `tests/json_paths.rs` checks that errors are at the same
//! JSON path.
//!
//! Two deliberate differences, both outside the input schema and both stricter than
//! serde, are recognised by their message and counted, not failed: a struct written as a
//! JSON list (serde reads its fields by position) and a calibration key given twice
//! (serde keeps the last).

use kantonrechter::Request;
use kantonrechter::json::parse_request;
use proptest::prelude::*;

/// A request read, then checked as `evaluate` checks it (validation, the calibration's
/// keys and ranges): the request, or the error in words.
fn checked(read: Result<Request, String>) -> Result<Request, String> {
    let r = read?;
    match kantonrechter::evaluate(&r) {
        Err(kantonrechter::Error::Input(e)) => Err(e.to_string()),
        _ => Ok(r),
    }
}

/// What serde says of a text.
fn serde_reading(text: &str) -> Result<Request, String> {
    checked(serde_json::from_str(text).map_err(|e| e.to_string()))
}

/// Whether an error of the reader is one of the two deliberate differences.
fn deliberate(message: &str) -> bool {
    (message.contains("expected an object (") && message.contains("found a list"))
        || (message.contains("expected the key `") && message.contains("` only once"))
}

/// Compare the two readings of a text; `Err` names a disagreement. `Ok(true)` if the
/// reader refused on purpose what serde accepts.
fn agree(text: &str) -> Result<bool, String> {
    let ours = checked(parse_request(text).map_err(|e| e.to_string()));
    let theirs = serde_reading(text);
    match (ours, theirs) {
        (Ok(a), Ok(b)) if a == b => Ok(false),
        (Ok(a), Ok(b)) => Err(format!("different values:\n{a:?}\n{b:?}")),
        (Err(_), Err(_)) => Ok(false),
        (Err(e), Ok(_)) if deliberate(&e) => Ok(true),
        (Err(e), Ok(_)) => Err(format!("only serde accepts it; ours: {e}")),
        (Ok(_), Err(e)) => Err(format!("only ours accepts it; serde: {e}")),
    }
}

mod common;
use common::example_texts as examples;

/// Snippets that make JSON text wrong in the ways people (and editors) do, or right in
/// the ways JSON allows that the examples do not use.
const SNIPPETS: &[&str] = &[
    "",
    " ",
    ",",
    ":",
    "{",
    "}",
    "[",
    "]",
    "\"",
    "\\",
    "null",
    "true",
    "0",
    "-0",
    "1.5",
    "1e2",
    "-1",
    "4294967296",
    "18446744073709551616",
    "\"x\"",
    "[]",
    "{}",
    "\\u00e9",
    "\\ud83d",
    "\\ud83d\\ude00",
    "\\n",
    "\t",
    "\u{1}",
    "é",
    "\"zz\": 1, ",
    "{\"yes\": null}",
    "\"2026-02-30\"",
    "\"0.5\"",
    "// c",
    "01",
    ".5",
    "1.",
    "NaN",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Any request, written by serde (pretty or compact), reads back equal.
    #[test]
    fn arbitrary_requests_read_back(r in any::<Request>()) {
        for text in [serde_json::to_string_pretty(&r).unwrap(), serde_json::to_string(&r).unwrap()] {
            let back = parse_request(&text);
            prop_assert!(back.as_ref().is_ok_and(|b| *b == r), "{:?}\n{}", back.err(), text);
        }
    }

    /// An example with one stretch of text replaced by a snippet: both readers accept it
    /// or both refuse it, and what they accept is the same request. Never a panic.
    #[test]
    fn corrupted_examples_are_read_as_serde_reads_them(
        which in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        cut in 0usize..4,
        snippet in prop::sample::select(SNIPPETS),
    ) {
        let examples = examples();
        let text = which.get(&examples);
        let start = at.index(text.len());
        let end = (start + cut).min(text.len());
        prop_assume!(text.is_char_boundary(start) && text.is_char_boundary(end));
        let corrupted = format!("{}{snippet}{}", &text[..start], &text[end..]);
        let agreed = agree(&corrupted);
        prop_assert!(agreed.is_ok(), "{}\n{corrupted}", agreed.unwrap_err());
    }
}

/// Every example, and every place in it, with every snippet: the exhaustive version of the
/// property above on the first example's opening, where the structure is densest.
#[test]
fn every_snippet_at_every_place_near_the_top() {
    let text = &examples()[0];
    let (mut checked, mut deliberate) = (0, 0);
    for start in (0..text.len().min(400)).filter(|&i| text.is_char_boundary(i)) {
        for snippet in SNIPPETS {
            for cut in [0, 1] {
                let end = (start + cut).min(text.len());
                if !text.is_char_boundary(end) {
                    continue;
                }
                let corrupted = format!("{}{snippet}{}", &text[..start], &text[end..]);
                match agree(&corrupted) {
                    Ok(d) => deliberate += usize::from(d),
                    Err(e) => panic!("{e}\n{corrupted}"),
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000, "{checked}");
    assert!(deliberate < checked / 100, "{deliberate} of {checked}");
}

/// Values of every JSON type and edge, for `every_value_replaced`.
const VALUES: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-0",
    "7",
    "-1",
    "1.5",
    "1e2",
    "4294967295",
    "4294967296",
    "9223372036854775808",
    "18446744073709551616",
    "\"\"",
    "\"x\"",
    "\"yes\"",
    "\"0.5\"",
    "\"2026-02-30\"",
    "\"2024-02-29\"",
    "\"1e2\"",
    "\"1_0\"",
    "\"-0.25\"",
    "[]",
    "[null]",
    "[\"yes\"]",
    "{}",
    "{\"yes\": null}",
    "{\"yes\": 1}",
    "{\"yes\": null, \"no\": null}",
    "{\"\\u0079es\": null}",
];

/// Every value in every example (objects and lists too) replaced by each of `VALUES`.
#[test]
fn every_value_replaced() {
    fn pointers(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    pointers(x, format!("{at}/{k}"), out);
                }
            }
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    pointers(x, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
        out.push(at);
    }
    let (mut checked, mut deliberate) = (0, 0);
    for text in examples() {
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        // With a calibration override, so that its value is replaced too.
        v["calibration"] = serde_json::json!({"reliability.plausible": "0.5"});
        let mut at = Vec::new();
        pointers(&v, String::new(), &mut at);
        for pointer in at.iter().filter(|p| !p.is_empty()) {
            for value in VALUES {
                let mut w = v.clone();
                *w.pointer_mut(pointer).unwrap() = serde_json::Value::String("\u{1}HOLE".into());
                let corrupted =
                    serde_json::to_string_pretty(&w)
                        .unwrap()
                        .replacen("\"\\u0001HOLE\"", value, 1);
                match agree(&corrupted) {
                    Ok(d) => deliberate += usize::from(d),
                    Err(e) => panic!("{pointer} = {value}: {e}"),
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 5_000, "{checked}");
    assert!(
        deliberate > 0 && deliberate < checked / 20,
        "{deliberate} of {checked}"
    );
}

/// The deliberate differences exist, and are recognised as such.
#[test]
fn the_deliberate_differences() {
    let text = &examples()[0];
    let listed = text.replacen("\"readings\": {", "\"readings\": [], \"x\": {", 1);
    if listed != *text {
        let e = parse_request(&listed).unwrap_err();
        assert_eq!(e.path, "$.readings", "{e}");
        assert!(deliberate(&e.to_string()), "{e}");
    }
    let object = serde_json::from_str::<serde_json::Value>(text).unwrap();
    let mut object = object.as_object().unwrap().clone();
    object.insert("calibration".into(), serde_json::json!({}));
    let with_calibration = serde_json::to_string(&object).unwrap();
    let twice = with_calibration.replacen(
        "\"calibration\":{}",
        "\"calibration\":{\"stage2.weighty_threshold\":\"1\",\"stage2.weighty_threshold\":\"1\"}",
        1,
    );
    assert_ne!(twice, with_calibration);
    let e = parse_request(&twice).unwrap_err();
    assert!(deliberate(&e.to_string()), "{e}");
    assert!(serde_json::from_str::<Request>(&twice).is_ok());
}

/// Syntax: what JSON allows is read as JSON means it, what it does not is refused with the
/// path and position of the fault.
#[test]
fn json_syntax() {
    let text = &examples()[0];
    let with_title = |title: &str| {
        let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
        v["title"] = serde_json::Value::Null;
        serde_json::to_string(&v).unwrap().replacen(
            "\"title\":null",
            &format!("\"title\":{title}"),
            1,
        )
    };
    let title = |t: &str| parse_request(&with_title(t)).map(|r| r.title.unwrap_or_default());
    assert_eq!(
        title(r#""a\"b\\c\/d\b\f\n\r\t""#).unwrap(),
        "a\"b\\c/d\u{8}\u{c}\n\r\t"
    );
    assert_eq!(title(r#""\u00e9\ud83d\ude00""#).unwrap(), "é😀");
    assert_eq!(title("null").unwrap(), "");
    for bad in [
        r#""\ud83d""#,
        r#""\ude00""#,
        r#""\x""#,
        "\"\u{1}\"",
        "'a'",
        "\"a",
        "tru",
    ] {
        let e = parse_request(&with_title(bad)).unwrap_err();
        assert_eq!(e.path, "$.title", "{bad}: {e}");
        assert!(e.expected.contains("(line 1, column "), "{bad}: {e}");
    }
    // Nested deeper than the parser goes (128, as serde_json): a list is not a title, as
    // serde says too, before it would count the depth (`tree.rs` tests the limit).
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let e = parse_request(&with_title(&deep)).unwrap_err();
    assert_eq!(e.path, "$.title", "{e}");
    assert!(e.expected.contains("found a list"), "{e}");
    assert!(serde_json::from_str::<Request>(&with_title(&deep)).is_err());
    for bad in [
        "{} x",
        "{},",
        "",
        "{\"as_of\": 01}",
        "{\"as_of\": 1.}",
        "{\"as_of\": -}",
    ] {
        assert!(parse_request(bad).is_err(), "{bad}");
    }
}
