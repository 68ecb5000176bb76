//! The conformance suite: real decisions encoded as case files (`cases/*.json`), and how
//! often the engine agrees with the courts.
//!
//! A case file is `{"decision": {...}, "request": {...}}`: the [`Decision`] says what the
//! court decided and on which sources that rests; the request is an ordinary [`Request`],
//! strict against the input schema, holding only the facts the sources give (unknown stays
//! unknown). `cases/README.md` gives the encoding rules; [`crate::json::parse_case`] reads
//! the JSON text; [`conformance`] evaluates every case and counts.
//!
//! **Agreement.** The engine agrees with a court when its outcome is the court's outcome
//! ([`CourtOutcome::agrees_with`]). Two refinements, both stricter or exactly as strict as
//! the holding:
//! - `consent_required` (the court held that a consent right exists, in a case the works
//!   council brought, without ruling on the merits) agrees with every outcome except
//!   `no_consent_required`. An `inadmissible` outcome counts too: the engine only reaches
//!   its admissibility gates after it has found the consent right, and in these cases the
//!   employer typically never asked for consent, which is what the engine then says.
//! - Where the file names the court's ground at a gate (`deciding_finding`, e.g.
//!   `cao_exhaustive`), the engine must also decide on that ground: the same outcome for
//!   another reason is not agreement.
//!
//! **Marks.** A decision the engine departs from on purpose is a *deliberate difference*;
//! one it cannot reproduce because the sources lack facts (or because of a known limit of
//! the model) is a *known disagreement*. Both carry their reason, and may carry
//! `agrees_under`: a JSON merge patch of the request (e.g. another reading) under which
//! the engine does agree, which the test suite checks. Marked cases are counted and listed
//! separately, never hidden; an unmarked case that disagrees fails `cargo test`, and so
//! does a marked one that starts agreeing.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::request::codes::codes;
use crate::ruling::{Effect, Finding, Outcome, Ruling, Stage};
use crate::{Date, Error, InputError, Request};

/// Part A (requests for substitute consent) or part B (scope of the consent right, the cao
/// exception, nullity, admissibility) of `caselaw/README.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Part {
    /// A request for substitute consent (art. 27 lid 4 WOR).
    A,
    /// A decision on a gate: scope, cao exception, nullity, admissibility.
    B,
}

/// How sure the summary of the decision is (`caselaw/README.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Court, date, ECLI and outcome confirmed by the court's own published summary.
    Verified,
    /// Some of it rests on secondary sources (blogs, newsletters) or automated summaries.
    Partly,
}

/// What the court decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CourtOutcome {
    /// Substitute consent granted.
    Granted,
    /// Granted for some separable elements, refused for others.
    PartlyGranted,
    /// Substitute consent refused.
    Refused,
    /// The request (or the works council's claim) is inadmissible.
    Inadmissible,
    /// The decision needs no consent of the works council.
    NoConsentRequired,
    /// The court held that a consent right exists, without ruling on the merits (a case
    /// the works council brought, e.g. to have the decision declared void).
    ConsentRequired,
}

// `ALL`, `CODES`, `code()` and serde from one list (the generated `code()` matches
// exhaustively, so `ALL` is complete).
codes!(CourtOutcome {
    Granted = "granted",
    PartlyGranted = "partly_granted",
    Refused = "refused",
    Inadmissible = "inadmissible",
    NoConsentRequired = "no_consent_required",
    ConsentRequired = "consent_required",
});

impl CourtOutcome {
    /// The outcome written `code` in JSON, if there is one.
    pub fn from_code(code: &str) -> Option<CourtOutcome> {
        let i = CourtOutcome::CODES.iter().position(|c| *c == code)?;
        Some(CourtOutcome::ALL[i])
    }

