//! Errors and limits an application can act on (issue #21, item 4): every kind of
//! [`ErrorKind`] from a representative bad input, with its path and, where the text gives
//! it, its line and column; the input limits ([`kantonrechter::limits`]) in the input schema,
//! and a request at each limit accepted while one beyond it is refused.

use kantonrechter::json::{input_schema, parse_case, parse_request};
use kantonrechter::limits::*;
use kantonrechter::{Error, ErrorKind, evaluate_with};
use serde_json::{Value, json};

const EXAMPLE: &str = include_str!("../examples/camera-theft.json");

fn example() -> Value {
    serde_json::from_str(EXAMPLE).unwrap()
}

/// The kind and path of the error of a request's text, read and evaluated.
fn error_of(text: &str) -> Error {
    match parse_request(text) {
        Err(e) => Error::Input(e),
        Ok(r) => evaluate_with(&r, &kantonrechter::Options::without_precedents())
            .expect_err("a bad request"),
    }
}

fn edited(edit: impl FnOnce(&mut Value)) -> String {
    let mut v = example();
    edit(&mut v);
    serde_json::to_string_pretty(&v).unwrap()
}

#[test]
fn every_kind_from_a_representative_bad_input() {
    let cases: Vec<(ErrorKind, String, &str)> = vec![
        (
            ErrorKind::Syntax,
            EXAMPLE.replacen("\"as_of\": ", "\"as_of\" ", 1),
            "$",
        ),
        (
            ErrorKind::Syntax,
            EXAMPLE[..EXAMPLE.len() / 2].to_string(),
            "",
        ),
        (
            ErrorKind::Type,
            edited(|v| v["as_of"] = json!(5)),
            "$.as_of",
        ),
        (
            ErrorKind::Type,
            edited(|v| v["as_of"] = json!("2026-02-30")),
            "$.as_of",
        ),
        (
            ErrorKind::Type,
            edited(|v| v["calibration"] = json!({"scale.light": 0.5})),
            "$.calibration[\"scale.light\"]",
        ),
        (
            ErrorKind::UnknownField,
            edited(|v| v["regeling"]["colour"] = json!("red")),
            "$.regeling.colour",
        ),
        (
            ErrorKind::DuplicateField,
            EXAMPLE.replacen("{", "{\"as_of\": \"2026-01-01\",", 1),
            "$.as_of",
        ),
        (
            ErrorKind::Missing,
            edited(|v| {
                v.as_object_mut().unwrap().remove("regeling");
            }),
            "$",
        ),
        (
            ErrorKind::UnknownCode,
            edited(|v| v["procedure"]["or_decision"] = json!("maybe")),
            "$.procedure.or_decision",
        ),
        (
            ErrorKind::Limit,
            edited(|v| v["title"] = json!("x".repeat(MAX_TEXT + 1))),
            "$.title",
        ),
        (
            ErrorKind::Limit,
            edited(|v| v["calibration"] = json!({"scale.light": "1001"})),
            "$.calibration[\"scale.light\"]",
        ),
        (
            ErrorKind::Limit,
            format!("{EXAMPLE}{}", " ".repeat(MAX_INPUT_BYTES)),
            "$",
        ),
        (
            ErrorKind::UnknownCalibrationKey,
            edited(|v| v["calibration"] = json!({"scale.enormous": "1"})),
            "$.calibration[\"scale.enormous\"]",
        ),
        (
            ErrorKind::FormatVersion,
            edited(|v| v["format"] = json!("2")),
            "$.format",
        ),
        (
            ErrorKind::Invalid,
            edited(|v| {
                let el = v["regeling"]["elements"][0].clone();
                v["regeling"]["elements"].as_array_mut().unwrap().push(el);
            }),
            "$.regeling.elements[1].id",
        ),
        (
            ErrorKind::Invalid,
            edited(|v| v["interests"]["employer"][0]["elements"] = json!(["nowhere"])),
            "$.interests.employer[0].elements[0]",
        ),
        (
            ErrorKind::NoLawForDate,
            edited(|v| v["as_of"] = json!("1999-01-01")),
            "$.as_of",
        ),
    ];
    for (kind, text, path) in &cases {
        let e = error_of(text);
        assert_eq!(e.kind(), *kind, "{e}");
        if !path.is_empty() {
            assert_eq!(e.path(), *path, "{e}");
        }
        // Read from a text: the line and column are known, and point into it.
        let read = matches!(&e, Error::Input(i) if i.expected.contains("(line "));
        assert_eq!(e.line().is_some(), read, "{e}");
        assert_eq!(e.column().is_some(), read, "{e}");
        if let Some(line) = e.line() {
            assert!(line >= 1 && line <= text.lines().count().max(1), "{e}");
            assert!(e.column().unwrap() >= 1, "{e}");
        }
        assert!(!kind.code().is_empty());
    }
}

