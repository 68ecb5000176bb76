//! The memo's own sentences, in Dutch and English, in the court's voice. Numbers are
//! written in the reader's notation (a decimal comma in Dutch).

use rust_decimal::Decimal;

use crate::request::{AiActSchedule, Request, Stage2Reading, Substantiation, Tri};
use crate::ruling::text::{self, employer_kind, or_kind};
use crate::ruling::{Finding, Ground, Lang, Outcome, Report, Ruling, Side, Stage};

/// A number as the reader writes it: no trailing zeros, a decimal comma in Dutch.
pub(crate) fn number(d: Decimal, lang: Lang) -> String {
    let s = d.normalize().to_string();
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

fn side(s: Side, lang: Lang) -> &'static str {
    text::side(s, lang)
}

/// "onderdeel "x":" before a consideration about one element.
pub(super) fn element_label(e: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Onderdeel \u{201c}{e}\u{201d}:"),
        Lang::En => format!("Element \u{201c}{e}\u{201d}:"),
    }
}

/// The elements, quoted and listed.
fn quoted(items: &[String], lang: Lang) -> String {
    let q: Vec<String> = items
        .iter()
        .map(|e| format!("\u{201c}{e}\u{201d}"))
        .collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        n => format!(
            "{} {} {}",
            q[..n - 1].join(", "),
            if lang == Lang::Nl { "en" } else { "and" },
            q[n - 1]
        ),
    }
}

/// Outcome and ground in one sentence, in the court's voice.
pub(super) fn conclusion(ruling: &Ruling, report: &Report, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let ground2_examined = ruling.trace.iter().any(|s| {
        matches!(
            s.finding,
            Finding::WeightyReasons { .. } | Finding::NoWeightyReason { .. }
        )
    });
    let defect = ruling.trace.iter().any(|s| {
        matches!(
            s.effect,
            crate::ruling::Effect::CurableDefect | crate::ruling::Effect::HardDefect
        )
    });
    match ruling.outcome {
        Outcome::Granted => match (ruling.ground, nl) {
            (Some(Ground::WeightyReasons), true) => "De kantonrechter verleent vervangende toestemming: het voorgenomen besluit wordt gevergd door zwaarwegende bedrijfsorganisatorische, bedrijfseconomische of bedrijfssociale redenen (art. 27 lid 4 WOR, tweede grond).".into(),
            (Some(Ground::WeightyReasons), false) => "The court grants substitute consent: the proposed decision is required by weighty organisational, economic or social reasons (art. 27(4) WOR, second ground).".into(),
            (_, true) => "De kantonrechter verleent vervangende toestemming: de beslissing van de OR om geen instemming te geven is onredelijk (art. 27 lid 4 WOR, eerste grond).".into(),
            (_, false) => "The court grants substitute consent: the works council's decision to withhold consent is unreasonable (art. 27(4) WOR, first ground).".into(),
        },
        Outcome::PartlyGranted => {
            let granted: Vec<String> = ruling
                .parts
                .iter()
                .filter(|p| super::employer_may_proceed(p.outcome))
                .flat_map(|p| p.elements.iter().cloned())
                .collect();
            let g = quoted(&granted, lang);
            if nl {
                format!("De kantonrechter verleent vervangende toestemming voor onderdeel {g} en wijst het verzoek voor het overige af.")
            } else {
                format!("The court grants substitute consent for element {g} and refuses the rest of the request.")
            }
        }
        Outcome::Refused => {
            let hard = report
                .trace
                .iter()
                .any(|s| s.effect == crate::ruling::Effect::HardDefect);
            if ruling.deciding_stage == Stage::Gates {
                return if nl {
                    "De kantonrechter wijst het verzoek af.".into()
                } else {
                    "The court refuses the request.".into()
                };
            }
            match (hard || ruling.deciding_stage == Stage::Legality, defect, ground2_examined, nl) {
                (true, _, _, true) => "De kantonrechter wijst het verzoek af: de regeling stuit af op een verbod dat geen belangenafweging toelaat.".into(),
                (true, _, _, false) => "The court refuses the request: the regeling runs into a ban that admits no weighing of interests.".into(),
                (false, true, _, true) => "De kantonrechter wijst het verzoek af: de regeling schiet op een herstelbaar punt tekort, en zolang dat niet is hersteld, kon de OR in redelijkheid weigeren en wordt het besluit niet gevergd door zwaarwegende redenen.".into(),
                (false, true, _, false) => "The court refuses the request: the regeling falls short on a point that can be mended, and until it is, the works council could reasonably refuse and the decision is not required by weighty reasons.".into(),
                (false, false, true, true) => "De kantonrechter wijst het verzoek af: de weigering van de OR is niet onredelijk, en het besluit wordt evenmin gevergd door zwaarwegende redenen.".into(),
                (false, false, true, false) => "The court refuses the request: the works council's refusal is not unreasonable, nor is the decision required by weighty reasons.".into(),
                (false, false, false, true) => "De kantonrechter wijst het verzoek af: de weigering van de OR is niet onredelijk.".into(),
                (false, false, false, false) => "The court refuses the request: the works council's refusal is not unreasonable.".into(),
            }
        }
        Outcome::Inadmissible => if nl {
            "De kantonrechter verklaart de ondernemer niet-ontvankelijk in zijn verzoek.".into()
        } else {
            "The court declares the employer's request inadmissible.".into()
        },
        Outcome::NoConsentRequired => if nl {
            "Het besluit behoeft niet de instemming van de OR; voor vervangende toestemming is geen plaats.".into()
        } else {
            "The decision does not need the works council's consent; there is no room for substitute consent.".into()
        },
    }
}

