//! Data protection: the AVG from 25 May 2018, the Wbp's art. 8(f) before.

use crate::engine::Ctx;
use crate::law::{AVG_FROM, RuleId as R};
use crate::request::{
    BiometricPurpose, Consequences, Dpia, Element, EmployerKind, Frequency, Importance, LegalBasis,
    Openness, Place, Purpose, Tri,
};
use crate::ruling::{CovertCondition, DpiaTrigger, Effect, Finding as F};
use crate::weighing;

use super::Defects;

pub(super) fn check(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let m = &el.measure;
    let monitoring = !m.observes.is_empty();
    if !weighing::processes_personal_data(m) {
        if monitoring || m.personal_data.is_no() {
            let rule = if ctx.as_of >= AVG_FROM {
                R::Avg5_1C
            } else {
                R::Wbp8F
            };
            let anonymous = m.identifiability == crate::request::Identifiability::Anonymous;
            ctx.element_step(
                el,
                rule,
                F::NoPersonalData { anonymous },
                Effect::NotApplicable,
            );
        }
        return;
    }
    if ctx.as_of < AVG_FROM {
        ctx.element_step(el, R::Wbp8F, F::WbpNecessityOnly, Effect::Noted);
        necessity(ctx, el, d, R::Wbp8F, R::Wbp8F);
        return;
    }
    ctx.flag(R::ApSupervision, F::ApSupervises);

    legal_basis(ctx, el, d);
    repurposing(ctx, el, d);
    necessity(ctx, el, d, R::Avg5_1C, R::Avg6_1F2);
    if !monitoring {
        return;
    }
    if m.retention_days
        .is_none_or(|days| rust_decimal::Decimal::from(days) > ctx.cal.retention_days)
    {
        ctx.element_step(
            el,
            R::Avg5_1E,
            F::LongRetention {
                days: m.retention_days,
            },
            Effect::Noted,
        );
    }
    dpia(ctx, el, d);
    if m.openness == Openness::Covert {
        covert(ctx, el, d);
    } else if ctx.req.avg.staff_informed_in_advance.proven() {
        ctx.element_step(el, R::Avg13_14, F::StaffInformed, Effect::Passed);
    } else {
        let unknown = ctx.req.avg.staff_informed_in_advance == Tri::Unknown;
        d.curable(
            ctx,
            el,
            R::Avg13_14,
            F::StaffNotInformed { unknown },
            Importance::Moderate,
        );
    }
    automated(ctx, el, d);
    biometric(ctx, el, d);
    home(ctx, el, d);
}

/// Art. 6(1): a valid legal basis. Employee consent is almost never valid; a public
/// authority cannot rely on legitimate interest for its tasks; a legal obligation covers
/// registering working time, not checking who is at the office.
fn legal_basis(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let basis = ctx.req.avg.legal_basis;
    let purpose = el.measure.purpose;
    let serious = Importance::Serious;
    match basis {
        LegalBasis::Consent => d.curable(ctx, el, R::Avg6_1AEmp, F::ConsentNotValidAtWork, serious),
        LegalBasis::LegitimateInterest
            if ctx.req.employer.kind == EmployerKind::PublicAuthority =>
        {
            d.curable(
                ctx,
                el,
                R::Avg6_1F1,
                F::PublicAuthorityLegitimateInterest,
                serious,
            )
        }
        LegalBasis::LegalObligation if purpose != Purpose::WorkingTimeRegistration => d.curable(
            ctx,
            el,
            R::Avg6_1C,
            F::LegalObligationDoesNotCover { purpose },
            serious,
        ),
        LegalBasis::Unknown => d.curable(ctx, el, R::Avg5_2, F::NoLegalBasisShown, serious),
        LegalBasis::LegalObligation => ctx.element_step(
            el,
            R::Avg6_1C,
            F::LegalBasisAvailable { basis },
            Effect::Passed,
        ),
        _ => ctx.element_step(
            el,
            R::Avg6_1F1,
            F::LegalBasisAvailable { basis },
            Effect::Passed,
        ),
    }
}

