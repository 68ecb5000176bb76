#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod calibration;
pub mod cases;
mod date;
mod engine;
mod gates;
pub mod json;
pub mod law;
mod legality;
pub mod limits;
pub mod memo;
pub mod precedent;
pub mod request;
pub mod ruling;
mod small_sort;
mod stage1;
mod stage2;
mod syntax;
mod validate;
mod weighing;
pub mod whatif;

#[cfg(feature = "proptest")]
pub mod arbitrary;

use std::fmt;

pub use calibration::{Calibration, CalibrationEntry};
pub use rust_decimal::Decimal;

/// The version of the request and report formats. It changes when a request that was valid
/// stops being read the same way or a report field changes meaning (`CHANGELOG.md` states the
/// compatibility policy); adding an optional input field or a report field does not change
/// it. Requests may name it (`"format": "1"`); reports, receipts and schemas (`$id`) carry it.
pub const FORMAT_VERSION: &str = "1";
pub use date::{Date, DateError};
pub use request::Request;
pub use ruling::{Ground, Lang, Outcome, Report, Ruling, Stage};
pub use validate::{ErrorKind, InputError};

use law::{SUPPORTED_FROM, SUPPORTED_UNTIL};
use ruling::{DataProtection, Effect, Finding, LawApplied, PartRuling, Receipt};
use stage1::Part;

/// Why a request could not be evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input is not a valid request: which field, and what was expected.
    Input(InputError),
    /// The library has no law for the request's date (`as_of`).
    NoLawForDate {
        /// The date asked for.
        as_of: Date,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Input(e) => e.fmt(f),
            Error::NoLawForDate { as_of } => write!(
                f,
                "at $.as_of: the library has no law for {as_of}; it knows the law from {SUPPORTED_FROM} to {SUPPORTED_UNTIL}"
            ),
        }
    }
}

impl std::error::Error for Error {}

impl From<InputError> for Error {
    fn from(e: InputError) -> Error {
        Error::Input(e)
    }
}

impl Error {
    /// The JSON path of the field at fault.
    pub fn path(&self) -> &str {
        match self {
            Error::Input(e) => &e.path,
            Error::NoLawForDate { .. } => "$.as_of",
        }
    }

    /// What kind of error it is ([`ErrorKind::NoLawForDate`] for a date the library has no
    /// law for).
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Input(e) => e.kind(),
            Error::NoLawForDate { .. } => ErrorKind::NoLawForDate,
        }
    }

    /// The line of the JSON text where the error is, if known ([`InputError::line`]).
    pub fn line(&self) -> Option<usize> {
        match self {
            Error::Input(e) => e.line(),
            Error::NoLawForDate { .. } => None,
        }
    }

    /// The column of the JSON text where the error is, if known ([`InputError::column`]).
    pub fn column(&self) -> Option<usize> {
        match self {
            Error::Input(e) => e.column(),
            Error::NoLawForDate { .. } => None,
        }
    }
}

/// What an evaluation adds beyond the test itself. Every path (this crate's [`evaluate`],
/// [`json::evaluate_to_json`], the CLI and the WebAssembly build) uses the same options by
/// default, so they give the same ruling for the same request; the options applied are
/// recorded in the ruling's [`Receipt`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Check the ruling against the decided cases embedded in the library (`cases/`) and say
    /// in the trace which of them support or contradict it a fortiori
    /// (`PRECEDENT-A-FORTIORI`). Never changes the outcome. On by default.
    pub precedents: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { precedents: true }
    }
}

impl Options {
    /// The test alone, without the precedent check (what the conformance suite and what-if
    /// use: a decided case is not its own precedent, and what-if weighs many variants).
    pub fn without_precedents() -> Options {
        Options { precedents: false }
    }
}

/// Decide a request for substitute consent as the library's model of the kantonrechter
/// would: the gates, the legality checks, stage 1 and stage 2, with a trace of every step,
/// and the precedent check ([`Options::default`]; see [`evaluate_with`]).
///
/// Pure: no I/O, no clock, no randomness. The same request gives the same ruling,
/// byte for byte, natively and in WebAssembly, on every path.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let text = include_str!("../examples/productivity-unsubstantiated.json");
/// let request = kantonrechter::json::parse_request(text)?;
/// let ruling = kantonrechter::evaluate(&request)?;
/// assert_eq!(ruling.outcome, kantonrechter::Outcome::Refused);
/// assert!(ruling.trace.iter().all(|step| !step.rule.rule().sources.is_empty()));
/// # Ok(()) }
/// ```
pub fn evaluate(request: &Request) -> Result<Ruling, Error> {
    evaluate_with(request, &Options::default())
}

