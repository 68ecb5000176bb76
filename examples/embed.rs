//! Embedding the engine in a Rust program: the example the book's chapter "The Rust API"
//! shows in full. Run it with `cargo run --example embed`.
//!
//! It parses a request from JSON text, evaluates it, reads the outcome, the weights and the
//! trace, changes a fact and evaluates again, overrides a calibration number, and handles
//! the errors an embedder has to expect.

use kantonrechter::request::Tri;
use kantonrechter::ruling::Effect;
use kantonrechter::{Error, Lang, Outcome, Stage};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // 1. Parse: strict JSON (unknown fields are errors), validated, with the JSON path of
    //    any error. Only this step sees JSON text; the rest of the library takes typed values.
    let text = include_str!("automatic-warnings.json");
    let request = kantonrechter::json::parse_request(text)?;

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
