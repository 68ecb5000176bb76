//! The compact ruling (issue #16, item 7): what the page rules with on every keystroke. It
//! must say what the full report says — the same outcome, ground, weights, parts, findings
//! and effects — with each rule named by id only (its title and sources are in the
//! catalogue), no memo and no receipt; its hand-written writer must give the bytes of serde's
//! compact form in ASCII (`json::to_compact_json`); and
//! the CLI, the JSON path and the receipt on demand must agree with the full pipeline.

use std::process::Command;

use kantonrechter::json::{
    compact_to_json, evaluate_to_compact, parse_request, receipt_to_json, to_compact_json, to_json,
};
use kantonrechter::{Lang, Request, evaluate};
use proptest::prelude::*;
use serde_json::Value;

mod common;

/// Check one request in one language: the compact form agrees with the report, member by
/// member, and its fast writer with serde.
fn agrees(request: &Request, text: &str, lang: Lang) -> Result<(), String> {
    let ruling = evaluate(request).map_err(|e| e.to_string())?;
    let compact = ruling.compact(lang);
    let fast = compact_to_json(&compact);
    if fast != to_compact_json(&compact) {
        return Err(format!("the fast writer differs from serde:\n{fast}"));
    }
    if evaluate_to_compact(text, lang).map_err(|e| e.to_string())? != fast {
        return Err("the JSON path differs from the typed path".into());
    }
    let c: Value = serde_json::from_str(&fast).map_err(|e| e.to_string())?;
    let r: Value =
        serde_json::from_str(&to_json(&ruling.report(lang))).map_err(|e| e.to_string())?;
    for key in [
        "format",
        "outcome",
        "ground",
        "deciding_stage",
        "summary",
        "weights",
        "parts",
        "warnings",
        "overrides",
        "law",
        "lang",
        "notice",
    ] {
        if c[key] != r[key] {
            return Err(format!("{key}: {} vs {}", c[key], r[key]));
        }
    }
    if c["precedents"] != r["receipt"]["precedents"] {
        return Err("precedents".into());
    }
    if c.get("receipt").is_some() || c.get("memo").is_some() {
        return Err("the compact form carries no receipt and no memo".into());
    }
    for list in ["trace", "flags"] {
        let (cs, rs) = (c[list].as_array(), r[list].as_array());
        let (Some(cs), Some(rs)) = (cs, rs) else {
            return Err(format!("{list} missing"));
        };
        if cs.len() != rs.len() {
            return Err(format!("{list}: {} steps vs {}", cs.len(), rs.len()));
        }
        for (cstep, rstep) in cs.iter().zip(rs) {
            for key in ["rule", "element", "finding", "effect"] {
                if cstep.get(key) != rstep.get(key) {
                    return Err(format!("{list}.{key}: {cstep} vs {rstep}"));
                }
            }
            let effect_text = cstep.get("effect_text").cloned().unwrap_or(Value::from(""));
            if effect_text != rstep["effect_text"] {
                return Err(format!("{list}.effect_text: {cstep} vs {rstep}"));
            }
            // The step's own sources come first in the report; the rest is the rule's
            // (primary, then secondary: what the page adds from the catalogue).
            let cites = cstep
                .get("cites")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let sources = rstep["sources"].as_array().cloned().unwrap_or_default();
            if sources.get(..cites.len()) != Some(&cites[..]) {
                return Err(format!("{list}.cites: {cstep} vs {rstep}"));
            }
            let id = rstep["rule"].as_str().unwrap_or_default();
            let rule = kantonrechter::law::CATALOGUE
                .iter()
                .find(|x| x.id.code() == id)
                .ok_or(format!("{id} not in the catalogue"))?;
            let labels: Vec<&str> = rule.ruling_sources().map(|s| s.label).collect();
            let rest: Vec<&str> = sources[cites.len()..]
                .iter()
                .filter_map(|s| s["label"].as_str())
                .collect();
            if rest != labels {
                return Err(format!(
                    "{id}: the report's sources are not the catalogue's"
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn the_compact_form_says_what_the_report_says_on_every_example() {
    let mut n = 0;
    for text in common::example_texts() {
        let request = parse_request(&text).unwrap();
        for lang in [Lang::Nl, Lang::En] {
            agrees(&request, &text, lang).unwrap_or_else(|e| panic!("{e}"));
        }
        n += 1;
    }
    assert!(n >= 10);
}

/// The receipt on demand is the receipt of the full pipeline, and a request that cannot be
/// ruled on has none.
#[test]
fn the_receipt_on_demand_is_the_pipelines_receipt() {
    for text in common::example_texts() {
        let request = parse_request(&text).unwrap();
        let ruling = evaluate(&request).unwrap();
        assert_eq!(receipt_to_json(&text).unwrap(), to_json(&ruling.receipt));
    }
    assert!(receipt_to_json("{}").is_err());
    assert!(receipt_to_json("[").is_err());
    // Read, but not to be ruled on: a date before the law the library knows, an unknown
    // calibration number. No ruling, so no receipt.
    let text = &common::example_texts()[0];
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    v["as_of"] = "1990-01-01".into();
    let old = v.to_string();
    assert!(evaluate(&parse_request(&old).unwrap()).is_err());
    assert!(
        receipt_to_json(&old).is_err(),
        "a receipt for a date without law"
    );
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    v["calibration"] = serde_json::json!({"k0": "1"});
    let unknown = v.to_string();
    if let Ok(request) = parse_request(&unknown) {
        assert!(evaluate(&request).is_err());
        assert!(
            receipt_to_json(&unknown).is_err(),
            "a receipt for an unknown calibration key"
        );
    }
}

/// The CLI's `--format compact` and `receipt` print the library's bytes (the WASM build's
/// `ruling()` and `receipt()` call the same functions; e2e/identity.test.js checks them).
#[test]
fn the_cli_prints_the_same_compact_ruling_and_receipt() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/camera-theft.json");
    let text = std::fs::read_to_string(file).unwrap();
    for (code, lang) in [("nl", Lang::Nl), ("en", Lang::En)] {
        let out = Command::new(env!("CARGO_BIN_EXE_kantonrechter"))
            .args(["evaluate", file, "--format", "compact", "--lang", code])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            evaluate_to_compact(&text, lang).unwrap()
        );
    }
    let out = Command::new(env!("CARGO_BIN_EXE_kantonrechter"))
        .args(["receipt", file])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        receipt_to_json(&text).unwrap()
    );
    let bad = Command::new(env!("CARGO_BIN_EXE_kantonrechter"))
        .args(["receipt", "-"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Random valid requests: the compact form agrees with the report in both languages.
    #[test]
    fn the_compact_form_agrees_on_random_requests(request in any::<Request>()) {
        let text = serde_json::to_string(&request).unwrap();
        let read = parse_request(&text).unwrap();
        prop_assert_eq!(agrees(&read, &text, Lang::Nl), Ok(()));
        prop_assert_eq!(agrees(&read, &text, Lang::En), Ok(()));
    }
}
