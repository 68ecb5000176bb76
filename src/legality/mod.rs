//! The legality overlay: the AVG (or, before 25 May 2018, the Wbp), the AI Act, the ECHR
//! (Bărbulescu, López Ribalda) and the home-working rule, run per element.
//!
//! The court rules on a *proposed* regeling, so the question is mostly whether the regeling
//! provides the safeguards, not whether they already happened; defects the employer cures
//! during the proceedings count (DOMAIN §2).
//!
//! Two kinds of defect:
//! - **hard**: a categorical ban — a prohibited AI practice (art. 5 AI Act), biometrics
//!   without an art. 9 exception. It blocks any grant, whatever the weighing says. That the
//!   court's permission cannot make unlawful processing lawful is the library's reading
//!   (RULES.md: INFERENCE, supported by CJEU C-65/23); KLM 2008 instead left privacy
//!   compliance to individual employees — a deliberate difference, marked in `cases/`.
//! - **curable**: everything else (a weak legal basis, missing safeguards, no DPIA). It weighs
//!   for the works council in stage 1 and blocks ground 2 until the regeling is mended.

mod ai_act;
mod avg;
mod echr;

use rust_decimal::Decimal;

use crate::engine::Ctx;
use crate::law::RuleId;
use crate::request::{Element, Importance};
use crate::ruling::{Effect, Finding};
use crate::weighing;

/// What the legality checks found for one element.
#[derive(Debug, Clone, Default)]
pub(crate) struct Defects {
    /// A hard defect was found.
    pub hard: bool,
    /// The number of curable defects.
    pub curable: usize,
    /// Their total weight for the works council.
    pub curable_weight: Decimal,
}

impl Defects {
    /// Record a curable defect of the given severity.
    pub fn curable(
        &mut self,
        ctx: &mut Ctx,
        el: &Element,
        rule: RuleId,
        finding: Finding,
        severity: Importance,
    ) {
        let weight = weighing::legal_defect(ctx, severity);
        ctx.element_step(el, rule, finding, Effect::CurableDefect { weight });
        self.curable += 1;
        self.curable_weight += weight;
    }

    /// Record a hard defect.
    pub fn hard(&mut self, ctx: &mut Ctx, el: &Element, rule: RuleId, finding: Finding) {
        ctx.element_step(el, rule, finding, Effect::HardDefect);
        self.hard = true;
    }
}

/// Run every check for every element, in order; one [`Defects`] per element.
pub(crate) fn check(ctx: &mut Ctx) -> Vec<Defects> {
    let req = ctx.req;
    let elements = &req.regeling.elements;
    let mut out = Vec::with_capacity(elements.len());
    for el in elements {
        let mut d = Defects::default();
        avg::check(ctx, el, &mut d);
        ai_act::check(ctx, el, &mut d);
        echr::check(ctx, el, &d);
        out.push(d);
    }
    out
}
