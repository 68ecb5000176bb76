//! What `build.rs` compiles of a case file (`build/case_base.rs`, included here as it is):
//! the request's types read from their source, every case file read, and a file it cannot
//! read named by its JSON path (the library returns that error from
//! `precedent::embedded`, it does not break the build). That the compiled-in case base
//! equals the strictly parsed files is `tests/cases.rs`'s
//! `the_embedded_case_base_is_the_directory`.

#[path = "../build/case_base.rs"]
#[allow(dead_code)]
mod case_base;

use std::fs;

use case_base::Types;

fn types() -> Types {
    let mut types = Types::default();
    let mut paths: Vec<_> = fs::read_dir("src/request")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.push("src/cases.rs".into());
    for p in paths {
        types.read(&fs::read_to_string(p).unwrap());
    }
    types
}

/// A case file around a request, with a decision that reads.
fn file(request: &str) -> String {
    format!(
        r#"{{"decision": {{"ecli": "ECLI:NL:RBOBR:2016:5172", "name": "Omron",
            "date": "2016-09-20", "outcome": "granted", "sources": ["https://example.org/"]}},
            "request": {request}}}"#
    )
}

const REQUEST: &str = r#"{"as_of": "2016-09-20", "regeling": {"title": "t", "elements": [
    {"id": "a", "description": "d", "measure": {"technology": "camera",
     "consequences": ["warning", "appraisal"]}}]}}"#;

fn path_of(text: &str) -> String {
    case_base::entry(&types(), text, 0).unwrap_err().0
}

#[test]
fn the_types_are_read_from_their_source() {
    let types = types();
    for name in [
        "Request",
        "Regeling",
        "Element",
        "Measure",
        "Procedure",
        "AvgFacts",
    ] {
        assert!(types.structs.contains_key(name), "{name}");
    }
    assert!(
        types.structs["Request"]
            .iter()
            .any(|f| f.name == "as_of" && !f.default)
    );
    assert!(
        types.structs["Request"]
            .iter()
            .any(|f| f.name == "avg" && f.default)
    );
    assert!(
        types.enums["Tri"]
            .iter()
            .any(|(c, v)| c == "yes" && v == "Yes")
    );
    assert!(types.enums.contains_key("CourtOutcome"));
    // Every field's type of the request has a form: a struct, a unit enum, or one of the
    // few of its own.
    let own = ["String", "bool", "u32", "Date", "Consequences", "Overrides"];
    let mut todo = vec!["Request"];
    let mut seen = Vec::new();
    while let Some(name) = todo.pop() {
        if seen.contains(&name) {
            continue;
        }
        seen.push(name);
        for f in &types.structs[name] {
            let mut ty = f.ty.rsplit("::").next().unwrap();
            while let Some(inner) = ty
                .strip_prefix("Option<")
                .or_else(|| ty.strip_prefix("Vec<"))
                .and_then(|t| t.strip_suffix('>'))
            {
                ty = inner;
            }
            assert!(
                own.contains(&ty) || types.structs.contains_key(ty) || types.enums.contains_key(ty),
                "{name}.{}: {}",
                f.name,
                f.ty
            );
            if types.structs.contains_key(ty) {
                todo.push(ty);
            }
        }
    }
    assert!(seen.len() > 15, "{seen:?}");
}

#[test]
fn every_case_file_compiles() {
    let types = types();
    for e in fs::read_dir("cases").unwrap() {
        let path = e.unwrap().path();
        if path.extension().is_some_and(|x| x == "json") {
            let text = fs::read_to_string(&path).unwrap();
            let (embedded, function) = case_base::entry(&types, &text, 7)
                .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
            assert!(embedded.contains("request: request_7"));
            assert!(function.starts_with("fn request_7() -> Request {"));
        }
    }
}

#[test]
fn a_request_becomes_struct_literals() {
    let (embedded, function) = case_base::entry(&types(), &file(REQUEST), 0).unwrap();
    assert!(embedded.contains("date: const { crate::Date::ymd(2016, 9, 20) }"));
    assert!(embedded.contains("outcome: CourtOutcome::Granted"));
    assert!(function.contains("technology: Technology::Camera"));
    assert!(function.contains(
        "consequences: Consequences::of(vec![Consequence::Warning, Consequence::Appraisal, ])"
    ));
    // The texts the case base never reads are left out.
    assert!(function.contains("title: String::new()"));
    assert!(!function.contains("\"d\""));
}

#[test]
fn a_case_file_that_does_not_read_names_its_json_path() {
    let with = |from: &str, to: &str| file(&REQUEST.replace(from, to));
    assert_eq!(
        path_of(&file(REQUEST).replace("2016-09-20\", \"outcome", "2016-02-30\", \"outcome")),
        "$.decision.date"
    );
    assert_eq!(
        path_of(&file(REQUEST).replace("\"granted\"", "\"grant\"")),
        "$.decision.outcome"
    );
    assert_eq!(
        path_of(&with("2016-09-20", "2016-13-01")),
        "$.request.as_of"
    );
    assert_eq!(
        path_of(&with("\"camera\"", "\"kamera\"")),
        "$.request.regeling.elements[0].measure.technology"
    );
    assert_eq!(
        path_of(&with("\"title\": \"t\", ", "\"titel\": \"t\", ")),
        "$.request.regeling"
    );
    assert_eq!(
        path_of(&with("\"as_of\": \"2016-09-20\", ", "")),
        "$.request"
    );
    assert_eq!(
        path_of(&with(
            "[\"warning\", \"appraisal\"]",
            "[\"none\", \"warning\"]"
        )),
        "$.request.regeling.elements[0].measure.consequences"
    );
    assert_eq!(
        path_of(&with(
            "\"elements\": [",
            "\"separable\": 1, \"elements\": ["
        )),
        "$.request.regeling.separable"
    );
    assert_eq!(path_of("[]"), "$");
    assert_eq!(path_of(r#"{"request": {}}"#), "$");
    assert_eq!(path_of(r#"{"decision": {}, "request": {}}"#), "$.decision");
}
