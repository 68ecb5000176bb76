//! The conformance suite: real decisions encoded as case files (`cases/*.json`), and how
//! often the engine agrees with the courts.
//!
//! A case file is `{"decision": {...}, "request": {...}}`: the [`Decision`] says what the
//! court decided, who brought the case, and on which sources each part of that rests; the
//! request is an ordinary [`Request`], strict against the input schema, holding only the
//! facts the sources give (unknown stays unknown). `cases/README.md` gives the encoding
//! rules; [`crate::json::parse_case`] reads the JSON text; [`conformance`] evaluates every
//! case and counts; [`blind`] evaluates blind encodings against their outcomes.
//!
//! **Sources.** Every decision names the court's own page it was checked against
//! ([`CourtRecord`]: uitspraken.rechtspraak.nl or a faithful copy of the court's text, or
//! that none was found), quotes its *inhoudsindicatie*, and says for its outcome, its ground
//! and every fact of the request whether it rests on that court record or on a named
//! secondary source ([`Attribution`], [`FactSource`]). AI-generated summaries are not a
//! source ([`AI_SUMMARY_HOSTS`]); a decision marked `verified` rests on the court record
//! alone.
//!
//! **What is counted.** The engine models one procedure: the employer's request for
//! substitute consent (art. 27 lid 4 WOR), which passes the gates (consent right,
//! admissibility, art. 27 lid 5) before the merits. So the agreement figure counts
//! ([`Decision::not_counted`]):
//! - every employer's request under art. 27 lid 4 (part A) whose outcome is known, compared
//!   on the outcome;
//! - a decision on a gate, whoever brought it, where the court's holding is a gate the
//!   engine has (the court's ground is one of the engine's finding codes, e.g. `cao_exhaustive`,
//!   `no_subject_on_list`, `nullity_late`): "no consent required on the scope of art. 27",
//!   or "the decision stands because nullity was invoked too late", holds whoever asked.
//!   The engine must then decide on that same finding: the same outcome for another reason
//!   is not agreement.
//!
//! Not counted, and listed as such: a decision whose outcome is not known from any source
//! that counts; a decision reversed on appeal (the appeal is the holding that stands); and a
//! case the works council brought (nullity, a declaration that consent was required) or the
//! parties brought jointly (art. 96 Rv) without a gate holding — the engine models the
//! employer's request, and such a holding is not an outcome of it.
//!
//! **Marks.** A counted decision the engine departs from on purpose is a *deliberate
//! difference*; one it cannot reproduce because the sources lack facts is a *known
//! disagreement*. Both carry their reason, and may carry `agrees_under`: a JSON merge patch
//! of the request (e.g. another reading) under which the engine does agree, which the test
//! suite checks. Marked cases are counted and listed separately, never hidden; an unmarked
//! counted case that disagrees fails `cargo test`, and so does a marked one that starts
//! agreeing. A decision that is not counted carries no mark.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::request::codes::codes;
use crate::ruling::{Effect, Finding, Ground, Outcome, Ruling, Stage};
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
    /// Outcome, ground and every fact rest on the court's own record (checked: see
    /// [`Decision::validate`]).
    Verified,
    /// Some of it rests on named secondary sources (blogs, newsletters, editorial summaries).
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
    /// The court held that a consent right exists and was not respected (a case the works
    /// council brought, e.g. to have the decision declared void). Not an outcome of the
    /// employer's request: such a decision is not counted.
    ConsentRequired,
    /// No source that counts gives the outcome (e.g. it rested only on an AI summary, which
    /// is not a source). Not counted.
    Unknown,
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
    Unknown = "unknown",
});

impl CourtOutcome {
    /// The outcome written `code` in JSON, if there is one.
    pub fn from_code(code: &str) -> Option<CourtOutcome> {
        let i = CourtOutcome::CODES.iter().position(|c| *c == code)?;
        Some(CourtOutcome::ALL[i])
    }

