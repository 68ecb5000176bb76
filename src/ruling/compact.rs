//! The ruling in compact form: what a page that rules as the user types needs, and nothing
//! it already has. A step names its rule by id only — the rule's title, status and sources
//! are in the catalogue ([`crate::law::CATALOGUE`], `kantonrechter rules --json`, the WASM
//! `rules()`), which a page reads once — and carries the sources of its own finding (the
//! decided cases a precedent step cites) only when there are any. There is no receipt: it
//! hashes the request, which the caller has, so it is computed on demand
//! ([`Receipt::for_request`](super::Receipt::for_request), `kantonrechter receipt FILE`, the
//! WASM `receipt()`). Written as compact JSON, one line.
//!
//! Why a second form: the full report repeats every rule's title and sources per step (about
//! 37 KB of pretty JSON for a shipped example) and the memo beside it runs what-if; a page
//! that rules on every keystroke pays for all of it. The compact form has the same outcome,
//! ground, weights, parts, findings and effects as the report: a test pins that.

use schemars::JsonSchema;
use serde::Serialize;

use super::report::{ReportSource, finding_sources, notice};
use super::text::{self, Lang};
use super::{Effect, Ground, LawApplied, Outcome, PartRuling, Ruling, Stage, Step, Weights};
use crate::CalibrationEntry;
use crate::law::RuleId;

/// One step of the trace in compact form: the rule by id, the finding and its effect.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct CompactStep {
    /// The rule applied (its title, status and sources are in the catalogue).
    pub rule: RuleId,
    /// The element of the regeling this step concerns, if one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
    /// What was found, in words.
    pub finding: String,
    /// What it does to the ruling, in words (empty: nothing to say).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub effect_text: String,
    /// What it does to the ruling.
    pub effect: Effect,
    /// Sources the finding cites itself (a decided case), before its rule's; left out when
    /// there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<ReportSource>,
}

/// The ruling in compact form, in one language (see the module's documentation).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct Compact {
    /// The version of the format ([`crate::FORMAT_VERSION`]).
    pub format: std::borrow::Cow<'static, str>,
    /// The outcome.
    pub outcome: Outcome,
    /// The ground of a grant.
    pub ground: Option<Ground>,
    /// Where the test ended.
    pub deciding_stage: Stage,
    /// The ruling in one sentence.
    pub summary: String,
    /// The weights of stage 1 for the whole regeling, if weighed as a whole.
    pub weights: Option<Weights>,
    /// The ruling per part.
    pub parts: Vec<PartRuling>,
    /// The ordered steps.
    pub trace: Vec<CompactStep>,
    /// Parallel tracks (advice right, nullity, the AP).
    pub flags: Vec<CompactStep>,
    /// Warnings about the law applied.
    pub warnings: Vec<String>,
    /// Calibration numbers the request overrode, with their defaults.
    pub overrides: Vec<CalibrationEntry>,
    /// The law applied.
    pub law: LawApplied,
    /// The language of the texts.
    pub lang: Lang,
    /// That this is a simulation, not legal advice.
    pub notice: std::borrow::Cow<'static, str>,
    /// Whether the ruling was checked against the decided cases (as the receipt's field).
    pub precedents: bool,
}

fn step(s: &Step, lang: Lang) -> CompactStep {
    CompactStep {
        rule: s.rule,
        element: s.element.clone(),
        finding: text::finding(&s.finding, lang),
        effect_text: text::effect(&s.effect, lang),
        effect: s.effect,
        cites: finding_sources(&s.finding),
    }
}

impl Ruling {
    /// This ruling in compact form, in a language.
    pub fn compact(&self, lang: Lang) -> Compact {
        Compact {
            format: crate::FORMAT_VERSION.into(),
            outcome: self.outcome,
            ground: self.ground,
            deciding_stage: self.deciding_stage,
            summary: self.summary(lang),
            weights: self.weights,
            parts: self.parts.clone(),
            trace: self.trace.iter().map(|s| step(s, lang)).collect(),
            flags: self.flags.iter().map(|s| step(s, lang)).collect(),
            warnings: self.warning_texts(lang),
            overrides: self.overrides.clone(),
            law: self.law.clone(),
            lang,
            notice: notice(lang).into(),
            precedents: self.receipt.precedents,
        }
    }
}
