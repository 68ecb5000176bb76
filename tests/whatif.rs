//! What would change the outcome (issue 4): every example and every case file gets its
//! minimal flips, or plainly none within three changes; every flip re-evaluates to its
//! outcome, is minimal, and the optimised search finds exactly what the exhaustive one does.

use kantonrechter::request::Request;
use kantonrechter::whatif::{self, Lever, WhatIf};
use kantonrechter::{Lang, Outcome};

fn files(dir: &str) -> Vec<(String, Request)> {
    let dir = format!("{}/{dir}", env!("CARGO_MANIFEST_DIR"));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut v: Vec<(String, Request)> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p:?}: {e}"));
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let r = kantonrechter::json::parse_request_or_case(&text)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, r)
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn outcome(r: &Request) -> Outcome {
    kantonrechter::evaluate(r)
        .unwrap_or_else(|e| panic!("{e}"))
        .outcome
}

/// The checks every result must pass: each flip re-evaluates (with `evaluate`) to its
/// claimed outcome, which differs from the base; it is minimal (no proper subset flips);
/// its request is what its levers make of the input; the flips are ordered.
fn check(name: &str, r: &Request, w: &WhatIf) {
    assert_eq!(w.outcome, outcome(r), "{name}");
    for f in &w.flips {
        let ids: Vec<&str> = f.changes.iter().map(|l| l.id.as_str()).collect();
        assert_ne!(f.outcome, w.outcome, "{name} {ids:?}");
        assert_eq!(outcome(&f.request), f.outcome, "{name} {ids:?}");
        assert_eq!(whatif::apply(r, &f.changes), f.request, "{name} {ids:?}");
        assert!(!f.changes.is_empty() && f.changes.len() <= w.max_changes);
        assert_eq!(f.cost, f.changes.iter().map(|l| l.cost).sum::<u32>());
        // Minimal: dropping any one lever (and so any proper subset's superset chain)
        // leaves the outcome as it was.
        let n = f.changes.len();
        for mask in 0..(1u32 << n) - 1 {
            let sub: Vec<Lever> = (0..n)
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| f.changes[i].clone())
                .collect();
            assert_eq!(
                outcome(&whatif::apply(r, &sub)),
                w.outcome,
                "{name}: {ids:?} is not minimal (mask {mask:b})"
            );
        }
        // Every lever of a flip is one the search considered, with both sentences.
        for l in &f.changes {
            assert!(w.levers.contains(l), "{name}: {}", l.id);
            assert!(!l.nl.is_empty() && !l.en.is_empty() && l.nl != l.en);
        }
        // The modified request survives the JSON round trip as valid input.
        let text = kantonrechter::json::to_json(&f.request);
        assert_eq!(
            kantonrechter::json::parse_request(&text).unwrap(),
            f.request
        );
    }
    for pair in w.flips.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            (a.changes.len(), a.cost) <= (b.changes.len(), b.cost),
            "{name}: order"
        );
    }
}

#[test]
fn every_example_and_case_gets_its_flips_or_plainly_none() {
    let mut all = files("examples");
    assert!(all.len() >= 10, "the examples are there");
    all.extend(files("cases"));
    for (name, r) in &all {
        let w = whatif::whatif(r, 3).unwrap_or_else(|e| panic!("{name}: {e}"));
        check(name, r, &w);
        for lang in [Lang::Nl, Lang::En] {
            let text = w.to_text(lang);
            if w.flips.is_empty() {
                let plain = match lang {
                    Lang::Nl => {
                        "Geen enkele combinatie van ten hoogste 3 wijzigingen verandert de uitkomst."
                    }
                    Lang::En => "Nothing within 3 changes flips the outcome.",
                };
                assert!(text.contains(plain), "{name}: {text}");
            } else {
                for f in &w.flips {
                    for l in &f.changes {
                        assert!(text.contains(&l.id), "{name}: {}", l.id);
                    }
                }
            }
        }
        let json = kantonrechter::json::whatif_to_json(&w, Lang::En);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            v["flips"].as_array().map(Vec::len),
            Some(w.flips.len()),
            "{name}"
        );
        assert!(
            v["notice"]
                .as_str()
                .is_some_and(|s| s.contains("simulation"))
        );
    }
}

#[test]
fn the_search_finds_what_the_exhaustive_search_finds_on_every_example_and_case() {
    let mut all = files("examples");
    all.extend(files("cases"));
    for (name, r) in &all {
        for n in 0..=3 {
            let fast = whatif::whatif(r, n).unwrap();
            let plain = whatif::exhaustive(r, n).unwrap();
            assert_eq!(fast, plain, "{name}, {n} changes");
        }
    }
}