    /// Does the engine's outcome agree with this holding (on the outcome alone)? See the
    /// module docs for `consent_required`.
    pub fn agrees_with(self, simulated: Outcome) -> bool {
        match self {
            CourtOutcome::Granted => simulated == Outcome::Granted,
            CourtOutcome::PartlyGranted => simulated == Outcome::PartlyGranted,
            CourtOutcome::Refused => simulated == Outcome::Refused,
            CourtOutcome::Inadmissible => simulated == Outcome::Inadmissible,
            CourtOutcome::NoConsentRequired => simulated == Outcome::NoConsentRequired,
            CourtOutcome::ConsentRequired => simulated != Outcome::NoConsentRequired,
        }
    }

    /// Which side won: `Some(true)` the employer (granted), `Some(false)` the works council
    /// (refused); `None` where the merits were not decided, or decided both ways.
    pub fn employer_won(self) -> Option<bool> {
        match self {
            CourtOutcome::Granted => Some(true),
            CourtOutcome::Refused => Some(false),
            _ => None,
        }
    }
}

/// Where the court's test ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CourtStage {
    /// At a gate.
    Gates,
    /// At a legality check.
    Legality,
    /// Stage 1 (ground 1: is the refusal unreasonable?).
    Stage1,
    /// Stage 2 (ground 2: weighty reasons).
    Stage2,
    /// The sources do not say.
    Unknown,
}

impl CourtStage {
    /// The code as written in JSON.
    pub fn code(self) -> &'static str {
        match self {
            CourtStage::Gates => "gates",
            CourtStage::Legality => "legality",
            CourtStage::Stage1 => "stage1",
            CourtStage::Stage2 => "stage2",
            CourtStage::Unknown => "unknown",
        }
    }

    /// The engine's stage for this one, if known.
    pub fn stage(self) -> Option<Stage> {
        match self {
            CourtStage::Gates => Some(Stage::Gates),
            CourtStage::Legality => Some(Stage::Legality),
            CourtStage::Stage1 => Some(Stage::Stage1),
            CourtStage::Stage2 => Some(Stage::Stage2),
            CourtStage::Unknown => None,
        }
    }
}

/// The code of an engine stage, as in a case file.
pub fn stage_code(s: Stage) -> &'static str {
    match s {
        Stage::Gates => "gates",
        Stage::Legality => "legality",
        Stage::Stage1 => "stage1",
        Stage::Stage2 => "stage2",
    }
}

/// A marked difference between the engine and the court, with its reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mark {
    /// Why the engine differs: the legal reason, or the facts the sources lack.
    pub reason: String,
    /// A JSON merge patch (RFC 7386) of the request under which the engine agrees with the
    /// court, e.g. `{"readings": {"stage2": "cumulative"}}`; `null` if there is none. The
    /// test suite checks that the engine agrees under it, so the note stays true.
    #[serde(default)]
    pub agrees_under: Option<serde_json::Value>,
}

/// What the court decided and what that rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The ECLI, or `null` where the decision has none that could be verified.
    #[serde(default)]
    pub ecli: Option<String>,
    /// Another published reference (case number, LJN, journal); required without an ECLI.
    #[serde(default)]
    pub reference: Option<String>,
    /// A short name, e.g. "Omron (camerabeveiliging productiehal)".
    pub name: String,
    /// The court.
    pub court: String,
    /// The date of the decision.
    pub date: Date,
    /// Part A or B of the case-law collection.
    pub part: Part,
    /// The URLs of the sources the encoding rests on (at least one).
    pub sources: Vec<String>,
    /// How sure the summary is.
    pub confidence: Confidence,
    /// What the court decided.
    pub outcome: CourtOutcome,
    /// Where the court's test ended.
    pub deciding_stage: CourtStage,
    /// The court's ground at a gate, as the engine's finding code (e.g. `cao_exhaustive`,
    /// `ends_tolerated_practice`, `nullity_late`). When given, the engine must decide on it.
    #[serde(default)]
    pub deciding_finding: Option<String>,
    /// The factors the court named as decisive.
    #[serde(default)]
    pub decisive_factors: Vec<String>,
    /// Which facts of the request rest on secondary sources or on our reading of the
    /// court's findings, named.
    #[serde(default)]
    pub secondary_facts: Vec<String>,
    /// What the sources do not say.
    #[serde(default)]
    pub unknown_facts: Vec<String>,
    /// The decision that reversed this one on appeal, if any. An overruled decision is
    /// still a case of the suite, but not a precedent.
    #[serde(default)]
    pub overruled_by: Option<String>,
    /// A difference the engine makes on purpose, with its legal reason.
    #[serde(default)]
    pub deliberate_difference: Option<Mark>,
    /// A difference the engine cannot avoid on these sources, with the reason.
    #[serde(default)]
    pub known_disagreement: Option<Mark>,
}

