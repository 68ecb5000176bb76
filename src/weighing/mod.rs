//! The weighing model: Alexy's weight formula in exact decimals, applied to each side's
//! *case*, not to the number of its paragraphs.
//!
//! The weight of a concern is *importance × abstract weight × reliability* (DOMAIN §3):
//!
//! - **importance** (how much the decision matters for the concern, or how deep it
//!   intrudes) on the scale light 1, moderate 2, serious 4, very serious 8. For the works
//!   council's privacy concern it is the [`intrusion`] derived from all the facts of the
//!   measure; for consequences of a measure that monitors no one, derived from those
//!   consequences; for the other concerns it is stated in the request, or moderate;
//! - **abstract weight**: one step higher for rights the law protects by mandatory statute
//!   (health and working time, statutory rights of staff, other fundamental rights,
//!   statutory obligations of the employer) than for interests of the business. Privacy is
//!   not one step higher: the AVG's own balance (art. 6(1)(f)) ranks neither above the other,
//!   and its protection enters as requirements the regeling must meet (DESIGN.md);
//! - **reliability** of the factual premise: established 1 (proven, found by the court, or
//!   asserted and not disputed — art. 149 Rv), plausible ½, and merely asserted *and
//!   disputed* 0: a statement that is not shown is no ground for the decision (art. 149 lid 1
//!   and 150 Rv). It is left aside and said, not discounted and summed. A premise that rests
//!   on the terms of the proposal itself (the intrusion, the consequences) or on the law (a
//!   statutory or fundamental right) needs no proof from the works council.
//!
//! **A side's case, not its item count.** A side's interests are grouped into *concerns*
//! ([`Concern`]): all interests of one kind are one concern, weighed once, by its
//! best-shown statement. Splitting one objection into three, or listing the evidence for an
//! objection as an objection of the same kind, changes nothing. Distinct concerns add up
//! (Alexy's additive extension), because they are distinct reasons.
//!
//! **The burden is the employer's.** Only if its concerns weigh *strictly* heavier does the
//! court grant on ground 1; a tie does not. With nothing at least plausible on its side, the
//! employer's case is not shown and ground 1 fails, however many claims it lists.

pub(crate) mod intrusion;
pub(crate) mod retention;

use rust_decimal::Decimal;

use crate::engine::Ctx;
use crate::request::{
    EmployerInterest, EmployerInterestKind, Importance, OrInterest, OrInterestKind, Substantiation,
    Tri,
};
use crate::ruling::{ImportanceSource as Src, ReliabilityBasis};

/// What a side's interest belongs to: the unit the court weighs (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Concern {
    /// An employer interest of this kind.
    Employer(EmployerInterestKind),
    /// The privacy of staff and what follows from the monitoring: one measure of intrusion.
    Monitoring,
    /// Consequences of a measure that monitors no one.
    Consequences,
    /// The OR lacked information (and the information duties the regeling fails).
    Information,
    /// The consent procedure of art. 27 lid 2 was not followed.
    Procedure,
    /// An earlier agreement with the OR.
    EarlierAgreement,
    /// Primary terms of employment changed by the regeling.
    PrimaryTerms,
    /// Any other OR interest of this kind.
    Or(OrInterestKind),
}

impl Concern {
    /// The concern of an OR interest. `monitors`: whether the part monitors staff (then
    /// disciplinary consequences are part of the intrusion, not a concern of their own).
    pub fn of_or(kind: OrInterestKind, monitors: bool) -> Concern {
        match kind {
            OrInterestKind::Privacy => Concern::Monitoring,
            OrInterestKind::DisciplinaryConsequences if monitors => Concern::Monitoring,
            OrInterestKind::DisciplinaryConsequences => Concern::Consequences,
            OrInterestKind::LackOfInformation => Concern::Information,
            OrInterestKind::EarlierAgreement => Concern::EarlierAgreement,
            other => Concern::Or(other),
        }
    }
}

/// The reliability of a statement a side must show, and what it rests on. A statement not
/// disputed is established (art. 149 Rv). A statement whose substantiation is unknown but
/// that lists evidence is not *merely* asserted (the schema's definition of `asserted` is
/// "without facts or evidence"): it counts as plausible.
pub(crate) fn reliability(
    ctx: &Ctx,
    substantiation: Substantiation,
    contested: Tri,
    has_evidence: bool,
) -> (Decimal, ReliabilityBasis) {
    if contested.is_no() {
        return (ctx.cal.established, ReliabilityBasis::Undisputed);
    }
    match substantiation {
        Substantiation::Established => (ctx.cal.established, ReliabilityBasis::Substantiation),
        Substantiation::Plausible => (ctx.cal.plausible, ReliabilityBasis::Substantiation),
        Substantiation::Unknown if has_evidence => (ctx.cal.plausible, ReliabilityBasis::Evidence),
        Substantiation::Asserted | Substantiation::Unknown => {
            (ctx.cal.asserted, ReliabilityBasis::Substantiation)
        }
    }
}

/// The weighing of one interest.
#[derive(Debug, Clone)]
pub(crate) struct Weighed {
    pub importance: Importance,
    pub source: Src,
    pub abstract_weight: Decimal,
    pub reliability: Decimal,
    pub basis: ReliabilityBasis,
    pub weight: Decimal,
}

/// Weigh an employer interest: its stated importance (moderate by default), capped at light
/// when it enforces an attendance policy not shown to be validly adopted (DOMAIN §2: "if it
/// was not validly adopted, the interest in enforcing it weighs little").
pub(crate) fn employer_interest(ctx: &Ctx, i: &EmployerInterest) -> Weighed {
    let (mut importance, mut source) = match i.importance {
        Some(level) => (level, Src::Given),
        None => (Importance::Moderate, Src::Default),
    };
    if i.kind == EmployerInterestKind::AttendancePolicyEnforcement
        && !i.policy_validly_adopted.proven()
        && importance > Importance::Light
    {
        importance = Importance::Light;
        source = Src::CappedPolicyNotValid;
    }
    let abstract_weight = ctx.cal.abstract_employer(i.kind);
    let (reliability, basis) =
        reliability(ctx, i.substantiation, i.contested, !i.evidence.is_empty());
    let weight = ctx.scale(importance) * abstract_weight * reliability;
    Weighed {
        importance,
        source,
        abstract_weight,
        reliability,
        basis,
        weight,
    }
}

/// Weigh an OR interest. `derived`: the importance the facts give its concern (the
/// intrusion, or the consequences), if they give one.
pub(crate) fn or_interest(ctx: &Ctx, i: &OrInterest, derived: Option<Importance>) -> Weighed {
    let (importance, source) = match (i.importance, derived) {
        (Some(level), Some(_)) => (level, Src::Override),
        (Some(level), None) => (level, Src::Given),
        (None, Some(level)) => (level, Src::Derived),
        (None, None) => (Importance::Moderate, Src::Default),
    };
    let abstract_weight = ctx.cal.abstract_or(i.kind);
    let (reliability, basis) = if derived.is_some() {
        (ctx.cal.established, ReliabilityBasis::ProposalTerms)
    } else if matches!(
        i.kind,
        OrInterestKind::StatutoryRight | OrInterestKind::OtherFundamentalRight
    ) {
        (ctx.cal.established, ReliabilityBasis::Law)
    } else {
        reliability(ctx, i.substantiation, i.contested, !i.evidence.is_empty())
    };
    let weight = ctx.scale(importance) * abstract_weight * reliability;
    Weighed {
        importance,
        source,
        abstract_weight,
        reliability,
        basis,
        weight,
    }
}