/// The family of a purpose, for the link between old and new purpose (art. 6(4)(a)).
fn family(p: Purpose) -> u8 {
    match p {
        Purpose::BuildingSecurity | Purpose::TheftPrevention | Purpose::Safety => 0,
        Purpose::AttendanceEnforcement
        | Purpose::WorkingTimeRegistration
        | Purpose::ProductivityMonitoring
        | Purpose::PerformanceEvaluation => 1,
        Purpose::CapacityPlanning | Purpose::Scheduling => 2,
        Purpose::Other => 3,
    }
}

/// Art. 6(4): data collected for one purpose reused for another. Compatible if the purposes
/// are closely linked, or if the regeling gives the reuse a valid basis of its own, informs
/// staff in advance and attaches no consequences or uses pseudonymised data (the RULES.md
/// INFERENCE for badge data reused for attendance).
fn repurposing(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let m = &el.measure;
    let Some(from) = m.earlier_purpose.filter(|p| *p != m.purpose) else {
        return;
    };
    let to = m.purpose;
    let basis_ok = !matches!(
        ctx.req.avg.legal_basis,
        LegalBasis::Unknown | LegalBasis::Consent
    );
    let safeguards = m.consequences == Consequences::None
        || m.identifiability == crate::request::Identifiability::Pseudonymised;
    let compatible = (family(from) == family(to) && family(to) != 3)
        || (basis_ok && ctx.req.avg.staff_informed_in_advance.proven() && safeguards);
    let finding = F::Repurposing {
        from,
        to,
        compatible,
    };
    if compatible {
        ctx.element_step(el, R::Avg6_4, finding, Effect::Passed);
    } else {
        d.curable(ctx, el, R::Avg6_4, finding, Importance::Moderate);
    }
}

/// Data minimisation and necessity: identified data for a purpose that does not need them;
/// a less intrusive alternative that reaches the same goal. One necessity defect per
/// element: further alternatives that reach the goal are noted, not counted again.
fn necessity(ctx: &mut Ctx, el: &Element, d: &mut Defects, minimisation: R, necessity: R) {
    let m = &el.measure;
    let mut failed = false;
    if m.purpose.needs_identification() == Some(false) {
        d.curable(
            ctx,
            el,
            minimisation,
            F::IdentificationNotNeeded { purpose: m.purpose },
            Importance::Serious,
        );
        failed = true;
    }
    let req = ctx.req;
    for alt in req
        .avg
        .alternatives
        .iter()
        .filter(|a| a.elements.is_empty() || a.elements.contains(&el.id))
    {
        if alt.reaches_same_goal.is_no() {
            let finding = F::AlternativeRejected {
                description: alt.description.clone(),
                reason: alt.rejection_reason.clone(),
                substantiation: alt.rejection_substantiation,
            };
            ctx.element_step(el, necessity, finding, Effect::Passed);
            continue;
        }
        let finding = F::AlternativeReachesGoal {
            description: alt.description.clone(),
            unknown: alt.reaches_same_goal == Tri::Unknown,
        };
        if failed {
            ctx.element_step(el, necessity, finding, Effect::Noted);
        } else {
            d.curable(ctx, el, necessity, finding, Importance::Serious);
            failed = true;
        }
    }
}