    /// Does the engine's outcome agree with this holding (on the outcome alone)? A
    /// `consent_required` holding and an unknown outcome agree with none: neither is an
    /// outcome of the employer's request the engine models (and neither is counted).
    pub fn agrees_with(self, simulated: Outcome) -> bool {
        match self {
            CourtOutcome::Granted => simulated == Outcome::Granted,
            CourtOutcome::PartlyGranted => simulated == Outcome::PartlyGranted,
            CourtOutcome::Refused => simulated == Outcome::Refused,
            CourtOutcome::Inadmissible => simulated == Outcome::Inadmissible,
            CourtOutcome::NoConsentRequired => simulated == Outcome::NoConsentRequired,
            CourtOutcome::ConsentRequired | CourtOutcome::Unknown => false,
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

/// Who brought the case, and under which provision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, JsonSchema)]
pub enum InitiatedBy {
    /// The employer asked the kantonrechter for substitute consent (art. 27 lid 4 WOR): the
    /// procedure the engine models. On appeal, the decision is still one on that request.
    #[serde(rename = "employer_request_27_4")]
    EmployerRequestLid4,
    /// The employer asked for a declaration (art. 27 lid 6 WOR), e.g. that the works council
    /// invoked nullity wrongly.
    #[serde(rename = "employer_declaration_27_6")]
    EmployerDeclarationLid6,
    /// The works council brought the case (art. 36 WOR, nullity, a declaration, kort
    /// geding).
    #[serde(rename = "works_council")]
    WorksCouncil,
    /// Employer and works council asked the court jointly (art. 96 Rv).
    #[serde(rename = "joint_96_rv")]
    Joint96Rv,
}

codes!(InitiatedBy {
    EmployerRequestLid4 = "employer_request_27_4",
    EmployerDeclarationLid6 = "employer_declaration_27_6",
    WorksCouncil = "works_council",
    Joint96Rv = "joint_96_rv",
});

/// What kind of page the court record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, JsonSchema)]
pub enum CourtRecordKind {
    /// The decision's page on uitspraken.rechtspraak.nl.
    #[serde(rename = "rechtspraak_nl")]
    RechtspraakNl,
    /// A faithful copy of the court's text (opmaat.sdu.nl, jure.nl, inview.nl), where no
    /// rechtspraak.nl page was found.
    #[serde(rename = "copy")]
    Copy,
    /// No page with the court's text was found.
    #[serde(rename = "none_found")]
    NoneFound,
}

codes!(CourtRecordKind {
    RechtspraakNl = "rechtspraak_nl",
    Copy = "copy",
    NoneFound = "none_found",
});

/// The court's own page the decision was checked against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CourtRecord {
    /// The page read; `null` when none was found. When given, it is also the first of
    /// `sources` (the citation of the decision).
    #[serde(default)]
    pub url: Option<String>,
    /// What kind of page it is.
    pub kind: CourtRecordKind,
    /// A short verbatim quotation of the *inhoudsindicatie* (the court's own summary);
    /// `null` when no court record was found.
    #[serde(default)]
    pub inhoudsindicatie: Option<String>,
    /// What part of the decision was readable (e.g. "header, inhoudsindicatie and the
    /// procedure; no considerations or dictum").
    pub read: String,
}

/// Where a claim about the decision comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SourceKind {
    /// The court's own record (`court_record`).
    CourtRecord,
    /// A named secondary source (its URL, one of the decision's `sources`).
    Secondary,
    /// No source that counts.
    Unknown,
}

impl SourceKind {
    /// The code as written in JSON.
    pub fn code(self) -> &'static str {
        match self {
            SourceKind::CourtRecord => "court_record",
            SourceKind::Secondary => "secondary",
            SourceKind::Unknown => "unknown",
        }
    }

    /// The kind of the source `source` names: `court_record`, `unknown`, or else a URL.
    pub fn of(source: &str) -> SourceKind {
        match source {
            COURT_RECORD => SourceKind::CourtRecord,
            UNKNOWN => SourceKind::Unknown,
            _ => SourceKind::Secondary,
        }
    }
}

/// The source value that names the court's own record.
pub const COURT_RECORD: &str = "court_record";
/// The source value that says no source that counts gives it.
pub const UNKNOWN: &str = "unknown";

/// Hosts whose pages are AI-generated summaries, which are not a source: a case file that
/// names one is rejected. (lexboost.com's "AI samenvatting" states, for
/// `ECLI:NL:RBMNE:2021:3538`, the opposite of the court's own summary.)
pub const AI_SUMMARY_HOSTS: &[&str] = &["lexboost.com"];

/// The source of the outcome or of the ground.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attribution {
    /// `court_record`, the URL of a secondary source (one of the decision's `sources`), or
    /// `unknown`.
    pub source: String,
    /// A short verbatim quotation of what was read there (required for `court_record`).
    #[serde(default)]
    pub quote: Option<String>,
    /// What the quotation does and does not say.
    #[serde(default)]
    pub note: Option<String>,
}

impl Attribution {
    /// The kind of source.
    pub fn kind(&self) -> SourceKind {
        SourceKind::of(&self.source)
    }
}

/// The source of one fact of the request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FactSource {
    /// The fact: a JSON pointer (RFC 6901) into `request`, e.g.
    /// `/regeling/elements/0/measure/technology`. It covers that value and everything under
    /// it; every value the request states must be covered (its titles and element ids
    /// excepted).
    pub fact: String,
    /// `court_record`, or the URL of a secondary source (one of the decision's `sources`).
    pub source: String,
    /// A short verbatim quotation of what was read there.
    #[serde(default)]
    pub quote: Option<String>,
    /// Why the value is a fact (a finding of fact: proven, not proven, undisputed), or where
    /// it is our reading of what the source says.
    #[serde(default)]
    pub note: Option<String>,
}

