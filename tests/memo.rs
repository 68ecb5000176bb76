//! The memo (issue #14): the summary names the decisive facts and the margin for every
//! example and case; what it says of the readings and the margin is what the engine gives
//! when asked directly; no engine word reaches the reader; numbers are written in Dutch
//! notation in Dutch text; the decision follows the outcome.

use std::fs;
use std::path::Path;

use kantonrechter::memo::{Document, Memo};
use kantonrechter::request::{AiActSchedule, Request, Stage2Reading};
use kantonrechter::ruling::Lang;
use kantonrechter::{Outcome, json, whatif};

/// Every example's request and every decided case's, by name.
fn requests() -> Vec<(String, Request)> {
    let mut out = Vec::new();
    let mut names: Vec<_> = fs::read_dir("examples")
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    for p in names {
        let text = fs::read_to_string(&p).unwrap();
        out.push((p.display().to_string(), json::parse_request(&text).unwrap()));
    }
    let mut cases: Vec<_> = fs::read_dir("cases")
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    cases.sort();
    for p in cases {
        let text = fs::read_to_string(&p).unwrap();
        out.push((
            p.display().to_string(),
            json::parse_case(&text).unwrap().request,
        ));
    }
    assert!(out.len() >= 40, "the examples and cases are read");
    out
}

#[test]
fn every_summary_names_the_decisive_facts_and_the_margin() {
    for (name, r) in requests() {
        for lang in [Lang::Nl, Lang::En] {
            let d = Document::of(&r, lang).unwrap();
            let s = &d.memo.summary;
            assert!(!s.conclusion.is_empty(), "{name}: no conclusion");
            assert!(
                !s.decisive.is_empty(),
                "{name} ({lang:?}): no decisive fact"
            );
            assert!(!s.margin.text.is_empty(), "{name}: no margin");
            assert!(!s.robustness.is_empty(), "{name}: no word on the readings");
            assert!(!d.memo.decision.is_empty(), "{name}: no decision");
            assert!(!d.memo.costs.is_empty(), "{name}: no costs");
            assert!(!d.memo.facts.is_empty(), "{name}: no facts");
        }
    }
}

#[test]
fn the_readings_said_are_the_outcomes_under_those_readings() {
    let mut differing = 0;
    for (name, r) in requests() {
        let d = Document::of(&r, Lang::En).unwrap();
        // Three readings of ground 2 and two AI Act schedules: the other three.
        assert_eq!(d.memo.summary.readings.len(), 3, "{name}");
        for c in &d.memo.summary.readings {
            let mut q = r.clone();
            let (key, value) = c.reading.split_once(" = ").unwrap();
            match key {
                "readings.stage2" => {
                    q.readings.stage2 = match value {
                        "statute" => Stage2Reading::Statute,
                        "equal_band" => Stage2Reading::EqualBand,
                        "cumulative" => Stage2Reading::Cumulative,
                        other => panic!("{name}: unknown reading {other}"),
                    }
                }
                "readings.ai_act" => {
                    q.readings.ai_act = match value {
                        "omnibus" => AiActSchedule::Omnibus,
                        "original" => AiActSchedule::Original,
                        other => panic!("{name}: unknown schedule {other}"),
                    }
                }
                other => panic!("{name}: unknown reading key {other}"),
            }
            let o = kantonrechter::evaluate(&q).unwrap().outcome;
            assert_eq!(c.outcome, o, "{name}: {}", c.reading);
            assert_eq!(c.same, o == d.report.outcome, "{name}: {}", c.reading);
            if !c.same {
                differing += 1;
                assert!(
                    d.memo.summary.robustness.contains(&c.name),
                    "{name}: the summary does not name the reading that turns it"
                );
            }
        }
    }
    assert!(differing > 0, "some example turns on a reading");
}

#[test]
fn the_margin_is_the_nearest_flip_of_the_side_that_lost() {
    for (name, r) in requests() {
        let d = Document::of(&r, Lang::En).unwrap();
        let w = whatif::whatif(&r, &whatif::Options::default()).unwrap();
        let m = &d.memo.summary.margin;
        assert_eq!(m.side, w.side, "{name}");
        assert_eq!(
            m.changes,
            w.flips.first().map(|f| f.changes.len()),
            "{name}"
        );
        assert_eq!(m.nearest.len(), m.changes.unwrap_or(0), "{name}");
        if let Some(f) = w.flips.first() {
            let after = kantonrechter::evaluate(&whatif::apply(&r, &f.changes)).unwrap();
            assert_ne!(
                after.outcome, d.report.outcome,
                "{name}: the nearest flip flips"
            );
        }
        // Weights are shown only where the weighing, not a defect, carried the outcome.
        let defect = d.report.trace.iter().any(|s| {
            matches!(
                s.effect,
                kantonrechter::ruling::Effect::CurableDefect
                    | kantonrechter::ruling::Effect::HardDefect
            )
        });
        if defect {
            assert!(m.employer.is_none(), "{name}: weights above a defect");
        }
    }
}

