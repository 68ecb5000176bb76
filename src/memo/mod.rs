//! The ruling as a lawyer reads it: a memo to paste.
//!
//! A [`Memo`] puts the conclusion first — the [`Summary`]: outcome and ground in one
//! sentence, the decisive facts, how close the ruling is (the weights and the fewest changes
//! that would turn it, from [`whatif`](crate::whatif)), and whether it holds under every
//! named reading of disputed law — then the facts as the request states them, the reasoning
//! in the form of a beschikking grouped under the court's [`Question`]s, the decision
//! (*dictum*) and the costs, and what each side could still prove. The numbered trace of
//! the [`Report`] stays the engineer's and the student's view (`--trace`, JSON).
//!
//! Nothing here decides anything: the memo reads the ruling and re-runs the engine only to
//! measure the margin and the readings. It is plain data (serialised by `json/` like the
//! report), rendered as text or Markdown by [`Memo::to_text`] and [`Memo::to_markdown`].

mod evidence;
mod question;
mod render;
mod summary;
mod words;

use schemars::JsonSchema;
use serde::Serialize;

pub use evidence::{EvidenceItem, EvidenceList};
pub use question::Question;
pub use summary::{Margin, ReadingCheck, Summary};

use crate::request::Request;
use crate::ruling::{Assessment, Effect, Finding, Lang, Outcome, Report, ReportStep, Ruling};
use crate::{Error, Options};

/// One consideration (*rechtsoverweging*) of the reasoning.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct Consideration {
    /// The element it concerns, where the regeling has several.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
    /// The text.
    pub text: String,
    /// Whether this consideration carries the outcome of its question.
    pub decisive: bool,
}

/// The reasoning under one of the court's questions.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct Section {
    /// The question.
    pub question: Question,
    /// Its heading, in the reader's language.
    pub heading: std::borrow::Cow<'static, str>,
    /// The considerations, the decisive one first; requirements that are met are condensed
    /// into one.
    pub considerations: Vec<Consideration>,
    /// The sources of the section, each once (the official text of each rule applied).
    pub sources: Vec<crate::ruling::ReportSource>,
}

/// The memo of a ruling: summary, facts, reasoning, decision, costs, evidence checklist.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct Memo {
    /// The language of the texts.
    pub lang: Lang,
    /// The case's title, if the request gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The conclusion first.
    pub summary: Summary,
    /// The facts as the request states them.
    pub facts: Vec<String>,
    /// The reasoning, grouped under the court's questions, in their order.
    pub reasoning: Vec<Section>,
    /// Other points the court would note (advice right, nullity, the supervisory authority).
    pub other: Vec<String>,
    /// The decision (*beslissing*), one line per order.
    pub decision: Vec<String>,
    /// The costs of the proceedings.
    pub costs: String,
    /// What each side could still prove, for the side that bears the burden.
    pub evidence: Vec<EvidenceList>,
    /// That this is a simulation, not legal advice.
    pub notice: std::borrow::Cow<'static, str>,
    /// A small footer: engine, law, date applied, the input's hash.
    pub footer: String,
}

impl Memo {
    /// The memo of a request's ruling. `report` is `ruling.report(lang)`; the request is
    /// evaluated again only to measure the margin and the readings (budgeted, like every
    /// search of [`whatif`](crate::whatif)).
    pub fn new(request: &Request, ruling: &Ruling, report: &Report) -> Result<Memo, Error> {
        let lang = report.lang;
        let evidence = evidence::checklist(request, lang);
        let summary = summary::summary(request, ruling, report, &evidence)?;
        let (reasoning, other) = reasoning(request, report);
        Ok(Memo {
            lang,
            title: request.title.clone(),
            summary,
            facts: words::facts(request, lang),
            reasoning,
            other,
            decision: words::decision(request, ruling, lang),
            costs: costs(report),
            evidence,
            notice: report.notice.clone(),
            footer: words::footer(report),
        })
    }

    /// Evaluate a request and write its memo, with the default options.
    pub fn of(request: &Request, lang: Lang) -> Result<Memo, Error> {
        let ruling = crate::evaluate_with(request, &Options::default())?;
        Memo::new(request, &ruling, &ruling.report(lang))
    }
}

fn costs(report: &Report) -> String {
    report
        .flags
        .iter()
        .find(|s| s.rule == crate::law::RuleId::Wor22)
        .map(|s| s.finding.clone())
        .unwrap_or_else(|| words::costs_default(report.lang).to_string())
}

fn is_decisive(s: &ReportStep) -> bool {
    matches!(
        s.effect,
        Effect::Decides { .. } | Effect::HardDefect | Effect::CurableDefect
    )
}