/// An interest weighed, in one short sentence, or `None` for another finding.
pub(super) fn interest(f: &Finding, weight: Decimal, lang: Lang) -> Option<String> {
    let w = number(weight, lang);
    let (who, what, s) = match f {
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
    let how = text::substantiation(s, lang);
    let who = side(who, lang);
    Some(match lang {
        Lang::Nl => format!("Het zwaarste belang van {who}: {what} ({how}), gewicht {w}."),
        Lang::En => format!("The heaviest interest of {who}: {what} ({how}), weight {w}."),
    })
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
    let nl = lang == Lang::Nl;
    let mut out = String::new();
    if let Some((e, o)) = weights {
        let (ew, ow) = (number(e, lang), number(o, lang));
        let close = if e == o {
            if nl {
                " De belangen wegen even zwaar; bij gelijk gewicht is de weigering niet onredelijk."
            } else {
                " The interests weigh the same; at equal weight the refusal is not unreasonable."
            }
        } else {
            ""
        };
        out.push_str(&if nl {
            format!("In de belangenafweging weegt het belang van de ondernemer {ew} tegen {ow} voor de OR.{close}")
        } else {
            format!("In the weighing, the employer's interests weigh {ew} against {ow} for the works council.{close}")
        });
        out.push(' ');
    }
    let who = side(side_that_lost, lang);
    out.push_str(&match (changes, nl) {
        (Some(1), true) => format!("Eén wijziging of bewijsstuk van {who} zou de uitkomst doen omslaan (hieronder)."),
        (Some(1), false) => format!("One change or piece of evidence from {who} would turn the outcome (below)."),
        (Some(n), true) => format!("De uitkomst slaat om bij {n} wijzigingen of bewijsstukken van {who} samen (hieronder)."),
        (Some(n), false) => format!("The outcome turns with {n} changes or pieces of evidence from {who} together (below)."),
        (None, true) => format!("Geen combinatie van ten hoogste {max_changes} wijzigingen of bewijsstukken van {who} doet de uitkomst omslaan."),
        (None, false) => format!("No combination of at most {max_changes} changes or pieces of evidence from {who} turns the outcome."),
    });
    if cut {
        out.push_str(if nl {
            " (Niet alle combinaties zijn onderzocht: een kleinere kan bestaan.)"
        } else {
            " (Not every combination was examined: a smaller one may exist.)"
        });
    }
    out
}

/// The name of a reading of when ground 2 is examined.
pub(super) fn stage2_reading(r: Stage2Reading, lang: Lang) -> &'static str {
    match (r, lang) {
        (Stage2Reading::Statute, Lang::Nl) => "de wettekst (grond 2 ook als grond 1 niet slaagt)",
        (Stage2Reading::Statute, Lang::En) => {
            "the statute's wording (ground 2 also where ground 1 fails)"
        }
        (Stage2Reading::EqualBand, Lang::Nl) => {
            "de parlementaire geschiedenis (grond 2 alleen bij ongeveer gelijk gewicht)"
        }
        (Stage2Reading::EqualBand, Lang::En) => {
            "the parliamentary history (ground 2 only where the interests weigh about the same)"
        }
        (Stage2Reading::Cumulative, Lang::Nl) => "de cumulatieve lezing (beide gronden tegelijk)",
        (Stage2Reading::Cumulative, Lang::En) => "the cumulative reading (both grounds together)",
    }
}

