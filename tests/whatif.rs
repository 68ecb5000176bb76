//! What would change the outcome (issues #4 and #15): for every example and every case file,
//! for each side, the flips are made of that side's own levers only, the other side's
//! concessions are apart; every flip re-evaluates to its outcome, is better for the side and
//! minimal; no lever breaks its preconditions; the optimised search finds exactly what the
//! exhaustive one does; the work is bounded by the budget (counted, not timed), also on the
//! large requests of `tests/repro/` (a copy of the shared `repro/`).

use kantonrechter::request::{Purpose, Request, Technology};
use kantonrechter::ruling::Side;
use kantonrechter::whatif::{
    self, DEFAULT_BUDGET, Flip, Lever, LeverKind, MAX_CHANGES, Options, Precondition, WhatIf,
};
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

fn all() -> Vec<(String, Request)> {
    let mut v = files("examples");
    assert!(v.len() >= 10, "the examples are there");
    v.extend(files("cases"));
    v
}

fn outcome(r: &Request) -> Outcome {
    kantonrechter::evaluate(r)
        .unwrap_or_else(|e| panic!("{e}"))
        .outcome
}

fn other(s: Side) -> Side {
    match s {
        Side::Employer => Side::WorksCouncil,
        Side::WorksCouncil => Side::Employer,
    }
}

/// How good an outcome is for a side, written out here independently of the library.
fn good(side: Side, o: Outcome) -> u8 {
    let employer = match o {
        Outcome::Granted | Outcome::NoConsentRequired => 2,
        Outcome::PartlyGranted => 1,
        Outcome::Refused | Outcome::Inadmissible => 0,
    };
    match side {
        Side::Employer => employer,
        Side::WorksCouncil => 2 - employer,
    }
}

/// The checks every flip must pass: it re-evaluates (with `evaluate`, on the full request)
/// to its claimed outcome, which is better for the side than the base; it is minimal (no
/// proper subset does so); its request is what its levers make of the input.
fn check_flip(name: &str, r: &Request, w: &WhatIf, f: &Flip) {
    let ids: Vec<&str> = f.changes.iter().map(|l| l.id.as_str()).collect();
    assert!(
        good(w.side, f.outcome) > good(w.side, w.outcome),
        "{name} {ids:?}"
    );
    assert_eq!(outcome(&f.request), f.outcome, "{name} {ids:?}");
    assert_eq!(whatif::apply(r, &f.changes), f.request, "{name} {ids:?}");
    assert!(!f.changes.is_empty() && f.changes.len() <= w.max_changes);
    assert_eq!(f.cost, f.changes.iter().map(|l| l.cost).sum::<u32>());
    let n = f.changes.len();
    for mask in 0..(1u32 << n) - 1 {
        let sub: Vec<Lever> = (0..n)
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| f.changes[i].clone())
            .collect();
        assert!(
            good(w.side, outcome(&whatif::apply(r, &sub))) <= good(w.side, w.outcome),
            "{name}: {ids:?} is not minimal (mask {mask:b})"
        );
    }
    for l in &f.changes {
        assert!(!l.nl.is_empty() && !l.en.is_empty() && l.nl != l.en);
    }
    let text = kantonrechter::json::to_json(&f.request);
    assert_eq!(
        kantonrechter::json::parse_request(&text).unwrap(),
        f.request
    );
}

/// The checks every result must pass.
fn check(name: &str, r: &Request, w: &WhatIf) {
    assert_eq!(w.outcome, outcome(r), "{name}");
    assert!(w.work <= w.budget, "{name}: {} > {}", w.work, w.budget);
    for l in &w.levers {
        // The side's own levers: made by it, helping it, never a concession.
        assert_eq!(l.made_by, w.side, "{name}: {}", l.id);
        assert_eq!(l.helps, w.side, "{name}: {}", l.id);
        assert!(!l.kind.is_concession(), "{name}: {}", l.id);
    }
    for f in &w.flips {
        check_flip(name, r, w, f);
        for l in &f.changes {
            assert!(w.levers.contains(l), "{name}: {}", l.id);
        }
    }
    for f in &w.concessions {
        check_flip(name, r, w, f);
        for l in &f.changes {
            // Never mixed: a concession is the other side's, withdrawing its own interests.
            assert!(l.kind.is_concession(), "{name}: {}", l.id);
            assert_eq!(l.made_by, other(w.side), "{name}: {}", l.id);
            assert_eq!(l.helps, w.side, "{name}: {}", l.id);
            assert_eq!(l.cost, 5, "{name}: withdrawals come last: {}", l.id);
        }
    }
    for list in [&w.flips, &w.concessions] {
        for pair in list.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!(
                (a.changes.len(), a.cost) <= (b.changes.len(), b.cost),
                "{name}: order"
            );
        }
    }
}

