//! Helpers shared by the integration tests.
#![allow(dead_code)]

use kantonrechter::law::RuleId;
use kantonrechter::request::{
    EmployerInterest, EmployerInterestKind, Importance, Measure, OrInterest, OrInterestKind,
    Request, Substantiation, Tri,
};
use kantonrechter::ruling::Assessment;
use kantonrechter::ruling::{Effect, Finding, Step};
use kantonrechter::{Outcome, Ruling};

/// Load an example by file name.
pub fn example(name: &str) -> Request {
    let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    kantonrechter::json::parse_request(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text of every example (`examples/*.json`), in file-name order.
pub fn example_texts() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// Evaluate, failing the test on an error.
pub fn eval(r: &Request) -> Ruling {
    kantonrechter::evaluate(r).unwrap_or_else(|e| panic!("{e}"))
}

/// The steps that apply a rule.
pub fn steps(r: &Ruling, rule: RuleId) -> Vec<&Step> {
    r.trace
        .iter()
        .chain(r.flags.iter())
        .filter(|s| s.rule == rule)
        .collect()
}

/// Whether some step applies the rule with a matching finding and effect.
pub fn has(r: &Ruling, rule: RuleId, pred: impl Fn(&Finding, &Effect) -> bool) -> bool {
    steps(r, rule).iter().any(|s| pred(&s.finding, &s.effect))
}

/// Whether a step of the rule is a curable defect.
pub fn curable(r: &Ruling, rule: RuleId) -> bool {
    has(r, rule, |_, e| matches!(e, Effect::CurableDefect))
}

/// Whether a step of the rule is a hard defect.
pub fn hard(r: &Ruling, rule: RuleId) -> bool {
    has(r, rule, |_, e| matches!(e, Effect::HardDefect))
}

/// Whether a step of the rule decides the given outcome.
pub fn decides(r: &Ruling, rule: RuleId, outcome: Outcome) -> bool {
    has(r, rule, |_, e| *e == Effect::Decides { outcome })
}

/// A minimal valid request: a badge regeling for attendance, with the procedure followed,
/// the OR refused, no interests. Tests change what they need.
pub fn base() -> Request {
    kantonrechter::json::parse_request(
        r#"{
        "as_of": "2026-06-15",
        "regeling": {
            "title": "t",
            "subjects": ["k", "l"],
            "scope": "all_staff",
            "elements": [{ "id": "e", "description": "d", "measure": {
                "technology": "badge", "personal_data": "yes", "observes": ["attendance"],
                "identifiability": "identified", "frequency": "systematic", "openness": "announced",
                "place": "office", "consequences": "none", "retention_days": 28,
                "purpose": "attendance_enforcement" } }]
        },
        "procedure": { "consent_requested": "yes", "in_writing_with_reasons": "yes",
            "consultation_meeting_held": "yes", "or_decision": "refused" },
        "avg": { "legal_basis": "legitimate_interest", "dpia": "done",
            "staff_informed_in_advance": "yes", "human_intervention": "yes" }
    }"#,
    )
    .expect("base request")
}

/// An employer's interest of a kind, substantiated and contested as given, its policy
/// validly adopted, every other fact not given.
pub fn employer(kind: EmployerInterestKind, s: Substantiation, contested: Tri) -> EmployerInterest {
    EmployerInterest {
        substantiation: s,
        contested,
        policy_validly_adopted: Tri::Yes,
        ..EmployerInterest::new(kind, "s")
    }
}

/// A works council's interest of a kind, substantiated as given and contested, every other
/// fact not given.
pub fn or(kind: OrInterestKind, s: Substantiation) -> OrInterest {
    OrInterest {
        substantiation: s,
        contested: Tri::Yes,
        ..OrInterest::new(kind, "s")
    }
}

/// The level of the privacy intrusion in a ruling's trace, if it states one.
pub fn intrusion(r: &Ruling) -> Option<Importance> {
    r.trace.iter().find_map(|s| match &s.finding {
        Finding::PrivacyIntrusion { intensity, .. } => Some(*intensity),
        _ => None,
    })
}

/// The ruling on the base request ([`base`]) changed by `f`.
pub fn with(f: impl FnOnce(&mut Request)) -> Ruling {
    let mut r = base();
    f(&mut r);
    eval(&r)
}

/// The measure of the request's first element.
pub fn m(r: &mut Request) -> &mut Measure {
    &mut r.regeling.elements[0].measure
}

/// A day, written YYYY-MM-DD.
pub fn day(s: &str) -> kantonrechter::Date {
    s.parse().unwrap()
}

/// The assessment of a Bărbulescu criterion (or of López Ribalda).
pub fn barbulescu(r: &Ruling, rule: RuleId) -> Assessment {
    match steps(r, rule).first().map(|s| &s.finding) {
        Some(Finding::Barbulescu { assessment, .. }) => *assessment,
        other => panic!("{rule:?}: {other:?}"),
    }
}
