//! Data protection: the AVG from 25 May 2018, the Wbp's art. 8(f) before.
//!
//! Each requirement that fails is a curable defect (see the [module docs](super)): it counts
//! when the works council raised that kind of point or when the facts plainly show it, and
//! then stands in the way of ground 2. The intrusion itself is weighed once, in stage 1.

use crate::engine::Ctx;
use crate::law::{AVG_FROM, RuleId as R};
use crate::request::{
    BiometricPurpose, Consequences, Dpia, Element, EmployerKind, Frequency, Identifiability,
    Importance, LegalBasis, Measure, Openness, Purpose, Request, Tri,
};
use crate::ruling::{CovertCondition, DpiaTrigger, Effect, Finding as F, ReuseCondition};
use crate::weighing::retention;

use super::Defects;
use crate::request::LegalPoint as Point;

pub(super) fn check(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let m = &el.measure;
    let monitoring = !m.observes.is_empty();
    if !m.processes_personal_data() {
        if monitoring || m.personal_data.is_no() {
            let rule = if ctx.as_of >= AVG_FROM {
                R::Avg5_1C
            } else {
                R::Wbp8F
            };
            let anonymous = m.identifiability == Identifiability::Anonymous;
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
    special(ctx, el, d);
    if !monitoring {
        return;
    }
    let (norm, assessment) = retention::assess(&ctx.cal, m);
    let rule = |a: crate::ruling::RetentionAssessment| {
        if a == crate::ruling::RetentionAssessment::TiedToEmployment {
            R::RetentionEmployment
        } else {
            R::RetentionPerKind
        }
    };
    ctx.element_step(
        el,
        rule(assessment),
        F::Retention {
            kind: None,
            days: m.retention_days,
            norm,
            assessment,
        },
        Effect::Noted,
    );
    for (kind, days, norm, assessment) in retention::per_kind(&ctx.cal, m) {
        let finding = F::Retention {
            kind: Some(kind),
            days,
            norm,
            assessment,
        };
        ctx.element_step(el, rule(assessment), finding, Effect::Noted);
    }
    if m.retention_until == Some(crate::request::RetentionEvent::EndOfProceedings) {
        let finding = F::RetentionUntilProceedings;
        ctx.element_step(el, R::RetentionProceedings, finding, Effect::Noted);
    }
    dpia(ctx, el, d);
    if m.openness == Openness::Covert {
        covert(ctx, el, d);
    } else if ctx.req.informed_of(m).proven() {
        ctx.element_step(el, R::Avg13_14, F::StaffInformed, Effect::Passed);
    } else {
        let known = ctx.req.informed_of(m).is_no();
        d.curable(
            ctx,
            el,
            R::Avg13_14,
            F::StaffNotInformed { unknown: !known },
            Importance::Moderate,
            Point::Information,
            known,
        );
    }
    automated(ctx, el, d);
    biometric(ctx, el, d);
    home(ctx, el);
}

/// Art. 6(1): a valid legal basis, read from the facts of the measure before the label the
/// request gives it. First a legal obligation the measure rests on (art. 6(1)(c), 6(3)):
/// it carries what it requires, and only the excess needs another basis. Then, for a public
/// authority, the public task (art. 6(1)(e)): where the processing serves it, that is the
/// basis whatever the request calls it (the court supplies legal grounds, art. 25 Rv), and
/// legitimate interest is not available (art. 6(1), last sentence). Then the basis claimed:
/// employee consent is almost never valid; a legal obligation without a named one covers
/// registering working time (art. 4:3 ATW), not checking who is at the office.
fn legal_basis(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let claimed = ctx.req.avg.legal_basis;
    let serious = Importance::Serious;
    let dp = Point::LegalBasis;
    if let Some(o) = &el.measure.legal_obligation {
        let source = o.source;
        let relies = claimed == LegalBasis::LegalObligation;
        if !source.can_be_legal_obligation() {
            let finding = F::ObligationNotLaw {
                source,
                claimed: relies,
            };
            if relies {
                d.curable(ctx, el, R::Avg6_3, finding, serious, dp, true);
                return;
            }
            ctx.element_step(el, R::Avg6_3, finding, Effect::Noted);
        } else if !o.shown.proven() {
            let finding = F::ObligationNotShown {
                source,
                unknown: !o.shown.is_no(),
            };
            if relies {
                let plain = o.shown.is_no();
                d.curable(ctx, el, R::Avg6_1C, finding, serious, dp, plain);
                return;
            }
            ctx.element_step(el, R::Avg6_1C, finding, Effect::Noted);
        } else {
            let finding = F::LegalObligationCarries {
                source,
                provision: o.provision.clone(),
                goes_beyond: o.goes_beyond,
            };
            if o.goes_beyond.is_no() {
                ctx.element_step(el, R::Avg6_1C, finding, Effect::Passed);
                return;
            }
            ctx.element_step(el, R::Avg6_1C, finding, Effect::Noted);
            if relies {
                let finding = F::ExcessWithoutBasis {
                    goes_beyond: o.goes_beyond,
                };
                let plain = o.goes_beyond.is_yes();
                d.curable(ctx, el, R::Avg6_1C, finding, serious, dp, plain);
                return;
            }
        }
    }
    if ctx.req.employer.kind == EmployerKind::PublicAuthority {
        match el.measure.public_task {
            Tri::Yes => {
                let finding = F::PublicTaskBasis { claimed };
                ctx.element_step(el, R::Avg6_1E, finding, Effect::Passed);
                return;
            }
            Tri::No => ctx.element_step(el, R::Avg6_1E, F::OutsidePublicTask, Effect::Noted),
            Tri::Unknown if claimed == LegalBasis::LegitimateInterest => {
                let finding = F::PublicAuthorityLegitimateInterest;
                d.curable(ctx, el, R::Avg6_1F1, finding, serious, dp, false);
                return;
            }
            Tri::Unknown => {}
        }
    }
    claimed_basis(ctx, el, d, claimed);
}

/// The basis the request claims, where the facts of the measure do not decide it.
fn claimed_basis(ctx: &mut Ctx, el: &Element, d: &mut Defects, basis: LegalBasis) {
    let purpose = el.measure.purpose;
    let serious = Importance::Serious;
    let dp = Point::LegalBasis;
    match basis {
        LegalBasis::Consent => d.curable(
            ctx,
            el,
            R::Avg6_1AEmp,
            F::ConsentNotValidAtWork,
            serious,
            dp,
            true,
        ),
        LegalBasis::LegalObligation if purpose != Purpose::WorkingTimeRegistration => {
            // No obligation requires checking attendance person by person (DOMAIN §2); for
            // another purpose the employer has not shown which one does.
            let plain = purpose == Purpose::AttendanceEnforcement;
            d.curable(
                ctx,
                el,
                R::Avg6_1C,
                F::LegalObligationDoesNotCover { purpose, plain },
                serious,
                dp,
                plain,
            )
        }
        LegalBasis::Unknown => {
            d.curable(ctx, el, R::Avg5_2, F::NoLegalBasisShown, serious, dp, false)
        }
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
/// Information security belongs with the other kinds of security; regulatory compliance and
/// wellbeing each stand alone: data kept to meet a sector's rules, or for the wellbeing of
/// staff, are not closely linked to checking them (the engine's reading, INFERENCE).
fn family(p: Purpose) -> u8 {
    match p {
        Purpose::BuildingSecurity
        | Purpose::TheftPrevention
        | Purpose::Safety
        | Purpose::InformationSecurity => 0,
        Purpose::RegulatoryCompliance => 4,
        Purpose::Wellbeing => 5,
        Purpose::AttendanceEnforcement
        | Purpose::WorkingTimeRegistration
        | Purpose::ProductivityMonitoring
        | Purpose::PerformanceEvaluation => 1,
        Purpose::CapacityPlanning | Purpose::Scheduling => 2,
        Purpose::Other => 3,
    }
}

/// Data collected for one purpose, reused for another (art. 6(4) AVG).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reuse {
    pub from: Purpose,
    pub to: Purpose,
    /// The purposes are closely linked (art. 6(4)(a)).
    pub linked: bool,
    /// What art. 6(4) asks of an unlinked reuse and the regeling does not (shown to) give.
    pub missing: Vec<ReuseCondition>,
    /// Compatible on the facts, unknown facts read by the burden of proof (the employer
    /// must show the safeguards of art. 6(4)(e)).
    pub compatible: bool,
    /// Incompatible even with every unknown fact read in the employer's favour.
    pub plainly_incompatible: bool,
}

/// The reuse of a measure's data for a new purpose, if any. Compatible if the purposes are
/// closely linked, or if the regeling gives the reuse a valid basis of its own, informs
/// staff in advance and provides safeguards: no consequences, pseudonymised data, or human
/// intervention before any consequence (the RULES.md INFERENCE for badge data reused for
/// attendance, with art. 6(4)(d)-(e)).
pub(crate) fn reuse(req: &Request, m: &Measure) -> Option<Reuse> {
    let from = m.earlier_purpose.filter(|p| *p != m.purpose)?;
    let to = m.purpose;
    let linked = family(from) == family(to) && family(to) != 3;
    let basis = req.avg.legal_basis;
    let informed = req.informed_of(m);
    // Art. 6(4)(d)-(e): the consequences for staff and appropriate safeguards — no
    // consequences at all, pseudonymised data, or a person who looks before any consequence.
    let safeguards = (!m.consequences.significant() && !m.consequences.is_unknown())
        || m.identifiability == Identifiability::Pseudonymised
        || req.human_intervention_of(m).proven();
    let mut missing = Vec::new();
    if matches!(basis, LegalBasis::Unknown | LegalBasis::Consent) {
        missing.push(ReuseCondition::LegalBasis);
    }
    if !informed.proven() {
        missing.push(ReuseCondition::AdvanceInformation);
    }
    if !safeguards {
        missing.push(ReuseCondition::Safeguards);
    }
    let safeguards_possible = !m.consequences.significant()
        || matches!(
            m.identifiability,
            Identifiability::Pseudonymised | Identifiability::Unknown
        )
        || req.human_intervention_of(m).not_disproven();
    let could_be =
        linked || (basis != LegalBasis::Consent && informed.not_disproven() && safeguards_possible);
    let compatible = linked || missing.is_empty();
    Some(Reuse {
        from,
        to,
        linked,
        missing: if linked { Vec::new() } else { missing },
        compatible,
        plainly_incompatible: !could_be,
    })
}

/// Art. 6(4): data collected for one purpose reused for another.
fn repurposing(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let Some(r) = reuse(ctx.req, &el.measure) else {
        return;
    };
    let finding = F::Repurposing {
        from: r.from,
        to: r.to,
        linked: r.linked,
        missing: r.missing.clone(),
    };
    if r.compatible {
        ctx.element_step(el, R::Avg6_4, finding, Effect::Passed);
    } else {
        d.curable(
            ctx,
            el,
            R::Avg6_4,
            finding,
            Importance::Moderate,
            Point::PurposeLimitation,
            r.plainly_incompatible,
        );
    }
}

/// Data minimisation and necessity: identified data for a purpose that does not need them;
/// a less intrusive alternative that reaches the same goal. One necessity defect per
/// element: further alternatives that reach the goal are noted, not counted again.
fn necessity(ctx: &mut Ctx, el: &Element, d: &mut Defects, minimisation: R, necessity: R) {
    let m = &el.measure;
    let mut failed = false;
    if m.purpose.needs_identification() == Some(false)
        && m.access != crate::request::Access::AggregateReportsOnly
    {
        let plain = m.identifiability == Identifiability::Identified;
        let before = d.curable.len();
        d.curable(
            ctx,
            el,
            minimisation,
            F::IdentificationNotNeeded { purpose: m.purpose },
            Importance::Serious,
            Point::Minimisation,
            plain,
        );
        failed = d.curable.len() > before;
    }
    let req = ctx.req;
    for alt in req
        .avg
        .alternatives
        .iter()
        .filter(|a| a.elements.is_empty() || a.elements.contains(&el.id))
    {
        // The OR's own alternative (its condition or counter-proposal): the court weighs the
        // proposal against it, here, by whether it reaches the employer's aim.
        if alt.by_works_council.is_yes() {
            let finding = F::OrAlternative {
                description: alt.description.clone(),
                reaches: alt.reaches_same_goal,
            };
            ctx.element_step(el, R::Wor27_4OrAlternative, finding, Effect::Noted);
        }
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
            let plain = alt.reaches_same_goal.is_yes();
            d.curable(
                ctx,
                el,
                necessity,
                finding,
                Importance::Serious,
                Point::Minimisation,
                plain,
            );
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
    // Required on established facts, not only because an unknown frequency counts as
    // systematic.
    let required_on_facts = m.frequency == Frequency::Systematic || triggers.len() > 1;
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
    let dpia = ctx.req.dpia_of(&el.measure);
    let finding = F::DpiaRequired { triggers, dpia };
    if matches!(dpia, Dpia::Done | Dpia::PlannedBeforeProcessing) {
        ctx.element_step(el, R::Avg35_1, finding, Effect::Passed);
    } else {
        let plain = dpia == Dpia::NotDone && required_on_facts;
        d.curable(
            ctx,
            el,
            R::Avg35_1,
            finding,
            Importance::Moderate,
            Point::Dpia,
            plain,
        );
    }
}

/// Covert monitoring: only on a reasonable suspicion, with no other means, for a limited
/// period, informing staff afterwards (AP; López Ribalda).
fn covert(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let c = el.measure.covert_conditions.clone().unwrap_or_default();
    let conditions = [
        (c.reasonable_suspicion, CovertCondition::ReasonableSuspicion),
        (c.no_other_means, CovertCondition::NoOtherMeans),
        (c.limited_period, CovertCondition::LimitedPeriod),
        (c.informed_afterwards, CovertCondition::InformedAfterwards),
    ];
    let missing: Vec<CovertCondition> = conditions
        .iter()
        .filter(|(t, _)| !t.proven())
        .map(|(_, cond)| *cond)
        .collect();
    if missing.is_empty() {
        ctx.element_step(el, R::ApMonitor, F::CovertConditionsMet, Effect::Passed);
    } else {
        let plain = conditions.iter().any(|(t, _)| t.is_no());
        d.curable(
            ctx,
            el,
            R::ApMonitor,
            F::CovertWithoutConditions { missing },
            Importance::Serious,
            Point::Covert,
            plain,
        );
    }
}

/// Art. 22: no decision with significant effects based solely on automated processing.
fn automated(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let consequences = &el.measure.consequences;
    match consequences {
        Consequences::None => {
            ctx.element_step(
                el,
                R::Avg22,
                F::NoAutomatedConsequences,
                Effect::NotApplicable,
            );
            return;
        }
        Consequences::Unknown => {
            ctx.element_step(el, R::Avg22, F::ConsequencesNotShown, Effect::Noted);
            return;
        }
        Consequences::Some(_) if !consequences.significant() => {
            // Only an informal conversation: no decision with legal or similarly
            // significant effects (art. 22(1); AVG-22-EFFECTS, INFERENCE).
            let finding = F::NoSignificantConsequences {
                consequences: consequences.clone(),
            };
            ctx.element_step(el, R::Avg22Effects, finding, Effect::NotApplicable);
            return;
        }
        Consequences::Some(_) => {}
    }
    let human = ctx.req.human_intervention_of(&el.measure);
    let finding = F::AutomatedConsequences {
        consequences: consequences.clone(),
        human_intervention: human,
    };
    if human.proven() {
        ctx.element_step(el, R::Avg22, finding, Effect::Passed);
    } else {
        d.curable(
            ctx,
            el,
            R::Avg22,
            finding,
            Importance::Serious,
            Point::AutomatedDecisions,
            human.is_no(),
        );
    }
}

/// Art. 9 AVG with art. 29 UAVG: biometrics to identify staff only where necessary for
/// authentication or security, or with explicit, free consent. A hard defect otherwise: a
/// categorical ban applies of its own force. Whether the processing is necessary is derived
/// from the facts (UAVG-29-DESIGN): the security need, whether a badge or PIN would do, and
/// verification rather than identification; the deprecated conclusion `necessary` is read
/// only where none of those facts is given.
fn biometric(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let Some(b) = &el.measure.biometric else {
        return;
    };
    let facts = b.design != crate::request::BiometricDesign::Unknown
        || b.security_need.is_some()
        || b.badge_or_pin_suffices.is_some();
    let necessary = if b.purpose != BiometricPurpose::AuthenticationOrSecurity {
        false
    } else if facts {
        use crate::request::BiometricDesign as D;
        let (need, alt) = b.need_and_alternative();
        let verifies = matches!(b.design, D::VerificationOnCard | D::VerificationCentral);
        let necessary = need.is_yes() && alt.is_no() && verifies;
        let finding = F::BiometricNecessity {
            design: b.design,
            security_need: need,
            badge_or_pin_suffices: alt,
            necessary,
        };
        let effect = if necessary {
            Effect::Passed
        } else {
            Effect::Noted
        };
        ctx.element_step(el, R::Uavg29Design, finding, effect);
        necessary
    } else {
        if b.necessary != Tri::No {
            let finding = F::BiometricNecessaryAsStated {
                necessary: b.necessary,
            };
            ctx.element_step(el, R::Uavg29, finding, Effect::Noted);
        }
        b.necessary.proven()
    };
    if necessary {
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
                // The deprecated conclusion as given, or, where the facts decided, not shown.
                necessary: if facts { Tri::No } else { b.necessary },
            },
        );
    }
}

/// Art. 9(1) AVG, the other special categories, with art. 30 UAVG for health data: a ban
/// that applies of its own force (a hard defect), found from what the measure records, not
/// from an objection the works council must raise. Absence through illness, as far as sick
/// pay and reintegration need it, the employer may record; the nature or cause of an illness
/// it may not, not even with consent.
fn special(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    use crate::request::SpecialCategory as S;
    let mut seen: Vec<S> = Vec::new();
    for &c in &el.measure.special_categories {
        if seen.contains(&c) {
            continue;
        }
        seen.push(c);
        match c {
            S::SickLeave => {
                ctx.element_step(el, R::Uavg30, F::SickLeaveRecordAllowed, Effect::Passed)
            }
            S::NatureOfIllness => d.hard(ctx, el, R::Uavg30, F::NatureOfIllnessRecorded),
            category => d.hard(
                ctx,
                el,
                R::Avg9_1Categories,
                F::SpecialCategoryProhibited { category },
            ),
        }
    }
}

/// Home working: the rules are the same at home as at the office (the Minister's 2021
/// answer). Not a rule of its own but an argument inside proportionality: monitoring in the
/// home, and more intensive monitoring there, raise the intrusion (see
/// [`crate::weighing::intrusion`]). Said here, weighed there.
fn home(ctx: &mut Ctx, el: &Element) {
    private_time(ctx, el);
    if !el.measure.place.in_own_home() {
        return;
    }
    if crate::weighing::intrusion::captures_home(&el.measure)
        && el.measure.housemates_recorded.is_yes()
    {
        ctx.element_step(el, R::HomeHousemates, F::HousematesRecorded, Effect::Noted);
    }
    let finding = match el.measure.more_intensive_at_home {
        Tri::Yes => F::MoreIntensiveAtHome,
        fact => F::SameAtHomeAsAtOffice {
            established: fact.is_no(),
        },
    };
    ctx.element_step(el, R::NlThuiswerk, finding, Effect::Noted);
}

/// Private time (AP-PRIVATE-TIME): tracking that runs on into private time weighs heavier;
/// a privacy switch keeps it out. Said here, weighed in the intrusion.
fn private_time(ctx: &mut Ctx, el: &Element) {
    let m = &el.measure;
    if !m.processes_personal_data() || !m.reaches_private_time() {
        return;
    }
    let finding = if m.privacy_switch.is_yes() {
        F::PrivacySwitch
    } else {
        F::TracksPrivateTime {
            private_use: m.outside_working_hours == Tri::Unknown,
        }
    };
    ctx.element_step(el, R::ApPrivateTime, finding, Effect::Noted);
}