/// [`evaluate`] with explicit [`Options`].
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let text = include_str!("../examples/productivity-unsubstantiated.json");
/// let request = kantonrechter::json::parse_request(text)?;
/// let bare = kantonrechter::evaluate_with(&request, &kantonrechter::Options::without_precedents())?;
/// assert!(!bare.receipt.precedents);
/// assert_eq!(bare.outcome, kantonrechter::evaluate(&request)?.outcome);
/// # Ok(()) }
/// ```
pub fn evaluate_with(request: &Request, options: &Options) -> Result<Ruling, Error> {
    evaluate_inner(request, options, true)
}

/// [`evaluate_with`], with the receipt's hash of the input left empty unless `receipt`: for
/// the compact form ([`Ruling::compact`]), which carries no receipt — hashing the request
/// costs more than the test itself, and a page that rules on every keystroke asks for the
/// receipt only when it shows it ([`json::receipt_to_json`]).
pub(crate) fn evaluate_inner(
    request: &Request,
    options: &Options,
    receipt: bool,
) -> Result<Ruling, Error> {
    let mut ruling = evaluate_bare(request, receipt)?;
    if options.precedents {
        // The embedded case base is checked by the test suite; if it could not be read, the
        // receipt says that no precedent check was made.
        if let Ok(base) = precedent::embedded() {
            precedent::check(request, &mut ruling, base);
            ruling.receipt.precedents = true;
        }
    }
    Ok(ruling)
}

/// The test without the precedent check.
fn evaluate_bare(request: &Request, receipt: bool) -> Result<Ruling, Error> {
    validate::validate(request)?;
    if request.as_of < SUPPORTED_FROM || request.as_of > SUPPORTED_UNTIL {
        return Err(Error::NoLawForDate {
            as_of: request.as_of,
        });
    }
    let cal = Calibration::with_overrides(&request.calibration)?;
    let overrides: Vec<CalibrationEntry> = cal
        .entries()
        .into_iter()
        .filter(|e| request.calibration.contains_key(&e.key))
        .collect();
    let mut ctx = engine::Ctx::new(request, cal);
    let (parts, outcome, ground) = decide(&mut ctx);
    let deciding_stage = parts
        .iter()
        .map(|p| p.deciding_stage)
        .max()
        .unwrap_or(Stage::Gates);
    let weights = if parts.len() == 1 {
        parts[0].weights
    } else {
        None
    };
    let law = LawApplied {
        as_of: request.as_of,
        data_protection: if request.as_of >= law::AVG_FROM {
            DataProtection::Avg
        } else {
            DataProtection::Wbp
        },
        ai_act_prohibitions: request.as_of >= law::AI_PROHIBITIONS_FROM,
        ai_act_high_risk_duties: request.as_of
            >= law::high_risk_duties_from(request.readings.ai_act),
        readings: request.readings,
        law_version: law::LAW_VERSION.into(),
        known_until: law::KNOWN_UNTIL,
    };
    Ok(Ruling {
        outcome,
        ground,
        deciding_stage,
        weights,
        parts,
        trace: ctx.trace,
        flags: ctx.flags,
        law,
        overrides,
        receipt: if receipt {
            Receipt::for_request(request)
        } else {
            Receipt::unhashed()
        },
    })
}

/// The test itself on a checked request: the gates, the legality checks, the stages and the
/// combined outcome, with every step written to `ctx`. [`evaluate`] is this plus the input
/// checks, the law applied and the receipt. A crate-internal hook without legal content of
/// its own: `whatif` runs it on the requests it derives from a checked one.
pub(crate) fn decide(ctx: &mut engine::Ctx) -> (Vec<PartRuling>, Outcome, Option<Ground>) {
    let request = ctx.req;
    // Whatever the outcome, the OR's reasonable costs of the proceedings are the employer's.
    ctx.flag(law::RuleId::Wor22, Finding::CostsOfProceedings);
    let parts: Vec<PartRuling> = match gates::check(ctx) {
        Err(outcome) => vec![PartRuling {
            elements: request
                .regeling
                .elements
                .iter()
                .map(|e| e.id.clone())
                .collect(),
            outcome,
            ground: None,
            deciding_stage: Stage::Gates,
            weights: None,
        }],
        Ok(procedural) => {
            let defects = legality::check(ctx);
            merits(ctx, &defects, procedural)
        }
    };

    let (outcome, ground) = combine(ctx, &parts);
    (parts, outcome, ground)
}