/// The values of `court_ground` that name the court's ground on the merits (or say it is
/// unknown), each with what it means. Any other value is a finding code of the engine at a
/// gate (e.g. `cao_exhaustive`), on which the engine must then decide.
pub const MERITS_GROUNDS: &[(&str, &str)] = &[
    (
        "ground1_unreasonable_refusal",
        "granted: the works council's refusal is unreasonable",
    ),
    (
        "ground2_weighty_reasons",
        "granted: weighty reasons require the decision",
    ),
    (
        "weighing_of_interests",
        "decided on a weighing of the interests; the source does not name the limb of art. 27 lid 4",
    ),
    (
        "both_grounds_required",
        "refused: weighty reasons found, but the refusal held not unreasonable (both grounds demanded)",
    ),
    (
        "refusal_not_unreasonable",
        "refused: the works council could reasonably refuse (ground 2 not reported)",
    ),
    (
        "no_ground_met",
        "refused: neither the refusal unreasonable nor weighty reasons that require the decision",
    ),
    (
        "decision_void_without_consent",
        "a consent right exists and consent was not obtained: the decision is void",
    ),
    ("unknown", "no source that counts gives the ground"),
];

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
    /// The request with `agrees_under` applied: [`crate::json::parse_case`] reads the patch
    /// and keeps the patched request here, for [`evaluate_case`] (the model applies no JSON
    /// patch). Not part of the case file.
    #[serde(skip)]
    #[schemars(skip)]
    pub patched: Option<Request>,
}

/// What the court decided, who brought the case, and what each part of that rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The ECLI (for a decision known by an LJN, the standard conversion
    /// `ECLI:NL:COURT:YEAR:LJN`), or `null` where the decision has none.
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
    /// Who brought the case, and under which provision.
    pub initiated_by: InitiatedBy,
    /// The court's own page the decision was checked against.
    pub court_record: CourtRecord,
    /// The URLs of the sources the encoding rests on (at least one): the court record
    /// first, where one was found, then the secondary sources. No AI summary.
    pub sources: Vec<String>,
    /// How sure the summary is.
    pub confidence: Confidence,
    /// What the court decided.
    pub outcome: CourtOutcome,
    /// Where the outcome comes from.
    pub outcome_source: Attribution,
    /// The court's ground as far as known: one of [`MERITS_GROUNDS`], or the engine's
    /// finding code for the gate the court decided on (e.g. `cao_exhaustive`,
    /// `ends_tolerated_practice`, `nullity_late`), on which the engine must then decide.
    pub court_ground: String,
    /// Where the ground comes from.
    pub ground_source: Attribution,
    /// Where the court's test ended.
    pub deciding_stage: CourtStage,
    /// The source of every fact of the request.
    pub fact_sources: Vec<FactSource>,
    /// The factors the court named as decisive.
    #[serde(default)]
    pub decisive_factors: Vec<String>,
    /// Which facts rest on secondary sources or on our reading, and what was removed as a
    /// conclusion of the court rather than a finding of fact.
    #[serde(default)]
    pub secondary_facts: Vec<String>,
    /// What the sources do not say.
    #[serde(default)]
    pub unknown_facts: Vec<String>,
    /// The decision that reversed this one on appeal (on the point encoded), if any. An
    /// overruled decision is still a case of the suite, but neither counted nor a
    /// precedent.
    #[serde(default)]
    pub overruled_by: Option<String>,
    /// A difference the engine makes on purpose, with its legal reason.
    #[serde(default)]
    pub deliberate_difference: Option<Mark>,
    /// A difference the engine cannot avoid on these sources, with the reason.
    #[serde(default)]
    pub known_disagreement: Option<Mark>,
}

/// Why a decision is not counted in the agreement figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NotCounted {
    /// No source that counts gives the outcome.
    OutcomeUnknown,
    /// Reversed on appeal on the point encoded: the appeal is the holding that stands.
    ReversedOnAppeal,
    /// Brought by the works council (or jointly, or under art. 27 lid 6) and decided other
    /// than on a gate the engine has: the engine models the employer's request.
    NotTheEmployersRequest,
}

