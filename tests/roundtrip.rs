//! Outputs that round-trip (issue #21, item 5): the report, the compact ruling, the receipt
//! and the document (report and memo) read back from the JSON the library writes give the
//! same values, and written again the same bytes, for every example in both languages. The
//! warnings are typed on the ruling, and the report's texts are made from them. Every
//! decimal an output writes is in normal form.

use kantonrechter::json::{
    compact_to_json, evaluate_to_json, parse_request, receipt_to_json, ruling_to_json, to_json,
};
use kantonrechter::memo::Document;
use kantonrechter::ruling::{Compact, Receipt, Report, Warning};
use kantonrechter::{Decimal, Lang, Request, evaluate};
use proptest::prelude::*;

mod common;

#[test]
fn every_output_reads_back_as_it_was_written() {
    let mut n = 0;
    for text in common::example_texts() {
        let request = parse_request(&text).unwrap();
        let ruling = evaluate(&request).unwrap();
        for lang in [Lang::Nl, Lang::En] {
            let json = ruling_to_json(&ruling, lang);
            let report: Report = serde_json::from_str(&json).unwrap();
            assert_eq!(report, ruling.report(lang));
            assert_eq!(to_json(&report), json);

            let compact = ruling.compact(lang);
            let json = compact_to_json(&compact);
            let back: Compact = serde_json::from_str(&json).unwrap();
            assert_eq!(back, compact);
            assert_eq!(compact_to_json(&back), json);

            let json = evaluate_to_json(&text, lang).unwrap();
            let document: Document = serde_json::from_str(&json).unwrap();
            assert_eq!(document, Document::of(&request, lang).unwrap());
            assert_eq!(to_json(&document), json);
        }
        let json = receipt_to_json(&text).unwrap();
        let receipt: Receipt = serde_json::from_str(&json).unwrap();
        assert_eq!(receipt, ruling.receipt);
        assert_eq!(to_json(&receipt), json);
        n += 1;
    }
    assert!(n >= 40, "{n} examples");
}

#[test]
fn warnings_are_typed_and_the_report_writes_their_text() {
    let mut request = common::example("camera-theft.json");
    request.as_of = kantonrechter::law::KNOWN_UNTIL.plus_one_month();
    request
        .calibration
        .insert("scale.light".into(), "1.5".parse().unwrap());
    let ruling = evaluate(&request).unwrap();
    let warnings = ruling.warnings();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(matches!(
        &warnings[0],
        Warning::LawKnownUntil { as_of, known_until }
            if *as_of == request.as_of && *known_until == kantonrechter::law::KNOWN_UNTIL
    ));
    assert!(matches!(
        &warnings[1],
        Warning::CalibrationOverridden { key, value, default }
            if key == "scale.light" && *value == Decimal::new(15, 1) && *default == Decimal::ONE
    ));
    for lang in [Lang::Nl, Lang::En] {
        let texts: Vec<String> = warnings.iter().map(|w| w.text(lang)).collect();
        assert_eq!(ruling.report(lang).warnings, texts);
        assert_eq!(ruling.compact(lang).warnings, texts);
    }
    // A ruling on the law as known, without overrides, has none.
    let plain = evaluate(&common::example("camera-theft.json")).unwrap();
    assert!(plain.warnings().is_empty());
}

/// The decimals in a JSON text that are not in normal form: every string value that is a
/// decimal with a point (`"1.50"`, `"2.0"`) and ends in a zero, and `"-0"`. Strings under
/// `statement`, `description` and the like are the parties' words, not numbers: only values
/// that are decimals whole are read, and the random requests' words are letters.
fn not_normal(json: &str) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => {
                let (int, frac) = s.split_once('.').unwrap_or((s, ""));
                let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
                let int = int.strip_prefix('-').unwrap_or(int);
                let decimal = digits(int) && (frac.is_empty() || digits(frac));
                if decimal && (frac.ends_with('0') || s == "-0") {
                    out.push(s.clone());
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(members) => members.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::from_str(json).unwrap(), &mut out);
    out
}

