//! Embedding the engine in a Rust program: the example the book's chapter "The Rust API"
//! shows in full. Run it with `cargo run --example embed`.
//!
//! It builds a request in code and parses it, evaluates it, reads the outcome, the weights,
//! the trace and the decisive step with its sources, asks what the losing side could change
//! within a budget of work, changes a fact and evaluates again, overrides a calibration
//! number, and handles the errors an embedder has to expect.

use kantonrechter::request::Tri;
use kantonrechter::ruling::Effect;
use kantonrechter::{Error, Lang, Outcome, Stage};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // 1. Build the request in code and parse it: strict (unknown fields are errors),
    //    validated, with the JSON path of any error. Only this step sees JSON; the rest of
    //    the library takes typed values. (`parse_request` on a file's text works the same.)
    let value = serde_json::json!({
        "as_of": "2026-06-15",
        "title": "Automatic warnings for too few office days",
        "employer": { "name": "Example Ltd", "kind": "private" },
        "regeling": {
            "title": "Automatic warnings from badge records",
            "subjects": ["k", "l"],
            "decision": "adopt",
            "scope": "all_staff",
            "elements": [{
                "id": "warnings",
                "description": "Fewer than twelve office days a month: an automatic formal warning.",
                "measure": {
                    "technology": "badge", "personal_data": "yes", "observes": ["attendance"],
                    "identifiability": "identified", "frequency": "systematic",
                    "openness": "announced", "place": "office", "consequences": "warnings",
                    "retention_days": 28, "purpose": "attendance_enforcement"
                }
            }]
        },
        "procedure": {
            "consent_requested": "yes", "in_writing_with_reasons": "yes",
            "consultation_meeting_held": "yes", "or_decision": "refused"
        },
        "interests": {
            "employer": [
                { "kind": "attendance_policy_enforcement",
                  "statement": "The office policy, adopted with the works council's consent, must be kept.",
                  "substantiation": "established", "contested": "no", "importance": "serious",
                  "policy_validly_adopted": "yes", "requires_decision": "yes" },
                { "kind": "equal_rules", "statement": "The same rules for everyone.",
                  "substantiation": "established", "contested": "no" }
            ],
            "works_council": [
                { "kind": "privacy", "statement": "Attendance is recorded per person.",
                  "substantiation": "established", "contested": "no" },
                { "kind": "disciplinary_consequences",
                  "statement": "A computer hands out warnings; nobody looks at illness or leave.",
                  "substantiation": "established", "contested": "yes" }
            ]
        },
        "avg": {
            "legal_basis": "legitimate_interest", "dpia": "done",
            "staff_informed_in_advance": "yes", "human_intervention": "no"
        }
    });
    let request = kantonrechter::json::parse_request(&value.to_string())?;

    // 2. Evaluate: pure and deterministic — no I/O, no clock, no randomness.
    let ruling = kantonrechter::evaluate(&request)?;
    println!(
        "outcome: {:?}, decided at {:?}",
        ruling.outcome, ruling.deciding_stage
    );
    if let Some(w) = ruling.weights {
        println!(
            "weights: employer {} vs works council {}",
            w.employer, w.works_council
        );
    }

    // 3. The trace: every step cites a rule of the catalogue, with its sources and dates.
    for step in &ruling.trace {
        let rule = step.rule.rule();
        if matches!(step.effect, Effect::Decides { .. } | Effect::CurableDefect) {
            println!(
                "  [{}] {:?} — {} ({} source(s))",
                step.rule.code(),
                step.effect,
                rule.title_en,
                rule.sources.len()
            );
        }
    }

    // The decisive step: the last that decides, with its sources (official text first).
    if let Some(step) = ruling
        .trace
        .iter()
        .rev()
        .find(|s| matches!(s.effect, Effect::Decides { .. }))
    {
        let rule = step.rule.rule();
        println!("decisive: [{}] {}", step.rule.code(), rule.title_en);
        for source in rule.sources {
            println!(
                "  - {} ({:?}) {}",
                source.label,
                source.kind,
                source.url.unwrap_or("")
            );
        }
    }

    // What if? The smallest sets of at most two changes of the losing side that turn the
    // outcome, within a budget of work (counted, not timed: the same result everywhere).
    let options = kantonrechter::whatif::Options {
        side: None,
        max_changes: 2,
        budget: Some(2_000_000),
    };
    let w = kantonrechter::whatif::whatif(&request, &options)?;
    println!(
        "what-if for the {:?}: {} flip(s), work {} of {}, cut: {}",
        w.side,
        w.flips.len(),
        w.work,
        w.budget,
        w.cut
    );
    assert!(!w.flips.is_empty() && !w.cut && w.work <= w.budget);
    // As JSON, what `kantonrechter whatif --json` prints (each flip with its changes in words).
    let _text = kantonrechter::json::whatif_to_json(&w, Lang::En);

    // 4. The report: the same ruling for a reader, in Dutch or English, as text or JSON.
    let report = ruling.report(Lang::En);
    println!("{}", report.summary);
    assert!(report.notice.contains("not legal advice"));
    let json = kantonrechter::json::ruling_to_json(&ruling, Lang::Nl);
    println!(
        "{} bytes of JSON, receipt {}",
        json.len(),
        ruling.receipt.input_sha256
    );

    // 5. What if the regeling provided human intervention before any warning (art. 22 AVG)?
    let mut cured = request.clone();
    cured.avg.human_intervention = Tri::Yes;
    let second = kantonrechter::evaluate(&cured)?;
    println!("with human intervention: {:?}", second.outcome);
    assert_ne!(second.receipt.input_sha256, ruling.receipt.input_sha256);

    // 6. Override a calibration number; the ruling lists the override with its default.
    let mut tuned = request.clone();
    tuned
        .calibration
        .insert("abstract_weight.privacy".into(), "1".parse()?);
    let third = kantonrechter::evaluate(&tuned)?;
    for o in &third.overrides {
        println!("override {} = {} (default {})", o.key, o.value, o.default);
    }

    // 7. Errors: bad input names the JSON path; a date outside the library's law is refused.
    let err = kantonrechter::json::parse_request(r#"{"as_of": "2026-02-30"}"#).unwrap_err();
    println!("input error at {}: {err}", err.path);
    let mut old = request.clone();
    old.as_of = "1999-01-01".parse()?;
    match kantonrechter::evaluate(&old) {
        Err(e @ Error::NoLawForDate { .. }) => println!("refused: {e}"),
        other => println!("unexpected: {other:?}"),
    }

    // The outcome of this scenario, as the book's worked example explains it.
    assert_eq!(ruling.outcome, Outcome::Refused);
    assert_eq!(ruling.deciding_stage, Stage::Stage2);
    Ok(())
}
