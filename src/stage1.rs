//! Stage 1 — ground 1 of art. 27 lid 4 WOR: is the works council's refusal unreasonable?
//!
//! A full weighing of interests, not a marginal test (woronline; BASE; seed article §5.2),
//! of each side's *case* (see [`crate::weighing`]): the interests of one kind are one
//! concern, weighed once by its best-shown statement; the privacy of staff is one concern,
//! weighed by the intrusion derived from all the facts of the measure.
//!
//! The employer bears the burden, and the court grants on this ground only if:
//! - the employer has made at least one interest plausible (a disputed statement that is not
//!   shown is no ground for the decision, art. 149 and 150 Rv);
//! - the regeling as proposed meets the legal requirements the works council raised or that
//!   plainly fail (see [`crate::legality`]): the OR may reasonably refuse its consent to a
//!   regeling that does not comply with the AVG, and the court's permission cannot make it
//!   lawful (RULES.md §0: INFERENCE, supported by CJEU C-65/23). A failed requirement is a
//!   condition, not a second weight: it does not add to the OR's side; and
//! - its concerns weigh *strictly* heavier than the works council's: a tie does not grant.

use rust_decimal::Decimal;

use crate::engine::Ctx;
use crate::law::{AVG_FROM, RuleId as R};
use crate::legality::Defects;
use crate::request::{Consequence, Consequences, Importance, Tri};
use crate::ruling::{
    Balance, Counted, Effect, Finding as F, OrConcernKind, ReliabilityBasis, Side, Step, Weights,
};
use crate::weighing::{self, Concern, intrusion};

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

/// The result of stage 1 for a part.
pub(crate) struct Stage1 {
    pub weights: Weights,
    /// Is the refusal unreasonable (ground 1 met)?
    pub ground1: bool,
}

/// One weighed item, before concerns are counted: its step and its weight.
struct Item {
    concern: Concern,
    weight: Decimal,
    step: usize,
}

/// Count each concern once, by its heaviest item (the first among equals); mark the others.
/// Linear in the items: one pass finds each concern's heaviest, over the few distinct
/// concerns (at most one per kind of interest).
fn count(ctx: &mut Ctx, items: &[Item]) -> Decimal {
    let mut best: Vec<(Concern, usize)> = Vec::new();
    for (n, item) in items.iter().enumerate() {
        match best.iter_mut().find(|(c, _)| *c == item.concern) {
            Some((_, b)) if item.weight > items[*b].weight => *b = n,
            Some(_) => {}
            None => best.push((item.concern, n)),
        }
    }
    let mut total = Decimal::ZERO;
    for (n, item) in items.iter().enumerate() {
        let heaviest = best
            .iter()
            .find(|(c, _)| *c == item.concern)
            .map_or(n, |(_, b)| *b);
        if heaviest == n {
            total += item.weight;
        } else {
            let with = items[heaviest].step;
            let step = &mut ctx.trace[item.step];
            set_counted(&mut step.finding, Counted::SameConcern { with_step: with });
            step.effect = Effect::Noted;
        }
    }
    total
}

fn set_counted(f: &mut F, c: Counted) {
    match f {
        F::EmployerInterest { counted, .. }
        | F::OrInterest { counted, .. }
        | F::OrConcern { counted, .. } => *counted = c,
        _ => {}
    }
}