/// Only the sides' own cases move: an employer's flip leaves the works council's objections
/// as they are, and a works council's flip leaves the employer's interests, the procedure,
/// the data-protection facts and the regeling (but for a fact the OR proves about it).
fn check_sides(name: &str, r: &Request, w: &WhatIf) {
    for f in &w.flips {
        let c = &f.request;
        let ids: Vec<&str> = f.changes.iter().map(|l| l.id.as_str()).collect();
        match w.side {
            Side::Employer => assert_eq!(
                c.interests.works_council, r.interests.works_council,
                "{name}: {ids:?} changes the OR's case"
            ),
            Side::WorksCouncil => {
                assert_eq!(
                    c.interests.employer, r.interests.employer,
                    "{name}: {ids:?}"
                );
                assert_eq!(c.avg, r.avg, "{name}: {ids:?}");
                assert_eq!(c.procedure, r.procedure, "{name}: {ids:?}");
                for (a, b) in c.regeling.elements.iter().zip(&r.regeling.elements) {
                    let mut a = a.clone();
                    a.measure.more_intensive_at_home = b.measure.more_intensive_at_home;
                    assert_eq!(&a, b, "{name}: {ids:?}");
                }
            }
        }
    }
    for f in &w.concessions {
        let c = &f.request;
        match w.side {
            // The OR's concession to the employer leaves the employer's case alone.
            Side::Employer => assert_eq!(c.interests.employer, r.interests.employer),
            Side::WorksCouncil => assert_eq!(c.interests.works_council, r.interests.works_council),
        }
        assert_eq!(c.regeling, r.regeling, "{name}");
        assert_eq!(c.avg, r.avg, "{name}");
    }
}

#[test]
fn every_example_and_case_gets_each_sides_flips_and_concessions_apart() {
    for (name, r) in &all() {
        let base = outcome(r);
        for side in [None, Some(Side::Employer), Some(Side::WorksCouncil)] {
            let o = Options {
                side,
                ..Options::default()
            };
            let w = whatif::whatif(r, &o).unwrap_or_else(|e| panic!("{name}: {e}"));
            let expected = side.unwrap_or(if good(Side::Employer, base) == 2 {
                Side::WorksCouncil
            } else {
                Side::Employer
            });
            assert_eq!(w.side, expected, "{name}");
            assert!(!w.cut, "{name}: every example is searched completely");
            check(name, r, &w);
            check_sides(name, r, &w);
            if good(w.side, base) == 2 {
                assert!(w.flips.is_empty() && w.concessions.is_empty(), "{name}");
            }
        }
    }
}

#[test]
fn texts_and_json_say_what_was_searched() {
    for (name, r) in &all() {
        let w = whatif::whatif(r, &Options::default()).unwrap();
        for lang in [Lang::Nl, Lang::En] {
            let text = w.to_text(lang);
            for f in w.flips.iter().chain(&w.concessions) {
                for l in &f.changes {
                    assert!(text.contains(&l.id), "{name}: {}", l.id);
                }
            }
            let done = match lang {
                Lang::Nl => "Volledig gezocht",
                Lang::En => "Searched completely",
            };
            assert!(text.contains(done), "{name}: {text}");
            if w.flips.is_empty() {
                let plain = match lang {
                    Lang::Nl => "Geen enkele combinatie van ten hoogste 3 wijzigingen",
                    Lang::En => "Nothing within 3 changes",
                };
                assert!(text.contains(plain), "{name}: {text}");
            }
        }
        let json = kantonrechter::json::whatif_to_json(&w, Lang::En);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            v["flips"].as_array().map(Vec::len),
            Some(w.flips.len()),
            "{name}"
        );
        assert_eq!(
            v["concessions"].as_array().map(Vec::len),
            Some(w.concessions.len())
        );
        assert_eq!(v["cut"], false);
        assert_eq!(v["side"].as_str(), Some(side_code(w.side)));
        assert!(v["work"].as_u64().unwrap() <= v["budget"].as_u64().unwrap());
        assert!(
            v["notice"]
                .as_str()
                .is_some_and(|s| s.contains("simulation"))
        );
    }
}

fn side_code(s: Side) -> &'static str {
    match s {
        Side::Employer => "employer",
        Side::WorksCouncil => "works_council",
    }
}