#[test]
fn the_seed_situations_turn_on_the_expected_levers() {
    let load = |n: &str| {
        files("examples")
            .into_iter()
            .find(|(name, _)| name == n)
            .map(|(_, r)| r)
            .unwrap()
    };
    // Automatic warnings (art. 22 AVG): adding human intervention alone grants on ground 2.
    let w = whatif::whatif(&load("automatic-warnings.json"), 3).unwrap();
    let first = &w.flips[0];
    assert_eq!(first.changes.len(), 1);
    assert_eq!(first.changes[0].id, "add-human-intervention");
    assert_eq!(first.outcome, Outcome::Granted);
    // Emotion recognition (art. 5(1)(f) AI Act): nothing flips unless the capability goes.
    let w = whatif::whatif(&load("ai-emotion-recognition.json"), 3).unwrap();
    assert!(!w.flips.is_empty());
    for f in &w.flips {
        assert!(
            f.changes
                .iter()
                .any(|l| l.id.starts_with("drop-ai-capability[")
                    && l.id.ends_with("/emotion_recognition]")),
            "{:?}",
            f.changes
        );
    }
    // A granted request flips only by levers that help the works council or by anonymising.
    let w = whatif::whatif(&load("camera-theft.json"), 3).unwrap();
    for f in &w.flips {
        assert!(f.changes.iter().all(|l| {
            l.helps == kantonrechter::ruling::Side::WorksCouncil
                || l.kind == whatif::LeverKind::Anonymise
        }));
    }
}

#[test]
fn levers_keep_what_the_court_found() {
    // The OR's decision, the date, nullity and the other side's case are never levers.
    for (name, r) in files("examples").into_iter().chain(files("cases")) {
        let w = whatif::whatif(&r, 0).unwrap();
        assert!(w.flips.is_empty(), "{name}");
        for l in &w.levers {
            let changed = whatif::apply(&r, std::slice::from_ref(l));
            assert_ne!(changed, r, "{name}: {} changes nothing", l.id);
            assert_eq!(changed.as_of, r.as_of);
            assert_eq!(changed.procedure.or_decision, r.procedure.or_decision);
            assert_eq!(changed.procedure.nullity, r.procedure.nullity);
            assert_eq!(
                changed.procedure.implemented_without_consent,
                r.procedure.implemented_without_consent
            );
            assert_eq!(changed.readings, r.readings);
            assert_eq!(changed.calibration, r.calibration);
            assert_eq!(changed.regeling.elements.len(), r.regeling.elements.len());
            use kantonrechter::ruling::Side;
            match l.made_by {
                Side::Employer => {
                    for (a, b) in changed
                        .interests
                        .works_council
                        .iter()
                        .zip(&r.interests.works_council)
                    {
                        assert_eq!(a, b, "{name}: {} changes the OR's case", l.id);
                    }
                    assert_eq!(
                        changed.interests.works_council.len(),
                        r.interests.works_council.len()
                    );
                }
                Side::WorksCouncil => {
                    assert_eq!(
                        changed.interests.employer, r.interests.employer,
                        "{name}: {}",
                        l.id
                    );
                    assert_eq!(changed.avg, r.avg, "{name}: {}", l.id);
                }
            }
        }
        let ids: Vec<&str> = w.levers.iter().map(|l| l.id.as_str()).collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{name}: lever ids are unique");
    }
}

#[test]
fn too_many_changes_is_an_input_error() {
    let (_, r) = files("examples").remove(0);
    let e = whatif::whatif(&r, whatif::MAX_CHANGES + 1).unwrap_err();
    assert_eq!(e.path(), "max_changes");
}

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kantonrechter"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_cli_prints_flips_whose_requests_re_evaluate() {
    let (code, out, err) = cli(&[
        "whatif",
        "examples/automatic-warnings.json",
        "--json",
        "--max-changes",
        "2",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let flips = v["flips"].as_array().unwrap();
    assert!(!flips.is_empty());
    for f in flips {
        for c in f["changes"].as_array().unwrap() {
            assert!(c["id"].is_string() && c["nl"].is_string() && c["en"].is_string());
        }
        let text = serde_json::to_string(&f["request"]).unwrap();
        let r = kantonrechter::json::parse_request(&text).unwrap();
        assert_eq!(
            serde_json::to_value(outcome(&r)).unwrap(),
            f["outcome"],
            "{}",
            f["changes"]
        );
    }
}

#[test]
fn the_cli_reads_case_files_and_says_plainly_when_nothing_flips() {
    let mut saw_nothing = false;
    for (name, r) in files("cases") {
        let path = format!("cases/{name}");
        let (code, out, err) = cli(&["whatif", &path, "--lang", "en"]);
        assert_eq!(code, 0, "{name}: {err}");
        let w = whatif::whatif(&r, 3).unwrap();
        assert_eq!(out, w.to_text(Lang::En), "{name}");
        if w.flips.is_empty() {
            saw_nothing = true;
            assert!(out.contains("Nothing within 3 changes flips the outcome."));
        }
    }
    assert!(saw_nothing || files("cases").is_empty());
    let (code, _, err) = cli(&["whatif", "examples/camera-theft.json", "--max-changes", "9"]);
    assert_eq!(code, 2, "{err}");
}