#[test]
fn line_and_column_of_a_reader_error() {
    // The value 5 is on line 2, column 13.
    let e = parse_request("{\n  \"as_of\": 5}").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Type);
    assert_eq!((e.line(), e.column()), (Some(2), Some(12)), "{e}");
    // A typed request checked by `evaluate` has no text: no position.
    let mut r = parse_request(EXAMPLE).unwrap();
    r.regeling.elements.clear();
    let e = evaluate_with(&r, &kantonrechter::Options::without_precedents()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Invalid);
    assert_eq!((e.line(), e.column()), (None, None));
}

#[test]
fn a_case_file_read_by_serde_has_kinds_too() {
    let case = include_str!("../cases/ECLI_NL_RBOBR_2016_5172.json");
    let mut v: Value = serde_json::from_str(case).unwrap();
    v["decision"]["colour"] = json!(1);
    let e = parse_case(&serde_json::to_string_pretty(&v).unwrap()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownField, "{e}");
    assert!(e.line().is_some(), "{e}");
    let mut v: Value = serde_json::from_str(case).unwrap();
    v["request"]["procedure"]["or_decision"] = json!("maybe");
    let e = parse_case(&serde_json::to_string_pretty(&v).unwrap()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownCode, "{e}");
    let e = parse_case("{\"decision\": ").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Syntax, "{e}");
}

#[test]
fn calibration_errors_are_input_errors() {
    let mut c = kantonrechter::Calibration::default();
    let e = c.set("scale.enormous", 1.into()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownCalibrationKey);
    assert_eq!(e.path, "$.calibration[\"scale.enormous\"]");
    let e = c
        .set("scale.light", (MAX_CALIBRATION_VALUE + 1).into())
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Limit);
    assert!(c.set("scale.light", MAX_CALIBRATION_VALUE.into()).is_ok());
}

/// The schema's value at a property of a definition (`""`: the root).
fn schema_at<'s>(schema: &'s Value, def: &str, property: &str) -> &'s Value {
    let owner = if def.is_empty() {
        schema
    } else {
        &schema["$defs"][def]
    };
    &owner["properties"][property]
}

#[test]
fn the_schema_states_the_limits() {
    let schema: Value = serde_json::from_str(&input_schema()).unwrap();
    let n = |v: &Value| v.as_u64().map(|n| n as usize);
    let checks: &[(&str, &str, &str, usize)] = &[
        ("", "title", "maxLength", MAX_TEXT),
        ("", "calibration", "maxProperties", MAX_OVERRIDES),
        ("Regeling", "subjects", "maxItems", MAX_SUBJECTS),
        ("Regeling", "elements", "maxItems", MAX_ELEMENTS),
        ("Regeling", "elements", "minItems", 1),
        ("Element", "id", "maxLength", MAX_ID),
        ("Element", "description", "maxLength", MAX_TEXT),
        ("Measure", "observes", "maxItems", MAX_LIST),
        (
            "Measure",
            "retention_days",
            "maximum",
            MAX_RETENTION_DAYS as usize,
        ),
        ("Interests", "employer", "maxItems", MAX_INTERESTS),
        ("Interests", "works_council", "maxItems", MAX_INTERESTS),
        ("EmployerInterest", "statement", "maxLength", MAX_TEXT),
        ("OrInterest", "elements", "maxItems", MAX_ELEMENTS),
        ("AvgFacts", "alternatives", "maxItems", MAX_ALTERNATIVES),
    ];
    for &(def, property, keyword, limit) in checks {
        let at = schema_at(&schema, def, property);
        assert_eq!(n(&at[keyword]), Some(limit), "{def}.{property}: {at}");
    }
    assert_eq!(
        n(&schema_at(&schema, "Procedure", "or_conditions")["items"]["maxLength"]),
        Some(MAX_TEXT)
    );
}