/// The name of a schedule of the AI Act's high-risk duties.
pub(super) fn ai_act_schedule(s: AiActSchedule, lang: Lang) -> &'static str {
    match (s, lang) {
        (AiActSchedule::Omnibus, Lang::Nl) => {
            "de termijnen van de Digital Omnibus (hoog-risicoverplichtingen vanaf 2 december 2027)"
        }
        (AiActSchedule::Omnibus, Lang::En) => {
            "the Digital Omnibus dates (high-risk duties from 2 December 2027)"
        }
        (AiActSchedule::Original, Lang::Nl) => {
            "art. 113 AI-verordening zoals gepubliceerd (hoog-risicoverplichtingen vanaf 2 augustus 2026)"
        }
        (AiActSchedule::Original, Lang::En) => {
            "art. 113 of the AI Act as published (high-risk duties from 2 August 2026)"
        }
    }
}

/// Whether the outcome holds under the other readings, in one sentence.
pub(super) fn robustness(checks: &[super::ReadingCheck], lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let differ: Vec<&super::ReadingCheck> = checks.iter().filter(|c| !c.same).collect();
    if differ.is_empty() {
        return if nl {
            "De uitkomst is dezelfde onder elke andere lezing van het omstreden recht: de drie lezingen van wanneer grond 2 wordt onderzocht en beide termijnen van de AI-verordening.".into()
        } else {
            "The outcome is the same under every other reading of disputed law: the three readings of when ground 2 is examined and both schedules of the AI Act.".into()
        };
    }
    let parts: Vec<String> = differ
        .iter()
        .map(|c| {
            let o = text::outcome(c.outcome, lang);
            if nl {
                format!("onder {} zou de uitkomst zijn: {o}", c.name)
            } else {
                format!("under {} the outcome would be: {o}", c.name)
            }
        })
        .collect();
    let joined = parts.join("; ");
    if nl {
        format!("De uitkomst hangt af van de lezing van omstreden recht: {joined}.")
    } else {
        format!("The outcome depends on the reading of disputed law: {joined}.")
    }
}

fn tri(t: Tri, lang: Lang) -> &'static str {
    match (t, lang) {
        (Tri::Yes, Lang::Nl) => "ja",
        (Tri::No, Lang::Nl) => "nee",
        (Tri::Unknown, Lang::Nl) => "niet gebleken",
        (Tri::Yes, Lang::En) => "yes",
        (Tri::No, Lang::En) => "no",
        (Tri::Unknown, Lang::En) => "not shown",
    }
}

/// The facts as the request states them: the regeling, its elements, the procedure and each
/// side's interests with how they were substantiated.
pub(super) fn facts(request: &Request, lang: Lang) -> Vec<String> {
    let nl = lang == Lang::Nl;
    let r = &request.regeling;
    let mut out = Vec::new();
    let employer = request
        .employer
        .name
        .clone()
        .unwrap_or_else(|| side(Side::Employer, lang).to_string());
    out.push(if nl {
        format!(
            "{employer} heeft de OR om instemming gevraagd met de regeling \u{201c}{}\u{201d}.",
            r.title
        )
    } else {
        format!(
            "{employer} asked the works council to consent to the regeling \u{201c}{}\u{201d}.",
            r.title
        )
    });
    for e in &r.elements {
        out.push(if r.elements.len() > 1 {
            format!("{} {}", element_label(&e.id, lang), e.description)
        } else {
            e.description.clone()
        });
    }
    let p = &request.procedure;
    out.push(if nl {
        format!(
            "Procedure: om instemming gevraagd: {}; schriftelijk met redenen: {}; overlegvergadering gehouden: {}. {}",
            tri(p.consent_requested, lang),
            tri(p.in_writing_with_reasons, lang),
            tri(p.consultation_meeting_held, lang),
            capitalised(text::or_decision(p.or_decision, lang))
        )
    } else {
        format!(
            "Procedure: consent requested: {}; in writing with reasons: {}; consultation meeting held: {}. {}",
            tri(p.consent_requested, lang),
            tri(p.in_writing_with_reasons, lang),
            tri(p.consultation_meeting_held, lang),
            capitalised(text::or_decision(p.or_decision, lang))
        )
    });
    for (i, x) in request.interests.employer.iter().enumerate() {
        out.push(interest_fact(
            Side::Employer,
            i + 1,
            employer_kind(x.kind, lang),
            &x.statement,
            x.substantiation,
            lang,
        ));
    }
    for (i, x) in request.interests.works_council.iter().enumerate() {
        out.push(interest_fact(
            Side::WorksCouncil,
            i + 1,
            or_kind(x.kind, lang),
            &x.statement,
            x.substantiation,
            lang,
        ));
    }
    out
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => format!("{}{}.", f.to_uppercase(), c.as_str()),
        None => String::new(),
    }
}

