//! The AI Act (Regulation (EU) 2024/1689): is it an AI system; a prohibited practice (hard
//! defect, from 2 February 2025); high-risk, and if the deployer duties already apply,
//! human oversight and informing workers (curable defects).

use crate::engine::Ctx;
use crate::law::{self, AI_PROHIBITIONS_FROM, RuleId as R};
use crate::request::{AiCapability as C, Element, EmotionPurpose, Importance, Tri};
use crate::ruling::{Effect, Finding as F};

use super::Defects;
use crate::request::LegalPoint as Point;

pub(super) fn check(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let Some(ai) = &el.measure.ai else { return };
    // The advice right of art. 25(1)(k) for an important technological facility runs in
    // parallel, whatever the AI Act says.
    ctx.flag(R::Wor25_1K, F::AdviceRight);

    let is_ai = match ai.is_ai_system {
        Tri::Yes => true,
        Tri::No => false,
        Tri::Unknown => !ai.capabilities.is_empty(),
    };
    if ctx.as_of < AI_PROHIBITIONS_FROM {
        let finding = F::AiProhibitionsNotYetApplicable {
            from: AI_PROHIBITIONS_FROM,
        };
        ctx.element_step(el, R::Aia5_1F, finding, Effect::NotApplicable);
        return;
    }
    if !is_ai {
        ctx.element_step(el, R::Aia3_1, F::NotAnAiSystem, Effect::NotApplicable);
        return;
    }

    // Art. 3(39): emotion recognition is inference from biometric data. Not stated counts as
    // biometric (the capability as the schema describes it); text alone is not.
    let emotion_biometric = ai.emotion_inferred_from.is_empty()
        || ai.emotion_inferred_from.iter().any(|i| i.is_biometric());
    let mut prohibited = false;
    // The art. 5(1)(f) exception, from the stated purpose where there is one; the
    // deprecated conclusion `medical_or_safety` only without it.
    let exempt = match &ai.emotion_use {
        Some(u) => {
            matches!(u.purpose, EmotionPurpose::Medical | EmotionPurpose::Safety) && u.established()
        }
        None => ai.medical_or_safety.proven(),
    };
    // Art. 5: the prohibitions.
    for &capability in &ai.capabilities {
        match capability {
            C::EmotionRecognition if !emotion_biometric => ctx.element_step(
                el,
                R::Aia3_39,
                F::EmotionFromTextNotBiometric,
                Effect::NotApplicable,
            ),
            C::EmotionRecognition if exempt => {
                ctx.element_step(el, R::Aia5_1F, F::EmotionRecognitionExempt, Effect::Noted)
            }
            C::EmotionRecognition => {
                if let Some(u) = &ai.emotion_use {
                    let purpose = Some(u.purpose);
                    let finding = F::EmotionExceptionNotShown { purpose };
                    ctx.element_step(el, R::Aia5_1F, finding, Effect::Noted);
                }
                prohibited = true;
                d.hard(ctx, el, R::Aia5_1F, F::ProhibitedAiPractice { capability })
            }
            C::SensitiveBiometricCategorisation => {
                prohibited = true;
                d.hard(ctx, el, R::Aia5_1G, F::ProhibitedAiPractice { capability })
            }
            C::UntargetedFacialScraping => {
                prohibited = true;
                d.hard(ctx, el, R::Aia5_1E, F::ProhibitedAiPractice { capability })
            }
            _ => {}
        }
    }
    if prohibited {
        // A prohibited practice is not also a high-risk system (ADDENDUM 2026-12).
        ctx.element_step(el, R::Aia3_39, F::ProhibitedNotHighRisk, Effect::Noted);
        return;
    }

    // High-risk: Annex III point 1 (biometric identification, emotion recognition) and
    // point 4(b) (monitoring and evaluating workers), unless the art. 6(3) filter applies —
    // which it never does for profiling.
    let biometric_point: Vec<C> = ai
        .capabilities
        .iter()
        .copied()
        .filter(|c| match c {
            C::RemoteBiometricIdentification => true,
            C::EmotionRecognition => emotion_biometric,
            _ => false,
        })
        .collect();
    let profiles = ai
        .capabilities
        .iter()
        .any(|c| matches!(c, C::Profiling | C::IndividualScoring));
    let employment: Vec<C> = ai
        .capabilities
        .iter()
        .copied()
        .filter(|c| matches!(c, C::Profiling | C::IndividualScoring | C::TaskAllocation))
        .collect();
    let monitors_workers = !employment.is_empty() || !el.measure.observes.is_empty();
    let high_risk = if !biometric_point.is_empty() {
        ctx.element_step(
            el,
            R::AiaAnnexIII1,
            F::HighRisk {
                capabilities: biometric_point,
            },
            Effect::Noted,
        );
        true
    } else if monitors_workers && (profiles || !ai.narrow_task_only.proven()) {
        ctx.element_step(
            el,
            R::AiaAnnexIII4B,
            F::HighRisk {
                capabilities: employment,
            },
            Effect::Noted,
        );
        true
    } else {
        ctx.element_step(el, R::Aia6_3, F::NotHighRisk, Effect::Noted);
        false
    };
    if !high_risk {
        return;
    }

    // Art. 26: the deployer's duties, from the date the chosen schedule gives.
    let from = law::high_risk_duties_from(ctx.req.readings.ai_act);
    if ctx.as_of < from {
        ctx.element_step(
            el,
            R::AiaOmnibus,
            F::HighRiskDutiesNotYetApplicable { from },
            Effect::NotApplicable,
        );
        return;
    }
    let oversight = F::HumanOversight {
        assigned: ai.human_oversight,
    };
    if ai.human_oversight.proven() {
        ctx.element_step(el, R::Aia26_2, oversight, Effect::Passed);
    } else {
        let plain = ai.human_oversight.is_no();
        d.curable(
            ctx,
            el,
            R::Aia26_2,
            oversight,
            Importance::Moderate,
            Point::AiActDuties,
            plain,
        );
    }
    let informed = F::WorkersInformed {
        informed: ai.workers_informed,
    };
    if ai.workers_informed.proven() {
        ctx.element_step(el, R::Aia26_7, informed, Effect::Passed);
    } else {
        let plain = ai.workers_informed.is_no();
        d.curable(
            ctx,
            el,
            R::Aia26_7,
            informed,
            Importance::Moderate,
            Point::AiActDuties,
            plain,
        );
    }
}