impl Decision {
    /// The id: the ECLI, or else the reference.
    pub fn id(&self) -> &str {
        self.ecli
            .as_deref()
            .or(self.reference.as_deref())
            .unwrap_or("")
    }

    /// Its mark, if any.
    pub fn mark(&self) -> Option<(MarkKind, &Mark)> {
        self.deliberate_difference
            .as_ref()
            .map(|m| (MarkKind::DeliberateDifference, m))
            .or(self
                .known_disagreement
                .as_ref()
                .map(|m| (MarkKind::KnownDisagreement, m)))
    }

    /// The first source URL (for citations).
    pub fn url(&self) -> &str {
        self.sources.first().map(String::as_str).unwrap_or("")
    }

    /// Check what the types cannot: an id, sources that are URLs, at most one mark. Errors
    /// name the JSON path under `$.decision`.
    pub fn validate(&self) -> Result<(), InputError> {
        let nonempty = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
        if !nonempty(&self.ecli) && !nonempty(&self.reference) {
            return Err(InputError::new(
                "$.decision.ecli",
                "an ECLI, or a reference where the decision has no verified ECLI",
            ));
        }
        if let Some(e) = &self.ecli {
            if !is_ecli(e) {
                return Err(InputError::new(
                    "$.decision.ecli",
                    format!(
                        "an ECLI written ECLI:NL:COURT:YEAR:NUMBER, found {}",
                        crate::json::quote(e)
                    ),
                ));
            }
        }
        if self.sources.is_empty() {
            return Err(InputError::new(
                "$.decision.sources",
                "at least one source URL",
            ));
        }
        for (i, s) in self.sources.iter().enumerate() {
            if !(s.starts_with("https://") || s.starts_with("http://")) {
                return Err(InputError::new(
                    format!("$.decision.sources[{i}]"),
                    format!(
                        "a URL starting with https:// or http://, found {}",
                        crate::json::quote(s)
                    ),
                ));
            }
        }
        for (field, text) in [("name", &self.name), ("court", &self.court)] {
            if text.trim().is_empty() {
                return Err(InputError::new(
                    format!("$.decision.{field}"),
                    "a non-empty text",
                ));
            }
        }
        if let Some(f) = &self.deciding_finding {
            if f.is_empty() || !f.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                return Err(InputError::new(
                    "$.decision.deciding_finding",
                    format!(
                        "a finding code in snake_case (e.g. \"cao_exhaustive\"), found {}",
                        crate::json::quote(f)
                    ),
                ));
            }
        }
        if self.deliberate_difference.is_some() && self.known_disagreement.is_some() {
            return Err(InputError::new(
                "$.decision.known_disagreement",
                "at most one mark: a deliberate difference or a known disagreement, not both",
            ));
        }
        for (field, mark) in [
            ("deliberate_difference", &self.deliberate_difference),
            ("known_disagreement", &self.known_disagreement),
        ] {
            if let Some(m) = mark {
                if m.reason.trim().is_empty() {
                    return Err(InputError::new(
                        format!("$.decision.{field}.reason"),
                        "the reason for the difference",
                    ));
                }
            }
        }
        Ok(())
    }
}

fn is_ecli(s: &str) -> bool {
    let parts: Vec<&str> = s.split(':').collect();
    parts.len() == 5
        && parts[0] == "ECLI"
        && parts[1].len() == 2
        && parts[1].bytes().all(|b| b.is_ascii_uppercase())
        && !parts[2].is_empty()
        && parts[2]
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && parts[3].len() == 4
        && parts[3].bytes().all(|b| b.is_ascii_digit())
        && !parts[4].is_empty()
        && parts[4]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.')
}

