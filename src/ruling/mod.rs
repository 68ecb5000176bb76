//! The ruling: outcome, ground, deciding stage, the weight of each side, the trace, the
//! parallel tracks, and a receipt.

mod compact;
mod receipt;
mod report;
pub(crate) mod text;
mod trace;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

pub use compact::{Compact, CompactStep};
pub use receipt::Receipt;
pub use report::{Lang, NOTICE_EN, NOTICE_NL, Report, ReportSource, ReportStep, Warning};
pub use trace::{
    Assessment, Balance, Counted, CovertCondition, DpiaTrigger, Effect, Finding, ImportanceSource,
    IntrusionBase, IntrusionFactor, NotWeighty, OrConcernKind, PrematureCause, ReliabilityBasis,
    RetentionAssessment, RetentionNorm, ReuseCondition, Side, Step, SuitabilityBasis,
    WeightyReason,
};

use crate::request::Readings;
use crate::{CalibrationEntry, Date};

/// The outcome of a request for substitute consent.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    serde::Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The court gives the employer permission (*vervangende toestemming verleend*).
    Granted,
    /// Permission for some separable elements and not for others.
    PartlyGranted,
    /// The request is refused (*afgewezen*).
    Refused,
    /// The request is inadmissible (*niet-ontvankelijk*), e.g. the OR was never asked.
    Inadmissible,
    /// The decision needs no consent of the OR at all (*niet instemmingsplichtig*).
    NoConsentRequired,
}

impl Outcome {
    /// The code as written in JSON.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Granted => "granted",
            Outcome::PartlyGranted => "partly_granted",
            Outcome::Refused => "refused",
            Outcome::Inadmissible => "inadmissible",
            Outcome::NoConsentRequired => "no_consent_required",
        }
    }

    /// How favourable the outcome is to the employer who asks for permission: refused 0,
    /// partly granted 1, granted 2. `None` where the request did not reach the merits.
    pub fn merits_rank(self) -> Option<u8> {
        match self {
            Outcome::Refused => Some(0),
            Outcome::PartlyGranted => Some(1),
            Outcome::Granted => Some(2),
            Outcome::Inadmissible | Outcome::NoConsentRequired => None,
        }
    }
}

/// The ground of a grant (art. 27 lid 4 WOR).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    serde::Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Ground {
    /// Ground 1: the OR's refusal is unreasonable.
    UnreasonableRefusal,
    /// Ground 2: weighty organisational, economic or social reasons require the decision.
    WeightyReasons,
}

/// Where the test ended.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    serde::Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// At a gate: no consent right, or inadmissible.
    Gates,
    /// At the legality check: a hard defect (a categorical ban).
    Legality,
    /// Stage 1: the weighing of interests (ground 1).
    Stage1,
    /// Stage 2: weighty reasons (ground 2).
    Stage2,
}

/// The weight of each side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
pub struct Weights {
    /// The employer's interests.
    #[serde(serialize_with = "crate::syntax::decimal::normal")]
    pub employer: Decimal,
    /// The works council's concerns, with those the facts raise (information, procedure,
    /// an unkept agreement).
    #[serde(serialize_with = "crate::syntax::decimal::normal")]
    pub works_council: Decimal,
}

/// The ruling on one part of the regeling: the whole, or one separable element.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct PartRuling {
    /// The element ids this part covers.
    pub elements: Vec<String>,
    /// Its outcome.
    pub outcome: Outcome,
    /// The ground, if granted.
    pub ground: Option<Ground>,
    /// Where its test ended.
    pub deciding_stage: Stage,
    /// The weights of stage 1, if the weighing was reached.
    pub weights: Option<Weights>,
}

/// The law the ruling applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
pub struct LawApplied {
    /// The day whose law applies.
    pub as_of: Date,
    /// The data-protection statute of that day.
    pub data_protection: DataProtection,
    /// Whether the AI Act's prohibitions applied.
    pub ai_act_prohibitions: bool,
    /// Whether the AI Act's high-risk duties applied (under the chosen schedule).
    pub ai_act_high_risk_duties: bool,
    /// The readings applied where the law is disputed.
    pub readings: Readings,
    /// The catalogue version.
    pub law_version: std::borrow::Cow<'static, str>,
    /// The date of the catalogue's latest source. A ruling for a later day applies the law
    /// as then known, and the report warns.
    pub known_until: Date,
}

/// Which data-protection statute applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DataProtection {
    /// Wet bescherming persoonsgegevens (until 24 May 2018).
    Wbp,
    /// Algemene verordening gegevensbescherming (from 25 May 2018).
    Avg,
}

/// The ruling.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ruling {
    /// The outcome.
    pub outcome: Outcome,
    /// The ground, if (partly) granted: ground 2 if any granted part needed it.
    pub ground: Option<Ground>,
    /// Where the test ended (the latest stage any part reached).
    pub deciding_stage: Stage,
    /// The weights of stage 1 for the whole regeling, if one part covers it and it was weighed.
    pub weights: Option<Weights>,
    /// The ruling per part (one part unless the court rules per separable element).
    pub parts: Vec<PartRuling>,
    /// The ordered steps.
    pub trace: Vec<Step>,
    /// The parallel tracks and warnings (advice right, nullity, the AP).
    pub flags: Vec<Step>,
    /// The law applied.
    pub law: LawApplied,
    /// Calibration numbers the request overrode.
    pub overrides: Vec<CalibrationEntry>,
    /// Engine version, law version and a hash of the input.
    pub receipt: Receipt,
}