/// Weigh both sides for a part and decide ground 1. `procedural`: the severity of the
/// established defects of the consent procedure, if any (from the gates). `decisive`:
/// whether a grant on this ground ends the test (not under the cumulative reading).
pub(crate) fn weigh(
    ctx: &mut Ctx,
    part: &Part,
    defects: &[Defects],
    procedural: Option<Importance>,
    decisive: bool,
) -> Stage1 {
    let req = ctx.req;
    let elements: Vec<_> = part
        .elements
        .iter()
        .map(|&i| &req.regeling.elements[i])
        .collect();

    // ---------------------------------------------------------------- the employer's case
    let mut employer_items = Vec::new();
    for (index, i) in req.interests.employer.iter().enumerate() {
        if !part.concerns(&i.elements) {
            continue;
        }
        let w = weighing::employer_interest(ctx, i);
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
            weight: w.weight,
            counted: Counted::Yes,
        };
        let rule = rule_for(w.basis, w.weight);
        employer_items.push(Item {
            concern: Concern::Employer(i.kind),
            weight: w.weight,
            step: ctx.trace.len(),
        });
        part.step(ctx, rule, finding, weighs(Side::Employer, w.weight));
    }
    let employer = count(ctx, &employer_items);
    let shown = !employer.is_zero();
    if !shown {
        part.step(ctx, R::Rv150, F::EmployerCaseNotShown, Effect::Noted);
    }

    // ---------------------------------------------------------------- the works council's case
    let intrusion = elements
        .iter()
        .filter_map(|el| intrusion::of(&ctx.cal, req, &el.measure))
        .max_by(|a, b| a.level.cmp(&b.level));
    let monitors = elements
        .iter()
        .any(|el| !el.measure.observes.is_empty() && el.measure.processes_personal_data());
    let consequences = elements
        .iter()
        .map(|el| consequence_level(&el.measure.consequences))
        .max();

    let mut or_items = Vec::new();
    let mut intrusion_shown = false;
    for (index, i) in req.interests.works_council.iter().enumerate() {
        if !part.concerns(&i.elements) {
            continue;
        }
        if i.unrelated_to_regeling.is_yes() {
            let finding = F::UnrelatedDemand {
                index,
                statement: i.statement.clone(),
            };
            part.step(ctx, R::Wor27_4Unrelated, finding, Effect::Noted);
            continue;
        }
        if i.first_raised_in_court.is_yes() {
            part.step(
                ctx,
                R::Wor27_4Arguments,
                F::RaisedFirstInCourt { index },
                Effect::Noted,
            );
        }
        let concern = Concern::of_or(i.kind, monitors);
        let derived = match concern {
            Concern::Monitoring => Some(intrusion.as_ref().map_or(Importance::None, |x| x.level)),
            Concern::Consequences => consequences,
            _ => None,
        };
        if concern == Concern::Monitoring && !intrusion_shown {
            if let Some(x) = &intrusion {
                let rule = if ctx.as_of >= AVG_FROM {
                    R::Avg6_1F3
                } else {
                    R::CaseOmron2016
                };
                let finding = F::PrivacyIntrusion {
                    base: x.base,
                    factors: x.factors.clone(),
                    intensity: x.level,
                };
                part.step(ctx, rule, finding, Effect::Noted);
            }
            intrusion_shown = true;
        }
        let w = weighing::or_interest(ctx, i, derived);
        let finding = F::OrInterest {
            index,
            kind: i.kind,
            statement: i.statement.clone(),
            importance: w.importance,
            importance_source: w.source,
            abstract_weight: w.abstract_weight,
            substantiation: i.substantiation,
            reliability: w.reliability,
            reliability_basis: w.basis,
            weight: w.weight,
            counted: Counted::Yes,
        };
        or_items.push(Item {
            concern,
            weight: w.weight,
            step: ctx.trace.len(),
        });
        part.step(
            ctx,
            rule_for(w.basis, w.weight),
            finding,
            weighs(Side::WorksCouncil, w.weight),
        );
    }

    // Concerns the facts raise for the OR: the consent procedure, an unkept agreement.
    if let Some(severity) = procedural {
        let aw = ctx.cal.aw_procedural_defect;
        or_concern(
            ctx,
            part,
            &mut or_items,
            Concern::Procedure,
            R::Wor27_2,
            OrConcernKind::Procedure,
            severity,
            aw,
        );
    }
    if let Some(a) = req
        .procedure
        .earlier_agreement
        .as_ref()
        .filter(|a| a.kept == Tri::No)
    {
        let aw = ctx.cal.aw_agreement;
        let kind = OrConcernKind::EarlierAgreementNotKept {
            description: a.description.clone(),
        };
        or_concern(
            ctx,
            part,
            &mut or_items,
            Concern::EarlierAgreement,
            R::WorEarlierAgreement,
            kind,
            Importance::Serious,
            aw,
        );
    }
    if req.regeling.changes_primary_terms.is_yes() {
        let aw = ctx.cal.aw_primary_terms;
        or_concern(
            ctx,
            part,
            &mut or_items,
            Concern::PrimaryTerms,
            R::WorPrimaryTerms,
            OrConcernKind::PrimaryTerms,
            Importance::Serious,
            aw,
        );
    }
    let works_council = count(ctx, &or_items);

    // ---------------------------------------------------------------- the balance
    let balance = match employer.cmp(&works_council) {
        std::cmp::Ordering::Greater => Balance::EmployerHeavier,
        std::cmp::Ordering::Equal => Balance::Equal,
        std::cmp::Ordering::Less => Balance::WorksCouncilHeavier,
    };
    let unlawful: usize = part
        .elements
        .iter()
        .map(|&i| defects[i].curable.len())
        .sum();
    let ground1 = balance == Balance::EmployerHeavier && unlawful == 0 && shown;
    let effect = if ground1 && decisive {
        Effect::Decides {
            outcome: crate::ruling::Outcome::Granted,
        }
    } else {
        Effect::Noted
    };
    part.step(
        ctx,
        R::Wor27_4Ground1,
        F::Balance {
            employer,
            works_council,
            balance,
        },
        effect,
    );
    if unlawful > 0 && balance == Balance::EmployerHeavier {
        part.step(
            ctx,
            R::Avg88,
            F::RefusalReasonableWhileUnlawful { defects: unlawful },
            Effect::Noted,
        );
    }
    Stage1 {
        weights: Weights {
            employer,
            works_council,
        },
        ground1,
    }
}