/// Everything but the work spent, which differs by design.
fn same(a: &WhatIf, b: &WhatIf) -> bool {
    a.outcome == b.outcome
        && a.side == b.side
        && a.levers == b.levers
        && a.flips == b.flips
        && a.concessions == b.concessions
        && !a.cut
        && !b.cut
}

#[test]
fn the_search_finds_what_the_exhaustive_search_finds_on_every_example_and_case() {
    let (mut fast_work, mut plain_work) = (0, 0);
    for (name, r) in &all() {
        for side in [Side::Employer, Side::WorksCouncil] {
            for n in 0..=3 {
                let o = Options::changes(n).side(side);
                let fast = whatif::whatif(r, &o).unwrap();
                let plain = whatif::exhaustive(r, &o.budget(u64::MAX / 2)).unwrap();
                assert!(same(&fast, &plain), "{name}, {side:?}, {n} changes");
                fast_work += fast.work;
                plain_work += plain.work;
            }
        }
    }
    assert!(fast_work < plain_work, "{fast_work} {plain_work}");
}

/// Issue #15, item 2: each lever states its preconditions, and none is offered where the
/// law makes it hollow. The rules are written out here, not read from the library.
#[test]
fn no_lever_and_no_flip_breaks_its_preconditions() {
    use Purpose::*;
    let mut seen_flips = 0;
    for (name, r) in &all() {
        let cal = kantonrechter::Calibration::with_overrides(&r.calibration).unwrap();
        let catalogue = whatif::levers::catalogue(r, &cal);
        let mut flips: Vec<Lever> = Vec::new();
        for side in [Side::Employer, Side::WorksCouncil] {
            let w = whatif::whatif(r, &Options::default().side(side)).unwrap();
            for f in w.flips.iter().chain(&w.concessions) {
                seen_flips += 1;
                flips.extend(f.changes.iter().cloned());
                // The same system: no element added, no technology changed.
                assert_eq!(f.request.regeling.elements.len(), r.regeling.elements.len());
                for (a, b) in f.request.regeling.elements.iter().zip(&r.regeling.elements) {
                    assert_eq!(a.measure.technology, b.measure.technology, "{name}");
                    assert_eq!(a.measure.purpose, b.measure.purpose, "{name}");
                }
            }
        }
        for l in catalogue.iter().chain(&flips) {
            let el = l.element.as_ref().map(|id| {
                &r.regeling
                    .elements
                    .iter()
                    .find(|e| &e.id == id)
                    .unwrap()
                    .measure
            });
            let purpose = el.map(|m| m.purpose);
            match l.kind {
                // Pseudonymised data are still personal data: not for a scheme that follows
                // up persons, which needs the key all the time.
                LeverKind::Pseudonymise => assert!(
                    matches!(
                        purpose,
                        Some(CapacityPlanning | BuildingSecurity | TheftPrevention | Safety)
                    ),
                    "{name}: {}",
                    l.id
                ),
                // Anonymous counting gives up a purpose that needs anyone identified.
                LeverKind::Anonymise => assert!(
                    matches!(purpose, Some(CapacityPlanning | Other)),
                    "{name}: {}",
                    l.id
                ),
                LeverKind::LimitAccess => assert!(
                    !matches!(
                        purpose,
                        Some(PerformanceEvaluation | WorkingTimeRegistration | Scheduling)
                    ),
                    "{name}: {}",
                    l.id
                ),
                // Only camera images have a maximum norm.
                LeverKind::ShortenRetention => {
                    assert_eq!(el.map(|m| m.technology), Some(Technology::Camera))
                }
                LeverKind::AnnounceNewPurpose => {
                    assert!(l.requires.contains(&Precondition::SameSystem))
                }
                _ => {}
            }
            // Every lever that proves something names the evidence that would do.
            if l.requires.contains(&Precondition::EvidenceExists) {
                assert!(!l.evidence.is_empty(), "{name}: {}", l.id);
                assert!(l.en.contains("Evidence: "), "{name}: {}", l.en);
            }
            let proves = matches!(
                l.kind,
                LeverKind::SubstantiateEmployerInterest
                    | LeverKind::SubstantiateWorksCouncilInterest
                    | LeverKind::ShowDecisionRequired
                    | LeverKind::ShowPolicyValidlyAdopted
                    | LeverKind::ShowAlternativeFails
                    | LeverKind::ShowBiometricsNecessary
                    | LeverKind::ShowPublicTask
                    | LeverKind::MeetCovertConditions
                    | LeverKind::ProveMoreIntensiveAtHome
            );
            if proves {
                assert!(
                    l.requires.contains(&Precondition::EvidenceExists),
                    "{}",
                    l.id
                );
            }
            // What the library can check holds.
            for (p, holds) in l.check(r) {
                assert_ne!(holds, Some(false), "{name}: {} breaks {p:?}", l.id);
            }
            // Changes in the regeling and evidence come before withdrawals.
            if l.kind.is_concession() {
                assert!(
                    catalogue
                        .iter()
                        .filter(|x| !x.kind.is_concession())
                        .all(|x| x.cost < l.cost)
                );
            }
        }
    }
    assert!(seen_flips >= 10, "{seen_flips}");
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
    // Automatic warnings (art. 22 AVG): adding human intervention alone grants.
    let w = whatif::whatif(&load("automatic-warnings.json"), &Options::default()).unwrap();
    let first = &w.flips[0];
    assert_eq!(first.changes.len(), 1);
    assert_eq!(first.changes[0].id, "add-human-intervention");
    assert_eq!(first.outcome, Outcome::Granted);
    // Emotion recognition (art. 5(1)(f) AI Act): nothing flips unless the capability goes.
    let w = whatif::whatif(&load("ai-emotion-recognition.json"), &Options::default()).unwrap();
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
    // A granted request: the works council searched, with the employer's concessions apart.
    let w = whatif::whatif(&load("camera-theft.json"), &Options::default()).unwrap();
    assert_eq!(w.side, Side::WorksCouncil);
    for f in &w.flips {
        assert!(f.changes.iter().all(|l| l.made_by == Side::WorksCouncil));
    }
    for f in &w.concessions {
        assert!(
            f.changes
                .iter()
                .all(|l| l.kind == LeverKind::WithdrawEmployerInterest)
        );
    }
}

