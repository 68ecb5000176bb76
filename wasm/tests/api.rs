//! The JavaScript API's Rust side, natively: the same bytes as the engine's JSON boundary,
//! errors with their JSON path, and the embedded examples.

use kantonrechter::Lang;
use kantonrechter::json;
use kantonrechter_wasm::api;

fn examples() -> Vec<(String, serde_json::Value)> {
    let list: serde_json::Value =
        serde_json::from_str(&api::examples()).expect("examples() is JSON");
    list.as_array()
        .expect("an array")
        .iter()
        .map(|x| {
            (
                x["id"].as_str().expect("an id").to_string(),
                x["request"].clone(),
            )
        })
        .collect()
}

#[test]
fn examples_are_the_files_values_in_name_order() {
    // The same JSON values (embedded compact: wasm/build.rs), in file-name order.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("examples/")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    if !cfg!(feature = "full") {
        // The page's core module: its first example only (wasm/build.rs).
        names.retain(|n| n == "badge-repurposed.json");
    }
    let got = examples();
    assert_eq!(
        got.iter()
            .map(|(id, _)| format!("{id}.json"))
            .collect::<Vec<_>>(),
        names
    );
    for (id, request) in got {
        let text = std::fs::read_to_string(format!("{dir}/{id}.json")).expect("read");
        let file: serde_json::Value = serde_json::from_str(&text).expect("the file is JSON");
        assert_eq!(request, file, "{id}");
    }
}

#[test]
fn evaluate_is_the_engine_json_boundary_byte_for_byte() {
    for (id, request) in examples() {
        let text = serde_json::to_string(&request).expect("serialise");
        for (code, lang) in [("nl", Lang::Nl), ("en", Lang::En)] {
            let want = json::evaluate_to_json(&text, lang).expect("the example evaluates");
            assert_eq!(api::evaluate(&text, code).expect(&id), want, "{id} {code}");
        }
    }
}

#[test]
fn errors_name_the_json_path() {
    let e = api::evaluate(r#"{"as_of": "2026-13-01"}"#, "nl").unwrap_err();
    assert_eq!(e.path, "$.as_of");
    assert_eq!(e.kind, "type");
    assert!(
        e.message.starts_with("at $.as_of: expected"),
        "{}",
        e.message
    );

    let e = api::evaluate("{", "en").unwrap_err();
    assert!(e.path.starts_with('$'), "{}", e.path);
    assert_eq!(e.kind, "syntax");

    let mut request = examples().remove(0).1;
    request["regeling"]["bogus"] = serde_json::json!(1);
    let e = api::evaluate(&request.to_string(), "nl").unwrap_err();
    assert_eq!(e.path, "$.regeling.bogus", "unknown fields are errors");
    assert_eq!(e.kind, "unknown_field");

    request["regeling"].as_object_mut().unwrap().remove("bogus");
    request["as_of"] = serde_json::json!("1999-01-01");
    let e = api::evaluate(&request.to_string(), "nl").unwrap_err();
    assert_eq!((e.path.as_str(), e.kind), ("$.as_of", "no_law_for_date"));

    let e = api::evaluate("{}", "de").unwrap_err();
    assert_eq!(e.path, "lang");
    assert_eq!(e.kind, "invalid");
}

#[test]
fn whatif_matches_the_engine_and_checks_its_bound() {
    // From the file: the core module (no feature `full`) embeds only the page's first example.
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/automatic-warnings.json"
    );
    let request: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file).expect("the example")).expect("JSON");
    let text = request.to_string();
    let parsed = json::parse_request(&text).expect("parses");
    let w = kantonrechter::whatif::whatif(&parsed, &kantonrechter::whatif::Options::changes(2))
        .expect("whatif");
    assert_eq!(
        api::whatif(&text, "en", 2, None, None).expect("whatif"),
        json::whatif_to_json(&w, Lang::En)
    );
    let e = api::whatif(&text, "nl", 5, None, None).unwrap_err();
    assert_eq!(e.path, "maxChanges");
    // A side and a budget, as on the command line.
    let options = kantonrechter::whatif::Options::changes(3)
        .side(kantonrechter::ruling::Side::WorksCouncil)
        .budget(2000);
    let w = kantonrechter::whatif::whatif(&parsed, &options).expect("whatif");
    assert_eq!(
        api::whatif(&text, "nl", 3, Some("works_council"), Some(2000)).expect("whatif"),
        json::whatif_to_json(&w, Lang::Nl)
    );
    let e = api::whatif(&text, "nl", 3, Some("judge"), None).unwrap_err();
    assert_eq!(e.path, "side");
}

#[test]
fn garbage_in_gives_errors_not_panics() {
    for text in [
        "",
        "null",
        "[]",
        "\"x\"",
        "{\"as_of\": 1}",
        "{\"as_of\": \"2026-01-01\", \"regeling\": {\"title\": \"x\", \"elements\": []}}",
        &"[".repeat(10_000),
        &format!("{{\"title\": \"{}\"}}", "x".repeat(2 << 20)),
    ] {
        assert!(api::evaluate(text, "nl").is_err());
        assert!(api::whatif(text, "nl", 3, None, None).is_err());
    }
}

/// `ruling_utf8` (the npm entry module's path) is `ruling` for the same text; bytes that
/// are not UTF-8 are a syntax error at `$`, never a panic.
#[test]
fn ruling_by_bytes_is_ruling_by_text() {
    for (id, request) in examples() {
        let text = serde_json::to_string(&request).expect("serialise");
        for code in ["nl", "en"] {
            assert_eq!(
                api::ruling_utf8(text.as_bytes(), code),
                api::ruling(&text, code),
                "{id} {code}"
            );
        }
    }
    assert_eq!(
        api::ruling_utf8(b"{\"as_of\": 5}", "en"),
        api::ruling("{\"as_of\": 5}", "en")
    );
    let bad = api::ruling_utf8(b"{\"title\": \"\xff\"}", "en").expect_err("not UTF-8");
    assert_eq!((bad.kind, bad.path.as_str()), ("syntax", "$"));
    assert!(
        bad.message.contains("(line 1, column 12)"),
        "{}",
        bad.message
    );
    let mut bytes = b"{\n  \"title\": \"\xc3\xa9".to_vec();
    bytes.push(0xff);
    let bad = api::ruling_utf8(&bytes, "en").expect_err("not UTF-8");
    assert!(
        bad.message.contains("(line 2, column 14)"),
        "{}",
        bad.message
    );
}
