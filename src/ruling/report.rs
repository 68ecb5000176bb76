//! The ruling as a reader gets it: every step with its rule's title, status and sources,
//! and the finding and effect in words, in Dutch or English. The JSON output of the CLI and
//! of the WASM build is this report, serialised once, in one place (`crate::json`).

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::Serialize;

pub use super::text::Lang;
use super::text::{self, num, s};
use super::{
    Effect, Finding, Ground, LawApplied, Outcome, PartRuling, Receipt, Ruling, Stage, Step, Weights,
};
use crate::law::{RuleId, SourceKind, Status};
use crate::{CalibrationEntry, Date, Decimal};

/// The notice every ruling carries, in Dutch.
pub const NOTICE_NL: &str = s::ReportNotice.say(Lang::Nl);
/// The notice every ruling carries, in English.
pub const NOTICE_EN: &str = s::ReportNotice.say(Lang::En);

/// The notice every ruling carries, in a language.
pub(crate) fn notice(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => NOTICE_NL,
        Lang::En => NOTICE_EN,
    }
}

/// A source of a step, with its link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
pub struct ReportSource {
    /// How a lawyer cites it.
    pub label: Cow<'static, str>,
    /// Where to read it (absent for a seed document without a public link).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<Cow<'static, str>>,
    /// What kind of source it is: legislation, case law, official guidance, parliamentary
    /// papers, or secondary (a commentary, used only where no primary source says it).
    pub kind: SourceKind,
}

/// A step of the trace, for the reader.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct ReportStep {
    /// Its number, from 1.
    pub n: usize,
    /// The rule applied.
    pub rule: RuleId,
    /// The rule's title.
    pub title: std::borrow::Cow<'static, str>,
    /// How sure the catalogue is of the rule.
    pub status: Status,
    /// The element the step concerns, if the court rules per element or the regeling has
    /// several.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
    /// The sources, official text first (never empty).
    pub sources: Vec<ReportSource>,
    /// What the step found, in words.
    pub finding: String,
    /// Its effect, in words.
    pub effect_text: String,
    /// Its effect.
    pub effect: Effect,
    /// What it found, as data.
    pub data: Finding,
}

/// The report of a ruling in one language.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct Report {
    /// The version of the report format ([`crate::FORMAT_VERSION`]).
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
    pub trace: Vec<ReportStep>,
    /// Parallel tracks (advice right, nullity, the AP).
    pub flags: Vec<ReportStep>,
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
    /// Engine, law and input.
    pub receipt: Receipt,
}

/// A warning about the law a ruling applied ([`Ruling::warnings`]); the report carries its
/// text ([`Warning::text`]). New kinds of warning may be added.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Warning {
    /// The request's day (`as_of`) is after the catalogue's latest source: the ruling applies
    /// the law as then known, and later changes are unknown to it.
    LawKnownUntil {
        /// The date of the catalogue's latest source ([`crate::law::KNOWN_UNTIL`]).
        known_until: Date,
        /// The day whose law the request asked for.
        as_of: Date,
    },
    /// The request overrode a calibration number.
    CalibrationOverridden {
        /// Its key.
        key: Cow<'static, str>,
        /// The value the request gave it.
        value: Decimal,
        /// Its default.
        default: Decimal,
    },
}

impl Warning {
    /// The warning in words, in a language (as the report writes it).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Warning::LawKnownUntil { known_until, as_of } => s::ReportLawKnownUntil {
                known_until: &known_until.to_string(),
                as_of: &as_of.to_string(),
            }
            .say(lang),
            Warning::CalibrationOverridden {
                key,
                value,
                default,
            } => {
                let (v, d) = (num(*value, lang), num(*default, lang));
                s::ReportCalibrationOverridden {
                    key,
                    value: &v,
                    default: &d,
                }
                .say(lang)
            }
        }
    }
}

fn step(n: usize, s: &Step, lang: Lang) -> ReportStep {
    let rule = s.rule.rule();
    ReportStep {
        n,
        rule: s.rule,
        title: match lang {
            Lang::Nl => rule.title_nl.into(),
            Lang::En => rule.title_en.into(),
        },
        status: rule.status,
        element: s.element.clone(),
        // Theory (the book's) never reaches a ruling: the official text first, then official
        // guidance and case law, secondary sources last.
        sources: finding_sources(&s.finding)
            .into_iter()
            .chain(rule.ruling_sources().map(|x| ReportSource {
                label: Cow::Borrowed(x.label),
                url: x.url.map(Cow::Borrowed),
                kind: x.kind,
            }))
            .collect(),
        finding: text::finding(&s.finding, lang),
        effect_text: text::effect(&s.effect, lang),
        effect: s.effect,
        data: s.finding.clone(),
    }
}

