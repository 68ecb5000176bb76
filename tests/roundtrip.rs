//! Outputs that round-trip (issue #21, item 5): the report, the compact ruling, the receipt
//! and the document (report and memo) read back from the JSON the library writes give the
//! same values, and written again the same bytes, for every example in both languages. The
//! warnings are typed on the ruling, and the report's texts are made from them.

use kantonrechter::json::{
    compact_to_json, evaluate_to_json, parse_request, receipt_to_json, ruling_to_json, to_json,
};
use kantonrechter::memo::Document;
use kantonrechter::ruling::{Compact, Receipt, Report, Warning};
use kantonrechter::{Decimal, Lang, evaluate};

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