/// A case file: the decision and the request it encodes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    /// What the court decided.
    pub decision: Decision,
    /// The facts, as a request valid against the input schema.
    pub request: Request,
}

/// Which mark a case carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MarkKind {
    /// A deliberate difference.
    DeliberateDifference,
    /// A known disagreement.
    KnownDisagreement,
}

/// The engine's result for one case, against the court's.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct CaseResult {
    /// The file it came from (as the caller named it).
    pub file: String,
    /// The ECLI or reference.
    pub id: String,
    /// The decision's short name.
    pub name: String,
    /// Part A or B.
    pub part: Part,
    /// How sure the summary is.
    pub confidence: Confidence,
    /// What the court decided.
    pub actual: CourtOutcome,
    /// What the engine decides.
    pub simulated: Outcome,
    /// Where the court's test ended.
    pub actual_stage: CourtStage,
    /// Where the engine's test ended.
    pub simulated_stage: Stage,
    /// The court's ground at a gate, if the file names it.
    pub actual_finding: Option<String>,
    /// The finding of the engine's deciding step.
    pub simulated_finding: Option<String>,
    /// Does the engine agree?
    pub agrees: bool,
    /// Does the deciding stage agree (`None` where the court's stage is unknown)?
    pub stage_agrees: Option<bool>,
    /// The case's mark, if any.
    pub mark: Option<MarkKind>,
    /// The mark's reason.
    pub reason: Option<String>,
    /// Under the mark's `agrees_under` patch, does the engine agree? (`None`: no patch.)
    pub agrees_under_patch: Option<bool>,
}

/// A count: `agree` of `of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Ratio {
    /// How many agree.
    pub agree: usize,
    /// Of how many.
    pub of: usize,
}

impl Ratio {
    /// Is this at least `percent` %? (Exact: integer arithmetic.)
    pub fn at_least(self, percent: usize) -> bool {
        self.agree * 100 >= percent * self.of
    }

    /// Is this strictly better than `other` (as rates)?
    pub fn beats(self, other: Ratio) -> bool {
        self.agree * other.of > other.agree * self.of
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.of == 0 {
            return write!(f, "0/0");
        }
        // One decimal, rounded half up, in integers.
        let tenths = (self.agree * 1000 + self.of / 2) / self.of;
        write!(
            f,
            "{}/{} ({}.{} %)",
            self.agree,
            self.of,
            tenths / 10,
            tenths % 10
        )
    }
}

/// The majority-class baseline on a set of cases: always predict one outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Baseline {
    /// The outcome always predicted.
    pub predict: Outcome,
    /// How often that agrees (under the same agreement rule).
    pub ratio: Ratio,
}

/// The totals of a conformance run.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Totals {
    /// Every case.
    pub all: Ratio,
    /// Every case but the deliberate differences.
    pub excluding_deliberate: Ratio,
    /// The cases the engine is expected to reproduce: neither a deliberate difference nor a
    /// known disagreement. Every one of them must agree (`cargo test`).
    pub expected_to_agree: Ratio,
    /// How many deliberate differences.
    pub deliberate_differences: usize,
    /// How many known disagreements.
    pub known_disagreements: usize,
    /// The majority-class baseline over every case.
    pub baseline_all: Baseline,
    /// The baseline over every case but the deliberate differences.
    pub baseline_excluding_deliberate: Baseline,
    /// The baseline over the cases expected to agree.
    pub baseline_expected_to_agree: Baseline,
    /// Agreement on the deciding stage, where the court's stage is known.
    pub stage: Ratio,
    /// How many case requests override a calibration number (fitting). Zero: leave-one-out
    /// is not applicable.
    pub calibration_overrides: usize,
}

/// The result of a conformance run.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Conformance {
    /// One row per case, in the order given.
    pub cases: Vec<CaseResult>,
    /// The totals.
    pub totals: Totals,
}