/// Sources a finding cites itself, before its rule's: a step about a decided case cites
/// that decision first.
pub(crate) fn finding_sources(f: &Finding) -> Vec<ReportSource> {
    let cite = |p: &crate::precedent::PrecedentRef| ReportSource {
        label: Cow::Owned(format!("{} ({}, {})", p.name, p.id, p.date)),
        url: Some(Cow::Owned(p.url.clone())),
        // A decision read on the court's own site is case law; a copy elsewhere is secondary.
        kind: if p.url.starts_with("https://uitspraken.rechtspraak.nl/")
            || p.url.starts_with("https://hudoc.echr.coe.int/")
        {
            SourceKind::CaseLaw
        } else {
            SourceKind::Secondary
        },
    };
    match f {
        Finding::PrecedentContradicted { precedent, .. } => vec![cite(precedent)],
        Finding::PrecedentSupports { precedents } => precedents.iter().map(cite).collect(),
        _ => Vec::new(),
    }
}

impl Ruling {
    /// The ruling in one sentence: the outcome, the ground of a grant and the stage.
    pub(crate) fn summary(&self, lang: Lang) -> String {
        let o = text::outcome(self.outcome, lang);
        let st = text::stage(self.deciding_stage, lang);
        match self.ground {
            Some(g) => s::ReportSummaryGround {
                outcome: o,
                ground: text::ground(g, lang),
                stage: st,
            }
            .say(lang),
            None => s::ReportSummary {
                outcome: o,
                stage: st,
            }
            .say(lang),
        }
    }

    /// The warnings about the law applied, typed: a date after the catalogue's knowledge,
    /// and each calibration number the request overrode, in that order. The report's
    /// `warnings` are their texts ([`Warning::text`]).
    pub fn warnings(&self) -> Vec<Warning> {
        let mut warnings = Vec::new();
        if self.law.as_of > self.law.known_until {
            warnings.push(Warning::LawKnownUntil {
                known_until: self.law.known_until,
                as_of: self.law.as_of,
            });
        }
        for o in &self.overrides {
            warnings.push(Warning::CalibrationOverridden {
                key: o.key.clone(),
                value: o.value,
                default: o.default,
            });
        }
        warnings
    }

    /// The warnings' texts in a language.
    pub(crate) fn warning_texts(&self, lang: Lang) -> Vec<String> {
        self.warnings().iter().map(|w| w.text(lang)).collect()
    }

    /// The report of this ruling in a language.
    pub fn report(&self, lang: Lang) -> Report {
        let summary = self.summary(lang);
        let warnings = self.warning_texts(lang);
        Report {
            format: crate::FORMAT_VERSION.into(),
            outcome: self.outcome,
            ground: self.ground,
            deciding_stage: self.deciding_stage,
            summary,
            weights: self.weights,
            parts: self.parts.clone(),
            trace: self
                .trace
                .iter()
                .enumerate()
                .map(|(i, s)| step(i + 1, s, lang))
                .collect(),
            flags: self
                .flags
                .iter()
                .enumerate()
                .map(|(i, s)| step(i + 1, s, lang))
                .collect(),
            warnings,
            overrides: self.overrides.clone(),
            law: self.law.clone(),
            lang,
            notice: notice(lang).into(),
            receipt: self.receipt.clone(),
        }
    }
}

impl Report {
    /// The report as readable text.
    pub fn to_text(&self) -> String {
        use std::fmt::Write;
        let lang = self.lang;
        let mut out = String::new();
        let _ = writeln!(out, "{}", self.summary);
        if let Some(w) = &self.weights {
            let (e, o) = (num(w.employer, self.lang), num(w.works_council, self.lang));
            let weight = s::ReportWeight {
                employer: &e,
                works_council: &o,
            };
            let _ = writeln!(out, "{}", weight.say(lang));
        }
        if self.parts.len() > 1 {
            for p in &self.parts {
                let _ = writeln!(
                    out,
                    "  - {}: {}",
                    p.elements.join(", "),
                    text::outcome(p.outcome, self.lang)
                );
            }
        }
        let _ = writeln!(out, "\n{}", s::ReportReasoning.say(lang));
        for s in &self.trace {
            write_step(&mut out, s);
        }
        if !self.flags.is_empty() {
            let _ = writeln!(out, "\n{}", s::ReportParallelTracks.say(lang));
            for s in &self.flags {
                write_step(&mut out, s);
            }
        }
        for w in &self.warnings {
            let _ = writeln!(out, "\n! {w}");
        }
        let _ = writeln!(out, "\n{}", self.notice);
        let receipt = s::ReportReceipt {
            engine: &self.receipt.engine,
            law: &self.receipt.law_version,
            as_of: &self.law.as_of.to_string(),
            input: &self.receipt.input_sha256,
        };
        let _ = writeln!(out, "{}", receipt.say(lang));
        out
    }
}

fn write_step(out: &mut String, s: &ReportStep) {
    use std::fmt::Write;
    let el = s
        .element
        .as_deref()
        .map(|e| format!(" [{e}]"))
        .unwrap_or_default();
    let _ = writeln!(out, "{:>3}. [{}]{} {}", s.n, s.rule.code(), el, s.finding);
    let _ = writeln!(out, "     → {}", s.effect_text);
    // The text shows the first (official) source; the JSON report carries them all.
    if let Some(x) = s.sources.first() {
        let cite = match &x.url {
            Some(u) => format!("{} <{u}>", x.label),
            None => x.label.to_string(),
        };
        let more = s.sources.len() - 1;
        let more = if more > 0 {
            format!(" (+{more})")
        } else {
            String::new()
        };
        let _ = writeln!(out, "     {cite}{more}");
    }
}