/// Every JSON output of a request: the document (report and memo) in both languages, the
/// compact ruling, the receipt, and the nearest decided cases.
fn outputs(request: &Request) -> Vec<String> {
    let text = serde_json::to_string(request).unwrap();
    let mut all = vec![receipt_to_json(&text).unwrap()];
    for lang in [Lang::Nl, Lang::En] {
        all.push(evaluate_to_json(&text, lang).unwrap());
        all.push(kantonrechter::json::evaluate_to_compact(&text, lang).unwrap());
    }
    let ruling = evaluate(request).unwrap();
    let base = kantonrechter::precedent::embedded().unwrap();
    let near = kantonrechter::precedent::similar(request, ruling.outcome, base, 5);
    all.push(to_json(&near));
    all
}

/// Decimals are written in normal form (`Decimal::normalize`: no trailing zeros, `-0` as
/// `0`), as the memo's sentences write them. The running example weighs each of the
/// employer's two plausible interests at 2 × 1 × 0.5; with reliability 0.500 (an override
/// written with its scale) the engine holds 1.000 and 2.000, which every output writes as
/// `"1"` and `"2"`, the override itself as `"0.5"`.
#[test]
fn decimals_are_written_in_normal_form() {
    let mut request = common::example("badge-repurposed.json");
    request
        .calibration
        .insert("reliability.plausible".into(), "0.500".parse().unwrap());
    let ruling = evaluate(&request).unwrap();
    let weights = ruling.weights.unwrap();
    assert_eq!(
        weights.employer.to_string(),
        "2.000",
        "the engine keeps the scale"
    );
    let compact = compact_to_json(&ruling.compact(Lang::Nl));
    assert!(
        compact.contains(r#""weights":{"employer":"2","works_council":"1"}"#),
        "{compact}"
    );
    assert!(
        compact.contains(r#""side":"employer","weight":"1"}"#),
        "{compact}"
    );
    let report = ruling_to_json(&ruling, Lang::En);
    assert!(report.contains(r#""value": "0.5","#), "{report}");
    for json in outputs(&request) {
        assert_eq!(not_normal(&json), Vec::<String>::new());
    }
    // The memo's sentences say the same numbers: 0,5 in Dutch, and the product 1.
    let memo = kantonrechter::memo::Memo::of(&request, Lang::Nl)
        .unwrap()
        .to_text();
    assert!(
        memo.contains("betrouwbaarheid 0,5 (aannemelijk gemaakt) = 1."),
        "{memo}"
    );
    // Read back, the value is the same (a `Decimal` compares by value).
    let back: Report = serde_json::from_str(&report).unwrap();
    assert_eq!(back.weights, ruling.weights);
}

/// A calibration override with trailing zeros (the value times ten to the `zeros`), so that
/// the engine's products carry them.
fn scaled() -> impl Strategy<Value = Vec<(&'static str, Decimal)>> {
    let keys = [
        "reliability.plausible",
        "scale.moderate",
        "scale.serious",
        "abstract_weight.employer",
        "abstract_weight.privacy",
    ];
    proptest::collection::vec((0..keys.len(), 1i64..=40, 0u32..=3), 0..=3).prop_map(move |v| {
        v.into_iter()
            .map(|(k, tenths, zeros)| (keys[k], Decimal::new(tenths * 10i64.pow(zeros), 1 + zeros)))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// On random requests, with overrides written with trailing zeros, no output writes a
    /// decimal with a trailing zero after the point.
    #[test]
    fn every_decimal_written_is_normal_on_random_requests(
        mut request in any::<Request>(),
        overrides in scaled(),
    ) {
        for (key, value) in overrides {
            request.calibration.insert(key.into(), value);
        }
        for json in outputs(&request) {
            prop_assert_eq!(not_normal(&json), Vec::<String>::new());
        }
    }
}
