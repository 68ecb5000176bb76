//! Stage 1 — ground 1 of art. 27 lid 4 WOR: is the works council's refusal unreasonable?
//!
//! A full weighing of interests, not a marginal test. The employer bears the burden: only
//! if its interests weigh *heavier* than the works council's does the court grant on this
//! ground; equal weight is not enough (woronline; BASE; seed article §5.2).

use rust_decimal::Decimal;

use crate::engine::Ctx;
use crate::law::{AVG_FROM, RuleId as R};
use crate::legality::Defects;
use crate::request::{Consequences, Importance, OrInterestKind};
use crate::ruling::{
    Balance, Effect, Finding as F, ImportanceSource as Src, ReliabilityBasis, Side, Step, Weights,
};
use crate::weighing;

/// A part of the regeling the court rules on: the whole, or one separable element.
pub(crate) struct Part<'r> {
    /// The label for its steps (the element id, when the court rules per element).
    pub label: Option<String>,
    /// Its elements' indices.
    pub elements: Vec<usize>,
    /// Its elements' ids.
    pub ids: Vec<&'r str>,
}

impl Part<'_> {
    /// Does an interest or alternative that names these elements concern this part?
    pub fn concerns(&self, elements: &[String]) -> bool {
        elements.is_empty() || elements.iter().any(|e| self.ids.contains(&e.as_str()))
    }

    pub fn step(&self, ctx: &mut Ctx, rule: R, finding: F, effect: Effect) {
        ctx.trace.push(Step {
            rule,
            element: self.label.clone(),
            finding,
            effect,
        });
    }
}

/// Weigh both sides for a part. Returns the weights.
pub(crate) fn weigh(
    ctx: &mut Ctx,
    part: &Part,
    defects: &[Defects],
    procedural: Decimal,
    decisive: bool,
) -> Weights {
    let req = ctx.req;
    let elements: Vec<_> = part
        .elements
        .iter()
        .map(|&i| &req.regeling.elements[i])
        .collect();

    // The deepest privacy intrusion among the part's elements.
    let intrusion = elements
        .iter()
        .map(|el| weighing::privacy_intrusion(&ctx.cal, &el.measure))
        .max_by(|a, b| a.1.cmp(&b.1));
    let consequences = elements
        .iter()
        .map(|el| el.measure.consequences)
        .max_by_key(|c| consequence_level(*c));

    let mut employer = Decimal::ZERO;
    for (index, i) in req.interests.employer.iter().enumerate() {
        if !part.concerns(&i.elements) {
            continue;
        }
        let w = weighing::employer_interest(ctx, i);
        let weight = w.weight;
        employer += weight;
        let rule = rule_for(w.basis);
        let finding = F::EmployerInterest {
            index,
            kind: i.kind,
            statement: i.statement.clone(),
            importance: w.importance,
            importance_source: w.source,
            abstract_weight: w.abstract_weight,
            substantiation: i.substantiation,
            reliability: w.reliability,
            reliability_basis: w.basis,
            weight,
        };
        part.step(
            ctx,
            rule,
            finding,
            Effect::Weighs {
                side: Side::Employer,
                weight,
            },
        );
    }

    let mut works_council = Decimal::ZERO;
    let mut intrusion_shown = false;
    for (index, i) in req.interests.works_council.iter().enumerate() {
        if !part.concerns(&i.elements) {
            continue;
        }
        let derived = match i.kind {
            OrInterestKind::Privacy => intrusion.as_ref().map(|x| x.2),
            OrInterestKind::DisciplinaryConsequences => consequences.map(consequence_level),
            _ => None,
        };
        if i.kind == OrInterestKind::Privacy && !intrusion_shown {
            if let Some((factors, points, intensity)) = intrusion.clone() {
                let rule = if ctx.as_of >= AVG_FROM {
                    R::Avg6_1F3
                } else {
                    R::CaseOmron2016
                };
                part.step(
                    ctx,
                    rule,
                    F::PrivacyIntrusion {
                        factors,
                        points,
                        intensity,
                    },
                    Effect::Noted,
                );
                intrusion_shown = true;
            }
        }
        let (importance, source) = match (i.importance, derived) {
            (Some(level), Some(_)) => (level, Src::Override),
            (Some(level), None) => (level, Src::Given),
            (None, Some(level)) => (level, Src::Derived),
            (None, None) => (Importance::Moderate, Src::Default),
        };
        let abstract_weight = ctx.cal.abstract_or(i.kind);
        let (reliability, basis) = weighing::reliability(ctx, i.substantiation, i.contested);
        let weight = ctx.scale(importance) * abstract_weight * reliability;
        works_council += weight;
        let finding = F::OrInterest {
            index,
            kind: i.kind,
            statement: i.statement.clone(),
            importance,
            importance_source: source,
            abstract_weight,
            substantiation: i.substantiation,
            reliability,
            reliability_basis: basis,
            weight,
        };
        part.step(
            ctx,
            rule_for(basis),
            finding,
            Effect::Weighs {
                side: Side::WorksCouncil,
                weight,
            },
        );
    }

    // The curable defects of the part's elements and the procedural defects weigh for the
    // works council (their steps, with their weights, are already in the trace).
    for &i in &part.elements {
        works_council += defects[i].curable_weight;
    }
    works_council += procedural;

    let balance = match employer.cmp(&works_council) {
        std::cmp::Ordering::Greater => Balance::EmployerHeavier,
        std::cmp::Ordering::Equal => Balance::Equal,
        std::cmp::Ordering::Less => Balance::WorksCouncilHeavier,
    };
    let finding = F::Balance {
        employer,
        works_council,
        balance,
    };
    let effect = if balance == Balance::EmployerHeavier && decisive {
        Effect::Decides {
            outcome: crate::ruling::Outcome::Granted,
        }
    } else {
        Effect::Noted
    };
    part.step(ctx, R::Wor27_4Ground1, finding, effect);
    Weights {
        employer,
        works_council,
    }
}

fn rule_for(basis: ReliabilityBasis) -> R {
    match basis {
        ReliabilityBasis::Undisputed => R::Rv149,
        ReliabilityBasis::Substantiation => R::Wor27_4Ground1,
    }
}

/// How far the consequences attached to the data reach: the intensity of the works
/// council's interest in avoiding disciplinary consequences. Unknown counts as warnings.
fn consequence_level(c: Consequences) -> Importance {
    match c {
        Consequences::None => Importance::None,
        Consequences::Appraisal | Consequences::Warnings | Consequences::Unknown => {
            Importance::Moderate
        }
        Consequences::Discipline => Importance::Serious,
    }
}

/// Is the refusal unreasonable on these weights? Strictly heavier only: a tie does not grant.
pub(crate) fn unreasonable(w: &Weights) -> bool {
    w.employer > w.works_council
}