/// A case that could not be evaluated: which file, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseError {
    /// The file.
    pub file: String,
    /// Why.
    pub error: Error,
}

impl std::fmt::Display for CaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.error {
            Error::Input(e) => write!(f, "{}: {}", self.file, prefixed(e, "$.request")),
            Error::NoLawForDate { .. } => {
                write!(f, "{}: at $.request.as_of: {}", self.file, self.error)
            }
        }
    }
}

fn prefixed(e: &InputError, prefix: &str) -> InputError {
    // An error of the decision (or of a mark's patch) is named from the top already.
    if e.path.starts_with(prefix) || e.path.starts_with("$.decision") {
        return e.clone();
    }
    InputError::new(e.path.replacen('$', prefix, 1), e.expected.clone())
}

impl std::error::Error for CaseError {}

/// The finding code (`"cao_exhaustive"`, `"balance"`, …) of the step that decided the
/// ruling: the last step whose effect decides an outcome.
pub fn deciding_finding(ruling: &Ruling) -> Option<String> {
    ruling
        .trace
        .iter()
        .rev()
        .find(|s| matches!(s.effect, Effect::Decides { .. }))
        .and_then(|s| finding_code(&s.finding))
}

/// The code of a finding, as written in the JSON trace (its `finding` tag).
pub fn finding_code(f: &Finding) -> Option<String> {
    // The finding serialises as an object whose first member is its tag, as in the report.
    let text = crate::json::to_json(f);
    let rest = text.split_once("\"finding\": \"")?.1;
    rest.split_once('"').map(|(code, _)| code.to_string())
}

/// Does the ruling agree with the decision? The outcome must agree and, where the file
/// names the court's ground at a gate, the engine must decide on it.
pub fn agrees(decision: &Decision, ruling: &Ruling) -> bool {
    decision.outcome.agrees_with(ruling.outcome)
        && decision
            .deciding_finding
            .as_ref()
            .is_none_or(|f| deciding_finding(ruling).as_ref() == Some(f))
}

/// Evaluate one case: the engine's ruling on the request, compared with the decision.
/// `file` names the case in errors and in the result.
pub fn evaluate_case(file: &str, case: &CaseFile) -> Result<CaseResult, CaseError> {
    let err = |error: Error| CaseError {
        file: file.to_string(),
        error,
    };
    let d = &case.decision;
    let ruling = crate::evaluate(&case.request).map_err(err)?;
    let agrees_now = agrees(d, &ruling);
    let mark = d.mark();
    let agrees_under_patch = match mark.and_then(|(kind, m)| Some((kind, m.agrees_under.as_ref()?)))
    {
        None => None,
        Some((kind, patch)) => {
            let field = match kind {
                MarkKind::DeliberateDifference => "deliberate_difference",
                MarkKind::KnownDisagreement => "known_disagreement",
            };
            let variant = crate::json::patch_request(&case.request, patch).map_err(|e| {
                err(Error::Input(InputError::new(
                    format!("$.decision.{field}.agrees_under"),
                    format!("a patch that leaves a valid request ({e})"),
                )))
            })?;
            // An input error of the patched request lies in what the patch wrote.
            let r = crate::evaluate(&variant).map_err(|e| match e {
                Error::Input(e) => err(Error::Input(InputError::new(
                    format!(
                        "$.decision.{field}.agrees_under{}",
                        e.path.trim_start_matches('$')
                    ),
                    e.expected,
                ))),
                other => err(other),
            })?;
            Some(agrees(d, &r))
        }
    };
    Ok(CaseResult {
        file: file.to_string(),
        id: d.id().to_string(),
        name: d.name.clone(),
        part: d.part,
        confidence: d.confidence,
        actual: d.outcome,
        simulated: ruling.outcome,
        actual_stage: d.deciding_stage,
        simulated_stage: ruling.deciding_stage,
        actual_finding: d.deciding_finding.clone(),
        simulated_finding: deciding_finding(&ruling),
        agrees: agrees_now,
        stage_agrees: d.deciding_stage.stage().map(|s| s == ruling.deciding_stage),
        mark: mark.map(|(k, _)| k),
        reason: mark.map(|(_, m)| m.reason.clone()),
        agrees_under_patch,
    })
}

