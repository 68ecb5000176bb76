//! One pipeline (issue #21, item 1): the typed path ([`kantonrechter::evaluate`] and
//! [`kantonrechter::json::ruling_to_json`]), the JSON path
//! ([`kantonrechter::json::evaluate_to_json`], which the WebAssembly build calls) and the
//! CLI give the same ruling, byte for byte, for the same request; what a path adds (the
//! precedent check) is an option, and the receipt records it.

use std::process::Command;

use kantonrechter::json::{evaluate_to_json, parse_request, ruling_to_json};
use kantonrechter::law::RuleId;
use kantonrechter::{Lang, Options, Request, evaluate, evaluate_with};
use proptest::prelude::*;

mod common;

/// The typed path: the ruling, its report and its memo built in code, written as JSON. The
/// report in the document is the ruling's report, byte for byte.
fn typed(request: &Request, lang: Lang) -> String {
    let document = kantonrechter::memo::Document::of(request, lang).expect("valid");
    let ruling = evaluate(request).expect("valid");
    assert_eq!(
        kantonrechter::json::to_json(&document.report),
        ruling_to_json(&ruling, lang)
    );
    kantonrechter::json::to_json(&document)
}

#[test]
fn typed_json_and_cli_paths_agree_on_every_example() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut n = 0;
    for text in common::example_texts() {
        let request = parse_request(&text).unwrap();
        for lang in [Lang::Nl, Lang::En] {
            assert_eq!(
                typed(&request, lang),
                evaluate_to_json(&text, lang).unwrap()
            );
        }
        n += 1;
    }
    assert!(n >= 10, "the examples are there");
    // The CLI, on one example per language.
    let file = format!("{dir}/badge-repurposed.json");
    let text = std::fs::read_to_string(&file).unwrap();
    for (code, lang) in [("nl", Lang::Nl), ("en", Lang::En)] {
        let out = Command::new(env!("CARGO_BIN_EXE_kantonrechter"))
            .args(["evaluate", &file, "--json", "--lang", code])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            evaluate_to_json(&text, lang).unwrap()
        );
    }
}

#[test]
fn the_precedent_check_is_an_option_the_receipt_records() {
    let request = common::example("badge-repurposed.json");
    let with = evaluate(&request).unwrap();
    let without = evaluate_with(&request, &Options::without_precedents()).unwrap();
    assert!(with.receipt.precedents);
    assert!(!without.receipt.precedents);
    let precedent = |r: &kantonrechter::Ruling| {
        r.trace
            .iter()
            .filter(|s| s.rule == RuleId::PrecedentAFortiori)
            .count()
    };
    assert!(precedent(&with) > 0);
    assert_eq!(precedent(&without), 0);
    assert_eq!(with.outcome, without.outcome);
    assert_eq!(with.receipt.input_sha256, without.receipt.input_sha256);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Random valid requests, written as JSON and read back: both paths give the same bytes.
    #[test]
    fn typed_and_json_paths_agree_on_random_requests(request in any::<Request>()) {
        let text = serde_json::to_string(&request).unwrap();
        let read = parse_request(&text).unwrap();
        prop_assert_eq!(typed(&read, Lang::En), evaluate_to_json(&text, Lang::En).unwrap());
        prop_assert_eq!(typed(&request, Lang::Nl), evaluate_to_json(&text, Lang::Nl).unwrap());
    }
}

/// The canonical form the receipt hashes leaves out what is not given, and reads back as
/// the same request: so writing a default or leaving it out hashes the same, and a request
/// stored before the format gained an optional field keeps its hash.
#[test]
fn the_canonical_form_reads_back_and_ignores_written_defaults() {
    for text in common::example_texts() {
        let request = parse_request(&text).unwrap();
        let canonical = kantonrechter::json::canonical_json(&request);
        for not_given in [":null", ":false", ":[]"] {
            assert!(!canonical.contains(not_given), "{not_given} in {canonical}");
        }
        // "unknown" is left out but where it overrides a value (an element's own AVG facts).
        for (at, _) in canonical.match_indices(":\"unknown\"") {
            let key = canonical[..at].rsplit('"').nth(1).unwrap_or("");
            assert!(
                ["staff_informed_in_advance", "dpia", "human_intervention"].contains(&key),
                "{key}: unknown in {canonical}"
            );
        }
        assert_eq!(parse_request(&canonical).unwrap(), request);
        // Every default written out: the same receipt.
        let full = kantonrechter::json::to_json(&request);
        let again = parse_request(&full).unwrap();
        assert_eq!(
            evaluate(&again).unwrap().receipt,
            evaluate(&request).unwrap().receipt
        );
    }
}

/// The receipts of the shipped examples are pinned (`tests/receipts.txt`): a change to the
/// canonical form, or to an example, shows here. If it is deliberate, say it in
/// `CHANGELOG.md` and write the file anew with `KANTONRECHTER_BLESS=1 cargo test --test
/// pipeline`.
#[test]
fn the_receipts_of_the_examples_are_pinned() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    let mut got = String::new();
    for name in &names {
        let r = evaluate(&common::example(name)).unwrap();
        got.push_str(&format!("{name} {}\n", r.receipt.input_sha256));
    }
    let pinned = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/receipts.txt");
    if std::env::var_os("KANTONRECHTER_BLESS").is_some() {
        std::fs::write(pinned, &got).unwrap();
    }
    let want = std::fs::read_to_string(pinned).unwrap_or_default();
    assert_eq!(got, want, "the receipts changed; see this test's doc");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn the_canonical_form_reads_back_on_random_requests(request in any::<Request>()) {
        let canonical = kantonrechter::json::canonical_json(&request);
        prop_assert_eq!(parse_request(&canonical).unwrap(), request);
    }
}