impl NotCounted {
    /// The code as written in JSON.
    pub fn code(self) -> &'static str {
        match self {
            NotCounted::OutcomeUnknown => "outcome_unknown",
            NotCounted::ReversedOnAppeal => "reversed_on_appeal",
            NotCounted::NotTheEmployersRequest => "not_the_employers_request",
        }
    }

    /// What it means, in a few words.
    pub fn text(self) -> &'static str {
        match self {
            NotCounted::OutcomeUnknown => "the outcome is not known from a source that counts",
            NotCounted::ReversedOnAppeal => "reversed on appeal; the appeal is the holding",
            NotCounted::NotTheEmployersRequest => {
                "not brought as the employer's request, and no gate holding: the engine models the employer's request"
            }
        }
    }
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

    /// The first source URL (for citations): the court record, where one was found.
    pub fn url(&self) -> &str {
        self.sources.first().map(String::as_str).unwrap_or("")
    }

    /// The court's ground at a gate, as the engine's finding code: `court_ground` when it is
    /// not one of [`MERITS_GROUNDS`].
    pub fn deciding_finding(&self) -> Option<&str> {
        let g = self.court_ground.as_str();
        (!MERITS_GROUNDS.iter().any(|(code, _)| *code == g)).then_some(g)
    }

    /// Why this decision is not counted in the agreement figure, or `None` when it is (see
    /// the module docs).
    pub fn not_counted(&self) -> Option<NotCounted> {
        if self.outcome == CourtOutcome::Unknown {
            Some(NotCounted::OutcomeUnknown)
        } else if self.overruled_by.is_some() {
            Some(NotCounted::ReversedOnAppeal)
        } else if self.initiated_by == InitiatedBy::EmployerRequestLid4
            || self.deciding_finding().is_some()
        {
            None
        } else {
            Some(NotCounted::NotTheEmployersRequest)
        }
    }

    /// Check what the types cannot: an id, sources that are URLs and no AI summary, a court
    /// record consistent with the sources, attributions that name a source of the file, a
    /// `verified` confidence that rests on the court record alone, at most one mark and
    /// none on a decision that is not counted. Errors name the JSON path under
    /// `$.decision`. (That every fact of the request has its source is checked against the
    /// request as written, by [`crate::json::parse_case`].)
    pub fn validate(&self) -> Result<(), InputError> {
        let nonempty = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
        if !nonempty(&self.ecli) && !nonempty(&self.reference) {
            return Err(InputError::new(
                "$.decision.ecli",
                "an ECLI, or a reference where the decision has no ECLI",
            ));
        }
        if let Some(e) = &self.ecli
            && !is_ecli(e)
        {
            return Err(InputError::new(
                "$.decision.ecli",
                format!(
                    "an ECLI written ECLI:NL:COURT:YEAR:NUMBER, found {}",
                    crate::syntax::quote(e)
                ),
            ));
        }
        if self.sources.is_empty() {
            return Err(InputError::new(
                "$.decision.sources",
                "at least one source URL",
            ));
        }
        for (i, s) in self.sources.iter().enumerate() {
            url(&format!("$.decision.sources[{i}]"), s)?;
        }
        for (field, text) in [("name", &self.name), ("court", &self.court)] {
            if text.trim().is_empty() {
                return Err(InputError::new(
                    format!("$.decision.{field}"),
                    "a non-empty text",
                ));
            }
        }
        self.validate_court_record()?;
        self.validate_attributions()?;
        let g = &self.court_ground;
        if g.is_empty()
            || !g
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err(InputError::new(
                "$.decision.court_ground",
                format!(
                    "a ground in snake_case (one of {}, or a finding code such as \"cao_exhaustive\"), found {}",
                    MERITS_GROUNDS
                        .iter()
                        .map(|(c, _)| *c)
                        .collect::<Vec<_>>()
                        .join(", "),
                    crate::syntax::quote(g)
                ),
            ));
        }
        if self.part == Part::A && self.initiated_by != InitiatedBy::EmployerRequestLid4 {
            return Err(InputError::new(
                "$.decision.initiated_by",
                "employer_request_27_4 for a part A decision (a request for substitute consent)",
            ));
        }
        if self.confidence == Confidence::Verified {
            let rests_on_record = self.outcome_source.kind() == SourceKind::CourtRecord
                && self.ground_source.kind() == SourceKind::CourtRecord
                && self
                    .fact_sources
                    .iter()
                    .all(|f| SourceKind::of(&f.source) == SourceKind::CourtRecord);
            if !rests_on_record {
                return Err(InputError::new(
                    "$.decision.confidence",
                    "\"partly\": a verified decision rests on the court record alone (outcome, ground and every fact)",
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
                if let Some(why) = self.not_counted() {
                    return Err(InputError::new(
                        format!("$.decision.{field}"),
                        format!("no mark on a decision that is not counted ({})", why.text()),
                    ));
                }
            }
        }
        Ok(())
    }

    fn validate_court_record(&self) -> Result<(), InputError> {
        let r = &self.court_record;
        let at = |field: &str| format!("$.decision.court_record.{field}");
        match (&r.url, r.kind) {
            (None, CourtRecordKind::NoneFound) => {
                if r.inhoudsindicatie.is_some() {
                    return Err(InputError::new(
                        at("inhoudsindicatie"),
                        "null: no court record was found",
                    ));
                }
            }
            (Some(_), CourtRecordKind::NoneFound) => {
                return Err(InputError::new(
                    at("url"),
                    "null when no court record was found",
                ));
            }
            (None, _) => {
                return Err(InputError::new(
                    at("url"),
                    "the URL of the court record (or kind \"none_found\")",
                ));
            }
            (Some(u), _) => {
                url(&at("url"), u)?;
                if self.sources.first() != Some(u) {
                    return Err(InputError::new(
                        "$.decision.sources[0]",
                        format!("the court record's URL first, {}", crate::syntax::quote(u)),
                    ));
                }
                if r.inhoudsindicatie
                    .as_deref()
                    .is_none_or(|q| q.trim().is_empty())
                {
                    return Err(InputError::new(
                        at("inhoudsindicatie"),
                        "a short verbatim quotation of the inhoudsindicatie",
                    ));
                }
            }
        }
        if r.read.trim().is_empty() {
            return Err(InputError::new(
                at("read"),
                "what part of the decision was readable",
            ));
        }
        Ok(())
    }

    /// Every attribution names the court record (when there is one), `unknown` where
    /// allowed, or one of the file's sources; a court-record attribution quotes it.
    fn validate_attributions(&self) -> Result<(), InputError> {
        let has_record = self.court_record.kind != CourtRecordKind::NoneFound;
        // (path, source, quote, may the source be `unknown`, must a court record be quoted)
        let check = |path: String,
                     source: &str,
                     quote: &Option<String>,
                     may_be_unknown: bool,
                     quoted: bool| {
            let has_quote = quote.as_deref().is_some_and(|q| !q.trim().is_empty());
            match SourceKind::of(source) {
                SourceKind::CourtRecord if !has_record => Err(InputError::new(
                    format!("{path}.source"),
                    "a secondary source's URL: no court record was found",
                )),
                SourceKind::CourtRecord if quoted && !has_quote => Err(InputError::new(
                    format!("{path}.quote"),
                    "a short verbatim quotation of the court record",
                )),
                SourceKind::Unknown if !may_be_unknown => Err(InputError::new(
                    format!("{path}.source"),
                    "\"court_record\" or a URL of the decision's sources",
                )),
                SourceKind::Secondary if !self.sources.iter().any(|s| s == source) => {
                    Err(InputError::new(
                        format!("{path}.source"),
                        format!(
                            "\"court_record\", \"unknown\" or one of the decision's sources, found {}",
                            crate::syntax::quote(source)
                        ),
                    ))
                }
                _ => Ok(()),
            }
        };
        check(
            "$.decision.outcome_source".into(),
            &self.outcome_source.source,
            &self.outcome_source.quote,
            true,
            true,
        )?;
        check(
            "$.decision.ground_source".into(),
            &self.ground_source.source,
            &self.ground_source.quote,
            true,
            true,
        )?;
        if (self.outcome == CourtOutcome::Unknown)
            != (self.outcome_source.kind() == SourceKind::Unknown)
        {
            return Err(InputError::new(
                "$.decision.outcome_source.source",
                "\"unknown\" exactly when the outcome is unknown",
            ));
        }
        if (self.court_ground == UNKNOWN) != (self.ground_source.kind() == SourceKind::Unknown) {
            return Err(InputError::new(
                "$.decision.ground_source.source",
                "\"unknown\" exactly when the court's ground is unknown",
            ));
        }
        for (i, f) in self.fact_sources.iter().enumerate() {
            let path = format!("$.decision.fact_sources[{i}]");
            if !f.fact.starts_with('/') {
                return Err(InputError::new(
                    format!("{path}.fact"),
                    format!(
                        "a JSON pointer into the request, such as \"/regeling/subjects\", found {}",
                        crate::syntax::quote(&f.fact)
                    ),
                ));
            }
            check(path, &f.source, &f.quote, false, false)?;
        }
        Ok(())
    }
}

