//! The weighing model: Alexy's weight formula in exact decimals.
//!
//! The weight of an interest is *importance × abstract weight × reliability* (DOMAIN §3):
//!
//! - **importance** (how much the decision matters for the interest, or how deep it
//!   intrudes) on the triadic scale light 1, moderate 2, serious 4. For the works council's
//!   privacy and disciplinary interests it is derived from the facts of the measure
//!   ([`intensity`]); for the other interests it is stated in the request, or moderate;
//! - **abstract weight**: one step higher for rights the law protects as rights (privacy,
//!   health, statutory rights of staff, statutory obligations of the employer) than for
//!   interests of the business;
//! - **reliability** of the factual premises: established 1 (proven, found by the court, or
//!   asserted and not disputed — art. 149 Rv), plausible ½, merely asserted ¼.
//!
//! Each side's weights are summed (Alexy's additive extension for several principles on
//! one side). Curable legal defects of the regeling and defects of the consent procedure
//! weigh for the works council with the severity the rule gives them. Stage 1 grants only
//! if the employer's sum is *strictly* heavier: the burden is the employer's, and a tie
//! does not grant.
//!
//! The privacy interest is counted once. The AVG's own balancing test (art. 6(1)(f), step 3)
//! is not run separately: it is this weighing, as in Omron (ECLI:NL:RBOBR:2016:5172). What
//! the AVG adds are the requirements a regeling can fail (legal basis, necessity, DPIA,
//! information, human intervention), and those weigh as defects. The privacy interest
//! measures how deep the measure intrudes; a defect measures what the regeling fails to
//! provide.

pub(crate) mod intensity;

use rust_decimal::Decimal;

use crate::engine::Ctx;
use crate::request::{Importance, Measure, Substantiation, Technology, Tri};
use crate::ruling::ReliabilityBasis;

pub(crate) use intensity::privacy_intrusion;

/// Does the measure process personal data of staff? Unknown counts as yes whenever it
/// observes anything about staff or uses a monitoring technology (the employer must show
/// the data are not about identifiable persons; art. 5(2) AVG).
pub fn processes_personal_data(m: &Measure) -> bool {
    use crate::request::Identifiability::Anonymous;
    if m.identifiability == Anonymous {
        return false;
    }
    match m.personal_data {
        Tri::Yes => true,
        Tri::No => false,
        Tri::Unknown => {
            !m.observes.is_empty()
                || m.biometric.is_some()
                || m.ai.is_some()
                || !matches!(
                    m.technology,
                    Technology::Roster | Technology::Policy | Technology::Other
                )
        }
    }
}

/// The reliability of a statement and what it rests on.
pub(crate) fn reliability(
    ctx: &Ctx,
    substantiation: Substantiation,
    contested: Tri,
) -> (Decimal, ReliabilityBasis) {
    if contested.is_no() {
        return (ctx.cal.established, ReliabilityBasis::Undisputed);
    }
    let r = match substantiation {
        Substantiation::Established => ctx.cal.established,
        Substantiation::Plausible => ctx.cal.plausible,
        Substantiation::Asserted | Substantiation::Unknown => ctx.cal.asserted,
    };
    (r, ReliabilityBasis::Substantiation)
}

/// The weight of a curable legal defect of the given severity.
pub(crate) fn legal_defect(ctx: &Ctx, severity: Importance) -> Decimal {
    ctx.scale(severity) * ctx.cal.aw_legal_defect
}

/// The weight of a defect of the consent procedure of the given severity.
pub(crate) fn procedural_defect(ctx: &Ctx, severity: Importance) -> Decimal {
    ctx.scale(severity) * ctx.cal.aw_procedural_defect
}

/// The weighing of one employer interest, shared by stage 1 and stage 2.
pub(crate) struct EmployerWeight {
    pub importance: Importance,
    pub source: crate::ruling::ImportanceSource,
    pub abstract_weight: Decimal,
    pub reliability: Decimal,
    pub basis: ReliabilityBasis,
    pub weight: Decimal,
}

/// Weigh an employer interest: its stated importance (moderate by default), capped at light
/// when it enforces an attendance policy not shown to be validly adopted (DOMAIN §2: "if it
/// was not validly adopted, the interest in enforcing it weighs little").
pub(crate) fn employer_interest(ctx: &Ctx, i: &crate::request::EmployerInterest) -> EmployerWeight {
    use crate::ruling::ImportanceSource as Src;
    let (mut importance, mut source) = match i.importance {
        Some(level) => (level, Src::Given),
        None => (Importance::Moderate, Src::Default),
    };
    if i.kind == crate::request::EmployerInterestKind::AttendancePolicyEnforcement
        && !i.policy_validly_adopted.proven()
        && importance > Importance::Light
    {
        importance = Importance::Light;
        source = Src::CappedPolicyNotValid;
    }
    let abstract_weight = ctx.cal.abstract_employer(i.kind);
    let (reliability, basis) = reliability(ctx, i.substantiation, i.contested);
    let weight = ctx.scale(importance) * abstract_weight * reliability;
    EmployerWeight {
        importance,
        source,
        abstract_weight,
        reliability,
        basis,
        weight,
    }
}