const OUTCOMES: [Outcome; 5] = [
    Outcome::Granted,
    Outcome::PartlyGranted,
    Outcome::Refused,
    Outcome::Inadmissible,
    Outcome::NoConsentRequired,
];

/// The majority-class baseline: the single outcome that, always predicted, agrees with the
/// most of these courts' outcomes (scored with the same rule as the engine, so it is at
/// least as strong as "predict the most common outcome").
pub fn baseline(actual: &[CourtOutcome]) -> Baseline {
    let score = |o: Outcome| actual.iter().filter(|a| a.agrees_with(o)).count();
    // Ties go to the first in OUTCOMES order, so the result is deterministic.
    let mut best = OUTCOMES[0];
    for o in OUTCOMES {
        if score(o) > score(best) {
            best = o;
        }
    }
    Baseline {
        predict: best,
        ratio: Ratio {
            agree: score(best),
            of: actual.len(),
        },
    }
}

/// Evaluate every case and count. `cases` pairs a file name with its parsed case file.
pub fn conformance(cases: &[(String, CaseFile)]) -> Result<Conformance, CaseError> {
    let rows = cases
        .iter()
        .map(|(file, case)| evaluate_case(file, case))
        .collect::<Result<Vec<_>, _>>()?;
    let ratio = |keep: &dyn Fn(&CaseResult) -> bool| {
        let kept: Vec<&CaseResult> = rows.iter().filter(|r| keep(r)).collect();
        let r = Ratio {
            agree: kept.iter().filter(|r| r.agrees).count(),
            of: kept.len(),
        };
        let actual: Vec<CourtOutcome> = kept.iter().map(|r| r.actual).collect();
        (r, baseline(&actual))
    };
    let not_deliberate = |r: &CaseResult| r.mark != Some(MarkKind::DeliberateDifference);
    let (all, baseline_all) = ratio(&|_| true);
    let (excluding_deliberate, baseline_excluding_deliberate) = ratio(&not_deliberate);
    let (expected_to_agree, baseline_expected_to_agree) = ratio(&|r| r.mark.is_none());
    let staged: Vec<bool> = rows.iter().filter_map(|r| r.stage_agrees).collect();
    let totals = Totals {
        all,
        excluding_deliberate,
        expected_to_agree,
        deliberate_differences: rows.iter().filter(|r| !not_deliberate(r)).count(),
        known_disagreements: rows
            .iter()
            .filter(|r| r.mark == Some(MarkKind::KnownDisagreement))
            .count(),
        baseline_all,
        baseline_excluding_deliberate,
        baseline_expected_to_agree,
        stage: Ratio {
            agree: staged.iter().filter(|s| **s).count(),
            of: staged.len(),
        },
        calibration_overrides: cases
            .iter()
            .filter(|(_, c)| !c.request.calibration.is_empty())
            .count(),
    };
    Ok(Conformance {
        cases: rows,
        totals,
    })
}

impl Conformance {
    /// The table and totals as plain text.
    pub fn to_text(&self) -> String {
        self.render(false)
    }

    /// The table and totals as Markdown (for the book and `cases/README.md`).
    pub fn to_markdown(&self) -> String {
        self.render(true)
    }