/// The merits of a request past the gates: each part (the whole regeling, or each separable
/// element) decided from the legality defects per element and the weight of the procedural
/// defects. Crate-internal, without legal content of its own: `whatif` feeds it defects it
/// computed once per element and kept.
pub(crate) fn merits(
    ctx: &mut engine::Ctx,
    defects: &[legality::Defects],
    procedural: gates::Procedural,
) -> Vec<PartRuling> {
    let request = ctx.req;
    let els = &request.regeling.elements;
    // What the employer asked decides whether the court may grant a part: only on a
    // (subsidiary) request for the parts, and only of a regeling with separable elements.
    // Not stated: as before, `separable` decides.
    let separable = request.regeling.separable && els.len() > 1;
    let by_parts = request.decided_by_parts();
    if separable {
        let finding = if by_parts {
            Finding::PartsRequested {
                presumed: request.procedure.petitum == request::Petitum::Unknown,
            }
        } else {
            Finding::WholeOnlyRequested
        };
        ctx.step(law::RuleId::Wor27_4Petitum, finding, Effect::Noted);
    }
    let parts: Vec<Part> = if by_parts {
        els.iter()
            .enumerate()
            .map(|(i, e)| Part {
                label: Some(e.id.clone()),
                elements: vec![i],
                ids: vec![e.id.as_str()],
            })
            .collect()
    } else {
        vec![Part {
            label: None,
            elements: (0..els.len()).collect(),
            ids: els.iter().map(|e| e.id.as_str()).collect(),
        }]
    };
    parts
        .iter()
        .map(|p| decide_part(ctx, p, defects, procedural))
        .collect()
}

/// Decide one part: a hard defect blocks it; else stage 1, then stage 2 as the reading says.
fn decide_part(
    ctx: &mut engine::Ctx,
    part: &Part,
    defects: &[legality::Defects],
    procedural: gates::Procedural,
) -> PartRuling {
    use request::Stage2Reading;
    let ids = part.ids.iter().map(|s| s.to_string()).collect();
    let ruling = |outcome, ground, deciding_stage, weights| PartRuling {
        elements: ids,
        outcome,
        ground,
        deciding_stage,
        weights,
    };
    if part.elements.iter().any(|&i| defects[i].hard) {
        part.step(
            ctx,
            law::RuleId::Avg88,
            Finding::HardDefectBlocksGrant,
            Effect::Decides {
                outcome: Outcome::Refused,
            },
        );
        return ruling(Outcome::Refused, None, Stage::Legality, None);
    }
    let cumulative = ctx.req.readings.stage2 == Stage2Reading::Cumulative;
    let stage1::Stage1 {
        weights: w,
        ground1,
    } = stage1::weigh(ctx, part, defects, procedural, !cumulative);
    if cumulative {
        let ground2 = stage2::examine(ctx, part, defects, false, &w);
        let outcome = if ground1 && ground2 {
            Outcome::Granted
        } else {
            Outcome::Refused
        };
        part.step(
            ctx,
            law::RuleId::Wor27_4Ground2,
            Finding::CumulativeReading { ground1, ground2 },
            Effect::Decides { outcome },
        );
        let ground = (outcome == Outcome::Granted).then_some(Ground::UnreasonableRefusal);
        return ruling(outcome, ground, Stage::Stage2, Some(w));
    }
    if ground1 {
        return ruling(
            Outcome::Granted,
            Some(Ground::UnreasonableRefusal),
            Stage::Stage1,
            Some(w),
        );
    }
    if !stage2::reached(ctx, w.employer, w.works_council) {
        stage2::not_reached(ctx, part);
        return ruling(Outcome::Refused, None, Stage::Stage1, Some(w));
    }
    if stage2::examine(ctx, part, defects, true, &w) {
        ruling(
            Outcome::Granted,
            Some(Ground::WeightyReasons),
            Stage::Stage2,
            Some(w),
        )
    } else {
        ruling(Outcome::Refused, None, Stage::Stage2, Some(w))
    }
}

/// The outcome of the whole from its parts: all granted, all refused, or partly granted.
pub(crate) fn combine(ctx: &mut engine::Ctx, parts: &[PartRuling]) -> (Outcome, Option<Ground>) {
    if parts.len() == 1 {
        return (parts[0].outcome, parts[0].ground);
    }
    let granted: Vec<String> = parts
        .iter()
        .filter(|p| p.outcome == Outcome::Granted)
        .flat_map(|p| p.elements.clone())
        .collect();
    let refused: Vec<String> = parts
        .iter()
        .filter(|p| p.outcome != Outcome::Granted)
        .flat_map(|p| p.elements.clone())
        .collect();
    let ground = if parts
        .iter()
        .any(|p| p.ground == Some(Ground::WeightyReasons))
    {
        Some(Ground::WeightyReasons)
    } else if granted.is_empty() {
        None
    } else {
        Some(Ground::UnreasonableRefusal)
    };
    if refused.is_empty() {
        return (Outcome::Granted, ground);
    }
    if granted.is_empty() {
        return (Outcome::Refused, None);
    }
    let finding = Finding::PartlyGranted { granted, refused };
    ctx.step(
        law::RuleId::Wor27_4Ground1,
        finding,
        Effect::Decides {
            outcome: Outcome::PartlyGranted,
        },
    );
    (Outcome::PartlyGranted, ground)
}