/// A concern the facts raise for the OR (the facts are established: reliability 1).
#[allow(clippy::too_many_arguments)]
fn or_concern(
    ctx: &mut Ctx,
    part: &Part,
    items: &mut Vec<Item>,
    concern: Concern,
    rule: R,
    kind: OrConcernKind,
    importance: Importance,
    abstract_weight: Decimal,
) {
    let weight = ctx.scale(importance) * abstract_weight * ctx.cal.established;
    items.push(Item {
        concern,
        weight,
        step: ctx.trace.len(),
    });
    let finding = F::OrConcern {
        concern: kind,
        importance,
        abstract_weight,
        weight,
        counted: Counted::Yes,
    };
    part.step(ctx, rule, finding, weighs(Side::WorksCouncil, weight));
}

fn weighs(side: Side, weight: Decimal) -> Effect {
    if weight.is_zero() {
        Effect::Noted
    } else {
        Effect::Weighs { side, weight }
    }
}

fn rule_for(basis: ReliabilityBasis, weight: Decimal) -> R {
    match basis {
        ReliabilityBasis::Undisputed => R::Rv149,
        ReliabilityBasis::Substantiation | ReliabilityBasis::Evidence if weight.is_zero() => {
            R::Rv150
        }
        _ => R::Wor27_4Ground1,
    }
}

/// How far the consequences attached to a measure that monitors no one reach: the
/// importance of the works council's interest in avoiding them, by the heaviest of them.
/// Unknown consequences are not shown: none. An informal conversation is light (nothing is
/// decided or put on file); a warning or an effect on appraisal moderate; the end of a
/// temporary contract, discipline or dismissal serious (they end or cut into the employment
/// itself). The steps are the model's (INFERENCE, AVG-22-EFFECTS for the line between a
/// conversation and the rest).
fn consequence_level(c: &Consequences) -> Importance {
    match c.heaviest() {
        None => Importance::None,
        Some(Consequence::InformalConversation) => Importance::Light,
        Some(Consequence::Warning | Consequence::Appraisal) => Importance::Moderate,
        Some(Consequence::NonRenewal | Consequence::Discipline | Consequence::Dismissal) => {
            Importance::Serious
        }
    }
}