fn url(path: &str, s: &str) -> Result<(), InputError> {
    if !(s.starts_with("https://") || s.starts_with("http://")) {
        return Err(InputError::new(
            path,
            format!(
                "a URL starting with https:// or http://, found {}",
                crate::syntax::quote(s)
            ),
        ));
    }
    let host = s
        .split_once("://")
        .map(|(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or(""))
        .unwrap_or("");
    if let Some(ai) = AI_SUMMARY_HOSTS
        .iter()
        .find(|h| host == **h || host.ends_with(&format!(".{h}")))
    {
        return Err(InputError::new(
            path,
            format!("a source, found an AI-generated summary ({ai}), which is not one"),
        ));
    }
    Ok(())
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
    /// Who brought the case.
    pub initiated_by: InitiatedBy,
    /// How sure the summary is.
    pub confidence: Confidence,
    /// What the court decided.
    pub actual: CourtOutcome,
    /// Where the court's outcome comes from.
    pub outcome_source: SourceKind,
    /// What the engine decides.
    pub simulated: Outcome,
    /// The court's ground ([`Decision::court_ground`]).
    pub court_ground: String,
    /// Where the court's ground comes from.
    pub ground_source: SourceKind,
    /// The engine's ground, in the same codes ([`engine_ground`]).
    pub engine_ground: String,
    /// Where the court's test ended.
    pub actual_stage: CourtStage,
    /// Where the engine's test ended.
    pub simulated_stage: Stage,
    /// The court's ground at a gate, if it decided on one: the engine must decide on it.
    pub actual_finding: Option<String>,
    /// The finding of the engine's deciding step.
    pub simulated_finding: Option<String>,
    /// Does the engine agree (outcome, and the gate finding where there is one)?
    pub agrees: bool,
    /// Is the decision counted in the agreement figure?
    pub counted: bool,
    /// Why not, if it is not.
    pub not_counted: Option<NotCounted>,
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
    /// How many decisions the table shows.
    pub decisions: usize,
    /// The informed agreement: the counted decisions (see the module docs).
    pub counted: Ratio,
    /// The majority-class baseline over the counted decisions.
    pub baseline_counted: Baseline,
    /// The counted decisions whose outcome rests on the court's own record.
    pub counted_court_record: Ratio,
    /// The baseline over those.
    pub baseline_court_record: Baseline,
    /// The counted decisions but the deliberate differences.
    pub excluding_deliberate: Ratio,
    /// The baseline over those.
    pub baseline_excluding_deliberate: Baseline,
    /// The counted decisions without a mark: every one must agree (`cargo test`).
    pub expected_to_agree: Ratio,
    /// How many deliberate differences.
    pub deliberate_differences: usize,
    /// How many known disagreements.
    pub known_disagreements: usize,
    /// How many decisions are not counted (listed with the reason).
    pub not_counted: usize,
    /// Agreement on the deciding stage, counted decisions whose court stage is known.
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
    /// The blind encodings evaluated against their outcomes, one run per directory.
    pub blind: Vec<BlindRun>,
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
    InputError::new(e.path.replacen('$', prefix, 1), e.expected.clone()).with_kind(e.kind())
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
    let text = crate::syntax::compact(f);
    let rest = text.split_once("\"finding\":\"")?.1;
    rest.split_once('"').map(|(code, _)| code.to_string())
}

/// The engine's ground in the codes of `court_ground`: the deciding finding at a gate or a
/// legality check, `ground1_unreasonable_refusal` or `ground2_weighty_reasons` for a grant,
/// `no_ground_met` for a refusal on the merits.
pub fn engine_ground(ruling: &Ruling) -> String {
    match (ruling.deciding_stage, ruling.outcome) {
        (Stage::Gates | Stage::Legality, _) => {
            deciding_finding(ruling).unwrap_or_else(|| UNKNOWN.to_string())
        }
        (_, Outcome::Refused) => "no_ground_met".to_string(),
        (_, Outcome::Granted | Outcome::PartlyGranted) => match ruling.ground {
            Some(Ground::UnreasonableRefusal) => "ground1_unreasonable_refusal".to_string(),
            Some(Ground::WeightyReasons) => "ground2_weighty_reasons".to_string(),
            None => UNKNOWN.to_string(),
        },
        _ => deciding_finding(ruling).unwrap_or_else(|| UNKNOWN.to_string()),
    }
}

/// Does the ruling agree with the decision? The outcome must agree and, where the court
/// decided on a gate, the engine must decide on the same finding.
pub fn agrees(decision: &Decision, ruling: &Ruling) -> bool {
    decision.outcome.agrees_with(ruling.outcome)
        && decision
            .deciding_finding()
            .is_none_or(|f| deciding_finding(ruling).as_deref() == Some(f))
}

/// Evaluate one case: the engine's ruling on the request, compared with the decision.
/// `file` names the case in errors and in the result.
pub fn evaluate_case(file: &str, case: &CaseFile) -> Result<CaseResult, CaseError> {
    let err = |error: Error| CaseError {
        file: file.to_string(),
        error,
    };
    let d = &case.decision;
    let ruling =
        crate::evaluate_with(&case.request, &crate::Options::without_precedents()).map_err(err)?;
    let agrees_now = agrees(d, &ruling);
    let mark = d.mark();
    let agrees_under_patch =
        match mark.and_then(|(kind, m)| Some((kind, m.agrees_under.as_ref().map(|_| &m.patched)?)))
        {
            None => None,
            Some((kind, patch)) => {
                let field = match kind {
                    MarkKind::DeliberateDifference => "deliberate_difference",
                    MarkKind::KnownDisagreement => "known_disagreement",
                };
                let variant = patch.as_ref().ok_or_else(|| {
                    err(Error::Input(InputError::new(
                        format!("$.decision.{field}.agrees_under"),
                        "a patch applied where the case file is read (`parse_case`)",
                    )))
                })?;
                // An input error of the patched request lies in what the patch wrote.
                let r = crate::evaluate_with(variant, &crate::Options::without_precedents())
                    .map_err(|e| match e {
                        Error::Input(e) => {
                            let kind = e.kind();
                            err(Error::Input(
                                InputError::new(
                                    format!(
                                        "$.decision.{field}.agrees_under{}",
                                        e.path.trim_start_matches('$')
                                    ),
                                    e.expected,
                                )
                                .with_kind(kind),
                            ))
                        }
                        other => err(other),
                    })?;
                Some(agrees(d, &r))
            }
        };
    let not_counted = d.not_counted();
    Ok(CaseResult {
        file: file.to_string(),
        id: d.id().to_string(),
        name: d.name.clone(),
        part: d.part,
        initiated_by: d.initiated_by,
        confidence: d.confidence,
        actual: d.outcome,
        outcome_source: d.outcome_source.kind(),
        simulated: ruling.outcome,
        court_ground: d.court_ground.clone(),
        ground_source: d.ground_source.kind(),
        engine_ground: engine_ground(&ruling),
        actual_stage: d.deciding_stage,
        simulated_stage: ruling.deciding_stage,
        actual_finding: d.deciding_finding().map(str::to_string),
        simulated_finding: deciding_finding(&ruling),
        agrees: agrees_now,
        counted: not_counted.is_none(),
        not_counted,
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
    best_of(actual, &OUTCOMES)
}

/// The best of always predicting one of `candidates` (ties go to the first).
fn best_of(actual: &[CourtOutcome], candidates: &[Outcome]) -> Baseline {
    let score = |o: Outcome| actual.iter().filter(|a| a.agrees_with(o)).count();
    let mut best = candidates[0];
    for &o in candidates {
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
/// The result has no blind runs; add them with [`blind`].
pub fn conformance(cases: &[(String, CaseFile)]) -> Result<Conformance, CaseError> {
    let rows = cases
        .iter()
        .map(|(file, case)| evaluate_case(file, case))
        .collect::<Result<Vec<_>, _>>()?;
    let ratio = |keep: &dyn Fn(&CaseResult) -> bool| {
        let kept: Vec<&CaseResult> = rows.iter().filter(|r| r.counted && keep(r)).collect();
        let r = Ratio {
            agree: kept.iter().filter(|r| r.agrees).count(),
            of: kept.len(),
        };
        let actual: Vec<CourtOutcome> = kept.iter().map(|r| r.actual).collect();
        (r, baseline(&actual))
    };
    let not_deliberate = |r: &CaseResult| r.mark != Some(MarkKind::DeliberateDifference);
    let (counted, baseline_counted) = ratio(&|_| true);
    let (counted_court_record, baseline_court_record) =
        ratio(&|r| r.outcome_source == SourceKind::CourtRecord);
    let (excluding_deliberate, baseline_excluding_deliberate) = ratio(&not_deliberate);
    let (expected_to_agree, _) = ratio(&|r| r.mark.is_none());
    let staged: Vec<bool> = rows
        .iter()
        .filter(|r| r.counted)
        .filter_map(|r| r.stage_agrees)
        .collect();
    let totals = Totals {
        decisions: rows.len(),
        counted,
        baseline_counted,
        counted_court_record,
        baseline_court_record,
        excluding_deliberate,
        baseline_excluding_deliberate,
        expected_to_agree,
        deliberate_differences: rows.iter().filter(|r| !not_deliberate(r)).count(),
        known_disagreements: rows
            .iter()
            .filter(|r| r.mark == Some(MarkKind::KnownDisagreement))
            .count(),
        not_counted: rows.iter().filter(|r| !r.counted).count(),
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
        blind: Vec::new(),
    })
}

// ------------------------------------------------------------------------------- blind

/// The court's outcome for one blind encoding (`outcomes.json` maps each file's stem, e.g.
/// `"T01"`, to one of these). The encoder never saw it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BlindOutcome {
    /// The decision the file encodes.
    pub ecli: String,
    /// What the court decided.
    pub court_outcome: CourtOutcome,
}

/// One blind encoding, evaluated.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct BlindRow {
    /// The file's stem (`"T01"`).
    pub file: String,
    /// The decision it encodes.
    pub ecli: String,
    /// What the court decided.
    pub court: CourtOutcome,
    /// What the engine decides on the blind facts.
    pub engine: Outcome,
    /// Do they agree?
    pub agrees: bool,
}

/// The blind encodings of one directory, evaluated against their outcomes.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct BlindRun {
    /// The directory (as the caller named it).
    pub dir: String,
    /// One row per file, in file-name order.
    pub rows: Vec<BlindRow>,
    /// The blind agreement.
    pub agreement: Ratio,
    /// The better of always predicting `granted` and always predicting `refused` (a tie
    /// goes to `granted`).
    pub baseline: Baseline,
}

/// A blind encoding that could not be evaluated, or an outcome without its file: which
/// file (a request, or `outcomes.json`), and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlindError {
    /// The file.
    pub file: String,
    /// Why.
    pub error: Error,
}

