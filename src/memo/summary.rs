//! The summary at the top of every memo: the conclusion, the decisive facts, how close the
//! ruling is, and whether it holds under the other readings of disputed law.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Question, is_decisive, words};
use crate::request::{AiActSchedule, Request, Stage2Reading};
use crate::ruling::{Effect, Finding, Lang, Outcome, Report, Ruling, Side, Stage};
use crate::whatif;
use crate::{Error, Options};

/// How close the ruling is.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct Margin {
    /// The employer's weight in the weighing, where the weighing carried the outcome.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::syntax::decimal::normal_opt"
    )]
    pub employer: Option<Decimal>,
    /// The works council's weight, likewise.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::syntax::decimal::normal_opt"
    )]
    pub works_council: Option<Decimal>,
    /// The side that lost, whose changes are counted.
    pub side: Side,
    /// The fewest changes of that side that would turn the outcome, if the search found one
    /// within its limits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<usize>,
    /// The changes of the nearest turn, in words.
    pub nearest: Vec<String>,
    /// Whether the search stopped at its budget (then a smaller turn may exist).
    pub cut: bool,
    /// All of this in one or two sentences.
    pub text: String,
}

/// The outcome under another reading of disputed law.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct ReadingCheck {
    /// The reading, as the request writes it (e.g. `readings.stage2 = equal_band`).
    pub reading: String,
    /// Its name, in the reader's language.
    pub name: String,
    /// The outcome under it.
    pub outcome: Outcome,
    /// Whether that is the outcome of the ruling.
    pub same: bool,
}

/// The conclusion first.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct Summary {
    /// Outcome and ground in one sentence.
    pub conclusion: String,
    /// The two or three facts that carry the outcome.
    pub decisive: Vec<String>,
    /// How close it is.
    pub margin: Margin,
    /// The outcome under each other named reading.
    pub readings: Vec<ReadingCheck>,
    /// Whether the outcome holds under the other readings, in one sentence.
    pub robustness: String,
    /// The first things to prove, for the side that lost.
    pub to_prove: Vec<String>,
}

pub(super) fn summary(
    request: &Request,
    ruling: &Ruling,
    report: &Report,
    evidence: &[super::EvidenceList],
) -> Result<Summary, Error> {
    let lang = report.lang;
    let readings = readings(request, ruling.outcome, lang)?;
    let margin = margin(request, ruling, lang)?;
    let to_prove = evidence
        .iter()
        .filter(|l| l.side == margin.side)
        .flat_map(|l| l.items.iter().map(|i| i.text.clone()))
        .take(3)
        .collect();
    Ok(Summary {
        conclusion: words::conclusion(ruling, report, lang),
        decisive: decisive(ruling, report, lang),
        robustness: words::robustness(&readings, lang),
        readings,
        margin,
        to_prove,
    })
}

/// Whether a defect, not the weighing, carried the outcome.
fn defect_decides(ruling: &Ruling) -> bool {
    ruling
        .trace
        .iter()
        .any(|s| matches!(s.effect, Effect::CurableDefect | Effect::HardDefect))
}

/// The facts that carry the outcome: the defects and failed requirements, or, where the
/// weighing decided, the heaviest interest of each side.
fn decisive(ruling: &Ruling, report: &Report, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = report
        .trace
        .iter()
        .filter(|s| {
            matches!(s.effect, Effect::CurableDefect | Effect::HardDefect)
                || (matches!(s.effect, Effect::Decides { .. })
                    && matches!(
                        Question::of(s.rule),
                        Question::Instemmingsrecht | Question::Ontvankelijkheid
                    ))
        })
        .map(|s| s.finding.clone())
        .collect();
    if out.is_empty() && matches!(ruling.deciding_stage, Stage::Stage1 | Stage::Stage2) {
        // The employer's case not shown at all carries the outcome by itself.
        for s in &report.trace {
            if s.data == Finding::EmployerCaseNotShown {
                out.push(s.finding.clone());
            }
        }
        // The weighing decided: the heaviest interest of each side, the winner's first.
        let winner = if super::employer_may_proceed(ruling.outcome) {
            Side::Employer
        } else {
            Side::WorksCouncil
        };
        for side in [winner, other(winner)] {
            let heaviest = ruling
                .trace
                .iter()
                .filter_map(|s| match (&s.finding, s.effect) {
                    (f, Effect::Weighs { side: sd, weight }) if sd == side && !weight.is_zero() => {
                        Some((f, weight))
                    }
                    _ => None,
                })
                .max_by(|a, b| a.1.cmp(&b.1));
            if let Some((f, w)) = heaviest
                && let Some(t) = words::interest(f, w, lang)
            {
                out.push(t);
            }
        }
        for s in &report.trace {
            if let Finding::WeightyReasons { met: true, .. } = &s.data {
                out.insert(0, s.finding.clone());
            }
        }
    }
    if out.is_empty() {
        // Whatever decided, in the ruling's own words.
        out.extend(
            report
                .trace
                .iter()
                .filter(|s| is_decisive(s))
                .map(|s| s.finding.clone()),
        );
    }
    out.truncate(3);
    out
}

fn other(s: Side) -> Side {
    match s {
        Side::Employer => Side::WorksCouncil,
        Side::WorksCouncil => Side::Employer,
    }
}

fn margin(request: &Request, ruling: &Ruling, lang: Lang) -> Result<Margin, Error> {
    let w = whatif::whatif(request, &whatif::Options::default())?;
    let nearest: Vec<String> = w
        .flips
        .first()
        .map(|f| {
            f.changes
                .iter()
                .map(|l| match lang {
                    Lang::Nl => l.nl.clone(),
                    Lang::En => l.en.clone(),
                })
                .collect()
        })
        .unwrap_or_default();
    let changes = w.flips.first().map(|f| f.changes.len());
    let (employer, works_council) = match (ruling.weights, defect_decides(ruling)) {
        (Some(x), false) if matches!(ruling.deciding_stage, Stage::Stage1 | Stage::Stage2) => {
            (Some(x.employer), Some(x.works_council))
        }
        _ => (None, None),
    };
    let text = words::margin(
        employer.zip(works_council),
        w.side,
        changes,
        w.max_changes,
        w.cut,
        lang,
    );
    Ok(Margin {
        employer,
        works_council,
        side: w.side,
        changes,
        nearest,
        cut: w.cut,
        text,
    })
}

/// The outcome under every other named reading of disputed law, one reading changed at a
/// time.
fn readings(request: &Request, outcome: Outcome, lang: Lang) -> Result<Vec<ReadingCheck>, Error> {
    let mut out = Vec::new();
    for r in [
        Stage2Reading::Statute,
        Stage2Reading::EqualBand,
        Stage2Reading::Cumulative,
    ] {
        if r == request.readings.stage2 {
            continue;
        }
        let mut q = request.clone();
        q.readings.stage2 = r;
        let o = crate::evaluate_with(&q, &Options::default())?.outcome;
        out.push(ReadingCheck {
            reading: format!("readings.stage2 = {}", r.code()),
            name: words::stage2_reading(r, lang).to_string(),
            outcome: o,
            same: o == outcome,
        });
    }
    for s in [AiActSchedule::Omnibus, AiActSchedule::Original] {
        if s == request.readings.ai_act {
            continue;
        }
        let mut q = request.clone();
        q.readings.ai_act = s;
        let o = crate::evaluate_with(&q, &Options::default())?.outcome;
        out.push(ReadingCheck {
            reading: format!("readings.ai_act = {}", s.code()),
            name: words::ai_act_schedule(s, lang).to_string(),
            outcome: o,
            same: o == outcome,
        });
    }
    Ok(out)
}
