//! The memo's own sentences, chosen and filled here; their words are data, in
//! `src/ruling/sentences/memo.toml` (a lawyer fixes them there, without reading Rust).
//! Numbers are written in the reader's notation (a decimal comma in Dutch).

use rust_decimal::Decimal;

use crate::request::{AiActSchedule, Request, Stage2Reading, Substantiation, Tri};
use crate::ruling::text::{self, employer_kind, num, or_kind, s};
use crate::ruling::{Effect, Finding, Ground, Lang, Outcome, Report, Ruling, Side, Stage};

/// "Onderdeel “x”:" before a consideration about one element.
pub(super) fn element_label(e: &str, lang: Lang) -> String {
    s::ElementLabel { element: e }.say(lang)
}

/// The elements, quoted and listed ("“a”, “b” en “c”").
fn quoted(items: &[String], lang: Lang) -> String {
    text::list(items.iter().map(|e| format!("\u{201c}{e}\u{201d}")), lang)
}

/// The elements for which the employer may go ahead.
fn granted(ruling: &Ruling) -> Vec<String> {
    ruling
        .parts
        .iter()
        .filter(|p| super::employer_may_proceed(p.outcome))
        .flat_map(|p| p.elements.iter().cloned())
        .collect()
}

/// Outcome and ground in one sentence, in the court's voice.
pub(super) fn conclusion(ruling: &Ruling, report: &Report, lang: Lang) -> String {
    let ground2_examined = ruling.trace.iter().any(|st| {
        matches!(
            st.finding,
            Finding::WeightyReasons { .. } | Finding::NoWeightyReason { .. }
        )
    });
    let defect = ruling
        .trace
        .iter()
        .any(|st| matches!(st.effect, Effect::CurableDefect | Effect::HardDefect));
    let hard = report
        .trace
        .iter()
        .any(|st| st.effect == Effect::HardDefect);
    match ruling.outcome {
        Outcome::Granted => match ruling.ground {
            Some(Ground::WeightyReasons) => s::ConclusionGrantedGround2.say(lang).into(),
            _ => s::ConclusionGrantedGround1.say(lang).into(),
        },
        Outcome::PartlyGranted => s::ConclusionPartlyGranted {
            elements: &quoted(&granted(ruling), lang),
        }
        .say(lang),
        Outcome::Refused if ruling.deciding_stage == Stage::Gates => {
            s::ConclusionRefused.say(lang).into()
        }
        Outcome::Refused if hard || ruling.deciding_stage == Stage::Legality => {
            s::ConclusionRefusedBan.say(lang).into()
        }
        Outcome::Refused if defect => s::ConclusionRefusedCurable.say(lang).into(),
        Outcome::Refused if ground2_examined => s::ConclusionRefusedBothGrounds.say(lang).into(),
        Outcome::Refused => s::ConclusionRefusedGround1.say(lang).into(),
        Outcome::Inadmissible => s::ConclusionInadmissible.say(lang).into(),
        Outcome::NoConsentRequired => s::ConclusionNoConsentRequired.say(lang).into(),
    }
}

/// An interest weighed, in one short sentence, or `None` for another finding.
pub(super) fn interest(f: &Finding, weight: Decimal, lang: Lang) -> Option<String> {
    let (who, kind, sub) = match f {
        Finding::EmployerInterest {
            kind,
            substantiation,
            ..
        } => (Side::Employer, employer_kind(*kind, lang), *substantiation),
        Finding::OrInterest {
            kind,
            substantiation,
            ..
        } => (Side::WorksCouncil, or_kind(*kind, lang), *substantiation),
        _ => return None,
    };
    Some(
        s::HeaviestInterest {
            side: text::side(who, lang),
            kind,
            substantiation: text::substantiation(sub, lang),
            weight: &num(weight, lang),
        }
        .say(lang),
    )
}

/// How close the ruling is, in one or two sentences.
pub(super) fn margin(
    weights: Option<(Decimal, Decimal)>,
    side_that_lost: Side,
    changes: Option<usize>,
    max_changes: usize,
    cut: bool,
    lang: Lang,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some((e, o)) = weights {
        parts.push(
            s::MarginWeights {
                employer: &num(e, lang),
                works_council: &num(o, lang),
            }
            .say(lang),
        );
        if e == o {
            parts.push(s::MarginEqual.say(lang).into());
        }
    }
    let side = text::side(side_that_lost, lang);
    parts.push(match changes {
        Some(1) => s::MarginOneChange { side }.say(lang),
        Some(n) => s::MarginChanges {
            changes: &n.to_string(),
            side,
        }
        .say(lang),
        None => s::MarginNoChange {
            max: &max_changes.to_string(),
            side,
        }
        .say(lang),
    });
    if cut {
        parts.push(s::MarginCut.say(lang).into());
    }
    parts.join(" ")
}