fn interest_fact(
    who: Side,
    n: usize,
    kind: &str,
    statement: &str,
    s: Substantiation,
    lang: Lang,
) -> String {
    let how = text::substantiation(s, lang);
    match (who, lang) {
        (Side::Employer, Lang::Nl) => {
            format!("Belang {n} van de ondernemer ({kind}, {how}): \u{201c}{statement}\u{201d}")
        }
        (Side::Employer, Lang::En) => {
            format!("Employer's interest {n} ({kind}, {how}): \u{201c}{statement}\u{201d}")
        }
        (Side::WorksCouncil, Lang::Nl) => {
            format!("Bezwaar {n} van de OR ({kind}, {how}): \u{201c}{statement}\u{201d}")
        }
        (Side::WorksCouncil, Lang::En) => {
            format!("Works council's objection {n} ({kind}, {how}): \u{201c}{statement}\u{201d}")
        }
    }
}

/// The decision (*beslissing*), one line per order. The wording follows the outcome; the
/// orders a court adds (costs, provisional enforceability) are not modelled beyond the
/// costs line of the memo.
pub(super) fn decision(request: &Request, ruling: &Ruling, lang: Lang) -> Vec<String> {
    let nl = lang == Lang::Nl;
    let title = &request.regeling.title;
    match ruling.outcome {
        Outcome::Granted => vec![if nl {
            format!(
                "verleent de ondernemer vervangende toestemming voor het besluit tot vaststelling of wijziging van de regeling \u{201c}{title}\u{201d};"
            )
        } else {
            format!(
                "grants the employer substitute consent for the decision to adopt or change the regeling \u{201c}{title}\u{201d};"
            )
        }],
        Outcome::PartlyGranted => {
            let granted: Vec<String> = ruling
                .parts
                .iter()
                .filter(|p| super::employer_may_proceed(p.outcome))
                .flat_map(|p| p.elements.iter().cloned())
                .collect();
            let g = quoted(&granted, lang);
            vec![
                if nl {
                    format!(
                        "verleent de ondernemer vervangende toestemming voor onderdeel {g} van de regeling \u{201c}{title}\u{201d};"
                    )
                } else {
                    format!(
                        "grants the employer substitute consent for element {g} of the regeling \u{201c}{title}\u{201d};"
                    )
                },
                if nl {
                    "wijst het verzoek voor het overige af.".into()
                } else {
                    "refuses the request for the rest.".into()
                },
            ]
        }
        Outcome::Refused => vec![if nl {
            "wijst het verzoek af.".into()
        } else {
            "refuses the request.".into()
        }],
        Outcome::Inadmissible => vec![if nl {
            "verklaart de ondernemer niet-ontvankelijk in zijn verzoek.".into()
        } else {
            "declares the employer's request inadmissible.".into()
        }],
        Outcome::NoConsentRequired => vec![if nl {
            "wijst het verzoek af, omdat het besluit niet de instemming van de OR behoeft.".into()
        } else {
            "refuses the request, because the decision does not need the works council's consent."
                .into()
        }],
    }
}

/// The costs line where the trace has none.
pub(super) fn costs_default(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => {
            "De kosten die de OR voor deze procedure redelijkerwijs moest maken, komen ten laste van de ondernemer (art. 22 WOR)."
        }
        Lang::En => {
            "The costs the works council reasonably had to incur for these proceedings are borne by the employer (art. 22 WOR)."
        }
    }
}

/// The small footer: engine, law, date applied and the input's hash.
pub(super) fn footer(report: &Report) -> String {
    let nl = report.lang == Lang::Nl;
    format!(
        "{} · {} {} · {} {} · sha256 {}",
        report.receipt.engine,
        if nl {
            "recht bijgewerkt tot"
        } else {
            "law as of"
        },
        report.receipt.law_version,
        if nl { "peildatum" } else { "date applied" },
        report.law.as_of,
        &report.receipt.input_sha256[..12.min(report.receipt.input_sha256.len())]
    )
}