impl std::fmt::Display for BlindError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.error)
    }
}

impl std::error::Error for BlindError {}

/// Evaluate blind encodings: `requests` pairs each file's stem with its request; every
/// stem needs its outcome in `outcomes`, and every outcome its file. Errors name the file
/// (or `outcomes.json`).
pub fn blind(
    dir: &str,
    requests: &[(String, Request)],
    outcomes: &BTreeMap<String, BlindOutcome>,
) -> Result<BlindRun, BlindError> {
    let fail = |file: String, path: &str, expected: String| BlindError {
        file,
        error: Error::Input(InputError::new(path, expected)),
    };
    let outcomes_file = format!("{dir}/outcomes.json");
    for stem in outcomes.keys() {
        if !requests.iter().any(|(s, _)| s == stem) {
            return Err(fail(
                outcomes_file.clone(),
                &format!("$.{stem}"),
                format!(
                    "an outcome only for a file of the directory, found none named {stem}.json"
                ),
            ));
        }
    }
    let mut rows = Vec::new();
    for (stem, request) in requests {
        let Some(o) = outcomes.get(stem) else {
            return Err(fail(
                outcomes_file.clone(),
                "$",
                format!("the court's outcome of {stem}.json"),
            ));
        };
        let ruling = crate::evaluate_with(request, &crate::Options::without_precedents()).map_err(
            |error| BlindError {
                file: format!("{dir}/{stem}.json"),
                error,
            },
        )?;
        rows.push(BlindRow {
            file: stem.clone(),
            ecli: o.ecli.clone(),
            court: o.court_outcome,
            engine: ruling.outcome,
            agrees: o.court_outcome.agrees_with(ruling.outcome),
        });
    }
    let actual: Vec<CourtOutcome> = rows.iter().map(|r| r.court).collect();
    Ok(BlindRun {
        dir: dir.to_string(),
        agreement: Ratio {
            agree: rows.iter().filter(|r| r.agrees).count(),
            of: rows.len(),
        },
        baseline: best_of(&actual, &[Outcome::Granted, Outcome::Refused]),
        rows,
    })
}

