//! The legality overlay: the AVG (or, before 25 May 2018, the Wbp), the AI Act and the ECHR
//! (Bărbulescu, López Ribalda), run per element.
//!
//! The court rules on a *proposed* regeling, so the question is mostly whether the regeling
//! provides the safeguards, not whether they already happened; defects the employer cures
//! during the proceedings count (DOMAIN §2).
//!
//! Two kinds of defect:
//! - **hard**: a categorical ban — a prohibited AI practice (art. 5 AI Act), biometrics
//!   without an art. 9 exception, another special category of art. 9(1) AVG (health data
//!   beyond absence through illness: art. 30 UAVG). It applies of its own force and blocks any grant, whatever
//!   the weighing says. That the court's permission cannot make unlawful processing lawful
//!   is the library's reading (RULES.md: INFERENCE, supported by CJEU C-65/23); KLM 2008
//!   instead left privacy compliance to individual employees — a deliberate difference.
//! - **curable**: everything else (a weak legal basis, missing safeguards, no DPIA). A
//!   curable defect is a *condition*, not a second weight for privacy: it stands in the way
//!   of ground 2 until the regeling is mended, and is said. It counts only as far as the
//!   works council raised the point or the facts plainly show it — the court decides within
//!   the bounds of the dispute (art. 24 Rv) and adds legal grounds, not facts (art. 25 Rv).
//!   A defect is *plain* when it holds even if every fact nobody established is read in the
//!   employer's favour; otherwise it rests on the burden of proof and counts only if the OR
//!   raised that kind of point. A defect that counts is a *condition*, not a weight: as long
//!   as the regeling fails it, the OR may reasonably withhold consent (ground 1) and the
//!   decision cannot be required (ground 2); it adds nothing to the OR's side of the scale,
//!   where the privacy concern is weighed once, by the intrusion
//!   ([`crate::weighing::intrusion`]). The employer can mend it, and what-if says how.

mod ai_act;
mod avg;
mod echr;
mod suitability;

pub(crate) use avg::reuse;

use crate::engine::Ctx;
use crate::law::RuleId;
use crate::request::{Element, Importance, LegalPoint, OrInterestKind};
use crate::ruling::{Effect, Finding};

/// A curable defect that counts (raised, or plain from the facts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Curable {
    pub rule: RuleId,
    pub point: LegalPoint,
    pub severity: Importance,
}

/// What the legality checks found for one element.
#[derive(Debug, Clone, Default)]
pub(crate) struct Defects {
    /// A hard defect was found.
    pub hard: bool,
    /// The curable defects that count.
    pub curable: Vec<Curable>,
}

impl Defects {
    /// Record a curable defect. `plain`: the facts show it even read in the employer's
    /// favour. It counts if plain or if the OR raised that kind of point; otherwise it is
    /// said and left aside.
    #[allow(clippy::too_many_arguments)]
    pub fn curable(
        &mut self,
        ctx: &mut Ctx,
        el: &Element,
        rule: RuleId,
        finding: Finding,
        severity: Importance,
        point: LegalPoint,
        plain: bool,
    ) {
        if plain || raised(ctx, el, point) {
            ctx.element_step(el, rule, finding, Effect::CurableDefect);
            self.curable.push(Curable {
                rule,
                point,
                severity,
            });
        } else {
            ctx.element_step(el, rule, finding, Effect::NotArgued);
        }
    }

    /// Record a hard defect.
    pub fn hard(&mut self, ctx: &mut Ctx, el: &Element, rule: RuleId, finding: Finding) {
        ctx.element_step(el, rule, finding, Effect::HardDefect);
        self.hard = true;
    }
}

/// Did the works council raise this point for the element? By naming it (`raises`), by the
/// nature of its objection (a lack of information raises the DPIA and the information duties;
/// disciplinary consequences raise art. 22), or — for necessity — by an alternative the
/// parties put forward.
fn raised(ctx: &Ctx, el: &Element, point: LegalPoint) -> bool {
    use LegalPoint as P;
    use OrInterestKind as K;
    let concerns = |elements: &[String]| elements.is_empty() || elements.contains(&el.id);
    let by_objection = ctx.req.interests.works_council.iter().any(|i| {
        concerns(&i.elements)
            && !i.unrelated_to_regeling.is_yes()
            && (i.raises.contains(&point)
                || match i.kind {
                    K::LackOfInformation => {
                        matches!(point, P::Dpia | P::Information | P::AiActDuties)
                    }
                    K::DisciplinaryConsequences => point == P::AutomatedDecisions,
                    _ => false,
                })
    });
    by_objection
        || (point == P::Minimisation
            && ctx
                .req
                .avg
                .alternatives
                .iter()
                .any(|a| concerns(&a.elements)))
}

/// Run every check for every element, in order; one [`Defects`] per element.
pub(crate) fn check(ctx: &mut Ctx) -> Vec<Defects> {
    let req = ctx.req;
    let elements = &req.regeling.elements;
    let mut out = Vec::with_capacity(elements.len());
    for el in elements {
        let mut d = Defects::default();
        avg::check(ctx, el, &mut d);
        suitability::check(ctx, el, &mut d);
        ai_act::check(ctx, el, &mut d);
        echr::check(ctx, el);
        out.push(d);
    }
    out
}