fn forbidden() -> Vec<String> {
    fs::read_to_string(Path::new("tests/data/forbidden-words.txt"))
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}

/// A rule id of the catalogue (`AVG-13-14`, `WOR-27-4-GROUND1`) in running text.
fn rule_id_in(text: &str) -> Option<&'static str> {
    kantonrechter::law::CATALOGUE
        .iter()
        .map(|r| r.id.code())
        .find(|code| {
            text.match_indices(code).any(|(i, _)| {
                let after = text[i + code.len()..].chars().next();
                !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
            })
        })
}

#[test]
fn no_engine_word_reaches_the_reader() {
    let words = forbidden();
    assert!(words.iter().any(|w| w == "memory"));
    for (name, r) in requests() {
        for lang in [Lang::Nl, Lang::En] {
            let memo = Memo::of(&r, lang).unwrap();
            for text in [memo.to_text(), memo.to_markdown()] {
                let lower = text.to_lowercase();
                for w in &words {
                    assert!(
                        !lower.contains(w.as_str()),
                        "{name} ({lang:?}): the memo says {w:?}"
                    );
                }
                assert_eq!(rule_id_in(&text), None, "{name} ({lang:?}): a rule id");
            }
        }
    }
}

#[test]
fn numbers_in_dutch_text_have_a_decimal_comma() {
    for (name, r) in requests() {
        let memo = Memo::of(&r, Lang::Nl).unwrap();
        let t = format!("{} {:?}", memo.summary.margin.text, memo.summary.decisive);
        // A point between digits is a decimal point unless three digits follow it (the
        // Dutch thousands separator: € 725.000).
        let b = t.as_bytes();
        let decimal_point = (1..b.len().saturating_sub(1)).any(|i| {
            b[i] == b'.' && b[i - 1].is_ascii_digit() && {
                let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                digits > 0 && digits != 3
            }
        });
        assert!(!decimal_point, "{name}: a decimal point in Dutch: {t}");
    }
}

#[test]
fn the_decision_follows_the_outcome() {
    for (name, r) in requests() {
        let d = Document::of(&r, Lang::Nl).unwrap();
        let dictum = d.memo.decision.join(" ");
        let grants = dictum.contains("verleent");
        let refuses = dictum.contains("wijst het verzoek");
        let inadmissible = dictum.contains("niet-ontvankelijk");
        match d.report.outcome {
            Outcome::Granted => assert!(grants && !refuses && !inadmissible, "{name}"),
            Outcome::PartlyGranted => assert!(grants && refuses, "{name}"),
            Outcome::Refused | Outcome::NoConsentRequired => {
                assert!(!grants && refuses, "{name}")
            }
            Outcome::Inadmissible => assert!(inadmissible && !grants, "{name}"),
        }
    }
}

#[test]
fn the_memo_puts_the_conclusion_first_and_the_facts_before_the_reasoning() {
    let text = fs::read_to_string("examples/badge-repurposed.json").unwrap();
    let r = json::parse_request(&text).unwrap();
    let md = Memo::of(&r, Lang::Nl).unwrap().to_markdown();
    let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("no {s:?} in the memo"));
    assert!(at("## Samenvatting") < at("## De feiten"));
    assert!(at("## De feiten") < at("## De beoordeling"));
    assert!(at("## De beoordeling") < at("## De beslissing"));
    assert!(at("De kantonrechter wijst het verzoek af") < at("## De feiten"));
}

#[test]
fn the_barbulescu_factors_are_one_consideration_per_element() {
    for (name, r) in requests() {
        let d = Document::of(&r, Lang::Nl).unwrap();
        let factors_in_trace = d
            .report
            .trace
            .iter()
            .filter(|s| matches!(s.data, kantonrechter::ruling::Finding::Barbulescu { .. }))
            .count();
        let said: usize = d
            .memo
            .reasoning
            .iter()
            .flat_map(|s| &s.considerations)
            .filter(|c| c.text.contains("gezichtspunten uit Bărbulescu"))
            .count();
        let elements = r.regeling.elements.len();
        if factors_in_trace > 0 {
            assert!(
                said >= 1 && said <= elements,
                "{name}: {said} for {elements} elements"
            );
        } else {
            assert_eq!(said, 0, "{name}");
        }
    }
}

/// No Dutch sentence of the library (`src/ruling/sentences/*.toml`, what every output is made
/// of: the memo, the trace, what-if) speaks the engine's words rather than the law's.
#[test]
fn no_dutch_sentence_speaks_the_engines_words() {
    let words = [
        "poort",
        "hefboom",
        "hefbomen",
        "kalibratie",
        "kwitantie",
        "bibliotheek",
    ];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ruling/sentences");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            if let Some(nl) = line.trim_start().strip_prefix("nl =") {
                n += 1;
                let lower = nl.to_lowercase();
                for w in words {
                    assert!(!lower.contains(w), "{}: {w} in {nl}", path.display());
                }
            }
        }
    }
    assert!(n > 300, "only {n} Dutch sentences found");
}