    fn render(&self, md: bool) -> String {
        use std::fmt::Write;
        let header = [
            "decision",
            "court",
            "engine",
            "agree",
            "stage (court → engine)",
            "ground (court → engine)",
        ];
        let rows: Vec<[String; 6]> = self
            .cases
            .iter()
            .map(|r| {
                let agree = match (r.agrees, r.mark) {
                    (true, _) => "yes".to_string(),
                    (false, Some(MarkKind::DeliberateDifference)) => {
                        "no: deliberate difference".to_string()
                    }
                    (false, Some(MarkKind::KnownDisagreement)) => {
                        "no: known disagreement".to_string()
                    }
                    (false, None) => "NO".to_string(),
                };
                let ground = match &r.actual_finding {
                    Some(f) => format!("{f} → {}", r.simulated_finding.as_deref().unwrap_or("-")),
                    None => "-".to_string(),
                };
                [
                    r.id.clone(),
                    r.actual.code().to_string(),
                    r.simulated.code().to_string(),
                    agree,
                    format!(
                        "{} → {}",
                        r.actual_stage.code(),
                        stage_code(r.simulated_stage)
                    ),
                    ground,
                ]
            })
            .collect();
        let mut out = String::new();
        if md {
            let _ = writeln!(out, "| {} |", header.join(" | "));
            let _ = writeln!(out, "|{}", " --- |".repeat(header.len()));
            for row in &rows {
                let _ = writeln!(out, "| {} |", row.join(" | "));
            }
        } else {
            let mut widths = header.map(|h| h.chars().count());
            for row in &rows {
                for (w, cell) in widths.iter_mut().zip(row) {
                    *w = (*w).max(cell.chars().count());
                }
            }
            let line = |cells: &[String]| {
                let padded: Vec<String> = cells
                    .iter()
                    .zip(widths)
                    .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
                    .collect();
                padded.join("  ").trim_end().to_string()
            };
            let _ = writeln!(out, "{}", line(&header.map(str::to_string)));
            for row in &rows {
                let _ = writeln!(out, "{}", line(row));
            }
        }
        let marked: Vec<&CaseResult> = self.cases.iter().filter(|r| r.mark.is_some()).collect();
        if !marked.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "{}",
                if md {
                    "Marked differences:\n"
                } else {
                    "Marked differences:"
                }
            );
            for r in marked {
                let kind = match r.mark {
                    Some(MarkKind::DeliberateDifference) => "deliberate difference",
                    _ => "known disagreement",
                };
                let under = match r.agrees_under_patch {
                    Some(true) => " [agrees under the file's agrees_under patch]",
                    Some(false) => " [does NOT agree under the file's agrees_under patch]",
                    None => "",
                };
                let _ = writeln!(
                    out,
                    "- {} ({kind}){under}: {}",
                    r.id,
                    r.reason.as_deref().unwrap_or("")
                );
            }
        }
        let t = &self.totals;
        let base = |b: &Baseline| format!("always {}: {}", b.predict.code(), b.ratio);
        let bullet = if md { "- " } else { "" };
        let _ = writeln!(out);
        let _ = writeln!(out, "{bullet}Agreement, all decisions: {}", t.all);
        let _ = writeln!(
            out,
            "{bullet}Agreement, excluding the deliberate difference{}: {}",
            if t.deliberate_differences == 1 {
                ""
            } else {
                "s"
            },
            t.excluding_deliberate
        );
        let _ = writeln!(
            out,
            "{bullet}Agreement, decisions the engine is expected to reproduce (no mark): {}",
            t.expected_to_agree
        );
        let _ = writeln!(
            out,
            "{bullet}Deliberate differences: {}; known disagreements: {} (counted in the first two lines, listed above)",
            t.deliberate_differences, t.known_disagreements
        );
        let _ = writeln!(
            out,
            "{bullet}Majority-class baseline: all decisions {}; excluding deliberate {}; expected to reproduce {}",
            base(&t.baseline_all),
            base(&t.baseline_excluding_deliberate),
            base(&t.baseline_expected_to_agree)
        );
        let _ = writeln!(
            out,
            "{bullet}Deciding stage agrees where the court's stage is known: {}",
            t.stage
        );
        let _ = writeln!(
            out,
            "{bullet}Calibration fitted to the cases: {}",
            if t.calibration_overrides == 0 {
                "none (the defaults of src/calibration.rs are principled, and no case file overrides a number), so leave-one-out is not applicable".to_string()
            } else {
                format!(
                    "{} case file(s) override calibration numbers: the agreement above is not out-of-sample",
                    t.calibration_overrides
                )
            }
        );
        out
    }
}