/// The name of a reading of when ground 2 is examined.
pub(super) fn stage2_reading(r: Stage2Reading, lang: Lang) -> &'static str {
    match r {
        Stage2Reading::Statute => s::ReadingStatute.say(lang),
        Stage2Reading::EqualBand => s::ReadingEqualBand.say(lang),
        Stage2Reading::Cumulative => s::ReadingCumulative.say(lang),
    }
}

/// The name of a schedule of the AI Act's high-risk duties.
pub(super) fn ai_act_schedule(sc: AiActSchedule, lang: Lang) -> &'static str {
    match sc {
        AiActSchedule::Omnibus => s::ScheduleOmnibus.say(lang),
        AiActSchedule::Original => s::ScheduleOriginal.say(lang),
    }
}

/// Whether the outcome holds under the other readings, in one sentence.
pub(super) fn robustness(checks: &[super::ReadingCheck], lang: Lang) -> String {
    let differ: Vec<String> = checks
        .iter()
        .filter(|c| !c.same)
        .map(|c| {
            s::RobustUnder {
                reading: &c.name,
                outcome: text::outcome(c.outcome, lang),
            }
            .say(lang)
        })
        .collect();
    if differ.is_empty() {
        return s::RobustAll.say(lang).into();
    }
    s::RobustDepends {
        readings: &differ.join("; "),
    }
    .say(lang)
}

fn tri(t: Tri, lang: Lang) -> &'static str {
    match t {
        Tri::Yes => s::FactYes.say(lang),
        Tri::No => s::FactNo.say(lang),
        Tri::Unknown => s::FactNotShown.say(lang),
    }
}

/// The facts as the request states them: the regeling, its elements, the procedure and each
/// side's interests with how they were substantiated.
pub(super) fn facts(request: &Request, lang: Lang) -> Vec<String> {
    let r = &request.regeling;
    let mut out = Vec::new();
    let employer = request
        .employer
        .name
        .clone()
        .unwrap_or_else(|| capitalised(text::side(Side::Employer, lang)));
    out.push(
        s::FactConsentAsked {
            employer: &employer,
            title: &r.title,
        }
        .say(lang),
    );
    for e in &r.elements {
        out.push(if r.elements.len() > 1 {
            format!("{} {}", element_label(&e.id, lang), e.description)
        } else {
            e.description.clone()
        });
    }
    let p = &request.procedure;
    out.push(format!(
        "{} {}.",
        s::FactProcedure {
            asked: tri(p.consent_requested, lang),
            in_writing: tri(p.in_writing_with_reasons, lang),
            meeting: tri(p.consultation_meeting_held, lang),
        }
        .say(lang),
        capitalised(text::or_decision(p.or_decision, lang))
    ));
    for (i, x) in request.interests.employer.iter().enumerate() {
        out.push(
            s::FactEmployerInterest {
                number: &(i + 1).to_string(),
                kind: employer_kind(x.kind, lang),
                substantiation: substantiation(x.substantiation, lang),
                statement: &x.statement,
            }
            .say(lang),
        );
    }
    for (i, x) in request.interests.works_council.iter().enumerate() {
        out.push(
            s::FactOrObjection {
                number: &(i + 1).to_string(),
                kind: or_kind(x.kind, lang),
                substantiation: substantiation(x.substantiation, lang),
                statement: &x.statement,
            }
            .say(lang),
        );
    }
    out
}

fn substantiation(sub: Substantiation, lang: Lang) -> &'static str {
    text::substantiation(sub, lang)
}

fn capitalised(t: &str) -> String {
    let mut c = t.chars();
    match c.next() {
        Some(f) => format!("{}{}", f.to_uppercase(), c.as_str()),
        None => String::new(),
    }
}

/// The decision (*beslissing*), one line per order. The wording follows the outcome; the
/// orders a court adds beside it (provisional enforceability) are not modelled, the costs
/// are said apart.
pub(super) fn decision(request: &Request, ruling: &Ruling, lang: Lang) -> Vec<String> {
    let title = &request.regeling.title;
    match ruling.outcome {
        Outcome::Granted => vec![s::DictumGrants { title }.say(lang)],
        Outcome::PartlyGranted => vec![
            s::DictumGrantsPart {
                elements: &quoted(&granted(ruling), lang),
                title,
            }
            .say(lang),
            s::DictumRefusesRest.say(lang).into(),
        ],
        Outcome::Refused => vec![s::DictumRefuses.say(lang).into()],
        Outcome::Inadmissible => vec![s::DictumInadmissible.say(lang).into()],
        Outcome::NoConsentRequired => vec![s::DictumNoConsentRequired.say(lang).into()],
    }
}

/// The costs line where the trace has none.
pub(super) fn costs_default(lang: Lang) -> &'static str {
    s::CostsDefault.say(lang)
}

/// The small footer: engine, law, date applied and the start of the input's hash.
pub(super) fn footer(report: &Report) -> String {
    let h = &report.receipt.input_sha256;
    s::Footer {
        engine: &report.receipt.engine,
        law: &report.receipt.law_version,
        date: &report.law.as_of.to_string(),
        hash: &h[..12.min(h.len())],
    }
    .say(report.lang)
}