/// Art. 35: a DPIA before processing that is likely to pose a high risk.
fn dpia(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let m = &el.measure;
    let mut triggers = Vec::new();
    if m.frequency != Frequency::Incidental {
        triggers.push(DpiaTrigger::SystematicMonitoring);
    }
    if m.openness == Openness::Covert {
        triggers.push(DpiaTrigger::Covert);
    }
    if m.biometric.is_some() {
        triggers.push(DpiaTrigger::Biometrics);
    }
    let scores = m.ai.as_ref().is_some_and(|ai| {
        use crate::request::AiCapability::*;
        ai.capabilities
            .iter()
            .any(|c| matches!(c, IndividualScoring | Profiling))
    });
    if scores {
        triggers.push(DpiaTrigger::Scoring);
    }
    if triggers.is_empty() {
        ctx.element_step(el, R::Avg35_1, F::DpiaNotRequired, Effect::Passed);
        return;
    }
    if ctx.in_force(R::ApDpiaList) {
        let listed: Vec<_> = triggers
            .iter()
            .copied()
            .filter(|t| *t != DpiaTrigger::Scoring)
            .collect();
        if !listed.is_empty() {
            ctx.element_step(
                el,
                R::ApDpiaList,
                F::OnApDpiaList { triggers: listed },
                Effect::Noted,
            );
        }
    }
    let dpia = ctx.req.avg.dpia;
    let finding = F::DpiaRequired { triggers, dpia };
    if matches!(dpia, Dpia::Done | Dpia::PlannedBeforeProcessing) {
        ctx.element_step(el, R::Avg35_1, finding, Effect::Passed);
    } else {
        d.curable(ctx, el, R::Avg35_1, finding, Importance::Moderate);
    }
}

/// Covert monitoring: only on a reasonable suspicion, with no other means, for a limited
/// period, informing staff afterwards (AP; López Ribalda).
fn covert(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let c = el.measure.covert_conditions.clone().unwrap_or_default();
    let missing: Vec<CovertCondition> = [
        (c.reasonable_suspicion, CovertCondition::ReasonableSuspicion),
        (c.no_other_means, CovertCondition::NoOtherMeans),
        (c.limited_period, CovertCondition::LimitedPeriod),
        (c.informed_afterwards, CovertCondition::InformedAfterwards),
    ]
    .into_iter()
    .filter(|(t, _)| !t.proven())
    .map(|(_, cond)| cond)
    .collect();
    if missing.is_empty() {
        ctx.element_step(el, R::ApMonitor, F::CovertConditionsMet, Effect::Passed);
    } else {
        d.curable(
            ctx,
            el,
            R::ApMonitor,
            F::CovertWithoutConditions { missing },
            Importance::Serious,
        );
    }
}

/// Art. 22: no decision with significant effects based solely on automated processing.
fn automated(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let consequences = el.measure.consequences;
    if consequences == Consequences::None {
        ctx.element_step(
            el,
            R::Avg22,
            F::NoAutomatedConsequences,
            Effect::NotApplicable,
        );
        return;
    }
    let human = ctx.req.avg.human_intervention;
    let finding = F::AutomatedConsequences {
        consequences,
        human_intervention: human,
    };
    if human.proven() {
        ctx.element_step(el, R::Avg22, finding, Effect::Passed);
    } else {
        d.curable(ctx, el, R::Avg22, finding, Importance::Serious);
    }
}

/// Art. 9 AVG with art. 29 UAVG: biometrics to identify staff only where necessary for
/// authentication or security, or with explicit, free consent. A hard defect otherwise.
fn biometric(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let Some(b) = &el.measure.biometric else {
        return;
    };
    if b.purpose == BiometricPurpose::AuthenticationOrSecurity && b.necessary.proven() {
        ctx.element_step(el, R::Uavg29, F::BiometricAllowed, Effect::Passed);
    } else if b.explicit_free_consent.proven() {
        ctx.element_step(el, R::Avg9_1, F::BiometricAllowed, Effect::Passed);
    } else {
        d.hard(
            ctx,
            el,
            R::Avg9_1,
            F::BiometricNotAllowed {
                purpose: b.purpose,
                necessary: b.necessary,
            },
        );
    }
}

/// The home-working rule: the same rules at home as at the office.
fn home(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    if !matches!(el.measure.place, Place::Home | Place::OfficeAndHome) {
        return;
    }
    if el.measure.more_intensive_at_home.is_yes() {
        d.curable(
            ctx,
            el,
            R::NlThuiswerk,
            F::MoreIntensiveAtHome,
            Importance::Serious,
        );
    } else {
        ctx.element_step(el, R::NlThuiswerk, F::SameAtHomeAsAtOffice, Effect::Passed);
    }
}