/// A request at each limit is accepted; one beyond it is refused with kind `Limit` at the
/// path of the value, as the schema says.
#[test]
fn at_the_limit_passes_and_beyond_it_fails() {
    type Edit = Box<dyn Fn(&mut Value, usize)>;
    let element = |i: usize| {
        let mut el = example()["regeling"]["elements"][0].clone();
        el["id"] = json!(format!("e{i}"));
        el
    };
    let limits: Vec<(&str, usize, &str, Edit)> = vec![
        (
            "elements",
            MAX_ELEMENTS,
            "$.regeling.elements",
            Box::new(move |v, n| v["regeling"]["elements"] = (0..n).map(element).collect()),
        ),
        (
            "a statement",
            MAX_TEXT,
            "$.interests.employer[0].statement",
            Box::new(|v, n| v["interests"]["employer"][0]["statement"] = json!("ë".repeat(n))),
        ),
        (
            "an id",
            MAX_ID,
            "$.regeling.elements[0].id",
            Box::new(|v, n| {
                v["regeling"]["elements"][0]["id"] = json!("i".repeat(n));
                v["interests"]["employer"][0]["elements"] = json!([]);
            }),
        ),
        (
            "interests",
            MAX_INTERESTS,
            "$.interests.works_council",
            Box::new(|v, n| {
                let x = v["interests"]["works_council"][0].clone();
                v["interests"]["works_council"] = (0..n).map(|_| x.clone()).collect();
            }),
        ),
        (
            "evidence",
            MAX_LIST,
            "$.interests.employer[0].evidence",
            Box::new(|v, n| {
                v["interests"]["employer"][0]["evidence"] =
                    (0..n).map(|i| json!(format!("doc {i}"))).collect()
            }),
        ),
        (
            "retention days",
            MAX_RETENTION_DAYS as usize,
            "$.regeling.elements[0].measure.retention_days",
            Box::new(|v, n| v["regeling"]["elements"][0]["measure"]["retention_days"] = json!(n)),
        ),
    ];
    for (what, limit, path, edit) in &limits {
        let text = edited(|v| edit(v, *limit));
        let r = parse_request(&text).unwrap_or_else(|e| panic!("{what} at the limit: {e}"));
        evaluate_with(&r, &kantonrechter::Options::without_precedents())
            .unwrap_or_else(|e| panic!("{what} at the limit: {e}"));
        let e = error_of(&edited(|v| edit(v, limit + 1)));
        assert_eq!(e.kind(), ErrorKind::Limit, "{what}: {e}");
        assert_eq!(e.path(), *path, "{what}: {e}");
    }
    // Overrides: counted where the text is read, before the keys are known.
    let keys = |n: usize| -> Value {
        (0..n)
            .map(|i| (format!("k{i}"), json!("1")))
            .collect::<serde_json::Map<_, _>>()
            .into()
    };
    assert!(parse_request(&edited(|v| v["calibration"] = keys(MAX_OVERRIDES))).is_ok());
    let e = parse_request(&edited(|v| v["calibration"] = keys(MAX_OVERRIDES + 1))).unwrap_err();
    assert_eq!(
        (e.kind(), e.path.as_str()),
        (ErrorKind::Limit, "$.calibration")
    );
}