// ------------------------------------------------------------------------------ render

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
        let mut out = String::new();
        let header = [
            "decision",
            "brought by",
            "court",
            "outcome source",
            "engine",
            "agree",
            "ground (court [source] → engine)",
            "stage (court → engine)",
        ];
        let rows: Vec<Vec<String>> = self
            .cases
            .iter()
            .map(|r| {
                let agree = match (r.not_counted, r.agrees, r.mark) {
                    (Some(why), _, _) => format!("not counted: {}", why.code()),
                    (None, true, _) => "yes".to_string(),
                    (None, false, Some(MarkKind::DeliberateDifference)) => {
                        "no: deliberate difference".to_string()
                    }
                    (None, false, Some(MarkKind::KnownDisagreement)) => {
                        "no: known disagreement".to_string()
                    }
                    (None, false, None) => "NO".to_string(),
                };
                vec![
                    r.id.clone(),
                    r.initiated_by.code().to_string(),
                    r.actual.code().to_string(),
                    r.outcome_source.code().to_string(),
                    r.simulated.code().to_string(),
                    agree,
                    format!(
                        "{} [{}] → {}",
                        r.court_ground,
                        r.ground_source.code(),
                        r.engine_ground
                    ),
                    format!(
                        "{} → {}",
                        r.actual_stage.code(),
                        stage_code(r.simulated_stage)
                    ),
                ]
            })
            .collect();
        table(&mut out, md, &header, &rows);
        let not_counted: Vec<&CaseResult> = self.cases.iter().filter(|r| !r.counted).collect();
        if !not_counted.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "Not counted in the agreement figure:{}",
                if md { "\n" } else { "" }
            );
            for r in not_counted {
                if let Some(why) = r.not_counted {
                    let _ = writeln!(
                        out,
                        "- {} ({}): {}",
                        r.id,
                        r.initiated_by.code(),
                        why.text()
                    );
                }
            }
        }
        let marked: Vec<&CaseResult> = self.cases.iter().filter(|r| r.mark.is_some()).collect();
        if !marked.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "Marked differences:{}", if md { "\n" } else { "" });
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
        let _ = writeln!(
            out,
            "{bullet}Informed agreement, counted decisions: {} — majority-class baseline {}",
            t.counted,
            base(&t.baseline_counted)
        );
        let _ = writeln!(
            out,
            "{bullet}  of which the outcome rests on the court's own record: {} — baseline {}",
            t.counted_court_record,
            base(&t.baseline_court_record)
        );
        let _ = writeln!(
            out,
            "{bullet}Informed agreement, excluding the deliberate difference{}: {} — baseline {}",
            if t.deliberate_differences == 1 {
                ""
            } else {
                "s"
            },
            t.excluding_deliberate,
            base(&t.baseline_excluding_deliberate)
        );
        let _ = writeln!(
            out,
            "{bullet}Counted decisions the engine is expected to reproduce (no mark): {}",
            t.expected_to_agree
        );
        let _ = writeln!(
            out,
            "{bullet}Deliberate differences: {}; known disagreements: {}; not counted: {} of {} decisions (listed above)",
            t.deliberate_differences, t.known_disagreements, t.not_counted, t.decisions
        );
        let _ = writeln!(
            out,
            "{bullet}Deciding stage agrees where the court's stage is known (counted decisions): {}",
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
        for b in &self.blind {
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "Blind encodings ({}): the facts encoded by someone who did not know the outcome{}",
                b.dir,
                if md { "\n" } else { "" }
            );
            let rows: Vec<Vec<String>> = b
                .rows
                .iter()
                .map(|r| {
                    vec![
                        r.file.clone(),
                        r.ecli.clone(),
                        r.court.code().to_string(),
                        r.engine.code().to_string(),
                        if r.agrees { "yes" } else { "no" }.to_string(),
                    ]
                })
                .collect();
            table(
                &mut out,
                md,
                &["file", "decision", "court", "engine", "agree"],
                &rows,
            );
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "{bullet}Blind agreement: {} — baseline {}",
                b.agreement,
                base(&b.baseline)
            );
        }
        out
    }
}

/// A table as Markdown or as aligned plain text.
fn table(out: &mut String, md: bool, header: &[&str], rows: &[Vec<String>]) {
    use std::fmt::Write;
    if md {
        let _ = writeln!(out, "| {} |", header.join(" | "));
        let _ = writeln!(out, "|{}", " --- |".repeat(header.len()));
        for row in rows {
            let _ = writeln!(out, "| {} |", row.join(" | "));
        }
        return;
    }
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    let head: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let _ = writeln!(out, "{}", line(&head));
    for row in rows {
        let _ = writeln!(out, "{}", line(row));
    }
}