#[test]
fn levers_keep_what_the_court_found() {
    // The OR's decision, the date, nullity and the other side's case are never levers.
    for (name, r) in all() {
        let cal = kantonrechter::Calibration::with_overrides(&r.calibration).unwrap();
        let levers = whatif::levers::catalogue(&r, &cal);
        for l in &levers {
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
            match l.made_by {
                Side::Employer if !l.kind.is_concession() => {
                    assert_eq!(
                        changed.interests.works_council, r.interests.works_council,
                        "{name}: {} changes the OR's case",
                        l.id
                    );
                }
                Side::Employer => {
                    assert_eq!(changed.interests.works_council, r.interests.works_council);
                    assert_eq!(changed.regeling, r.regeling);
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
        let ids: Vec<&str> = levers.iter().map(|l| l.id.as_str()).collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{name}: lever ids are unique");
    }
}

/// Issue #15, item 4: the margin is the size of the side's smallest flip, found cheaply.
#[test]
fn the_margin_is_the_smallest_flip() {
    for (name, r) in &all() {
        let m = whatif::margin(r).unwrap();
        assert!(m.work <= DEFAULT_BUDGET / 4, "{name}");
        assert!(!m.cut, "{name}");
        let w = whatif::whatif(r, &Options::changes(MAX_CHANGES)).unwrap();
        assert_eq!(m.side, w.side, "{name}");
        assert_eq!(
            m.changes,
            w.flips.iter().map(|f| f.changes.len()).min(),
            "{name}"
        );
        match m.changes {
            Some(k) => assert_eq!(m.at_least, k),
            None => assert_eq!(m.at_least, MAX_CHANGES + 1, "{name}"),
        }
        if m.unreachable {
            assert!(m.changes.is_none() && w.flips.is_empty(), "{name}");
        }
    }
}

/// The large requests of issue #15 (they took minutes): within the default budget, counted
/// not timed, and they say whether the search was cut.
#[test]
fn the_large_repro_requests_stay_within_the_budget() {
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/tests");
    for (file, n) in [("whatif_e8_i64.json", 3), ("whatif_e4_i16.json", 4)] {
        let path = format!("{shared}/repro/{file}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let r = kantonrechter::json::parse_request(&text).unwrap();
        let w = whatif::whatif(&r, &Options::changes(n)).unwrap();
        assert_eq!(w.budget, DEFAULT_BUDGET);
        assert!(w.work <= w.budget, "{file}: {} > {}", w.work, w.budget);
        check(file, &r, &w);
        let json = kantonrechter::json::whatif_to_json(&w, Lang::En);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(v["cut"].is_boolean() && v["evaluations"].is_u64(), "{file}");
        // A smaller budget cuts the search, says so, and still reports only verified,
        // minimal flips.
        let small = whatif::whatif(&r, &Options::changes(n).budget(w.work / 3)).unwrap();
        assert!(small.cut, "{file}");
        assert!(small.work <= small.budget);
        check(file, &r, &small);
        let m = whatif::margin(&r).unwrap();
        assert!(m.work <= DEFAULT_BUDGET / 4);
    }
}

#[test]
fn a_budget_too_small_for_anything_is_cut_not_an_error() {
    let (_, r) = files("examples")
        .into_iter()
        .find(|(n, _)| n == "automatic-warnings.json")
        .unwrap();
    for budget in [0, 1, 100] {
        let w = whatif::whatif(&r, &Options::default().budget(budget)).unwrap();
        assert!(w.cut && w.flips.is_empty(), "{budget}");
        assert!(w.work <= budget);
    }
}

#[test]
fn too_many_changes_is_an_input_error() {
    let (_, r) = files("examples").remove(0);
    let e = whatif::whatif(&r, &Options::changes(MAX_CHANGES + 1)).unwrap_err();
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
    assert_eq!(v["side"], "employer");
    let flips = v["flips"].as_array().unwrap();
    assert!(!flips.is_empty());
    for f in flips {
        for c in f["changes"].as_array().unwrap() {
            assert!(c["id"].is_string() && c["nl"].is_string() && c["en"].is_string());
            assert!(c["requires"].is_array() && c["evidence"].is_array());
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
fn the_cli_takes_a_side_and_a_budget() {
    let (code, out, err) = cli(&[
        "whatif",
        "examples/automatic-warnings.json",
        "--json",
        "--side",
        "works_council",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["side"], "works_council");
    assert_eq!(
        v["flips"].as_array().map(Vec::len),
        Some(0),
        "it already won"
    );
    let (code, out, err) = cli(&[
        "whatif",
        "examples/automatic-warnings.json",
        "--json",
        "--budget",
        "10",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["cut"], true);
    assert_eq!(v["budget"], 10);
    let (code, _, _) = cli(&["whatif", "examples/camera-theft.json", "--side", "judge"]);
    assert_eq!(code, 2);
}

#[test]
fn the_cli_reads_case_files_and_says_plainly_when_nothing_flips() {
    let mut saw_nothing = false;
    for (name, r) in files("cases") {
        let path = format!("cases/{name}");
        let (code, out, err) = cli(&["whatif", &path, "--lang", "en"]);
        assert_eq!(code, 0, "{name}: {err}");
        let w = whatif::whatif(&r, &Options::default()).unwrap();
        assert_eq!(out, w.to_text(Lang::En), "{name}");
        if w.flips.is_empty() {
            saw_nothing = true;
            assert!(out.contains("Nothing within 3 changes"));
        }
    }
    assert!(saw_nothing || files("cases").is_empty());
    let (code, _, err) = cli(&["whatif", "examples/camera-theft.json", "--max-changes", "9"]);
    assert_eq!(code, 2, "{err}");
}

/// Issue #15, item 3: raising a legal point is the works council's lever (arts. 24 and 25
/// Rv: a curable point counts only if raised or plain), and the employer's answer is to
/// mend the regeling.
#[test]
fn the_works_council_can_raise_a_point_the_regeling_fails() {
    let (_, mut r) = files("examples")
        .into_iter()
        .find(|(n, _)| n == "camera-theft.json")
        .unwrap();
    r.avg.dpia = kantonrechter::request::Dpia::Unknown;
    assert_eq!(
        outcome(&r),
        Outcome::Granted,
        "an unknown DPIA nobody raised"
    );
    let w = whatif::whatif(&r, &Options::default()).unwrap();
    assert_eq!(w.side, Side::WorksCouncil);
    let f = &w.flips[0];
    assert_eq!(f.changes.len(), 1);
    assert_eq!(f.changes[0].id, "raise-legal-point[dpia]");
    assert_eq!(f.changes[0].cost, 1);
    assert_eq!(f.outcome, Outcome::Refused);
    assert!(
        f.request.interests.works_council[0]
            .raises
            .contains(&kantonrechter::request::LegalPoint::Dpia)
    );
    // Now the employer's turn: a DPIA in the regeling answers the point.
    let e = whatif::whatif(&f.request, &Options::default()).unwrap();
    assert_eq!(e.side, Side::Employer);
    assert_eq!(e.flips[0].changes[0].id, "carry-out-dpia");
    assert!(e.flips[0].changes[0].en.contains("the DPIA report"));
}