/// The trace grouped under the court's questions: decisive considerations first, the
/// requirements met condensed into one consideration, what does not apply or was not argued
/// condensed at the end.
fn reasoning(request: &Request, report: &Report) -> (Vec<Section>, Vec<String>) {
    let lang = report.lang;
    let several = request.regeling.elements.len() > 1;
    let mut sections: Vec<Section> = Vec::new();
    for q in [
        Question::Instemmingsrecht,
        Question::Ontvankelijkheid,
        Question::Rechtmatigheid,
        Question::Belangenafweging,
        Question::ZwaarwegendeRedenen,
    ] {
        let steps: Vec<&ReportStep> = report
            .trace
            .iter()
            .filter(|s| Question::of(s.rule) == q)
            .collect();
        if steps.is_empty() {
            continue;
        }
        let element = |s: &ReportStep| if several { s.element.clone() } else { None };
        let mut considerations = Vec::new();
        for s in steps.iter().filter(|s| is_decisive(s)) {
            considerations.push(Consideration {
                element: element(s),
                text: s.finding.clone(),
                decisive: true,
            });
        }
        // The requirements met, condensed into one consideration.
        considerations.extend(condensed(&steps, several, lang, |e| e == Effect::Passed));
        // The Bărbulescu factors of an element, one step each in the trace, are one
        // consideration here, where the first of them stands.
        let mut factors_said: Vec<Option<String>> = Vec::new();
        for s in steps.iter().filter(|s| {
            matches!(s.effect, Effect::Weighs { .. } | Effect::Noted) && !is_decisive(s)
        }) {
            if let Finding::Barbulescu { .. } = s.data {
                if factors_said.contains(&s.element) {
                    continue;
                }
                factors_said.push(s.element.clone());
                let factors: Vec<(u8, Assessment)> = steps
                    .iter()
                    .filter(|x| x.element == s.element)
                    .filter_map(|x| match x.data {
                        Finding::Barbulescu {
                            criterion,
                            assessment,
                            ..
                        } => Some((criterion, assessment)),
                        _ => None,
                    })
                    .collect();
                considerations.push(Consideration {
                    element: element(s),
                    text: crate::ruling::text::barbulescu_summary(&factors, lang),
                    decisive: false,
                });
                continue;
            }
            considerations.push(Consideration {
                element: element(s),
                text: s.finding.clone(),
                decisive: false,
            });
        }
        // What does not apply or was not argued, condensed at the end.
        considerations.extend(condensed(&steps, several, lang, |e| {
            matches!(e, Effect::NotApplicable | Effect::NotArgued)
        }));
        let mut sources: Vec<crate::ruling::ReportSource> = Vec::new();
        for s in &steps {
            if let Some(first) = s.sources.first()
                && !sources.iter().any(|x| x.label == first.label)
            {
                sources.push(first.clone());
            }
        }
        sections.push(Section {
            question: q,
            heading: q.heading(lang).into(),
            considerations,
            sources,
        });
    }
    let other = report
        .flags
        .iter()
        .filter(|s| s.rule != crate::law::RuleId::Wor22)
        .map(|s| s.finding.clone())
        .collect();
    (sections, other)
}

/// The findings of the steps whose effect `which` selects, as one consideration (each
/// prefixed with its element where the regeling has several), or none.
fn condensed(
    steps: &[&ReportStep],
    several: bool,
    lang: Lang,
    which: impl Fn(Effect) -> bool,
) -> Option<Consideration> {
    let texts: Vec<String> = steps
        .iter()
        .filter(|s| which(s.effect))
        .map(|s| match (several, &s.element) {
            (true, Some(e)) => format!("{} {}", words::element_label(e, lang), s.finding),
            _ => s.finding.clone(),
        })
        .collect();
    (!texts.is_empty()).then(|| Consideration {
        element: None,
        text: texts.join(" "),
        decisive: false,
    })
}

/// Whether the employer may go ahead, in whole or in part.
pub(crate) fn employer_may_proceed(o: Outcome) -> bool {
    matches!(
        o,
        Outcome::Granted | Outcome::PartlyGranted | Outcome::NoConsentRequired
    )
}

/// The report of a ruling with its memo: what `kantonrechter evaluate --format json` prints
/// (the report's fields, and `memo`).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct Document {
    /// The report: outcome, weights, the numbered trace, the receipt.
    #[serde(flatten)]
    pub report: Report,
    /// The memo: the summary first, then the facts, the reasoning, the decision, the costs
    /// and the evidence checklist.
    pub memo: Memo,
}

impl Document {
    /// Evaluate a request and give its report and memo in a language.
    pub fn of(request: &Request, lang: Lang) -> Result<Document, Error> {
        let ruling = crate::evaluate_with(request, &Options::default())?;
        let report = ruling.report(lang);
        let memo = Memo::new(request, &ruling, &report)?;
        Ok(Document { report, memo })
    }
}
