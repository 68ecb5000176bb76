//! The conformance suite (issue 3): every case file of `cases/` parses strictly, the engine
//! agrees with every decision it is expected to reproduce, the marks (deliberate
//! differences, known disagreements) stay true, and the totals beat the baseline.

use std::path::{Path, PathBuf};
use std::process::Command;

use kantonrechter::cases::{self, CaseFile, Conformance, MarkKind};
use kantonrechter::json;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("cases")
}

fn files() -> Vec<(String, CaseFile)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir())
        .expect("cases/ exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable");
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let case = json::parse_case(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, case)
        })
        .collect()
}

fn run() -> Conformance {
    cases::conformance(&files()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_case_file_is_valid_and_named_after_its_decision() {
    let files = files();
    assert!(files.len() >= 17, "the decisions of issue 3 are encoded");
    for (name, case) in &files {
        let d = &case.decision;
        let expected = format!("{}.json", d.id().replace([':', ' '], "_"));
        assert_eq!(
            name, &expected,
            "the file is named after its ECLI or reference"
        );
        assert!(!d.sources.is_empty(), "{name}: names its sources");
        // The request part also reads as a plain request (what `evaluate` and `whatif` read).
        let text = std::fs::read_to_string(dir().join(name)).unwrap();
        let request = json::parse_request_or_case(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(request, case.request, "{name}");
        // The suite tests the engine as it ships: no calibration fitted, the default readings.
        assert!(
            case.request.calibration.is_empty(),
            "{name}: overrides calibration"
        );
        assert_eq!(
            case.request.readings,
            Default::default(),
            "{name}: sets a reading"
        );
        // The request's law is the law of the decision's day.
        assert_eq!(
            case.request.as_of, d.date,
            "{name}: as_of is the decision's date"
        );
    }
}

#[test]
fn a_case_file_that_is_not_valid_is_rejected_with_its_path() {
    let text = std::fs::read_to_string(dir().join("ECLI_NL_RBOBR_2016_5172.json")).unwrap();
    let bad = |from: &str, to: &str, path: &str| {
        assert!(text.contains(from), "{from}");
        let err = json::parse_case(&text.replacen(from, to, 1)).unwrap_err();
        assert_eq!(err.path, path, "{err}");
    };
    // An unknown field in the request, in the decision, a wrong enum value, a bad date.
    bad(
        "\"technology\": \"camera\"",
        "\"technology\": \"camera\", \"colour\": 1",
        "$.request.regeling.elements[0].measure.colour",
    );
    bad(
        "\"confidence\": \"partly\"",
        "\"confidence\": \"partly\", \"score\": 1",
        "$.decision.score",
    );
    bad(
        "\"outcome\": \"granted\"",
        "\"outcome\": \"won\"",
        "$.decision.outcome",
    );
    bad(
        "\"date\": \"2016-09-20\"",
        "\"date\": \"2016-09-31\"",
        "$.decision.date",
    );
    bad(
        "\"ecli\": \"ECLI:NL:RBOBR:2016:5172\"",
        "\"ecli\": \"RBOBR 2016/5172\"",
        "$.decision.ecli",
    );
    bad(
        "\"https://www.banning.nl",
        "\"www.banning.nl",
        "$.decision.sources[1]",
    );
    bad(
        "\"purpose\": \"theft_prevention\"",
        "\"purpose\": \"theft\"",
        "$.request.regeling.elements[0].measure.purpose",
    );
    // A patch that leaves an invalid request.
    bad(
        "\"deliberate_difference\": null",
        "\"deliberate_difference\": {\"reason\": \"r\", \"agrees_under\": {\"readings\": {\"stage2\": \"both\"}}}",
        "$.decision.deliberate_difference.agrees_under.readings.stage2",
    );
}

#[test]
fn every_unmarked_decision_agrees_and_every_mark_holds() {
    let c = run();
    for r in &c.cases {
        match r.mark {
            None => assert!(
                r.agrees,
                "{} ({}): the court decided {}, the engine now says {} (deciding finding {:?}, expected {:?}). \
                 If the engine is right to differ, mark the file; never bend the file's facts.",
                r.id,
                r.file,
                r.actual.code(),
                r.simulated.code(),
                r.simulated_finding,
                r.actual_finding
            ),
            Some(kind) => {
                assert!(
                    !r.agrees,
                    "{} ({}): marked as {kind:?} but the engine now agrees: remove the mark",
                    r.id, r.file
                );
                assert!(
                    r.reason.as_deref().is_some_and(|s| s.len() > 40),
                    "{}: a reason",
                    r.id
                );
            }
        }
        if let Some(ok) = r.agrees_under_patch {
            assert!(
                ok,
                "{} ({}): the engine does not agree under agrees_under",
                r.id, r.file
            );
        }
    }
}

#[test]
fn the_one_deliberate_difference_is_ravu_and_the_cumulative_reading_reproduces_it() {
    let c = run();
    let deliberate: Vec<_> = c
        .cases
        .iter()
        .filter(|r| r.mark == Some(MarkKind::DeliberateDifference))
        .collect();
    assert_eq!(deliberate.len(), 1, "at most one deliberate difference");
    assert_eq!(deliberate[0].id, "ECLI:NL:RBUTR:2012:BY4610");
    assert_eq!(deliberate[0].agrees_under_patch, Some(true));
}

#[test]
fn agreement_is_high_and_beats_the_majority_baseline() {
    let t = run().totals;
    // At least 90 % of the decisions that are not a deliberate difference, the known
    // disagreements counted as disagreements (they are listed, never hidden).
    assert!(
        t.excluding_deliberate.at_least(90),
        "{}",
        t.excluding_deliberate
    );
    // Every decision without a mark agrees (checked one by one above).
    assert_eq!(t.expected_to_agree.agree, t.expected_to_agree.of);
    // A new known disagreement must be a conscious decision: their number is pinned.
    assert!(
        t.known_disagreements <= 1,
        "known disagreements: {}",
        t.known_disagreements
    );
    assert!(
        t.excluding_deliberate
            .beats(t.baseline_excluding_deliberate.ratio)
    );
    assert!(t.all.beats(t.baseline_all.ratio));
    assert!(
        t.expected_to_agree
            .beats(t.baseline_expected_to_agree.ratio)
    );
    assert_eq!(t.calibration_overrides, 0);
}

#[test]
fn the_embedded_case_base_is_the_directory() {
    use kantonrechter::precedent::{CaseBase, DecidedCase};
    let base = kantonrechter::precedent::embedded().unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = base.cases().iter().map(|c| c.file.as_str()).collect();
    let files = files();
    let on_disk: Vec<&str> = files.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(names, on_disk, "build.rs embeds every case file");
    // What build.rs embeds of each file is what the strict parser reads in it.
    for (embedded, (file, case)) in base.cases().iter().zip(&files) {
        assert_eq!(embedded, &DecidedCase::of(file, case), "{file}");
    }
    let strict = CaseBase::new(files.iter().map(|(f, c)| DecidedCase::of(f, c)).collect());
    assert_eq!(base, &strict);
}

#[test]
fn court_outcome_codes_are_the_json_codes() {
    use kantonrechter::cases::CourtOutcome as C;
    for o in [
        C::Granted,
        C::PartlyGranted,
        C::Refused,
        C::Inadmissible,
        C::NoConsentRequired,
        C::ConsentRequired,
    ] {
        assert_eq!(json::to_json(&o), format!("\"{}\"\n", o.code()));
        assert_eq!(C::from_code(o.code()), Some(o));
    }
    assert_eq!(C::from_code("grant"), None);
}

#[test]
fn agreement_rule() {
    use kantonrechter::Outcome::*;
    use kantonrechter::cases::CourtOutcome as C;
    assert!(C::Granted.agrees_with(Granted));
    assert!(!C::Granted.agrees_with(PartlyGranted));
    assert!(!C::Refused.agrees_with(Inadmissible));
    // A consent right held to exist: any outcome past the consent-right gate.
    assert!(C::ConsentRequired.agrees_with(Refused));
    assert!(C::ConsentRequired.agrees_with(Inadmissible));
    assert!(!C::ConsentRequired.agrees_with(NoConsentRequired));
    // The baseline is the best single guess under the same rule.
    let b = cases::baseline(&[
        C::Granted,
        C::ConsentRequired,
        C::Refused,
        C::NoConsentRequired,
    ]);
    assert_eq!(b.predict, Granted);
    assert_eq!((b.ratio.agree, b.ratio.of), (2, 4));
}

// ------------------------------------------------------------------ the command

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kantonrechter"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs")
}

#[test]
fn cases_command_prints_the_table_and_totals() {
    let o = cli(&["cases"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("ECLI:NL:RBOBR:2016:5172"));
    assert!(out.contains("Majority-class baseline"));
    assert!(out.contains("leave-one-out is not applicable"));
    let o = cli(&["cases", "cases", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert!(v["totals"]["all"]["of"].as_u64().unwrap() >= 17);
    let o = cli(&["cases", "--markdown"]);
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("| decision |"));
}

#[test]
fn cases_command_names_the_bad_file_and_path() {
    let tmp = std::env::temp_dir().join(format!("kantonrechter-cases-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let good = std::fs::read_to_string(dir().join("ECLI_NL_HR_2019_314.json")).unwrap();
    std::fs::write(tmp.join("a.json"), &good).unwrap();
    std::fs::write(
        tmp.join("b.json"),
        good.replace("\"part\": \"B\"", "\"part\": \"C\""),
    )
    .unwrap();
    let o = cli(&["cases", tmp.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("b.json") && err.contains("$.decision.part"),
        "{err}"
    );
    // A case that disagrees without a mark fails the command (exit 1), table still printed.
    let flipped = good.replace(
        "\"outcome\": \"no_consent_required\"",
        "\"outcome\": \"granted\"",
    );
    std::fs::write(tmp.join("b.json"), flipped).unwrap();
    let o = cli(&["cases", tmp.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("NO"));
    assert!(String::from_utf8_lossy(&o.stderr).contains("marks no difference"));
    std::fs::remove_dir_all(&tmp).ok();
}
